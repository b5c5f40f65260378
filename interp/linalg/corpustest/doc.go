// Package corpustest runs the JAX corpus cases that exercise interp/linalg's
// kernels (dot, convolution, fft, rng_bit_generator, LAPACK custom calls)
// end to end through the bytecode compiler and the VM, comparing with the
// outputs XLA:CPU produced (io.npz). It lives apart from package linalg so
// that linalg's own tests do not depend on the other kernel packages.
package corpustest
