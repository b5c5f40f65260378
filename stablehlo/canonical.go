package stablehlo

import "github.com/hlovm/hlovm/tensor"

// Canonicalize puts a module read from any source into the one canonical form the
// rest of hlovm (and Equal) relies on: attributes equal to their op's default are
// removed, and equivalent spellings are unified. Every reader calls it last.
//
// The defaults are the values StableHLO's VHLO legalization fills in for absent
// optional attributes (and removes again when converting back), so a program
// printed with or without them, or serialized to VHLO, reads the same.
func Canonicalize(m *Module) {
	m.Walk(func(op *Op) bool {
		canonicalizeOp(op)
		for i := range op.Attrs {
			op.Attrs[i].Value = canonicalDense(op.Attrs[i].Value)
		}
		return true
	})
}

// canonicalDense re-normalizes dense elements of sub-byte integer types that a
// reader built without NewDenseElements, looking inside arrays.
func canonicalDense(a Attribute) Attribute {
	switch a := a.(type) {
	case *DenseElementsAttr:
		if d := ElementDType(a.Type); d.Bits() < 8 && (d.IsSigned() || d.IsUnsigned()) {
			if a.Splat {
				return &DenseElementsAttr{Type: a.Type, Data: normalizeSubByte(d, a.Data), Splat: true}
			}
			return NewDenseElements(a.Type, a.Data)
		}
	case *ArrayAttr:
		for i, e := range a.Elems {
			a.Elems[i] = canonicalDense(e)
		}
	}
	return a
}

// denseArrayAttrs are the attributes StableHLO declares as DenseI64ArrayAttr
// (or DenseBoolArrayAttr: window_reversal), by op. Older printers spelled them
// as dense<...> : tensor<Nxi64>; both read as a DenseArrayAttr.
var denseArrayAttrs = map[string][]string{
	"stablehlo.broadcast_in_dim":         {"broadcast_dimensions"},
	"stablehlo.broadcast":                {"broadcast_sizes"},
	"stablehlo.dynamic_broadcast_in_dim": {"broadcast_dimensions", "known_expanding_dimensions", "known_nonexpanding_dimensions"},
	"stablehlo.transpose":                {"permutation"},
	"stablehlo.reverse":                  {"dimensions"},
	"stablehlo.reduce":                   {"dimensions"},
	"stablehlo.map":                      {"dimensions"},
	"stablehlo.slice":                    {"start_indices", "limit_indices", "strides"},
	"stablehlo.dynamic_slice":            {"slice_sizes"},
	"stablehlo.pad":                      {"edge_padding_low", "edge_padding_high", "interior_padding"},
	"stablehlo.fft":                      {"fft_length"},
	"stablehlo.gather":                   {"slice_sizes"},
	"stablehlo.reduce_window":            {"window_dimensions", "window_strides", "base_dilations", "window_dilations"},
	"stablehlo.select_and_scatter":       {"window_dimensions", "window_strides"},
	"stablehlo.convolution":              {"window_strides", "lhs_dilation", "rhs_dilation", "window_reversal"},
	"stablehlo.dynamic_conv":             {"window_strides", "lhs_dilation", "rhs_dilation", "window_reversal"},
}

// collectives carry a channel_handle whose only meaningful field is the handle
// (VHLO keeps just channel_id; 0 means none).
var collectives = map[string]bool{
	"stablehlo.all_gather": true, "stablehlo.all_reduce": true, "stablehlo.all_to_all": true,
	"stablehlo.reduce_scatter": true, "stablehlo.collective_permute": true,
	"stablehlo.collective_broadcast": true, "stablehlo.collective_reduce": true,
	"stablehlo.cross-replica-sum": true,
}

func canonicalizeOp(op *Op) {
	for _, n := range denseArrayAttrs[op.Name] {
		if d, ok := op.Attr(n).(*DenseElementsAttr); ok && len(d.Type.Shape) == 1 {
			if vals, elem, ok := denseElementInts(d); ok {
				op.SetAttr(n, &DenseArrayAttr{Elem: elem, Ints: vals})
			}
		}
	}
	drop := func(name string, isDefault func(Attribute) bool) {
		if v := op.Attr(name); v != nil && isDefault(v) {
			op.SetAttr(name, nil)
		}
	}
	drop("result_accuracy", func(v Attribute) bool {
		r, ok := v.(*ResultAccuracyAttr)
		return ok && r.Atol == 0 && r.Rtol == 0 && r.Ulps == 0 && r.Mode == "DEFAULT"
	})
	if collectives[op.Name] {
		if ch, ok := op.Attr("channel_handle").(*ChannelHandleAttr); ok {
			if ch.Handle == 0 {
				op.SetAttr("channel_handle", nil)
			} else if ch.Type != 0 {
				op.SetAttr("channel_handle", &ChannelHandleAttr{Handle: ch.Handle})
			}
		}
		for _, n := range []string{"use_global_device_ids", "has_dynamic_root"} {
			if b, ok := op.Attr(n).(BoolAttr); ok {
				if b.Value {
					op.SetAttr(n, UnitAttr{})
				} else {
					op.SetAttr(n, nil)
				}
			}
		}
	}
	switch op.Name {
	case "func.func", "func.call":
		// Public is the default visibility: `func.func public @f` and `func.func @f` are one function.
		drop("sym_visibility", func(v Attribute) bool { return isString("")(v) || isString("public")(v) })
		drop("arg_attrs", isEmptyDicts)
		drop("res_attrs", isEmptyDicts)
		drop("no_inline", isBool(false))
	case "stablehlo.compare":
		drop("compare_type", isEnum("NOTYPE"))
	case "stablehlo.convolution", "stablehlo.dynamic_conv":
		drop("window_strides", isAllInts(1))
		drop("padding", isAllInts(0))
		drop("lhs_dilation", isAllInts(1))
		drop("rhs_dilation", isAllInts(1))
		drop("window_reversal", isAllInts(0))
		drop("precision_config", isDefaultPrecision)
	case "stablehlo.dot", "stablehlo.dot_general":
		drop("precision_config", isDefaultPrecision)
	case "stablehlo.custom_call":
		drop("api_version", isInt(1))
		// VHLO fills an absent backend_config with "" (or {} for typed FFI calls).
		drop("backend_config", func(v Attribute) bool {
			d, ok := v.(*DictAttr)
			return isString("")(v) || ok && len(d.Entries) == 0
		})
		drop("has_side_effect", isBool(false))
		for _, n := range []string{"called_computations", "operand_layouts", "result_layouts", "output_operand_aliases", "result_tilings"} {
			drop(n, isEmptyArray)
		}
	case "stablehlo.dynamic_broadcast_in_dim":
		drop("known_expanding_dimensions", isAllInts(0))
		drop("known_nonexpanding_dimensions", isAllInts(0))
	case "stablehlo.gather", "stablehlo.dynamic_gather", "stablehlo.scatter":
		drop("indices_are_sorted", isBool(false))
		drop("unique_indices", isBool(false))
	case "stablehlo.infeed":
		drop("infeed_config", isString(""))
		drop("layout", isEmptyArray)
	case "stablehlo.outfeed":
		drop("outfeed_config", isString(""))
	case "stablehlo.reduce_window":
		drop("base_dilations", isAllInts(1))
		drop("padding", isAllInts(0))
		drop("window_dilations", isAllInts(1))
		drop("window_strides", isAllInts(1))
	case "stablehlo.select_and_scatter":
		drop("padding", isAllInts(0))
		drop("window_strides", isAllInts(1))
	case "stablehlo.send", "stablehlo.recv":
		drop("is_host_transfer", isBool(false))
		drop("source_target_pairs", isAllInts(0)) // only an empty tensor qualifies: pairs are never all zero
	case "stablehlo.sort":
		drop("dimension", isInt(-1))
		drop("is_stable", isBool(false))
	case "stablehlo.cholesky":
		drop("lower", isBool(false))
	case "stablehlo.composite":
		drop("composite_attributes", func(v Attribute) bool {
			d, ok := v.(*DictAttr)
			return ok && len(d.Entries) == 0
		})
		drop("version", isInt(0))
	}
}

func isString(s string) func(Attribute) bool {
	return func(v Attribute) bool { x, ok := v.(StringAttr); return ok && x.Value == s }
}

func isBool(b bool) func(Attribute) bool {
	return func(v Attribute) bool { x, ok := v.(BoolAttr); return ok && x.Value == b }
}

func isInt(i int64) func(Attribute) bool {
	return func(v Attribute) bool { x, ok := v.(*IntegerAttr); return ok && x.Value == i }
}

func isEnum(val string) func(Attribute) bool {
	return func(v Attribute) bool { x, ok := v.(EnumAttr); return ok && x.Value == val }
}

func isEmptyArray(v Attribute) bool {
	a, ok := v.(*ArrayAttr)
	return ok && len(a.Elems) == 0
}

// isEmptyDicts: an arg_attrs/res_attrs array with no non-empty dictionary.
func isEmptyDicts(v Attribute) bool {
	a, ok := v.(*ArrayAttr)
	if !ok {
		return false
	}
	for _, e := range a.Elems {
		if d, ok := e.(*DictAttr); !ok || len(d.Entries) > 0 {
			return false
		}
	}
	return true
}

func isDefaultPrecision(v Attribute) bool {
	a, ok := v.(*ArrayAttr)
	if !ok {
		return false
	}
	for _, e := range a.Elems {
		if x, ok := e.(EnumAttr); !ok || x.Kind != "precision" || x.Value != "DEFAULT" {
			return false
		}
	}
	return true
}

// isAllInts: an integer/bool array or dense tensor whose every element is want
// (vacuously true when empty).
func isAllInts(want int64) func(Attribute) bool {
	return func(v Attribute) bool {
		var vals []int64
		switch x := v.(type) {
		case *DenseArrayAttr:
			if x.Elem.IsFloat() {
				return false
			}
			vals = x.Ints
		case *DenseElementsAttr:
			var ok bool
			if vals, _, ok = denseElementInts(x); !ok {
				return false
			}
		default:
			return false
		}
		for _, i := range vals {
			if i != want {
				return false
			}
		}
		return true
	}
}

// denseElementInts reads the elements of an integer or i1 dense tensor, and the
// DenseArrayAttr element type that holds them (i1 stays i1, others i64).
func denseElementInts(d *DenseElementsAttr) ([]int64, tensor.DType, bool) {
	dt := ElementDType(d.Type)
	if !dt.IsInteger() && dt != tensor.Index && dt != tensor.I1 {
		return nil, tensor.Invalid, false
	}
	es := dt.StorageSize()
	raw := d.RawData()
	out := make([]int64, 0, len(raw)/es)
	for off := 0; off+es <= len(raw); off += es {
		var u uint64
		for i := es - 1; i >= 0; i-- {
			u = u<<8 | uint64(raw[off+i])
		}
		if bits := es * 8; bits < 64 && dt.IsSigned() {
			u = uint64(int64(u<<(64-bits)) >> (64 - bits))
		}
		out = append(out, int64(u))
	}
	if dt == tensor.I1 {
		return out, tensor.I1, true
	}
	return out, tensor.I64, true
}
