package vhlo

import (
	"fmt"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Convert turns a module read from a VHLO portable artifact into StableHLO: every
// vhlo.*_vN op becomes its current StableHLO (or func) op, old op versions are
// upgraded, flattened attributes are regrouped into StableHLO's struct
// attributes, identity unrealized_conversion_casts are dropped, and attributes
// equal to their defaults are removed (stablehlo.Canonicalize).
func Convert(m *stablehlo.Module) error {
	if m.Portable && stablehlo.CurrentVersion.Less(m.Version) {
		return fmt.Errorf("vhlo: portable artifact version %s (producer %q) is newer than the newest supported version %s",
			m.Version, m.Producer, stablehlo.CurrentVersion)
	}
	if m.Portable && m.Version != (stablehlo.Version{}) && m.Version.Less(stablehlo.MinimumVersion) {
		return fmt.Errorf("vhlo: portable artifact version %s (producer %q) is older than the oldest supported version %s",
			m.Version, m.Producer, stablehlo.MinimumVersion)
	}
	c := &converter{replace: map[*stablehlo.Value]*stablehlo.Value{}}
	ops, err := c.block(m.Ops, "builtin.module")
	if err != nil {
		return err
	}
	m.Ops = ops
	if len(c.replace) > 0 {
		c.substitute(m)
	}
	stablehlo.Canonicalize(m)
	return nil
}

type converter struct {
	// replace maps the results of dropped casts to the values they stand for.
	replace map[*stablehlo.Value]*stablehlo.Value
}

// block converts a list of ops whose parent op is named parent (already
// converted), dropping identity casts.
func (c *converter) block(list []*stablehlo.Op, parent string) ([]*stablehlo.Op, error) {
	out := list[:0]
	for _, op := range list {
		if op.Name == "builtin.unrealized_conversion_cast" && c.identityCast(op) {
			continue
		}
		if err := c.op(op, parent); err != nil {
			return nil, err
		}
		for _, r := range op.Regions {
			for _, b := range r.Blocks {
				ops, err := c.block(b.Ops, op.Name)
				if err != nil {
					return nil, err
				}
				b.Ops = ops
			}
		}
		out = append(out, op)
	}
	return out, nil
}

// identityCast records a cast that only bridged VHLO and builtin spellings of
// the same types (identical once VHLO types are read as builtin types).
func (c *converter) identityCast(op *stablehlo.Op) bool {
	if len(op.Operands) != len(op.Results) || len(op.Regions) > 0 {
		return false
	}
	for i, r := range op.Results {
		if op.Operands[i] == nil || !stablehlo.TypesEqual(op.Operands[i].Type, r.Type) {
			return false
		}
	}
	for i, r := range op.Results {
		c.replace[r] = op.Operands[i]
	}
	return true
}

// substitute rewrites every use of a dropped cast's result.
func (c *converter) substitute(m *stablehlo.Module) {
	resolve := func(v *stablehlo.Value) *stablehlo.Value {
		for i := 0; i <= len(c.replace); i++ {
			n, ok := c.replace[v]
			if !ok {
				return v
			}
			v = n
		}
		return v
	}
	m.Walk(func(op *stablehlo.Op) bool {
		for i, v := range op.Operands {
			op.Operands[i] = resolve(v)
		}
		return true
	})
}

// op converts one op in place (not its regions).
func (c *converter) op(op *stablehlo.Op, parent string) error {
	c.frontendAttrs(op)
	if !strings.HasPrefix(op.Name, "vhlo.") {
		// Other dialects (sdy, builtin, func in mixed artifacts) stay as they are.
		return nil
	}
	info := ops[op.Name]
	if info == nil {
		return fmt.Errorf("vhlo: unknown op %s (not in VHLO %s)", op.Name, stablehlo.CurrentVersion)
	}
	base, _, err := baseName(op.Name)
	if err != nil {
		return err
	}
	vname := op.Name
	fail := func(format string, args ...any) error {
		return fmt.Errorf("vhlo: %s: %s", vname, fmt.Sprintf(format, args...))
	}
	// Every inherent attribute must be there: VHLO has no optional attributes.
	for _, p := range info.props {
		if op.Attr(p) == nil {
			return fail("missing attribute %s", p)
		}
	}
	a := &attrs{op: op, fail: fail}
	switch base {
	case "func":
		op.Name = "func.func"
		if vis, ok := op.Attr("sym_visibility").(stablehlo.StringAttr); ok && vis.Value == "" {
			op.SetAttr("sym_visibility", nil)
		}
		for _, n := range []string{"arg_attrs", "res_attrs"} {
			if isEmptyArray(op.Attr(n)) {
				op.SetAttr(n, nil)
			}
		}
		return a.err
	case "call":
		op.Name = "func.call"
		a.symbol("callee")
		return a.err
	case "return":
		if parent == "func.func" {
			op.Name = "func.return"
		} else {
			op.Name = "stablehlo.return"
		}
		return nil
	}
	op.Name = "stablehlo." + base
	switch base {
	case "dot_general":
		a.dotDims()
		a.dotAlgorithm()
	case "convolution", "dynamic_conv":
		if base == "dynamic_conv" {
			op.SetAttr("padding", nil) // dynamic_conv_v1: the d_padding operand is the padding
		}
		a.convDims()
		a.denseArrays("window_strides", "lhs_dilation", "rhs_dilation", "window_reversal")
	case "gather", "dynamic_gather":
		a.gatherDims()
		a.denseArrays("slice_sizes")
	case "scatter":
		a.scatterDims()
	case "send", "recv":
		a.channel(true)
		if isEmptyDense(op.Attr("source_target_pairs")) {
			op.SetAttr("source_target_pairs", nil)
		}
	case "all_gather", "all_reduce", "all_to_all", "reduce_scatter", "collective_permute",
		"collective_broadcast", "collective_reduce", "cross-replica-sum":
		a.channel(false)
		a.unit("use_global_device_ids", "has_dynamic_root")
	case "custom_call":
		a.symbolArray("called_computations")
	case "composite":
		a.symbol("decomposition")
	case "broadcast_in_dim":
		a.denseArrays("broadcast_dimensions")
	case "broadcast":
		a.denseArrays("broadcast_sizes")
	case "dynamic_broadcast_in_dim":
		a.denseArrays("broadcast_dimensions", "known_expanding_dimensions", "known_nonexpanding_dimensions")
	case "transpose":
		a.denseArrays("permutation")
	case "reverse", "reduce", "map":
		a.denseArrays("dimensions")
	case "slice":
		a.denseArrays("start_indices", "limit_indices", "strides")
	case "dynamic_slice":
		a.denseArrays("slice_sizes")
	case "pad":
		a.denseArrays("edge_padding_low", "edge_padding_high", "interior_padding")
	case "fft":
		a.denseArrays("fft_length")
	case "reduce_window":
		a.denseArrays("window_dimensions", "window_strides", "base_dilations", "window_dilations")
	case "select_and_scatter":
		a.denseArrays("window_dimensions", "window_strides")
	}
	return a.err
}

// frontendAttrs undoes XLA's export of Shardy attributes for old targets:
// mhlo.frontend_attributes entries xla.sdy.NAME = "<text>" become real
// sdy.NAME attributes (kept as their text), and an emptied dictionary goes. The
// same applies inside a function's per-argument and per-result dictionaries.
func (c *converter) frontendAttrs(op *stablehlo.Op) {
	op.Attrs = unexportSdy(op.Attrs)
	for _, n := range []string{"arg_attrs", "res_attrs"} {
		arr, ok := op.Attr(n).(*stablehlo.ArrayAttr)
		if !ok {
			continue
		}
		elems := make([]stablehlo.Attribute, len(arr.Elems))
		for i, e := range arr.Elems {
			elems[i] = e
			if d, ok := e.(*stablehlo.DictAttr); ok {
				elems[i] = stablehlo.NewDict(unexportSdy(append([]stablehlo.NamedAttr(nil), d.Entries...)))
			}
		}
		op.SetAttr(n, &stablehlo.ArrayAttr{Elems: elems})
	}
}

// unexportSdy rewrites one attribute list (sorted result).
func unexportSdy(list []stablehlo.NamedAttr) []stablehlo.NamedAttr {
	var fe *stablehlo.DictAttr
	at := -1
	for i, a := range list {
		if a.Name == "mhlo.frontend_attributes" {
			fe, _ = a.Value.(*stablehlo.DictAttr)
			at = i
		}
	}
	if fe == nil {
		return list
	}
	var keep, lifted []stablehlo.NamedAttr
	for _, e := range fe.Entries {
		s, isStr := e.Value.(stablehlo.StringAttr)
		if name, found := strings.CutPrefix(e.Name, "xla.sdy."); found && isStr && strings.HasPrefix(s.Value, "#sdy.") {
			lifted = append(lifted, stablehlo.NamedAttr{Name: "sdy." + name, Value: stablehlo.OpaqueAttr{Text: s.Value}})
			continue
		}
		keep = append(keep, e)
	}
	if len(lifted) == 0 {
		return list
	}
	out := append([]stablehlo.NamedAttr(nil), list[:at]...)
	out = append(out, list[at+1:]...)
	if len(keep) > 0 {
		out = append(out, stablehlo.NamedAttr{Name: "mhlo.frontend_attributes", Value: stablehlo.NewDict(keep)})
	}
	out = append(out, lifted...)
	stablehlo.SortAttrs(out)
	return out
}

func isEmptyArray(a stablehlo.Attribute) bool {
	arr, ok := a.(*stablehlo.ArrayAttr)
	if !ok {
		return false
	}
	for _, e := range arr.Elems {
		if d, ok := e.(*stablehlo.DictAttr); !ok || len(d.Entries) > 0 {
			return false
		}
	}
	return true
}

func isEmptyDense(a stablehlo.Attribute) bool {
	d, ok := a.(*stablehlo.DenseElementsAttr)
	return ok && d.NumElements() == 0
}

// attrs rewrites the attributes of one op, remembering the first error.
type attrs struct {
	op   *stablehlo.Op
	fail func(string, ...any) error
	err  error
}

func (a *attrs) setErr(err error) {
	if a.err == nil {
		a.err = err
	}
}

// take removes and returns an attribute.
func (a *attrs) take(name string) stablehlo.Attribute {
	v := a.op.Attr(name)
	a.op.SetAttr(name, nil)
	return v
}

// ints reads a 1-D integer TensorV1 (a flattened dimension list).
func (a *attrs) ints(name string) []int64 {
	v := a.take(name)
	if v == nil {
		a.setErr(a.fail("missing attribute %s", name))
		return nil
	}
	out, err := denseInts(v)
	if err != nil {
		a.setErr(a.fail("%s: %v", name, err))
	}
	return out
}

// int reads an IntegerV1.
func (a *attrs) int(name string) int64 {
	v := a.take(name)
	i, ok := v.(*stablehlo.IntegerAttr)
	if !ok {
		a.setErr(a.fail("%s is %v, not an integer", name, v))
		return 0
	}
	return i.Value
}

// denseInts reads the elements of an integer or boolean dense tensor.
func denseInts(v stablehlo.Attribute) ([]int64, error) {
	d, ok := v.(*stablehlo.DenseElementsAttr)
	if !ok {
		return nil, fmt.Errorf("%v is not a tensor", v)
	}
	dt := stablehlo.ElementDType(d.Type)
	if !dt.IsInteger() && dt != tensor.Index && dt != tensor.I1 {
		return nil, fmt.Errorf("%v is not an integer tensor", v)
	}
	es := dt.StorageSize()
	raw := d.RawData()
	out := make([]int64, 0, len(raw)/es)
	for off := 0; off+es <= len(raw); off += es {
		var u uint64
		for i := es - 1; i >= 0; i-- {
			u = u<<8 | uint64(raw[off+i])
		}
		bits := es * 8
		if bits < 64 && !dt.IsUnsigned() && dt != tensor.I1 {
			u = uint64(int64(u<<(64-bits)) >> (64 - bits))
		}
		out = append(out, int64(u))
	}
	return out, nil
}

// denseArrays turns 1-D i64 / i1 TensorV1 attributes into DenseArrayAttr, as
// StableHLO's DenseI64ArrayAttr / DenseBoolArrayAttr attributes are.
func (a *attrs) denseArrays(names ...string) {
	for _, n := range names {
		v := a.op.Attr(n)
		if v == nil {
			continue
		}
		d, ok := v.(*stablehlo.DenseElementsAttr)
		if !ok {
			continue // already an array (or not ours to touch)
		}
		vals, err := denseInts(d)
		if err != nil {
			a.setErr(a.fail("%s: %v", n, err))
			continue
		}
		elem := tensor.I64
		if stablehlo.ElementDType(d.Type) == tensor.I1 {
			elem = tensor.I1
		}
		a.op.SetAttr(n, &stablehlo.DenseArrayAttr{Elem: elem, Ints: vals})
	}
}

// symbol turns a StringV1 symbol name into a SymbolRefAttr.
func (a *attrs) symbol(name string) {
	if s, ok := a.op.Attr(name).(stablehlo.StringAttr); ok {
		a.op.SetAttr(name, &stablehlo.SymbolRefAttr{Root: s.Value})
	}
}

func (a *attrs) symbolArray(name string) {
	arr, ok := a.op.Attr(name).(*stablehlo.ArrayAttr)
	if !ok {
		return
	}
	out := make([]stablehlo.Attribute, len(arr.Elems))
	for i, e := range arr.Elems {
		if s, ok := e.(stablehlo.StringAttr); ok {
			out[i] = &stablehlo.SymbolRefAttr{Root: s.Value}
		} else {
			out[i] = e
		}
	}
	a.op.SetAttr(name, &stablehlo.ArrayAttr{Elems: out})
}

// unit turns BooleanV1 flags that StableHLO spells as unit attributes into
// presence (true) or absence (false).
func (a *attrs) unit(names ...string) {
	for _, n := range names {
		if b, ok := a.op.Attr(n).(stablehlo.BoolAttr); ok {
			if b.Value {
				a.op.SetAttr(n, stablehlo.UnitAttr{})
			} else {
				a.op.SetAttr(n, nil)
			}
		}
	}
}

// channel regroups channel_id (and channel_type for send/recv) into
// channel_handle. Collectives carry only the handle; 0 means none.
func (a *attrs) channel(withType bool) {
	if a.op.Attr("channel_id") == nil {
		return
	}
	id := a.int("channel_id")
	var typ int64
	if withType {
		typ = a.int("channel_type")
	} else if id == 0 {
		return
	}
	a.op.SetAttr("channel_handle", &stablehlo.ChannelHandleAttr{Handle: id, Type: typ})
}

func (a *attrs) dotDims() {
	d := &stablehlo.DotDimensionNumbersAttr{
		LhsBatching:    a.ints("lhs_batching_dimensions"),
		RhsBatching:    a.ints("rhs_batching_dimensions"),
		LhsContracting: a.ints("lhs_contracting_dimensions"),
		RhsContracting: a.ints("rhs_contracting_dimensions"),
	}
	a.op.SetAttr("dot_dimension_numbers", d)
}

// dotAlgorithm regroups dot_general_v2's seven algorithm attributes. VHLO
// writes TypeV1(NoneV1) in all seven when there is no algorithm (and
// dot_general_v1 has none at all).
var algorithmAttrs = []string{"lhs_precision_type", "rhs_precision_type", "accumulation_type",
	"lhs_component_count", "rhs_component_count", "num_primitive_operations", "allow_imprecise_accumulation"}

func (a *attrs) dotAlgorithm() {
	if a.op.Attr("lhs_precision_type") == nil {
		return
	}
	allNone := true
	for _, n := range algorithmAttrs {
		if t, ok := a.op.Attr(n).(*stablehlo.TypeAttr); !ok || !isNone(t.Type) {
			allNone = false
		}
	}
	if allNone {
		for _, n := range algorithmAttrs {
			a.take(n)
		}
		return
	}
	typ := func(n string) stablehlo.Type {
		t, ok := a.take(n).(*stablehlo.TypeAttr)
		if !ok {
			a.setErr(a.fail("%s is not a type", n))
			return stablehlo.NoneType{}
		}
		return t.Type
	}
	alg := &stablehlo.DotAlgorithmAttr{
		LhsPrecisionType:       typ("lhs_precision_type"),
		RhsPrecisionType:       typ("rhs_precision_type"),
		AccumulationType:       typ("accumulation_type"),
		LhsComponentCount:      a.int("lhs_component_count"),
		RhsComponentCount:      a.int("rhs_component_count"),
		NumPrimitiveOperations: a.int("num_primitive_operations"),
	}
	b, ok := a.take("allow_imprecise_accumulation").(stablehlo.BoolAttr)
	if !ok {
		a.setErr(a.fail("allow_imprecise_accumulation is not a boolean"))
	}
	alg.AllowImpreciseAccumulation = b.Value
	a.op.SetAttr("algorithm", alg)
}

func isNone(t stablehlo.Type) bool {
	_, ok := t.(stablehlo.NoneType)
	return ok
}

func (a *attrs) convDims() {
	d := &stablehlo.ConvDimensionNumbersAttr{
		InputBatch:          a.int("input_batch_dimension"),
		InputFeature:        a.int("input_feature_dimension"),
		InputSpatial:        a.ints("input_spatial_dimensions"),
		KernelInputFeature:  a.int("kernel_input_feature_dimension"),
		KernelOutputFeature: a.int("kernel_output_feature_dimension"),
		KernelSpatial:       a.ints("kernel_spatial_dimensions"),
		OutputBatch:         a.int("output_batch_dimension"),
		OutputFeature:       a.int("output_feature_dimension"),
		OutputSpatial:       a.ints("output_spatial_dimensions"),
	}
	a.op.SetAttr("dimension_numbers", d)
}

func (a *attrs) gatherDims() {
	d := &stablehlo.GatherDimensionNumbersAttr{
		OffsetDims:         a.ints("offset_dims"),
		CollapsedSliceDims: a.ints("collapsed_slice_dims"),
		StartIndexMap:      a.ints("start_index_map"),
		IndexVectorDim:     a.int("index_vector_dim"),
	}
	if a.op.Attr("operand_batching_dims") != nil { // *_v2
		d.OperandBatchingDims = a.ints("operand_batching_dims")
		d.StartIndicesBatchingDims = a.ints("start_indices_batching_dims")
	}
	a.op.SetAttr("dimension_numbers", d)
}

func (a *attrs) scatterDims() {
	d := &stablehlo.ScatterDimensionNumbersAttr{
		UpdateWindowDims:         a.ints("update_window_dims"),
		InsertedWindowDims:       a.ints("inserted_window_dims"),
		ScatterDimsToOperandDims: a.ints("scatter_dims_to_operand_dims"),
		IndexVectorDim:           a.int("index_vector_dim"),
	}
	if a.op.Attr("input_batching_dims") != nil { // scatter_v2
		d.InputBatchingDims = a.ints("input_batching_dims")
		d.ScatterIndicesBatchingDims = a.ints("scatter_indices_batching_dims")
	}
	a.op.SetAttr("scatter_dimension_numbers", d)
}
