package bytecode

import (
	"sync/atomic"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Opcode is what the VM's dispatch loop switches on: a small integer, never a
// string. Everything op-specific lives in the Kernel built at compile time.
type Opcode uint8

const (
	// NOP does nothing (never emitted by Compile; a placeholder for patching).
	NOP Opcode = iota
	// ENTER is the first instruction of every Func: it bumps the Func's entry
	// counter (where profiling and tier promotion attach) and releases
	// parameters that are never used (its Dies).
	ENTER
	// KERNEL runs Instr.Kernel on Args, writing fresh (or, per InPlace, reused)
	// buffers into Results.
	KERNEL
	// CONST loads constant pool entry Instr.Aux into Results[0]. The pool buffer
	// is shared and never written.
	CONST
	// CALL runs Func Subs[0] on Args; its results go to Results.
	CALL
	// WHILE: Args = loop inits (Aux of them), then cond captures (Split[0]),
	// then body captures (Split[1]). Subs = [cond, body].
	WHILE
	// CASE: Args[0] is an i32 index; then each branch's captures (Split[b]).
	// An index out of range runs the last branch, as the spec says.
	CASE
	// IF: Args[0] is an i1 predicate; Subs = [true branch, false branch].
	IF
	// RETURN ends the Func, handing Args to the caller.
	RETURN
	// MOVE copies Args[i] to Results[i] (optimization_barrier, which exists to
	// pin scheduling, not data).
	MOVE
	// TUPLE builds a tuple value of Args.
	TUPLE
	// GET_TUPLE_ELEMENT takes element Aux of tuple Args[0].
	GET_TUPLE_ELEMENT
	// TOKEN produces a token (after_all, create_token).
	TOKEN
	// FAIL returns Instr.Err when run: an op that could not be compiled, kept
	// in lenient mode so a program whose unsupported op is never reached runs.
	FAIL
	numOpcodes
)

var opcodeNames = [numOpcodes]string{
	NOP: "NOP", ENTER: "ENTER", KERNEL: "KERNEL", CONST: "CONST", CALL: "CALL",
	WHILE: "WHILE", CASE: "CASE", IF: "IF", RETURN: "RETURN", MOVE: "MOVE",
	TUPLE: "TUPLE", GET_TUPLE_ELEMENT: "GET_TUPLE_ELEMENT", TOKEN: "TOKEN", FAIL: "FAIL",
}

func (o Opcode) String() string {
	if o < numOpcodes {
		return opcodeNames[o]
	}
	return "OP?"
}

// Reg is a register number within one Func's frame.
type Reg = int32

// Alloc describes a result buffer the VM allocates for a KERNEL: static shape,
// element type and byte size, computed once at compile time.
type Alloc struct {
	DType tensor.DType
	Shape []int64 // shared, never mutated
	Bytes int64
}

// Instr is one instruction.
type Instr struct {
	Op      Opcode
	Args    []Reg
	Results []Reg
	// Dies lists the registers whose value is dead after this instruction (last
	// use, or a result nobody reads): the VM releases them at once.
	Dies []Reg
	// Moves[i] is true when Args[i] dies here and appears once in Args, so its
	// value may be handed over rather than shared (a CALL/WHILE argument).
	Moves []bool
	// Kernel is the specialised kernel of a KERNEL.
	Kernel interp.Kernel
	// Allocs are the result buffers of a KERNEL.
	Allocs []Alloc
	// InPlace lists, for a KERNEL whose op allows it (interp.InPlace), the
	// argument indices whose buffer Results[0] may take over when that argument
	// dies here and nothing else holds it (same byte size).
	InPlace []int32
	// InPlaceOut, when not nil, gives for each InPlace argument the result
	// that may take it (a custom_call whose target declared
	// interp.DeclareCustomCallReuse, such as a fused kernel with several
	// outputs); nil: every InPlace argument is for result 0.
	InPlaceOut []int32
	// Alias: result 0 holds exactly argument 0's bytes (reshape, bitcast,
	// unit-dimension broadcast). When it takes over argument 0's storage
	// (InPlace is then [0]) the kernel is skipped.
	Alias bool
	// Subs are sub-program (Func) indices: CALL [callee], WHILE [cond, body],
	// CASE [branches...], IF [then, else].
	Subs []int32
	// Split gives argument-list layout counts (see the opcodes).
	Split []int32
	// Aux: CONST pool index, WHILE init count, GET_TUPLE_ELEMENT index.
	Aux int32
	// Err is the error a FAIL returns.
	Err error
	// Name is the source op's name ("stablehlo.add"), Loc its short location.
	Name string
	Loc  string
	// Types are the result types (for listings and checks).
	Types []stablehlo.Type
}

// FuncKind tells what a Func was compiled from.
type FuncKind uint8

const (
	KindFunction     FuncKind = iota // a func.func
	KindWhileCond                    // a while condition region
	KindWhileBody                    // a while body region
	KindBranch                       // a case/if branch
	KindKernelRegion                 // a region a kernel calls (reduce body, comparator, ...)
)

func (k FuncKind) String() string {
	switch k {
	case KindFunction:
		return "function"
	case KindWhileCond:
		return "while.cond"
	case KindWhileBody:
		return "while.body"
	case KindBranch:
		return "branch"
	case KindKernelRegion:
		return "kernel.region"
	}
	return "?"
}

// Func is one sub-program with explicit boundaries: parameters are the block
// arguments followed by the captured outer values (NumCaptures of them), held
// in registers 0..len(Params)-1 at entry.
type Func struct {
	Name        string
	Kind        FuncKind
	Parent      int32 // index of the enclosing Func, -1 for top-level functions
	NumArgs     int   // block arguments
	NumCaptures int   // captured outer values, passed after the block arguments
	Params      []stablehlo.Type
	Results     []stablehlo.Type
	NumRegs     int
	Code        []Instr
	RegTypes    []stablehlo.Type // the type each register was last assigned (listing)
	Loc         string
	// Entries counts entries into this Func (ENTER). Tier promotion reads it.
	Entries atomic.Uint64
	// Promoted, when set, replaces the interpretation of this Func on its next
	// entry: the attach point of the higher tiers (a fused kernel compiled in
	// the background swaps itself in here). Set it with Promote.
	Promoted atomic.Pointer[Promotion]
	// Claimed is set once the tier manager has taken this Func up (queued
	// it, or declined it), so the VM stops calling the hot hook for it.
	Claimed atomic.Bool
	// Src is the IR this Func was compiled from, which a higher tier compiles
	// again (nil for Funcs made otherwise).
	Src *Source
}

// Source is the IR of a Func: its block, and the outer values it captures in
// parameter order (after the block arguments). Outer values the block uses
// but does not capture are constants (their defining op) or values folded at
// compile time (Program.Folded). The IR is shared with the Program's module
// and must not be modified.
type Source struct {
	Block    *stablehlo.Block
	Captures []*stablehlo.Value
}

// Impl is a compiled replacement for a Func: it computes the Func's results
// from its parameters (block arguments, then captures). It returns new
// buffers owned by the caller, never its arguments, and must be safe for
// concurrent use.
type Impl interface {
	Run(ctx *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error)
}

// DonatingImpl is an Impl that can take over argument storage: donated[i]
// says the caller gives up args[i] (its only reference), so the Impl may
// write results into it or return it, as a while body hands its loop state
// on. The caller never touches a donated buffer again.
type DonatingImpl interface {
	Impl
	RunDonated(ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) ([]*tensor.Buffer, error)
}

// MeasuredImpl is a DonatingImpl that also reports the most bytes its run
// held at once (its intermediates and results, and the donated arguments),
// so the caller's peak-memory statistics include a promoted region's (a
// negative peak: not known).
type MeasuredImpl interface {
	DonatingImpl
	RunMeasured(ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) (out []*tensor.Buffer, peak int64, err error)
}

// Promotion is an installed Impl with the name listings and errors use.
type Promotion struct {
	Name string
	Impl Impl
}

// Promote installs impl for f (nil removes it, falling back to tier 0).
func (f *Func) Promote(name string, impl Impl) {
	if impl == nil {
		f.Promoted.Store(nil)
		return
	}
	f.Promoted.Store(&Promotion{Name: name, Impl: impl})
}

// Program is a compiled module: immutable after Compile (only the atomic
// counters change), so one Program runs in many goroutines at once.
type Program struct {
	Funcs  []*Func
	Main   int32
	Consts []*tensor.Buffer
	// ConstLocs names the op that made each constant (listing).
	ConstLocs []string
	// Module is the IR the program was compiled from (kept for the higher
	// tiers, which compile regions of it again); Folded maps the values
	// computed at compile time to their constant pool index.
	Module *stablehlo.Module
	Folded map[*stablehlo.Value]int32
	// hot is the tier manager's entry hook (SetHotHook).
	hot atomic.Pointer[HotHook]
	// runner runs kernel regions (BindRunner); nil until a VM is bound.
	runner atomic.Pointer[Runner]
}

// HotHook is called by the VM when a Func not yet Claimed is about to be
// entered for the At-th time or later (entries counted before this one reach
// At-1): the tier manager's trigger. With At 1 it fires on the first entry,
// before the Func runs, so a synchronous promotion serves that very entry.
// It may fire more than once for a Func when goroutines race; Fn must be
// idempotent, safe for concurrent use, and set Func.Claimed.
type HotHook struct {
	At uint64
	Fn func(fi int32)
}

// SetHotHook installs h (nil removes it).
func (p *Program) SetHotHook(h *HotHook) { p.hot.Store(h) }

// Hot is the installed entry hook, or nil.
func (p *Program) Hot() *HotHook { return p.hot.Load() }

// Entry is the main function.
func (p *Program) Entry() *Func { return p.Funcs[p.Main] }

// Runner runs Func fn of p on args: package vm's RunRegion, which runs
// kernel regions (interp.Callable) compiled here; bytecode cannot import the
// VM. With into nil it returns new buffers; otherwise it writes the results
// into into (which must match the Func's result types) and returns into.
type Runner func(p *Program, fn int32, ctx *interp.Ctx, args, into []*tensor.Buffer) ([]*tensor.Buffer, error)

// BindRunner gives p the runner its kernel regions run on, unless it has one
// already (Options.Runner, or an earlier bind): the VM binds itself to every
// program it runs. Safe for concurrent use.
func (p *Program) BindRunner(r Runner) {
	if r != nil && p.runner.Load() == nil {
		p.runner.CompareAndSwap(nil, &r)
	}
}
