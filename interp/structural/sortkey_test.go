package structural

import (
	"math"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

const jaxFloatComparator = `
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %i1: tensor<i32>, %i2: tensor<i32>):
      %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %1 = stablehlo.compare EQ, %arg1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %2 = stablehlo.select %1, %cst_0, %arg1 : tensor<i1>, tensor<f32>
      %3 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_1 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
      %4 = stablehlo.select %3, %cst_1, %2 : tensor<i1>, tensor<f32>
      %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %5 = stablehlo.compare EQ, %arg2, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %6 = stablehlo.select %5, %cst_3, %arg2 : tensor<i1>, tensor<f32>
      %7 = stablehlo.compare NE, %arg2, %arg2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_4 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
      %8 = stablehlo.select %7, %cst_4, %6 : tensor<i1>, tensor<f32>
      %9 = stablehlo.compare LT, %4, %8, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      stablehlo.return %9 : tensor<i1>`

func sortModule(comparator string) string {
	return `func.func @main() {
  %k = stablehlo.constant dense<[0x7FC00000, 1.0, -0.0, 0.0, 0xFF800000, 0xFFC00000, -2.0]> : tensor<7xf32>
  %v = stablehlo.constant dense<[0, 1, 2, 3, 4, 5, 6]> : tensor<7xi32>
  %r:2 = "stablehlo.sort"(%k, %v) ({` + comparator + `
  }) {dimension = 0 : i64, is_stable = true} : (tensor<7xf32>, tensor<7xi32>) -> (tensor<7xf32>, tensor<7xi32>)
  check.expect_eq_const %r#1, dense<[4, 6, 2, 3, 1, 0, 5]> : tensor<7xi32>
  func.return
}`
}

// TestSortKeyedComparator: JAX's float comparator is recognised as a key
// function and sorts -0 with +0 and every NaN last, stably.
func TestSortKeyedComparator(t *testing.T) {
	src := sortModule(jaxFloatComparator)
	runCheck(t, src)
	m, err := parseModule(src)
	if err != nil {
		t.Fatal(err)
	}
	m.Walk(func(op *stablehlo.Op) bool {
		if op.Name == "stablehlo.sort" {
			k, ok := recogniseKeyed(op.Regions[0].Blocks[0])
			if !ok {
				t.Error("JAX float comparator not recognised as keyed")
				return false
			}
			if k.canon == nil {
				t.Error("JAX canonicalisation not recognised")
				return false
			}
			// The direct key equals the key program's, bit for bit.
			regs := make([]sv, k.key.nregs)
			copy(regs, k.key.consts)
			out := make([]sv, 1)
			for _, x := range []float64{math.NaN(), math.Copysign(math.NaN(), -1), 0, math.Copysign(0, -1), 1, -2.5, math.Inf(1), math.Inf(-1)} {
				if err := k.key.run(regs, []sv{{f: x}}, out); err != nil {
					t.Fatal(err)
				}
				if got, want := math.Float64bits(k.canon(x)), math.Float64bits(out[0].f); got != want {
					t.Errorf("key(%v): direct %#x, program %#x", x, got, want)
				}
			}
		}
		return true
	})
	// Not a key function: the two sides canonicalise differently (-0 maps
	// to 5 on one side only), so the comparator must run as a whole.
	odd := strings.Replace(jaxFloatComparator, "%cst_3 = stablehlo.constant dense<0.000000e+00>", "%cst_3 = stablehlo.constant dense<5.000000e+00>", 1)
	m, err = parseModule(sortModule(odd))
	if err != nil {
		t.Fatal(err)
	}
	m.Walk(func(op *stablehlo.Op) bool {
		if op.Name == "stablehlo.sort" {
			if _, ok := recogniseKeyed(op.Regions[0].Blocks[0]); ok {
				t.Error("asymmetric comparator recognised as keyed")
			}
		}
		return true
	})
}
