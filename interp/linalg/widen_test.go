package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// accumulationTypes pairs operand and result types whose product must be
// accumulated in the wider of the two (rounded once to the result), with the
// largest error that allows relative to the result's scale. Integers are
// exact (wrapping in the result type).
var accumulationTypes = []struct {
	in, out tensor.DType
	rtol    float64
}{
	{tensor.F16, tensor.F32, 1e-5}, {tensor.BF16, tensor.F32, 1e-5}, {tensor.F32, tensor.F64, 1e-12},
	{tensor.C64, tensor.C128, 1e-12}, {tensor.I8, tensor.I32, 0}, {tensor.I8, tensor.I16, 0},
	{tensor.I16, tensor.I32, 0}, {tensor.I16, tensor.I64, 0}, {tensor.I32, tensor.I64, 0},
	{tensor.U8, tensor.U32, 0}, {tensor.U16, tensor.U64, 0},
	// narrowing: f64 (c128) operands keep their precision until the one
	// rounding to the result (half an f32 ulp, relative to the element)
	{tensor.F64, tensor.F32, -6e-8}, {tensor.C128, tensor.C64, -6e-8},
}

// wideBuf fills a buffer with values that use the whole precision of d, so
// that sums of their products round differently in narrower types.
func wideBuf(rng *rand.Rand, d tensor.DType, shape ...int64) *tensor.Buffer {
	b := tensor.New(d, shape)
	n := int(b.NumElements())
	switch {
	case d.IsComplex():
		v := make([]complex128, n)
		for i := range v {
			v[i] = complex(rng.NormFloat64()*30, rng.NormFloat64()*30)
		}
		storeC128(b, v)
	case d.IsFloat():
		v := make([]float64, n)
		for i := range v {
			v[i] = rng.NormFloat64() * 30
		}
		storeF64(b, v)
	default:
		bits := 8 * d.StorageSize()
		v := make([]int64, n)
		for i := range v {
			v[i] = rng.Int63() >> (64 - bits) // sign- or zero-extended by the store
		}
		storeI64(b, v)
	}
	return b
}

// accCheck compares got with want (computed exactly, rounded once): within
// rtol of want's largest magnitude, or, for rtol < 0, within -rtol of each
// element's own magnitude.
func accCheck(got, want *tensor.Buffer, rtol float64) error {
	if !want.DType.IsFloat() && !want.DType.IsComplex() {
		return closeEnough(got, want, 0)
	}
	g, w := loadC128(got), loadC128(want)
	scale := 0.0
	for _, x := range w {
		scale = math.Max(scale, cmplx.Abs(x))
	}
	for i := range g {
		lim := rtol * scale
		if rtol < 0 {
			lim = -rtol * cmplx.Abs(w[i])
		}
		if e := cmplx.Abs(g[i] - w[i]); e > lim {
			return fmt.Errorf("element %d: got %v want %v (error %g > %g)", i, g[i], w[i], e, lim)
		}
	}
	return nil
}

func TestDotAccumulationType(t *testing.T) {
	rng := rand.New(rand.NewSource(31))
	for _, ty := range accumulationTypes {
		for _, c := range []struct {
			ls, rs, os     []int64
			lb, rb, lc, rc []int64
		}{
			{[]int64{6, 300}, []int64{300, 5}, []int64{6, 5}, nil, nil, []int64{1}, []int64{0}},
			{[]int64{2, 300, 4}, []int64{2, 3, 300}, []int64{2, 4, 3}, []int64{0}, []int64{0}, []int64{1}, []int64{2}},
		} {
			op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(ty.in, c.ls...), tt(ty.in, c.rs...)}, []*stablehlo.TensorType{tt(ty.out, c.os...)},
				stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsBatching: c.lb, RhsBatching: c.rb, LhsContracting: c.lc, RhsContracting: c.rc}})
			l, r := wideBuf(rng, ty.in, c.ls...), wideBuf(rng, ty.in, c.rs...)
			got := runOp(t, op, l, r)[0]
			want := tensor.New(ty.out, c.os)
			naiveDot(l, r, c.lb, c.rb, c.lc, c.rc, want)
			if err := accCheck(got, want, ty.rtol); err != nil {
				t.Errorf("dot_general %v %v->%v: %v", c.ls, ty.in, ty.out, err)
			}
		}
	}
}

func TestConvolutionAccumulationType(t *testing.T) {
	rng := rand.New(rand.NewSource(32))
	for _, ty := range accumulationTypes {
		for _, c := range convCases() {
			op := convOp(c, ty.in, ty.out)
			l, r := wideBuf(rng, ty.in, c.lhs...), wideBuf(rng, ty.in, c.rhs...)
			got := runOp(t, op, l, r)[0]
			want := tensor.New(ty.out, convOutShape(c))
			naiveConv(c, l, r, want)
			if err := accCheck(got, want, ty.rtol); err != nil {
				t.Errorf("convolution %s %v->%v: %v", c.name, ty.in, ty.out, err)
			}
		}
	}
}
