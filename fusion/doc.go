// Package fusion turns chains of element-wise StableHLO ops into fused
// kernels: the planner (Fuse) finds groups of ops over one iteration space in
// a function's blocks and replaces each group by one
// `stablehlo.custom_call @hlovm.fused` whose backend_config is the group's
// kernel IR (Kernel, serialised as canonical JSON, hashed for caches); the
// portable executor registered for that target runs a kernel in one pass
// over memory, tile by tile, with tier 0's own element loops
// (interp/elementwise), so a fused kernel computes exactly what the ops it
// replaces compute, bit for bit.
//
// The kernel IR states the parallel iteration space (every element of Space
// is independent), the inputs and how each is read (element-wise, one
// scalar, or broadcast along given dimensions), a straight-line body of
// scalar ops in SSA form, and the outputs; optionally one reduction (a
// stablehlo.reduce whose body is one add, multiply, maximum, minimum, and
// or or, over one block of contiguous dimensions of the space, with a splat
// init) whose operand the group makes: the reduce joins and closes that
// group, and its result is the kernel's last. Float sums and products of
// a reduction may differ from tier 0 by summation order (the native code
// vectorises row folds); everything else is bit for bit. It is what native emitters (LLVM
// for the CPU, CUDA C, MSL) translate; the portable executor is the
// fallback where none is available.
//
// A GPU runtime registers a Device (SetDevice); the fused custom call's
// builder offers it every kernel first and keeps where each went and why
// (PlacementOf). devicesupport.go is what such runtimes share with the CPU
// tier: DeviceStats for the tier report and metrics, the kernel disk cache
// for their compiled images (DiskCacheGet/Put), the build version.
//
// Owns: the kernel IR, the fusion planner, the portable executor, the
// Device hook. Must not: run programs (that is package vm), decide when to
// fuse (package tiers), or know how a device runs a kernel (its runtime
// does: package cudatier, metal).
package fusion
