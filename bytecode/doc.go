// Package bytecode compiles StableHLO IR (package stablehlo) to hlovm's register
// bytecode: tier 0 of the VM, and what profiling and tier promotion attach to.
//
// # Shape of a program
//
// A Program is a list of Funcs plus a constant pool. Every func.func reachable
// from the entry function is a Func, and so is every region: while condition
// and body, case/if branches, and the regions kernels call (reduce bodies, sort
// comparators, scatter updates, map, select_and_scatter). A Func has explicit
// boundaries: its parameters are its block arguments followed by the outer
// values it captures (StableHLO regions may read values of enclosing regions;
// here they are passed explicitly, by the WHILE/CASE/IF instruction that enters
// the region). Constants are never captured: a CONST of the shared pool is
// materialised in whichever Func reads the constant, at its first use.
//
// Every Func starts with ENTER, which bumps the Func's atomic entry counter:
// region entry is an instruction with a counter, where tier promotion attaches.
// A higher tier that has compiled a Func installs its replacement with
// Func.Promote (an atomic swap); the VM runs it from the Func's next entry on,
// and Promote(name, nil) falls back to tier 0.
//
// # Instructions
//
// The opcode set is small (KERNEL, CONST, CALL, WHILE, CASE, IF, RETURN, MOVE,
// TUPLE, GET_TUPLE_ELEMENT, TOKEN, FAIL, ENTER); the specialisation per op ×
// element type × shape lives in the interp.Kernel that interp.Build makes once,
// at compile time, and that a KERNEL instruction carries. The VM's dispatch loop
// therefore switches on a small integer and calls a function value: no string
// compares, no type switches per instruction. Result buffer sizes (Allocs) are
// computed at compile time too.
//
// # Registers and liveness
//
// Each SSA value gets a virtual number; a liveness pass finds each value's last
// use and a linear scan assigns registers, reusing a register as soon as its
// value died. Every instruction lists the registers that die after it (Dies):
// the VM releases those buffers at once (a train step never holds every
// intermediate). Results are assigned before the instruction's dying arguments
// are freed, so a result never lands on a register the VM still has to read.
// Values nobody reads die right after their defining instruction; parameters
// nobody reads die at ENTER.
//
// In-place: when interp.InPlace(op) says the op's kernels are element-wise, a
// KERNEL lists the dying arguments of the result's byte size (InPlace); the VM
// hands result 0 such an argument's storage when, at run time, nothing else
// holds it. A custom_call whose target declared interp.Reuse pairs (a fused
// kernel with several outputs) lists its dying arguments with the result each
// may go to (InPlaceOut), parameters first, so a donated parameter keeps its
// storage through its update. CALL and WHILE mark arguments that die there and
// appear once as Moves, so the callee (a while body, say) owns them and can
// update loop state in place. Ops whose result is their operand's bytes under another type or
// shape (reshape, bitcast_convert, a broadcast_in_dim that only adds unit
// dimensions) are marked Alias: when the operand dies, the result takes over
// its storage and the kernel does not run at all.
//
// # Regions kernels call
//
// A kernel builder asks interp.Env.Region for a region and gets a Callable over
// a KindKernelRegion Func, run by the VM: Options.Runner at compile time (for
// folding), else the VM binds itself when it first runs the program.
// Recognising the common bodies (add, max, min, and/or, comparisons,
// argmax-style pairs) and choosing a specialised loop is the kernel builder's
// job, done at build time (interp/structural's scalar programs); any other body
// runs through the VM. Kernel regions may capture only constants (StableHLO
// producers do not capture in them); anything else is a compile error.
//
// # Checks and listings
//
// Verify checks the invariants (definitions before uses, no read after death,
// indices in range, sub-programs entered from their parent by the right
// opcode, argument and result types at every boundary); Compile runs it on its
// own output. Disassemble prints one line per instruction with its registers,
// dying registers, in-place candidates, result types and source location.
//
// # Constant folding
//
// An op whose operands are all constants (or folded values) and whose
// operands and results are small (1 MiB in, 64 KiB out) runs at compile time,
// through the same kernel the VM would call; its results join the pool and
// become CONSTs where used. Ops with effects or state (custom_call, rng,
// infeed/outfeed, send/recv, replica/partition ids) never fold, and a kernel
// that fails leaves its op to fail, with its location, at run time.
// Options.NoFold turns folding off.
//
// Cache keeps compiled Programs by content (the module's text with
// locations, and the options), for producers that compile the same small
// program again and again (eager JAX).
//
// Unsupported ops are compile errors naming the op and its location; with
// Options.Lenient they compile to FAIL instructions instead, so a program whose
// unsupported op is never reached still runs.
package bytecode
