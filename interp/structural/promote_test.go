package structural

import (
	"fmt"
	"testing"
)

// TestReducePromotion: reduce and reduce_window whose inputs are narrower
// than their init values and results (StableHLO's type promotion) accumulate
// in the result type. Each input is chosen so that accumulating in the input
// type gives a different answer (f16: 2048+1 rounds to 2048; f32: 1e8+1
// rounds to 1e8; i8 and u8 wrap).
func TestReducePromotion(t *testing.T) {
	cases := []struct {
		in, inT, acc, want, wantW string
	}{
		{"[[2048.0, 1.0, 1.0, 1.0], [1.0, 2048.0, 1.0, 1.0]]", "f16", "f32", "[2051.0, 2051.0]", "[2050.0, 2050.0]"},
		{"[[2048.0, 1.0, 1.0, 1.0], [1.0, 2048.0, 1.0, 1.0]]", "bf16", "f32", "[2051.0, 2051.0]", "[2050.0, 2050.0]"},
		{"[[1.0e8, 1.0, 1.0, 1.0], [1.0, 1.0e8, 1.0, 1.0]]", "f32", "f64", "[100000003.0, 100000003.0]", "[100000002.0, 100000002.0]"},
		{"[[100, 100, 100, 100], [-100, -100, -100, 7]]", "i8", "i32", "[400, -293]", "[300, -300]"},
		{"[[100, 100, 100, 100], [-100, -100, -100, 7]]", "i16", "i64", "[400, -293]", "[300, -300]"},
		{"[[200, 200, 200, 200], [255, 255, 255, 1]]", "ui8", "ui32", "[800, 766]", "[600, 765]"},
	}
	for _, c := range cases {
		in := fmt.Sprintf("tensor<2x4x%s>", c.inT)
		acc := fmt.Sprintf("tensor<%s>", c.acc)
		src := fmt.Sprintf(`func.func @main() {
  %%a = stablehlo.constant dense<%s> : %s
  %%i = stablehlo.constant dense<0> : %s
  %%r = stablehlo.reduce(%%a init: %%i) applies stablehlo.add across dimensions = [1] : (%s, %s) -> tensor<2x%s>
  check.expect_eq_const %%r, dense<%s> : tensor<2x%s>
  %%w = "stablehlo.reduce_window"(%%a, %%i) ({
  ^bb0(%%x: %s, %%y: %s):
    %%s = stablehlo.add %%x, %%y : %s
    stablehlo.return %%s : %s
  }) {window_dimensions = array<i64: 1, 3>} : (%s, %s) -> tensor<2x2x%s>
  %%w0 = stablehlo.slice %%w [0:2, 0:1] : (tensor<2x2x%s>) -> tensor<2x1x%s>
  %%w1 = stablehlo.reshape %%w0 : (tensor<2x1x%s>) -> tensor<2x%s>
  check.expect_eq_const %%w1, dense<%s> : tensor<2x%s>
  func.return
}`, c.in, in, acc, in, acc, c.acc, c.want, c.acc, acc, acc, acc, acc, in, acc, c.acc, c.acc, c.acc, c.acc, c.acc, c.wantW, c.acc)
		t.Run(c.inT+"_"+c.acc, func(t *testing.T) { runCheck(t, src) })
	}
}
