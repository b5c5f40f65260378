package structural
import ("testing";"github.com/hlovm/hlovm/tensor")
func BenchmarkZZPool(b *testing.B) {
	src := `func.func @main(%a: tensor<8x16x16x8xf32>, %i: tensor<f32>) -> tensor<8x8x8x8xf32> {
  %0 = "stablehlo.reduce_window"(%a, %i) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %s = stablehlo.maximum %x, %y : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) {base_dilations = array<i64: 1, 1, 1, 1>, padding = dense<0> : tensor<4x2xi64>, window_dilations = array<i64: 1, 1, 1, 1>, window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>} : (tensor<8x16x16x8xf32>, tensor<f32>) -> tensor<8x8x8x8xf32>
  return %0 : tensor<8x8x8x8xf32>
}`
	benchKernel(b, src, []*tensor.Buffer{tensor.New(tensor.F32, []int64{8,16,16,8}), tensor.New(tensor.F32, nil)}, []*tensor.Buffer{tensor.New(tensor.F32, []int64{8,8,8,8})})
}
