// Package blas calls an optimised BLAS (Apple's Accelerate on macOS, OpenBLAS
// elsewhere) for general matrix products in f32, f64, complex64 and
// complex128, loaded at run time without cgo.
//
// What it owns: finding the library ([Find]), loading it once per process
// ([Default], [Open]), binding the four CBLAS row-major ?gemm entry points and
// OpenBLAS's thread-count setter, checking every call's sizes and leading
// dimensions against the Go slices it is given (an out-of-bounds read in C
// would end the host process, not return an error), and the library's thread
// count ([Lib.SetThreads]).
//
// Why purego (DESIGN.md decision 3): the plugin is one Go shared library with
// no C toolchain on the user's machine, and every JAX installation already
// carries a tuned OpenBLAS: numpy's wheels bundle it
// (site-packages/numpy.libs/libscipy_openblas64_-*.so). Its symbols are
// renamed (scipy_cblas_sgemm64_: the "64_" suffix means 64-bit integer
// arguments), differently across numpy versions, so the names are discovered
// by trying candidates; a system libopenblas exports plain cblas_sgemm with
// 32-bit integers. alpha and beta are floating-point arguments, which
// purego.SyscallN cannot pass (it fills integer registers only), so each
// function is bound with purego.RegisterFunc to a typed Go signature.
// Slices are passed as unsafe.Pointer for the duration of the call: the
// library keeps no reference after returning and Go's heap does not move.
//
// How the library is found: $HLOVM_BLAS (the .so itself, or "accelerate";
// if set and unusable that is an error, never silently another library;
// "none" turns BLAS off), else on macOS Accelerate.framework (its LP64
// cblas_?gemm: 32-bit integers; jax_hlovm leaves HLOVM_BLAS unset there), else
// numpy's or scipy's bundled OpenBLAS under the given directories
// (site-packages, a numpy package directory, a virtualenv root, and in
// [Default] $VIRTUAL_ENV and $CONDA_PREFIX), else a system libopenblas by
// soname. jax_hlovm sets HLOVM_BLAS from numpy at plugin initialisation
// (not on macOS).
//
// Threads: Accelerate has no thread-count setter (SetThreads does nothing
// there; VECLIB_MAXIMUM_THREADS, read by Accelerate at load, is the
// user's). OpenBLAS runs its own pthreads beside Go's scheduler. Callers that
// parallelise with goroutines keep the library at one thread
// ([Lib.SetThreads](1)); the setting is global to the loaded instance and
// changed only when it differs from the last value set. Where the file is
// already mapped into the process (numpy imported it), a private copy is
// loaded, so that setting never reaches numpy's own products.
package blas
