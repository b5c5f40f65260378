package structural

import (
	"testing"
)

func TestIndexingAndSort(t *testing.T) {
	cases := []struct{ name, body string }{
		{"gather_rows_clamped", `
  %a = stablehlo.constant dense<[[0, 1], [2, 3], [4, 5]]> : tensor<3x2xi32>
  %i = stablehlo.constant dense<[[2], [0], [7], [-3]]> : tensor<4x1xi64>
  %r = "stablehlo.gather"(%a, %i) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2>} : (tensor<3x2xi32>, tensor<4x1xi64>) -> tensor<4x2xi32>
  check.expect_eq_const %r, dense<[[4, 5], [0, 1], [4, 5], [0, 1]]> : tensor<4x2xi32>`},
		{"gather_batching", `
  %a = stablehlo.constant dense<[[10, 11, 12], [20, 21, 22]]> : tensor<2x3xi32>
  %i = stablehlo.constant dense<[[2, 0], [1, 1]]> : tensor<2x2xi32>
  %r = "stablehlo.gather"(%a, %i) {dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2>, slice_sizes = array<i64: 1, 1>} : (tensor<2x3xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
  check.expect_eq_const %r, dense<[[12, 10], [21, 21]]> : tensor<2x2xi32>`},
		{"scatter_add_duplicates_oob", `
  %a = stablehlo.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %i = stablehlo.constant dense<[[1], [1], [4], [-1], [3]]> : tensor<5x1xi32>
  %u = stablehlo.constant dense<[10.0, 20.0, 30.0, 40.0, 50.0]> : tensor<5xf32>
  %r = "stablehlo.scatter"(%a, %i, %u) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %s = stablehlo.add %x, %y : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) {scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>} : (tensor<4xf32>, tensor<5x1xi32>, tensor<5xf32>) -> tensor<4xf32>
  check.expect_eq_const %r, dense<[1.0, 32.0, 3.0, 54.0]> : tensor<4xf32>`},
		{"scatter_set_window_partially_oob_skipped", `
  %a = stablehlo.constant dense<[0, 0, 0, 0]> : tensor<4xi8>
  %i = stablehlo.constant dense<[[3], [1]]> : tensor<2x1xi32>
  %u = stablehlo.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>
  %r = "stablehlo.scatter"(%a, %i, %u) ({
  ^bb0(%x: tensor<i8>, %y: tensor<i8>):
    stablehlo.return %y : tensor<i8>
  }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>} : (tensor<4xi8>, tensor<2x1xi32>, tensor<2x2xi8>) -> tensor<4xi8>
  check.expect_eq_const %r, dense<[0, 3, 4, 0]> : tensor<4xi8>`},
		{"scatter_variadic_generic", `
  %a = stablehlo.constant dense<[1, 2, 3]> : tensor<3xi32>
  %b = stablehlo.constant dense<[1.0, 2.0, 3.0]> : tensor<3xbf16>
  %i = stablehlo.constant dense<[[0], [2], [0]]> : tensor<3x1xi32>
  %u = stablehlo.constant dense<[5, 6, 7]> : tensor<3xi32>
  %v = stablehlo.constant dense<[0.5, 0.25, 0.125]> : tensor<3xbf16>
  %r:2 = "stablehlo.scatter"(%a, %b, %i, %u, %v) ({
  ^bb0(%x: tensor<i32>, %y: tensor<bf16>, %xu: tensor<i32>, %yu: tensor<bf16>):
    %s = stablehlo.multiply %x, %xu : tensor<i32>
    %t = stablehlo.add %y, %yu : tensor<bf16>
    stablehlo.return %s, %t : tensor<i32>, tensor<bf16>
  }) {scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>} : (tensor<3xi32>, tensor<3xbf16>, tensor<3x1xi32>, tensor<3xi32>, tensor<3xbf16>) -> (tensor<3xi32>, tensor<3xbf16>)
  check.expect_eq_const %r#0, dense<[35, 2, 18]> : tensor<3xi32>
  check.expect_eq_const %r#1, dense<[1.625, 2.0, 3.25]> : tensor<3xbf16>`},
		{"sort_stable_descending_multi", `
  %k = stablehlo.constant dense<[[3, 1, 3, 2], [0, 0, 1, 0]]> : tensor<2x4xi32>
  %v = stablehlo.constant dense<[[0, 1, 2, 3], [4, 5, 6, 7]]> : tensor<2x4xui8>
  %r:2 = "stablehlo.sort"(%k, %v) ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>, %c: tensor<ui8>, %d: tensor<ui8>):
    %0 = stablehlo.compare GT, %a, %b, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %0 : tensor<i1>
  }) {dimension = 1 : i64, is_stable = true} : (tensor<2x4xi32>, tensor<2x4xui8>) -> (tensor<2x4xi32>, tensor<2x4xui8>)
  check.expect_eq_const %r#0, dense<[[3, 3, 2, 1], [1, 0, 0, 0]]> : tensor<2x4xi32>
  check.expect_eq_const %r#1, dense<[[0, 2, 3, 1], [6, 4, 5, 7]]> : tensor<2x4xui8>`},
		{"sort_dim0_swapped_args", `
  %k = stablehlo.constant dense<[[3, 1], [1, 2], [2, 0]]> : tensor<3x2xui32>
  %r = "stablehlo.sort"(%k) ({
  ^bb0(%a: tensor<ui32>, %b: tensor<ui32>):
    %0 = stablehlo.compare LT, %b, %a, UNSIGNED : (tensor<ui32>, tensor<ui32>) -> tensor<i1>
    stablehlo.return %0 : tensor<i1>
  }) {dimension = 0 : i64} : (tensor<3x2xui32>) -> tensor<3x2xui32>
  check.expect_eq_const %r, dense<[[3, 2], [2, 1], [1, 0]]> : tensor<3x2xui32>`},
		{"sort_totalorder", `
  %k = stablehlo.constant dense<[0x7FC00000, 1.0, -0.0, 0.0, 0xFF800000, 0xFFC00000]> : tensor<6xf32>
  %r = "stablehlo.sort"(%k) ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %0 = stablehlo.compare LT, %a, %b, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
    stablehlo.return %0 : tensor<i1>
  }) {dimension = 0 : i64} : (tensor<6xf32>) -> tensor<6xf32>
  check.expect_eq_const %r, dense<[0xFFC00000, 0xFF800000, -0.0, 0.0, 1.0, 0x7FC00000]> : tensor<6xf32>`},
		{"sort_program_comparator", `
  %k = stablehlo.constant dense<[2, -1, 5, -3]> : tensor<4xi32>
  %r = "stablehlo.sort"(%k) ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>):
    %x = stablehlo.multiply %a, %a : tensor<i32>
    %y = stablehlo.multiply %b, %b : tensor<i32>
    %0 = stablehlo.compare LT, %x, %y, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %0 : tensor<i1>
  }) {dimension = 0 : i64, is_stable = true} : (tensor<4xi32>) -> tensor<4xi32>
  check.expect_eq_const %r, dense<[-1, 2, -3, 5]> : tensor<4xi32>`},
		{"select_and_scatter_maxpool_grad", `
  %a = stablehlo.constant dense<[[1.0, 5.0, 2.0, 2.0], [3.0, 4.0, 2.0, 1.0]]> : tensor<2x4xf32>
  %s = stablehlo.constant dense<[[10.0, 20.0]]> : tensor<1x2xf32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %r = "stablehlo.select_and_scatter"(%a, %s, %z) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %0 = stablehlo.compare GE, %x, %y, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    stablehlo.return %0 : tensor<i1>
  }, {
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %0 = stablehlo.add %x, %y : tensor<f32>
    stablehlo.return %0 : tensor<f32>
  }) {window_dimensions = array<i64: 2, 2>, window_strides = array<i64: 2, 2>} : (tensor<2x4xf32>, tensor<1x2xf32>, tensor<f32>) -> tensor<2x4xf32>
  check.expect_eq_const %r, dense<[[0.0, 10.0, 20.0, 0.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32>`},
		{"map", `
  %a = stablehlo.constant dense<[1, 2, 3]> : tensor<3xi64>
  %b = stablehlo.constant dense<[4, 5, 6]> : tensor<3xi64>
  %r = "stablehlo.map"(%a, %b) ({
  ^bb0(%x: tensor<i64>, %y: tensor<i64>):
    %0 = stablehlo.multiply %x, %y : tensor<i64>
    %1 = stablehlo.subtract %0, %x : tensor<i64>
    stablehlo.return %1 : tensor<i64>
  }) {dimensions = array<i64: 0>} : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  check.expect_eq_const %r, dense<[3, 8, 15]> : tensor<3xi64>`},
		{"reduce_bool_and_or", `
  %a = stablehlo.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %t = stablehlo.constant dense<true> : tensor<i1>
  %0 = stablehlo.reduce(%a init: %t) applies stablehlo.and across dimensions = [1] : (tensor<2x2xi1>, tensor<i1>) -> tensor<2xi1>
  check.expect_eq_const %0, dense<[false, true]> : tensor<2xi1>`},
		{"reduce_bool_add_is_or", `
  %a = stablehlo.constant dense<[[true, true], [false, false]]> : tensor<2x2xi1>
  %f = stablehlo.constant dense<false> : tensor<i1>
  %0 = stablehlo.reduce(%a init: %f) applies stablehlo.add across dimensions = [1] : (tensor<2x2xi1>, tensor<i1>) -> tensor<2xi1>
  check.expect_eq_const %0, dense<[true, false]> : tensor<2xi1>
  %t = stablehlo.constant dense<true> : tensor<i1>
  %1 = stablehlo.reduce(%a init: %t) applies stablehlo.multiply across dimensions = [0] : (tensor<2x2xi1>, tensor<i1>) -> tensor<2xi1>
  check.expect_eq_const %1, dense<[false, false]> : tensor<2xi1>`},
		{"reduce_i2_wraps", `
  %a = stablehlo.constant dense<[1, 1, 1]> : tensor<3xi2>
  %z = stablehlo.constant dense<0> : tensor<i2>
  %0 = stablehlo.reduce(%a init: %z) applies stablehlo.add across dimensions = [0] : (tensor<3xi2>, tensor<i2>) -> tensor<i2>
  check.expect_eq_const %0, dense<-1> : tensor<i2>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			runCheck(t, "func.func @main() {"+c.body+"\n  func.return\n}")
		})
	}
}
