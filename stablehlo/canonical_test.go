package stablehlo

import (
	"encoding/binary"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

func canonDenseI64(shape []int64, v ...int64) *DenseElementsAttr {
	data := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(data[8*i:], uint64(x))
	}
	return NewDenseElements(Tensor(tensor.I64, shape...), data)
}

func canonDenseI1(v ...bool) *DenseElementsAttr {
	data := make([]byte, len(v))
	for i, b := range v {
		if b {
			data[i] = 1
		}
	}
	return NewDenseElements(Tensor(tensor.I1, int64(len(v))), data)
}

func canonI64s(v ...int64) *DenseArrayAttr { return &DenseArrayAttr{Elem: tensor.I64, Ints: v} }

func canonPrecisions(v ...string) *ArrayAttr {
	a := &ArrayAttr{}
	for _, p := range v {
		a.Elems = append(a.Elems, EnumAttr{Kind: "precision", Value: p})
	}
	return a
}

func TestCanonicalize(t *testing.T) {
	i32 := func(v int64) *IntegerAttr { return &IntegerAttr{Type: Scalar(tensor.I32), Value: v} }
	i64 := func(v int64) *IntegerAttr { return &IntegerAttr{Type: Scalar(tensor.I64), Value: v} }
	cases := []struct {
		name  string
		op    string
		attrs []NamedAttr
		want  string
	}{
		{"compare NOTYPE dropped", "stablehlo.compare", []NamedAttr{
			{"compare_type", EnumAttr{"comparison_type", "NOTYPE"}}, {"comparison_direction", EnumAttr{"comparison_direction", "LT"}}},
			"{comparison_direction = #stablehlo<comparison_direction LT>}"},
		{"compare SIGNED kept", "stablehlo.compare", []NamedAttr{
			{"compare_type", EnumAttr{"comparison_type", "SIGNED"}}, {"comparison_direction", EnumAttr{"comparison_direction", "LT"}}},
			"{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}"},
		{"old dense spelling of an array attribute", "stablehlo.broadcast_in_dim", []NamedAttr{
			{"broadcast_dimensions", canonDenseI64([]int64{2}, 0, 1)}},
			"{broadcast_dimensions = array<i64: 0, 1>}"},
		{"conv window defaults", "stablehlo.convolution", []NamedAttr{
			{"batch_group_count", i64(1)}, {"feature_group_count", i64(1)},
			{"lhs_dilation", canonI64s(1, 1)}, {"padding", canonDenseI64([]int64{2, 2}, 0, 0, 0, 0)},
			{"precision_config", canonPrecisions("DEFAULT", "DEFAULT")}, {"rhs_dilation", canonI64s(1, 1)},
			{"window_reversal", canonDenseI1(false, false)}, {"window_strides", canonDenseI64([]int64{2}, 1, 1)}},
			"{batch_group_count = 1 : i64, feature_group_count = 1 : i64}"},
		{"conv non-defaults kept", "stablehlo.convolution", []NamedAttr{
			{"lhs_dilation", canonI64s(2, 1)}, {"padding", canonDenseI64([]int64{1, 2}, 1, 0)},
			{"precision_config", canonPrecisions("HIGHEST", "DEFAULT")}, {"window_reversal", canonDenseI1(false, true)},
			{"window_strides", canonDenseI64([]int64{2}, 2, 2)}},
			"{lhs_dilation = array<i64: 2, 1>, padding = dense<[[1, 0]]> : tensor<1x2xi64>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision DEFAULT>], window_reversal = array<i1: false, true>, window_strides = array<i64: 2, 2>}"},
		{"custom_call defaults", "stablehlo.custom_call", []NamedAttr{
			{"api_version", i32(1)}, {"backend_config", StringAttr{""}}, {"call_target_name", StringAttr{"f"}},
			{"called_computations", &ArrayAttr{}}, {"has_side_effect", BoolAttr{false}}, {"operand_layouts", &ArrayAttr{}},
			{"output_operand_aliases", &ArrayAttr{}}, {"result_layouts", &ArrayAttr{}}, {"result_tilings", &ArrayAttr{}}},
			`{call_target_name = "f"}`},
		{"custom_call typed FFI", "stablehlo.custom_call", []NamedAttr{
			{"api_version", i32(4)}, {"backend_config", NewDict(nil)}, {"call_target_name", StringAttr{"f"}}, {"has_side_effect", BoolAttr{true}}},
			`{api_version = 4 : i32, call_target_name = "f", has_side_effect = true}`},
		{"func visibility and empty argument dictionaries", "func.func", []NamedAttr{
			{"arg_attrs", &ArrayAttr{Elems: []Attribute{NewDict(nil), NewDict(nil)}}}, {"res_attrs", &ArrayAttr{}},
			{"sym_name", StringAttr{"main"}}, {"sym_visibility", StringAttr{"public"}}},
			`{sym_name = "main"}`},
		{"private function kept", "func.func", []NamedAttr{
			{"arg_attrs", &ArrayAttr{Elems: []Attribute{NewDict(nil), NewDict([]NamedAttr{{"a", UnitAttr{}}})}}},
			{"sym_name", StringAttr{"f"}}, {"sym_visibility", StringAttr{"private"}}},
			`{arg_attrs = [{}, {a}], sym_name = "f", sym_visibility = "private"}`},
		{"collective channel 0 and bool flags", "stablehlo.all_reduce", []NamedAttr{
			{"channel_handle", &ChannelHandleAttr{}}, {"use_global_device_ids", BoolAttr{false}}},
			"{}"},
		{"collective channel type ignored, flag as unit", "stablehlo.all_gather", []NamedAttr{
			{"channel_handle", &ChannelHandleAttr{Handle: 2, Type: 1}}, {"use_global_device_ids", BoolAttr{true}}},
			"{channel_handle = #stablehlo.channel_handle<handle = 2, type = 0>, use_global_device_ids}"},
		{"send keeps channel type", "stablehlo.send", []NamedAttr{
			{"channel_handle", &ChannelHandleAttr{Handle: 2, Type: 2}}, {"is_host_transfer", BoolAttr{false}},
			{"source_target_pairs", canonDenseI64([]int64{0, 2})}},
			"{channel_handle = #stablehlo.channel_handle<handle = 2, type = 2>}"},
		{"sort defaults", "stablehlo.sort", []NamedAttr{{"dimension", i64(-1)}, {"is_stable", BoolAttr{false}}}, "{}"},
		{"sort non-defaults", "stablehlo.sort", []NamedAttr{{"dimension", i64(0)}, {"is_stable", BoolAttr{true}}},
			"{dimension = 0 : i64, is_stable = true}"},
		{"reduce_window defaults", "stablehlo.reduce_window", []NamedAttr{
			{"base_dilations", canonDenseI64([]int64{2}, 1, 1)}, {"padding", canonDenseI64([]int64{2, 2}, 0, 0, 0, 0)},
			{"window_dilations", canonI64s(1, 1)}, {"window_dimensions", canonI64s(1, 1)}, {"window_strides", canonI64s(1, 1)}},
			"{window_dimensions = array<i64: 1, 1>}"},
		{"result accuracy default", "stablehlo.exponential", []NamedAttr{{"result_accuracy", &ResultAccuracyAttr{Mode: "DEFAULT"}}}, "{}"},
		{"result accuracy kept", "stablehlo.exponential", []NamedAttr{{"result_accuracy", &ResultAccuracyAttr{Mode: "HIGHEST"}}},
			"{result_accuracy = #stablehlo.result_accuracy<atol = 0.000000e+00, rtol = 0.000000e+00, ulps = 0, mode = #stablehlo.result_accuracy_mode<HIGHEST>>}"},
		{"gather flags", "stablehlo.gather", []NamedAttr{{"indices_are_sorted", BoolAttr{false}}, {"slice_sizes", canonDenseI64([]int64{1}, 1)}},
			"{slice_sizes = array<i64: 1>}"},
		{"composite defaults", "stablehlo.composite", []NamedAttr{
			{"composite_attributes", NewDict(nil)}, {"name", StringAttr{"x"}}, {"version", i32(0)}},
			`{name = "x"}`},
		{"other ops untouched", "stablehlo.add", []NamedAttr{{"precision_config", canonPrecisions("DEFAULT")}},
			"{precision_config = [#stablehlo<precision DEFAULT>]}"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			op := &Op{Name: tc.op, Attrs: append([]NamedAttr(nil), tc.attrs...)}
			SortAttrs(op.Attrs)
			m := &Module{Ops: []*Op{op}}
			Canonicalize(m)
			if got := (&DictAttr{Entries: op.Attrs}).String(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			// Canonical form is a fixed point.
			before := (&DictAttr{Entries: op.Attrs}).String()
			Canonicalize(m)
			if after := (&DictAttr{Entries: op.Attrs}).String(); after != before {
				t.Errorf("not idempotent: %s then %s", before, after)
			}
		})
	}
}

// Ops nested in regions are canonicalized too.
func TestCanonicalizeNested(t *testing.T) {
	inner := &Op{Name: "stablehlo.compare", Attrs: []NamedAttr{{"compare_type", EnumAttr{"comparison_type", "NOTYPE"}}}}
	outer := &Op{Name: "stablehlo.sort", Regions: []*Region{{Blocks: []*Block{{Ops: []*Op{inner}}}}}}
	fn := &Op{Name: "func.func", Regions: []*Region{{Blocks: []*Block{{Ops: []*Op{outer}}}}}}
	Canonicalize(&Module{Ops: []*Op{fn}})
	if len(inner.Attrs) != 0 {
		t.Errorf("nested op kept %v", inner.Attrs)
	}
}
