package mlirbc

import (
	"math"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Decoding rules shared by the builtin/quant decoders of this package and the
// VHLO dialect decoder (stablehlo/vhlo), which encode the same values the same
// way. Callers keep their own type checks and error messages (each names the
// code and the file offset); the helpers hold only what both do alike.

// DenseRawData is the element storage of a dense elements attribute of n
// elements of type d, given its raw data blob (§3.3): one element per
// StorageSize bytes, or a single element for a splat (MLIR also writes splats
// of zero-element tensors). With packedI1, an i1 blob may also be the 0xFF
// splat byte or n bits packed eight to a byte, as builtin and VHLO writers do;
// it is unpacked to one byte per element. d must have a non-zero StorageSize.
// The result never aliases blob; ok is false when the blob fits none of these.
func DenseRawData(d tensor.DType, n int64, blob []byte, packedI1 bool) (data []byte, ok bool) {
	if d == tensor.I1 && packedI1 {
		switch {
		case len(blob) == 1 && blob[0] == 0xFF:
			return []byte{1}, true
		case n >= 0 && int64(len(blob)) == (n+7)/8 && int64(len(blob)) != n:
			out := make([]byte, n)
			for i := range out {
				out[i] = blob[i/8] >> (i % 8) & 1
			}
			return out, true
		}
	}
	if d == tensor.TF32 && n > 0 && (len(blob) == 3 || int64(len(blob)) == 3*n) {
		// MLIR stores tf32 (19 bits) in 3 bytes per element; the IR uses 4.
		out := make([]byte, 0, len(blob)/3*4)
		for i := 0; i+3 <= len(blob); i += 3 {
			out = append(out, blob[i], blob[i+1], blob[i+2], 0)
		}
		return out, true
	}
	es, l := int64(d.StorageSize()), int64(len(blob))
	switch {
	case n == 0 && l == 0:
	case l == es:
	case l%es == 0 && l/es == n:
	default:
		return nil, false
	}
	return append([]byte(nil), blob...), true
}

// ReadN reads n items with read, in order, into a new slice. The caller has
// read n and bounded it by the bytes left in the entry (each item takes at
// least one byte), with its own error message.
func ReadN[T any](n int, read func() (T, error)) ([]T, error) {
	out := make([]T, n)
	for i := range out {
		var err error
		if out[i], err = read(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// SignExtend is the value of the low bits bits of u as a two's-complement
// integer; u itself when bits is not between 1 and 63.
func SignExtend(u uint64, bits int) int64 {
	if bits <= 0 || bits >= 64 {
		return int64(u)
	}
	return int64(u<<(64-bits)) >> (64 - bits)
}

// IntValue reads the APInt value of an integer attribute of the given bit
// width (at most 64) and sign-extends it when signed (signless and signed
// integer types are).
func (r *EntryReader) IntValue(width int, signed bool) (int64, error) {
	u, err := r.APInt(width)
	if err != nil {
		return 0, err
	}
	if signed {
		return SignExtend(u, width), nil
	}
	return int64(u), nil
}

// stablehloEnums lists each enum's cases by value (§4.2): the plain stablehlo
// dialect and VHLO number them alike. An empty name is not a valid value.
var stablehloEnums = map[string][]string{
	"comparison_direction": {"EQ", "NE", "GE", "GT", "LE", "LT"},
	"comparison_type":      {"NOTYPE", "FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED"},
	"fft_type":             {"FFT", "IFFT", "RFFT", "IRFFT"},
	"precision":            {"DEFAULT", "HIGH", "HIGHEST"},
	"rng_algorithm":        {"DEFAULT", "THREE_FRY", "PHILOX"},
	"rng_distribution":     {"", "UNIFORM", "NORMAL"},
	"transpose":            {"TRANSPOSE_INVALID", "NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"},
	"result_accuracy_mode": {"DEFAULT", "HIGHEST", "TOLERANCE"},
}

// EnumCase is the case name of value v of the StableHLO/VHLO enum kind
// (comparison_direction, precision, ...); ok is false for an unknown kind or
// a value that names no case.
func EnumCase(kind string, v uint64) (name string, ok bool) {
	names := stablehloEnums[kind]
	if v >= uint64(len(names)) || names[v] == "" {
		return "", false
	}
	return names[v], true
}

// FloatValue reads the APFloat value of a float attribute of type t, whose
// element type the caller has checked is a float type.
func (r *EntryReader) FloatValue(t stablehlo.Type) (stablehlo.Attribute, error) {
	bits, err := r.APFloat(stablehlo.ElementDType(t))
	if err != nil {
		return nil, err
	}
	return &stablehlo.FloatAttr{Type: t, Bits: bits}, nil
}

// FutureType is !stablehlo.future<ts...>, which the IR does not model and
// keeps as its MLIR text.
func FutureType(ts []stablehlo.Type) stablehlo.Type {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return stablehlo.OpaqueType{Text: "!stablehlo.future<" + strings.Join(parts, ", ") + ">"}
}

// ResultAccuracyFields reads a result accuracy attribute as the plain
// stablehlo dialect and VHLO both write it: atol and rtol (f64 APFloats),
// ulps (a signed varint) and the mode, an attribute reference returned
// unchecked. The result has every field but Mode set; the caller checks the
// mode attribute, with its own message, and sets Mode.
func (r *EntryReader) ResultAccuracyFields() (*stablehlo.ResultAccuracyAttr, stablehlo.Attribute, error) {
	a := &stablehlo.ResultAccuracyAttr{}
	var err error
	if a.Atol, err = r.readF64(); err != nil {
		return nil, nil, err
	}
	if a.Rtol, err = r.readF64(); err != nil {
		return nil, nil, err
	}
	if a.Ulps, err = r.SVarInt(); err != nil {
		return nil, nil, err
	}
	mode, err := r.Attr()
	if err != nil {
		return nil, nil, err
	}
	return a, mode, nil
}

// OutputOperandAlias reads an output_operand_alias attribute as the plain
// stablehlo dialect and VHLO both write it: the output tuple indices, the
// operand index and the operand tuple indices. list reads each index list,
// with the caller's own length check and message.
func (r *EntryReader) OutputOperandAlias(list func() ([]int64, error)) (stablehlo.Attribute, error) {
	out, err := list()
	if err != nil {
		return nil, err
	}
	idx, err := r.SVarInt()
	if err != nil {
		return nil, err
	}
	opnd, err := list()
	if err != nil {
		return nil, err
	}
	return &stablehlo.OutputOperandAliasAttr{OutputTupleIndices: out, OperandIndex: idx, OperandTupleIndices: opnd}, nil
}

// QuantParams reads the fields of a uniform quantized type that follow its
// flags and its storage and expressed types, in the order both the quant
// dialect and VHLO write them: per tensor, the scale, the zero point and the
// storage bounds; per axis, the quantized dimension, the storage bounds, the
// scales and the zero points. It sets q's Axis (per axis only), Scales,
// ZeroPoints, StorageMin and StorageMax. scales and zeroPoints read the
// per-axis lists, each with the caller's own length check and messages;
// errPrefix starts the messages of QuantParams' own checks (a dimension over
// int32, as many scales as zero points).
func (r *EntryReader) QuantParams(q *stablehlo.QuantType, perAxis bool, errPrefix string, scales func() ([]float64, error), zeroPoints func() ([]int64, error)) error {
	var err error
	if perAxis {
		dim, err := r.VarInt()
		if err != nil {
			return err
		}
		if dim > math.MaxInt32 {
			return r.Errorf("%squantized dimension %d", errPrefix, dim)
		}
		q.Axis = int32(dim)
	} else {
		scale, err := r.readF64()
		if err != nil {
			return err
		}
		zp, err := r.SVarInt()
		if err != nil {
			return err
		}
		q.Scales, q.ZeroPoints = []float64{scale}, []int64{zp}
	}
	if q.StorageMin, err = r.SVarInt(); err != nil {
		return err
	}
	if q.StorageMax, err = r.SVarInt(); err != nil {
		return err
	}
	if perAxis {
		if q.Scales, err = scales(); err != nil {
			return err
		}
		if q.ZeroPoints, err = zeroPoints(); err != nil {
			return err
		}
		if len(q.ZeroPoints) != len(q.Scales) {
			return r.Errorf("%s%d scales but %d zero points", errPrefix, len(q.Scales), len(q.ZeroPoints))
		}
	}
	return nil
}

// ReadShape reads a tensor shape, a list of signed varints with INT64_MIN
// (tensor.Dynamic) for a dynamic dimension, using list, the caller's own list
// reader; any other negative dimension is an error "<errPrefix>negative
// dimension N".
func (r *EntryReader) ReadShape(list func() ([]int64, error), errPrefix string) ([]int64, error) {
	s, err := list()
	if err != nil {
		return nil, err
	}
	for _, d := range s {
		if d < 0 && d != tensor.Dynamic {
			return nil, r.Errorf("%snegative dimension %d", errPrefix, d)
		}
	}
	return s, nil
}

// ShapeString is the dimension list of a shaped type's MLIR text, as in
// memref<2x?xf32>: each dimension followed by "x", "?" for a dynamic one.
func ShapeString(shape []int64) string {
	var b strings.Builder
	for _, d := range shape {
		if d == tensor.Dynamic {
			b.WriteByte('?')
		} else {
			b.WriteString(strconv.FormatInt(d, 10))
		}
		b.WriteByte('x')
	}
	return b.String()
}

// QuantStorageRange is the full value range of a quantized storage type of
// the given width and signedness; for 64-bit unsigned storage the maximum is
// all ones (ui64 max as the int64 bit pattern, -1).
func QuantStorageRange(bits int, signed bool) (int64, int64) {
	if bits >= 64 {
		if signed {
			return math.MinInt64, math.MaxInt64
		}
		return 0, -1
	}
	if signed {
		return -(int64(1) << (bits - 1)), int64(1)<<(bits-1) - 1
	}
	return 0, int64(1)<<bits - 1
}
