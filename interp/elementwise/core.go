package elementwise

import (
	"fmt"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Grains: the smallest number of elements worth handing to a goroutine (below
// 2*grain an op runs serially, since a goroutine costs about a microsecond).
// Memory-bound ops need far more elements to pay for one than math-heavy ones.
const (
	grainCheap  = 1 << 16 // add, compare, select, copies: ~0.3 ns/element
	grainMedium = 1 << 13 // low-precision floats (decode, compute, encode)
	grainCostly = 1 << 11 // transcendental functions, complex math
	grain       = grainCheap
)

// costlyOps are computed through float64 library calls (tens of ns each).
var costlyOps = map[string]bool{"power": true, "atan2": true, "remainder": true, "sqrt": true,
	"rsqrt": true, "cbrt": true, "exponential": true, "exponential_minus_one": true, "log": true,
	"log_plus_one": true, "exp2": true, "log2": true, "logistic": true, "sine": true, "cosine": true, "tan": true, "tanh": true}

// grainFor picks the grain of op on element type d.
func grainFor(op string, d tensor.DType) int {
	switch {
	case costlyOps[op] || d.IsComplex():
		return grainCostly
	case kindOf(d) == gLowp:
		return grainMedium
	}
	return grainCheap
}

// parallelFor splits [0,n) into at most ctx.Parallelism contiguous chunks of
// at least grainCheap elements.
func parallelFor(ctx *interp.Ctx, n int, fn func(lo, hi int)) { parallelForGrain(ctx, n, grain, fn) }

// serial reports whether parallelForGrain would run n elements on the
// calling goroutine alone.
func serial(ctx *interp.Ctx, n, grain int) bool {
	return ctx == nil || ctx.Parallelism <= 1 || n < 2*grain
}

func parallelForGrain(ctx *interp.Ctx, n, grain int, fn func(lo, hi int)) {
	p := 1
	if ctx != nil && ctx.Parallelism > 1 {
		p = ctx.Parallelism
	}
	if p <= 1 || n < 2*grain {
		fn(0, n)
		return
	}
	if c := n / grain; c < p {
		p = c
	}
	step := (n + p - 1) / p
	step = (step + 63) &^ 63 // keep chunk starts on cache-line multiples
	w := interp.NewWorkers(ctx)
	for lo := step; lo < n; lo += step {
		hi := min(lo+step, n)
		w.Go(func() { fn(lo, hi) })
	}
	w.Do(func() { fn(0, min(step, n)) })
	w.Wait()
}

// unaryFn maps a run of operand elements (raw storage) to a run of result
// elements; the element count is implied by the slice lengths.
type unaryFn func(dst, a []byte)

// binaryFn is unaryFn with two operands of one element type.
type binaryFn func(dst, a, b []byte)

// valueDType is the element type of a tensor value, or an error naming why the
// kernels cannot handle it (quantized, token, tuple, unranked, dynamic).
func valueDType(v *stablehlo.Value) (tensor.DType, error) {
	t, ok := v.Type.(*stablehlo.TensorType)
	if !ok {
		return tensor.Invalid, fmt.Errorf("operand type %v is not a ranked tensor", v.Type)
	}
	if _, q := t.Elem.(*stablehlo.QuantType); q {
		return tensor.Invalid, fmt.Errorf("quantized element type %v is not supported", t.Elem)
	}
	for _, d := range t.Shape {
		if d < 0 {
			return tensor.Invalid, fmt.Errorf("dynamic shape %v is not supported", t)
		}
	}
	d := stablehlo.ElementDType(t)
	if d == tensor.Invalid {
		return d, fmt.Errorf("element type %v is not supported", t.Elem)
	}
	return d, nil
}

func shapeOf(v *stablehlo.Value) []int64 {
	if t, ok := v.Type.(*stablehlo.TensorType); ok {
		return t.Shape
	}
	return nil
}

// opTypes checks the operand and result counts and returns their element types.
func opTypes(op *stablehlo.Op, nOperands, nResults int) (ins, outs []tensor.DType, err error) {
	if len(op.Operands) != nOperands || len(op.Results) != nResults {
		return nil, nil, fmt.Errorf("expected %d operands and %d results, got %d and %d", nOperands, nResults, len(op.Operands), len(op.Results))
	}
	for _, v := range op.Operands {
		d, err := valueDType(v)
		if err != nil {
			return nil, nil, err
		}
		ins = append(ins, d)
	}
	for _, v := range op.Results {
		d, err := valueDType(v)
		if err != nil {
			return nil, nil, err
		}
		outs = append(outs, d)
	}
	return ins, outs, nil
}

// checkBufs verifies that the buffers the VM passed hold n elements of the
// expected storage sizes, so a mismatch becomes an error rather than a panic.
func checkBufs(args, results []*tensor.Buffer, nArgs int, sizes ...int) (int, error) {
	if len(args) != nArgs || len(results) != 1 {
		return 0, fmt.Errorf("kernel got %d operands and %d results, want %d and 1", len(args), len(results), nArgs)
	}
	ds := sizes[len(sizes)-1]
	n := len(results[0].Data) / ds
	if len(results[0].Data) != n*ds {
		return 0, fmt.Errorf("result buffer of %d bytes is not a whole number of %d-byte elements", len(results[0].Data), ds)
	}
	for i, a := range args {
		if len(a.Data) != n*sizes[i] {
			return 0, fmt.Errorf("operand %d holds %d bytes, want %d (%d elements)", i, len(a.Data), n*sizes[i], n)
		}
	}
	return n, nil
}

func unaryKernel(f unaryFn, asz, dsz int) interp.Kernel { return unaryKernelGrain(f, asz, dsz, grain) }

func unaryKernelGrain(f unaryFn, asz, dsz, g int) interp.Kernel {
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		n, err := checkBufs(args, results, 1, asz, dsz)
		if err != nil {
			return err
		}
		a, d := args[0].Data, results[0].Data
		if serial(ctx, n, g) { // no closure: small kernels (loop bodies) allocate nothing
			f(d[:n*dsz], a[:n*asz])
			return nil
		}
		parallelForGrain(ctx, n, g, func(lo, hi int) { f(d[lo*dsz:hi*dsz], a[lo*asz:hi*asz]) })
		return nil
	}
}

func binaryKernel(f binaryFn, asz, dsz int) interp.Kernel {
	return binaryKernelGrain(f, asz, dsz, grain)
}

func binaryKernelGrain(f binaryFn, asz, dsz, g int) interp.Kernel {
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		n, err := checkBufs(args, results, 2, asz, asz, dsz)
		if err != nil {
			return err
		}
		a, b, d := args[0].Data, args[1].Data, results[0].Data
		if serial(ctx, n, g) {
			f(d[:n*dsz], a[:n*asz], b[:n*asz])
			return nil
		}
		parallelForGrain(ctx, n, g, func(lo, hi int) {
			f(d[lo*dsz:hi*dsz], a[lo*asz:hi*asz], b[lo*asz:hi*asz])
		})
		return nil
	}
}

// un and bin adapt typed slice loops to raw storage.
func un[D, A tensor.Elem](f func(d []D, a []A)) unaryFn {
	return func(dst, a []byte) { f(tensor.ViewBytes[D](dst), tensor.ViewBytes[A](a)) }
}

func bin[D, A tensor.Elem](f func(d []D, a, b []A)) binaryFn {
	return func(dst, a, b []byte) {
		f(tensor.ViewBytes[D](dst), tensor.ViewBytes[A](a), tensor.ViewBytes[A](b))
	}
}

// narrowBits is the width of a sub-byte integer type (i2, i4, ui2, ui4), else 0.
func narrowBits(d tensor.DType) int {
	switch d {
	case tensor.I2, tensor.U2:
		return 2
	case tensor.I4, tensor.U4:
		return 4
	}
	return 0
}

// fixNarrow wraps one-byte results of a sub-byte integer type back into range:
// sign-extended from the low bits for signed types, masked for unsigned ones.
// Arithmetic on such types runs in int8/uint8 and wraps once at the end, which
// equals wrapping at every step because only the low bits of + - * matter.
func fixNarrow(d tensor.DType, b []byte) {
	bits := narrowBits(d)
	if bits == 0 {
		return
	}
	if d.IsSigned() {
		s := uint(8 - bits)
		for i, v := range b {
			b[i] = byte(int8(v<<s) >> s)
		}
		return
	}
	m := byte(1<<bits - 1)
	for i := range b {
		b[i] &= m
	}
}

func withFix1(d tensor.DType, f unaryFn) unaryFn {
	if narrowBits(d) == 0 {
		return f
	}
	return func(dst, a []byte) { f(dst, a); fixNarrow(d, dst) }
}

func withFix2(d tensor.DType, f binaryFn) binaryFn {
	if narrowBits(d) == 0 {
		return f
	}
	return func(dst, a, b []byte) { f(dst, a, b); fixNarrow(d, dst) }
}

// goKind names the Go storage type arithmetic on a DType runs in.
type goKind uint8

const (
	gBool goKind = iota + 1
	gI8
	gI16
	gI32
	gI64
	gU8
	gU16
	gU32
	gU64
	gF32
	gF64
	gLowp // a float narrower than f32 (or tf32): decoded to f32, computed, rounded once
	gC64
	gC128
)

func kindOf(d tensor.DType) goKind {
	switch d {
	case tensor.I1:
		return gBool
	case tensor.I2, tensor.I4, tensor.I8:
		return gI8
	case tensor.I16:
		return gI16
	case tensor.I32:
		return gI32
	case tensor.I64, tensor.Index:
		return gI64
	case tensor.U2, tensor.U4, tensor.U8:
		return gU8
	case tensor.U16:
		return gU16
	case tensor.U32:
		return gU32
	case tensor.U64:
		return gU64
	case tensor.F32:
		return gF32
	case tensor.F64:
		return gF64
	case tensor.C64:
		return gC64
	case tensor.C128:
		return gC128
	}
	if d.IsFloat() {
		return gLowp
	}
	return 0
}

// intBits is the value width of an integer type.
func intBits(d tensor.DType) int {
	if d == tensor.Index {
		return 64
	}
	return d.Bits()
}
