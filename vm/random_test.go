package vm_test

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// progGen builds a random program over tensor<4xf32> values from the fake
// test.* kernels, nesting if/while/call/optimization_barrier with captured
// values, and computes the expected results alongside. The VM must agree with
// in-place reuse and the buffer pool on or off, and with an input donated: a
// differential test of liveness, moves and reference counting.
type progGen struct {
	r     *rand.Rand
	b     strings.Builder
	n     int
	depth int
}

type gval struct {
	name string
	v    [4]float32
}

const vty = "tensor<4xf32>"

func (g *progGen) fresh() string { g.n++; return fmt.Sprintf("%%v%d", g.n) }

func (g *progGen) line(indent int, format string, a ...any) {
	g.b.WriteString(strings.Repeat("  ", indent))
	fmt.Fprintf(&g.b, format, a...)
	g.b.WriteByte('\n')
}

// block emits k ops reading from scope (which it extends) and returns scope.
func (g *progGen) block(indent int, scope []gval, k int, pred bool, n int32) []gval {
	pick := func() gval { return scope[g.r.Intn(len(scope))] }
	for i := 0; i < k; i++ {
		switch c := g.r.Intn(10); {
		case c < 3:
			a, b := pick(), pick()
			out := gval{name: g.fresh()}
			for j := range out.v {
				out.v[j] = a.v[j] + b.v[j]
			}
			g.line(indent, "%s = \"test.add\"(%s, %s) : (%s, %s) -> %s", out.name, a.name, b.name, vty, vty, vty)
			scope = append(scope, out)
		case c < 5:
			a := pick()
			out := gval{name: g.fresh()}
			for j := range out.v {
				out.v[j] = -a.v[j]
			}
			g.line(indent, "%s = \"test.neg\"(%s) : (%s) -> %s", out.name, a.name, vty, vty)
			scope = append(scope, out)
		case c < 6:
			a := pick()
			out := gval{name: g.fresh(), v: a.v}
			g.line(indent, "%s = \"test.copy\"(%s) : (%s) -> %s", out.name, a.name, vty, vty)
			scope = append(scope, out)
		case c < 7 && g.depth < 3: // if, branches capture from scope
			g.depth++
			res := g.fresh()
			g.line(indent, "%s = \"stablehlo.if\"(%%p) ({", res)
			then := g.block(indent+1, append([]gval{}, scope...), 1+g.r.Intn(3), pred, n)
			tv := then[len(then)-1]
			if g.r.Intn(3) == 0 {
				tv = then[g.r.Intn(len(then))] // may return a captured value as is
			}
			g.line(indent+1, "stablehlo.return %s : %s", tv.name, vty)
			g.line(indent, "}, {")
			els := g.block(indent+1, append([]gval{}, scope...), 1+g.r.Intn(3), pred, n)
			ev := els[g.r.Intn(len(els))]
			g.line(indent+1, "stablehlo.return %s : %s", ev.name, vty)
			g.line(indent, "}) : (tensor<i1>) -> %s", vty)
			g.depth--
			out := gval{name: res, v: ev.v}
			if pred {
				out.v = tv.v
			}
			scope = append(scope, out)
		case c < 8 && g.depth < 3: // while: x = x + c, n times
			g.depth++
			x, cv := pick(), pick()
			res := g.fresh()
			zero := g.fresh()
			g.line(indent, "%s = stablehlo.constant dense<0> : tensor<i32>", zero)
			iv, xv := g.fresh(), g.fresh()
			g.line(indent, "%s:2 = stablehlo.while(%s = %s, %s = %s) : tensor<i32>, %s", res, iv, zero, xv, x.name, vty)
			g.line(indent, "cond {")
			cmp := g.fresh()
			g.line(indent+1, "%s = \"test.lt\"(%s, %%n) : (tensor<i32>, tensor<i32>) -> tensor<i1>", cmp, iv)
			g.line(indent+1, "stablehlo.return %s : tensor<i1>", cmp)
			g.line(indent, "} do {")
			inc, sum := g.fresh(), g.fresh()
			g.line(indent+1, "%s = \"test.inci\"(%s) : (tensor<i32>) -> tensor<i32>", inc, iv)
			g.line(indent+1, "%s = \"test.add\"(%s, %s) : (%s, %s) -> %s", sum, xv, cv.name, vty, vty, vty)
			g.line(indent+1, "stablehlo.return %s, %s : tensor<i32>, %s", inc, sum, vty)
			g.line(indent, "}")
			g.depth--
			out := gval{name: res + "#1", v: x.v}
			for it := int32(0); it < n; it++ {
				for j := range out.v {
					out.v[j] += cv.v[j]
				}
			}
			scope = append(scope, out)
		case c < 9: // call @f(a, b) = neg(a) + b
			a, b := pick(), pick()
			out := gval{name: g.fresh()}
			for j := range out.v {
				out.v[j] = -a.v[j] + b.v[j]
			}
			g.line(indent, "%s = func.call @f(%s, %s) : (%s, %s) -> %s", out.name, a.name, b.name, vty, vty, vty)
			scope = append(scope, out)
		default: // optimization_barrier of two values
			a, b := pick(), pick()
			res := g.fresh()
			g.line(indent, "%s:2 = stablehlo.optimization_barrier %s, %s : %s, %s", res, a.name, b.name, vty, vty)
			scope = append(scope, gval{name: res + "#0", v: a.v}, gval{name: res + "#1", v: b.v})
		}
	}
	return scope
}

func TestRandomPrograms(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for iter := 0; iter < 300; iter++ {
		g := &progGen{r: r}
		pred := r.Intn(2) == 0
		n := int32(r.Intn(4))
		x := gval{name: "%x", v: [4]float32{float32(r.Intn(9)), float32(r.Intn(9)), 1, -2}}
		y := gval{name: "%y", v: [4]float32{3, float32(r.Intn(9)), -1, 0.5}}
		scope := g.block(1, []gval{x, y}, 3+r.Intn(12), pred, n)
		nres := 1 + r.Intn(4)
		var rets []gval
		for i := 0; i < nres; i++ {
			rets = append(rets, scope[r.Intn(len(scope))])
		}
		names := make([]string, nres)
		tys := make([]string, nres)
		for i, v := range rets {
			names[i], tys[i] = v.name, vty
		}
		src := fmt.Sprintf("func.func @main(%%x: %s, %%y: %s, %%p: tensor<i1>, %%n: tensor<i32>) -> (%s) {\n%s  return %s : %s\n}\n"+
			"func.func private @f(%%a: %s, %%b: %s) -> %s {\n  %%0 = \"test.neg\"(%%a) : (%s) -> %s\n  %%1 = \"test.add\"(%%0, %%b) : (%s, %s) -> %s\n  return %%1 : %s\n}\n",
			vty, vty, strings.Join(tys, ", "), g.b.String(), strings.Join(names, ", "), strings.Join(tys, ", "),
			vty, vty, vty, vty, vty, vty, vty, vty, vty)
		for _, mode := range []struct {
			noInPlace, noReuse, donateX bool
		}{{false, false, false}, {true, true, false}, {false, true, false}, {false, false, true}} {
			p := compile(t, src, bytecode.Options{NoInPlace: mode.noInPlace})
			xb, yb := f32([]int64{4}, x.v[:]...), f32([]int64{4}, y.v[:]...)
			out, _, err := vm.RunWithOptions(context.Background(), p, []*tensor.Buffer{xb, yb, i1(pred), i32(n)},
				vm.Options{NoReuse: mode.noReuse, Donated: []bool{mode.donateX}})
			if err != nil {
				t.Fatalf("program %d: %v\n%s", iter, err, src)
			}
			for i, want := range rets {
				if !eqF(floats(out[i]), want.v[:]) {
					t.Fatalf("program %d (in-place off %v, reuse off %v, x donated %v): result %d = %v, want %v\n%s\n%s",
						iter, mode.noInPlace, mode.noReuse, mode.donateX, i, floats(out[i]), want.v, src, p.Disassemble())
				}
			}
			if (!mode.donateX && !eqF(floats(xb), x.v[:])) || !eqF(floats(yb), y.v[:]) {
				t.Fatalf("program %d: inputs mutated\n%s", iter, src)
			}
			// Results are distinct buffers even when the program returns a value twice.
			for i := range out {
				for j := 0; j < i; j++ {
					if &out[i].Data[0] == &out[j].Data[0] {
						t.Fatalf("program %d: results %d and %d share storage", iter, j, i)
					}
				}
			}
		}
	}
}
