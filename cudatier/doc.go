// Package cudatier runs fused kernels (fusion.Kernel) on an NVIDIA GPU: the
// CUDA tier of hlovm's fused regions. When HLOVM_BACKEND resolves to cuda
// (Start), it registers a fusion.Device; from then on every fused kernel a
// promoted region builds is offered to it: the kernel's CUDA C
// (fusion.EmitCUDA) is compiled by NVRTC to a CUBIN for the device's
// architecture (PTX for compute_90 where NVRTC cannot make one), loaded once
// per process and launched on the device's one context. Ops that are not in
// a fused kernel run on the CPU tiers as before.
//
// Where the data lives today: buffers stay host buffers (tensor.Buffer).
// Each launch copies its inputs to the device and its outputs back, through
// a caching pool of device memory; nothing stays resident on the GPU
// between kernels, so a region with several kernels copies at each of them.
// The copies are counted (Stats, the tier report's device line, metrics'
// hlovm_gpu_*); Buffer is the unit a device-resident buffer will be when the
// VM learns to keep values on the device.
//
// Threads: CUDA's current context is per OS thread, so one goroutine locked
// to its thread owns the context and makes every driver call; others hand
// it work and wait (the runtime recovers its own panics). Compiled images
// are cached in memory by kernel hash and on disk (fusion.DiskCacheGet/Put,
// HLOVM_CACHE_DIR) under a key of the kernel, its CUDA C, the target, the
// NVRTC version and options and the hlovm build, so a new process loads
// kernels instead of compiling them.
//
// Never a crash, never a wrong answer: a kernel the emitter cannot express,
// NVRTC rejects or the driver will not load stays on the CPU with the reason
// (fusion.PlacementOf); a launch or copy that fails at run time runs that
// call on the CPU (the portable executor) and the kernel stays there.
// Kernels under MinElements (HLOVM_CUDA_MIN_ELEMENTS, default 65536) stay
// on the CPU: their copies and launch cost more than the host's loop.
//
// Owns: the CUDA device's context thread, memory pool, image caches and the
// fusion.Device it registers; the decision to start (Start, through
// internal/backend). Must not: emit or interpret kernels (fusion does),
// call libcuda or NVRTC except through package cuda, or run anything the
// VM does not hand it.
package cudatier
