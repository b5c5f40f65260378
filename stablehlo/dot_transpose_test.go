package stablehlo_test

import (
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

func TestFoldTransposedDots(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		folded    bool
		dims      string // the surviving dot's dimension numbers when folded
	}{
		{"weight gradient", `func.func @main(%g: tensor<8x3xf32>, %x: tensor<8x5xf32>) -> tensor<5x3xf32> {
  %d = stablehlo.dot_general %g, %x, contracting_dims = [0] x [0] : (tensor<8x3xf32>, tensor<8x5xf32>) -> tensor<3x5xf32>
  %t = stablehlo.transpose %d, dims = [1, 0] : (tensor<3x5xf32>) -> tensor<5x3xf32>
  return %t : tensor<5x3xf32>
}`, true, "contracting_dims = [0] x [0]"},
		{"batched", `func.func @main(%a: tensor<2x4x3xf32>, %b: tensor<2x3x6xf32>) -> tensor<2x6x4xf32> {
  %d = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<2x4x3xf32>, tensor<2x3x6xf32>) -> tensor<2x4x6xf32>
  %t = stablehlo.transpose %d, dims = [0, 2, 1] : (tensor<2x4x6xf32>) -> tensor<2x6x4xf32>
  return %t : tensor<2x6x4xf32>
}`, true, "batching_dims = [0] x [0], contracting_dims = [1] x [2]"},
		{"batch moved", `func.func @main(%a: tensor<2x4x3xf32>, %b: tensor<2x3x6xf32>) -> tensor<4x2x6xf32> {
  %d = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<2x4x3xf32>, tensor<2x3x6xf32>) -> tensor<2x4x6xf32>
  %t = stablehlo.transpose %d, dims = [1, 0, 2] : (tensor<2x4x6xf32>) -> tensor<4x2x6xf32>
  return %t : tensor<4x2x6xf32>
}`, false, ""},
		{"product used twice", `func.func @main(%g: tensor<8x3xf32>, %x: tensor<8x5xf32>) -> (tensor<5x3xf32>, tensor<3x5xf32>) {
  %d = stablehlo.dot_general %g, %x, contracting_dims = [0] x [0] : (tensor<8x3xf32>, tensor<8x5xf32>) -> tensor<3x5xf32>
  %t = stablehlo.transpose %d, dims = [1, 0] : (tensor<3x5xf32>) -> tensor<5x3xf32>
  return %t, %d : tensor<5x3xf32>, tensor<3x5xf32>
}`, false, ""},
		{"matrix-vector (no free rhs dims)", `func.func @main(%a: tensor<4x3xf32>, %v: tensor<3xf32>) -> tensor<4xf32> {
  %d = stablehlo.dot_general %a, %v, contracting_dims = [1] x [0] : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4xf32>
  %t = stablehlo.transpose %d, dims = [0] : (tensor<4xf32>) -> tensor<4xf32>
  return %t : tensor<4xf32>
}`, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := parse(t, tc.src)
			stablehlo.FoldTransposedDots(m)
			stablehlo.RemoveDeadOps(m)
			text := stablehlo.Print(m)
			if got := strings.Contains(text, "transpose"); got == tc.folded {
				t.Fatalf("folded = %v, want %v:\n%s", !got, tc.folded, text)
			}
			if tc.folded && !strings.Contains(text, tc.dims) {
				t.Fatalf("want %q in\n%s", tc.dims, text)
			}
		})
	}
}
