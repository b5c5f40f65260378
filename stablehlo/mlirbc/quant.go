package mlirbc

import (
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// The quant dialect's uniform quantized types map to stablehlo.QuantType. MLIR
// writes them either with the dialect's bytecode encoding (type codes of
// QuantDialectBytecode.td: 4 UniformQuantizedType, 5 UniformQuantizedPerAxisType)
// or, when that interface is not registered, as assembly text
// (!quant.uniform<i8:f32, 5.0e-01:3>); both become the same value, built the
// way the text parser builds it: Storage is the signless iN type,
// StorageSigned the signedness flag, bounds flagged only when not the full
// range of the storage type.

type quantDialect struct{}

func init() { RegisterDialect("quant", quantDialect{}) }

func (quantDialect) ReadAttribute(r *EntryReader) (stablehlo.Attribute, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	return nil, r.Errorf("unknown quant attribute code %d", code)
}

func (quantDialect) ReadType(r *EntryReader) (stablehlo.Type, error) {
	code, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	if code != 4 && code != 5 {
		return nil, r.Errorf("unsupported quant type code %d (only uniform quantized types are)", code)
	}
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
	q := &stablehlo.QuantType{Axis: -1, StorageSigned: flags&1 == 1}
	scales := func() ([]float64, error) {
		n, err := r.listLen()
		if err != nil {
			return nil, err
		}
		return ReadN(n, r.readF64)
	}
	if err := r.QuantParams(q, code == 5, "", scales, r.svarints); err != nil {
		return nil, err
	}
	if err := finishQuant(q, st, et); err != nil {
		return nil, r.Errorf("%v", err)
	}
	return q, nil
}

type quantError string

func (e quantError) Error() string { return string(e) }

// finishQuant checks the storage and expressed types and flags non-default
// storage bounds.
func finishQuant(q *stablehlo.QuantType, st, et stablehlo.Type) error {
	sd := stablehlo.ElementDType(st)
	if _, ok := st.(stablehlo.ScalarType); !ok || !sd.IsSigned() || sd == tensor.Index {
		return quantError("quant storage type " + st.String() + " is not a signless integer type")
	}
	ed := stablehlo.ElementDType(et)
	if _, ok := et.(stablehlo.ScalarType); !ok || !ed.IsFloat() {
		return quantError("quant expressed type " + et.String() + " is not a float type")
	}
	q.Storage, q.Expressed = sd, ed
	lo, hi := QuantStorageRange(sd.Bits(), q.StorageSigned)
	q.HasStorageBnds = q.StorageMin != lo || q.StorageMax != hi
	return nil
}

// parseQuantText parses !quant.uniform<storage[<min:max>]:expressed[:axis],
// scale[:zp] | {scale[:zp], ...}>; ok is false for anything else.
func parseQuantText(s string) (*stablehlo.QuantType, bool) {
	body, ok := strings.CutPrefix(s, "!quant.uniform<")
	if !ok || !strings.HasSuffix(body, ">") {
		return nil, false
	}
	body = body[:len(body)-1]
	head, params, ok := strings.Cut(body, ",")
	if !ok {
		return nil, false
	}
	q := &stablehlo.QuantType{Axis: -1}
	// head: storage[<min:max>]:expressed[:axis]
	var storage string
	var bounds string
	if i := strings.IndexByte(head, '<'); i >= 0 {
		j := strings.IndexByte(head, '>')
		if j < i {
			return nil, false
		}
		storage, bounds, head = head[:i], head[i+1:j], head[j+1:]
	} else {
		k := strings.IndexByte(head, ':')
		if k < 0 {
			return nil, false
		}
		storage, head = head[:k], head[k:]
	}
	rest, ok := strings.CutPrefix(head, ":")
	if !ok {
		return nil, false
	}
	expressed, axis, hasAxis := strings.Cut(rest, ":")
	bits := 0
	var err error
	switch {
	case strings.HasPrefix(storage, "i"):
		q.StorageSigned = true
		bits, err = strconv.Atoi(storage[1:])
	case strings.HasPrefix(storage, "ui"):
		bits, err = strconv.Atoi(storage[2:])
	case strings.HasPrefix(storage, "u"):
		bits, err = strconv.Atoi(storage[1:])
	default:
		return nil, false
	}
	if err != nil || bits < 1 || bits > 64 {
		return nil, false
	}
	d, ok := tensor.ParseDType("i" + strconv.Itoa(bits))
	if !ok {
		return nil, false
	}
	q.StorageMin, q.StorageMax = QuantStorageRange(bits, q.StorageSigned)
	if bounds != "" {
		mn, mx, ok := strings.Cut(bounds, ":")
		if !ok {
			return nil, false
		}
		if q.StorageMin, err = strconv.ParseInt(mn, 10, 64); err != nil {
			return nil, false
		}
		if q.StorageMax, err = strconv.ParseInt(mx, 10, 64); err != nil {
			return nil, false
		}
	}
	ed, ok := tensor.ParseDType(strings.TrimSpace(expressed))
	if !ok {
		return nil, false
	}
	params = strings.TrimSpace(params)
	if hasAxis {
		a, err := strconv.ParseInt(strings.TrimSpace(axis), 10, 32)
		if err != nil || a < 0 {
			return nil, false
		}
		q.Axis = int32(a)
		inner, ok := strings.CutPrefix(params, "{")
		if !ok || !strings.HasSuffix(inner, "}") {
			return nil, false
		}
		for _, p := range strings.Split(inner[:len(inner)-1], ",") {
			s, z, ok := parseScaleZP(p)
			if !ok {
				return nil, false
			}
			q.Scales, q.ZeroPoints = append(q.Scales, s), append(q.ZeroPoints, z)
		}
	} else {
		s, z, ok := parseScaleZP(params)
		if !ok {
			return nil, false
		}
		q.Scales, q.ZeroPoints = []float64{s}, []int64{z}
	}
	if finishQuant(q, stablehlo.Scalar(d), stablehlo.Scalar(ed)) != nil {
		return nil, false
	}
	return q, true
}

func parseScaleZP(p string) (float64, int64, bool) {
	sc, zp, hasZP := strings.Cut(strings.TrimSpace(p), ":")
	s, err := strconv.ParseFloat(strings.TrimSpace(sc), 64)
	if err != nil {
		return 0, 0, false
	}
	var z int64
	if hasZP {
		if z, err = strconv.ParseInt(strings.TrimSpace(zp), 10, 64); err != nil {
			return 0, 0, false
		}
	}
	return s, z, true
}
