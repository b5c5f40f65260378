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
