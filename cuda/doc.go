// Package cuda reaches NVIDIA GPUs through purego, without cgo and without
// CUDA headers at build time: NVRTC (CUDA C → PTX, which needs no GPU, so CI
// compiles every generated kernel) and the CUDA driver API (loading PTX,
// device memory, launches). The shared libraries are found at run time:
// libnvrtc from NVIDIA's pip wheel (nvidia-cuda-nvrtc-cu12, pinned in
// python/requirements.txt) or the system, libcuda.so.1 from the driver.
// When a library is absent the calls return an error saying so; nothing
// panics and nothing is required at build time. Only Linux loads them; on
// other systems the same API builds and reports that CUDA is unsupported.
//
// Owns: finding and loading libnvrtc and libcuda, compiling CUDA C to PTX
// (any Hopper or later GPU) or to CUBIN for one architecture, the driver
// calls a runtime needs on a thread it owns (bound.go: MakeCurrent, Alloc,
// Free, copies, modules, LaunchTable, Synchronize; no locking of their own),
// and a minimal synchronous run path (RunKernel, which locks) for tests.
// Must not: know the kernel IR or op semantics (package fusion emits the
// CUDA C; package cudatier runs it), use cgo, or start goroutines.
package cuda
