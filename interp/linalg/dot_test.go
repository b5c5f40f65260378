package linalg

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// naiveDot computes dot_general by the spec's definition, one result element at
// a time, in complex128 (floats, complex) or wrapping int64 (integers).
func naiveDot(lhs, rhs *tensor.Buffer, lb, rb, lc, rc []int64, out *tensor.Buffer) {
	lf, _ := freeDims(len(lhs.Shape), lb, lc, "lhs")
	rf, _ := freeDims(len(rhs.Shape), rb, rc, "rhs")
	cshape := make([]int64, len(lc))
	for i, d := range lc {
		cshape[i] = lhs.Shape[d]
	}
	nc := prod(cshape)
	n := out.NumElements()
	isInt := !(out.DType.IsFloat() || out.DType.IsComplex())
	lC, rC := loadC128(lhs), loadC128(rhs)
	lI, rI := loadI64(lhs), loadI64(rhs)
	resC := make([]complex128, n)
	resI := make([]int64, n)
	for o := int64(0); o < n; o++ {
		oi := unravel(o, out.Shape)
		li := make([]int64, len(lhs.Shape))
		ri := make([]int64, len(rhs.Shape))
		k := 0
		for i := range lb {
			li[lb[i]] = oi[k]
			ri[rb[i]] = oi[k]
			k++
		}
		for _, d := range lf {
			li[d] = oi[k]
			k++
		}
		for _, d := range rf {
			ri[d] = oi[k]
			k++
		}
		for c := int64(0); c < nc; c++ {
			ci := unravel(c, cshape)
			for i := range lc {
				li[lc[i]] = ci[i]
				ri[rc[i]] = ci[i]
			}
			a, b := ravel(li, lhs.Shape), ravel(ri, rhs.Shape)
			if isInt {
				resI[o] += lI[a] * rI[b]
			} else {
				resC[o] += lC[a] * rC[b]
			}
		}
	}
	if isInt {
		storeI64(out, resI)
	} else {
		storeC128(out, resC)
	}
}

func TestDotGeneralAgainstNaive(t *testing.T) {
	type dc struct {
		name           string
		ls, rs         []int64
		lb, rb, lc, rc []int64
	}
	cases := []dc{
		{"matmul", []int64{5, 7}, []int64{7, 3}, nil, nil, []int64{1}, []int64{0}},
		{"lhsT", []int64{7, 5}, []int64{7, 3}, nil, nil, []int64{0}, []int64{0}},
		{"rhsT", []int64{5, 7}, []int64{3, 7}, nil, nil, []int64{1}, []int64{1}},
		{"batched", []int64{2, 4, 6}, []int64{2, 6, 3}, []int64{0}, []int64{0}, []int64{2}, []int64{1}},
		{"batch-last", []int64{4, 6, 2}, []int64{6, 3, 2}, []int64{2}, []int64{2}, []int64{1}, []int64{0}},
		{"multi-contract", []int64{3, 2, 4, 5}, []int64{4, 2, 6}, nil, nil, []int64{1, 2}, []int64{1, 0}},
		{"multi-batch", []int64{2, 3, 4, 5}, []int64{3, 5, 2, 6}, []int64{0, 1}, []int64{2, 0}, []int64{3}, []int64{1}},
		{"vecvec", []int64{8}, []int64{8}, nil, nil, []int64{0}, []int64{0}},
		{"outer", []int64{3}, []int64{4}, nil, nil, nil, nil},
		{"zero-k", []int64{3, 0}, []int64{0, 4}, nil, nil, []int64{1}, []int64{0}},
		{"big", []int64{70, 130}, []int64{130, 90}, nil, nil, []int64{1}, []int64{0}},
	}
	type tc struct{ in, out tensor.DType }
	types := []tc{
		{tensor.F32, tensor.F32}, {tensor.F64, tensor.F64}, {tensor.BF16, tensor.BF16}, {tensor.F16, tensor.F16},
		{tensor.BF16, tensor.F32}, {tensor.C64, tensor.C64}, {tensor.C128, tensor.C128},
		{tensor.I32, tensor.I32}, {tensor.I8, tensor.I32}, {tensor.I8, tensor.I8}, {tensor.U8, tensor.U8},
		{tensor.I4, tensor.I4}, {tensor.U64, tensor.U64}, {tensor.I1, tensor.I1}, {tensor.F8E4M3FN, tensor.F32},
	}
	rng := rand.New(rand.NewSource(1))
	for _, c := range cases {
		for _, ty := range types {
			lf, _ := freeDims(len(c.ls), c.lb, c.lc, "")
			rf, _ := freeDims(len(c.rs), c.rb, c.rc, "")
			var os []int64
			for _, d := range c.lb {
				os = append(os, c.ls[d])
			}
			for _, d := range lf {
				os = append(os, c.ls[d])
			}
			for _, d := range rf {
				os = append(os, c.rs[d])
			}
			op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(ty.in, c.ls...), tt(ty.in, c.rs...)}, []*stablehlo.TensorType{tt(ty.out, os...)},
				stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsBatching: c.lb, RhsBatching: c.rb, LhsContracting: c.lc, RhsContracting: c.rc}})
			l, r := randBuf(rng, ty.in, c.ls...), randBuf(rng, ty.in, c.rs...)
			got := runOp(t, op, l, r)[0]
			want := tensor.New(ty.out, os)
			naiveDot(l, r, c.lb, c.rb, c.lc, c.rc, want)
			tol := 1e-5
			if ty.out == tensor.BF16 || ty.out == tensor.F16 {
				tol = 1e-2
			}
			if err := closeEnough(got, want, tol); err != nil {
				t.Errorf("%s %v->%v: %v", c.name, ty.in, ty.out, err)
			}
		}
	}
}

func TestDotRank(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, c := range []struct{ ls, rs, os []int64 }{
		{[]int64{3, 4}, []int64{4, 5}, []int64{3, 5}},
		{[]int64{4}, []int64{4, 5}, []int64{5}},
		{[]int64{3, 4}, []int64{4}, []int64{3}},
		{[]int64{4}, []int64{4}, nil},
	} {
		op := mkOp("stablehlo.dot", []*stablehlo.TensorType{tt(tensor.F32, c.ls...), tt(tensor.F32, c.rs...)}, []*stablehlo.TensorType{tt(tensor.F32, c.os...)})
		l, r := randBuf(rng, tensor.F32, c.ls...), randBuf(rng, tensor.F32, c.rs...)
		got := runOp(t, op, l, r)[0]
		want := tensor.New(tensor.F32, c.os)
		naiveDot(l, r, nil, nil, []int64{int64(len(c.ls) - 1)}, []int64{0}, want)
		if err := closeEnough(got, want, 1e-6); err != nil {
			t.Errorf("%v x %v: %v", c.ls, c.rs, err)
		}
	}
}

func TestDotErrors(t *testing.T) {
	op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, 3, 4), tt(tensor.F32, 5, 6)}, []*stablehlo.TensorType{tt(tensor.F32, 3, 6)},
		stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}})
	if _, err := tryRun(op, tensor.New(tensor.F32, []int64{3, 4}), tensor.New(tensor.F32, []int64{5, 6})); err == nil {
		t.Fatal("mismatched contracting sizes accepted")
	}
}

func TestDotAlgorithmBF16(t *testing.T) {
	// With a BF16_BF16_F32 algorithm the operands are rounded to bf16 first.
	l := tensor.New(tensor.F32, []int64{1, 1})
	r := tensor.New(tensor.F32, []int64{1, 1})
	tensor.View[float32](l)[0] = 1 + 1.0/1024 // not representable in bf16: rounds to 1
	tensor.View[float32](r)[0] = 1
	alg := &stablehlo.DotAlgorithmAttr{LhsPrecisionType: stablehlo.Scalar(tensor.BF16), RhsPrecisionType: stablehlo.Scalar(tensor.BF16),
		AccumulationType: stablehlo.Scalar(tensor.F32), LhsComponentCount: 1, RhsComponentCount: 1, NumPrimitiveOperations: 1}
	op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, 1, 1), tt(tensor.F32, 1, 1)}, []*stablehlo.TensorType{tt(tensor.F32, 1, 1)},
		stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}},
		stablehlo.NamedAttr{Name: "algorithm", Value: alg})
	if got := tensor.View[float32](runOp(t, op, l, r)[0])[0]; got != 1 {
		t.Fatalf("got %v, want 1", got)
	}
}

// The gonum fallback (machines without AVX2+FMA3) gives the same answers.
func TestDotGonumFallback(t *testing.T) {
	forceGonumGemm = true
	defer func() { forceGonumGemm = false }()
	TestDotGeneralAgainstNaive(t)
	TestConvolutionAgainstNaive(t)
	TestConvolutionRandom(t)
	TestDotGeneralRandomDims(t)
}

// The bf16 fast paths agree with the generic codecs on every bit pattern.
func TestBF16FastPaths(t *testing.T) {
	b := tensor.New(tensor.BF16, []int64{1 << 16})
	for i, v := range tensor.View[uint16](b) {
		_ = v
		tensor.View[uint16](b)[i] = uint16(i)
	}
	got := loadF32(b)
	for i := range got {
		want := float32(tensor.FloatFromBits(tensor.BF16, uint64(i)))
		if math.Float32bits(got[i]) != math.Float32bits(want) && !(got[i] != got[i] && want != want) {
			t.Fatalf("bf16 %#x: got %v want %v", i, got[i], want)
		}
	}
	rng := rand.New(rand.NewSource(16))
	for i := 0; i < 200000; i++ {
		x := math.Float32frombits(rng.Uint32())
		if i < 4 {
			x = []float32{0, float32(math.Inf(1)), 1.00390625, -1.01171875}[i]
		}
		want := uint16(tensor.FloatToBits(tensor.BF16, float64(x)))
		got := bf16RNE(x)
		if got != want && !(x != x && got&0x7f80 == 0x7f80 && got&0x7f != 0) {
			t.Fatalf("bf16RNE(%v = %#x): got %#x want %#x", x, math.Float32bits(x), got, want)
		}
	}
}

// Where AVX-512 is available, the AVX2 kernels still give the same answers.
func TestDotAVX2Kernels(t *testing.T) {
	if !hasAVX512 || !useAsmGemm() {
		t.Skip("no AVX-512 here: the AVX2 kernels are the default path, covered by the other tests")
	}
	noAVX512 = true
	defer func() { noAVX512 = false }()
	TestDotGeneralAgainstNaive(t)
	TestConvolutionAgainstNaive(t)
	TestConvolutionRandom(t)
	TestDotGeneralRandomDims(t)
}
