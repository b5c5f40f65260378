package linalg

import (
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/interp"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

type convCase struct {
	name               string
	dn                 *stablehlo.ConvDimensionNumbersAttr
	lhs, rhs           []int64 // actual shapes
	stride, lDil, rDil []int64
	pad                []int64 // lo, hi per spatial dim
	rev                []bool
	fgc, bgc           int64
}

// naiveConv evaluates the spec's definition directly for each output element.
func naiveConv(c convCase, lhs, rhs, out *tensor.Buffer) {
	dn := c.dn
	ns := len(dn.InputSpatial)
	N, C := lhs.Shape[dn.InputBatch], lhs.Shape[dn.InputFeature]
	O, I := rhs.Shape[dn.KernelOutputFeature], rhs.Shape[dn.KernelInputFeature]
	_ = C
	G := c.fgc * c.bgc
	Og := O / G
	Nout := N / c.bgc
	isInt := !(out.DType.IsFloat() || out.DType.IsComplex())
	lC, rC := loadC128(lhs), loadC128(rhs)
	lI, rI := loadI64(lhs), loadI64(rhs)
	n := out.NumElements()
	resC := make([]complex128, n)
	resI := make([]int64, n)
	kshape := make([]int64, ns)
	for i := range kshape {
		kshape[i] = rhs.Shape[dn.KernelSpatial[i]]
	}
	for o := int64(0); o < n; o++ {
		oi := unravel(o, out.Shape)
		b, f := oi[dn.OutputBatch], oi[dn.OutputFeature]
		g := f / Og
		lb, c0 := b, int64(0)
		if c.bgc > 1 {
			lb = g*Nout + b
		} else {
			c0 = g * I
		}
		for ci := int64(0); ci < I; ci++ {
			for k := int64(0); k < prod(kshape); k++ {
				kk := unravel(k, kshape)
				li := make([]int64, len(lhs.Shape))
				ri := make([]int64, len(rhs.Shape))
				li[dn.InputBatch], li[dn.InputFeature] = lb, c0+ci
				ri[dn.KernelOutputFeature], ri[dn.KernelInputFeature] = f, ci
				ok := true
				for s := 0; s < ns; s++ {
					ri[dn.KernelSpatial[s]] = kk[s]
					w := kk[s]
					if c.rev != nil && c.rev[s] {
						w = kshape[s] - 1 - kk[s]
					}
					x := oi[dn.OutputSpatial[s]]*c.stride[s] + w*c.rDil[s] - c.pad[2*s]
					if x < 0 || x%c.lDil[s] != 0 || x/c.lDil[s] >= lhs.Shape[dn.InputSpatial[s]] {
						ok = false
						break
					}
					li[dn.InputSpatial[s]] = x / c.lDil[s]
				}
				if !ok {
					continue
				}
				a, bb := ravel(li, lhs.Shape), ravel(ri, rhs.Shape)
				if isInt {
					resI[o] += lI[a] * rI[bb]
				} else {
					resC[o] += lC[a] * rC[bb]
				}
			}
		}
	}
	if isInt {
		storeI64(out, resI)
	} else {
		storeC128(out, resC)
	}
}

func convOutShape(c convCase) []int64 {
	dn := c.dn
	r := len(c.lhs)
	out := make([]int64, r)
	O := c.rhs[dn.KernelOutputFeature]
	out[dn.OutputBatch] = c.lhs[dn.InputBatch] / c.bgc
	out[dn.OutputFeature] = O
	for s := range dn.InputSpatial {
		in := (c.lhs[dn.InputSpatial[s]]-1)*c.lDil[s] + 1 + c.pad[2*s] + c.pad[2*s+1]
		k := (c.rhs[dn.KernelSpatial[s]]-1)*c.rDil[s] + 1
		v := int64(0)
		if in >= k {
			v = (in-k)/c.stride[s] + 1
		}
		out[dn.OutputSpatial[s]] = v
	}
	return out
}

func convOp(c convCase, in, outT tensor.DType) *stablehlo.Op {
	ns := len(c.dn.InputSpatial)
	padT := &stablehlo.TensorType{Shape: []int64{int64(ns), 2}, Elem: stablehlo.Scalar(tensor.I64)}
	padBuf := tensor.New(tensor.I64, []int64{int64(ns), 2})
	copy(tensor.View[int64](padBuf), c.pad)
	attrs := []stablehlo.NamedAttr{
		{Name: "dimension_numbers", Value: c.dn},
		{Name: "window_strides", Value: i64arr(c.stride...)},
		{Name: "lhs_dilation", Value: i64arr(c.lDil...)},
		{Name: "rhs_dilation", Value: i64arr(c.rDil...)},
		{Name: "padding", Value: stablehlo.NewDenseElements(padT, padBuf.Data)},
		{Name: "feature_group_count", Value: i64attr(c.fgc)},
		{Name: "batch_group_count", Value: i64attr(c.bgc)},
	}
	if c.rev != nil {
		r := &stablehlo.DenseArrayAttr{Elem: tensor.I1}
		for _, v := range c.rev {
			x := int64(0)
			if v {
				x = 1
			}
			r.Ints = append(r.Ints, x)
		}
		attrs = append(attrs, stablehlo.NamedAttr{Name: "window_reversal", Value: r})
	}
	return mkOp("stablehlo.convolution", []*stablehlo.TensorType{tt(in, c.lhs...), tt(in, c.rhs...)}, []*stablehlo.TensorType{tt(outT, convOutShape(c)...)}, attrs...)
}

var nhwc = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 3, InputSpatial: []int64{1, 2},
	KernelInputFeature: 2, KernelOutputFeature: 3, KernelSpatial: []int64{0, 1},
	OutputBatch: 0, OutputFeature: 3, OutputSpatial: []int64{1, 2}}
var nchw = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 1, InputSpatial: []int64{2, 3},
	KernelInputFeature: 1, KernelOutputFeature: 0, KernelSpatial: []int64{2, 3},
	OutputBatch: 0, OutputFeature: 1, OutputSpatial: []int64{2, 3}}
var odd = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 3, InputFeature: 0, InputSpatial: []int64{2, 1},
	KernelInputFeature: 0, KernelOutputFeature: 3, KernelSpatial: []int64{1, 2},
	OutputBatch: 2, OutputFeature: 3, OutputSpatial: []int64{1, 0}}
var conv1d = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 2, InputSpatial: []int64{1},
	KernelInputFeature: 1, KernelOutputFeature: 2, KernelSpatial: []int64{0},
	OutputBatch: 0, OutputFeature: 2, OutputSpatial: []int64{1}}
var conv3d = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 1, InputSpatial: []int64{2, 3, 4},
	KernelInputFeature: 1, KernelOutputFeature: 0, KernelSpatial: []int64{2, 3, 4},
	OutputBatch: 0, OutputFeature: 1, OutputSpatial: []int64{2, 3, 4}}

func convCases() []convCase {
	one2 := []int64{1, 1}
	return []convCase{
		{"nhwc-basic", nhwc, []int64{2, 6, 7, 3}, []int64{3, 3, 3, 4}, one2, one2, one2, []int64{0, 0, 0, 0}, nil, 1, 1},
		{"nhwc-pad-stride", nhwc, []int64{2, 7, 7, 3}, []int64{3, 3, 3, 4}, []int64{2, 2}, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"nchw-grouped", nchw, []int64{2, 4, 6, 5}, []int64{6, 2, 3, 2}, one2, one2, one2, []int64{1, 1, 0, 2}, nil, 2, 1},
		{"depthwise", nchw, []int64{1, 4, 5, 5}, []int64{4, 1, 3, 3}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 4, 1},
		{"batch-group", nchw, []int64{4, 3, 5, 5}, []int64{4, 3, 2, 2}, one2, one2, one2, []int64{0, 0, 0, 0}, nil, 1, 2},
		{"rhs-dilation", nhwc, []int64{1, 8, 8, 2}, []int64{2, 2, 2, 3}, one2, one2, []int64{2, 3}, []int64{0, 1, 0, 1}, nil, 1, 1},
		{"lhs-dilation", nhwc, []int64{1, 4, 5, 2}, []int64{3, 3, 2, 2}, one2, []int64{2, 2}, one2, []int64{2, 1, 2, 1}, nil, 1, 1},
		{"negative-pad", nhwc, []int64{1, 6, 6, 1}, []int64{2, 2, 1, 1}, one2, one2, one2, []int64{-1, 0, 0, -2}, nil, 1, 1},
		{"reversal", nhwc, []int64{1, 5, 5, 2}, []int64{3, 2, 2, 2}, one2, one2, one2, []int64{0, 0, 1, 1}, []bool{true, false}, 1, 1},
		{"odd-layout", odd, []int64{3, 5, 6, 2}, []int64{3, 2, 3, 4}, []int64{1, 2}, []int64{1, 2}, []int64{2, 1}, []int64{1, 0, 2, 1}, []bool{false, true}, 1, 1},
		{"1d", conv1d, []int64{2, 9, 3}, []int64{3, 3, 5}, []int64{2}, []int64{1}, []int64{1}, []int64{1, 1}, nil, 1, 1},
		{"pointwise", nchw, []int64{2, 6, 4, 5}, []int64{8, 3, 1, 1}, one2, one2, one2, []int64{0, 0, 0, 0}, nil, 2, 1},
		{"nhwc-1x1", nhwc, []int64{2, 4, 5, 6}, []int64{1, 1, 6, 3}, one2, one2, one2, []int64{0, 0, 0, 0}, nil, 1, 1},
		{"3d", conv3d, []int64{1, 2, 4, 4, 3}, []int64{3, 2, 2, 2, 2}, []int64{1, 1, 1}, []int64{1, 1, 1}, []int64{1, 1, 1}, []int64{0, 0, 1, 1, 0, 0}, nil, 1, 1},
	}
}

func TestConvolutionAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	types := [][2]tensor.DType{{tensor.F32, tensor.F32}, {tensor.F64, tensor.F64}, {tensor.BF16, tensor.BF16}, {tensor.F16, tensor.F32},
		{tensor.C64, tensor.C64}, {tensor.I32, tensor.I32}, {tensor.I8, tensor.I8}, {tensor.U16, tensor.U16}}
	for _, c := range convCases() {
		for _, ty := range types {
			op := convOp(c, ty[0], ty[1])
			l, r := randBuf(rng, ty[0], c.lhs...), randBuf(rng, ty[0], c.rhs...)
			got := runOp(t, op, l, r)[0]
			want := tensor.New(ty[1], convOutShape(c))
			naiveConv(c, l, r, want)
			tol := 1e-5
			if ty[1] == tensor.BF16 {
				tol = 1e-2
			}
			if err := closeEnough(got, want, tol); err != nil {
				t.Errorf("%s %v: %v", c.name, ty, err)
			}
		}
	}
}

func TestConvolutionErrors(t *testing.T) {
	c := convCases()[0]
	op := convOp(c, tensor.F32, tensor.F32)
	op.SetAttr("feature_group_count", i64attr(2)) // 3 input features, kernel expects 3: mismatch
	if _, err := tryRun(op, tensor.New(tensor.F32, c.lhs), tensor.New(tensor.F32, c.rhs)); err == nil {
		t.Fatal("bad feature_group_count accepted")
	}
}

func TestConvPointwiseDetected(t *testing.T) {
	for _, c := range convCases() {
		p, err := planConv(convOp(c, tensor.F32, tensor.F32))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.HasPrefix(c.name, "pointwise")
		if p.pointwise != want {
			t.Errorf("%s: pointwise=%v, want %v", c.name, p.pointwise, want)
		}
	}
}

var hwoi = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 3, InputSpatial: []int64{1, 2},
	KernelInputFeature: 3, KernelOutputFeature: 2, KernelSpatial: []int64{0, 1},
	OutputBatch: 0, OutputFeature: 3, OutputSpatial: []int64{1, 2}}

// JAX's weight gradient of an NHWC convolution: [f,0,1,b]x[i,0,1,o]->[0,1,b,f]
var wgrad = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 3, InputFeature: 0, InputSpatial: []int64{1, 2},
	KernelInputFeature: 0, KernelOutputFeature: 3, KernelSpatial: []int64{1, 2},
	OutputBatch: 2, OutputFeature: 3, OutputSpatial: []int64{0, 1}}

// NHWC in, NCHW out: the product is permuted into the result
var nhwcToNchw = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 3, InputSpatial: []int64{1, 2},
	KernelInputFeature: 2, KernelOutputFeature: 3, KernelSpatial: []int64{0, 1},
	OutputBatch: 0, OutputFeature: 1, OutputSpatial: []int64{2, 3}}

// NHWC in, [0,1,b,f] out: feature-last rows ordered position-major
var nhwcToHwnc = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 3, InputSpatial: []int64{1, 2},
	KernelInputFeature: 2, KernelOutputFeature: 3, KernelSpatial: []int64{0, 1},
	OutputBatch: 2, OutputFeature: 3, OutputSpatial: []int64{0, 1}}

// batch innermost, output NCHW, spatial dims swapped in the lhs
var wgradOdd = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 3, InputFeature: 0, InputSpatial: []int64{2, 1},
	KernelInputFeature: 1, KernelOutputFeature: 0, KernelSpatial: []int64{2, 3},
	OutputBatch: 0, OutputFeature: 1, OutputSpatial: []int64{2, 3}}

var ndhwc = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 4, InputSpatial: []int64{1, 2, 3},
	KernelInputFeature: 3, KernelOutputFeature: 4, KernelSpatial: []int64{0, 1, 2},
	OutputBatch: 0, OutputFeature: 4, OutputSpatial: []int64{1, 2, 3}}

// JAX's NCHW convolution (lax.conv) and its gradients: neither batch nor
// feature innermost, so the lhs is transposed first
var nchwInputGrad = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 1, InputSpatial: []int64{2, 3},
	KernelInputFeature: 0, KernelOutputFeature: 1, KernelSpatial: []int64{2, 3},
	OutputBatch: 0, OutputFeature: 1, OutputSpatial: []int64{2, 3}}
var nchwWeightGrad = &stablehlo.ConvDimensionNumbersAttr{InputBatch: 1, InputFeature: 0, InputSpatial: []int64{2, 3},
	KernelInputFeature: 0, KernelOutputFeature: 1, KernelSpatial: []int64{2, 3},
	OutputBatch: 1, OutputFeature: 0, OutputSpatial: []int64{2, 3}}

// convFastCases take the channels-last GEMM path: both forms, strides,
// padding (negative too), lhs and rhs dilation, reversal, odd sizes, rhs and
// result layouts that need permuting, and sizes where blocks pay for the
// BLAS.
func convFastCases() []convCase {
	one2 := []int64{1, 1}
	return []convCase{
		{"fwd-same", nhwc, []int64{4, 17, 13, 16}, []int64{3, 3, 16, 24}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"fwd-c3", nhwc, []int64{3, 15, 14, 3}, []int64{3, 3, 3, 20}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"fwd-stride-dil", nhwc, []int64{2, 19, 16, 7}, []int64{3, 2, 7, 9}, []int64{2, 3}, one2, []int64{2, 1}, []int64{2, 1, 0, 3}, nil, 1, 1},
		{"fwd-lhs-dil-negpad", nhwc, []int64{3, 9, 10, 5}, []int64{2, 3, 5, 6}, []int64{1, 2}, []int64{2, 3}, one2, []int64{-1, 2, 1, -2}, []bool{true, false}, 1, 1},
		{"input-grad-hwoi", hwoi, []int64{2, 12, 11, 13}, []int64{3, 3, 9, 13}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"fwd-nchw-out", nhwcToNchw, []int64{2, 10, 9, 6}, []int64{3, 3, 6, 11}, []int64{1, 2}, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"fwd-hwnc-out", nhwcToHwnc, []int64{3, 8, 9, 6}, []int64{3, 3, 6, 10}, one2, one2, []int64{1, 2}, []int64{1, 1, 2, 2}, nil, 1, 1},
		{"fwd-1x1", nhwc, []int64{2, 7, 9, 33}, []int64{1, 1, 33, 17}, one2, one2, one2, []int64{0, 0, 0, 0}, nil, 1, 1},
		{"fwd-1x1-stride", nhwc, []int64{2, 7, 9, 33}, []int64{1, 1, 33, 17}, []int64{2, 2}, one2, one2, []int64{0, 0, 0, 0}, nil, 1, 1},
		{"fwd-1d", conv1d, []int64{3, 40, 8}, []int64{5, 8, 12}, []int64{3}, []int64{1}, []int64{2}, []int64{2, 4}, nil, 1, 1},
		{"fwd-3d", ndhwc, []int64{2, 5, 6, 4, 3}, []int64{2, 3, 2, 3, 5}, []int64{1, 1, 2}, []int64{1, 1, 1}, []int64{1, 1, 1}, []int64{0, 1, 1, 1, 0, 1}, nil, 1, 1},
		{"wgrad-same", wgrad, []int64{6, 9, 10, 16}, []int64{6, 9, 10, 16}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"wgrad-big", wgrad, []int64{8, 16, 16, 13}, []int64{8, 16, 16, 20}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"wgrad-strided", wgrad, []int64{5, 11, 12, 7}, []int64{5, 5, 4, 9}, []int64{2, 1}, one2, []int64{2, 3}, []int64{1, 0, 0, 2}, nil, 1, 1},
		{"wgrad-lhs-dil", wgrad, []int64{4, 6, 7, 5}, []int64{4, 6, 3, 8}, []int64{1, 2}, []int64{2, 1}, one2, []int64{1, -1, 1, 1}, []bool{false, true}, 1, 1},
		{"nchw-fwd", nchw, []int64{3, 6, 11, 10}, []int64{9, 6, 3, 3}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"nchw-fwd-strided", nchw, []int64{2, 5, 13, 12}, []int64{7, 5, 3, 2}, []int64{2, 3}, []int64{1, 2}, []int64{2, 1}, []int64{1, 0, 2, -1}, []bool{true, true}, 1, 1},
		{"nchw-input-grad", nchwInputGrad, []int64{4, 8, 9, 9}, []int64{8, 5, 3, 3}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"nchw-weight-grad", nchwWeightGrad, []int64{6, 5, 10, 9}, []int64{6, 8, 10, 9}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"ncdhw", conv3d, []int64{2, 3, 5, 6, 4}, []int64{5, 3, 2, 3, 2}, []int64{1, 2, 1}, []int64{1, 1, 1}, []int64{1, 1, 2}, []int64{1, 0, 1, 1, 0, 1}, nil, 1, 1},
		{"wgrad-odd-out", wgradOdd, []int64{7, 8, 9, 6}, []int64{10, 7, 5, 6}, one2, one2, one2, []int64{1, 1, 0, 2}, nil, 1, 1},
	}
}

// The fast path against the naive definition, f32 and f64, through the
// BLAS, the assembly micro-kernels and gonum's GEMM, with the default block
// size and with small blocks (many blocks on several workers, short last
// blocks, blocks too small for the library).
func TestConvFastPath(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	type gemmImpl struct {
		name        string
		blas, noAsm bool
	}
	impls := []gemmImpl{{"blas", true, false}, {"asm", false, false}, {"gonum", false, true}}
	if blasLib() == nil {
		t.Log("blas: skipped, no BLAS library (make venv, or set HLOVM_BLAS)")
		impls = impls[1:]
	}
	blocks := []int{convBlockElems, 4096}
	defer func(b int) { convBlockElems, useBLAS, forceGonumGemm = b, true, false }(convBlockElems)
	usedBLAS := map[string]bool{}
	for _, c := range convFastCases() {
		for _, ty := range []tensor.DType{tensor.F32, tensor.F64} {
			op := convOp(c, ty, ty)
			p, err := planConv(op)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if p.fast == nil {
				t.Fatalf("%s: the fast path does not apply", c.name)
			}
			if transposed := p.lhsT != nil; transposed != strings.HasPrefix(c.name, "nc") {
				t.Errorf("%s: lhs transposed = %v", c.name, transposed)
			}
			if p.fast.inPlace != strings.HasSuffix(c.name, "1x1") {
				t.Errorf("%s: lhs read in place = %v", c.name, p.fast.inPlace)
			}
			if c.name == "nchw-weight-grad" && p.fast.form != convBatchLast {
				t.Errorf("%s: form %d, want batch-last (fewer output than kernel positions)", c.name, p.fast.form)
			}
			l, r := randBuf(rng, ty, c.lhs...), randBuf(rng, ty, c.rhs...)
			want := tensor.New(ty, convOutShape(c))
			naiveConv(c, l, r, want)
			for _, impl := range impls {
				for _, block := range blocks {
					useBLAS, forceGonumGemm, convBlockElems = impl.blas, impl.noAsm, block
					calls, products := convFastCalls.Load(), blasProducts.Load()
					got := runOp(t, op, l, r)[0]
					if convFastCalls.Load() == calls {
						t.Errorf("%s %v %s: the fast path did not run", c.name, ty, impl.name)
					}
					if blasProducts.Load() > products {
						usedBLAS[impl.name] = true
					}
					if err := closeEnough(got, want, 1e-5); err != nil {
						t.Errorf("%s %v %s block %d: %v", c.name, ty, impl.name, block, err)
					}
				}
			}
		}
	}
	for _, impl := range impls {
		if usedBLAS[impl.name] != impl.blas {
			t.Errorf("%s: BLAS used = %v", impl.name, usedBLAS[impl.name])
		}
	}
}

// Which convolutions the fast path takes, and in which form.
func TestConvFastDetected(t *testing.T) {
	want := map[string]convForm{
		"nhwc-basic": convFeatureLast, "nhwc-pad-stride": convFeatureLast, "rhs-dilation": convFeatureLast,
		"lhs-dilation": convFeatureLast, "negative-pad": convFeatureLast, "reversal": convFeatureLast,
		"1d": convFeatureLast, "nhwc-1x1": convFeatureLast, "odd-layout": convBatchLast,
		// groups, or a 1×1 window that reads NCHW in place: the offset-table path
		"nchw-grouped": convGeneric, "depthwise": convGeneric, "batch-group": convGeneric,
		"pointwise": convGeneric,
		// channels first: the lhs transposed to features last
		"3d": convFeatureLast,
	}
	for _, c := range convCases() {
		for _, ty := range []tensor.DType{tensor.F32, tensor.I32} {
			p, err := planConv(convOp(c, ty, ty))
			if err != nil {
				t.Fatal(err)
			}
			got := convGeneric
			if p.fast != nil {
				got = p.fast.form
			}
			w, ok := want[c.name]
			if !ok {
				t.Fatalf("%s: no expectation", c.name)
			}
			if ty == tensor.I32 {
				w = convGeneric // integers keep the exact int64 product
			}
			if got != w {
				t.Errorf("%s %v: form %d, want %d", c.name, ty, got, w)
			}
		}
	}
}

// Empty dimensions: no rows, no depth (the result is zeros), no features.
func TestConvFastEmpty(t *testing.T) {
	one2 := []int64{1, 1}
	cases := []convCase{
		{"no-batch", nhwc, []int64{0, 5, 5, 3}, []int64{3, 3, 3, 4}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"no-depth", nhwc, []int64{2, 5, 5, 0}, []int64{3, 3, 0, 4}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"no-depth-wgrad", wgrad, []int64{0, 5, 5, 3}, []int64{0, 5, 5, 4}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"no-features", nhwc, []int64{2, 5, 5, 3}, []int64{3, 3, 3, 0}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"nchw-no-batch", nchw, []int64{0, 3, 5, 5}, []int64{4, 3, 3, 3}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"nchw-no-depth", nchw, []int64{2, 0, 5, 5}, []int64{4, 0, 3, 3}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
		{"nchw-wgrad-no-depth", nchwWeightGrad, []int64{0, 3, 5, 5}, []int64{0, 4, 5, 5}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1},
	}
	for _, c := range cases {
		op := convOp(c, tensor.F32, tensor.F32)
		l, r := tensor.New(tensor.F32, c.lhs), tensor.New(tensor.F32, c.rhs)
		got := runOp(t, op, l, r)[0]
		want := tensor.New(tensor.F32, convOutShape(c))
		if err := closeEnough(got, want, 0); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// One built fast-path kernel runs from many goroutines at once (the VM
// shares compiled programs; scratch comes from shared pools): every run must
// give the serial answer. Both forms, a transposed lhs, a permuted rhs and a
// permuted result.
func TestConvFastConcurrent(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	want := map[string]bool{"fwd-same": true, "input-grad-hwoi": true, "fwd-nchw-out": true, "wgrad-big": true, "nchw-weight-grad": true, "nchw-fwd": true}
	for _, c := range convFastCases() {
		if !want[c.name] {
			continue
		}
		op := convOp(c, tensor.F32, tensor.F32)
		k, err := interp.Build(op, nil)
		if err != nil {
			t.Fatal(err)
		}
		args := []*tensor.Buffer{randBuf(rng, tensor.F32, c.lhs...), randBuf(rng, tensor.F32, c.rhs...)}
		serial := tensor.New(tensor.F32, convOutShape(c))
		if err := k(&interp.Ctx{Parallelism: 1}, args, []*tensor.Buffer{serial}); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 12)
		for g := 0; g < 12; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got := tensor.New(tensor.F32, serial.Shape)
				if err := k(&interp.Ctx{Parallelism: 1 + g%3}, args, []*tensor.Buffer{got}); err != nil {
					errs <- err
					return
				}
				if err := closeEnough(got, serial, 1e-6); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}
