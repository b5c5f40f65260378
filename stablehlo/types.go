package stablehlo

import (
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// Type is an MLIR type as StableHLO uses it. String gives the MLIR text form,
// which is canonical: two types are equal iff their strings are.
type Type interface {
	String() string
	isType()
}

// ScalarType is a builtin element type used on its own (i32, f32, complex<f32>,
// index).
type ScalarType struct{ DType tensor.DType }

// TensorType is a ranked tensor. Elem is a ScalarType or a QuantType. A dimension
// may be tensor.Dynamic. Encoding, when set, is normally a TypeExtensionsAttr
// (bounds of dynamic dimensions).
type TensorType struct {
	Shape    []int64
	Elem     Type
	Encoding Attribute
}

// UnrankedTensorType is tensor<*xT>.
type UnrankedTensorType struct{ Elem Type }

// TokenType is !stablehlo.token.
type TokenType struct{}

// TupleType is tuple<...>.
type TupleType struct{ Elems []Type }

// FunctionType is (inputs) -> results.
type FunctionType struct{ Inputs, Results []Type }

// NoneType is the builtin none type (used by dot algorithm attributes).
type NoneType struct{}

// QuantType is a uniform quantized element type (!quant.uniform<...>), per tensor
// (Axis < 0) or per axis.
type QuantType struct {
	Storage        tensor.DType
	StorageSigned  bool // the storage type is signed (i8) rather than unsigned (u8)
	StorageMin     int64
	StorageMax     int64
	HasStorageBnds bool // StorageMin/Max differ from the storage type's full range
	Expressed      tensor.DType
	Axis           int32
	Scales         []float64
	ZeroPoints     []int64
}

// OpaqueType is a type of a dialect the IR does not model (kept as text, e.g.
// "!sdy.something<...>", "memref<2xf32>", "!stablehlo.future<...>").
type OpaqueType struct{ Text string }

func (ScalarType) isType()         {}
func (*TensorType) isType()        {}
func (UnrankedTensorType) isType() {}
func (TokenType) isType()          {}
func (*TupleType) isType()         {}
func (*FunctionType) isType()      {}
func (NoneType) isType()           {}
func (*QuantType) isType()         {}
func (OpaqueType) isType()         {}

func (t ScalarType) String() string { return t.DType.String() }

func (t *TensorType) String() string {
	var b strings.Builder
	b.WriteString("tensor<")
	for _, d := range t.Shape {
		if d == tensor.Dynamic {
			b.WriteByte('?')
		} else {
			b.WriteString(strconv.FormatInt(d, 10))
		}
		b.WriteByte('x')
	}
	b.WriteString(t.Elem.String())
	if t.Encoding != nil {
		b.WriteString(", ")
		if te, ok := t.Encoding.(*TypeExtensionsAttr); ok {
			b.WriteString(te.boundsString())
		} else {
			b.WriteString(t.Encoding.String())
		}
	}
	b.WriteByte('>')
	return b.String()
}

func (t UnrankedTensorType) String() string { return "tensor<*x" + t.Elem.String() + ">" }
func (TokenType) String() string            { return "!stablehlo.token" }
func (NoneType) String() string             { return "none" }
func (t OpaqueType) String() string         { return t.Text }

func (t *TupleType) String() string { return "tuple<" + joinTypes(t.Elems) + ">" }

func (t *FunctionType) String() string {
	res := joinTypes(t.Results)
	if len(t.Results) != 1 {
		res = "(" + res + ")"
	} else if _, isFn := t.Results[0].(*FunctionType); isFn {
		res = "(" + res + ")"
	}
	return "(" + joinTypes(t.Inputs) + ") -> " + res
}

func (t *QuantType) String() string {
	var b strings.Builder
	b.WriteString("!quant.uniform<")
	st := t.Storage.String()
	if !t.StorageSigned && t.Storage.IsSigned() {
		st = "u" + st[1:] // MLIR spells unsigned storage u8, not ui8
	}
	b.WriteString(st)
	if t.HasStorageBnds {
		b.WriteString("<" + strconv.FormatInt(t.StorageMin, 10) + ":" + strconv.FormatInt(t.StorageMax, 10) + ">")
	}
	b.WriteString(":" + t.Expressed.String())
	if t.Axis >= 0 {
		b.WriteString(":" + strconv.Itoa(int(t.Axis)) + ", {")
		for i := range t.Scales {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(formatQuantScale(t.Scales[i]))
			if t.ZeroPoints[i] != 0 {
				b.WriteString(":" + strconv.FormatInt(t.ZeroPoints[i], 10))
			}
		}
		b.WriteString("}>")
		return b.String()
	}
	b.WriteString(", ")
	if len(t.Scales) > 0 {
		b.WriteString(formatQuantScale(t.Scales[0]))
		if len(t.ZeroPoints) > 0 && t.ZeroPoints[0] != 0 {
			b.WriteString(":" + strconv.FormatInt(t.ZeroPoints[0], 10))
		}
	}
	b.WriteString(">")
	return b.String()
}

func formatQuantScale(f float64) string { return strconv.FormatFloat(f, 'e', -1, 64) }

func joinTypes(ts []Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return strings.Join(parts, ", ")
}

// TypesEqual compares two types (nil equals only nil).
func TypesEqual(a, b Type) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.String() == b.String()
}

// ElementDType is the element type of a tensor or scalar type, or Invalid.
func ElementDType(t Type) tensor.DType {
	switch t := t.(type) {
	case ScalarType:
		return t.DType
	case *TensorType:
		if s, ok := t.Elem.(ScalarType); ok {
			return s.DType
		}
	case UnrankedTensorType:
		if s, ok := t.Elem.(ScalarType); ok {
			return s.DType
		}
	}
	return tensor.Invalid
}

// Scalar returns the ScalarType of d.
func Scalar(d tensor.DType) ScalarType { return ScalarType{d} }

// Tensor returns a ranked tensor type of a scalar element type.
func Tensor(d tensor.DType, shape ...int64) *TensorType {
	if shape == nil {
		shape = []int64{}
	}
	return &TensorType{Shape: shape, Elem: ScalarType{d}}
}
