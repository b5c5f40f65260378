package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func tt(d tensor.DType, shape ...int64) *stablehlo.TensorType { return stablehlo.Tensor(d, shape...) }

func mkOp(name string, in []*stablehlo.TensorType, out []*stablehlo.TensorType, attrs ...stablehlo.NamedAttr) *stablehlo.Op {
	ops := make([]*stablehlo.Value, len(in))
	for i, t := range in {
		ops[i] = &stablehlo.Value{Type: t}
	}
	rt := make([]stablehlo.Type, len(out))
	for i, t := range out {
		rt[i] = t
	}
	op := stablehlo.NewOp(name, ops, rt)
	for _, a := range attrs {
		op.SetAttr(a.Name, a.Value)
	}
	return op
}

func i64arr(v ...int64) *stablehlo.DenseArrayAttr {
	return &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: v}
}

func i64attr(v int64) *stablehlo.IntegerAttr {
	return &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: v}
}

// runOp builds op through interp.Build and runs it on args, allocating results
// from the op's result types (pre-filled with garbage so kernels must write
// every element).
func runOp(t testing.TB, op *stablehlo.Op, args ...*tensor.Buffer) []*tensor.Buffer {
	t.Helper()
	res, err := tryRun(op, args...)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func tryRun(op *stablehlo.Op, args ...*tensor.Buffer) ([]*tensor.Buffer, error) {
	k, err := interp.Build(op, nil)
	if err != nil {
		return nil, err
	}
	res := make([]*tensor.Buffer, len(op.Results))
	for i, r := range op.Results {
		rt := r.Type.(*stablehlo.TensorType)
		res[i] = tensor.New(stablehlo.ElementDType(rt), rt.Shape)
		for j := range res[i].Data {
			res[i].Data[j] = 0xA5
		}
	}
	if err := k(&interp.Ctx{Parallelism: 4}, args, res); err != nil {
		return nil, err
	}
	return res, nil
}

// randBuf fills a buffer with small values exactly representable in d.
func randBuf(rng *rand.Rand, d tensor.DType, shape ...int64) *tensor.Buffer {
	b := tensor.New(d, shape)
	n := int(b.NumElements())
	switch {
	case d.IsComplex():
		v := make([]complex128, n)
		for i := range v {
			v[i] = complex(float64(rng.Intn(9)-4)/4, float64(rng.Intn(9)-4)/4)
		}
		storeC128(b, v)
	case d.IsFloat():
		v := make([]float64, n)
		for i := range v {
			v[i] = float64(rng.Intn(17)-8) / 8
		}
		storeF64(b, v)
	default:
		v := make([]int64, n)
		for i := range v {
			v[i] = rng.Int63()
		}
		storeI64(b, v)
	}
	return b
}

// closeEnough compares buffers: integers exactly, floats and complex within a
// relative tolerance scaled by the magnitude of the expected values.
func closeEnough(got, want *tensor.Buffer, rtol float64) error {
	if got.DType != want.DType || len(got.Data) != len(want.Data) {
		return fmt.Errorf("type/size mismatch %v vs %v", got, want)
	}
	d := got.DType
	switch {
	case d.IsFloat() || d.IsComplex():
		g, w := loadC128(got), loadC128(want)
		for i := range g {
			if cmplx.IsNaN(w[i]) != cmplx.IsNaN(g[i]) {
				return fmt.Errorf("element %d: got %v want %v", i, g[i], w[i])
			}
			if cmplx.IsNaN(w[i]) {
				continue
			}
			if cmplx.Abs(g[i]-w[i]) > rtol*math.Max(1, cmplx.Abs(w[i])) {
				return fmt.Errorf("element %d: got %v want %v", i, g[i], w[i])
			}
		}
	default:
		g, w := loadI64(got), loadI64(want)
		for i := range g {
			if g[i] != w[i] {
				return fmt.Errorf("element %d: got %d want %d", i, g[i], w[i])
			}
		}
	}
	return nil
}

// unravel converts a linear index to a multi-index.
func unravel(i int64, shape []int64) []int64 {
	idx := make([]int64, len(shape))
	for d := len(shape) - 1; d >= 0; d-- {
		if shape[d] > 0 {
			idx[d] = i % shape[d]
			i /= shape[d]
		}
	}
	return idx
}

func ravel(idx, shape []int64) int64 {
	var off int64
	for d := range shape {
		off = off*shape[d] + idx[d]
	}
	return off
}
