// Package linalg holds tier 0's dense math kernels: dot_general and dot,
// convolution, fft, rng_bit_generator, cholesky and triangular_solve, and the
// LAPACK FFI custom_call targets that JAX's CPU lowerings emit
// (lapack_{s,d}{getrf,potrf,geqrf,orgqr,syevd,gesdd,trsm}_ffi, ...).
//
// Floating-point products go through gonum's BLAS (blocked, and parallel over
// cores for large sizes) after the operands are laid out as [batch, M, K] x
// [batch, K, N]; convolution becomes im2col + GEMM. Narrow floats (bf16, f16,
// f8, tf32) are computed in f32 and rounded once, as XLA:CPU does; integers
// wrap in the result type. Linear algebra runs in float64 through gonum's
// LAPACK and is rounded to the result type.
//
// Importing the package registers its builders with package interp.
package linalg
