// Package tiers is the tier manager: it watches the regions of a Program
// (function bodies, while conditions and bodies, case branches: the Funcs
// the VM enters as units), and when one becomes hot — its entry count
// reaches HLOVM_HOT_THRESHOLD — compiles a fused version of it on a small
// background pool while the interpreter carries on, then swaps it in through
// Func.Promote, so the region's next entry (a while body: its next
// iteration) runs it. A region whose compile fails, or that has nothing to
// fuse, stays on tier 0 with the reason recorded (Manager.Status): never a
// wrong answer, never a crash. The fused version of a region is its IR
// (kept in bytecode.Func.Src) rewritten by package fusion and compiled by
// engine into a program of its own, run by the VM.
//
// It registers itself with engine as tier "fused" (alias "1"); importing it
// makes it the default tier, and HLOVM_TIERS=0 pins the interpreter.
//
// Owns: region profiles and states, the hotness policy, the compile pool,
// promotion and fallback. Must not: decide what fuses (package fusion) or
// how ops compute (interp).
package tiers
