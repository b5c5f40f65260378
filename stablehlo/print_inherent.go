package stablehlo

// inherentAttrs lists, per op, the attributes that are the op's own (MLIR
// "properties"); the generic form prints them in <{...}> and every other
// attribute in the trailing {...}. Ops not listed print all attributes in {...},
// which MLIR parsers also accept for inherent attributes. From the StableHLO op
// definitions (shared/docs/mlir-bytecode.md, appendix B).
var inherentAttrs = map[string][]string{
	"func.func":                          {"arg_attrs", "function_type", "res_attrs", "sym_name", "sym_visibility"},
	"func.call":                          {"arg_attrs", "callee", "no_inline", "res_attrs"},
	"stablehlo.constant":                 {"value"},
	"stablehlo.iota":                     {"iota_dimension"},
	"stablehlo.dynamic_iota":             {"iota_dimension"},
	"stablehlo.cbrt":                     {"result_accuracy"},
	"stablehlo.cosine":                   {"result_accuracy"},
	"stablehlo.exponential":              {"result_accuracy"},
	"stablehlo.exp2":                     {"result_accuracy"},
	"stablehlo.log2":                     {"result_accuracy"},
	"stablehlo.exponential_minus_one":    {"result_accuracy"},
	"stablehlo.log":                      {"result_accuracy"},
	"stablehlo.log_plus_one":             {"result_accuracy"},
	"stablehlo.logistic":                 {"result_accuracy"},
	"stablehlo.rsqrt":                    {"result_accuracy"},
	"stablehlo.sine":                     {"result_accuracy"},
	"stablehlo.sqrt":                     {"result_accuracy"},
	"stablehlo.tan":                      {"result_accuracy"},
	"stablehlo.tanh":                     {"result_accuracy"},
	"stablehlo.infeed":                   {"infeed_config", "layout"},
	"stablehlo.outfeed":                  {"outfeed_config"},
	"stablehlo.send":                     {"channel_handle", "is_host_transfer", "source_target_pairs"},
	"stablehlo.recv":                     {"channel_handle", "is_host_transfer", "source_target_pairs"},
	"stablehlo.all_gather":               {"all_gather_dim", "channel_handle", "replica_groups", "use_global_device_ids"},
	"stablehlo.all_reduce":               {"channel_handle", "replica_groups", "use_global_device_ids"},
	"stablehlo.reduce_scatter":           {"channel_handle", "replica_groups", "scatter_dimension", "use_global_device_ids"},
	"stablehlo.all_to_all":               {"channel_handle", "concat_dimension", "replica_groups", "split_count", "split_dimension"},
	"stablehlo.reduce":                   {"dimensions"},
	"stablehlo.get_tuple_element":        {"index"},
	"stablehlo.compare":                  {"compare_type", "comparison_direction"},
	"stablehlo.slice":                    {"limit_indices", "start_indices", "strides"},
	"stablehlo.dynamic_slice":            {"slice_sizes"},
	"stablehlo.batch_norm_grad":          {"epsilon", "feature_index"},
	"stablehlo.batch_norm_inference":     {"epsilon", "feature_index"},
	"stablehlo.batch_norm_training":      {"epsilon", "feature_index"},
	"stablehlo.broadcast":                {"broadcast_sizes"},
	"stablehlo.broadcast_in_dim":         {"broadcast_dimensions"},
	"stablehlo.dynamic_broadcast_in_dim": {"broadcast_dimensions", "known_expanding_dimensions", "known_nonexpanding_dimensions"},
	"stablehlo.cholesky":                 {"lower"},
	"stablehlo.concatenate":              {"dimension"},
	"stablehlo.collective_broadcast":     {"channel_handle", "has_dynamic_root", "replica_groups"},
	"stablehlo.collective_reduce":        {"channel_handle", "has_dynamic_root", "replica_groups", "use_global_device_ids"},
	"stablehlo.collective_permute":       {"channel_handle", "source_target_pairs"},
	"stablehlo.composite":                {"composite_attributes", "decomposition", "name", "version"},
	"stablehlo.convolution":              {"batch_group_count", "dimension_numbers", "feature_group_count", "lhs_dilation", "padding", "precision_config", "rhs_dilation", "window_reversal", "window_strides"},
	"stablehlo.custom_call":              {"api_version", "backend_config", "call_target_name", "called_computations", "has_side_effect", "operand_layouts", "output_operand_aliases", "result_layouts", "result_tilings"},
	"stablehlo.dot":                      {"precision_config"},
	"stablehlo.dot_general":              {"algorithm", "dot_dimension_numbers", "precision_config"},
	"stablehlo.einsum":                   {"einsum_config"},
	"stablehlo.unary_einsum":             {"einsum_config"},
	"stablehlo.fft":                      {"fft_length", "fft_type"},
	"stablehlo.gather":                   {"dimension_numbers", "indices_are_sorted", "slice_sizes"},
	"stablehlo.get_dimension_size":       {"dimension"},
	"stablehlo.map":                      {"dimensions"},
	"stablehlo.scatter":                  {"indices_are_sorted", "scatter_dimension_numbers", "unique_indices"},
	"stablehlo.select_and_scatter":       {"padding", "window_dimensions", "window_strides"},
	"stablehlo.set_dimension_size":       {"dimension"},
	"stablehlo.sort":                     {"dimension", "is_stable"},
	"stablehlo.reverse":                  {"dimensions"},
	"stablehlo.pad":                      {"edge_padding_high", "edge_padding_low", "interior_padding"},
	"stablehlo.transpose":                {"permutation"},
	"stablehlo.triangular_solve":         {"left_side", "lower", "transpose_a", "unit_diagonal"},
	"stablehlo.reduce_window":            {"base_dilations", "padding", "window_dilations", "window_dimensions", "window_strides"},
	"stablehlo.torch_index_select":       {"batch_dims", "dim"},
	"stablehlo.rng":                      {"rng_distribution"},
	"stablehlo.rng_bit_generator":        {"rng_algorithm"},
	"stablehlo.reduce_precision":         {"exponent_bits", "mantissa_bits"},
	"stablehlo.dynamic_gather":           {"dimension_numbers", "indices_are_sorted"},
	"stablehlo.dynamic_conv":             {"batch_group_count", "dimension_numbers", "feature_group_count", "lhs_dilation", "precision_config", "rhs_dilation", "window_reversal", "window_strides"},
}

// splitInherent splits an op's attributes into the inherent ones (for <{...}>)
// and the rest, keeping the sorted order.
func splitInherent(op *Op) (props, rest []NamedAttr) {
	names := inherentAttrs[op.Name]
	for _, a := range op.Attrs {
		if a.Value == nil {
			continue
		}
		inherent := false
		for _, n := range names {
			if n == a.Name {
				inherent = true
				break
			}
		}
		if inherent {
			props = append(props, a)
		} else {
			rest = append(rest, a)
		}
	}
	return props, rest
}
