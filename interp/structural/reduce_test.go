package structural

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// naiveReduce folds in row-major order per output, as the kernels promise.
func naiveReduce(in *tensor.Buffer, dims []int64, d tensor.DType, init sv, f func(a, b sv) sv) *tensor.Buffer {
	red := map[int]bool{}
	for _, x := range dims {
		red[int(x)] = true
	}
	var outShape []int64
	for k, s := range in.Shape {
		if !red[k] {
			outShape = append(outShape, s)
		}
	}
	out := tensor.New(d, outShape)
	acc := make([]sv, out.NumElements())
	for i := range acc {
		acc[i] = init
	}
	ld := loader(d)
	for i := int64(0); i < in.NumElements(); i++ {
		idx := unravel(i, in.Shape)
		var oi []int64
		for k := range idx {
			if !red[k] {
				oi = append(oi, idx[k])
			}
		}
		o := ravel(oi, outShape)
		acc[o] = normalize(d, f(acc[o], ld(in.Data, i)))
	}
	st := storer(d)
	for i, v := range acc {
		st(out.Data, int64(i), v)
	}
	return out
}

func reduceSrc(d tensor.DType, shape, dims, outShape []int64, opName string) string {
	ts := fmt.Sprintf("tensor<%s>", d)
	return fmt.Sprintf(`func.func @main(%%a: %s, %%i: %s) -> %s {
  %%0 = "stablehlo.reduce"(%%a, %%i) ({
  ^bb0(%%x: %s, %%y: %s):
    %%s = %s %%x, %%y : %s
    stablehlo.return %%s : %s
  }) {dimensions = %s} : (%s, %s) -> %s
  return %%0 : %s
}`, typeStr(d, shape), ts, typeStr(d, outShape), ts, ts, opName, ts, ts, denseArr(dims), typeStr(d, shape), ts, typeStr(d, outShape), typeStr(d, outShape))
}

func TestReduceRandom(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	ops := []struct {
		name string
		k    binKind
	}{{"stablehlo.add", binAdd}, {"stablehlo.maximum", binMax}, {"stablehlo.minimum", binMin}, {"stablehlo.multiply", binMul}, {"stablehlo.xor", binXor}}
	dts := []tensor.DType{tensor.F32, tensor.F64, tensor.I32, tensor.U8, tensor.BF16, tensor.I4, tensor.C64, tensor.I64, tensor.F16}
	shapes := [][]int64{{7}, {3, 4}, {2, 3, 4}, {5, 1, 6, 2}, {300}, {40, 70}}
	for _, shape := range shapes {
		for _, d := range dts {
			for _, o := range ops {
				if o.k == binXor && !d.IsInteger() || (o.k == binMax || o.k == binMin) && d.IsComplex() {
					continue
				}
				var dims []int64
				for k := range shape {
					if r.Intn(2) == 0 {
						dims = append(dims, int64(k))
					}
				}
				in := randBuffer(r, d, shape)
				init := tensor.New(d, nil)
				storer(d)(init.Data, 0, sv{f: 1, i: 1, c: 1})
				want := naiveReduce(in, dims, d, loader(d)(init.Data, 0), func(a, b sv) sv { return applyBin(o.k, d, a, b) })
				got := runMain(t, reduceSrc(d, shape, dims, want.Shape, o.name), in, init)[0]
				// Float sums may be reassociated (partial sums for long rows).
				close := o.k == binAdd && (d == tensor.F32 || d == tensor.F64) && len(shape) == 1 && shape[0] >= 64
				if err := compareBuffers(got, want, close); err != nil {
					t.Errorf("reduce %s %v %v dims %v: %v", o.name, d, shape, dims, err)
				}
			}
		}
	}
}

// TestReduceMaxNaN: maximum propagates NaN and orders -0 below +0 (XLA).
func TestReduceMaxNaN(t *testing.T) {
	runCheck(t, `func.func @main() {
  %a = stablehlo.constant dense<[[1.0, 0x7FC00000, 3.0], [-0.0, 0.0, -0.0], [-0.0, -0.0, -1.0]]> : tensor<3x3xf32>
  %i = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %0 = stablehlo.reduce(%a init: %i) applies stablehlo.maximum across dimensions = [1] : (tensor<3x3xf32>, tensor<f32>) -> tensor<3xf32>
  check.expect_eq_const %0, dense<[0x7FC00000, 0.0, -0.0]> : tensor<3xf32>
  func.return
}`)
}

// TestArgmaxScalarProgram: JAX's variadic argmax reducer (compare/select
// body) runs as a scalar program; ties keep the smaller index.
func TestArgmaxScalarProgram(t *testing.T) {
	src := `func.func @main() {
  %a = stablehlo.constant dense<[[1.0, 5.0, 5.0, 0x7FC00000], [2.0, -1.0, 2.0, 0.0]]> : tensor<2x4xf32>
  %idx = stablehlo.constant dense<[[0, 1, 2, 3], [0, 1, 2, 3]]> : tensor<2x4xi32>
  %ninf = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %zero = stablehlo.constant dense<0> : tensor<i32>
  %1:2 = stablehlo.reduce(%a init: %ninf), (%idx init: %zero) across dimensions = [1] : (tensor<2x4xf32>, tensor<2x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
   reducer(%arg1: tensor<f32>, %arg3: tensor<f32>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {
    %2 = stablehlo.compare  GT, %arg1, %arg3,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %3 = stablehlo.compare  NE, %arg1, %arg1,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %4 = stablehlo.or %2, %3 : tensor<i1>
    %5 = stablehlo.compare  EQ, %arg1, %arg3,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %6 = stablehlo.compare  LT, %arg2, %arg4,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %5, %6 : tensor<i1>
    %8 = stablehlo.or %4, %7 : tensor<i1>
    %9 = stablehlo.select %4, %arg1, %arg3 : tensor<i1>, tensor<f32>
    %10 = stablehlo.select %8, %arg2, %arg4 : tensor<i1>, tensor<i32>
    stablehlo.return %9, %10 : tensor<f32>, tensor<i32>
  }
  check.expect_eq_const %1#1, dense<[3, 0]> : tensor<2xi32>
  check.expect_eq_const %1#0, dense<[0x7FC00000, 2.0]> : tensor<2xf32>
  func.return
}`
	runCheck(t, src)
	m, err := parseModule(src)
	if err != nil {
		t.Fatal(err)
	}
	m.Walk(func(op *stablehlo.Op) bool {
		if op.Name == "stablehlo.reduce" {
			b, err := newBody(op, 0, nil)
			if err != nil || b.prog == nil {
				t.Errorf("argmax body not compiled to a scalar program: %v", err)
			}
		}
		return true
	})
}

// goCallable is a region implemented in Go, standing in for the VM.
type goCallable func(args []*tensor.Buffer) []*tensor.Buffer

func (g goCallable) Call(_ *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	return g(args), nil
}

type fakeEnv struct {
	calls *int
	fn    goCallable
}

func (e fakeEnv) Region(*stablehlo.Op, int) (interp.Callable, error) {
	return goCallable(func(a []*tensor.Buffer) []*tensor.Buffer { *e.calls++; return e.fn(a) }), nil
}
func (e fakeEnv) Func(string) (interp.Callable, error) { return nil, fmt.Errorf("no functions") }

// TestCallableFallback: a body that is not recognised runs through the
// Callable and gives the same result as the fast path.
func TestCallableFallback(t *testing.T) {
	src := reduceSrc(tensor.F32, []int64{3, 5}, []int64{1}, []int64{3}, "stablehlo.add")
	m, err := parseModule(src)
	if err != nil {
		t.Fatal(err)
	}
	var op *stablehlo.Op
	m.Walk(func(o *stablehlo.Op) bool {
		if o.Name == "stablehlo.reduce" {
			op = o
		}
		return true
	})
	calls := 0
	env := fakeEnv{&calls, func(a []*tensor.Buffer) []*tensor.Buffer {
		out := tensor.New(tensor.F32, nil)
		tensor.View[float32](out)[0] = tensor.View[float32](a[0])[0] + tensor.View[float32](a[1])[0]
		return []*tensor.Buffer{out}
	}}
	fast, err := interp.Build(op, env)
	if err != nil {
		t.Fatal(err)
	}
	testForceCallable = true
	slow, err := interp.Build(op, env)
	testForceCallable = false
	if err != nil {
		t.Fatal(err)
	}
	in := randBuffer(rand.New(rand.NewSource(3)), tensor.F32, []int64{3, 5})
	init := tensor.New(tensor.F32, nil)
	a, b := tensor.New(tensor.F32, []int64{3}), tensor.New(tensor.F32, []int64{3})
	ctx := &interp.Ctx{Parallelism: 1}
	if err := fast(ctx, []*tensor.Buffer{in, init}, []*tensor.Buffer{a}); err != nil {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Fatalf("fast path called the region %d times", calls)
	}
	if err := slow(ctx, []*tensor.Buffer{in, init}, []*tensor.Buffer{b}); err != nil {
		t.Fatal(err)
	}
	if calls != 15 {
		t.Fatalf("fallback called the region %d times, want 15", calls)
	}
	if err := compareBuffers(b, a, false); err != nil {
		t.Fatal(err)
	}
}

// naiveWindow computes reduce_window by the spec's definition with XLA's
// treatment of padding (padding elements are skipped).
func TestReduceWindowRandom(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for iter := 0; iter < 100; iter++ {
		rank := 1 + r.Intn(3)
		shape := make([]int64, rank)
		win, str, bd, wd, lo, hi := make([]int64, rank), make([]int64, rank), make([]int64, rank), make([]int64, rank), make([]int64, rank), make([]int64, rank)
		out := make([]int64, rank)
		for k := range shape {
			shape[k] = int64(1 + r.Intn(6))
			win[k] = int64(1 + r.Intn(3))
			str[k] = int64(1 + r.Intn(2))
			bd[k] = int64(1 + r.Intn(2))
			wd[k] = int64(1 + r.Intn(2))
			lo[k] = int64(r.Intn(3))
			hi[k] = int64(r.Intn(3))
			if k == rank-1 && iter%2 == 0 {
				// Exercise the row path: the innermost dimension maps 1:1.
				win[k], str[k], bd[k], lo[k], hi[k] = 1, 1, 1, 0, 0
			}
			padded := lo[k] + hi[k] + (shape[k]-1)*bd[k] + 1
			span := (win[k]-1)*wd[k] + 1
			if padded < span {
				hi[k] += span - padded
				padded = span
			}
			out[k] = (padded-span)/str[k] + 1
		}
		d := []tensor.DType{tensor.F32, tensor.I32, tensor.BF16, tensor.F64}[iter%4]
		in := randBuffer(r, d, shape)
		init := tensor.New(d, nil)
		storer(d)(init.Data, 0, sv{f: -1000, i: -1000})
		pads := make([]int64, 0, 2*rank)
		for k := range lo {
			pads = append(pads, lo[k], hi[k])
		}
		ts := fmt.Sprintf("tensor<%s>", d)
		src := fmt.Sprintf(`func.func @main(%%a: %s, %%i: %s) -> %s {
  %%0 = "stablehlo.reduce_window"(%%a, %%i) ({
  ^bb0(%%x: %s, %%y: %s):
    %%s = stablehlo.maximum %%x, %%y : %s
    stablehlo.return %%s : %s
  }) {window_dimensions = array<i64: %s>, window_strides = array<i64: %s>, base_dilations = array<i64: %s>, window_dilations = array<i64: %s>, padding = dense<%s> : tensor<%dx2xi64>} : (%s, %s) -> %s
  return %%0 : %s
}`, typeStr(d, shape), ts, typeStr(d, out), ts, ts, ts, ts, ints2s(win), ints2s(str), ints2s(bd), ints2s(wd), pairs(pads), rank, typeStr(d, shape), ts, typeStr(d, out), typeStr(d, out))
		got := runMain(t, src, in, init)[0]
		ld := loader(d)
		want := tensor.New(d, out)
		for o := int64(0); o < want.NumElements(); o++ {
			oi := unravel(o, out)
			acc := ld(init.Data, 0)
			for w := int64(0); w < product(win); w++ {
				wi := unravel(w, win)
				ii := make([]int64, rank)
				ok := true
				for k := range ii {
					q := oi[k]*str[k] + wi[k]*wd[k] - lo[k]
					if q < 0 || q%bd[k] != 0 || q/bd[k] >= shape[k] {
						ok = false
						break
					}
					ii[k] = q / bd[k]
				}
				if ok {
					acc = applyBin(binMax, d, acc, ld(in.Data, ravel(ii, shape)))
				}
			}
			storer(d)(want.Data, o, acc)
		}
		if err := compareBuffers(got, want, false); err != nil {
			t.Fatalf("reduce_window %v %v win %v str %v bd %v wd %v pad %v: %v", d, shape, win, str, bd, wd, pads, err)
		}
	}
}

func pairs(p []int64) string {
	s := "["
	for i := 0; i < len(p); i += 2 {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("[%d, %d]", p[i], p[i+1])
	}
	return s + "]"
}

var _ = math.Inf

func denseArr(v []int64) string {
	if len(v) == 0 {
		return "array<i64>"
	}
	return "array<i64: " + ints2s(v) + ">"
}

// TestSelectAndScatterRandom checks the typed kernel and the generic path
// (bf16, which has no typed kernel) against a direct reading of the spec:
// overlapping windows, padding, ties (first maximum wins with GE).
func TestSelectAndScatterRandom(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for iter := 0; iter < 120; iter++ {
		d := []tensor.DType{tensor.F32, tensor.BF16, tensor.I32}[iter%3]
		shape := []int64{int64(2 + r.Intn(5)), int64(2 + r.Intn(5))}
		win := []int64{int64(1 + r.Intn(3)), int64(1 + r.Intn(3))}
		str := []int64{int64(1 + r.Intn(2)), int64(1 + r.Intn(2))}
		lo := []int64{int64(r.Intn(2)), int64(r.Intn(2))}
		hi := []int64{int64(r.Intn(2)), int64(r.Intn(2))}
		if iter%2 == 1 {
			// Exercise the row path: the innermost dimension maps 1:1.
			win[1], str[1], lo[1], hi[1] = 1, 1, 0, 0
		}
		out := make([]int64, 2)
		for k := range out {
			padded := shape[k] + lo[k] + hi[k]
			if padded < win[k] {
				hi[k] += win[k] - padded
				padded = win[k]
			}
			out[k] = (padded-win[k])/str[k] + 1
		}
		in := tensor.New(d, shape)
		src := tensor.New(d, out)
		st := storer(d)
		for i := int64(0); i < in.NumElements(); i++ {
			st(in.Data, i, sv{f: float64(r.Intn(4)), i: int64(r.Intn(4))})
		}
		for i := int64(0); i < src.NumElements(); i++ {
			st(src.Data, i, sv{f: float64(1 + r.Intn(8)), i: int64(1 + r.Intn(8))})
		}
		init := tensor.New(d, nil)
		ts := fmt.Sprintf("tensor<%s>", d)
		mlir := fmt.Sprintf(`func.func @main(%%a: %s, %%s: %s, %%i: %s) -> %s {
  %%0 = "stablehlo.select_and_scatter"(%%a, %%s, %%i) ({
  ^bb0(%%x: %s, %%y: %s):
    %%c = stablehlo.compare GE, %%x, %%y : (%s, %s) -> tensor<i1>
    stablehlo.return %%c : tensor<i1>
  }, {
  ^bb0(%%x: %s, %%y: %s):
    %%c = stablehlo.add %%x, %%y : %s
    stablehlo.return %%c : %s
  }) {window_dimensions = array<i64: %s>, window_strides = array<i64: %s>, padding = dense<%s> : tensor<2x2xi64>} : (%s, %s, %s) -> %s
  return %%0 : %s
}`, typeStr(d, shape), typeStr(d, out), ts, typeStr(d, shape), ts, ts, ts, ts, ts, ts, ts, ts,
			ints2s(win), ints2s(str), pairs([]int64{lo[0], hi[0], lo[1], hi[1]}), typeStr(d, shape), typeStr(d, out), ts, typeStr(d, shape), typeStr(d, shape))
		got := runMain(t, mlir, in, src, init)[0]
		ld := loader(d)
		acc := make([]sv, in.NumElements())
		for o := int64(0); o < src.NumElements(); o++ {
			oi := unravel(o, out)
			best := int64(-1)
			var bv sv
			for w := int64(0); w < win[0]*win[1]; w++ {
				wi := unravel(w, win)
				y, x := oi[0]*str[0]+wi[0]-lo[0], oi[1]*str[1]+wi[1]-lo[1]
				if y < 0 || x < 0 || y >= shape[0] || x >= shape[1] {
					continue
				}
				e := y*shape[1] + x
				v := ld(in.Data, e)
				if best < 0 || !(v.f <= bv.f && v.i <= bv.i) {
					best, bv = e, v
				}
			}
			if best >= 0 {
				acc[best] = normalize(d, applyBin(binAdd, d, acc[best], ld(src.Data, o)))
			}
		}
		want := tensor.New(d, shape)
		for i, v := range acc {
			st(want.Data, int64(i), v)
		}
		if err := compareBuffers(got, want, false); err != nil {
			t.Fatalf("%v %v win %v str %v pad %v %v: %v", d, shape, win, str, lo, hi, err)
		}
	}
}

// TestBF16Rounding: the fast bf16 rounding agrees with tensor.FloatToBits on
// f32 values around every rounding boundary (ties, carries into the exponent,
// overflow to infinity, subnormals, NaN).
func TestBF16Rounding(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	check := func(u uint32) {
		x := math.Float32frombits(u)
		got := bf16Bits(x)
		want := uint16(tensor.FloatToBits(tensor.BF16, float64(x)))
		if x != x {
			if got&0x7F80 != 0x7F80 || got&0x7F == 0 {
				t.Fatalf("NaN %#x -> %#x, not a NaN", u, got)
			}
			return
		}
		if got != want {
			t.Fatalf("%#x (%v): got %#x, want %#x", u, x, got, want)
		}
	}
	for i := 0; i < 200000; i++ {
		u := r.Uint32()
		check(u)
		check(u&^0xFFFF | 0x8000) // exact ties
		check(u | 0xFFFF)
	}
	for _, u := range []uint32{0, 0x80000000, 0x7F7FFFFF, 0x7F7F8000, 0x7F800000, 0x00008000, 0x00018000, 0x3F808000, 0x3F818000} {
		check(u)
	}
}

// TestHalfRounding: the fast f32→f16 rounding agrees with tensor.FloatToBits
// (ties, subnormals, the overflow threshold 65520, infinities), and the
// widening is exact.
func TestHalfRounding(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	check := func(u uint32) {
		x := math.Float32frombits(u)
		got := halfBits(x)
		if x != x {
			if got&0x7C00 != 0x7C00 || got&0x3FF == 0 {
				t.Fatalf("NaN %#x -> %#x, not a NaN", u, got)
			}
			return
		}
		if want := uint16(tensor.FloatToBits(tensor.F16, float64(x))); got != want {
			t.Fatalf("%#x (%v): got %#x, want %#x", u, x, got, want)
		}
	}
	for i := 0; i < 300000; i++ {
		u := r.Uint32()
		check(u)
		check(u&^0x1FFF | 0x1000) // ties at normal precision
		// Around the f16 range: exponents 2^-26 .. 2^16.
		e := uint32(101+r.Intn(42)) << 23
		check(u&0x807FFFFF | e)
	}
	for _, u := range []uint32{0, 0x80000000, 0x477FE000, 0x477FF000, 0x477FEFFF, 0x47800000, 0x7F800000, 0x33000000, 0x33000001, 0x33800000, 0x387FE000, 0x38800000, 0x387FF000} {
		check(u)
	}
	for h := 0; h < 1<<16; h++ {
		x := halfToFloat32(uint16(h))
		want := tensor.FloatFromBits(tensor.F16, uint64(h))
		if !(float64(x) == want || x != x && want != want) {
			t.Fatalf("widen %#x: %v, want %v", h, x, want)
		}
		if x == x && halfBits(x) != uint16(h) {
			t.Fatalf("round trip %#x -> %v -> %#x", h, x, halfBits(x))
		}
	}
}

// TestMaxMinForms: the branch-free and branchy max/min agree with each other
// and with fmax/fmin on special values (NaN, ±0, ±Inf).
func TestMaxMinForms(t *testing.T) {
	vals := []float64{math.NaN(), math.Copysign(0, -1), 0, 1, -1, math.Inf(1), math.Inf(-1), 2.5}
	same := func(x, y float64) bool {
		return x != x && y != y || x == y && math.Signbit(x) == math.Signbit(y)
	}
	for _, a := range vals {
		for _, b := range vals {
			f32a, f32b := float32(a), float32(b)
			for _, c := range []struct {
				name      string
				got, want float64
			}{
				{"maxT", float64(maxT(f32a, f32b)), fmax(a, b)},
				{"maxChain", float64(maxChain(f32a, f32b)), fmax(a, b)},
				{"minT", float64(minT(f32a, f32b)), fmin(a, b)},
				{"minChain", float64(minChain(f32a, f32b)), fmin(a, b)},
				{"maxT64", maxT(a, b), fmax(a, b)},
				{"minChain64", minChain(a, b), fmin(a, b)},
			} {
				if !same(c.got, c.want) {
					t.Errorf("%s(%v, %v) = %v, want %v", c.name, a, b, c.got, c.want)
				}
			}
		}
	}
	for _, p := range [][2]int32{{-5, 3}, {3, -5}, {7, 7}, {math.MinInt32, 0}} {
		if maxT(p[0], p[1]) != maxChain(p[0], p[1]) || minT(p[0], p[1]) != minChain(p[0], p[1]) {
			t.Errorf("integer forms differ on %v", p)
		}
	}
}
