package interp

import "sync"

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
