package structural

import (
	"fmt"
	"runtime"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// tensorType returns the static ranked type of v, or an error naming what is
// wrong (dynamic shapes and quantized element types are not run by tier 0).
func tensorType(v *stablehlo.Value, what string) (*stablehlo.TensorType, tensor.DType, error) {
	tt, ok := v.Type.(*stablehlo.TensorType)
	if !ok {
		return nil, 0, fmt.Errorf("%s: expected a ranked tensor, got %v", what, v.Type)
	}
	for _, d := range tt.Shape {
		if d < 0 {
			return nil, 0, fmt.Errorf("%s: dynamic shape %v is not supported", what, tt)
		}
	}
	d := stablehlo.ElementDType(tt)
	if d == tensor.Invalid {
		return nil, 0, fmt.Errorf("%s: unsupported element type %v", what, tt.Elem)
	}
	return tt, d, nil
}

func operandType(op *stablehlo.Op, i int) (*stablehlo.TensorType, tensor.DType, error) {
	if i >= len(op.Operands) {
		return nil, 0, fmt.Errorf("missing operand %d", i)
	}
	return tensorType(op.Operands[i], fmt.Sprintf("operand %d", i))
}

func resultType(op *stablehlo.Op, i int) (*stablehlo.TensorType, tensor.DType, error) {
	if i >= len(op.Results) {
		return nil, 0, fmt.Errorf("missing result %d", i)
	}
	return tensorType(op.Results[i], fmt.Sprintf("result %d", i))
}

// intsAttr reads a dense i64/i32 array attribute (or a 1-d dense elements
// attribute of integers); absent gives nil, ok=false.
func intsAttr(op *stablehlo.Op, name string) ([]int64, bool, error) {
	a := op.Attr(name)
	if a == nil {
		return nil, false, nil
	}
	switch a := a.(type) {
	case *stablehlo.DenseArrayAttr:
		if a.Elem.IsFloat() {
			return nil, true, fmt.Errorf("attribute %s: expected integers, got %v", name, a.Elem)
		}
		return append([]int64(nil), a.Ints...), true, nil
	case *stablehlo.DenseElementsAttr:
		v, err := denseInts(a)
		if err != nil {
			return nil, true, fmt.Errorf("attribute %s: %v", name, err)
		}
		return v, true, nil
	case *stablehlo.ArrayAttr:
		out := make([]int64, len(a.Elems))
		for i, e := range a.Elems {
			ia, ok := e.(*stablehlo.IntegerAttr)
			if !ok {
				return nil, true, fmt.Errorf("attribute %s: element %d is %v, not an integer", name, i, e)
			}
			out[i] = ia.Value
		}
		return out, true, nil
	}
	return nil, true, fmt.Errorf("attribute %s: unexpected form %v", name, a)
}

// denseInts reads all elements of an integer dense elements attribute.
func denseInts(a *stablehlo.DenseElementsAttr) ([]int64, error) {
	d := stablehlo.ElementDType(a.Type)
	if !d.IsInteger() && d != tensor.I1 {
		return nil, fmt.Errorf("expected integer elements, got %v", d)
	}
	raw := a.RawData()
	n := int(a.NumElements())
	es := d.StorageSize()
	if len(raw) < n*es {
		return nil, fmt.Errorf("dense data too short")
	}
	out := make([]int64, n)
	for i := range out {
		out[i] = loadInt(d, raw[i*es:])
	}
	return out, nil
}

func intAttr(op *stablehlo.Op, name string, def int64) (int64, error) {
	a := op.Attr(name)
	if a == nil {
		return def, nil
	}
	ia, ok := a.(*stablehlo.IntegerAttr)
	if !ok {
		return 0, fmt.Errorf("attribute %s: expected an integer, got %v", name, a)
	}
	return ia.Value, nil
}

// loadInt reads one integer element (any integer or bool type) as int64;
// unsigned 64-bit values keep their bits.
func loadInt(d tensor.DType, b []byte) int64 {
	switch d.StorageSize() {
	case 1:
		if d.Bits() < 8 {
			// Sub-byte: buffers hold them sign-extended, dense attributes
			// with the type's bits only; normInt reads both.
			return normInt(d, int64(b[0]))
		}
		if d.IsSigned() {
			return int64(int8(b[0]))
		}
		return int64(b[0])
	case 2:
		u := uint16(b[0]) | uint16(b[1])<<8
		if d.IsSigned() {
			return int64(int16(u))
		}
		return int64(u)
	case 4:
		u := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
		if d.IsSigned() {
			return int64(int32(u))
		}
		return int64(u)
	case 8:
		var u uint64
		for i := 7; i >= 0; i-- {
			u = u<<8 | uint64(b[i])
		}
		return int64(u)
	}
	return 0
}

// loadIndex reads one integer index element; unsigned values that do not fit
// int64 saturate (they are clamped or out of bounds either way).
func loadIndex(d tensor.DType, b []byte) int64 {
	v := loadInt(d, b)
	if d == tensor.U64 && v < 0 {
		return 1<<63 - 1
	}
	return v
}

func checkPerm(p []int64, rank int, what string) error {
	if len(p) != rank {
		return fmt.Errorf("%s has %d entries, want %d", what, len(p), rank)
	}
	seen := make([]bool, rank)
	for _, v := range p {
		if v < 0 || int(v) >= rank || seen[v] {
			return fmt.Errorf("%s %v is not a permutation of 0..%d", what, p, rank-1)
		}
		seen[v] = true
	}
	return nil
}

func product(s []int64) int64 {
	n := int64(1)
	for _, d := range s {
		n *= d
	}
	return n
}

// parallelism is how many goroutines a kernel with n units of work of the
// given cost (bytes or element operations) should use.
func parallelism(ctx *interp.Ctx, work int64) int {
	p := 1
	if ctx != nil && ctx.Parallelism > 1 {
		p = ctx.Parallelism
	}
	// Below ~256 KiB of work the goroutine start-up costs more than it saves.
	const grain = 1 << 18
	if lim := int(work / grain); lim < p {
		p = lim
	}
	if p < 1 {
		p = 1
	}
	if m := runtime.GOMAXPROCS(0); p > m {
		p = m
	}
	return p
}

// parallelFor splits [0,n) into p contiguous chunks and runs fn on each.
func parallelFor(p int, n int64, fn func(lo, hi int64)) {
	if p <= 1 || n <= 1 {
		fn(0, n)
		return
	}
	if int64(p) > n {
		p = int(n)
	}
	w := interp.NewWorkers(nil)
	chunk := (n + int64(p) - 1) / int64(p)
	for lo := int64(0); lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		w.Go(func() { fn(lo, hi) })
	}
	w.Wait()
}
