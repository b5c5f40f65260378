package roundtrip_test

import (
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/stablehlo/roundtrip"
)

// edgeCases are function bodies written exactly as the printer prints them,
// covering corners of the pretty forms the test programs do not reach: empty
// dimension lists, rank-0 operands, zero results, quoted symbols, every
// optional part present and absent. Each is wrapped in a module, parsed, and
// must print back to the same text and pass roundtrip.Check.
var edgeCases = []struct{ name, sig, body string }{
	{"rank0_shape_ops", "(%arg0: tensor<f32>, %arg1: tensor<i32>) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>)", `
    %0 = stablehlo.slice %arg0 [] : (tensor<f32>) -> tensor<f32>
    %1 = stablehlo.transpose %arg0, dims = [] : (tensor<f32>) -> tensor<f32>
    %2 = stablehlo.dynamic_slice %arg0, sizes = [] : (tensor<f32>) -> tensor<f32>
    %3 = stablehlo.reshape %arg0 : (tensor<f32>) -> tensor<f32>
    return %0, %1, %2, %3 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>`},
	{"negative_pad_and_strides", "(%arg0: tensor<8x9xf32>, %arg1: tensor<f32>) -> (tensor<5x4xf32>, tensor<2x3xf32>)", `
    %0 = stablehlo.pad %arg0, %arg1, low = [-1, 0], high = [-2, -5], interior = [0, 0] : (tensor<8x9xf32>, tensor<f32>) -> tensor<5x4xf32>
    %1 = stablehlo.slice %arg0 [1:8:4, 0:9:3] : (tensor<8x9xf32>) -> tensor<2x3xf32>
    return %0, %1 : tensor<5x4xf32>, tensor<2x3xf32>`},
	{"custom_calls", "(%arg0: tensor<2xf32>) -> tensor<2xf32>", `
    stablehlo.custom_call @"side-effect.v2"(%arg0) {has_side_effect = true} : (tensor<2xf32>) -> ()
    %0 = stablehlo.custom_call @source() : () -> tensor<2xf32>
    %1:2 = stablehlo.custom_call @pair(%0, %arg0) {api_version = 4 : i32, backend_config = {a = 1 : i32, b = "x"}, called_computations = [@helper]} : (tensor<2xf32>, tensor<2xf32>) -> (tensor<2xf32>, tuple<tensor<2xf32>>)
    return %1#0 : tensor<2xf32>`},
	{"dot_forms", "(%arg0: tensor<3x4xf32>, %arg1: tensor<4x5xf32>, %arg2: tensor<3xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x4x3xf32>, tensor<3x5xf32>)", `
    %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
    %1 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0], algorithm = <lhs_precision_type = bf16, rhs_precision_type = bf16, accumulation_type = f32, lhs_component_count = 1, rhs_component_count = 1, num_primitive_operations = 6, allow_imprecise_accumulation = false> : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
    %2 = stablehlo.dot_general %arg0, %arg2, contracting_dims = [] x [] : (tensor<3x4xf32>, tensor<3xf32>) -> tensor<3x4x3xf32>
    %3 = stablehlo.dot %arg0, %arg1, precision = [DEFAULT, HIGH] : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
    return %0, %1, %2, %3 : tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x4x3xf32>, tensor<3x5xf32>`},
	{"conv_layouts", "(%arg0: tensor<1x3x8x8xf32>, %arg1: tensor<16x3x3x3xf32>, %arg2: tensor<1x8x3xf32>, %arg3: tensor<3x3x4xf32>) -> (tensor<1x16x6x6xf32>, tensor<1x13x4xf32>)", `
    %0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x3x8x8xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x6x6xf32>
    %1 = stablehlo.convolution(%arg2, %arg3) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {lhs_dilate = [2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision DEFAULT>]} : (tensor<1x8x3xf32>, tensor<3x3x4xf32>) -> tensor<1x13x4xf32>
    return %0, %1 : tensor<1x16x6x6xf32>, tensor<1x13x4xf32>`},
	{"reduce_forms", "(%arg0: tensor<4x6xi1>, %arg1: tensor<4x6xf32>) -> (tensor<i1>, tensor<6xf32>, tensor<4xf32>)", `
    %c = stablehlo.constant dense<true> : tensor<i1>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reduce(%arg0 init: %c) applies stablehlo.and across dimensions = [0, 1] : (tensor<4x6xi1>, tensor<i1>) -> tensor<i1>
    %1 = stablehlo.reduce(%arg1 init: %cst) across dimensions = [0] : (tensor<4x6xf32>, tensor<f32>) -> tensor<6xf32>
     reducer(%arg2: tensor<f32>, %arg3: tensor<f32>) {
      %3 = stablehlo.add %arg3, %arg2 : tensor<f32>
      stablehlo.return %3 : tensor<f32>
    }
    %2 = stablehlo.reduce(%arg1 init: %cst) across dimensions = [1] : (tensor<4x6xf32>, tensor<f32>) -> tensor<4xf32>
     reducer(%arg2: tensor<f32>, %arg3: tensor<f32>) {
      %3 = stablehlo.add %arg2, %arg3 {mhlo.frontend_attributes = {x = "y"}} : tensor<f32>
      stablehlo.return %3 : tensor<f32>
    }
    return %0, %1, %2 : tensor<i1>, tensor<6xf32>, tensor<4xf32>`},
	{"nested_while", "(%arg0: tensor<i32>) -> tensor<i32>", `
    %0 = stablehlo.while(%iterArg = %arg0) : tensor<i32>
    cond {
      %1 = stablehlo.compare LT, %iterArg, %arg0 : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %1 : tensor<i1>
    } do {
      %1 = stablehlo.while(%iterArg_0 = %iterArg) : tensor<i32>
      cond {
        %2 = stablehlo.compare GE, %iterArg_0, %iterArg, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
        stablehlo.return %2 : tensor<i1>
      } do {
        stablehlo.return %iterArg_0 : tensor<i32>
      }
      stablehlo.return %1 : tensor<i32>
    }
    return %0 : tensor<i32>`},
	{"tuples_tokens_barriers", "(%arg0: tensor<2xf32>, %arg1: !stablehlo.token) -> (tuple<tensor<2xf32>>, tensor<2xf32>, !stablehlo.token)", `
    %0 = stablehlo.tuple %arg0 : tuple<tensor<2xf32>>
    %1 = stablehlo.tuple %0, %arg0 : tuple<tuple<tensor<2xf32>>, tensor<2xf32>>
    %2 = stablehlo.get_tuple_element %1[0] : (tuple<tuple<tensor<2xf32>>, tensor<2xf32>>) -> tuple<tensor<2xf32>>
    %3:2 = stablehlo.optimization_barrier %arg0, %arg1 : tensor<2xf32>, !stablehlo.token
    %4 = stablehlo.after_all %arg1, %3#1 : !stablehlo.token
    %5 = stablehlo.create_token : !stablehlo.token
    %6 = stablehlo.partition_id : tensor<ui32>
    return %2, %3#0, %4 : tuple<tensor<2xf32>>, tensor<2xf32>, !stablehlo.token`},
	{"fft_cholesky_rng", "(%arg0: tensor<8xf32>, %arg1: tensor<3x3xf32>, %arg2: tensor<2xui64>) -> (tensor<8xf32>, tensor<3x3xf32>, tensor<2x2xf64>)", `
    %0 = stablehlo.fft %arg0, type = RFFT, length = [8] : (tensor<8xf32>) -> tensor<5xcomplex<f32>>
    %1 = stablehlo.fft %0, type = IRFFT, length = [8] : (tensor<5xcomplex<f32>>) -> tensor<8xf32>
    %2 = stablehlo.cholesky %arg1 : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %output_state, %output = stablehlo.rng_bit_generator %arg2, algorithm = PHILOX : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x2xf64>)
    return %1, %2, %output : tensor<8xf32>, tensor<3x3xf32>, tensor<2x2xf64>`},
	{"dynamic_and_bounded_types", "(%arg0: tensor<?x4xf32, #stablehlo.bounds<8, ?>>, %arg1: tensor<i32>) -> (tensor<?x4xf32, #stablehlo.bounds<8, ?>>, tensor<i32>, tensor<?x4xf32, #stablehlo.bounds<8, ?>>)", `
    %0 = stablehlo.abs %arg0 : tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    %1 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>) -> tensor<i32>
    %2 = stablehlo.add %0, %arg0 : tensor<?x4xf32, #stablehlo.bounds<8, ?>>
    return %2, %1, %0 : tensor<?x4xf32, #stablehlo.bounds<8, ?>>, tensor<i32>, tensor<?x4xf32, #stablehlo.bounds<8, ?>>`},
	{"constants", "() -> (tensor<2xcomplex<f32>>, tensor<3xbf16>, tensor<i1>, tensor<2x!quant.uniform<i8:f32:0, {1e-01:-3,2e-01}>>, tensor<0x3xi32>)", `
    %cst = stablehlo.constant dense<[(1.000000e+00,-2.000000e+00), (0.000000e+00,3.500000e+00)]> : tensor<2xcomplex<f32>>
    %cst_0 = stablehlo.constant {mhlo.sharding = "{replicated}"} dense<[0x7FC0, 0xFF80, 1.000000e+00]> : tensor<3xbf16>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %cst_1 = "stablehlo.constant"() <{value = dense<[1, -2]> : tensor<2xi8>}> : () -> tensor<2x!quant.uniform<i8:f32:0, {1e-01:-3,2e-01}>>
    %c_2 = stablehlo.constant dense<> : tensor<0x3xi32>
    return %cst, %cst_0, %c, %cst_1, %c_2 : tensor<2xcomplex<f32>>, tensor<3xbf16>, tensor<i1>, tensor<2x!quant.uniform<i8:f32:0, {1e-01:-3,2e-01}>>, tensor<0x3xi32>`},
	{"elementwise_variants", "(%arg0: tensor<4xf32>, %arg1: tensor<4xi1>, %arg2: tensor<f32>) -> (tensor<4xf32>, tensor<4xcomplex<f32>>, tensor<4xf32>, tensor<4xf32>)", `
    %0 = stablehlo.convert %arg0 : tensor<4xf32>
    %1 = stablehlo.complex %arg0, %0 : tensor<4xcomplex<f32>>
    %2 = stablehlo.select %arg1, %arg0, %0 : tensor<4xi1>, tensor<4xf32>
    %3 = stablehlo.clamp %arg2, %2, %arg2 : (tensor<f32>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    %4 = stablehlo.logistic %3 {result_accuracy = #stablehlo.result_accuracy<atol = 0.000000e+00, rtol = 0.000000e+00, ulps = 2, mode = #stablehlo.result_accuracy_mode<TOLERANCE>>} : tensor<4xf32>
    %5 = stablehlo.reduce_precision %4, format = e8m23 : tensor<4xf32>
    %6 = stablehlo.compare NE, %5, %4 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    %7 = stablehlo.is_finite %5 : (tensor<4xf32>) -> tensor<4xi1>
    %8 = chlo.next_after %5, %4 : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
    %9 = chlo.is_inf %8 : tensor<4xf32> -> tensor<4xi1>
    %values, %indices = chlo.top_k(%8, k = 2) : tensor<4xf32> -> (tensor<2xf32>, tensor<2xi32>)
    return %5, %1, %3, %8 : tensor<4xf32>, tensor<4xcomplex<f32>>, tensor<4xf32>, tensor<4xf32>`},
}

func TestEdgeCases(t *testing.T) {
	for _, c := range edgeCases {
		t.Run(c.name, func(t *testing.T) {
			src := "module @edge attributes {mhlo.num_partitions = 1 : i32} {\n" +
				"  func.func public @main" + c.sig + " {" + c.body + "\n  }\n" +
				"  func.func private @helper() attributes {foo = [1 : i64, 2 : i64]} {\n    return\n  }\n" +
				"}\n"
			m, err := mlirtext.Parse([]byte(src), c.name+".mlir")
			if err != nil {
				t.Fatalf("the parser rejects the printer's form: %v", err)
			}
			if got := stablehlo.Print(m); got != src {
				t.Errorf("printed text differs from the input:\n%s", firstLineDiff(src, got))
			}
			if err := roundtrip.Check(m); err != nil {
				t.Error(err)
			}
			if !strings.Contains(src, "return") {
				t.Fatal("case has no return")
			}
		})
	}
}

// edgeModules are whole modules in the printer's form: module-level ops other
// than functions (Shardy meshes), Shardy's pretty forms, generic ops at module
// level, nested modules.
var edgeModules = map[string]string{
	"shardy": `module @jit_func attributes {jax.uses_shape_polymorphism = false, mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["a"=2]>
  func.func public @main(%arg0: tensor<4xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{"a"}]>}) -> (tensor<4xf32> {jax.result_info = "result"}) {
    %0 = sdy.sharding_constraint %arg0 <@mesh, [{"a"}]> : tensor<4xf32>
    %1 = stablehlo.add %0, %0 : tensor<4xf32>
    %2 = call @relu(%1) : (tensor<4xf32>) -> tensor<4xf32>
    %3 = stablehlo.custom_call @Sharding(%2) {mhlo.sharding = "{replicated}", sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=4}, custom>} : (tensor<4xf32>) -> tensor<4xf32>
    return %3 : tensor<4xf32>
  }
  func.func private @relu(%arg0: tensor<4xf32>) -> tensor<4xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<4xf32>
    %0 = stablehlo.maximum %arg0, %cst : tensor<4xf32>
    return %0 : tensor<4xf32>
  }
}
`,
	"generic_module_ops": `module {
  "test.global"() {sym_name = "g", value = dense<1> : tensor<2xi32>} : () -> ()
  func.func nested @f() attributes {"weird key"} {
    return
  }
}
`,
}

func TestEdgeModules(t *testing.T) {
	for name, src := range edgeModules {
		t.Run(name, func(t *testing.T) {
			m, err := mlirtext.Parse([]byte(src), name+".mlir")
			if err != nil {
				t.Fatalf("the parser rejects the printer's form: %v", err)
			}
			if got := stablehlo.Print(m); got != src {
				t.Errorf("printed text differs from the input:\n%s", firstLineDiff(src, got))
			}
			if err := roundtrip.Check(m); err != nil {
				t.Error(err)
			}
		})
	}
}
