package tensor

import "fmt"

// DType is an element type. The zero value is Invalid.
type DType uint8

// Every element type StableHLO can carry. Signless MLIR integers (iN) are what
// StableHLO calls signed integers; I1 is the boolean type.
const (
	Invalid DType = iota
	I1
	I2
	I4
	I8
	I16
	I32
	I64
	U2
	U4
	U8
	U16
	U32
	U64
	Index // MLIR's index type: 64-bit storage
	BF16
	F16
	F32
	F64
	TF32
	F8E4M3FN
	F8E5M2
	F8E4M3FNUZ
	F8E5M2FNUZ
	F8E4M3B11FNUZ
	F8E4M3
	F8E3M4
	F8E8M0FNU
	F4E2M1FN
	F6E2M3FN
	F6E3M2FN
	C64  // complex<f32>
	C128 // complex<f64>
	numDTypes
)

type dtypeInfo struct {
	name  string // MLIR spelling
	bits  int    // value bits (for complex: both parts)
	store int    // storage bytes per element in dense data
	kind  Kind
}

// Kind groups element types by arithmetic.
type Kind uint8

const (
	KindInvalid Kind = iota
	KindBool
	KindSigned
	KindUnsigned
	KindFloat
	KindComplex
)

var infos = [numDTypes]dtypeInfo{
	Invalid:       {"invalid", 0, 0, KindInvalid},
	I1:            {"i1", 1, 1, KindBool},
	I2:            {"i2", 2, 1, KindSigned},
	I4:            {"i4", 4, 1, KindSigned},
	I8:            {"i8", 8, 1, KindSigned},
	I16:           {"i16", 16, 2, KindSigned},
	I32:           {"i32", 32, 4, KindSigned},
	I64:           {"i64", 64, 8, KindSigned},
	U2:            {"ui2", 2, 1, KindUnsigned},
	U4:            {"ui4", 4, 1, KindUnsigned},
	U8:            {"ui8", 8, 1, KindUnsigned},
	U16:           {"ui16", 16, 2, KindUnsigned},
	U32:           {"ui32", 32, 4, KindUnsigned},
	U64:           {"ui64", 64, 8, KindUnsigned},
	Index:         {"index", 64, 8, KindSigned},
	BF16:          {"bf16", 16, 2, KindFloat},
	F16:           {"f16", 16, 2, KindFloat},
	F32:           {"f32", 32, 4, KindFloat},
	F64:           {"f64", 64, 8, KindFloat},
	TF32:          {"tf32", 19, 4, KindFloat},
	F8E4M3FN:      {"f8E4M3FN", 8, 1, KindFloat},
	F8E5M2:        {"f8E5M2", 8, 1, KindFloat},
	F8E4M3FNUZ:    {"f8E4M3FNUZ", 8, 1, KindFloat},
	F8E5M2FNUZ:    {"f8E5M2FNUZ", 8, 1, KindFloat},
	F8E4M3B11FNUZ: {"f8E4M3B11FNUZ", 8, 1, KindFloat},
	F8E4M3:        {"f8E4M3", 8, 1, KindFloat},
	F8E3M4:        {"f8E3M4", 8, 1, KindFloat},
	F8E8M0FNU:     {"f8E8M0FNU", 8, 1, KindFloat},
	F4E2M1FN:      {"f4E2M1FN", 4, 1, KindFloat},
	F6E2M3FN:      {"f6E2M3FN", 6, 1, KindFloat},
	F6E3M2FN:      {"f6E3M2FN", 6, 1, KindFloat},
	C64:           {"complex<f32>", 64, 8, KindComplex},
	C128:          {"complex<f64>", 128, 16, KindComplex},
}

var byName = func() map[string]DType {
	m := make(map[string]DType, numDTypes)
	for d := DType(1); d < numDTypes; d++ {
		m[infos[d].name] = d
	}
	return m
}()

// ParseDType maps an MLIR element type spelling (i32, ui8, bf16, f8E4M3FN,
// complex<f32>, index) to a DType.
func ParseDType(name string) (DType, bool) {
	d, ok := byName[name]
	return d, ok
}

// AllDTypes lists every valid element type.
func AllDTypes() []DType {
	out := make([]DType, 0, numDTypes-1)
	for d := DType(1); d < numDTypes; d++ {
		out = append(out, d)
	}
	return out
}

func (d DType) String() string {
	if d >= numDTypes {
		return fmt.Sprintf("dtype(%d)", uint8(d))
	}
	return infos[d].name
}

// Bits is the number of value bits (19 for tf32, 64 for complex<f32>).
func (d DType) Bits() int { return infos[d].bits }

// StorageSize is the number of bytes one element takes in dense raw data:
// sub-byte types take a whole byte, i1 one byte once unpacked.
func (d DType) StorageSize() int { return infos[d].store }

// Kind tells the arithmetic family.
func (d DType) Kind() Kind { return infos[d].kind }

func (d DType) IsFloat() bool    { return infos[d].kind == KindFloat }
func (d DType) IsComplex() bool  { return infos[d].kind == KindComplex }
func (d DType) IsSigned() bool   { return infos[d].kind == KindSigned }
func (d DType) IsUnsigned() bool { return infos[d].kind == KindUnsigned }
func (d DType) IsBool() bool     { return infos[d].kind == KindBool }

// IsInteger is true for signed, unsigned and index types (not i1).
func (d DType) IsInteger() bool { return d.IsSigned() || d.IsUnsigned() }

// ComplexPart is the element type of each half of a complex type.
func (d DType) ComplexPart() DType {
	switch d {
	case C64:
		return F32
	case C128:
		return F64
	}
	return Invalid
}
