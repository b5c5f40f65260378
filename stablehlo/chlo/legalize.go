// Package chlo rewrites CHLO ops ("chlo.*") into StableHLO, producing the same
// ops, constants and op order as StableHLO's chlo-legalize-to-stablehlo pass
// preceded by XLA's chlo-preserve-high-level-ops (the pipeline XLA runs before
// serializing the portable artifacts JAX hands a PJRT plugin), so a program
// reads to the same IR whether it arrived as JAX's text or bytecode (with chlo
// ops) or as a VHLO artifact (without).
//
// Supported (static shapes only):
//   - erf (f64 Cephes; f32, f16/bf16 via f32: Eigen rational), top_k (any
//     element type), ragged_dot (all three ragged modes), asin, acos, acosh
//     become stablehlo.composite "chlo.<op>"
//     with a private decomposition @chlo.<op>.impl (holding the expansion)
//     after the using function, as XLA's chlo-preserve-high-level-ops does;
//   - erfc, bessel_i1e: f64, f32, f16/bf16 (via f32);
//   - erf_inv, lgamma, digamma, zeta, polygamma, cosh, sinh: f64, f32 and
//     narrower floats via f32 (cosh, sinh also complex);
//   - next_after: any float, in its own bit width;
//   - mulhi: every integer type but i1, as a composite "chlo.mulhi";
//   - tan (to stablehlo.tan), atanh, asin, acos, acosh, asinh: real floats and
//     complex (complex asin/acos/acosh/asinh: the modified Hull et al.
//     algorithm); atan: real and complex (atan2(x, 1));
//     conj: complex; is_inf, is_pos_inf, is_neg_inf: real floats;
//   - square: integers, floats, complex;
//   - constant, constant_like;
//   - broadcast_{add,and,atan2,complex,compare,divide,maximum,minimum,
//     multiply,next_after,or,polygamma,power,remainder,select,shift_left,
//     shift_right_arithmetic,shift_right_logical,subtract,xor,zeta} with
//     static numpy-style broadcasting.
//
// Not supported (an error naming op, location and reason): scan, dynamic or
// unranked shapes.
package chlo

import (
	"fmt"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Legalize rewrites every chlo op of m, in every function and nested region,
// into StableHLO ops, keeping each op's location on the ops it expands into.
// erf, top_k, ragged_dot, asin, acos, acosh and mulhi become a stablehlo.composite
// whose decomposition is a private function @chlo.<op>.impl (renamed _0, _1, ...
// on a clash) inserted after the function that used it, as XLA's pipeline
// produces them. The module is canonicalized (stablehlo.Canonicalize) at the
// end. An op or element type the pass does not lower is an error naming the
// op, its location and the reason; m is then partially rewritten.
func Legalize(m *stablehlo.Module) error {
	lz := &legalizer{m: m, names: map[string]bool{}}
	for _, op := range m.Ops {
		if op.Name == "func.func" {
			lz.names[stablehlo.FuncName(op)] = true
		}
	}
	var out []*stablehlo.Op
	for _, op := range m.Ops {
		out = append(out, op)
		if op.Name != "func.func" {
			continue
		}
		lz.repl = map[*stablehlo.Value]*stablehlo.Value{}
		lz.newFuncs = nil
		for _, r := range op.Regions {
			for _, blk := range r.Blocks {
				if err := lz.block(blk); err != nil {
					return err
				}
			}
		}
		lz.remapRegions(op.Regions)
		out = append(out, lz.newFuncs...)
	}
	m.Ops = out
	stablehlo.Canonicalize(m)
	return nil
}

type legalizer struct {
	m        *stablehlo.Module
	repl     map[*stablehlo.Value]*stablehlo.Value
	newFuncs []*stablehlo.Op
	names    map[string]bool
}

func (lz *legalizer) resolve(v *stablehlo.Value) *stablehlo.Value {
	for {
		n, ok := lz.repl[v]
		if !ok {
			return v
		}
		v = n
	}
}

func (lz *legalizer) block(blk *stablehlo.Block) error {
	var out []*stablehlo.Op
	for _, op := range blk.Ops {
		for i, v := range op.Operands {
			op.Operands[i] = lz.resolve(v)
		}
		for _, r := range op.Regions {
			for _, inner := range r.Blocks {
				if err := lz.block(inner); err != nil {
					return err
				}
			}
		}
		if !strings.HasPrefix(op.Name, "chlo.") {
			out = append(out, op)
			continue
		}
		b := &builder{loc: op.Loc}
		results, err := lz.expand(b, op)
		if err == nil {
			err = b.err
		}
		if err != nil {
			return fmt.Errorf("chlo: %s at %s: %v", op.Name, stablehlo.Short(op.Loc), err)
		}
		if len(results) != len(op.Results) {
			return fmt.Errorf("chlo: %s at %s: expansion gave %d results, op has %d", op.Name, stablehlo.Short(op.Loc), len(results), len(op.Results))
		}
		for i, r := range op.Results {
			if !stablehlo.TypesEqual(r.Type, results[i].Type) {
				return fmt.Errorf("chlo: %s at %s: result %d expands to %s, op has %s", op.Name, stablehlo.Short(op.Loc), i, results[i].Type, r.Type)
			}
			lz.repl[r] = results[i]
		}
		out = append(out, b.ops...)
	}
	blk.Ops = out
	return nil
}

// remapRegions points every use of a replaced chlo result at its replacement
// (uses that precede the definition in the walk, such as in nested regions
// processed earlier, are covered here).
func (lz *legalizer) remapRegions(rs []*stablehlo.Region) {
	for _, r := range rs {
		for _, blk := range r.Blocks {
			for _, op := range blk.Ops {
				for i, v := range op.Operands {
					op.Operands[i] = lz.resolve(v)
				}
				lz.remapRegions(op.Regions)
			}
		}
	}
}

// elemOf is the element type of a value.
func elemOf(v *stablehlo.Value) tensor.DType { return stablehlo.ElementDType(v.Type) }

func isF(d tensor.DType, ds ...tensor.DType) bool {
	for _, x := range ds {
		if d == x {
			return true
		}
	}
	return false
}

// withUpcast runs fn on args converted to f32 when their element type is a
// float narrower than 32 bits, converting the result back (materializeWithUpcast).
func withUpcast(b *builder, args []*stablehlo.Value, fn func(*builder, []*stablehlo.Value) *stablehlo.Value) *stablehlo.Value {
	orig := elemOf(args[0])
	up := orig.IsFloat() && orig.Bits() < 32
	if up {
		cast := make([]*stablehlo.Value, len(args))
		for i, a := range args {
			cast[i] = b.convert(a, tensor.F32)
		}
		args = cast
	}
	r := fn(b, args)
	if up {
		r = b.convert(r, orig)
	}
	return r
}

func (lz *legalizer) expand(b *builder, op *stablehlo.Op) ([]*stablehlo.Value, error) {
	name := strings.TrimPrefix(op.Name, "chlo.")
	if _, ok := broadcastOps[name]; ok || name == "broadcast_compare" || name == "broadcast_select" {
		return expandBroadcast(b, op, name)
	}
	one := func(v *stablehlo.Value) ([]*stablehlo.Value, error) { return []*stablehlo.Value{v}, nil }
	need := func(n int) error {
		if len(op.Operands) != n || len(op.Results) != 1 {
			return fmt.Errorf("expected %d operand(s) and 1 result, got %d and %d", n, len(op.Operands), len(op.Results))
		}
		for _, v := range op.Operands {
			if _, ok := staticTensor(v.Type); !ok {
				return fmt.Errorf("operand type %s is not a statically shaped tensor (dynamic shapes unsupported)", v.Type)
			}
		}
		return nil
	}
	if name == "top_k" {
		return lz.topK(b, op)
	}
	if name == "ragged_dot" {
		return lz.raggedDot(b, op)
	}
	if name == "constant" {
		if len(op.Results) != 1 {
			return nil, fmt.Errorf("expected 1 result")
		}
		v := b.emit("stablehlo.constant", nil, op.Results[0].Type, stablehlo.NamedAttr{Name: "value", Value: op.Attr("value")})
		return one(v)
	}
	if name == "constant_like" {
		if err := need(1); err != nil {
			return nil, err
		}
		return constantLike(b, op)
	}
	arity := 1
	if name == "mulhi" {
		if err := need(2); err != nil {
			return nil, err
		}
		// A composite, as XLA's pipeline keeps it (jaxlib 0.12.1 sends
		// stablehlo.composite "chlo.mulhi" with this decomposition).
		if err := mulhiTypes(op.Operands[0], op.Operands[1]); err != nil {
			return nil, err
		}
		return lz.composite(b, op, "chlo.mulhi", nil, func(fb *builder, a []*stablehlo.Value) []*stablehlo.Value {
			return []*stablehlo.Value{mulhi(fb, a[0], a[1])}
		}), nil
	}
	if name == "next_after" || name == "zeta" || name == "polygamma" {
		arity = 2
	}
	if err := need(arity); err != nil {
		return nil, err
	}
	x := op.Operands[0]
	d := elemOf(x)
	if name == "square" && (d.IsInteger() || d.IsFloat()) {
		return one(b.mul(x, x)) // NonComplexElementType: any element type
	}
	cplx := d.IsComplex()
	realFloat := d.IsFloat()
	if !realFloat && !cplx {
		return nil, fmt.Errorf("element type %s is not a float or complex type", d)
	}
	f64 := d == tensor.F64
	narrowOK := isF(d, tensor.F64, tensor.F32, tensor.F16, tensor.BF16)
	switch name {
	case "square":
		return one(squareComplex(b, x))
	case "erf":
		if !narrowOK {
			return nil, fmt.Errorf("element type %s unsupported (f64, f32, f16, bf16 only)", d)
		}
		return lz.composite(b, op, "chlo.erf", nil, func(fb *builder, a []*stablehlo.Value) []*stablehlo.Value {
			if f64 {
				return []*stablehlo.Value{erfF64(fb, a[0])}
			}
			return []*stablehlo.Value{withUpcast(fb, a, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return erfF32(b, a[0]) })}
		}), nil
	case "erfc", "bessel_i1e":
		if !narrowOK {
			return nil, fmt.Errorf("element type %s unsupported (f64, f32, f16, bf16 only)", d)
		}
		var f32, f64fn func(*builder, *stablehlo.Value) *stablehlo.Value
		switch name {
		case "erfc":
			f32, f64fn = erfcF32, erfcF64
		default:
			f32, f64fn = besselI1eF32, besselI1eF64
		}
		if f64 {
			return one(f64fn(b, x))
		}
		return one(withUpcast(b, op.Operands, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return f32(b, a[0]) }))
	case "erf_inv":
		if cplx {
			return nil, fmt.Errorf("complex element type %s unsupported", d)
		}
		if f64 {
			return one(erfInv64(b, x))
		}
		return one(withUpcast(b, op.Operands, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return erfInv32(b, a[0]) }))
	case "lgamma", "digamma":
		if cplx {
			return nil, fmt.Errorf("element type %s unsupported", d)
		}
		return one(unaryUpcast(b, name, x))
	case "polygamma", "zeta":
		if cplx {
			return nil, fmt.Errorf("element type %s unsupported", d)
		}
		fn := polygamma
		if name == "zeta" {
			fn = zeta
		}
		return one(withUpcast(b, op.Operands, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return fn(b, a[0], a[1]) }))
	case "cosh":
		return one(withUpcast(b, op.Operands, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return coshApprox(b, a[0]) }))
	case "sinh":
		if cplx {
			return one(sinhLarge(b, x))
		}
		return one(withUpcast(b, op.Operands, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return sinhApprox(b, a[0]) }))
	case "next_after":
		if cplx {
			return nil, fmt.Errorf("complex element type %s unsupported", d)
		}
		return one(nextAfter(b, x, op.Operands[1]))
	case "tan":
		return one(tan(b, x))
	case "atan":
		return one(b.bin("atan2", x, b.constLike(1, x)))
	case "atanh":
		return one(atanh(b, x))
	case "asin", "acos", "acosh":
		// XLA's chlo-preserve-high-level-ops keeps these as composites (XLA
		// has native kernels); the decomposition holds the expansion.
		fns := map[string][2]func(*builder, val) val{
			"asin":  {asinReal, asinComplex},
			"acos":  {acosReal, acosComplex},
			"acosh": {acoshReal, acoshComplex},
		}[name]
		fn := fns[0]
		if cplx {
			fn = fns[1]
		}
		return lz.composite(b, op, "chlo."+name, nil, func(fb *builder, a []*stablehlo.Value) []*stablehlo.Value {
			return []*stablehlo.Value{fn(fb, a[0])}
		}), nil
	case "asinh":
		if cplx {
			return one(asinhComplex(b, x))
		}
		return one(asinhReal(b, x))
	case "conj":
		if !cplx {
			return nil, fmt.Errorf("element type %s is not complex", d)
		}
		return one(b.complex(b.part("real", x), b.neg(b.part("imag", x))))
	case "is_inf", "is_pos_inf", "is_neg_inf":
		if cplx {
			return nil, fmt.Errorf("complex element type %s unsupported", d)
		}
		switch name {
		case "is_inf":
			return one(isPosInf(b, b.abs(x)))
		case "is_pos_inf":
			return one(isPosInf(b, x))
		default:
			return one(b.cmp("EQ", x, b.infLike(x, true)))
		}
	}
	return nil, fmt.Errorf("no legalization for this op")
}

func isPosInf(b *builder, x *stablehlo.Value) *stablehlo.Value {
	return b.cmp("EQ", x, b.infLike(x, false))
}

// unaryUpcast legalizes a nested chlo.lgamma / chlo.digamma created by another
// expansion (the conversion driver lowers it in place, upcasting as usual).
func unaryUpcast(b *builder, name string, x *stablehlo.Value) *stablehlo.Value {
	fn := lgamma
	if name == "digamma" {
		fn = digamma
	}
	return withUpcast(b, []*stablehlo.Value{x}, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return fn(b, a[0]) })
}

func constantLike(b *builder, op *stablehlo.Op) ([]*stablehlo.Value, error) {
	rt, ok := op.Results[0].Type.(*stablehlo.TensorType)
	if !ok {
		return nil, fmt.Errorf("result type %s is not a ranked tensor", op.Results[0].Type)
	}
	for _, dim := range rt.Shape {
		if dim == tensor.Dynamic {
			return nil, fmt.Errorf("dynamic result shape %s unsupported", rt)
		}
	}
	like := &stablehlo.Value{Type: rt}
	switch v := op.Attr("value").(type) {
	case *stablehlo.FloatAttr:
		d := stablehlo.ElementDType(rt)
		if d != stablehlo.ElementDType(v.Type) {
			return nil, fmt.Errorf("value type %s differs from result element type %s", v.Type, d)
		}
		return []*stablehlo.Value{b.constBits(v.Bits, like)}, nil
	case *stablehlo.IntegerAttr:
		return []*stablehlo.Value{b.constInt(v.Value, like)}, nil
	case stablehlo.BoolAttr:
		n := int64(0)
		if v.Value {
			n = 1
		}
		return []*stablehlo.Value{b.constInt(n, like)}, nil
	}
	return nil, fmt.Errorf("value attribute %v unsupported", op.Attr("value"))
}
