package chlo

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// builder appends StableHLO ops, all carrying the location of the chlo op they
// replace, in creation order. The order mirrors the C++ pattern's evaluation
// order (clang evaluates call arguments left to right), so the expansion lists
// the same ops in the same order as StableHLO's pass.
type builder struct {
	ops []*stablehlo.Op
	loc stablehlo.Location
	err error
}

func (b *builder) fail(format string, args ...any) {
	if b.err == nil {
		b.err = fmt.Errorf(format, args...)
	}
}

func (b *builder) emit(name string, operands []*stablehlo.Value, res stablehlo.Type, attrs ...stablehlo.NamedAttr) *stablehlo.Value {
	op := stablehlo.NewOp(name, operands, []stablehlo.Type{res})
	op.Loc = b.loc
	for _, a := range attrs {
		op.SetAttr(a.Name, a.Value)
	}
	b.ops = append(b.ops, op)
	return op.Results[0]
}

// un is an elementwise unary op whose result has the operand's type.
func (b *builder) un(name string, x *stablehlo.Value) *stablehlo.Value {
	return b.emit("stablehlo."+name, []*stablehlo.Value{x}, x.Type)
}

// bin is an elementwise binary op whose result has the lhs type.
func (b *builder) bin(name string, x, y *stablehlo.Value) *stablehlo.Value {
	return b.emit("stablehlo."+name, []*stablehlo.Value{x, y}, x.Type)
}

func (b *builder) add(x, y *stablehlo.Value) *stablehlo.Value { return b.bin("add", x, y) }
func (b *builder) sub(x, y *stablehlo.Value) *stablehlo.Value { return b.bin("subtract", x, y) }
func (b *builder) mul(x, y *stablehlo.Value) *stablehlo.Value { return b.bin("multiply", x, y) }
func (b *builder) div(x, y *stablehlo.Value) *stablehlo.Value { return b.bin("divide", x, y) }
func (b *builder) and(x, y *stablehlo.Value) *stablehlo.Value { return b.bin("and", x, y) }
func (b *builder) or(x, y *stablehlo.Value) *stablehlo.Value  { return b.bin("or", x, y) }
func (b *builder) max(x, y *stablehlo.Value) *stablehlo.Value { return b.bin("maximum", x, y) }
func (b *builder) min(x, y *stablehlo.Value) *stablehlo.Value { return b.bin("minimum", x, y) }

func (b *builder) abs(x *stablehlo.Value) *stablehlo.Value   { return b.absLike(x) }
func (b *builder) neg(x *stablehlo.Value) *stablehlo.Value   { return b.un("negate", x) }
func (b *builder) exp(x *stablehlo.Value) *stablehlo.Value   { return b.un("exponential", x) }
func (b *builder) log(x *stablehlo.Value) *stablehlo.Value   { return b.un("log", x) }
func (b *builder) log1p(x *stablehlo.Value) *stablehlo.Value { return b.un("log_plus_one", x) }
func (b *builder) sqrt(x *stablehlo.Value) *stablehlo.Value  { return b.un("sqrt", x) }
func (b *builder) floor(x *stablehlo.Value) *stablehlo.Value { return b.un("floor", x) }

// absLike is stablehlo.abs; for a complex operand the result is its real part type.
func (b *builder) absLike(x *stablehlo.Value) *stablehlo.Value {
	t := x.Type
	if d := stablehlo.ElementDType(t); d.IsComplex() {
		t = withElem(t, d.ComplexPart())
	}
	return b.emit("stablehlo.abs", []*stablehlo.Value{x}, t)
}

// part is stablehlo.real / stablehlo.imag.
func (b *builder) part(name string, x *stablehlo.Value) *stablehlo.Value {
	d := stablehlo.ElementDType(x.Type)
	return b.emit("stablehlo."+name, []*stablehlo.Value{x}, withElem(x.Type, d.ComplexPart()))
}

// complex is stablehlo.complex of two real tensors.
func (b *builder) complex(re, im *stablehlo.Value) *stablehlo.Value {
	var ct tensor.DType
	switch stablehlo.ElementDType(re.Type) {
	case tensor.F32:
		ct = tensor.C64
	case tensor.F64:
		ct = tensor.C128
	default:
		b.fail("complex of %s unsupported", re.Type)
		return re
	}
	return b.emit("stablehlo.complex", []*stablehlo.Value{re, im}, withElem(re.Type, ct))
}

// cmp is a stablehlo.compare without compare_type, as CompareOp::create builds it.
func (b *builder) cmp(dir string, x, y *stablehlo.Value) *stablehlo.Value {
	return b.emit("stablehlo.compare", []*stablehlo.Value{x, y}, withElem(x.Type, tensor.I1),
		stablehlo.NamedAttr{Name: "comparison_direction", Value: stablehlo.EnumAttr{Kind: "comparison_direction", Value: dir}})
}

func (b *builder) sel(p, t, f *stablehlo.Value) *stablehlo.Value {
	return b.emit("stablehlo.select", []*stablehlo.Value{p, t, f}, t.Type)
}

func (b *builder) convert(x *stablehlo.Value, d tensor.DType) *stablehlo.Value {
	return b.emit("stablehlo.convert", []*stablehlo.Value{x}, withElem(x.Type, d))
}

// constLike is getConstantLike(v, like): a splat constant of like's type holding
// v rounded to the element type (complex: v + 0i).
func (b *builder) constLike(v float64, like *stablehlo.Value) *stablehlo.Value {
	tt, ok := like.Type.(*stablehlo.TensorType)
	if !ok {
		b.fail("constant like %s: not a ranked tensor", like.Type)
		return like
	}
	d := stablehlo.ElementDType(tt)
	var data []byte
	switch {
	case d.IsFloat():
		data = floatBytes(d, tensor.FloatToBits(d, v))
	case d.IsComplex():
		p := d.ComplexPart()
		data = append(floatBytes(p, tensor.FloatToBits(p, v)), floatBytes(p, 0)...)
	case d.IsInteger() || d.IsBool():
		data = intBytes(d, int64(v))
	default:
		b.fail("constant like %s: unsupported element type", tt)
		return like
	}
	return b.constant(tt, data)
}

// constBits is a splat float constant given as a bit pattern in like's element type.
func (b *builder) constBits(bits uint64, like *stablehlo.Value) *stablehlo.Value {
	tt, ok := like.Type.(*stablehlo.TensorType)
	if !ok {
		b.fail("constant like %s: not a ranked tensor", like.Type)
		return like
	}
	return b.constant(tt, floatBytes(stablehlo.ElementDType(tt), bits))
}

// constInt is a splat integer constant of like's (integer) type.
func (b *builder) constInt(v int64, like *stablehlo.Value) *stablehlo.Value {
	tt, ok := like.Type.(*stablehlo.TensorType)
	if !ok {
		b.fail("constant like %s: not a ranked tensor", like.Type)
		return like
	}
	return b.constant(tt, intBytes(stablehlo.ElementDType(tt), v))
}

func (b *builder) constant(tt *stablehlo.TensorType, elem []byte) *stablehlo.Value {
	attr := stablehlo.NewDenseElements(tt, elem)
	return b.emit("stablehlo.constant", nil, tt, stablehlo.NamedAttr{Name: "value", Value: attr})
}

func floatBytes(d tensor.DType, bits uint64) []byte {
	out := make([]byte, d.StorageSize())
	for i := range out {
		out[i] = byte(bits >> (8 * i))
	}
	return out
}

func intBytes(d tensor.DType, v int64) []byte {
	n := d.StorageSize()
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], uint64(v))
	out := make([]byte, n)
	copy(out, buf[:n])
	if d == tensor.I1 && v != 0 {
		out[0] = 1
	}
	return out
}

// withElem is t with its element type replaced by d (shape and encoding kept).
func withElem(t stablehlo.Type, d tensor.DType) stablehlo.Type {
	switch t := t.(type) {
	case *stablehlo.TensorType:
		return &stablehlo.TensorType{Shape: t.Shape, Elem: stablehlo.Scalar(d), Encoding: t.Encoding}
	case stablehlo.UnrankedTensorType:
		return stablehlo.UnrankedTensorType{Elem: stablehlo.Scalar(d)}
	}
	return stablehlo.Scalar(d)
}

// Float format facts used by getConstantLikeMaxFiniteValue and friends.
func largestFinite(d tensor.DType) (uint64, bool) {
	switch d {
	case tensor.F64:
		return math.Float64bits(math.MaxFloat64), true
	case tensor.F32:
		return uint64(math.Float32bits(math.MaxFloat32)), true
	case tensor.F16:
		return 0x7BFF, true
	case tensor.BF16:
		return 0x7F7F, true
	}
	return 0, false
}

func smallestNormal(d tensor.DType) (uint64, bool) {
	switch d {
	case tensor.F64:
		return 0x0010000000000000, true
	case tensor.F32:
		return 0x00800000, true
	case tensor.F16:
		return 0x0400, true
	case tensor.BF16:
		return 0x0080, true
	}
	return 0, false
}

func (b *builder) maxFiniteLike(x *stablehlo.Value) *stablehlo.Value {
	d := stablehlo.ElementDType(x.Type)
	bits, ok := largestFinite(d)
	if !ok {
		b.fail("largest finite value of %s unsupported", d)
		return x
	}
	return b.constBits(bits, x)
}

func (b *builder) smallestNormalLike(x *stablehlo.Value) *stablehlo.Value {
	d := stablehlo.ElementDType(x.Type)
	bits, ok := smallestNormal(d)
	if !ok {
		b.fail("smallest normal value of %s unsupported", d)
		return x
	}
	return b.constBits(bits, x)
}

func (b *builder) infLike(x *stablehlo.Value, negative bool) *stablehlo.Value {
	v := math.Inf(1)
	if negative {
		v = math.Inf(-1)
	}
	return b.constLike(v, x)
}
