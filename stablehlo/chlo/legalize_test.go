package chlo

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
)

// module builds `func @main` applying one chlo op (generic form) to arguments
// of type tensor<N x elem>.
func module(t *testing.T, op string, attrs string, elem string, n, nargs int, resElem string) *stablehlo.Module {
	t.Helper()
	dim := fmt.Sprint(n)
	if n < 0 {
		dim = "?"
	}
	ty := fmt.Sprintf("tensor<%sx%s>", dim, elem)
	rty := fmt.Sprintf("tensor<%sx%s>", dim, resElem)
	var params, operands, types []string
	for i := 0; i < nargs; i++ {
		params = append(params, fmt.Sprintf("%%arg%d: %s", i, ty))
		operands = append(operands, fmt.Sprintf("%%arg%d", i))
		types = append(types, ty)
	}
	src := fmt.Sprintf(`func.func @main(%s) -> %s {
  %%0 = "%s"(%s) %s : (%s) -> %s loc("test.py":3:7)
  return %%0 : %s
}
`, strings.Join(params, ", "), rty, op, strings.Join(operands, ", "), attrs, strings.Join(types, ", "), rty, rty)
	m, err := mlirtext.Parse([]byte(src), "snippet.mlir")
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	return m
}

// evalTarget is the function computing main's result: main itself, or the
// decomposition of the composite main returns.
func evalTarget(m *stablehlo.Module) *stablehlo.Op {
	main := m.Func("main")
	for _, op := range main.Body().Ops {
		if op.Name == "stablehlo.composite" {
			return m.Func(op.Attr("decomposition").(*stablehlo.SymbolRefAttr).Root)
		}
	}
	return main
}

func dtypeOf(s string) tensor.DType {
	for d := tensor.I1; d <= tensor.C128; d++ {
		if d.String() == s {
			return d
		}
	}
	return tensor.Invalid
}

func digammaRef(x float64) float64 {
	if x <= 0 && x == math.Floor(x) {
		return math.NaN()
	}
	if x < 0.5 {
		return digammaRef(1-x) - math.Pi/math.Tan(math.Pi*x)
	}
	acc := 0.0
	for x < 10 {
		acc -= 1 / x
		x++
	}
	x2 := 1 / (x * x)
	return acc + math.Log(x) - 0.5/x - x2*(1.0/12-x2*(1.0/120-x2*(1.0/252-x2*(1.0/240-x2/132))))
}

func besselI1eRef(x float64) float64 {
	sum, term := 0.0, x/2
	for k := 0; k < 200; k++ {
		sum += term
		term *= (x / 2) * (x / 2) / float64((k+1)*(k+2))
	}
	return sum * math.Exp(-math.Abs(x))
}

func hurwitzZetaRef(s, q float64) float64 {
	const n = 2000
	sum := 0.0
	for k := 0; k < n; k++ {
		sum += math.Pow(q+float64(k), -s)
	}
	a := q + n
	return sum + math.Pow(a, 1-s)/(s-1) + 0.5*math.Pow(a, -s) + s*math.Pow(a, -s-1)/12
}

var (
	inUnit = []float64{-0.95, -0.6, -0.25, 0, 0.1, 0.4, 0.75, 0.99}
	inWide = []float64{-6.5, -2.25, -1, -0.3, 0, 0.2, 0.9, 1.5, 3, 7.5, 12, 30}
	inPos  = []float64{0.05, 0.5, 1, 1.5, 2.5, 4, 9.5, 25}
	inGe1  = []float64{1, 1.2, 2, 3.5, 10, 100, 1e5}
)

// TestExpansionsNumerically legalizes one chlo op per element type and
// evaluates the expansion against a reference implementation: it checks the
// formulas and coefficient tables, for the f64 variants, the f32 variants and
// the f16/bf16 upcasts.
func TestExpansionsNumerically(t *testing.T) {
	type tc struct {
		op   string
		ref  func(float64) float64
		in   []float64
		elem []string
	}
	all := []string{"f64", "f32", "f16", "bf16"}
	cases := []tc{
		{"chlo.erf", math.Erf, inWide, all},
		{"chlo.erfc", math.Erfc, inWide, all},
		{"chlo.erf_inv", math.Erfinv, inUnit, all},
		{"chlo.lgamma", func(x float64) float64 { v, _ := math.Lgamma(x); return v }, append(append([]float64{}, inPos...), -0.5, -2.5, -3.7), all},
		{"chlo.digamma", digammaRef, append(append([]float64{}, inPos...), -0.5, -2.5, -3.7), all},
		{"chlo.bessel_i1e", besselI1eRef, inWide, all},
		{"chlo.cosh", math.Cosh, inWide[1:11], all},
		{"chlo.sinh", math.Sinh, append([]float64{1e-3, -0.4}, inWide[1:11]...), all},
		{"chlo.tan", math.Tan, inUnit, all},
		{"chlo.atan", math.Atan, inWide, all},
		{"chlo.atanh", math.Atanh, inUnit, all},
		{"chlo.asin", math.Asin, inUnit, all},
		{"chlo.acos", math.Acos, inUnit, all},
		{"chlo.acosh", math.Acosh, inGe1, []string{"f64", "f32"}},
		{"chlo.asinh", math.Asinh, inWide, all},
		{"chlo.square", func(x float64) float64 { return x * x }, inWide, all},
	}
	for _, c := range cases {
		for _, el := range c.elem {
			t.Run(c.op+"/"+el, func(t *testing.T) {
				d := dtypeOf(el)
				m := module(t, c.op, "", el, len(c.in), 1, el)
				if err := Legalize(m); err != nil {
					t.Fatal(err)
				}
				if hasChlo(m) {
					t.Fatal("chlo ops remain")
				}
				checkUpcast(t, evalTarget(m), d, c.op)
				out, err := evalFunc(evalTarget(m), []elems{floats(d, c.in...)})
				if err != nil {
					t.Fatal(err)
				}
				tol := map[string]float64{"f64": 1e-9, "f32": 3e-5, "f16": 4e-3, "bf16": 3e-2}[el]
				for i, x := range c.in {
					x = tensor.FloatFromBits(d, tensor.FloatToBits(d, x))
					// The reference rounded to the type (overflow is +-inf there too).
					want := tensor.FloatFromBits(d, tensor.FloatToBits(d, c.ref(x)))
					got := out[0].f(i)
					if !close(got, want, tol) {
						t.Errorf("%s(%v) = %v, want %v", c.op, x, got, want)
					}
				}
			})
		}
	}
}

// checkUpcast: f16/bf16 inputs of the upcasting patterns go through f32 (a
// convert first and last); f32 and f64 ones have no convert at all.
func checkUpcast(t *testing.T, fn *stablehlo.Op, d tensor.DType, op string) {
	t.Helper()
	ops := fn.Body().Ops
	converts := 0
	for _, o := range ops {
		if o.Name == "stablehlo.convert" {
			converts++
		}
	}
	upcasts := map[string]bool{"chlo.erf": true, "chlo.erfc": true, "chlo.erf_inv": true, "chlo.lgamma": true,
		"chlo.digamma": true, "chlo.bessel_i1e": true, "chlo.cosh": true, "chlo.sinh": true}
	if d.Bits() >= 32 || !upcasts[op] {
		if converts != 0 {
			t.Errorf("%d converts in a %s expansion without upcast", converts, d)
		}
		return
	}
	if converts != 2 || ops[0].Name != "stablehlo.convert" || ops[len(ops)-2].Name != "stablehlo.convert" {
		t.Errorf("%s %s: want convert to f32 first and back last, got %d converts", op, d, converts)
	}
}

func close(got, want, tol float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	if math.IsInf(want, 0) {
		return got == want
	}
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

func TestBinaryExpansionsNumerically(t *testing.T) {
	t.Run("zeta", func(t *testing.T) {
		for _, el := range []string{"f64", "f32"} {
			d := dtypeOf(el)
			m := module(t, "chlo.zeta", "", el, 4, 2, el)
			if err := Legalize(m); err != nil {
				t.Fatal(err)
			}
			xs, qs := []float64{2, 3, 4.5, 2}, []float64{1, 2, 0.5, 10}
			out, err := evalFunc(evalTarget(m), []elems{floats(d, xs...), floats(d, qs...)})
			if err != nil {
				t.Fatal(err)
			}
			for i := range xs {
				if want := hurwitzZetaRef(xs[i], qs[i]); !close(out[0].f(i), want, map[string]float64{"f64": 1e-9, "f32": 1e-5}[el]) {
					t.Errorf("%s zeta(%v, %v) = %v, want %v", el, xs[i], qs[i], out[0].f(i), want)
				}
			}
		}
	})
	t.Run("polygamma", func(t *testing.T) {
		m := module(t, "chlo.polygamma", "", "f64", 3, 2, "f64")
		if err := Legalize(m); err != nil {
			t.Fatal(err)
		}
		ns, xs := []float64{0, 1, 2}, []float64{2.5, 1.5, 3}
		out, err := evalFunc(evalTarget(m), []elems{floats(tensor.F64, ns...), floats(tensor.F64, xs...)})
		if err != nil {
			t.Fatal(err)
		}
		want := []float64{digammaRef(2.5), hurwitzZetaRef(2, 1.5), -2 * hurwitzZetaRef(3, 3)}
		for i := range want {
			if !close(out[0].f(i), want[i], 1e-9) {
				t.Errorf("polygamma(%v, %v) = %v, want %v", ns[i], xs[i], out[0].f(i), want[i])
			}
		}
	})
	t.Run("next_after", func(t *testing.T) {
		xs := []float64{0, 0, 1, 1, -1, math.Inf(1), math.NaN(), 2.5, -0.0}
		ys := []float64{1, -1, 2, 0, -2, 0, 1, 2.5, 1}
		for _, el := range []string{"f64", "f32", "f16", "bf16"} {
			d := dtypeOf(el)
			m := module(t, "chlo.next_after", "", el, len(xs), 2, el)
			if err := Legalize(m); err != nil {
				t.Fatal(err)
			}
			if n := countOps(evalTarget(m), "stablehlo.convert"); n != 0 {
				t.Errorf("%s next_after upcasts (%d converts); the pass works in the type's own bits", el, n)
			}
			out, err := evalFunc(evalTarget(m), []elems{floats(d, xs...), floats(d, ys...)})
			if err != nil {
				t.Fatal(err)
			}
			for i := range xs {
				want := nextAfterRef(d, xs[i], ys[i])
				if got := out[0].re[i]; got != want && !(math.IsNaN(out[0].f(i)) && math.IsNaN(tensor.FloatFromBits(d, want))) {
					t.Errorf("%s next_after(%v, %v) = %#x, want %#x", el, xs[i], ys[i], got, want)
				}
			}
		}
	})
}

// nextAfterRef steps x's bit pattern one ulp towards y (IEEE nextafter).
func nextAfterRef(d tensor.DType, x, y float64) uint64 {
	bx, by := tensor.FloatToBits(d, x), tensor.FloatToBits(d, y)
	xv, yv := tensor.FloatFromBits(d, bx), tensor.FloatFromBits(d, by)
	sign := uint64(1) << (d.Bits() - 1)
	switch {
	case math.IsNaN(xv) || math.IsNaN(yv):
		return tensor.FloatToBits(d, math.NaN())
	case xv == yv:
		return by
	case xv == 0:
		return by&sign | 1
	case (xv < yv) == (xv > 0):
		return bx + 1
	}
	return bx - 1
}

func countOps(fn *stablehlo.Op, name string) int {
	n := 0
	var walk func(b *stablehlo.Block)
	walk = func(b *stablehlo.Block) {
		for _, op := range b.Ops {
			if op.Name == name {
				n++
			}
			for _, r := range op.Regions {
				for _, inner := range r.Blocks {
					walk(inner)
				}
			}
		}
	}
	walk(fn.Body())
	return n
}

func TestComplexExpansionsNumerically(t *testing.T) {
	in := []complex128{complex(0.3, 0.4), complex(-1.2, 0.7), complex(2, -1.5), complex(0.05, -0.1)}
	cases := []struct {
		op  string
		ref func(complex128) complex128
	}{
		{"chlo.tan", cmplx.Tan},
		{"chlo.atanh", cmplx.Atanh},
		{"chlo.cosh", cmplx.Cosh},
		{"chlo.sinh", cmplx.Sinh},
		{"chlo.conj", cmplx.Conj},
		{"chlo.asin", cmplx.Asin},
		{"chlo.acos", cmplx.Acos},
		{"chlo.acosh", cmplx.Acosh},
		{"chlo.asinh", cmplx.Asinh},
		{"chlo.square", func(z complex128) complex128 { return z * z }},
	}
	for _, c := range cases {
		for _, el := range []string{"complex<f64>", "complex<f32>"} {
			t.Run(c.op+"/"+el, func(t *testing.T) {
				d := dtypeOf(el)
				m := module(t, c.op, "", el, len(in), 1, el)
				if err := Legalize(m); err != nil {
					t.Fatal(err)
				}
				out, err := evalFunc(evalTarget(m), []elems{complexes(d, in...)})
				if err != nil {
					t.Fatal(err)
				}
				tol := 1e-9
				if d == tensor.C64 {
					tol = 1e-5
				}
				for i, z := range in {
					want, got := c.ref(z), out[0].c(i)
					if cmplx.Abs(got-want) > tol*math.Max(1, cmplx.Abs(want)) {
						t.Errorf("%s(%v) = %v, want %v", c.op, z, got, want)
					}
				}
			})
		}
	}
}

// TestOpSequences pins the structure of expansions that the corpus does not
// cover: which variant (f32 Eigen/Cephes vs f64 Cephes) is chosen, the
// composite wrappers, the top_k decomposition.
func TestOpSequences(t *testing.T) {
	t.Run("erf composite", func(t *testing.T) {
		for _, el := range []string{"f32", "f64"} {
			m := module(t, "chlo.erf", "", el, 4, 1, el)
			if err := Legalize(m); err != nil {
				t.Fatal(err)
			}
			main := m.Func("main").Body().Ops
			if len(main) != 2 || main[0].Name != "stablehlo.composite" {
				t.Fatalf("%s: main = %v, want composite + return", el, opNames(main))
			}
			c := main[0]
			if got := c.Attr("name"); got == nil || got.String() != `"chlo.erf"` || c.Attr("composite_attributes") != nil || c.Attr("version").String() != "1 : i32" {
				t.Errorf("composite attrs %v", c.Attrs)
			}
			impl := m.Func("chlo.erf.impl")
			if impl == nil || m.Ops[1] != impl {
				t.Fatalf("@chlo.erf.impl missing or not right after @main")
			}
			ops := impl.Body().Ops
			// f32 (Eigen): clamps the argument to [-4, 4] and the result to [-1, 1];
			// f64 (Cephes) selects between erf and 1 - erfc, with an exponential.
			hasClamp, hasExp := countOps(impl, "stablehlo.clamp"), countOps(impl, "stablehlo.exponential")
			if el == "f32" && (hasClamp != 2 || hasExp != 0) {
				t.Errorf("f32 erf: %d clamps, %d exponentials; want Eigen's 2 and 0", hasClamp, hasExp)
			}
			if el == "f64" && (hasClamp != 0 || hasExp != 1 || ops[len(ops)-2].Name != "stablehlo.select") {
				t.Errorf("f64 erf: %d clamps, %d exponentials, ends %s; want Cephes", hasClamp, hasExp, ops[len(ops)-2].Name)
			}
			for _, op := range ops {
				if stablehlo.Short(op.Loc) != "test.py:3:7" {
					t.Fatalf("%s lost the chlo op's location: %v", op.Name, stablehlo.Short(op.Loc))
				}
			}
		}
	})
	t.Run("preserved ops", func(t *testing.T) {
		// XLA keeps erf, top_k, asin, acos, acosh as composites; the rest inline.
		for op, want := range map[string]bool{"chlo.asin": true, "chlo.acos": true, "chlo.acosh": true,
			"chlo.asinh": false, "chlo.atanh": false, "chlo.lgamma": false, "chlo.tan": false} {
			for _, el := range []string{"f32", "complex<f64>"} {
				if op == "chlo.lgamma" && el != "f32" {
					continue
				}
				m := module(t, op, "", el, 2, 1, el)
				if err := Legalize(m); err != nil {
					t.Fatal(err)
				}
				first := m.Func("main").Body().Ops[0]
				got := first.Name == "stablehlo.composite"
				if got != want {
					t.Errorf("%s %s: composite = %v, want %v", op, el, got, want)
				}
				if got && (first.Attr("name").String() != `"`+op+`"` || m.Func(op+".impl") == nil) {
					t.Errorf("%s: composite name %v / decomposition missing", op, first.Attr("name"))
				}
			}
		}
	})
	t.Run("top_k", func(t *testing.T) {
		for _, el := range []string{"f32", "i32", "ui8"} {
			src := fmt.Sprintf(`func.func @main(%%arg0: tensor<5x3x%[1]s>) -> (tensor<5x2x%[1]s>, tensor<5x2xi32>) {
  %%0:2 = "chlo.top_k"(%%arg0) {k = 2 : i64} : (tensor<5x3x%[1]s>) -> (tensor<5x2x%[1]s>, tensor<5x2xi32>)
  return %%0#0, %%0#1 : tensor<5x2x%[1]s>, tensor<5x2xi32>
}
func.func private @chlo.top_k.impl() {
  return
}
`, el)
			m, err := mlirtext.Parse([]byte(src), "topk.mlir")
			if err != nil {
				t.Fatal(err)
			}
			if err := Legalize(m); err != nil {
				t.Fatal(err)
			}
			// The name is taken, so the decomposition is renamed as MLIR's symbol table does.
			impl := m.Func("chlo.top_k.impl_0")
			if impl == nil {
				t.Fatalf("no @chlo.top_k.impl_0:\n%s", stablehlo.Print(m))
			}
			if got, want := strings.Join(opNames(impl.Body().Ops), " "), "stablehlo.iota stablehlo.sort stablehlo.slice stablehlo.slice func.return"; got != want {
				t.Errorf("%s decomposition %q, want %q", el, got, want)
			}
			sort := impl.Body().Ops[1]
			cmp := sort.Regions[0].Blocks[0].Ops[0]
			ct := cmp.Attr("compare_type")
			if (el == "f32") != (ct != nil && strings.Contains(ct.String(), "TOTALORDER")) {
				t.Errorf("%s comparator compare_type = %v", el, ct)
			}
			if d := cmp.Attr("comparison_direction"); d == nil || !strings.Contains(d.String(), "GT") {
				t.Errorf("comparator direction %v, want GT", d)
			}
			comp := m.Func("main").Body().Ops[0]
			if got := comp.Attr("composite_attributes"); got == nil || got.String() != "{is_stable = true, k = 2 : i64}" {
				t.Errorf("composite_attributes = %v", got)
			}
		}
	})
	t.Run("square", func(t *testing.T) {
		for _, el := range []string{"f64", "f32", "i32", "ui8"} {
			m := module(t, "chlo.square", "", el, 3, 1, el)
			if err := Legalize(m); err != nil {
				t.Fatal(err)
			}
			ops := m.Func("main").Body().Ops
			if len(ops) != 2 || ops[0].Name != "stablehlo.multiply" || ops[0].Operands[0] != ops[0].Operands[1] {
				t.Errorf("%s square = %v, want multiply x, x", el, opNames(ops))
			}
		}
	})
}

func opNames(ops []*stablehlo.Op) []string {
	var s []string
	for _, o := range ops {
		s = append(s, o.Name)
	}
	return s
}

func TestBroadcastOps(t *testing.T) {
	src := `func.func @main(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %p: tensor<2x3xi1>) -> (tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "chlo.broadcast_add"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = "chlo.broadcast_compare"(%b, %a) {comparison_direction = #chlo<comparison_direction LT>} : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  %2 = "chlo.broadcast_multiply"(%a, %a) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "chlo.broadcast_select"(%p, %a, %b) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>
}
`
	m, err := mlirtext.Parse([]byte(src), "bcast.mlir")
	if err != nil {
		t.Fatal(err)
	}
	if err := Legalize(m); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(opNames(m.Func("main").Body().Ops), " ")
	want := "stablehlo.broadcast_in_dim stablehlo.add stablehlo.broadcast_in_dim stablehlo.compare stablehlo.multiply stablehlo.broadcast_in_dim stablehlo.select func.return"
	if got != want {
		t.Fatalf("ops %q, want %q", got, want)
	}
	ops := m.Func("main").Body().Ops
	if d := ops[0].Attr("broadcast_dimensions").String(); d != "array<i64: 1>" {
		t.Errorf("broadcast_dimensions %s, want array<i64: 1>", d)
	}
	if d := ops[3].Attr("comparison_direction").String(); d != "#stablehlo<comparison_direction LT>" {
		t.Errorf("compare direction %s", d)
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		op, elem, res, want string
	}{
		{"chlo.frobnicate", "f32", "f32", "chlo.frobnicate at test.py:3:7: no legalization"},
		{"chlo.erf", "i32", "i32", "chlo.erf at test.py:3:7: element type i32 is not a float"},
		{"chlo.lgamma", "complex<f32>", "complex<f32>", "chlo.lgamma at test.py:3:7: element type complex<f32> unsupported"},
		{"chlo.top_k", "f32", "f32", "chlo.top_k at test.py:3:7: expected 1 operand and 2 results"},
		{"chlo.erf", "f8E4M3FN", "f8E4M3FN", "chlo.erf at test.py:3:7: element type f8E4M3FN unsupported"},
		{"chlo.lgamma", "f32", "f32", "chlo.lgamma at test.py:3:7: operand type tensor<?xf32> is not a statically shaped tensor"},
	}
	for i, c := range cases {
		n := 2
		if i == len(cases)-1 {
			n = -1 // dynamic dimension
		}
		m := module(t, c.op, "", c.elem, n, 1, c.res)
		err := Legalize(m)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %s: error %v, want it to contain %q", c.op, c.elem, err, c.want)
		}
	}
}

// TestNestedRegions: chlo ops inside regions (a while body) are legalized and
// their uses rewired.
func TestNestedRegions(t *testing.T) {
	src := `func.func @main(%x: tensor<4xf32>, %n: tensor<i32>) -> tensor<4xf32> {
  %0:2 = stablehlo.while(%i = %n, %v = %x) : tensor<i32>, tensor<4xf32>
   cond {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %p = stablehlo.compare GT, %i, %c : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %p : tensor<i1>
  } do {
    %s = "chlo.sinh"(%v) : (tensor<4xf32>) -> tensor<4xf32>
    %l = "chlo.lgamma"(%s) : (tensor<4xf32>) -> tensor<4xf32>
    %c1 = stablehlo.constant dense<1> : tensor<i32>
    %j = stablehlo.subtract %i, %c1 : tensor<i32>
    stablehlo.return %j, %l : tensor<i32>, tensor<4xf32>
  }
  return %0#1 : tensor<4xf32>
}
`
	m, err := mlirtext.Parse([]byte(src), "nested.mlir")
	if err != nil {
		t.Fatal(err)
	}
	if err := Legalize(m); err != nil {
		t.Fatal(err)
	}
	if hasChlo(m) {
		t.Fatal("chlo ops remain in the while body")
	}
	body := m.Func("main").Body().Ops[0].Regions[1].Blocks[0]
	ret := body.Ops[len(body.Ops)-1]
	if owner := ret.Operands[1].Owner; owner == nil || owner.Name != "stablehlo.select" {
		t.Errorf("while body returns %v, want the lgamma expansion's final select", ret.Operands[1].Owner)
	}
	defined := map[*stablehlo.Value]bool{}
	for _, a := range body.Args {
		defined[a] = true
	}
	for _, op := range body.Ops {
		for _, v := range op.Operands {
			if !defined[v] {
				t.Fatalf("%s uses a value not defined before it in the body", op.Name)
			}
		}
		for _, r := range op.Results {
			defined[r] = true
		}
	}
}

func TestRaggedDot(t *testing.T) {
	cases := []struct {
		name, lhs, rhs, gs, res, dims, want string
	}{
		{"mode1 ragged m", "2x11x5", "3x2x5x7", "3xi64", "2x11x7",
			"lhs_batching_dimensions = [0], rhs_batching_dimensions = [1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2], lhs_ragged_dimensions = [1], rhs_group_dimensions = [0]",
			"constant iota constant " + strings.Repeat("slice reshape add broadcast_in_dim broadcast_in_dim broadcast_in_dim compare compare and select slice reshape dot_general ", 1) +
				strings.TrimSpace(strings.Repeat("slice reshape add broadcast_in_dim broadcast_in_dim broadcast_in_dim compare compare and select slice reshape dot_general add ", 2))},
		{"mode2 ragged k", "11x5", "5x7", "3xi32", "3x11x7",
			"lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0], lhs_ragged_dimensions = [1]",
			"constant iota constant " + strings.Repeat("slice reshape convert add broadcast_in_dim broadcast_in_dim broadcast_in_dim compare compare and select dot_general ", 3) +
				"reshape reshape reshape concatenate"},
		{"mode3 ragged batch", "3x11x5", "3x5x7", "3xi64", "3x11x7",
			"lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1], lhs_ragged_dimensions = [0]",
			"dot_general"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gsShape, gsElem, _ := strings.Cut(c.gs, "xi")
			src := fmt.Sprintf(`func.func @main(%%l: tensor<%[1]sxf32>, %%r: tensor<%[2]sxf32>, %%g: tensor<%[3]sxi%[4]s>) -> tensor<%[5]sxf32> {
  %%0 = "chlo.ragged_dot"(%%l, %%r, %%g) {ragged_dot_dimension_numbers = #chlo.ragged_dot<%[6]s>, precision_config = [#chlo<precision DEFAULT>, #chlo<precision HIGHEST>]} : (tensor<%[1]sxf32>, tensor<%[2]sxf32>, tensor<%[3]sxi%[4]s>) -> tensor<%[5]sxf32>
  return %%0 : tensor<%[5]sxf32>
}`, c.lhs, c.rhs, gsShape, gsElem, c.res, c.dims)
			m, err := mlirtext.Parse([]byte(src), "ragged.mlir")
			if err != nil {
				t.Fatal(err)
			}
			if err := Legalize(m); err != nil {
				t.Fatal(err)
			}
			comp := m.Func("main").Body().Ops[0]
			if comp.Name != "stablehlo.composite" {
				t.Fatalf("main starts with %s", comp.Name)
			}
			ca := comp.Attr("composite_attributes").String()
			if !strings.Contains(ca, `precision_config = ["DEFAULT", "HIGHEST"]`) || !strings.Contains(ca, "ragged_dot_dimension_numbers = [dense<") {
				t.Errorf("composite_attributes = %s", ca)
			}
			impl := m.Func("chlo.ragged_dot.impl")
			var names []string
			for _, op := range impl.Body().Ops[:len(impl.Body().Ops)-1] {
				names = append(names, strings.TrimPrefix(op.Name, "stablehlo."))
			}
			if got := strings.Join(names, " "); got != c.want {
				t.Errorf("decomposition\n got %s\nwant %s", got, c.want)
			}
			// Every value is defined before use and result types line up.
			ops := impl.Body().Ops
			if rt := ops[len(ops)-1].Operands[0].Type.String(); rt != "tensor<"+c.res+"xf32>" {
				t.Errorf("decomposition returns %s", rt)
			}
		})
	}
}
