// Package linalg holds tier 0's dense math kernels: dot_general and dot,
// convolution, fft, rng_bit_generator, cholesky and triangular_solve, and the
// LAPACK FFI custom_call targets that JAX's CPU lowerings emit.
//
// Products: operands are laid out as [batch, M, K] × [batch, K, N] (BLAS
// reads a transposed operand in place when that is all it takes) and
// multiplied in one accumulation domain chosen by the result type: f32 for
// f32, bf16, f16, f8 and tf32 results (rounded once at the end, as XLA:CPU
// does), f64, complex64 (XLA computes c64 in single precision), complex128,
// and wrapping int64 for integers and i1; f64 and c128 operands keep their
// domain when the result is narrower (rounded once at the end). Products
// whose operands and result share one f32/f64/c64/c128 type and that have at
// least 2^16 m·n·k go to an optimised BLAS (internal/blas: numpy's OpenBLAS)
// when one loaded, kept at one thread and split over ctx.Parallelism
// goroutines (blas.go). Otherwise f32/f64 use our own blocked GEMM
// with AVX-512 or AVX2+FMA3 assembly micro-kernels (packed_gemm.go,
// sgemm*_amd64.s) where the CPU has them, gonum's BLAS otherwise; complex products use gonum's
// Cgemm/Zgemm. Batches of small products run on ctx.Parallelism goroutines.
// Dot algorithm attributes round the operands to the algorithm's precision
// type and pick its accumulation type.
//
// Convolution with one group and a float result is one GEMM over an im2col
// matrix built from contiguous copies in cache-sized blocks, the output
// feature innermost as the result usually wants it (conv_gemm.go; the BLAS
// when loaded): the lhs is read in place when its feature or batch dimension
// is innermost (NHWC activations: JAX's forward, input-gradient and
// weight-gradient convolutions), else transposed once per call so that one
// is (NCHW). Grouped convolutions and 1×1 windows over NCHW bring lhs, rhs
// and result to canonical layouts ([N, C, S...], [O, I, K...], [N', O,
// P...]) and run one im2col + GEMM per (group, output batch). Both fold
// padding (negative too), strides, lhs/rhs dilation and window reversal
// into tables built once at compile time.
//
// fft runs gonum's mixed-radix FFT (any length) along each of the innermost
// 1–3 axes in float64; f32/c64 results are rounded between axis passes.
// rng_bit_generator reproduces XLA:CPU's THREE_FRY and PHILOX bit streams
// exactly (DEFAULT is PHILOX there).
//
// LAPACK targets (lapack_<t><name>_ffi): getrf, potrf, trsm, gtsv, geqrf,
// orgqr/ungqr, syevd/heevd, gesdd/gesvd, geev, gees, gehrd, sytrd/hetrd for
// s, d, c, z. Real types go through gonum's LAPACK in float64 and round to
// the result type; complex types use this package's own Householder QR,
// Hessenberg and tridiagonal reductions, shifted QR (Schur, eigenvectors),
// Jacobi SVD and Hermitian eigensolver. gees with sort='S' is rejected (JAX
// cannot pass a select function through the FFI); unknown targets are
// rejected by interp with their name.
//
// A call whose results are all empty does not run its kernel (LAPACK and
// gonum reject zero leading dimensions that XLA never passes them).
//
// Importing the package registers its builders with package interp. Built
// kernels hold no mutable state and run from many goroutines at once; a panic
// inside one becomes an error.
package linalg
