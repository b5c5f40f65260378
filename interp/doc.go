// Package interp is tier 0's kernel library: for every StableHLO op that one device
// runs (control flow aside), a Builder turns the op — its attributes, operand and
// result types — into a Kernel specialised for exactly that case, once, at compile
// time. The VM calls the Kernel on concrete buffers; nothing is looked up, parsed
// or type-switched per call.
//
// It owns: the op → builder registry, the custom_call target registry (check.*,
// LAPACK FFI targets), and the kernels. It must not know about registers, frames,
// tiers or the bytecode format: the VM allocates result buffers and handles while,
// case, if, call, return and tuples; regions that a kernel needs to call (a reduce
// body that is not one of the recognised ones, a sort comparator) come through Env.
//
// Kernels are built once and run from many goroutines at once: they must not
// mutate state captured at build time.
package interp
