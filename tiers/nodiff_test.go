package tiers

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// randomProgram writes a random program of element-wise ops over a 64x32
// space (f32 and i32 values, a broadcast row, a scalar, compares and selects,
// conversions, a reduction that leaves the space and a broadcast back),
// optionally inside a while loop: the shapes fusion groups, cuts and reads.
func randomProgram(r *rand.Rand, loop bool) string {
	const T = "tensor<64x32xf32>"
	const I = "tensor<64x32xi32>"
	var b strings.Builder
	n := 0
	fv := []string{"%a", "%bb", "%sb"}
	iv := []string{"%i"}
	fresh := func() string { n++; return fmt.Sprintf("%%v%d", n) }
	pick := func(s []string) string { return s[r.Intn(len(s))] }
	line := func(f string, a ...any) { fmt.Fprintf(&b, "    "+f+"\n", a...) }
	line("%%bb = stablehlo.broadcast_in_dim %%b, dims = [1] : (tensor<32xf32>) -> %s", T)
	line("%%sb = stablehlo.broadcast_in_dim %%s, dims = [] : (tensor<f32>) -> %s", T)
	for k := 0; k < 8+r.Intn(24); k++ {
		v := fresh()
		switch r.Intn(12) {
		case 0, 1, 2:
			op := pick([]string{"add", "subtract", "multiply", "maximum", "minimum", "divide"})
			line("%s = stablehlo.%s %s, %s : %s", v, op, pick(fv), pick(fv), T)
			fv = append(fv, v)
		case 3, 4:
			op := pick([]string{"negate", "abs", "tanh", "sine", "floor", "logistic"})
			line("%s = stablehlo.%s %s : %s", v, op, pick(fv), T)
			fv = append(fv, v)
		case 5:
			t := fresh()
			line("%s = stablehlo.abs %s : %s", t, pick(fv), T)
			op := pick([]string{"sqrt", "log_plus_one", "rsqrt", "exponential"})
			if op == "exponential" {
				u := fresh()
				line("%s = stablehlo.negate %s : %s", u, t, T)
				t = u
			}
			line("%s = stablehlo.%s %s : %s", v, op, t, T)
			fv = append(fv, v)
		case 6:
			p := fresh()
			dir := pick([]string{"LT", "GE", "EQ", "NE"})
			line("%s = stablehlo.compare %s, %s, %s, FLOAT : (%s, %s) -> tensor<64x32xi1>", p, dir, pick(fv), pick(fv), T, T)
			line("%s = stablehlo.select %s, %s, %s : tensor<64x32xi1>, %s", v, p, pick(fv), pick(fv), T)
			fv = append(fv, v)
		case 7:
			op := pick([]string{"add", "xor", "and", "or", "multiply", "shift_left", "shift_right_logical", "shift_right_arithmetic", "maximum"})
			line("%s = stablehlo.%s %s, %s : %s", v, op, pick(iv), pick(iv), I)
			iv = append(iv, v)
		case 8:
			line("%s = stablehlo.convert %s : (%s) -> %s", v, pick(iv), I, T)
			fv = append(fv, v)
		case 9:
			line("%s = stablehlo.convert %s : (%s) -> tensor<64x32xf64>", v, pick(fv), T)
			w := fresh()
			line("%s = stablehlo.multiply %s, %s : tensor<64x32xf64>", w, v, v)
			x := fresh()
			line("%s = stablehlo.convert %s : (tensor<64x32xf64>) -> %s", x, w, T)
			fv = append(fv, x)
		case 10:
			// Reductions an element-wise chain feeds, and broadcasts back.
			// Their float folds run in tier 0's order (rows of 32 < 64
			// fold one by one there, kept dimensions row after row), so
			// the results agree as the element-wise ops do.
			z := fresh()
			s := fresh()
			switch r.Intn(5) {
			case 0:
				line("%s = stablehlo.constant dense<0.0> : tensor<f32>", z)
				line("%s = stablehlo.reduce(%s init: %s) applies stablehlo.add across dimensions = [0] : (%s, tensor<f32>) -> tensor<32xf32>", s, pick(fv), z, T)
				line("%s = stablehlo.broadcast_in_dim %s, dims = [1] : (tensor<32xf32>) -> %s", v, s, T)
				fv = append(fv, v)
			case 1:
				// softmax over the last axis: max, subtract, exp, sum, divide.
				x := pick(fv)
				line("%s = stablehlo.constant dense<0xFF800000> : tensor<f32>", z)
				line("%s = stablehlo.reduce(%s init: %s) applies stablehlo.maximum across dimensions = [1] : (%s, tensor<f32>) -> tensor<64xf32>", s, x, z, T)
				mb, d, e, z2, sm, sb := fresh(), fresh(), fresh(), fresh(), fresh(), fresh()
				line("%s = stablehlo.broadcast_in_dim %s, dims = [0] : (tensor<64xf32>) -> %s", mb, s, T)
				line("%s = stablehlo.subtract %s, %s : %s", d, x, mb, T)
				line("%s = stablehlo.exponential %s : %s", e, d, T)
				line("%s = stablehlo.constant dense<0.0> : tensor<f32>", z2)
				line("%s = stablehlo.reduce(%s init: %s) applies stablehlo.add across dimensions = [1] : (%s, tensor<f32>) -> tensor<64xf32>", sm, e, z2, T)
				line("%s = stablehlo.broadcast_in_dim %s, dims = [0] : (tensor<64xf32>) -> %s", sb, sm, T)
				line("%s = stablehlo.divide %s, %s : %s", v, e, sb, T)
				fv = append(fv, v)
			case 2:
				// A minimum with an init that is not the identity.
				line("%s = stablehlo.constant dense<0.5> : tensor<f32>", z)
				line("%s = stablehlo.reduce(%s init: %s) applies stablehlo.minimum across dimensions = [1] : (%s, tensor<f32>) -> tensor<64xf32>", s, pick(fv), z, T)
				line("%s = stablehlo.broadcast_in_dim %s, dims = [0] : (tensor<64xf32>) -> %s", v, s, T)
				fv = append(fv, v)
			case 3:
				op := pick([]string{"add", "maximum", "minimum", "multiply", "and", "or"})
				dim, rt, bd := pick([]string{"0", "1"}), "tensor<32xi32>", "1"
				if dim == "1" {
					rt, bd = "tensor<64xi32>", "0"
				}
				line("%s = stablehlo.constant dense<7> : tensor<i32>", z)
				line("%s = stablehlo.reduce(%s init: %s) applies stablehlo.%s across dimensions = [%s] : (%s, tensor<i32>) -> %s", s, pick(iv), z, op, dim, I, rt)
				line("%s = stablehlo.broadcast_in_dim %s, dims = [%s] : (%s) -> %s", v, s, bd, rt, I)
				iv = append(iv, v)
			case 4:
				// A product over the batch (kept dimensions row after row).
				line("%s = stablehlo.constant dense<1.0> : tensor<f32>", z)
				line("%s = stablehlo.reduce(%s init: %s) applies stablehlo.multiply across dimensions = [0] : (%s, tensor<f32>) -> tensor<32xf32>", s, pick(fv), z, T)
				line("%s = stablehlo.broadcast_in_dim %s, dims = [1] : (tensor<32xf32>) -> %s", v, s, T)
				fv = append(fv, v)
			}
		case 11:
			c := fresh()
			line("%s = stablehlo.constant dense<1.5> : %s", c, T)
			line("%s = stablehlo.clamp %s, %s, %s : %s", v, pick(fv[:1]), pick(fv), c, T)
			fv = append(fv, v)
		}
	}
	outF, outI := fv[len(fv)-1], iv[len(iv)-1]
	body := b.String()
	// Full sums of the f32 result and of its magnitude: folds of 2048
	// values, whose order differs from tier 0's (eight partial sums there).
	sums := func(x string) string {
		return fmt.Sprintf(`  %%fz = stablehlo.constant dense<0.0> : tensor<f32>
  %%fs = stablehlo.reduce(%[1]s init: %%fz) applies stablehlo.add across dimensions = [0, 1] : (%[2]s, tensor<f32>) -> tensor<f32>
  %%fneg = stablehlo.negate %[1]s : %[2]s
  %%fabs = stablehlo.maximum %[1]s, %%fneg : %[2]s
  %%fa = stablehlo.reduce(%%fabs init: %%fz) applies stablehlo.add across dimensions = [0, 1] : (%[2]s, tensor<f32>) -> tensor<f32>
`, x, T)
	}
	var s strings.Builder
	s.WriteString("func.func @main(%a: tensor<64x32xf32>, %b: tensor<32xf32>, %s: tensor<f32>, %i: tensor<64x32xi32>) -> (tensor<64x32xf32>, tensor<64x32xi32>, tensor<f32>, tensor<f32>) {\n")
	if !loop {
		s.WriteString(strings.ReplaceAll(body, "\n    ", "\n  ")[2:])
		s.WriteString(sums(outF))
		fmt.Fprintf(&s, "  return %s, %s, %%fs, %%fa : %s, %s, tensor<f32>, tensor<f32>\n}\n", outF, outI, T, I)
		return s.String()
	}
	fmt.Fprintf(&s, `  %%zero = stablehlo.constant dense<0> : tensor<i32>
  %%w:3 = stablehlo.while(%%k = %%zero, %%a1 = %%a, %%i1 = %%i) : tensor<i32>, %[1]s, %[2]s
  cond {
    %%three = stablehlo.constant dense<3> : tensor<i32>
    %%lt = stablehlo.compare LT, %%k, %%three, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %%lt : tensor<i1>
  } do {
    %%one = stablehlo.constant dense<1> : tensor<i32>
    %%k1 = stablehlo.add %%k, %%one : tensor<i32>
`, T, I)
	body = strings.ReplaceAll(body, "%a", "%a1")
	body = strings.ReplaceAll(body, "%i,", "%i1,")
	body = strings.ReplaceAll(body, "%i :", "%i1 :")
	body = strings.ReplaceAll(body, "%i)", "%i1)")
	outF = strings.ReplaceAll(outF, "%a", "%a1")
	if outI == "%i" {
		outI = "%i1"
	}
	s.WriteString(body)
	fmt.Fprintf(&s, "    stablehlo.return %%k1, %s, %s : tensor<i32>, %s, %s\n  }\n", outF, outI, T, I)
	s.WriteString(sums("%w#1"))
	fmt.Fprintf(&s, "  return %%w#1, %%w#2, %%fs, %%fa : %s, %s, tensor<f32>, tensor<f32>\n}\n", T, I)
	return s.String()
}

// TestNoDiffRandomGraphs is the differential test between tiers: random
// element-wise/reduction/while programs run on tier 0 and on tier 1 with
// every region promoted compute the same outputs (bit for bit, but for the
// last place of libm math functions in native code).
func TestNoDiffRandomGraphs(t *testing.T) {
	r := rand.New(rand.NewSource(20261207))
	a := tensor.New(tensor.F32, []int64{64, 32})
	b := tensor.New(tensor.F32, []int64{32})
	s := tensor.New(tensor.F32, nil)
	iv := tensor.New(tensor.I32, []int64{64, 32})
	for i := range tensor.ViewBytes[float32](a.Data) {
		tensor.ViewBytes[float32](a.Data)[i] = float32(r.NormFloat64() * 2)
		tensor.ViewBytes[int32](iv.Data)[i] = int32(r.Uint32())
	}
	for i := range tensor.ViewBytes[float32](b.Data) {
		tensor.ViewBytes[float32](b.Data)[i] = float32(r.NormFloat64())
	}
	tensor.ViewBytes[float32](s.Data)[0] = 0.75
	args := []*tensor.Buffer{a, b, s, iv}
	fused, reductions := 0, 0
	for k := 0; k < 60; k++ {
		src := randomProgram(r, k%3 == 2)
		_, ref, _, err := engine.Build([]byte(src), engine.Options{})
		if err != nil {
			t.Fatalf("program %d does not build: %v\n%s", k, err, src)
		}
		want, _, err := vm.RunWithStats(context.Background(), ref, args)
		if err != nil {
			t.Fatalf("program %d on tier 0: %v\n%s", k, err, src)
		}
		_, p, _, _ := engine.Build([]byte(src), engine.Options{})
		exe, err := (&Tier{Threshold: 0, Set: true}).Prepare(p)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := engine.Run(context.Background(), exe, args, vm.Options{Parallelism: 2})
		for _, st := range ManagerOf(p).Status() {
			if st.State == Promoted {
				fused++
			}
			for _, l := range st.Kernels {
				if strings.Contains(l, "\n  reduce ") {
					reductions++
				}
			}
		}
		Unwatch(p)
		if err != nil {
			t.Fatalf("program %d on tier 1: %v\n%s", k, err, src)
		}
		for i := range want[:2] {
			if !bytes.Equal(got[i].Data, want[i].Data) && !closeULP(got[i], want[i]) {
				t.Errorf("program %d: output %d differs between tiers\n%s", k, i, src)
			}
		}
		// The full sums may differ by summation order only: each is within
		// (n-1)·ε·Σ|v| of the exact sum (n = 2048 values, ε = 2^-24), so
		// the two within twice that, Σ|v| being tier 0's output 3.
		bound := 2 * 2048 * math.Pow(2, -24) * float64(tensor.ViewBytes[float32](want[3].Data)[0]) * 1.01
		for i := 2; i < 4; i++ {
			g, w := float64(tensor.ViewBytes[float32](got[i].Data)[0]), float64(tensor.ViewBytes[float32](want[i].Data)[0])
			finite := !math.IsInf(w, 0) && !math.IsNaN(w) && !math.IsInf(bound, 0) && !math.IsNaN(bound)
			if finite && math.Abs(g-w) > bound || !finite && g != w && !(g != g && w != w) {
				t.Errorf("program %d: sum %d is %g on tier 1, %g on tier 0 (bound %g)\n%s", k, i, g, w, bound, src)
			}
		}
	}
	if fused < 40 {
		t.Errorf("only %d of 60 programs had a region promoted", fused)
	}
	// Every program ends in a sum of magnitudes, max(x, -x), fused.
	t.Logf("%d of 60 programs promoted, %d fused kernels with a reduction", fused, reductions)
	if reductions < 60 {
		t.Errorf("only %d fused kernels with a reduction in 60 programs", reductions)
	}
}
