package mlirbc

import (
	"math"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// locAttr carries a location through the attribute table: builtin location
// attributes (§3.1 codes 10–15, 22) resolve to it, and op/argument location
// references unwrap it. Embedding OpaqueAttr makes it a stablehlo.Attribute.
type locAttr struct {
	stablehlo.OpaqueAttr
	loc stablehlo.Location
}

func (l *locAttr) String() string { return "loc(" + l.loc.String() + ")" }

type builtinDialect struct{}

func init() { RegisterDialect("builtin", builtinDialect{}) }

// loc reads an attribute reference that must be a location.
func (r *EntryReader) loc() (stablehlo.Location, error) {
	a, err := r.Attr()
	if err != nil {
		return nil, err
	}
	l, ok := a.(*locAttr)
	if !ok {
		return nil, r.Errorf("expected a location, got %s", a)
	}
	return l.loc, nil
}

// stringAttr reads an attribute reference that must be a StringAttr.
func (r *EntryReader) stringAttr() (string, error) {
	a, err := r.Attr()
	if err != nil {
		return "", err
	}
	s, ok := a.(stablehlo.StringAttr)
	if !ok {
		return "", r.Errorf("expected a string attribute, got %s", a)
	}
	return s.Value, nil
}

// listLen reads a list length, bounded by the bytes left (every element takes
// at least one byte).
func (r *EntryReader) listLen() (int, error) { return count(&r.Cursor, 1, "list") }

func (r *EntryReader) attrList() ([]stablehlo.Attribute, error) {
	n, err := r.listLen()
	if err != nil {
		return nil, err
	}
	return ReadN(n, r.Attr)
}

func (r *EntryReader) typeList() ([]stablehlo.Type, error) {
	n, err := r.listLen()
	if err != nil {
		return nil, err
	}
	return ReadN(n, r.Type)
}

func (r *EntryReader) svarints() ([]int64, error) {
	n, err := r.listLen()
	if err != nil {
		return nil, err
	}
	return ReadN(n, r.SVarInt)
}

func (r *EntryReader) varints() ([]uint64, error) {
	n, err := r.listLen()
	if err != nil {
		return nil, err
	}
	return ReadN(n, r.VarInt)
}

// shape reads a tensor shape (svarints, INT64_MIN = dynamic).
func (r *EntryReader) shape() ([]int64, error) { return r.ReadShape(r.svarints, "") }

func (builtinDialect) ReadAttribute(r *EntryReader) (stablehlo.Attribute, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	switch code {
	case 0: // ArrayAttr
		elems, err := r.attrList()
		if err != nil {
			return nil, err
		}
		return &stablehlo.ArrayAttr{Elems: elems}, nil
	case 1: // DictionaryAttr
		n, err := r.listLen()
		if err != nil {
			return nil, err
		}
		entries := make([]stablehlo.NamedAttr, n)
		for i := range entries {
			if entries[i].Name, err = r.stringAttr(); err != nil {
				return nil, err
			}
			if entries[i].Value, err = r.Attr(); err != nil {
				return nil, err
			}
		}
		return stablehlo.NewDict(entries), nil
	case 2: // StringAttr
		s, err := r.Str()
		if err != nil {
			return nil, err
		}
		return stablehlo.StringAttr{Value: s}, nil
	case 3: // StringAttr with a type: the IR has no typed string; keep the text.
		s, err := r.Str()
		if err != nil {
			return nil, err
		}
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		return stablehlo.OpaqueAttr{Text: stablehlo.QuoteString(s) + " : " + t.String()}, nil
	case 4: // FlatSymbolRefAttr
		root, err := r.stringAttr()
		if err != nil {
			return nil, err
		}
		return &stablehlo.SymbolRefAttr{Root: root}, nil
	case 5: // SymbolRefAttr
		root, err := r.stringAttr()
		if err != nil {
			return nil, err
		}
		nested, err := r.attrList()
		if err != nil {
			return nil, err
		}
		s := &stablehlo.SymbolRefAttr{Root: root}
		for _, n := range nested {
			ref, ok := n.(*stablehlo.SymbolRefAttr)
			if !ok || len(ref.Nested) != 0 {
				return nil, r.Errorf("nested symbol reference is %s", n)
			}
			s.Nested = append(s.Nested, ref.Root)
		}
		return s, nil
	case 6: // TypeAttr
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		return &stablehlo.TypeAttr{Type: t}, nil
	case 7:
		return stablehlo.UnitAttr{}, nil
	case 8:
		return readIntegerAttr(r)
	case 9:
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		d := stablehlo.ElementDType(t)
		if _, scalar := t.(stablehlo.ScalarType); !scalar || !d.IsFloat() {
			return nil, r.Errorf("float attribute of unsupported type %s", t)
		}
		return r.FloatValue(t)
	case 10: // CallSiteLoc
		callee, err := r.loc()
		if err != nil {
			return nil, err
		}
		caller, err := r.loc()
		if err != nil {
			return nil, err
		}
		return &locAttr{loc: &stablehlo.CallSiteLoc{Callee: callee, Caller: caller}}, nil
	case 11: // FileLineColLoc
		file, err := r.stringAttr()
		if err != nil {
			return nil, err
		}
		line, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		col, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		return &locAttr{loc: &stablehlo.FileLineColLoc{File: file, Line: clampInt(line), Col: clampInt(col)}}, nil
	case 12, 13: // FusedLoc, with metadata
		n, err := r.listLen()
		if err != nil {
			return nil, err
		}
		fl := &stablehlo.FusedLoc{Locs: make([]stablehlo.Location, n)}
		for i := range fl.Locs {
			if fl.Locs[i], err = r.loc(); err != nil {
				return nil, err
			}
		}
		if code == 13 {
			if fl.Metadata, err = r.Attr(); err != nil {
				return nil, err
			}
		}
		return &locAttr{loc: fl}, nil
	case 14: // NameLoc
		name, err := r.stringAttr()
		if err != nil {
			return nil, err
		}
		child, err := r.loc()
		if err != nil {
			return nil, err
		}
		return &locAttr{loc: &stablehlo.NameLoc{Name: name, Child: child}}, nil
	case 15:
		return &locAttr{loc: stablehlo.UnknownLoc{}}, nil
	case 16: // DenseResourceElementsAttr
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		h, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		f, ok := r.file.(*file)
		if !ok || h >= uint64(len(f.resources)) {
			return nil, r.Errorf("resource handle %d out of range", h)
		}
		res := f.resources[h]
		f.acc += 16 * int64(len(res.data))
		tt, isTensor := t.(*stablehlo.TensorType)
		if !isTensor || res.kind != 0 || !res.present {
			return stablehlo.OpaqueAttr{Text: "dense_resource<" + res.key + "> : " + t.String()}, nil
		}
		return denseFromRaw(r, tt, res.data, false)
	case 17: // DenseArrayAttr
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		n, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		blob, err := r.Blob()
		if err != nil {
			return nil, err
		}
		st, ok := t.(stablehlo.ScalarType)
		es := st.DType.StorageSize()
		if !ok || es == 0 || st.DType.IsComplex() {
			return nil, r.Errorf("dense array of unsupported element type %s", t)
		}
		if uint64(len(blob))%uint64(es) != 0 || uint64(len(blob))/uint64(es) != n {
			return nil, r.Errorf("dense array of %d %s elements has %d bytes", n, t, len(blob))
		}
		ints := make([]int64, n)
		for i := range ints {
			u := leUint(blob[i*es : (i+1)*es])
			switch d := st.DType; {
			case d == tensor.I1:
				if u != 0 {
					u = 1
				}
				ints[i] = int64(u)
			case d.IsFloat():
				ints[i] = int64(u)
			case d.IsUnsigned():
				ints[i] = int64(u)
			default:
				ints[i] = SignExtend(u, d.Bits())
			}
		}
		return &stablehlo.DenseArrayAttr{Elem: st.DType, Ints: ints}, nil
	case 18: // DenseIntOrFPElementsAttr
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		blob, err := r.Blob()
		if err != nil {
			return nil, err
		}
		tt, ok := t.(*stablehlo.TensorType)
		if !ok {
			return stablehlo.OpaqueAttr{Text: `dense<"0x` + strings.ToUpper(hexString(blob)) + `"> : ` + t.String()}, nil
		}
		return denseFromRaw(r, tt, blob, true)
	case 19: // DenseStringElementsAttr
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		splat, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		tt, ok := t.(*stablehlo.TensorType)
		if !ok {
			return nil, r.Errorf("string elements of non-tensor type %s", t)
		}
		n := tensor.NumElements(tt.Shape)
		if n < 0 {
			return nil, r.Errorf("string elements of dynamic or oversized type %s", t)
		}
		if splat != 0 {
			n = 1
		}
		if n > int64(r.Remaining()) {
			return nil, r.Errorf("%d strings in %d bytes", n, r.Remaining())
		}
		vals := make([]string, n)
		for i := range vals {
			if vals[i], err = r.Str(); err != nil {
				return nil, err
			}
		}
		return &stablehlo.DenseStringElementsAttr{Type: tt, Values: vals}, nil
	case 20: // SparseElementsAttr: not modelled, kept as text.
		t, err := r.Type()
		if err != nil {
			return nil, err
		}
		idx, err := r.Attr()
		if err != nil {
			return nil, err
		}
		vals, err := r.Attr()
		if err != nil {
			return nil, err
		}
		return stablehlo.OpaqueAttr{Text: "sparse<" + denseBody(idx) + ", " + denseBody(vals) + "> : " + t.String()}, nil
	case 21: // DistinctAttr
		a, err := r.Attr()
		if err != nil {
			return nil, err
		}
		return stablehlo.OpaqueAttr{Text: "distinct[0]<" + a.String() + ">"}, nil
	case 22: // FileLineColRange
		file, err := r.stringAttr()
		if err != nil {
			return nil, err
		}
		v, err := r.varints()
		if err != nil {
			return nil, err
		}
		l := &stablehlo.FileLineColLoc{File: file}
		switch len(v) {
		case 0:
		case 1:
			l.Line = clampInt(v[0])
		case 2:
			l.Line, l.Col = clampInt(v[0]), clampInt(v[1])
		case 3:
			l.Line, l.Col, l.EndLine, l.EndCol = clampInt(v[0]), clampInt(v[1]), clampInt(v[0]), clampInt(v[2])
		case 4:
			l.Line, l.Col, l.EndLine, l.EndCol = clampInt(v[0]), clampInt(v[1]), clampInt(v[2]), clampInt(v[3])
		default:
			return nil, r.Errorf("file range with %d numbers", len(v))
		}
		return &locAttr{loc: l}, nil
	}
	return nil, r.Errorf("unknown builtin attribute code %d", code)
}

func denseBody(a stablehlo.Attribute) string {
	if d, ok := a.(*stablehlo.DenseElementsAttr); ok {
		return d.ValueString()
	}
	return a.String()
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, x := range b {
		out[2*i], out[2*i+1] = digits[x>>4], digits[x&15]
	}
	return string(out)
}

func clampInt(v uint64) int {
	if v > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(v)
}

func leUint(b []byte) uint64 {
	var u uint64
	for i := len(b) - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	return u
}

// denseFromRaw builds a dense elements attribute from raw storage (§3.3);
// packedI1 applies the bit-packing rules of builtin and VHLO writers.
func denseFromRaw(r *EntryReader, t *stablehlo.TensorType, blob []byte, packedI1 bool) (stablehlo.Attribute, error) {
	d := stablehlo.ElementDType(t)
	es := d.StorageSize()
	if es == 0 {
		return nil, r.Errorf("dense elements of unsupported element type in %s", t)
	}
	n := tensor.NumElements(t.Shape)
	if n < 0 {
		return nil, r.Errorf("dense elements of dynamic or oversized type %s", t)
	}
	data, ok := DenseRawData(d, n, blob, packedI1)
	if !ok {
		return nil, r.Errorf("dense data of %d bytes does not fit %s", len(blob), t)
	}
	return stablehlo.NewDenseElements(t, data), nil
}

// readIntegerAttr decodes builtin code 8; an i1 integer is a BoolAttr.
func readIntegerAttr(r *EntryReader) (stablehlo.Attribute, error) {
	t, err := r.Type()
	if err != nil {
		return nil, err
	}
	width, signed, ok := intTypeWidth(t)
	if !ok {
		return nil, r.Errorf("integer attribute of non-integer type %s", t)
	}
	if width > 64 {
		return nil, r.Errorf("integer attribute wider than 64 bits (%s)", t)
	}
	v, err := r.IntValue(width, signed)
	if err != nil {
		return nil, err
	}
	if width == 1 && stablehlo.ElementDType(t) == tensor.I1 {
		return stablehlo.BoolAttr{Value: v != 0}, nil
	}
	return &stablehlo.IntegerAttr{Type: t, Value: v}, nil
}

// intTypeWidth is the bit width of an integer or index type and whether its
// values are sign-extended (signless and signed ones are).
func intTypeWidth(t stablehlo.Type) (int, bool, bool) {
	switch t := t.(type) {
	case stablehlo.ScalarType:
		d := t.DType
		switch {
		case d == tensor.Index:
			return 64, true, true
		case d == tensor.I1:
			return 1, true, true
		case d.IsSigned():
			return d.Bits(), true, true
		case d.IsUnsigned():
			return d.Bits(), false, true
		}
	case stablehlo.OpaqueType:
		s := t.Text
		signed := true
		switch {
		case strings.HasPrefix(s, "ui"):
			s, signed = s[2:], false
		case strings.HasPrefix(s, "si"):
			s = s[2:]
		case strings.HasPrefix(s, "i"):
			s = s[1:]
		default:
			return 0, false, false
		}
		w, err := strconv.Atoi(s)
		if err != nil || w <= 0 {
			return 0, false, false
		}
		return w, signed, true
	}
	return 0, false, false
}

var builtinFloatTypes = map[uint64]tensor.DType{
	3: tensor.BF16, 4: tensor.F16, 5: tensor.F32, 6: tensor.F64,
	21: tensor.TF32, 22: tensor.F8E5M2, 23: tensor.F8E4M3, 24: tensor.F8E4M3FN,
	25: tensor.F8E5M2FNUZ, 26: tensor.F8E4M3FNUZ, 27: tensor.F8E4M3B11FNUZ,
	28: tensor.F8E3M4, 29: tensor.F4E2M1FN, 30: tensor.F6E2M3FN, 31: tensor.F6E3M2FN,
	32: tensor.F8E8M0FNU,
}

// integerType maps a builtin integer type to the IR.
func integerType(width uint64, signedness uint64) stablehlo.Type {
	w := strconv.FormatUint(width, 10)
	switch signedness {
	case 0:
		if d, ok := tensor.ParseDType("i" + w); ok {
			return stablehlo.Scalar(d)
		}
		return stablehlo.OpaqueType{Text: "i" + w}
	case 1:
		return stablehlo.OpaqueType{Text: "si" + w}
	}
	if d, ok := tensor.ParseDType("ui" + w); ok {
		return stablehlo.Scalar(d)
	}
	return stablehlo.OpaqueType{Text: "ui" + w}
}

func (builtinDialect) ReadType(r *EntryReader) (stablehlo.Type, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	if d, ok := builtinFloatTypes[code]; ok {
		return stablehlo.Scalar(d), nil
	}
	switch code {
	case 0:
		v, err := r.VarInt()
		if err != nil {
			return nil, err
		}
		if v&3 == 3 || v>>2 > 1<<24 {
			return nil, r.Errorf("invalid integer type encoding %d", v)
		}
		return integerType(v>>2, v&3), nil
	case 1:
		return stablehlo.Scalar(tensor.Index), nil
	case 2:
		in, err := r.typeList()
		if err != nil {
			return nil, err
		}
		out, err := r.typeList()
		if err != nil {
			return nil, err
		}
		return &stablehlo.FunctionType{Inputs: in, Results: out}, nil
	case 7:
		return stablehlo.OpaqueType{Text: "f80"}, nil
	case 8:
		return stablehlo.OpaqueType{Text: "f128"}, nil
	case 9:
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		switch stablehlo.ElementDType(e) {
		case tensor.F32:
			if _, ok := e.(stablehlo.ScalarType); ok {
				return stablehlo.Scalar(tensor.C64), nil
			}
		case tensor.F64:
			if _, ok := e.(stablehlo.ScalarType); ok {
				return stablehlo.Scalar(tensor.C128), nil
			}
		}
		return stablehlo.OpaqueType{Text: "complex<" + e.String() + ">"}, nil
	case 10, 11: // MemRefType: not modelled, kept as text.
		var space stablehlo.Attribute
		if code == 11 {
			if space, err = r.Attr(); err != nil {
				return nil, err
			}
		}
		shape, err := r.shape()
		if err != nil {
			return nil, err
		}
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		layout, err := r.Attr()
		if err != nil {
			return nil, err
		}
		s := "memref<" + ShapeString(shape) + e.String()
		if o, ok := layout.(stablehlo.OpaqueAttr); !ok || !strings.HasPrefix(o.Text, "affine_map<") {
			s += ", " + layout.String()
		}
		if space != nil {
			s += ", " + space.String()
		}
		return stablehlo.OpaqueType{Text: s + ">"}, nil
	case 12:
		return stablehlo.NoneType{}, nil
	case 13, 14:
		var enc stablehlo.Attribute
		if code == 14 {
			if enc, err = r.Attr(); err != nil {
				return nil, err
			}
		}
		shape, err := r.shape()
		if err != nil {
			return nil, err
		}
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		return &stablehlo.TensorType{Shape: shape, Elem: e, Encoding: enc}, nil
	case 15:
		ts, err := r.typeList()
		if err != nil {
			return nil, err
		}
		return &stablehlo.TupleType{Elems: ts}, nil
	case 16, 17:
		s := "memref<*x"
		var space stablehlo.Attribute
		if code == 17 {
			if space, err = r.Attr(); err != nil {
				return nil, err
			}
		}
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		s += e.String()
		if space != nil {
			s += ", " + space.String()
		}
		return stablehlo.OpaqueType{Text: s + ">"}, nil
	case 18:
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		return stablehlo.UnrankedTensorType{Elem: e}, nil
	case 19, 20:
		var scalable []bool
		if code == 20 {
			n, err := r.listLen()
			if err != nil {
				return nil, err
			}
			scalable = make([]bool, n)
			for i := range scalable {
				b, err := r.Byte()
				if err != nil {
					return nil, err
				}
				scalable[i] = b != 0
			}
		}
		shape, err := r.shape()
		if err != nil {
			return nil, err
		}
		e, err := r.Type()
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		b.WriteString("vector<")
		for i, d := range shape {
			if i < len(scalable) && scalable[i] {
				b.WriteString("[" + strconv.FormatInt(d, 10) + "]x")
			} else {
				b.WriteString(strconv.FormatInt(d, 10) + "x")
			}
		}
		return stablehlo.OpaqueType{Text: b.String() + e.String() + ">"}, nil
	}
	return nil, r.Errorf("unknown builtin type code %d", code)
}
