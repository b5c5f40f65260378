// Package vm runs bytecode Programs: frames, the dispatch loop, calls, while,
// case/if, optimization_barrier and tuple ops, with tier 0's kernels (package
// interp) doing the work of every other op.
//
// # Values and memory
//
// A register holds a reference-counted value: a buffer, a tuple, or a token.
// Kernel results are allocated by the run (counted as live bytes); constants
// and the caller's inputs are static (never counted, freed or written). When a
// register dies (the instruction's Dies list) its reference is released; a
// buffer nobody references goes back to a per-run pool, from which a later
// result of the same byte size takes it. A KERNEL whose op is element-wise may
// write its result over a dying argument nobody else holds (in place); a fused
// kernel (a custom_call whose target declared interp.Reuse pairs) may write
// each of its results over a dying input it reads element by element. CALL
// and WHILE hand dying arguments over (moves) rather than sharing them, so a
// while body owns the loop state and can update it in place.
//
// Stats reports the peak of live VM-allocated bytes (intermediates and
// outputs), with input, constant and output sizes beside it, and counts of
// fresh, pooled and in-place results. With Options.Profile every instruction's
// time and count is recorded (CALL/WHILE/CASE times include their callees).
//
// # Safety
//
// A Program is immutable once compiled (only the atomic entry counters change)
// and every run keeps its state to itself, so one Program runs in many
// goroutines at once. Inputs are never written, unless donated
// (Options.Donated: then the run owns them like its own results, and may
// update them in place — a train step's parameters); results that would alias
// a kept input or a constant are copies. Runtime errors are *Error values naming the
// op, its source location and the Func/pc; a kernel panic is recovered into
// one. The context is checked at every Func entry and every loop iteration.
//
// Kernel regions (interp.Callable from bytecode) run through RunRegion, which
// the VM binds to every program it runs (Program.BindRunner; no global): a light
// run per call, taken from a sync.Pool, without statistics. Through
// interp.CallableInto a kernel passes buffers for the results, which are
// copied out and released into the run's pool, so a warm per-element call
// allocates nothing.
//
// # Repeated runs and higher tiers
//
// A Machine runs one Program again and again (a training loop) and keeps its
// buffer pool, frame stack and scratch between runs; it belongs to one
// goroutine. A Func with a Promotion (bytecode.Func.Promote) is not
// interpreted: its Impl gets the parameters' buffers and returns results,
// which the VM checks against the Func's result types and then owns like any
// kernel result. Arguments the caller holds the only reference to (a donated
// input, loop state) are donated to an Impl that takes them
// (bytecode.DonatingImpl), whose results may then live in their storage; an
// Impl that reports its run's peak (bytecode.MeasuredImpl) is counted in
// Stats.PeakBytes. Its failures are *Error values naming the tier.
package vm
