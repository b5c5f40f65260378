package structural

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func argSrc(vd tensor.DType, shape, dims, out []int64, dir, ctype string) string {
	vt := fmt.Sprintf("tensor<%s>", vd)
	return strings.NewReplacer("VT", vt, "DIR", dir, "CT", ctype).Replace(fmt.Sprintf(`func.func @main(%%a: %s, %%i: %s, %%v0: VT, %%i0: tensor<i32>) -> (%s, %s) {
  %%1:2 = stablehlo.reduce(%%a init: %%v0), (%%i init: %%i0) across dimensions = [%s] : (%s, %s, VT, tensor<i32>) -> (%s, %s)
   reducer(%%arg1: VT, %%arg3: VT) (%%arg2: tensor<i32>, %%arg4: tensor<i32>)  {
    %%2 = stablehlo.compare  DIR, %%arg1, %%arg3,  CT : (VT, VT) -> tensor<i1>
    %%3 = stablehlo.compare  NE, %%arg1, %%arg1,  CT : (VT, VT) -> tensor<i1>
    %%4 = stablehlo.or %%2, %%3 : tensor<i1>
    %%5 = stablehlo.compare  EQ, %%arg1, %%arg3,  CT : (VT, VT) -> tensor<i1>
    %%6 = stablehlo.compare  LT, %%arg2, %%arg4,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %%7 = stablehlo.and %%5, %%6 : tensor<i1>
    %%8 = stablehlo.or %%4, %%7 : tensor<i1>
    %%9 = stablehlo.select %%4, %%arg1, %%arg3 : tensor<i1>, VT
    %%10 = stablehlo.select %%8, %%arg2, %%arg4 : tensor<i1>, tensor<i32>
    stablehlo.return %%9, %%10 : VT, tensor<i32>
  }
  return %%1#0, %%1#1 : %s, %s
}`, typeStr(vd, shape), typeStr(tensor.I32, shape), typeStr(vd, out), typeStr(tensor.I32, out), ints2s(dims),
		typeStr(vd, shape), typeStr(tensor.I32, shape), typeStr(vd, out), typeStr(tensor.I32, out), typeStr(vd, out), typeStr(tensor.I32, out)))
}

// TestArgReduceMatchesBody: the typed argmax/argmin kernel gives exactly what
// the reducer body computes (run as a scalar program), NaNs and ties included.
func TestArgReduceMatchesBody(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	for iter := 0; iter < 80; iter++ {
		vd := []tensor.DType{tensor.F32, tensor.I32, tensor.F64, tensor.U8}[iter%4]
		ct := map[tensor.DType]string{tensor.F32: "FLOAT", tensor.F64: "FLOAT", tensor.I32: "SIGNED", tensor.U8: "UNSIGNED"}[vd]
		dir := []string{"GT", "LT"}[iter/4%2]
		shape := []int64{int64(1 + r.Intn(5)), int64(1 + r.Intn(6))}
		dims := [][]int64{{0}, {1}, {0, 1}}[r.Intn(3)]
		var out []int64
		for k := range shape {
			if !(len(dims) == 2 || dims[0] == int64(k)) {
				out = append(out, shape[k])
			}
		}
		vals := tensor.New(vd, shape)
		idx := tensor.New(tensor.I32, shape)
		st := storer(vd)
		for e := int64(0); e < vals.NumElements(); e++ {
			f := float64(r.Intn(3))
			if r.Intn(6) == 0 {
				f = math.NaN()
			}
			st(vals.Data, e, sv{f: f, i: int64(r.Intn(3))})
			tensor.View[int32](idx)[e] = int32(r.Intn(4))
		}
		v0 := tensor.New(vd, nil)
		st(v0.Data, 0, sv{f: math.Inf(-1)})
		i0 := tensor.New(tensor.I32, nil)
		src := argSrc(vd, shape, dims, out, dir, ct)
		m, err := parseModule(src)
		if err != nil {
			t.Fatal(err)
		}
		op := m.Func("main").Body().Ops[0]
		if _, ok := argBody(op.Regions[0].Blocks[0]); !ok {
			t.Fatalf("argmax body not recognised:\n%s", src)
		}
		fast, err := interp.Build(op, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := newBody(op, 0, nil)
		if err != nil || b.prog == nil {
			t.Fatalf("body: %v", err)
		}
		red := map[int64]bool{}
		for _, d := range dims {
			red[d] = true
		}
		slow := genericReduce(newReducePlan(shape, []bool{red[0], red[1]}), 2, []tensor.DType{vd, tensor.I32}, b)
		args := []*tensor.Buffer{vals, idx, v0, i0}
		got := []*tensor.Buffer{tensor.New(vd, out), tensor.New(tensor.I32, out)}
		want := []*tensor.Buffer{tensor.New(vd, out), tensor.New(tensor.I32, out)}
		ctx := &interp.Ctx{Parallelism: 2}
		if err := fast(ctx, args, got); err != nil {
			t.Fatal(err)
		}
		if err := slow(ctx, args, want); err != nil {
			t.Fatal(err)
		}
		for k := range got {
			if err := compareBuffers(got[k], want[k], false); err != nil {
				t.Fatalf("%s %v %v dims %v result %d: %v", dir, vd, shape, dims, k, err)
			}
		}
	}
	_ = stablehlo.Print
}
