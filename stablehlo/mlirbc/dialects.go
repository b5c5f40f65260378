package mlirbc

import (
	"math"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Plain (non-portable) stablehlo and chlo encodings (§5.1, §5.2).

func (r *EntryReader) enumValue(kind string) (string, error) {
	v, err := r.VarInt()
	if err != nil {
		return "", err
	}
	name, ok := EnumCase(kind, v)
	if !ok {
		return "", r.Errorf("invalid %s value %d", kind, v)
	}
	return name, nil
}

func (r *EntryReader) enumAttr(kind string) (stablehlo.Attribute, error) {
	v, err := r.enumValue(kind)
	if err != nil {
		return nil, err
	}
	return stablehlo.EnumAttr{Kind: kind, Value: v}, nil
}

// readF64 reads an f64 APFloat (zigzag varint of the bits).
func (r *EntryReader) readF64() (float64, error) {
	bits, err := r.APFloat(tensor.F64)
	return math.Float64frombits(bits), err
}

func (r *EntryReader) boolByte() (bool, error) {
	b, err := r.Byte()
	return b != 0, err
}

// shloMeshAttr is a StableHLO mesh-family attribute (codes 18–22), not
// modelled by the IR and kept as its MLIR text; inner is the form it takes
// when nested in another one (sub-axis info and mesh axes print stripped).
type shloMeshAttr struct {
	stablehlo.OpaqueAttr
	code  uint64
	inner string
}

type stablehloDialect struct{}

func init() { RegisterDialect("stablehlo", stablehloDialect{}) }

func (stablehloDialect) ReadAttribute(r *EntryReader) (stablehlo.Attribute, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	lists := func(n int) ([][]int64, error) {
		out := make([][]int64, n)
		for i := range out {
			if out[i], err = r.svarints(); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	switch code {
	case 1:
		h, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		t, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		return &stablehlo.ChannelHandleAttr{Handle: h, Type: t}, nil
	case 2:
		return r.enumAttr("comparison_direction")
	case 3:
		return r.enumAttr("comparison_type")
	case 4:
		a := &stablehlo.ConvDimensionNumbersAttr{}
		for _, step := range []func() error{
			func() (e error) { a.InputBatch, e = r.SVarInt(); return },
			func() (e error) { a.InputFeature, e = r.SVarInt(); return },
			func() (e error) { a.InputSpatial, e = r.svarints(); return },
			func() (e error) { a.KernelInputFeature, e = r.SVarInt(); return },
			func() (e error) { a.KernelOutputFeature, e = r.SVarInt(); return },
			func() (e error) { a.KernelSpatial, e = r.svarints(); return },
			func() (e error) { a.OutputBatch, e = r.SVarInt(); return },
			func() (e error) { a.OutputFeature, e = r.SVarInt(); return },
			func() (e error) { a.OutputSpatial, e = r.svarints(); return },
		} {
			if err := step(); err != nil {
				return nil, err
			}
		}
		return a, nil
	case 5:
		l, err := lists(4)
		if err != nil {
			return nil, err
		}
		return &stablehlo.DotDimensionNumbersAttr{LhsBatching: l[0], RhsBatching: l[1], LhsContracting: l[2], RhsContracting: l[3]}, nil
	case 6:
		return r.enumAttr("fft_type")
	case 7:
		l, err := lists(5)
		if err != nil {
			return nil, err
		}
		ivd, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		return &stablehlo.GatherDimensionNumbersAttr{OffsetDims: l[0], CollapsedSliceDims: l[1], OperandBatchingDims: l[2], StartIndicesBatchingDims: l[3], StartIndexMap: l[4], IndexVectorDim: ivd}, nil
	case 8:
		return r.enumAttr("precision")
	case 9:
		return r.enumAttr("rng_algorithm")
	case 10:
		return r.enumAttr("rng_distribution")
	case 11:
		l, err := lists(5)
		if err != nil {
			return nil, err
		}
		ivd, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		return &stablehlo.ScatterDimensionNumbersAttr{UpdateWindowDims: l[0], InsertedWindowDims: l[1], InputBatchingDims: l[2], ScatterIndicesBatchingDims: l[3], ScatterDimsToOperandDims: l[4], IndexVectorDim: ivd}, nil
	case 12:
		return r.enumAttr("transpose")
	case 13:
		b, err := r.svarints()
		if err != nil {
			return nil, err
		}
		return &stablehlo.TypeExtensionsAttr{Bounds: b}, nil
	case 14:
		return r.OutputOperandAlias(r.svarints)
	case 15:
		a := &stablehlo.DotAlgorithmAttr{}
		if a.LhsPrecisionType, err = r.Type(); err != nil {
			return nil, err
		}
		if a.RhsPrecisionType, err = r.Type(); err != nil {
			return nil, err
		}
		if a.AccumulationType, err = r.Type(); err != nil {
			return nil, err
		}
		if a.LhsComponentCount, err = r.SVarInt(); err != nil {
			return nil, err
		}
		if a.RhsComponentCount, err = r.SVarInt(); err != nil {
			return nil, err
		}
		if a.NumPrimitiveOperations, err = r.SVarInt(); err != nil {
			return nil, err
		}
		if a.AllowImpreciseAccumulation, err = r.boolByte(); err != nil {
			return nil, err
		}
		return a, nil
	case 16:
		return r.enumAttr("result_accuracy_mode")
	case 17:
		a, mode, err := r.ResultAccuracyFields()
		if err != nil {
			return nil, err
		}
		e, ok := mode.(stablehlo.EnumAttr)
		if !ok || e.Kind != "result_accuracy_mode" {
			return nil, r.Errorf("result accuracy mode is %s", mode)
		}
		a.Mode = e.Value
		return a, nil
	case 18: // ReplicaGroupMeshAxes
		mesh, err := r.Attr()
		if err != nil {
			return nil, err
		}
		n, err := r.listLen()
		if err != nil {
			return nil, err
		}
		axes := make([]string, n)
		for i := range axes {
			a, err := r.Attr()
			if err != nil {
				return nil, err
			}
			ax, ok := a.(*shloMeshAttr)
			if !ok || ax.code != 20 {
				return nil, r.Errorf("replica group axis is %s", a)
			}
			axes[i] = ax.Text
		}
		return &shloMeshAttr{OpaqueAttr: stablehlo.OpaqueAttr{Text: "#stablehlo.replica_group_mesh_axes<mesh = " + mesh.String() + ", axes = [" + strings.Join(axes, ", ") + "]>"}, code: code}, nil
	case 19: // SubAxisInfo: "(pre)size" when nested in an axis_ref
		pre, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		size, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		inner := "(" + itoa(pre) + ")" + itoa(size)
		return &shloMeshAttr{OpaqueAttr: stablehlo.OpaqueAttr{Text: "#stablehlo<sub_axis_info" + inner + ">"}, code: code, inner: inner}, nil
	case 20: // AxisRef
		name, err := r.Str()
		if err != nil {
			return nil, err
		}
		text := "#stablehlo.axis_ref<name = " + stablehlo.QuoteString(name)
		has, err := r.boolByte()
		if err != nil {
			return nil, err
		}
		if has {
			a, err := r.Attr()
			if err != nil {
				return nil, err
			}
			sub, ok := a.(*shloMeshAttr)
			if !ok || sub.code != 19 {
				return nil, r.Errorf("axis sub-info is %s", a)
			}
			text += ", sub_axis_info = " + sub.inner
		}
		return &shloMeshAttr{OpaqueAttr: stablehlo.OpaqueAttr{Text: text + ">"}, code: code}, nil
	case 21: // MeshAxis: "<name = …, size = …>" when nested in a mesh
		name, err := r.Str()
		if err != nil {
			return nil, err
		}
		size, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		inner := "<name = " + stablehlo.QuoteString(name) + ", size = " + itoa(size) + ">"
		return &shloMeshAttr{OpaqueAttr: stablehlo.OpaqueAttr{Text: "#stablehlo.mesh_axis" + inner}, code: code, inner: inner}, nil
	case 22: // Mesh
		a, err := r.Attr()
		if err != nil {
			return nil, err
		}
		arr, ok := a.(*stablehlo.ArrayAttr)
		if !ok {
			return nil, r.Errorf("mesh axes are %s", a)
		}
		axes := make([]string, len(arr.Elems))
		for i, e := range arr.Elems {
			ax, ok := e.(*shloMeshAttr)
			if !ok || ax.code != 21 {
				return nil, r.Errorf("mesh axis is %s", e)
			}
			axes[i] = ax.inner
		}
		text := "#stablehlo.mesh<axes=[" + strings.Join(axes, ", ") + "]"
		has, err := r.boolByte()
		if err != nil {
			return nil, err
		}
		if has {
			ids, err := r.Attr()
			if err != nil {
				return nil, err
			}
			text += ", device_ids=" + ids.String()
		}
		return &shloMeshAttr{OpaqueAttr: stablehlo.OpaqueAttr{Text: text + ">"}, code: code}, nil
	}
	return nil, r.Errorf("unknown stablehlo attribute code %d", code)
}

func (stablehloDialect) ReadType(r *EntryReader) (stablehlo.Type, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	switch code {
	case 0:
		return stablehlo.TokenType{}, nil
	case 1:
		ts, err := r.typeList()
		if err != nil {
			return nil, err
		}
		return FutureType(ts), nil
	}
	return nil, r.Errorf("unknown stablehlo type code %d", code)
}

type chloDialect struct{}

func init() { RegisterDialect("chlo", chloDialect{}) }

func (chloDialect) ReadAttribute(r *EntryReader) (stablehlo.Attribute, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	var kind string
	switch code {
	case 0:
		kind = "comparison_direction"
	case 1:
		kind = "comparison_type"
	default:
		return nil, r.Errorf("unknown chlo attribute code %d", code)
	}
	v, err := r.enumValue(kind)
	if err != nil {
		return nil, err
	}
	return stablehlo.OpaqueAttr{Text: "#chlo<" + kind + " " + v + ">"}, nil
}

func (chloDialect) ReadType(r *EntryReader) (stablehlo.Type, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	return nil, r.Errorf("unknown chlo type code %d", code)
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

func joinAttrs(as []stablehlo.Attribute, sep string) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = a.String()
	}
	return strings.Join(parts, sep)
}
