package vhlo

import (
	"math"
	"strconv"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirbc"
	"github.com/hlovm/hlovm/tensor"
)

// dialect decodes VHLO's custom attribute and type encodings (spec §4.1, §4.3)
// straight into the IR's builtin/StableHLO equivalents, so the converter only
// has to regroup and rename.
type dialect struct{}

func init() {
	mlirbc.RegisterDialect("vhlo", dialect{})
}

// enumByCode maps the VHLO attribute code of each enum to its StableHLO kind.
var enumByCode = map[uint64]string{
	3:  "comparison_direction",
	4:  "comparison_type",
	7:  "fft_type",
	11: "precision",
	12: "rng_algorithm",
	13: "rng_distribution",
	16: "transpose",
	19: "result_accuracy_mode",
}

func readEnum(r *mlirbc.EntryReader, kind string) (stablehlo.Attribute, error) {
	v, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	name, ok := mlirbc.EnumCase(kind, v)
	if !ok {
		return nil, r.Errorf("vhlo: invalid %s enum value %d", kind, v)
	}
	return stablehlo.EnumAttr{Kind: kind, Value: name}, nil
}

// listLen reads the length of a list of what, bounded by the bytes left in
// the entry (every element takes at least one byte).
func listLen(r *mlirbc.EntryReader, what string) (int, error) {
	n, err := r.VarInt()
	if err != nil {
		return 0, err
	}
	if n > uint64(r.Remaining()) {
		return 0, r.Errorf("vhlo: list of %d %s exceeds the entry", n, what)
	}
	return int(n), nil
}

func readSVarInts(r *mlirbc.EntryReader) ([]int64, error) {
	n, err := listLen(r, "integers")
	if err != nil {
		return nil, err
	}
	return mlirbc.ReadN(n, r.SVarInt)
}

func readAttrList(r *mlirbc.EntryReader) ([]stablehlo.Attribute, error) {
	n, err := listLen(r, "attributes")
	if err != nil {
		return nil, err
	}
	return mlirbc.ReadN(n, r.Attr)
}

func readTypeList(r *mlirbc.EntryReader) ([]stablehlo.Type, error) {
	n, err := listLen(r, "types")
	if err != nil {
		return nil, err
	}
	return mlirbc.ReadN(n, r.Type)
}

func (dialect) ReadAttribute(r *mlirbc.EntryReader) (stablehlo.Attribute, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	if kind, ok := enumByCode[code]; ok {
		return readEnum(r, kind)
	}
	switch code {
	case 1: // ArrayV1
		elems, err := readAttrList(r)
		if err != nil {
			return nil, err
		}
		return &stablehlo.ArrayAttr{Elems: elems}, nil
	case 2: // BooleanV1
		v, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		if v > 1 {
			return nil, r.Errorf("vhlo: boolean value %d", v)
		}
		return stablehlo.BoolAttr{Value: v == 1}, nil
	case 5: // CustomCallApiVersionV1: StableHLO keeps it as an i32 integer.
		v, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		if v > 4 {
			return nil, r.Errorf("vhlo: invalid custom_call api_version %d", v)
		}
		return &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: int64(v)}, nil
	case 6: // DictionaryV1
		n, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		if n > uint64(r.Remaining()) {
			return nil, r.Errorf("vhlo: dictionary of %d entries exceeds the entry", n)
		}
		entries := make([]stablehlo.NamedAttr, 0, n)
		for i := uint64(0); i < n; i++ {
			k, err := r.Attr()
			if err != nil {
				return nil, err
			}
			ks, ok := k.(stablehlo.StringAttr)
			if !ok {
				return nil, r.Errorf("vhlo: dictionary key is %s, not a string", k)
			}
			v, err := r.Attr()
			if err != nil {
				return nil, err
			}
			entries = append(entries, stablehlo.NamedAttr{Name: ks.Value, Value: v})
		}
		return stablehlo.NewDict(entries), nil
	case 8: // FloatV1
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		d := stablehlo.ElementDType(t)
		if !d.IsFloat() {
			return nil, r.Errorf("vhlo: float attribute of type %s", t)
		}
		return r.FloatValue(t)
	case 9: // IntegerV1
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		d := stablehlo.ElementDType(t)
		if !d.IsInteger() && d != tensor.Index {
			return nil, r.Errorf("vhlo: integer attribute of type %s", t)
		}
		v, err := r.IntValue(d.Bits(), !d.IsUnsigned())
		if err != nil {
			return nil, err
		}
		return &stablehlo.IntegerAttr{Type: t, Value: v}, nil
	case 10: // OutputOperandAliasV1
		return r.OutputOperandAlias(func() ([]int64, error) { return readSVarInts(r) })
	case 14: // StringV1
		s, err := r.Str()
		if err != nil {
			return nil, err
		}
		return stablehlo.StringAttr{Value: s}, nil
	case 15: // TensorV1
		return readTensor(r)
	case 17: // TypeV1
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		return &stablehlo.TypeAttr{Type: t}, nil
	case 18: // TypeExtensionsV1
		b, err := readSVarInts(r)
		if err != nil {
			return nil, err
		}
		return &stablehlo.TypeExtensionsAttr{Bounds: b}, nil
	case 20: // ResultAccuracyV1
		a, m, err := r.ResultAccuracyFields()
		if err != nil {
			return nil, err
		}
		mode, ok := m.(stablehlo.EnumAttr)
		if !ok || mode.Kind != "result_accuracy_mode" {
			return nil, r.Errorf("vhlo: result_accuracy mode is %s", m)
		}
		a.Mode = mode.Value
		return a, nil
	case 21: // SubAxisInfoV1, kept as the text StableHLO prints inside axis_ref.
		pre, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		size, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		return stablehlo.OpaqueAttr{Text: "(" + strconv.FormatInt(pre, 10) + ")" + strconv.FormatInt(size, 10)}, nil
	case 22: // AxisRefV1
		name, err := r.Attr()
		if err != nil {
			return nil, err
		}
		has, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		text := "#stablehlo.axis_ref<name = " + name.String()
		if has > 1 {
			return nil, r.Errorf("vhlo: axis_ref sub-axis flag %d", has)
		}
		if has == 1 {
			sub, err := r.Attr()
			if err != nil {
				return nil, err
			}
			text += ", sub_axis_info = " + sub.String()
		}
		return stablehlo.OpaqueAttr{Text: text + ">"}, nil
	case 23: // ReplicaGroupMeshAxesV1
		mesh, err := r.Attr()
		if err != nil {
			return nil, err
		}
		axes, err := r.Attr()
		if err != nil {
			return nil, err
		}
		return stablehlo.OpaqueAttr{Text: "#stablehlo.replica_group_mesh_axes<mesh = " + meshRef(mesh) + ", axes = " + axes.String() + ">"}, nil
	case 24: // MeshAxisV1
		name, err := r.Attr()
		if err != nil {
			return nil, err
		}
		size, err := r.SVarInt()
		if err != nil {
			return nil, err
		}
		return stablehlo.OpaqueAttr{Text: "#stablehlo.mesh_axis<name = " + name.String() + ", size = " + strconv.FormatInt(size, 10) + ">"}, nil
	case 25: // MeshV1
		axes, err := r.Attr()
		if err != nil {
			return nil, err
		}
		ids, err := r.OptionalAttr()
		if err != nil {
			return nil, err
		}
		text := "#stablehlo.mesh<axes = " + axes.String()
		if ids != nil {
			text += ", device_ids = " + ids.String()
		}
		return stablehlo.OpaqueAttr{Text: text + ">"}, nil
	}
	return nil, r.Errorf("vhlo: unknown attribute code %d", code)
}

// meshRef prints the mesh of a replica_group_mesh_axes: a symbol name or an
// inline mesh.
func meshRef(a stablehlo.Attribute) string {
	if s, ok := a.(stablehlo.StringAttr); ok {
		return (&stablehlo.SymbolRefAttr{Root: s.Value}).String()
	}
	return a.String()
}

// readTensor decodes TensorV1: a tensor type and the dense raw data (§3.3),
// with VHLO's i1 bit packing.
func readTensor(r *mlirbc.EntryReader) (stablehlo.Attribute, error) {
	t, err := r.Type()
	if err != nil {
		return nil, err
	}
	tt, ok := t.(*stablehlo.TensorType)
	if !ok {
		return nil, r.Errorf("vhlo: tensor attribute of type %s", t)
	}
	blob, err := r.Blob()
	if err != nil {
		return nil, err
	}
	for _, d := range tt.Shape {
		if d < 0 {
			return nil, r.Errorf("vhlo: tensor attribute of dynamic type %s", tt)
		}
	}
	n := tensor.NumElements(tt.Shape)
	d := stablehlo.ElementDType(tt)
	if d.StorageSize() == 0 {
		return nil, r.Errorf("vhlo: tensor attribute of unsupported element type %s", tt)
	}
	data, ok := mlirbc.DenseRawData(d, n, blob, true)
	if !ok {
		return nil, r.Errorf("vhlo: tensor %s has %d data bytes", tt, len(blob))
	}
	return stablehlo.NewDenseElements(tt, data), nil
}

// scalarTypes maps VHLO type codes without fields to builtin element types.
var scalarTypes = map[uint64]tensor.DType{
	0: tensor.I1, 2: tensor.BF16, 3: tensor.F16, 4: tensor.F32, 5: tensor.F64,
	6: tensor.F8E4M3FN, 7: tensor.F8E5M2, 9: tensor.Index,
	10: tensor.I4, 11: tensor.I8, 12: tensor.I16, 13: tensor.I32, 14: tensor.I64,
	15: tensor.U4, 16: tensor.U8, 17: tensor.U16, 18: tensor.U32, 19: tensor.U64,
	27: tensor.F8E4M3FNUZ, 28: tensor.F8E5M2FNUZ, 29: tensor.F8E4M3B11FNUZ,
	31: tensor.I2, 32: tensor.U2, 34: tensor.TF32, 35: tensor.F8E4M3, 36: tensor.F8E3M4,
	37: tensor.F4E2M1FN, 38: tensor.F6E2M3FN, 39: tensor.F6E3M2FN, 40: tensor.F8E8M0FNU,
}

func readShape(r *mlirbc.EntryReader) ([]int64, error) {
	return r.ReadShape(func() ([]int64, error) { return readSVarInts(r) }, "vhlo: ")
}

func (dialect) ReadType(r *mlirbc.EntryReader) (stablehlo.Type, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	if d, ok := scalarTypes[code]; ok {
		return stablehlo.Scalar(d), nil
	}
	switch code {
	case 1: // ComplexV1
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		switch stablehlo.ElementDType(e) {
		case tensor.F32:
			return stablehlo.Scalar(tensor.C64), nil
		case tensor.F64:
			return stablehlo.Scalar(tensor.C128), nil
		}
		return stablehlo.OpaqueType{Text: "complex<" + e.String() + ">"}, nil
	case 8: // FunctionV1
		in, err := readTypeList(r)
		if err != nil {
			return nil, err
		}
		out, err := readTypeList(r)
		if err != nil {
			return nil, err
		}
		return &stablehlo.FunctionType{Inputs: in, Results: out}, nil
	case 20, 21: // RankedTensorV1 (21: with encoding)
		var enc stablehlo.Attribute
		if code == 21 {
			if enc, err = r.Attr(); err != nil {
				return nil, err
			}
		}
		shape, err := readShape(r)
		if err != nil {
			return nil, err
		}
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		return &stablehlo.TensorType{Shape: shape, Elem: e, Encoding: enc}, nil
	case 22:
		return stablehlo.TokenType{}, nil
	case 23: // TupleV1
		ts, err := readTypeList(r)
		if err != nil {
			return nil, err
		}
		return &stablehlo.TupleType{Elems: ts}, nil
	case 24, 30: // UniformQuantizedV1 / UniformQuantizedPerAxisV1
		return readQuant(r, code == 30)
	case 25: // UnrankedTensorV1
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		return stablehlo.UnrankedTensorType{Elem: e}, nil
	case 26:
		return stablehlo.OpaqueType{Text: "!shape.witness"}, nil
	case 33:
		return stablehlo.NoneType{}, nil
	case 41: // RankedBufferV1 is a builtin memref.
		shape, err := readShape(r)
		if err != nil {
			return nil, err
		}
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		return stablehlo.OpaqueType{Text: "memref<" + mlirbc.ShapeString(shape) + e.String() + ">"}, nil
	case 42: // FutureV1
		ts, err := readTypeList(r)
		if err != nil {
			return nil, err
		}
		return mlirbc.FutureType(ts), nil
	}
	return nil, r.Errorf("vhlo: unknown type code %d", code)
}

// readQuant decodes UniformQuantizedV1 and UniformQuantizedPerAxisV1: the
// fields after the types are laid out as in the quant dialect, and read by
// mlirbc's QuantParams with VHLO's own list checks and messages.
func readQuant(r *mlirbc.EntryReader, perAxis bool) (stablehlo.Type, error) {
	flags, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	st, err := r.Type()
	if err != nil {
		return nil, err
	}
	et, err := r.Type()
	if err != nil {
		return nil, err
	}
	q := &stablehlo.QuantType{Storage: stablehlo.ElementDType(st), StorageSigned: flags&1 == 1, Expressed: stablehlo.ElementDType(et), Axis: -1}
	if !q.Storage.IsInteger() || !q.Expressed.IsFloat() {
		return nil, r.Errorf("vhlo: quantized type with storage %s and expressed %s", st, et)
	}
	scales := func() ([]float64, error) {
		n, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		if n > uint64(r.Remaining()) {
			return nil, r.Errorf("vhlo: %d scales exceed the entry", n)
		}
		var out []float64
		for i := uint64(0); i < n; i++ {
			b, err := r.APFloat(tensor.F64)
			if err != nil {
				return nil, err
			}
			out = append(out, math.Float64frombits(b))
		}
		return out, nil
	}
	zeroPoints := func() ([]int64, error) { return readSVarInts(r) }
	if err := r.QuantParams(q, perAxis, "vhlo: ", scales, zeroPoints); err != nil {
		return nil, err
	}
	lo, hi := mlirbc.QuantStorageRange(q.Storage.Bits(), q.StorageSigned)
	q.HasStorageBnds = q.StorageMin != lo || q.StorageMax != hi
	return q, nil
}
