package mlirbc

import (
	"fmt"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
)

// propVariants holds alternative properties layouts of ops whose inherent
// attribute list changed across upstream versions without any versioning in
// the bytes (func.func gained no_inline, custom_call result_tilings, builtin.module
// and func.func dlti in jaxlib 0.12.1's MLIR, ...). dlti comes after the sorted
// names: measured from bytes that jaxlib 0.12.1 writes. The
// first layout that consumes an entry exactly wins; layouts of different
// lengths cannot both consume the same bytes exactly.
var propVariants = map[string][][]PropSpec{}

// registerPropVariants declares every known layout of an op, newest first.
func registerPropVariants(op string, variants ...[]PropSpec) {
	RegisterOpProperties(op, variants[0])
	propVariants[op] = variants
}

// propDefaults holds, per op, attributes dropped when equal to the given text:
// defaults the text printer elides but writers store (chlo.top_k largest).
var propDefaults = map[string]map[string]string{}

// parsePropSpecs reads "a b? c?=default" (sorted names, ? = optional).
func parsePropSpecs(op, s string) []PropSpec {
	out := []PropSpec{}
	for _, w := range strings.Fields(s) {
		w, def, hasDef := strings.Cut(w, "=")
		if hasDef {
			if propDefaults[op] == nil {
				propDefaults[op] = map[string]string{}
			}
			propDefaults[op][strings.TrimSuffix(w, "?")] = def
		}
		opt := strings.HasSuffix(w, "?")
		out = append(out, PropSpec{Name: strings.TrimSuffix(w, "?"), Optional: opt})
	}
	return out
}

// propTable: "op: layout | older layout". Attribute names sorted byte-wise as
// ODS writes them (shared/docs/mlir-bytecode.md §2.9, Appendix B).
const propTable = `
builtin.module: sym_name? sym_visibility? dlti? | sym_name? sym_visibility?
builtin.unrealized_conversion_cast:
func.func: arg_attrs? function_type no_inline? res_attrs? sym_name sym_visibility? dlti? | arg_attrs? function_type no_inline? res_attrs? sym_name sym_visibility? | arg_attrs? function_type res_attrs? sym_name sym_visibility?
func.call: arg_attrs? callee no_inline? res_attrs? | callee
func.return:
sdy.mesh: mesh sym_name
sdy.sharding_constraint: sharding
sdy.reshard: sharding
sdy.manual_computation: in_shardings manual_axes out_shardings
sdy.named_computation: in_shardings? name out_shardings?
sdy.sharding_group: group_id
sdy.constant: value
sdy.propagation_barrier: allowed_direction
sdy.return:
chlo.top_k: largest?=true k | k
chlo.constant: value
chlo.constant_like: value
chlo.broadcast_compare: broadcast_dimensions? compare_type? comparison_direction
chlo.ragged_dot: precision_config? ragged_dot_dimension_numbers
chlo.broadcast_add: broadcast_dimensions?
chlo.broadcast_atan2: broadcast_dimensions?
chlo.broadcast_complex: broadcast_dimensions?
chlo.broadcast_divide: broadcast_dimensions?
chlo.broadcast_maximum: broadcast_dimensions?
chlo.broadcast_minimum: broadcast_dimensions?
chlo.broadcast_multiply: broadcast_dimensions?
chlo.broadcast_next_after: broadcast_dimensions?
chlo.broadcast_polygamma: broadcast_dimensions?
chlo.broadcast_power: broadcast_dimensions?
chlo.broadcast_remainder: broadcast_dimensions?
chlo.broadcast_shift_left: broadcast_dimensions?
chlo.broadcast_shift_right_arithmetic: broadcast_dimensions?
chlo.broadcast_shift_right_logical: broadcast_dimensions?
chlo.broadcast_subtract: broadcast_dimensions?
chlo.broadcast_and: broadcast_dimensions?
chlo.broadcast_or: broadcast_dimensions?
chlo.broadcast_xor: broadcast_dimensions?
chlo.broadcast_zeta: broadcast_dimensions?
stablehlo.constant: value
stablehlo.iota: iota_dimension
stablehlo.dynamic_iota: iota_dimension
stablehlo.cbrt: result_accuracy?
stablehlo.cosine: result_accuracy?
stablehlo.exponential: result_accuracy?
stablehlo.exp2: result_accuracy?
stablehlo.log2: result_accuracy?
stablehlo.exponential_minus_one: result_accuracy?
stablehlo.log: result_accuracy?
stablehlo.log_plus_one: result_accuracy?
stablehlo.logistic: result_accuracy?
stablehlo.rsqrt: result_accuracy?
stablehlo.sine: result_accuracy?
stablehlo.sqrt: result_accuracy?
stablehlo.tan: result_accuracy?
stablehlo.tanh: result_accuracy?
stablehlo.infeed: infeed_config? layout?
stablehlo.outfeed: outfeed_config?
stablehlo.send: channel_handle is_host_transfer? source_target_pairs? | channel_handle is_host_transfer?
stablehlo.recv: channel_handle is_host_transfer? source_target_pairs? | channel_handle is_host_transfer?
stablehlo.all_gather: all_gather_dim channel_handle? replica_groups use_global_device_ids?
stablehlo.all_reduce: channel_handle? replica_groups use_global_device_ids?
stablehlo.reduce_scatter: channel_handle? replica_groups scatter_dimension use_global_device_ids?
stablehlo.all_to_all: channel_handle? concat_dimension replica_groups split_count split_dimension
stablehlo.reduce: dimensions
stablehlo.get_tuple_element: index
stablehlo.cross-replica-sum: replica_groups
stablehlo.compare: compare_type? comparison_direction
stablehlo.slice: limit_indices start_indices strides
stablehlo.dynamic_slice: slice_sizes
stablehlo.batch_norm_grad: epsilon feature_index
stablehlo.batch_norm_inference: epsilon feature_index
stablehlo.batch_norm_training: epsilon feature_index
stablehlo.broadcast: broadcast_sizes
stablehlo.broadcast_in_dim: broadcast_dimensions
stablehlo.dynamic_broadcast_in_dim: broadcast_dimensions known_expanding_dimensions? known_nonexpanding_dimensions?
stablehlo.cholesky: lower?
stablehlo.concatenate: dimension
stablehlo.collective_broadcast: channel_handle? has_dynamic_root? replica_groups | channel_handle? replica_groups
stablehlo.collective_reduce: channel_handle? has_dynamic_root? replica_groups use_global_device_ids?
stablehlo.collective_permute: channel_handle? source_target_pairs
stablehlo.composite: composite_attributes? decomposition name version?
stablehlo.convolution: batch_group_count dimension_numbers feature_group_count lhs_dilation? padding? precision_config? rhs_dilation? window_reversal? window_strides?
stablehlo.custom_call: api_version? backend_config? call_target_name called_computations? has_side_effect? operand_layouts? output_operand_aliases? result_layouts? result_tilings? | api_version? backend_config? call_target_name called_computations? has_side_effect? operand_layouts? output_operand_aliases? result_layouts?
stablehlo.dot: precision_config?
stablehlo.dot_general: algorithm? dot_dimension_numbers precision_config? | dot_dimension_numbers precision_config?
stablehlo.einsum: einsum_config
stablehlo.unary_einsum: einsum_config
stablehlo.fft: fft_length fft_type
stablehlo.gather: dimension_numbers indices_are_sorted? slice_sizes
stablehlo.get_dimension_size: dimension
stablehlo.map: dimensions
stablehlo.scatter: indices_are_sorted? scatter_dimension_numbers unique_indices?
stablehlo.select_and_scatter: padding? window_dimensions? window_strides?
stablehlo.set_dimension_size: dimension
stablehlo.sort: dimension? is_stable?
stablehlo.reverse: dimensions
stablehlo.pad: edge_padding_high edge_padding_low interior_padding
stablehlo.transpose: permutation
stablehlo.triangular_solve: left_side lower transpose_a unit_diagonal
stablehlo.reduce_window: base_dilations? padding? window_dilations? window_dimensions window_strides?
stablehlo.torch_index_select: batch_dims dim
stablehlo.rng: rng_distribution
stablehlo.rng_bit_generator: rng_algorithm
stablehlo.reduce_precision: exponent_bits mantissa_bits
stablehlo.dynamic_gather: dimension_numbers indices_are_sorted?
stablehlo.dynamic_conv: batch_group_count dimension_numbers feature_group_count lhs_dilation? precision_config? rhs_dilation? window_reversal? window_strides?
`

func init() {
	for _, line := range strings.Split(propTable, "\n") {
		name, layouts, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		name = strings.TrimSpace(name)
		var variants [][]PropSpec
		for _, l := range strings.Split(layouts, "|") {
			variants = append(variants, parsePropSpecs(name, l))
		}
		registerPropVariants(name, variants...)
	}
}

// opLayouts returns the properties layouts to try for an op, newest first;
// the result is cached per file.
func (f *file) opLayouts(opName string) [][]PropSpec {
	if l, ok := f.layouts[opName]; ok {
		return l
	}
	variants := propVariants[opName]
	if spec, ok := opProperties[opName]; ok && (len(variants) == 0 || !sameSpecs(spec, variants[0])) {
		// Registered (or replaced) through the public API: that layout first.
		variants = append([][]PropSpec{spec}, variants...)
	}
	if f.layouts == nil {
		f.layouts = map[string][][]PropSpec{}
	}
	f.layouts[opName] = variants
	return variants
}

type propKey struct {
	op  string
	idx uint64
}

// decodeProperties decodes properties entry idx of a registered op with its
// schema (§2.9): required attributes are references, optional ones
// (index<<1)|present. Entries are shared by many ops, so decoded lists are
// cached; each op gets its own copy.
func (f *file) decodeProperties(opName string, idx uint64, c *Cursor) ([]stablehlo.NamedAttr, error) {
	if idx >= uint64(len(f.props)) {
		return nil, c.Errorf("properties index %d out of range (%d entries)", idx, len(f.props))
	}
	key := propKey{opName, idx}
	if out, ok := f.propCache[key]; ok {
		return append([]stablehlo.NamedAttr(nil), out...), nil
	}
	variants := f.opLayouts(opName)
	if len(variants) == 0 && f.raw {
		return []stablehlo.NamedAttr{{Name: "<properties>", Value: stablehlo.OpaqueAttr{Text: "<" + hexString(f.props[idx]) + ">"}}}, nil
	}
	if len(variants) == 0 {
		return nil, c.Errorf("op %s has properties but no properties layout is registered for it", opName)
	}
	var firstErr error
	for _, spec := range variants {
		out, err := f.decodePropEntry(opName, spec, idx)
		if err == nil {
			if f.propCache == nil {
				f.propCache = map[propKey][]stablehlo.NamedAttr{}
			}
			f.propCache[key] = out
			return append([]stablehlo.NamedAttr(nil), out...), nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, fmt.Errorf("properties of %s (entry %d at byte %d): %w", opName, idx, f.propsOff[idx], firstErr)
}

func sameSpecs(a, b []PropSpec) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (f *file) decodePropEntry(opName string, spec []PropSpec, idx uint64) ([]stablehlo.NamedAttr, error) {
	r := &EntryReader{Cursor: *NewCursor(f.props[idx], f.propsOff[idx]), file: f}
	out := make([]stablehlo.NamedAttr, 0, len(spec))
	defaults := propDefaults[opName]
	for _, p := range spec {
		var a stablehlo.Attribute
		var err error
		if p.Optional {
			a, err = r.OptionalAttr()
		} else {
			a, err = r.Attr()
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.Name, err)
		}
		if def, ok := defaults[p.Name]; ok && a != nil && a.String() == def {
			a = nil
		}
		if a != nil {
			out = append(out, stablehlo.NamedAttr{Name: p.Name, Value: a})
		}
	}
	if r.Remaining() != 0 {
		return nil, r.Errorf("%d bytes left after %d properties", r.Remaining(), len(spec))
	}
	return out, nil
}
