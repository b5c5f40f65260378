package linalg

import (
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Random dot_general dimension numbers: every valid combination matches the
// naive product, every invalid one is a build error (never a panic).
func TestDotGeneralRandomDims(t *testing.T) {
	rng := rand.New(rand.NewSource(20))
	valid := 0
	for it := 0; it < 400; it++ {
		lr, rr := 1+rng.Intn(4), 1+rng.Intn(4)
		ls := make([]int64, lr)
		rs := make([]int64, rr)
		for i := range ls {
			ls[i] = int64(1 + rng.Intn(4))
		}
		for i := range rs {
			rs[i] = int64(1 + rng.Intn(4))
		}
		nb, nc := rng.Intn(3), rng.Intn(3)
		pick := func(r int, k int) []int64 {
			p := rng.Perm(r)
			out := make([]int64, 0, k)
			for i := 0; i < k && i < r; i++ {
				out = append(out, int64(p[i]))
			}
			return out
		}
		lbc, rbc := pick(lr, nb+nc), pick(rr, nb+nc)
		if rng.Intn(4) > 0 { // mostly make sizes agree so many cases are valid
			for i := range lbc {
				if i < len(rbc) {
					rs[rbc[i]] = ls[lbc[i]]
				}
			}
		}
		split := func(v []int64) ([]int64, []int64) {
			k := min(nb, len(v))
			return v[:k], v[k:]
		}
		lb, lc := split(lbc)
		rb, rc := split(rbc)
		// result shape by the spec (may be wrong when dims are invalid)
		lf, err1 := freeDims(lr, lb, lc, "")
		rf, err2 := freeDims(rr, rb, rc, "")
		var os []int64
		for _, d := range lb {
			os = append(os, ls[d])
		}
		for _, d := range lf {
			os = append(os, ls[d])
		}
		for _, d := range rf {
			os = append(os, rs[d])
		}
		op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, ls...), tt(tensor.F32, rs...)}, []*stablehlo.TensorType{tt(tensor.F32, os...)},
			stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsBatching: lb, RhsBatching: rb, LhsContracting: lc, RhsContracting: rc}})
		k, err := interp.Build(op, nil)
		ok := err1 == nil && err2 == nil && len(lb) == len(rb) && len(lc) == len(rc)
		for i := range lb {
			ok = ok && i < len(rb) && ls[lb[i]] == rs[rb[i]]
		}
		for i := range lc {
			ok = ok && i < len(rc) && ls[lc[i]] == rs[rc[i]]
		}
		if !ok {
			if err == nil {
				t.Fatalf("invalid dims accepted: %v %v lb=%v rb=%v lc=%v rc=%v", ls, rs, lb, rb, lc, rc)
			}
			continue
		}
		if err != nil {
			t.Fatalf("valid dims rejected: %v", err)
		}
		valid++
		l, r := randBuf(rng, tensor.F32, ls...), randBuf(rng, tensor.F32, rs...)
		got := tensor.New(tensor.F32, os)
		if err := k(&interp.Ctx{Parallelism: 2}, []*tensor.Buffer{l, r}, []*tensor.Buffer{got}); err != nil {
			t.Fatal(err)
		}
		want := tensor.New(tensor.F32, os)
		naiveDot(l, r, lb, rb, lc, rc, want)
		if err := closeEnough(got, want, 1e-6); err != nil {
			t.Fatalf("%v x %v lb=%v rb=%v lc=%v rc=%v: %v", ls, rs, lb, rb, lc, rc, err)
		}
	}
	if valid < 50 {
		t.Fatalf("only %d valid cases generated", valid)
	}
}

// Kernels given buffers that do not match the op's types (a VM bug) return an
// error instead of crashing the process.
func TestKernelsRecoverFromBadBuffers(t *testing.T) {
	op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, 4, 4), tt(tensor.F32, 4, 4)}, []*stablehlo.TensorType{tt(tensor.F32, 4, 4)},
		stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}})
	k, err := interp.Build(op, nil)
	if err != nil {
		t.Fatal(err)
	}
	small := tensor.New(tensor.F32, []int64{1})
	if err := k(&interp.Ctx{Parallelism: 1}, []*tensor.Buffer{small, small}, []*tensor.Buffer{tensor.New(tensor.F32, []int64{4, 4})}); err == nil {
		t.Fatal("short operands accepted")
	}
}

// Random convolutions: layouts (any dimension numbers), strides, dilations,
// padding (negative too), reversal and groups, against the naive reference.
func TestConvolutionRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	ran := 0
	for it := 0; it < 300 && ran < 120; it++ {
		ns := 1 + rng.Intn(2)
		r := ns + 2
		perm := func() []int64 {
			p := rng.Perm(r)
			out := make([]int64, r)
			for i, v := range p {
				out[i] = int64(v)
			}
			return out
		}
		lp, kp, op := perm(), perm(), perm()
		dn := &stablehlo.ConvDimensionNumbersAttr{
			InputBatch: lp[0], InputFeature: lp[1], InputSpatial: lp[2:],
			KernelOutputFeature: kp[0], KernelInputFeature: kp[1], KernelSpatial: kp[2:],
			OutputBatch: op[0], OutputFeature: op[1], OutputSpatial: op[2:],
		}
		fgc, bgc := int64(1), int64(1)
		switch rng.Intn(4) {
		case 0:
			fgc = int64(1 + rng.Intn(3))
		case 1:
			bgc = int64(1 + rng.Intn(3))
		}
		I := int64(1 + rng.Intn(3))
		C := I * fgc
		N := bgc * int64(1+rng.Intn(2))
		O := fgc * bgc * int64(1+rng.Intn(3))
		c := convCase{name: "random", dn: dn, fgc: fgc, bgc: bgc}
		c.lhs = make([]int64, r)
		c.rhs = make([]int64, r)
		c.lhs[dn.InputBatch], c.lhs[dn.InputFeature] = N, C
		c.rhs[dn.KernelOutputFeature], c.rhs[dn.KernelInputFeature] = O, I
		for s := 0; s < ns; s++ {
			c.lhs[dn.InputSpatial[s]] = int64(1 + rng.Intn(7))
			c.rhs[dn.KernelSpatial[s]] = int64(1 + rng.Intn(3))
			c.stride = append(c.stride, int64(1+rng.Intn(3)))
			c.lDil = append(c.lDil, int64(1+rng.Intn(2)))
			c.rDil = append(c.rDil, int64(1+rng.Intn(2)))
			c.pad = append(c.pad, int64(rng.Intn(4)-1), int64(rng.Intn(4)-1))
			c.rev = append(c.rev, rng.Intn(2) == 0)
		}
		os := convOutShape(c)
		empty := false
		for _, d := range os {
			if d <= 0 {
				empty = true
			}
		}
		if empty {
			continue
		}
		ran++
		for _, d := range []tensor.DType{tensor.F32, tensor.F64, tensor.I32} {
			l, k := randBuf(rng, d, c.lhs...), randBuf(rng, d, c.rhs...)
			got := runOp(t, convOp(c, d, d), l, k)[0]
			want := tensor.New(d, os)
			naiveConv(c, l, k, want)
			if err := closeEnough(got, want, 1e-5); err != nil {
				t.Fatalf("%+v %v: %v", c, d, err)
			}
		}
	}
	if ran < 50 {
		t.Fatalf("only %d convolutions ran", ran)
	}
}

// Result types that do not fit what a kernel writes are build errors (found
// by fuzzing: a triangular_solve declared to return a scalar).
func TestResultShapesChecked(t *testing.T) {
	bad := []*stablehlo.Op{
		mkOp("stablehlo.triangular_solve", []*stablehlo.TensorType{tt(tensor.F32, 3, 3), tt(tensor.F32, 3, 3)}, []*stablehlo.TensorType{tt(tensor.F32)}),
		mkOp("stablehlo.cholesky", []*stablehlo.TensorType{tt(tensor.F32, 3, 3)}, []*stablehlo.TensorType{tt(tensor.F32, 2, 2)}),
		ccOp("lapack_sgetrf_ffi", nil, []*stablehlo.TensorType{tt(tensor.F32, 3, 3)}, []*stablehlo.TensorType{tt(tensor.F32, 3, 3), tt(tensor.I32, 2), tt(tensor.I32)}),
		ccOp("lapack_zheevd_ffi", map[string]byte{"mode": 'V'}, []*stablehlo.TensorType{tt(tensor.C128, 3, 3)}, []*stablehlo.TensorType{tt(tensor.C128, 3, 3), tt(tensor.F64, 4), tt(tensor.I32)}),
	}
	for _, op := range bad {
		if _, err := interp.Build(op, nil); err == nil {
			t.Errorf("%s with mismatched results accepted", op.Name)
		}
	}
}
