package stablehlo

import (
	"math"

	"github.com/hlovm/hlovm/tensor"
)

// ExpandComplexMath rewrites stablehlo.exponential on complex tensors into real
// arithmetic, op for op as StableHLO's complex-math expander (which XLA runs
// before serializing for a plugin) does, so the text JAX prints and the artifact
// a plugin receives give the same IR. For z = x+iy:
//
//	e = exp(x); overflow = e == +inf; h = exp(x*0.5)
//	re = overflow ? (h*cos y)*h : e*cos y
//	im = y == 0 ? 0 : (overflow ? (h*sin y)*h : e*sin y)
//
// Splitting exp(x) as h*h keeps results finite when exp(x) alone overflows but
// the product with cos/sin does not.
func ExpandComplexMath(m *Module) {
	m.Walk(func(op *Op) bool {
		for _, r := range op.Regions {
			for _, b := range r.Blocks {
				expandComplexIn(b)
			}
		}
		return true
	})
}

func expandComplexIn(b *Block) {
	var out []*Op
	for _, op := range b.Ops {
		if op.Name != "stablehlo.exponential" || len(op.Operands) != 1 || len(op.Results) != 1 {
			out = append(out, op)
			continue
		}
		tt, ok := op.Results[0].Type.(*TensorType)
		if !ok || !ElementDType(tt).IsComplex() {
			out = append(out, op)
			continue
		}
		part := ElementDType(tt).ComplexPart()
		rt := &TensorType{Shape: tt.Shape, Elem: ScalarType{part}}
		bt := &TensorType{Shape: tt.Shape, Elem: ScalarType{tensor.I1}}
		var ops []*Op
		emit := func(name string, t Type, args ...*Value) *Value {
			o := NewOp(name, args, []Type{t})
			o.Loc = op.Loc
			ops = append(ops, o)
			return o.Results[0]
		}
		constant := func(v float64) *Value {
			o := NewOp("stablehlo.constant", nil, []Type{rt})
			o.Loc = op.Loc
			o.SetAttr("value", splatFloat(rt, part, v))
			ops = append(ops, o)
			return o.Results[0]
		}
		compare := func(dir string, a, c *Value) *Value {
			o := NewOp("stablehlo.compare", []*Value{a, c}, []Type{bt})
			o.Loc = op.Loc
			o.SetAttr("comparison_direction", EnumAttr{Kind: "comparison_direction", Value: dir})
			ops = append(ops, o)
			return o.Results[0]
		}
		z := op.Operands[0]
		x := emit("stablehlo.real", rt, z)
		e := emit("stablehlo.exponential", rt, x)
		overflow := compare("EQ", e, constant(math.Inf(1)))
		h := emit("stablehlo.exponential", rt, emit("stablehlo.multiply", rt, x, constant(0.5)))
		y := emit("stablehlo.imag", rt, z)
		cos := emit("stablehlo.cosine", rt, y)
		re := emit("stablehlo.select", rt, overflow,
			emit("stablehlo.multiply", rt, emit("stablehlo.multiply", rt, h, cos), h),
			emit("stablehlo.multiply", rt, e, cos))
		zero := constant(0)
		yZero := compare("EQ", y, zero)
		sin := emit("stablehlo.sine", rt, y)
		im := emit("stablehlo.select", rt, overflow,
			emit("stablehlo.multiply", rt, emit("stablehlo.multiply", rt, h, sin), h),
			emit("stablehlo.multiply", rt, e, sin))
		im = emit("stablehlo.select", rt, yZero, zero, im)
		emit("stablehlo.complex", tt, re, im)
		// The expansion's last op takes over the original result value, so
		// its uses need no rewriting.
		last := ops[len(ops)-1]
		last.Results[0] = op.Results[0]
		op.Results[0].Owner = last
		out = append(out, ops...)
	}
	b.Ops = out
}

func splatFloat(t *TensorType, d tensor.DType, v float64) *DenseElementsAttr {
	if tensor.NumElements(t.Shape) == 0 {
		return NewDenseElements(t, nil)
	}
	bits := tensor.FloatToBits(d, v)
	raw := make([]byte, d.StorageSize())
	for i := range raw {
		raw[i] = byte(bits >> (8 * i))
	}
	return &DenseElementsAttr{Type: t, Data: raw, Splat: true}
}
