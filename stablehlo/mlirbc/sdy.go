package mlirbc

import (
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
)

// Shardy (sdy) attributes (§5.3) are not modelled by the IR: each is decoded
// and printed back to its exact MLIR text form, kept as an OpaqueAttr. Nested
// sdy attributes print in their stripped form inside their parent, so the
// decoded value also remembers that form.

type sdyAttr struct {
	stablehlo.OpaqueAttr        // full text, e.g. #sdy.sharding<@mesh, [{"a"}]>
	code                 uint64 // sdy attribute code
	inner                string // form used when nested in another sdy attribute
}

type sdyDialect struct{}

func init() { RegisterDialect("sdy", sdyDialect{}) }

// factorSymbol names factor i as Shardy prints it: i, j, …, z, then z_1, z_2, ….
func factorSymbol(i int64) string {
	const startAtZ = 'z' - 'i'
	if i >= 0 && i <= startAtZ {
		return string(rune('i' + i))
	}
	return "z_" + strconv.FormatInt(i-startAtZ, 10)
}

// sdyRef reads a reference to an sdy attribute of the given codes.
func (r *EntryReader) sdyRef(codes ...uint64) (*sdyAttr, error) {
	a, err := r.Attr()
	if err != nil {
		return nil, err
	}
	s, ok := a.(*sdyAttr)
	if ok {
		for _, c := range codes {
			if s.code == c {
				return s, nil
			}
		}
	}
	return nil, r.Errorf("unexpected attribute %s in an sdy attribute", a)
}

func (r *EntryReader) sdyRefs(codes ...uint64) ([]string, error) {
	n, err := r.listLen()
	if err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i := range out {
		s, err := r.sdyRef(codes...)
		if err != nil {
			return nil, err
		}
		out[i] = s.inner
	}
	return out, nil
}

func factorList(fs []int64) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = factorSymbol(f)
	}
	return strings.Join(parts, ", ")
}

func (sdyDialect) ReadAttribute(r *EntryReader) (stablehlo.Attribute, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	mk := func(full, inner string) *sdyAttr {
		return &sdyAttr{OpaqueAttr: stablehlo.OpaqueAttr{Text: full}, code: code, inner: inner}
	}
	switch code {
	case 0: // ManualAxes
		n, err := r.listLen()
		if err != nil {
			return nil, err
		}
		names := make([]string, n)
		for i := range names {
			s, err := r.stringAttr()
			if err != nil {
				return nil, err
			}
			names[i] = stablehlo.QuoteString(s)
		}
		inner := "{" + strings.Join(names, ", ") + "}"
		return mk("#sdy<manual_axes"+inner+">", inner), nil
	case 1: // MeshAxis
		name, err := r.Str()
		if err != nil {
			return nil, err
		}
		size, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		inner := stablehlo.QuoteString(name) + "=" + itoa(size)
		return mk("#sdy<mesh_axis"+inner+">", inner), nil
	case 2: // Mesh
		axes, err := r.sdyRefs(1)
		if err != nil {
			return nil, err
		}
		ids, err := r.svarints()
		if err != nil {
			return nil, err
		}
		inner := "<[" + strings.Join(axes, ", ") + "]"
		if len(ids) > 0 {
			inner += ", device_ids=" + int64List(ids)
		}
		inner += ">"
		return mk("#sdy.mesh"+inner, inner), nil
	case 3: // SubAxisInfo
		pre, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		size, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		inner := "(" + itoa(pre) + ")" + itoa(size)
		return mk("#sdy<sub_axis_info"+inner+">", inner), nil
	case 4: // AxisRef
		name, err := r.Str()
		if err != nil {
			return nil, err
		}
		inner := stablehlo.QuoteString(name)
		i, present, err := r.VarIntFlag()
		if err != nil {
			return nil, err
		}
		if present {
			a, err := r.file.attrAt(i, &r.Cursor)
			if err != nil {
				return nil, err
			}
			sub, ok := a.(*sdyAttr)
			if !ok || sub.code != 3 {
				return nil, r.Errorf("axis sub-info is %s", a)
			}
			inner += ":" + sub.inner
		}
		return mk("#sdy<axis_ref"+inner+">", inner), nil
	case 5: // DimensionSharding
		axes, err := r.sdyRefs(4)
		if err != nil {
			return nil, err
		}
		closed, err := r.boolByte()
		if err != nil {
			return nil, err
		}
		prio, hasPrio, err := r.VarIntFlag()
		if err != nil {
			return nil, err
		}
		inner := "{" + strings.Join(axes, ", ")
		if !closed {
			if len(axes) > 0 {
				inner += ", "
			}
			inner += "?"
		}
		inner += "}"
		if hasPrio {
			inner += "p" + strconv.FormatUint(prio, 10)
		}
		return mk("#sdy<dimension_sharding"+inner+">", inner), nil
	case 6, 15: // TensorSharding (v2 adds unreduced axes)
		mesh, err := r.Attr()
		if err != nil {
			return nil, err
		}
		var meshText string
		switch m := mesh.(type) {
		case *stablehlo.SymbolRefAttr:
			meshText = m.String()
		case *sdyAttr:
			if m.code != 2 {
				return nil, r.Errorf("sharding mesh is %s", mesh)
			}
			meshText = "mesh" + m.inner
		default:
			return nil, r.Errorf("sharding mesh is %s", mesh)
		}
		dims, err := r.sdyRefs(5)
		if err != nil {
			return nil, err
		}
		repl, err := r.sdyRefs(4)
		if err != nil {
			return nil, err
		}
		var unred []string
		if code == 15 {
			if unred, err = r.sdyRefs(4); err != nil {
				return nil, err
			}
		}
		inner := "<" + meshText + ", [" + strings.Join(dims, ", ") + "]"
		if len(repl) > 0 {
			inner += ", replicated={" + strings.Join(repl, ", ") + "}"
		}
		if len(unred) > 0 {
			inner += ", unreduced={" + strings.Join(unred, ", ") + "}"
		}
		inner += ">"
		a := mk("#sdy.sharding"+inner, inner)
		a.code = 6
		return a, nil
	case 7, 16: // TensorShardingPerValue
		shs, err := r.sdyRefs(6)
		if err != nil {
			return nil, err
		}
		inner := "[" + strings.Join(shs, ", ") + "]"
		a := mk("#sdy.sharding_per_value<"+inner+">", inner)
		a.code = 7
		return a, nil
	case 8: // DimMapping
		fs, err := r.svarints()
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, f := range fs {
			b.WriteString(factorSymbol(f))
		}
		return mk("#sdy<dim_mapping"+b.String()+">", b.String()), nil
	case 9: // TensorMapping
		dims, err := r.sdyRefs(8)
		if err != nil {
			return nil, err
		}
		inner := "[" + strings.Join(dims, ", ") + "]"
		return mk("#sdy<tensor_mapping"+inner+">", inner), nil
	case 10: // OpShardingRule
		sizes, err := r.svarints()
		if err != nil {
			return nil, err
		}
		ops, err := r.sdyRefs(9)
		if err != nil {
			return nil, err
		}
		res, err := r.sdyRefs(9)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		b.WriteString("<(" + strings.Join(ops, ", ") + ")->(" + strings.Join(res, ", ") + ")")
		if len(sizes) > 0 {
			parts := make([]string, len(sizes))
			for i, s := range sizes {
				parts[i] = factorSymbol(int64(i)) + "=" + itoa(s)
			}
			b.WriteString(" {" + strings.Join(parts, ", ") + "}")
		}
		for _, kind := range []string{"reduction", "need_replication", "permutation", "blocked_propagation"} {
			fs, err := r.svarints()
			if err != nil {
				return nil, err
			}
			if len(fs) > 0 {
				b.WriteString(" " + kind + "={" + factorList(fs) + "}")
			}
		}
		custom, err := r.boolByte()
		if err != nil {
			return nil, err
		}
		if custom {
			b.WriteString(", custom")
		}
		b.WriteString(">")
		return mk("#sdy.op_sharding_rule"+b.String(), b.String()), nil
	case 11: // AxisRefList
		axes, err := r.sdyRefs(4)
		if err != nil {
			return nil, err
		}
		inner := "{" + strings.Join(axes, ", ") + "}"
		return mk("#sdy<axis_ref_list"+inner+">", inner), nil
	case 12: // ListOfAxisRefLists
		ls, err := r.sdyRefs(11)
		if err != nil {
			return nil, err
		}
		inner := "[" + strings.Join(ls, ", ") + "]"
		return mk("#sdy<list_of_axis_ref_lists"+inner+">", inner), nil
	case 13: // AllToAllParam
		axes, err := r.sdyRefs(4)
		if err != nil {
			return nil, err
		}
		src, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		tgt, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		inner := "{" + strings.Join(axes, ", ") + "}: " + itoa(src) + "->" + itoa(tgt)
		return mk("#sdy<all_to_all_param"+inner+">", inner), nil
	case 14: // AllToAllParamList
		ps, err := r.sdyRefs(13)
		if err != nil {
			return nil, err
		}
		inner := "[" + strings.Join(ps, ", ") + "]"
		return mk("#sdy<all_to_all_param_list"+inner+">", inner), nil
	}
	return nil, r.Errorf("unknown sdy attribute code %d", code)
}

func (sdyDialect) ReadType(r *EntryReader) (stablehlo.Type, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	return nil, r.Errorf("unknown sdy type code %d", code)
}

func int64List(v []int64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = itoa(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
