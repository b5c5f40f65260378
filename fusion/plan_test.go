package fusion

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// TestPlanReductions: which stablehlo.reduce ops the planner folds into the
// group producing their operand (as the kernel's reduction, closing it), and
// which stay as they are.
func TestPlanReductions(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string // the function body; %x: tensor<4x8x16xf32>, %h: tensor<4x8x16xbf16>, %y: tensor<f32>
		// want: the reductions of the kernels made ("add [2,3)"), and how
		// many stablehlo.reduce ops stay.
		want []string
		left int
	}{
		{"softmax sum over the last axis, exp kept as an output", `
    %e = stablehlo.exponential %x : tensor<4x8x16xf32>
    %n = stablehlo.negate %e : tensor<4x8x16xf32>
    %z = stablehlo.constant dense<0.0> : tensor<f32>
    %s = stablehlo.reduce(%n init: %z) applies stablehlo.add across dimensions = [2] : (tensor<4x8x16xf32>, tensor<f32>) -> tensor<4x8xf32>
    %r = stablehlo.reshape %s : (tensor<4x8xf32>) -> tensor<32xf32>
    return %e, %r : tensor<4x8x16xf32>, tensor<32xf32>`, []string{"add [2,3) outputs 1"}, 0},
		{"bias gradient over the batch, maximum", `
    %m = stablehlo.multiply %x, %x : tensor<4x8x16xf32>
    %n = stablehlo.negate %m : tensor<4x8x16xf32>
    %z = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %s = stablehlo.reduce(%n init: %z) applies stablehlo.maximum across dimensions = [0, 1] : (tensor<4x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %r = stablehlo.reshape %s : (tensor<16xf32>) -> tensor<16xf32>
    %e = stablehlo.exponential %x : tensor<4x8x16xf32>
    return %e, %r : tensor<4x8x16xf32>, tensor<16xf32>`, []string{"maximum [0,2) outputs 0"}, 0},
		{"one producer op is enough", `
    %e = stablehlo.exponential %x : tensor<4x8x16xf32>
    %z = stablehlo.constant dense<0.0> : tensor<f32>
    %s = stablehlo.reduce(%e init: %z) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<4x8x16xf32>, tensor<f32>) -> tensor<f32>
    %r = stablehlo.reshape %s : (tensor<f32>) -> tensor<1xf32>
    %e2 = stablehlo.exponential %x : tensor<4x8x16xf32>
    return %e2, %r : tensor<4x8x16xf32>, tensor<1xf32>`, []string{"add [0,3) outputs 0"}, 0},
		{"dimensions not one block", `
    %e = stablehlo.exponential %x : tensor<4x8x16xf32>
    %n = stablehlo.negate %e : tensor<4x8x16xf32>
    %z = stablehlo.constant dense<0.0> : tensor<f32>
    %s = stablehlo.reduce(%n init: %z) applies stablehlo.add across dimensions = [0, 2] : (tensor<4x8x16xf32>, tensor<f32>) -> tensor<8xf32>
    %r = stablehlo.reshape %s : (tensor<8xf32>) -> tensor<8xf32>
    return %e, %r : tensor<4x8x16xf32>, tensor<8xf32>`, nil, 1},
		{"init not a constant", `
    %e = stablehlo.exponential %x : tensor<4x8x16xf32>
    %n = stablehlo.negate %e : tensor<4x8x16xf32>
    %s = stablehlo.reduce(%n init: %y) applies stablehlo.add across dimensions = [2] : (tensor<4x8x16xf32>, tensor<f32>) -> tensor<4x8xf32>
    %r = stablehlo.reshape %s : (tensor<4x8xf32>) -> tensor<32xf32>
    return %e, %r : tensor<4x8x16xf32>, tensor<32xf32>`, nil, 1},
		{"operand not made by an open group", `
    %z = stablehlo.constant dense<0.0> : tensor<f32>
    %s = stablehlo.reduce(%x init: %z) applies stablehlo.add across dimensions = [2] : (tensor<4x8x16xf32>, tensor<f32>) -> tensor<4x8xf32>
    %r = stablehlo.reshape %s : (tensor<4x8xf32>) -> tensor<32xf32>
    %e = stablehlo.exponential %x : tensor<4x8x16xf32>
    return %e, %r : tensor<4x8x16xf32>, tensor<32xf32>`, nil, 1},
		{"bf16 (not in the native tier)", `
    %e = stablehlo.exponential %h : tensor<4x8x16xbf16>
    %n = stablehlo.negate %e : tensor<4x8x16xbf16>
    %z = stablehlo.constant dense<0.0> : tensor<bf16>
    %s = stablehlo.reduce(%n init: %z) applies stablehlo.add across dimensions = [2] : (tensor<4x8x16xbf16>, tensor<bf16>) -> tensor<4x8xbf16>
    %r = stablehlo.convert %s : (tensor<4x8xbf16>) -> tensor<4x8xf32>
    %x2 = stablehlo.exponential %x : tensor<4x8x16xf32>
    %r2 = stablehlo.reshape %r : (tensor<4x8xf32>) -> tensor<32xf32>
    return %x2, %r2 : tensor<4x8x16xf32>, tensor<32xf32>`, nil, 1},
		{"a body of two ops", `
    %e = stablehlo.exponential %x : tensor<4x8x16xf32>
    %n = stablehlo.negate %e : tensor<4x8x16xf32>
    %z = stablehlo.constant dense<0.0> : tensor<f32>
    %s = stablehlo.reduce(%n init: %z) across dimensions = [2] : (tensor<4x8x16xf32>, tensor<f32>) -> tensor<4x8xf32>
      reducer(%a: tensor<f32>, %b: tensor<f32>) {
        %p = stablehlo.add %a, %b : tensor<f32>
        %q = stablehlo.multiply %p, %p : tensor<f32>
        stablehlo.return %q : tensor<f32>
      }
    %r = stablehlo.reshape %s : (tensor<4x8xf32>) -> tensor<32xf32>
    return %e, %r : tensor<4x8x16xf32>, tensor<32xf32>`, nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "func.func @main(%x: tensor<4x8x16xf32>, %h: tensor<4x8x16xbf16>, %y: tensor<f32>) -> (tensor<4x8x16xf32>, " +
				tc.body[strings.LastIndex(tc.body, ", ")+2:] + ") {" + tc.body + "\n}\n"
			m, err := mlirtext.Parse([]byte(src), "test.mlir")
			if err != nil {
				t.Fatalf("%v\n%s", err, src)
			}
			rep, err := Fuse(m)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, k := range rep.Kernels {
				if r := k.Reduce; r != nil {
					got = append(got, r.Op+" ["+strconv.Itoa(r.Lo)+","+strconv.Itoa(r.Hi)+") outputs "+strconv.Itoa(len(k.Outputs)))
				}
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("reductions %q, want %q", got, tc.want)
			}
			left := 0
			var walk func(ops []*stablehlo.Op)
			walk = func(ops []*stablehlo.Op) {
				for _, op := range ops {
					if op.Name == "stablehlo.reduce" {
						left++
					}
					for _, r := range op.Regions {
						for _, b := range r.Blocks {
							walk(b.Ops)
						}
					}
				}
			}
			walk(m.Ops)
			if left != tc.left {
				t.Errorf("%d stablehlo.reduce ops left, want %d", left, tc.left)
			}
		})
	}
}
