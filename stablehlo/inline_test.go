package stablehlo_test

import (
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

func TestInlineCalls(t *testing.T) {
	for _, tc := range []struct {
		name, src  string
		want, gone []string // substrings of the printed module after inlining / that must be absent
	}{
		{"nested and in regions", `
func.func @main(%x: tensor<4xf32>, %n: tensor<i32>) -> tensor<4xf32> {
  %0 = func.call @relu(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1:2 = stablehlo.while(%i = %n, %v = %0) : tensor<i32>, tensor<4xf32>
  cond {
    %z = stablehlo.constant dense<0> : tensor<i32>
    %c = stablehlo.compare GT, %i, %z : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %c : tensor<i1>
  } do {
    %o = stablehlo.constant dense<1> : tensor<i32>
    %j = stablehlo.subtract %i, %o : tensor<i32>
    %w = func.call @twice_relu(%v) : (tensor<4xf32>) -> tensor<4xf32>
    stablehlo.return %j, %w : tensor<i32>, tensor<4xf32>
  }
  return %1#1 : tensor<4xf32>
}
func.func private @relu(%a: tensor<4xf32>) -> tensor<4xf32> {
  %z = stablehlo.constant dense<0.0> : tensor<4xf32>
  %m = stablehlo.maximum %a, %z : tensor<4xf32>
  return %m : tensor<4xf32>
}
func.func private @twice_relu(%a: tensor<4xf32>) -> tensor<4xf32> {
  %d = stablehlo.add %a, %a : tensor<4xf32>
  %r = func.call @relu(%d) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}`, []string{"stablehlo.maximum", "stablehlo.add"}, []string{"func.call", "@relu", "@twice_relu"}},
		{"identity and public callee", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = func.call @id(%x) : (tensor<2xf32>) -> tensor<2xf32>
  %1 = stablehlo.negate %0 : tensor<2xf32>
  return %1 : tensor<2xf32>
}
func.func @id(%a: tensor<2xf32>) -> tensor<2xf32> {
  return %a : tensor<2xf32>
}`, []string{"stablehlo.negate %arg0", "func.func public @id"}, []string{"func.call"}},
		{"no_inline stays", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = func.call @f(%x) {no_inline} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
func.func private @f(%a: tensor<2xf32>) -> tensor<2xf32> {
  %n = stablehlo.negate %a : tensor<2xf32>
  return %n : tensor<2xf32>
}`, []string{"callee = @f", "func.func private @f"}, nil},
		{"recursion stays finite", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = func.call @f(%x) : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
func.func private @f(%a: tensor<2xf32>) -> tensor<2xf32> {
  %n = func.call @f(%a) : (tensor<2xf32>) -> tensor<2xf32>
  return %n : tensor<2xf32>
}`, []string{"func.func private @f"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := parse(t, tc.src)
			stablehlo.InlineCalls(m)
			stablehlo.RemoveDeadOps(m)
			text := stablehlo.Print(m)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("want %q in\n%s", w, text)
				}
			}
			for _, g := range tc.gone {
				if strings.Contains(text, g) {
					t.Errorf("%q should be gone from\n%s", g, text)
				}
			}
		})
	}
}
