package interp

import (
	"sync"

	"github.com/hlovm/hlovm/stablehlo"
)

// In-place results: the VM may hand a KERNEL's result 0 the storage of an
// argument that dies at that instruction (same byte size, nothing else holding
// it), saving an allocation and keeping a train step's working set small. That
// is only correct for kernels that read element i of every argument before
// writing element i of the result, and read no other element afterwards: the
// element-wise ops. The ops listed here are those; a kernel package whose
// kernel for one of them does not have that property must call NotInPlace in
// its init, and a package may declare more with DeclareInPlace.

var inPlace = struct {
	sync.RWMutex
	ops map[string]bool
}{ops: map[string]bool{}}

func init() {
	for _, op := range []string{
		"abs", "add", "and", "atan2", "cbrt", "ceil", "clamp", "complex", "convert",
		"cosine", "count_leading_zeros", "divide", "exp2", "exponential", "exponential_minus_one",
		"floor", "fma", "imag", "is_finite", "log", "log2", "log_plus_one", "logistic", "maximum",
		"minimum", "multiply", "negate", "not", "or", "popcnt", "power", "real",
		"reduce_precision", "remainder", "round_nearest_afz", "round_nearest_even",
		"rsqrt", "select", "shift_left", "shift_right_arithmetic", "shift_right_logical",
		"sign", "sine", "sqrt", "subtract", "tan", "tanh", "xor", "compare",
		"bitcast_convert",
	} {
		inPlace.ops["stablehlo."+op] = true
	}
}

// InPlace reports whether op's kernels may write result 0 over a dying
// argument of the same byte size.
func InPlace(opName string) bool {
	inPlace.RLock()
	defer inPlace.RUnlock()
	return inPlace.ops[opName]
}

// DeclareInPlace declares that every kernel of opName is element-wise in the
// sense above. Call it from an init function.
func DeclareInPlace(opName string) {
	inPlace.Lock()
	inPlace.ops[opName] = true
	inPlace.Unlock()
}

// NotInPlace withdraws opName from in-place reuse. Call it from an init function.
func NotInPlace(opName string) {
	inPlace.Lock()
	delete(inPlace.ops, opName)
	inPlace.Unlock()
}

// Reuse says that result Result of a kernel may be written over argument
// Arg's storage when that argument dies at the kernel and nothing else holds
// it (same byte size). The kernel must read element i of Arg only where it
// writes element i of Result, before writing it: a fused element-wise loop.
type Reuse struct{ Arg, Result int }

// ReuseFunc lists the Reuse pairs one op of a custom_call target allows,
// from its attributes and types (a fused kernel's IR says which inputs are
// read element by element). Nil: none.
type ReuseFunc func(op *stablehlo.Op) []Reuse

var customReuse = struct {
	sync.RWMutex
	fns map[string]ReuseFunc
}{fns: map[string]ReuseFunc{}}

// DeclareCustomCallReuse registers f for custom_call target. Call it from an
// init function.
func DeclareCustomCallReuse(target string, f ReuseFunc) {
	customReuse.Lock()
	customReuse.fns[target] = f
	customReuse.Unlock()
}

// CustomCallReuse is what op's target declared (nil for any other op, or a
// target that declared nothing).
func CustomCallReuse(op *stablehlo.Op) []Reuse {
	if op.Name != "stablehlo.custom_call" {
		return nil
	}
	s, ok := op.Attr("call_target_name").(stablehlo.StringAttr)
	if !ok {
		return nil
	}
	customReuse.RLock()
	f := customReuse.fns[s.Value]
	customReuse.RUnlock()
	if f == nil {
		return nil
	}
	return f(op)
}
