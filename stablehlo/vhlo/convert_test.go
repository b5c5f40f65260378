package vhlo

import (
	"encoding/binary"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Helpers building the IR values the VHLO dialect decoder produces.

func i64s(v ...int64) stablehlo.Attribute {
	data := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(data[8*i:], uint64(x))
	}
	return stablehlo.NewDenseElements(stablehlo.Tensor(tensor.I64, int64(len(v))), data)
}

func bools(v ...bool) stablehlo.Attribute {
	data := make([]byte, len(v))
	for i, b := range v {
		if b {
			data[i] = 1
		}
	}
	return stablehlo.NewDenseElements(stablehlo.Tensor(tensor.I1, int64(len(v))), data)
}

func i64(v int64) stablehlo.Attribute {
	return &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: v}
}

func str(s string) stablehlo.Attribute { return stablehlo.StringAttr{Value: s} }

func boolean(b bool) stablehlo.Attribute { return stablehlo.BoolAttr{Value: b} }

func enum(kind, v string) stablehlo.Attribute { return stablehlo.EnumAttr{Kind: kind, Value: v} }

func arr(e ...stablehlo.Attribute) stablehlo.Attribute { return &stablehlo.ArrayAttr{Elems: e} }

func none() stablehlo.Attribute { return &stablehlo.TypeAttr{Type: stablehlo.NoneType{}} }

func typ(t stablehlo.Type) stablehlo.Attribute { return &stablehlo.TypeAttr{Type: t} }

type kv = map[string]stablehlo.Attribute

func mkOp(name string, a kv) *stablehlo.Op {
	op := &stablehlo.Op{Name: name}
	for k, v := range a {
		op.Attrs = append(op.Attrs, stablehlo.NamedAttr{Name: k, Value: v})
	}
	stablehlo.SortAttrs(op.Attrs)
	return op
}

// attrText prints an op's attributes as one sorted "{k = v, ...}" dictionary.
func attrText(op *stablehlo.Op) string {
	return stablehlo.NewDict(append([]stablehlo.NamedAttr(nil), op.Attrs...)).String()
}

func TestConvertOp(t *testing.T) {
	defPrec := arr(enum("precision", "DEFAULT"), enum("precision", "DEFAULT"))
	cases := []struct {
		name     string
		in       *stablehlo.Op
		wantName string
		want     string
	}{
		{"add", mkOp("vhlo.add_v1", nil), "stablehlo.add", "{}"},
		{"compare default type dropped", mkOp("vhlo.compare_v1", kv{
			"compare_type": enum("comparison_type", "NOTYPE"), "comparison_direction": enum("comparison_direction", "LT")}),
			"stablehlo.compare", "{comparison_direction = #stablehlo<comparison_direction LT>}"},
		{"compare signed kept", mkOp("vhlo.compare_v1", kv{
			"compare_type": enum("comparison_type", "SIGNED"), "comparison_direction": enum("comparison_direction", "EQ")}),
			"stablehlo.compare", "{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}"},
		{"dot_general_v2 no algorithm", mkOp("vhlo.dot_general_v2", kv{
			"accumulation_type": none(), "allow_imprecise_accumulation": none(),
			"lhs_batching_dimensions": i64s(0), "lhs_component_count": none(), "lhs_contracting_dimensions": i64s(2),
			"lhs_precision_type": none(), "num_primitive_operations": none(), "precision_config": defPrec,
			"rhs_batching_dimensions": i64s(0), "rhs_component_count": none(), "rhs_contracting_dimensions": i64s(1),
			"rhs_precision_type": none()}),
			"stablehlo.dot_general", "{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>}"},
		{"dot_general_v2 algorithm", mkOp("vhlo.dot_general_v2", kv{
			"accumulation_type": typ(stablehlo.Scalar(tensor.F32)), "allow_imprecise_accumulation": boolean(false),
			"lhs_batching_dimensions": i64s(), "lhs_component_count": i64(1), "lhs_contracting_dimensions": i64s(1),
			"lhs_precision_type": typ(stablehlo.Scalar(tensor.TF32)), "num_primitive_operations": i64(1),
			"precision_config":        arr(enum("precision", "HIGH"), enum("precision", "DEFAULT")),
			"rhs_batching_dimensions": i64s(), "rhs_component_count": i64(1), "rhs_contracting_dimensions": i64s(0),
			"rhs_precision_type": typ(stablehlo.Scalar(tensor.TF32))}),
			"stablehlo.dot_general", "{algorithm = #stablehlo.dot_algorithm<lhs_precision_type = tf32, rhs_precision_type = tf32, accumulation_type = f32, lhs_component_count = 1, rhs_component_count = 1, num_primitive_operations = 1, allow_imprecise_accumulation = false>, dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGH>, #stablehlo<precision DEFAULT>]}"},
		{"dot_general_v1", mkOp("vhlo.dot_general_v1", kv{
			"lhs_batching_dimensions": i64s(), "lhs_contracting_dimensions": i64s(1), "precision_config": defPrec,
			"rhs_batching_dimensions": i64s(), "rhs_contracting_dimensions": i64s(0)}),
			"stablehlo.dot_general", "{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}"},
		{"convolution", mkOp("vhlo.convolution_v1", kv{
			"batch_group_count": i64(1), "feature_group_count": i64(1),
			"input_batch_dimension": i64(0), "input_feature_dimension": i64(3), "input_spatial_dimensions": i64s(1, 2),
			"kernel_input_feature_dimension": i64(2), "kernel_output_feature_dimension": i64(3), "kernel_spatial_dimensions": i64s(0, 1),
			"lhs_dilation": i64s(1, 1), "output_batch_dimension": i64(0), "output_feature_dimension": i64(3),
			"output_spatial_dimensions": i64s(1, 2), "padding": stablehlo.NewDenseElements(stablehlo.Tensor(tensor.I64, 2, 2), make([]byte, 32)),
			"precision_config": defPrec, "rhs_dilation": i64s(2, 1), "window_reversal": bools(false, false), "window_strides": i64s(1, 1)}),
			"stablehlo.convolution", "{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<raw input_batch_dimension = 0, input_feature_dimension = 3, input_spatial_dimensions = [1, 2], kernel_input_feature_dimension = 2, kernel_output_feature_dimension = 3, kernel_spatial_dimensions = [0, 1], output_batch_dimension = 0, output_feature_dimension = 3, output_spatial_dimensions = [1, 2]>, feature_group_count = 1 : i64, rhs_dilation = array<i64: 2, 1>}"},
		{"window_reversal kept as bool array", mkOp("vhlo.convolution_v1", kv{
			"batch_group_count": i64(1), "feature_group_count": i64(1),
			"input_batch_dimension": i64(0), "input_feature_dimension": i64(2), "input_spatial_dimensions": i64s(1),
			"kernel_input_feature_dimension": i64(1), "kernel_output_feature_dimension": i64(2), "kernel_spatial_dimensions": i64s(0),
			"lhs_dilation": i64s(1), "output_batch_dimension": i64(0), "output_feature_dimension": i64(2),
			"output_spatial_dimensions": i64s(1), "padding": stablehlo.NewDenseElements(stablehlo.Tensor(tensor.I64, 1, 2), []byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
			"precision_config": defPrec, "rhs_dilation": i64s(1), "window_reversal": bools(true), "window_strides": i64s(1)}),
			"stablehlo.convolution", "{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<raw input_batch_dimension = 0, input_feature_dimension = 2, input_spatial_dimensions = [1], kernel_input_feature_dimension = 1, kernel_output_feature_dimension = 2, kernel_spatial_dimensions = [0], output_batch_dimension = 0, output_feature_dimension = 2, output_spatial_dimensions = [1]>, feature_group_count = 1 : i64, padding = dense<[[1, 0]]> : tensor<1x2xi64>, window_reversal = array<i1: true>}"},
		{"gather_v1 upgraded", mkOp("vhlo.gather_v1", kv{
			"collapsed_slice_dims": i64s(0), "index_vector_dim": i64(1), "indices_are_sorted": boolean(false),
			"offset_dims": i64s(1), "slice_sizes": i64s(1, 4), "start_index_map": i64s(0)}),
			"stablehlo.gather", "{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}"},
		{"scatter_v2", mkOp("vhlo.scatter_v2", kv{
			"index_vector_dim": i64(1), "indices_are_sorted": boolean(true), "input_batching_dims": i64s(0),
			"inserted_window_dims": i64s(1), "scatter_dims_to_operand_dims": i64s(1), "scatter_indices_batching_dims": i64s(0),
			"unique_indices": boolean(false), "update_window_dims": i64s(2)}),
			"stablehlo.scatter", "{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [1], input_batching_dims = [0], scatter_indices_batching_dims = [0], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}"},
		{"all_reduce no channel", mkOp("vhlo.all_reduce_v2", kv{
			"channel_id": i64(0), "replica_groups": stablehlo.NewDenseElements(stablehlo.Tensor(tensor.I64, 1, 1), make([]byte, 8)),
			"use_global_device_ids": boolean(false)}),
			"stablehlo.all_reduce", "{replica_groups = dense<0> : tensor<1x1xi64>}"},
		{"all_gather channel", mkOp("vhlo.all_gather_v1", kv{
			"all_gather_dim": i64(1), "channel_id": i64(3), "replica_groups": stablehlo.NewDenseElements(stablehlo.Tensor(tensor.I64, 1, 1), make([]byte, 8)),
			"use_global_device_ids": boolean(true)}),
			"stablehlo.all_gather", "{all_gather_dim = 1 : i64, channel_handle = #stablehlo.channel_handle<handle = 3, type = 0>, replica_groups = dense<0> : tensor<1x1xi64>, use_global_device_ids}"},
		{"send_v1 upgraded", mkOp("vhlo.send_v1", kv{"channel_id": i64(5), "channel_type": i64(2), "is_host_transfer": boolean(true)}),
			"stablehlo.send", "{channel_handle = #stablehlo.channel_handle<handle = 5, type = 2>, is_host_transfer = true}"},
		{"custom_call defaults", mkOp("vhlo.custom_call_v1", kv{
			"api_version": &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: 1}, "backend_config": str(""),
			"call_target_name": str("foo"), "called_computations": arr(), "has_side_effect": boolean(false),
			"operand_layouts": arr(), "output_operand_aliases": arr(), "result_layouts": arr()}),
			"stablehlo.custom_call", `{call_target_name = "foo"}`},
		{"custom_call called computations", mkOp("vhlo.custom_call_v2", kv{
			"api_version": &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: 4}, "backend_config": str("x"),
			"call_target_name": str("foo"), "called_computations": arr(str("bar")), "has_side_effect": boolean(true),
			"operand_layouts": arr(), "output_operand_aliases": arr(), "result_layouts": arr(), "result_tilings": arr()}),
			"stablehlo.custom_call", `{api_version = 4 : i32, backend_config = "x", call_target_name = "foo", called_computations = [@bar], has_side_effect = true}`},
		{"sort defaults", mkOp("vhlo.sort_v1", kv{"dimension": i64(-1), "is_stable": boolean(false)}), "stablehlo.sort", "{}"},
		{"broadcast_in_dim array", mkOp("vhlo.broadcast_in_dim_v1", kv{"broadcast_dimensions": i64s(0, 2)}),
			"stablehlo.broadcast_in_dim", "{broadcast_dimensions = array<i64: 0, 2>}"},
		{"exponential_v1", mkOp("vhlo.exponential_v1", nil), "stablehlo.exponential", "{}"},
		{"exp_v2 default accuracy", mkOp("vhlo.exponential_v2", kv{"result_accuracy": &stablehlo.ResultAccuracyAttr{Mode: "DEFAULT"}}),
			"stablehlo.exponential", "{}"},
		{"call", mkOp("vhlo.call_v1", kv{"callee": str("f")}), "func.call", "{callee = @f}"},
		{"composite", mkOp("vhlo.composite_v1", kv{"composite_attributes": stablehlo.NewDict(nil), "decomposition": str("g"),
			"name": str("my.op"), "version": &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: 0}}),
			"stablehlo.composite", `{decomposition = @g, name = "my.op"}`},
		{"sdy frontend attribute", mkOp("vhlo.custom_call_v1", kv{
			"api_version": &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: 1}, "backend_config": str(""),
			"call_target_name": str("foo"), "called_computations": arr(), "has_side_effect": boolean(false),
			"operand_layouts": arr(), "output_operand_aliases": arr(), "result_layouts": arr(),
			"mhlo.frontend_attributes": stablehlo.NewDict([]stablehlo.NamedAttr{
				{Name: "num_batch_dims", Value: str("0")},
				{Name: "xla.sdy.sharding_rule", Value: str("#sdy.op_sharding_rule<([i])->([i]) {i=4}, custom>")}})}),
			"stablehlo.custom_call", `{call_target_name = "foo", mhlo.frontend_attributes = {num_batch_dims = "0"}, sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=4}, custom>}`},
		{"sdy in argument attributes", mkOp("vhlo.func_v1", kv{
			"arg_attrs": arr(stablehlo.NewDict([]stablehlo.NamedAttr{{Name: "mhlo.frontend_attributes", Value: stablehlo.NewDict([]stablehlo.NamedAttr{
				{Name: "xla.sdy.sharding", Value: str("#sdy.sharding<@mesh, [{}]>")}})}})),
			"res_attrs": arr(stablehlo.NewDict(nil)), "sym_name": str("f"), "sym_visibility": str(""),
			"function_type": typ(&stablehlo.FunctionType{})}),
			"func.func", `{arg_attrs = [{sdy.sharding = #sdy.sharding<@mesh, [{}]>}], function_type = () -> (), sym_name = "f"}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := &stablehlo.Module{Ops: []*stablehlo.Op{tc.in}}
			if err := Convert(m); err != nil {
				t.Fatal(err)
			}
			if tc.in.Name != tc.wantName {
				t.Errorf("name %s, want %s", tc.in.Name, tc.wantName)
			}
			if got := attrText(tc.in); got != tc.want {
				t.Errorf("attributes\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestConvertFuncAndReturn(t *testing.T) {
	f32 := stablehlo.Tensor(tensor.F32)
	arg := &stablehlo.Value{Type: f32}
	// A cast that only bridged VHLO and builtin types: dropped, uses rewired.
	cast := stablehlo.NewOp("builtin.unrealized_conversion_cast", []*stablehlo.Value{arg}, []stablehlo.Type{f32})
	red := stablehlo.NewOp("vhlo.reduce_v1", []*stablehlo.Value{cast.Results[0], cast.Results[0]}, []stablehlo.Type{f32})
	red.SetAttr("dimensions", i64s())
	inner := stablehlo.NewOp("vhlo.return_v1", []*stablehlo.Value{arg}, nil)
	red.Regions = []*stablehlo.Region{{Blocks: []*stablehlo.Block{{Ops: []*stablehlo.Op{inner}}}}}
	ret := stablehlo.NewOp("vhlo.return_v1", red.Results, nil)
	fn := mkOp("vhlo.func_v1", kv{"arg_attrs": arr(), "res_attrs": arr(stablehlo.NewDict(nil)), "sym_name": str("main"),
		"sym_visibility": str(""), "function_type": typ(&stablehlo.FunctionType{Inputs: []stablehlo.Type{f32}, Results: []stablehlo.Type{f32}})})
	fn.Regions = []*stablehlo.Region{{Blocks: []*stablehlo.Block{{Args: []*stablehlo.Value{arg}, Ops: []*stablehlo.Op{cast, red, ret}}}}}
	m := &stablehlo.Module{Ops: []*stablehlo.Op{fn}}
	if err := Convert(m); err != nil {
		t.Fatal(err)
	}
	if fn.Name != "func.func" || attrText(fn) != "{function_type = (tensor<f32>) -> tensor<f32>, sym_name = \"main\"}" {
		t.Errorf("func: %s %s", fn.Name, attrText(fn))
	}
	body := fn.Body().Ops
	var names []string
	for _, op := range body {
		names = append(names, op.Name)
	}
	if got := strings.Join(names, ","); got != "stablehlo.reduce,func.return" {
		t.Fatalf("body ops %s", got)
	}
	if body[0].Operands[0] != arg || body[0].Operands[1] != arg {
		t.Errorf("cast result uses not replaced")
	}
	if inner.Name != "stablehlo.return" {
		t.Errorf("region return became %s", inner.Name)
	}
}

func TestConvertErrors(t *testing.T) {
	cases := []struct {
		name string
		m    *stablehlo.Module
		want string
	}{
		{"unknown op", &stablehlo.Module{Ops: []*stablehlo.Op{mkOp("vhlo.constant_v99", nil)}}, "vhlo.constant_v99"},
		{"future version", &stablehlo.Module{Portable: true, Version: stablehlo.Version{Major: 2}, Producer: "StableHLO_v2.0.0"}, "2.0.0"},
		{"too old version", &stablehlo.Module{Portable: true, Version: stablehlo.Version{Minor: 8}, Producer: "StableHLO_v0.8.0"}, "0.8.0"},
		{"missing attribute", &stablehlo.Module{Ops: []*stablehlo.Op{mkOp("vhlo.transpose_v1", nil)}}, "permutation"},
		{"bad dims", &stablehlo.Module{Ops: []*stablehlo.Op{mkOp("vhlo.dot_general_v1", kv{
			"lhs_batching_dimensions": str("x"), "lhs_contracting_dimensions": i64s(1), "precision_config": arr(),
			"rhs_batching_dimensions": i64s(), "rhs_contracting_dimensions": i64s(0)})}}, "lhs_batching_dimensions"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := Convert(tc.m)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one naming %q", err, tc.want)
			}
		})
	}
}

// The op table must be in the sorted-name order properties use, and every op
// must map to a distinct StableHLO name per version.
func TestOpTable(t *testing.T) {
	seen := map[string]bool{}
	for _, info := range opTable {
		if !sort.StringsAreSorted(info.props) {
			t.Errorf("%s: properties not sorted: %v", info.name, info.props)
		}
		if seen[info.name] {
			t.Errorf("%s listed twice", info.name)
		}
		seen[info.name] = true
		if _, ok := parseVersion(info.since); !ok {
			t.Errorf("%s: bad since %q", info.name, info.since)
		}
		if _, _, err := baseName("vhlo." + info.name); err != nil {
			t.Error(err)
		}
	}
	if len(opTable) != 148 {
		t.Errorf("%d ops, want the 148 of VHLO 1.25.3 (jaxlib 0.12.1 names 148 vhlo ops)", len(opTable))
	}
}
