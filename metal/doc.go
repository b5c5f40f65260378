// Package metal is the Metal tier (issue 10): fused kernels (fusion.Kernel)
// run on an Apple GPU as MSL compute pipelines, reached without cgo through
// purego's objc package.
//
// The runtime (runtime.go) is a fusion.Device. Prepare emits the kernel's
// MSL (fusion.EmitMSL; f64 and complex kernels are declined with the
// emitter's reason and stay on the CPU tier, visibly in the tier report),
// compiles it once per process with newLibraryWithSource:options:error:
// (fast math off: mathMode safe and precise math functions from macOS 15,
// fastMathEnabled NO before; the MSL version chosen from the macOS version,
// bf16 kernels only from MSL 3.1), newFunctionWithName: and
// newComputePipelineStateWithFunction:error:. Run binds each buffer at the
// slot its [[buffer(i)]] names: page-aligned host bytes are wrapped without
// a copy (newBufferWithBytesNoCopy: unified memory, the GPU reads and writes
// the VM's own buffers; on macOS tensor.AlignedBytes page-aligns every
// buffer of 128 KB or more for this), others go through shared staging buffers
// (newBufferWithLength + contents); the element count goes by setBytes; the
// grid is one thread per element (capped; the kernels are grid-stride) in
// threadgroups sized from maxTotalThreadsPerThreadgroup in whole SIMD
// widths; the command buffer's completed handler (an objc block) wakes the
// waiting Go caller. NSError's localizedDescription becomes the Go error. A
// run that fails on the GPU runs on the CPU instead and the kernel stays
// there (fusion.RecordPlacement), unless an output shares an input's
// storage, which the failed run may have written: then the error returns.
//
// Threads: one goroutine locked to one OS thread (the Metal thread) makes
// every Objective-C call, each task inside its own autorelease pool;
// callers hand it work and wait. Completion handlers run on Metal's
// threads and only close a channel.
//
// Layers: mtl (api.go) is the Metal API the runtime uses, one method per
// message; objc_darwin.go implements it with Apple's selector and class
// names, and is the only code here that needs a Mac to run. Elsewhere
// (open_other.go) opening reports that Metal is only on macOS. The Linux
// tests drive the runtime against a fake device (fake_linux_test.go) that
// compiles the MSL through metal/shim and runs it on the CPU with Metal's
// binding and dispatch semantics, checking the thread and pool discipline
// and that every object is released.
//
// Start (start.go) reads HLOVM_BACKEND through internal/backend and
// registers the runtime with fusion when it resolves to Metal (metal, or
// auto on macOS with a device); pjrt calls it when a client is made.
//
// Also here: darwin-sdk/ (the mach header and CoreFoundation/Security/
// libresolv stubs zig's macOS libc lacks, for make wheel-macos),
// macos_wheel.py (the darwin/arm64 wheel around the cross-built library) and
// TestMacOSDylib (checks that library's Mach-O).
//
// Owns: the Metal device, its queue, thread and compiled pipelines, and the
// fusion.Device it registers. Must not: emit or interpret kernels (fusion
// does), use cgo, or run anything the VM does not hand it.
package metal
