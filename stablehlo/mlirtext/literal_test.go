package mlirtext

import (
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

// attrOf parses a one-op module "%0 = stablehlo.constant ..." style snippet and
// returns the named attribute of its first non-func op.
func firstOp(t *testing.T, src string) *stablehlo.Op {
	t.Helper()
	m, err := Parse([]byte(src), "t.mlir")
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	var found *stablehlo.Op
	m.Walk(func(op *stablehlo.Op) bool {
		if found == nil && op.Name != "func.func" {
			found = op
		}
		return true
	})
	if found == nil {
		t.Fatalf("no op in %q", src)
	}
	return found
}

// wrap puts one op into a function so it can use %a, %b (tensor<2xf32>) and %i (tensor<i32>).
func wrap(body string) string {
	return "func.func @f(%a: tensor<2xf32>, %b: tensor<2xf32>, %i: tensor<i32>) {\n" + body + "\nreturn\n}"
}

func TestAttributeLiterals(t *testing.T) {
	tests := []struct {
		name, attr, want string
	}{
		{"untyped int is i64", `7`, `7 : i64`},
		{"negative i8", `-128 : i8`, `-128 : i8`},
		{"i8 wraps", `255 : i8`, `-1 : i8`},
		{"ui64 max", `18446744073709551615 : ui64`, `18446744073709551615 : ui64`},
		{"ui32", `4294967295 : ui32`, `4294967295 : ui32`},
		{"index", `3 : index`, `3 : index`},
		{"i1 integer is bool", `1 : i1`, `true`},
		{"untyped float is f64", `1.5`, `1.500000e+00 : f64`},
		{"f32 rounding", `0.1 : f32`, `1.000000e-01 : f32`},
		{"f32 hex nan", `0x7FC00000 : f32`, `0x7FC00000 : f32`},
		{"bf16 hex -inf", `0xFF80 : bf16`, `0xFF80 : bf16`},
		{"f16 decimal", `6.550400e+04 : f16`, `6.550400e+04 : f16`},
		{"f8E4M3FN", `4.480000e+02 : f8E4M3FN`, `4.480000e+02 : f8E4M3FN`},
		// f8E8M0FNU literals read as MLIR (APFloat) reads them: linear rounding,
		// ties up, zero and underflow to 2^-127, negative and overflow to NaN.
		{"f8E8M0FNU literals", `dense<[0.0, -0.0, -1.0, 2.9, 3.0, 5.7, 1.0e-40, 9.0e-39, 1.0e39, 0x80]> : tensor<10xf8E8M0FNU>`,
			`dense<[5.877472e-39, 5.877472e-39, 0xFF, 2.000000e+00, 4.000000e+00, 4.000000e+00, 5.877472e-39, 1.175494e-38, 0xFF, 2.000000e+00]> : tensor<10xf8E8M0FNU>`},
		{"f8 overflow and rounding", `dense<[500.0, 464.0, 0.0009765625, -500.0]> : tensor<4xf8E4M3FN>`, `dense<[0x7F, 4.480000e+02, 0.000000e+00, 0xFF]> : tensor<4xf8E4M3FN>`},
		{"f4 saturates", `dense<[7.0, 0.25, -0.0]> : tensor<3xf4E2M1FN>`, `dense<[6.000000e+00, 0.000000e+00, -0.000000e+00]> : tensor<3xf4E2M1FN>`},
		{"f32 overflow is inf", `3.5e38 : f32`, `0x7F800000 : f32`},
		{"int literal as float", `2 : f32`, `2.000000e+00 : f32`},
		{"string escapes", `"a\22b\n\\\FF"`, `"a\"b\n\\\FF"`},
		{"bool", `false`, `false`},
		{"unit", `unit`, `unit`},
		{"symbol", `@foo`, `@foo`},
		{"quoted symbol", `@"foo-bar"`, `@"foo-bar"`},
		{"nested symbol", `@a::@b`, `@a::@b`},
		{"array", `[1 : i32, "x", [true]]`, `[1 : i32, "x", [true]]`},
		{"dict sorted, bare key unit", `{z = 1, a}`, `{a, z = 1 : i64}`},
		{"dense array", `array<i64: 1, -2>`, `array<i64: 1, -2>`},
		{"dense array empty", `array<i64>`, `array<i64>`},
		{"dense array bool", `array<i1: true, false>`, `array<i1: true, false>`},
		{"dense array f32", `array<f32: 1.0, 0x7FC00000>`, `array<f32: 1.000000e+00, 0x7FC00000>`},
		{"dense splat", `dense<1.0> : tensor<2x2xf32>`, `dense<1.000000e+00> : tensor<2x2xf32>`},
		{"dense full list that is a splat", `dense<[3, 3]> : tensor<2xi32>`, `dense<3> : tensor<2xi32>`},
		{"dense nested", `dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>`, `dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>`},
		{"dense bools", `dense<[true, false]> : tensor<2xi1>`, `dense<[true, false]> : tensor<2xi1>`},
		{"dense complex", `dense<[(1.0, 2.0), (3.0, -4.0)]> : tensor<2xcomplex<f32>>`, `dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,-4.000000e+00)]> : tensor<2xcomplex<f32>>`},
		{"dense complex splat", `dense<(1.0, 0.0)> : tensor<3xcomplex<f64>>`, `dense<(1.000000e+00,0.000000e+00)> : tensor<3xcomplex<f64>>`},
		{"dense hex", `dense<"0x0000803F00000040"> : tensor<2xf32>`, `dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>`},
		{"dense hex splat", `dense<"0x0000803F"> : tensor<3xf32>`, `dense<1.000000e+00> : tensor<3xf32>`},
		{"dense hex i1 packed", `dense<"0x05"> : tensor<3xi1>`, `dense<[true, false, true]> : tensor<3xi1>`},
		{"dense hex i1 splat", `dense<"0xFF"> : tensor<4xi1>`, `dense<true> : tensor<4xi1>`},
		{"dense hex i1 bytes", `dense<"0x00010100010101000101"> : tensor<10xi1>`, `dense<[false, true, true, false, true, true, true, false, true, true]> : tensor<10xi1>`},
		{"dense empty", `dense<> : tensor<0xf32>`, `dense<> : tensor<0xf32>`},
		{"dense empty list", `dense<[]> : tensor<0xi32>`, `dense<> : tensor<0xi32>`},
		{"dense ui8", `dense<[255, 0]> : tensor<2xui8>`, `dense<[255, 0]> : tensor<2xui8>`},
		{"dense i4 negative", `dense<[-8, 7]> : tensor<2xi4>`, `dense<[-8, 7]> : tensor<2xi4>`},
		// Raw storage keeps only the type's bits, as MLIR's hex form shows (-1 : i2 is 0x03).
		{"dense i2 raw bits", `dense<[-1, 1, -2, 0]> : tensor<4xi2>`, `dense<[-1, 1, -2, 0]> : tensor<4xi2>`},
		{"dense index", `dense<[0, 1]> : tensor<2xindex>`, `dense<[0, 1]> : tensor<2xindex>`},
		{"big splat is not expanded", `dense<0.0> : tensor<100000x100000xf32>`, `dense<0.000000e+00> : tensor<100000x100000xf32>`},
		{"big hex splat", `dense<"0x0000803F"> : tensor<100000x100000xf32>`, `dense<1.000000e+00> : tensor<100000x100000xf32>`},
		{"big i1 hex splat", `dense<"0xFF"> : tensor<100000x100000xi1>`, `dense<true> : tensor<100000x100000xi1>`},
		{"dense hex tf32 is 3 bytes per element", `dense<"0x00FC01000002"> : tensor<2xtf32>`, `dense<[1.000000e+00, 2.000000e+00]> : tensor<2xtf32>`},
		{"dense bf16 nan", `dense<0x7FC0> : tensor<bf16>`, `dense<0x7FC0> : tensor<bf16>`},
		{"enum", `#stablehlo<comparison_direction EQ>`, `#stablehlo<comparison_direction EQ>`},
		{"precision enum", `#stablehlo<precision HIGHEST>`, `#stablehlo<precision HIGHEST>`},
		{"dot dims", `#stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>`, `#stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>`},
		{"gather", `#stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>`, `#stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>`},
		{"scatter", `#stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>`, `#stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>`},
		{"conv pretty", `#stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>`, `#stablehlo.conv<raw input_batch_dimension = 0, input_feature_dimension = 3, input_spatial_dimensions = [1, 2], kernel_input_feature_dimension = 2, kernel_output_feature_dimension = 3, kernel_spatial_dimensions = [0, 1], output_batch_dimension = 0, output_feature_dimension = 3, output_spatial_dimensions = [1, 2]>`},
		{"conv pretty permuted", `#stablehlo.conv<[b, f, 1, 0]x[o, i, 0, 1]->[f, b, 0, 1]>`, `#stablehlo.conv<raw input_batch_dimension = 0, input_feature_dimension = 1, input_spatial_dimensions = [3, 2], kernel_input_feature_dimension = 1, kernel_output_feature_dimension = 0, kernel_spatial_dimensions = [2, 3], output_batch_dimension = 1, output_feature_dimension = 0, output_spatial_dimensions = [2, 3]>`},
		{"channel handle", `#stablehlo.channel_handle<handle = 1, type = 2>`, `#stablehlo.channel_handle<handle = 1, type = 2>`},
		{"output operand alias", `#stablehlo.output_operand_alias<output_tuple_indices = [0], operand_index = 1, operand_tuple_indices = []>`, `#stablehlo.output_operand_alias<output_tuple_indices = [0], operand_index = 1, operand_tuple_indices = []>`},
		{"result accuracy", `#stablehlo.result_accuracy<atol = 1.000000e-05, rtol = 0.000000e+00, ulps = 2, mode = #stablehlo.result_accuracy_mode<TOLERANCE>>`, `#stablehlo.result_accuracy<atol = 1.000000e-05, rtol = 0.000000e+00, ulps = 2, mode = #stablehlo.result_accuracy_mode<TOLERANCE>>`},
		{"dot algorithm", `#stablehlo.dot_algorithm<lhs_precision_type = tf32, rhs_precision_type = tf32, accumulation_type = f32, lhs_component_count = 1, rhs_component_count = 1, num_primitive_operations = 1, allow_imprecise_accumulation = false>`, `#stablehlo.dot_algorithm<lhs_precision_type = tf32, rhs_precision_type = tf32, accumulation_type = f32, lhs_component_count = 1, rhs_component_count = 1, num_primitive_operations = 1, allow_imprecise_accumulation = false>`},
		{"type extensions", `#stablehlo.type_extensions<bounds = [16, ?]>`, `#stablehlo.type_extensions<bounds = [16, ?]>`},
		{"opaque sdy", `#sdy.op_sharding_rule<([i, j])->([k, l], []) {i=4, j=4, k=4, l=4}, custom>`, `#sdy.op_sharding_rule<([i, j])->([k, l], []) {i=4, j=4, k=4, l=4}, custom>`},
		{"opaque multi-line", "#foo.bar<\n  a = [\n 1,\n  2\n ]\n>", `#foo.bar<a = [1, 2]>`},
		{"opaque multi-line braces", "#sparse_tensor.encoding<{\n  map = (d0) -> (d0 : dense)\n}>", `#sparse_tensor.encoding<{ map = (d0) -> (d0 : dense) }>`},
		{"opaque single line kept", `#sparse_tensor.encoding<{ map = (d0) -> (d0 : dense) }>`, `#sparse_tensor.encoding<{ map = (d0) -> (d0 : dense) }>`},
		{"type attr", `tensor<?x3xf32>`, `tensor<?x3xf32>`},
		{"function type attr", `(tensor<f32>, i1) -> (f32, i32)`, `(tensor<f32>, i1) -> (f32, i32)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "module attributes {x = " + tc.attr + "} {}"
			m, err := Parse([]byte(src), "t.mlir")
			if err != nil {
				t.Fatalf("parse %q: %v", src, err)
			}
			got := m.Attr("x")
			if got == nil || got.String() != tc.want {
				t.Errorf("attribute %s\n got %v\nwant %s", tc.attr, got, tc.want)
			}
		})
	}
}

func TestTypes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`tensor<2x3xf32>`, `tensor<2x3xf32>`},
		{`tensor<f32>`, `tensor<f32>`},
		{`tensor<*xi8>`, `tensor<*xi8>`},
		{`tensor<?x?xf32, #stablehlo.bounds<3, ?>>`, `tensor<?x?xf32, #stablehlo.bounds<3, ?>>`},
		{`tensor<?xf32, #stablehlo.type_extensions<bounds = [4]>>`, `tensor<?xf32, #stablehlo.bounds<4>>`},
		{`tensor<2xcomplex<f64>>`, `tensor<2xcomplex<f64>>`},
		{`tensor<4xui2>`, `tensor<4xui2>`},
		{`tensor<4xf8E4M3B11FNUZ>`, `tensor<4xf8E4M3B11FNUZ>`},
		{`tensor<4xf4E2M1FN>`, `tensor<4xf4E2M1FN>`},
		{`tensor<4xtf32>`, `tensor<4xtf32>`},
		{`!stablehlo.token`, `!stablehlo.token`},
		{`tuple<tensor<f32>, tuple<>>`, `tuple<tensor<f32>, tuple<>>`},
		{`none`, `none`},
		{`index`, `index`},
		{`tensor<2x!quant.uniform<i8:f32, 2.000000e+00:15>>`, `tensor<2x!quant.uniform<i8:f32, 2e+00:15>>`},
		{`!quant.uniform<u8:f32, 5.000000e-01>`, `!quant.uniform<u8:f32, 5e-01>`},
		{`!quant.uniform<i8<-127:127>:f32:1, {1.0:-1, 2.0}>`, `!quant.uniform<i8<-127:127>:f32:1, {1e+00:-1,2e+00}>`},
		{`!vhlo.tensor_v1<2x!vhlo.f32_v1>`, `!vhlo.tensor_v1<2x!vhlo.f32_v1>`},
		{`(tensor<f32>) -> ((i32) -> i1)`, `(tensor<f32>) -> ((i32) -> i1)`},
	}
	for _, tc := range tests {
		src := "module attributes {x = " + tc.in + "} {}"
		m, err := Parse([]byte(src), "t.mlir")
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		ta, ok := m.Attr("x").(*stablehlo.TypeAttr)
		if !ok || ta.Type.String() != tc.want {
			t.Errorf("type %s: got %v, want %s", tc.in, m.Attr("x"), tc.want)
		}
	}
}

func TestPrettyOps(t *testing.T) {
	tests := []struct {
		name, body string
		op         string
		attrs      string // the op's attributes as a dict
		results    string
	}{
		{"add", `%0 = stablehlo.add %a, %b : tensor<2xf32>`, "stablehlo.add", `{}`, "tensor<2xf32>"},
		{"convert functional", `%0 = stablehlo.convert %a : (tensor<2xf32>) -> tensor<2xi32>`, "stablehlo.convert", `{}`, "tensor<2xi32>"},
		{"compare with type", `%0 = stablehlo.compare LT, %a, %b, FLOAT : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>`, "stablehlo.compare",
			`{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}`, "tensor<2xi1>"},
		{"broadcast_in_dim", `%0 = stablehlo.broadcast_in_dim %i, dims = [] : (tensor<i32>) -> tensor<3xi32>`, "stablehlo.broadcast_in_dim", `{broadcast_dimensions = array<i64>}`, "tensor<3xi32>"},
		{"transpose", `%0 = stablehlo.transpose %a, dims = [0] : (tensor<2xf32>) -> tensor<2xf32>`, "stablehlo.transpose", `{permutation = array<i64: 0>}`, "tensor<2xf32>"},
		{"iota", `%0 = stablehlo.iota dim = 0 : tensor<4xi32>`, "stablehlo.iota", `{iota_dimension = 0 : i64}`, "tensor<4xi32>"},
		{"slice", `%0 = stablehlo.slice %a [0:2:2] : (tensor<2xf32>) -> tensor<1xf32>`, "stablehlo.slice",
			`{limit_indices = array<i64: 2>, start_indices = array<i64: 0>, strides = array<i64: 2>}`, "tensor<1xf32>"},
		{"pad", `%0 = stablehlo.pad %a, %i, low = [1], high = [2], interior = [0] : (tensor<2xf32>, tensor<i32>) -> tensor<5xf32>`, "stablehlo.pad",
			`{edge_padding_high = array<i64: 2>, edge_padding_low = array<i64: 1>, interior_padding = array<i64: 0>}`, "tensor<5xf32>"},
		{"reduce_precision", `%0 = stablehlo.reduce_precision %a, format = e5m10 : tensor<2xf32>`, "stablehlo.reduce_precision", `{exponent_bits = 5 : i32, mantissa_bits = 10 : i32}`, "tensor<2xf32>"},
		{"fft", `%0 = stablehlo.fft %a, type = RFFT, length = [2] : (tensor<2xf32>) -> tensor<2xcomplex<f32>>`, "stablehlo.fft", `{fft_length = array<i64: 2>, fft_type = #stablehlo<fft_type RFFT>}`, "tensor<2xcomplex<f32>>"},
		{"dot_general", `%0 = stablehlo.dot_general %a, %b, contracting_dims = [0] x [0], precision = [DEFAULT, HIGH] : (tensor<2xf32>, tensor<2xf32>) -> tensor<f32>`, "stablehlo.dot_general",
			`{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision HIGH>]}`, "tensor<f32>"},
		{"complex prints its result type", `%0 = stablehlo.complex %a, %b : tensor<2xcomplex<f32>>`, "stablehlo.complex", `{}`, "tensor<2xcomplex<f32>>"},
		{"select pred type", `%p = stablehlo.constant dense<true> : tensor<i1>` + "\n" + `%0 = stablehlo.select %p, %a, %b : tensor<i1>, tensor<2xf32>`, "stablehlo.constant", `{value = dense<true> : tensor<i1>}`, "tensor<i1>"},
		{"custom_call", `%0 = stablehlo.custom_call @"foo-bar"(%a) {has_side_effect = true} : (tensor<2xf32>) -> tensor<2xf32>`, "stablehlo.custom_call", `{call_target_name = "foo-bar", has_side_effect = true}`, "tensor<2xf32>"},
		{"generic with props", `%0 = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction EQ>}> {x = 1 : i32} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>`, "stablehlo.compare",
			`{comparison_direction = #stablehlo<comparison_direction EQ>, x = 1 : i32}`, "tensor<2xi1>"},
		{"convolution", `%0 = stablehlo.convolution(%a, %b) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {stride = [2], pad = [[1, 0]], rhs_dilate = [3], reverse = [true]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>`, "stablehlo.convolution",
			`{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<raw input_batch_dimension = 0, input_feature_dimension = 2, input_spatial_dimensions = [1], kernel_input_feature_dimension = 1, kernel_output_feature_dimension = 2, kernel_spatial_dimensions = [0], output_batch_dimension = 0, output_feature_dimension = 2, output_spatial_dimensions = [1]>, feature_group_count = 1 : i64, padding = dense<[[1, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 3>, window_reversal = array<i1: true>, window_strides = array<i64: 2>}`, "tensor<2xf32>"},
		{"optimization_barrier no operands", "stablehlo.optimization_barrier()\n%0:2 = stablehlo.optimization_barrier %a, %b : tensor<2xf32>, tensor<2xf32>", "stablehlo.optimization_barrier", `{}`, ""},
		{"tuple empty", `%0 = stablehlo.tuple : tuple<>`, "stablehlo.tuple", `{}`, "tuple<>"},
		{"bounds encoding", `%0 = stablehlo.set_dimension_size %a, %i, dim = 0 : (tensor<2xf32>, tensor<i32>) -> tensor<?xf32, #stablehlo.bounds<2>>`, "stablehlo.set_dimension_size", `{dimension = 0 : i64}`, "tensor<?xf32, #stablehlo.bounds<2>>"},
		{"rng_bit_generator two results", `%s, %o = stablehlo.rng_bit_generator %a, algorithm = PHILOX : (tensor<2xf32>) -> (tensor<2xf32>, tensor<2x2xui32>)`, "stablehlo.rng_bit_generator", `{rng_algorithm = #stablehlo<rng_algorithm PHILOX>}`, "tensor<2xf32>, tensor<2x2xui32>"},
		{"expect_almost_eq_const", `check.expect_almost_eq_const %a, dense<5.1> : tensor<2xf32> {tolerance = 0.1 : f64}`, "check.expect_almost_eq_const", `{tolerance = 1.000000e-01 : f64, value = dense<5.100000e+00> : tensor<2xf32>}`, ""},
		{"expect_almost_eq tolerance", `check.expect_almost_eq %a, %b, tolerance = 0.1 : tensor<2xf32>`, "check.expect_almost_eq", `{tolerance = 1.000000e-01 : f64}`, ""},
		{"expect_close", `check.expect_close %a, %b, max_ulp_difference = 3 : tensor<2xf32>, tensor<2xf32>`, "check.expect_close", `{max_ulp_difference = 3 : ui64}`, ""},
		{"expect_serialized_eq", `check.expect_serialized_eq %a, probe_id = "p", iter = 1 : tensor<2xf32>`, "check.expect_serialized_eq", `{iteration = 1 : ui32, probe_id = "p"}`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			op := firstOp(t, wrap(tc.body))
			if op.Name != tc.op {
				t.Fatalf("op %s, want %s", op.Name, tc.op)
			}
			if got := stablehlo.NewDict(append([]stablehlo.NamedAttr(nil), op.Attrs...)).String(); got != tc.attrs {
				t.Errorf("attrs\n got %s\nwant %s", got, tc.attrs)
			}
			var rs []string
			for _, r := range op.Results {
				rs = append(rs, r.Type.String())
			}
			if got := strings.Join(rs, ", "); got != tc.results {
				t.Errorf("results %s, want %s", got, tc.results)
			}
		})
	}
}

func TestStructure(t *testing.T) {
	src := `#loc0 = loc("a.py":1:2)
!t = tensor<2xf32>
module @m attributes {mhlo.num_replicas = 1 : i32} {
  func.func private @f(%arg0: !t {jax.arg = "x"} loc(#loc2), %arg1: tensor<i32>) -> (!t {jax.result_info = "r"}, tensor<i32>) {
    %0:2 = "test.pair"(%arg0, %arg1) : (!t, tensor<i32>) -> (!t, tensor<i32>) loc(#loc1)
    %1 = stablehlo.add %0#0, %0#0 : !t
    %2:2 = stablehlo.while(%iterArg = %1, %iterArg_0 = %0#1) : tensor<2xf32>, tensor<i32>
     cond {
      %c = stablehlo.constant dense<true> : tensor<i1>
      stablehlo.return %c : tensor<i1>
    } do {
      stablehlo.return %iterArg, %iterArg_0 : tensor<2xf32>, tensor<i32>
    }
    %3 = stablehlo.reduce(%2#0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %cst = stablehlo.constant dense<0.0> : tensor<f32>
    %4 = call @g(%3) : (tensor<f32>) -> tensor<f32>
    return %2#0, %2#1 : tensor<2xf32>, tensor<i32>
  }
  func.func @g(%x: tensor<f32>) -> tensor<f32> {
    func.return %x : tensor<f32>
  }
}
#loc1 = loc("b.py":3:4 to :9)
#loc2 = loc(callsite("f"(#loc0) at fused["c.py":1:1, unknown]))
{-# dialect_resources: { builtin: { blob: "0x040000000000803F" } } #-}
`
	m, err := Parse([]byte(src), "s.mlir")
	if err != nil {
		t.Fatal(err)
	}
	if m.Name != "m" || m.Attr("mhlo.num_replicas").String() != "1 : i32" {
		t.Fatalf("module header: %q %v", m.Name, m.Attrs)
	}
	f := m.Func("f")
	if f == nil || m.Func("g") == nil {
		t.Fatal("functions missing")
	}
	if v := f.Attr("sym_visibility"); v == nil || v.String() != `"private"` {
		t.Errorf("visibility %v", v)
	}
	if m.Func("g").Attr("sym_visibility") != nil || m.Func("g").Attr("arg_attrs") != nil {
		t.Errorf("public function without attrs should have neither sym_visibility nor arg_attrs: %v", m.Func("g").Attrs)
	}
	if got := f.Attr("arg_attrs").String(); got != `[{jax.arg = "x"}, {}]` {
		t.Errorf("arg_attrs %s", got)
	}
	if got := f.Attr("function_type").String(); got != `(tensor<2xf32>, tensor<i32>) -> (tensor<2xf32>, tensor<i32>)` {
		t.Errorf("function_type %s", got)
	}
	body := f.Body()
	if got := body.Args[0].Loc.String(); got != `callsite("f"("a.py":1:2) at fused["c.py":1:1, unknown])` {
		t.Errorf("arg loc %s", got)
	}
	pair, add := body.Ops[0], body.Ops[1]
	if pair.Loc.String() != `"b.py":3:4 to :9` {
		t.Errorf("op loc %s", pair.Loc)
	}
	if add.Operands[0] != pair.Results[0] || add.Operands[1] != pair.Results[0] {
		t.Error("0#0 not resolved to the first result")
	}
	w := body.Ops[2]
	if len(w.Regions) != 2 || len(w.Regions[0].Blocks[0].Args) != 2 || w.Operands[1] != pair.Results[1] {
		t.Fatalf("while structure wrong")
	}
	ret := w.Regions[1].Blocks[0].Ops[0]
	if ret.Operands[0] != w.Regions[1].Blocks[0].Args[0] {
		t.Error("while body iterArg not bound to the do-region block argument")
	}
	red := body.Ops[3]
	if red.Operands[1] != body.Ops[4].Results[0] {
		t.Error("forward reference to cst not patched")
	}
	rb := red.Regions[0].Blocks[0]
	if len(rb.Args) != 2 || rb.Args[0].Type.String() != "tensor<f32>" || rb.Ops[0].Name != "stablehlo.add" || rb.Ops[1].Name != "stablehlo.return" {
		t.Errorf("compact reduce body wrong")
	}
	call := body.Ops[5]
	if call.Name != "func.call" || call.Attr("callee").String() != "@g" {
		t.Errorf("call: %s %v", call.Name, call.Attrs)
	}
	if body.Ops[6].Name != "func.return" {
		t.Errorf("return: %s", body.Ops[6].Name)
	}
}

func TestDenseResource(t *testing.T) {
	src := `func.func @f() -> tensor<2xf32> {
  %0 = stablehlo.constant dense_resource<blob1> : tensor<2xf32>
  return %0 : tensor<2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000000803F00000040"
    }
  }
#-}
`
	op := firstOp(t, src)
	if got := op.Attr("value").String(); got != "dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>" {
		t.Errorf("dense_resource: %s", got)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"undefined value", "func.func @f() {\n  return %x : tensor<f32>\n}", "e.mlir:2:10: use of undefined value %x (in func.func @f)"},
		{"bad type", "func.func @f(%a: tensor<2xq32>) {\n return\n}", "e.mlir:1:27: unknown type \"q32\""},
		{"names the op", "func.func @f(%a: tensor<2xf32>) {\n  %0 = stablehlo.compare XX, %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>\n  return\n}", "e.mlir:2:26: unknown comparison_direction value \"XX\" (in stablehlo.compare in @f)"},
		{"result count", "func.func @f(%a: tensor<2xf32>) {\n  %0:2 = stablehlo.abs %a : tensor<2xf32>\n  return\n}", "e.mlir:2:3: 1 types given for 2 results (in stablehlo.abs in @f)"},
		{"redefinition", "func.func @f(%a: tensor<2xf32>) {\n  %a = stablehlo.abs %a : tensor<2xf32>\n  return\n}", "e.mlir:2:3: redefinition of %a"},
		{"unterminated string", "module attributes {x = \"abc} {}", "unterminated string"},
		{"dense shape", "module attributes {x = dense<[1, 2, 3]> : tensor<2xi32>} {}", "needs 2"},
		{"deep nesting", "module attributes {x = " + strings.Repeat("[", 10000) + "} {}", "nesting deeper"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.src), "e.mlir")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestParseSplitLineNumbers(t *testing.T) {
	src := "func.func @a() {\n  return\n}\n\n// -----\n\nfunc.func @b() {\n  %0 = stablehlo.bogus_syntax ]\n}\n// -----\nfunc.func @c() {\n  func.return\n}\n"
	mods, errs := ParseSplit([]byte(src), "s.mlir")
	if len(mods) != 3 {
		t.Fatalf("%d chunks", len(mods))
	}
	if errs[0] != nil || errs[2] != nil || mods[0].Func("a") == nil || mods[2].Func("c") == nil {
		t.Fatalf("chunks 0 and 2 should parse: %v %v", errs[0], errs[2])
	}
	if errs[1] == nil || !strings.HasPrefix(errs[1].Error(), "s.mlir:8:") {
		t.Errorf("chunk 1 error should be on line 8 of the whole file: %v", errs[1])
	}
}

func TestSdy(t *testing.T) {
	src := `module @jit_f attributes {mhlo.num_partitions = 2 : i32} {
  sdy.mesh @mesh = <["a"=2]>
  func.func public @main(%arg0: tensor<8xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"a"}]>}) -> (tensor<8xf32> {jax.result_info = "result"}) {
    %0 = sdy.sharding_constraint %arg0 <@mesh, [{"a"}]> : tensor<8xf32>
    %1 = sdy.manual_computation(%0) in_shardings=[<@mesh, [{"a"}]>] out_shardings=[<@mesh, [{"a"}]>] manual_axes={"a"} (%arg1: tensor<4xf32>) {
      %2 = stablehlo.add %arg1, %arg1 : tensor<4xf32>
      sdy.return %2 : tensor<4xf32>
    } : (tensor<8xf32>) -> tensor<8xf32>
    return %1 : tensor<8xf32>
  }
}`
	m, err := Parse([]byte(src), "sdy.mlir")
	if err != nil {
		t.Fatal(err)
	}
	mesh := m.Ops[0]
	if mesh.Name != "sdy.mesh" || mesh.Attr("mesh").String() != `#sdy.mesh<["a"=2]>` || mesh.Attr("sym_name").String() != `"mesh"` {
		t.Errorf("mesh: %v", mesh.Attrs)
	}
	body := m.Func("main").Body()
	if got := body.Ops[0].Attr("sharding").String(); got != `#sdy.sharding<@mesh, [{"a"}]>` {
		t.Errorf("sharding_constraint: %s", got)
	}
	mc := body.Ops[1]
	if got := mc.Attr("in_shardings").String(); got != `#sdy.sharding_per_value<[<@mesh, [{"a"}]>]>` {
		t.Errorf("in_shardings: %s", got)
	}
	if got := mc.Attr("manual_axes").String(); got != `#sdy<manual_axes{"a"}>` {
		t.Errorf("manual_axes: %s", got)
	}
	if len(mc.Regions) != 1 || len(mc.Regions[0].Blocks[0].Args) != 1 || mc.Results[0].Type.String() != "tensor<8xf32>" {
		t.Errorf("manual_computation structure")
	}
}

// JAX's as_text(debug_info=True) shape: loc aliases defined after the module,
// some referring to later ones, locs on args, ops, funcs and the module.
func TestDebugInfoLocations(t *testing.T) {
	src := `#loc1 = loc("x")
module @jit_f attributes {mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<f32> loc("x")) -> (tensor<f32> {jax.result_info = ""}) {
    %0 = stablehlo.sine %arg0 : tensor<f32> loc(#loc7)
    return %0 : tensor<f32> loc(#loc)
  } loc(#loc)
} loc(#loc)
#loc = loc(unknown)
#loc7 = loc("jit(f)/jit(main)/sin"(#loc3))
#loc2 = loc("/tmp/x.py":3:0 to 3:9)
#loc3 = loc(callsite(#loc2 at #loc1))
`
	m, err := Parse([]byte(src), "dbg.mlir")
	if err != nil {
		t.Fatal(err)
	}
	f := m.Func("main")
	sine := f.Body().Ops[0]
	if got, want := sine.Loc.String(), `"jit(f)/jit(main)/sin"(callsite("/tmp/x.py":3:0 to :9 at "x"))`; got != want {
		t.Errorf("op loc %s, want %s", got, want)
	}
	if got := f.Body().Args[0].Loc.String(); got != `"x"` {
		t.Errorf("arg loc %s", got)
	}
	if _, ok := f.Loc.(stablehlo.UnknownLoc); !ok {
		t.Errorf("func loc %v", f.Loc)
	}
}

// Sub-byte integers are stored in the IR's convention (tensor.Buffer's): one byte
// per element, sign-extended for signed types and masked for unsigned ones, so
// text and bytecode give the same raw data.
func TestSubByteRawStorage(t *testing.T) {
	m, err := Parse([]byte(`module attributes {x = dense<[-1, 1, -2, 0]> : tensor<4xi2>, y = dense<[-8, 15]> : tensor<2xui4>} {}`), "t.mlir")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Attr("x").(*stablehlo.DenseElementsAttr).Data; string(got) != "\xff\x01\xfe\x00" {
		t.Errorf("i2 data % x, want ff 01 fe 00", got)
	}
	if got := m.Attr("y").(*stablehlo.DenseElementsAttr).Data; string(got) != "\x08\x0f" {
		t.Errorf("ui4 data % x, want 08 0f", got)
	}
}

// Sub-byte integers written in decimal read to the same attribute as MLIR's raw
// hex form of them (the form the bytecode carries), splat or not.
func TestSubByteLiteralsMatchRawForm(t *testing.T) {
	tests := []struct{ decimal, raw string }{
		{`dense<[-1, 1, -2, 0]> : tensor<4xi2>`, `dense<"0x03010200"> : tensor<4xi2>`},
		{`dense<[-8, 7, -1]> : tensor<3xi4>`, `dense<"0x08070F"> : tensor<3xi4>`},
		{`dense<[3, 0]> : tensor<2xui2>`, `dense<"0x0300"> : tensor<2xui2>`},
		{`dense<-1> : tensor<1000xi4>`, `dense<"0x0F"> : tensor<1000xi4>`},
		{`dense<-2> : tensor<3xi2>`, `dense<[-2, -2, -2]> : tensor<3xi2>`},
	}
	for _, tc := range tests {
		m, err := Parse([]byte("module attributes {a = "+tc.decimal+", b = "+tc.raw+"} {}"), "t.mlir")
		if err != nil {
			t.Fatal(err)
		}
		a, b := m.Attr("a").(*stablehlo.DenseElementsAttr), m.Attr("b").(*stablehlo.DenseElementsAttr)
		if a.String() != b.String() || string(a.Data) != string(b.Data) || a.Splat != b.Splat {
			t.Errorf("%s: %s (% x) vs %s: %s (% x)", tc.decimal, a, a.Data, tc.raw, b, b.Data)
		}
	}
}

func TestForwardReferences(t *testing.T) {
	src := `"test.graph"() ({
  %0 = "test.use"(%1#1) ({
    "test.inner"(%1#0, %2) : (i32, i64) -> ()
  }) : (i64) -> i32
  %1:2 = "test.def"() : () -> (i32, i64)
  %2 = "test.def2"() : () -> i64
}) : () -> ()`
	m, err := Parse([]byte(src), "fwd.mlir")
	if err != nil {
		t.Fatal(err)
	}
	body := m.Ops[0].Body()
	use, def, def2 := body.Ops[0], body.Ops[1], body.Ops[2]
	if use.Operands[0] != def.Results[1] {
		t.Error("%1#1 not resolved to the second result")
	}
	inner := use.Regions[0].Blocks[0].Ops[0]
	if inner.Operands[0] != def.Results[0] || inner.Operands[1] != def2.Results[0] {
		t.Error("forward references from a nested region not resolved")
	}
	for _, bad := range []struct{ src, want string }{
		{`"test.graph"() ({
  %0 = "test.use"(%1#5) : (i64) -> i32
  %1:2 = "test.def"() : () -> (i32, i64)
}) : () -> ()`, "fwd.mlir:3:3: %1 has 2 results, %1#5 used"},
		{`"test.graph"() ({
  %0 = "test.use"(%9) : (i64) -> i32
}) : () -> ()`, "fwd.mlir:2:19: use of undefined value %9"},
	} {
		if _, err := Parse([]byte(bad.src), "fwd.mlir"); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("error %v, want %q", err, bad.want)
		}
	}
}

func TestAliases(t *testing.T) {
	src := `!t = tensor<2x!q>
module attributes {x = #a, y = #b} {
  func.func @f(%arg0: !t) -> !t {
    return %arg0 : !t loc(#l1)
  }
}
#a = [#b, 1]
#b = {k = #c}
#c = "deep"
!q = f32
#l1 = loc("n"(#l0))
#l0 = loc("f.py":1:2)
`
	m, err := Parse([]byte(src), "a.mlir")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Attr("x").String(); got != `[{k = "deep"}, 1 : i64]` {
		t.Errorf("x = %s", got)
	}
	if got := m.Func("f").Attr("function_type").String(); got != "(tensor<2xf32>) -> tensor<2xf32>" {
		t.Errorf("type alias: %s", got)
	}
	if got := m.Func("f").Body().Ops[0].Loc.String(); got != `"n"("f.py":1:2)` {
		t.Errorf("loc alias: %s", got)
	}
	for _, bad := range []struct{ src, want string }{
		{"#a = [#b]\n#b = [#a]\nmodule {}", "a.mlir:1:1: alias definition refers to itself"},
		{"module attributes {x = #nope} {}", "a.mlir:1:24: undefined attribute alias #nope"},
		{"#a = 1\n#a = 2\nmodule {}", "a.mlir:2:1: redefinition of alias #a"},
	} {
		if _, err := Parse([]byte(bad.src), "a.mlir"); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("error %v, want %q", err, bad.want)
		}
	}
}

// Windows line endings read like Unix ones, in Parse and in the split marker.
func TestCRLF(t *testing.T) {
	src := strings.ReplaceAll("func.func @a(%x: tensor<f32>) -> tensor<f32> {\n  %0 = stablehlo.add %x, %x : tensor<f32> // c\n  return %0 : tensor<f32>\n}\n// -----\nfunc.func @b() {\n  return\n}\n", "\n", "\r\n")
	mods, errs := ParseSplit([]byte(src), "crlf.mlir")
	if len(mods) != 2 || errs[0] != nil || errs[1] != nil || mods[0].Func("a") == nil || mods[1].Func("b") == nil {
		t.Fatalf("CRLF split: %d chunks, errors %v", len(mods), errs)
	}
}
