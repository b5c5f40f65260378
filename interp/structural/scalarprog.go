package structural

import (
	"math"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// scalarProg is a region body compiled to straight-line scalar code: what JAX
// emits for argmax/argmin reducers, sort comparators (with -0/NaN
// canonicalisation), and scatter/select bodies. It needs no buffers, so it
// runs per element at a few nanoseconds per op. Registers: block arguments
// first, then constants, then op results.
type scalarProg struct {
	nargs  int
	nregs  int
	consts []sv // initial register file (constants filled in)
	instrs []func(r []sv)
	outs   []int
}

func (p *scalarProg) run(regs []sv, args, out []sv) error {
	copy(regs, args)
	for _, f := range p.instrs {
		f(regs)
	}
	for i, o := range p.outs {
		out[i] = regs[o]
	}
	return nil
}

// compileScalar compiles blk when every op in it is a supported scalar op.
func compileScalar(blk *stablehlo.Block) (*scalarProg, bool) {
	p := &scalarProg{nargs: len(blk.Args)}
	reg := map[*stablehlo.Value]int{}
	dtypes := []tensor.DType{}
	for _, a := range blk.Args {
		reg[a] = len(dtypes)
		dtypes = append(dtypes, stablehlo.ElementDType(a.Type))
	}
	scalarOf := func(v *stablehlo.Value) (tensor.DType, bool) {
		tt, ok := v.Type.(*stablehlo.TensorType)
		if !ok || len(tt.Shape) != 0 {
			return 0, false
		}
		d := stablehlo.ElementDType(tt)
		return d, d != tensor.Invalid
	}
	type pendingConst struct {
		r int
		v sv
	}
	var consts []pendingConst
	for n, op := range blk.Ops {
		if n == len(blk.Ops)-1 {
			if op.Name != "stablehlo.return" && op.Name != "func.return" {
				return nil, false
			}
			for _, v := range op.Operands {
				r, ok := reg[v]
				if !ok {
					c, cd, isConst := capturedConst(v)
					if !isConst {
						return nil, false
					}
					r = len(dtypes)
					reg[v] = r
					dtypes = append(dtypes, cd)
					consts = append(consts, pendingConst{r, c})
				}
				p.outs = append(p.outs, r)
			}
			break
		}
		if len(op.Results) != 1 || len(op.Regions) != 0 {
			return nil, false
		}
		rd, ok := scalarOf(op.Results[0])
		if !ok {
			return nil, false
		}
		in := make([]int, len(op.Operands))
		ind := make([]tensor.DType, len(op.Operands))
		for i, v := range op.Operands {
			r, ok := reg[v]
			if !ok {
				// A value captured from the enclosing scope: constants (which
				// the loader may hoist out of regions) become registers.
				c, cd, isConst := capturedConst(v)
				if !isConst {
					return nil, false
				}
				r = len(dtypes)
				reg[v] = r
				dtypes = append(dtypes, cd)
				consts = append(consts, pendingConst{r, c})
			}
			in[i] = r
			ind[i] = dtypes[r]
		}
		dst := len(dtypes)
		if op.Name == "stablehlo.constant" {
			c, cd, ok := capturedConst(op.Results[0])
			if !ok || cd != rd {
				return nil, false
			}
			consts = append(consts, pendingConst{dst, c})
		} else {
			f := scalarInstr(op, rd, in, ind, dst)
			if f == nil {
				return nil, false
			}
			p.instrs = append(p.instrs, f)
		}
		reg[op.Results[0]] = dst
		dtypes = append(dtypes, rd)
	}
	if p.outs == nil && len(blk.Ops) == 0 {
		return nil, false
	}
	p.nregs = len(dtypes)
	p.consts = make([]sv, p.nregs)
	for _, c := range consts {
		p.consts[c.r] = c.v
	}
	return p, true
}

// capturedConst reads a scalar value defined by a stablehlo.constant.
func capturedConst(v *stablehlo.Value) (sv, tensor.DType, bool) {
	if v.Owner == nil || v.Owner.Name != "stablehlo.constant" {
		return sv{}, 0, false
	}
	a, ok := v.Owner.Attr("value").(*stablehlo.DenseElementsAttr)
	if !ok || len(a.Type.Shape) != 0 {
		return sv{}, 0, false
	}
	d := stablehlo.ElementDType(a.Type)
	raw := a.RawData()
	if d == tensor.Invalid || len(raw) < d.StorageSize() {
		return sv{}, 0, false
	}
	return loader(d)(raw, 0), d, true
}

// scalarInstr builds one instruction, or nil if the op is not supported.
func scalarInstr(op *stablehlo.Op, rd tensor.DType, in []int, ind []tensor.DType, dst int) func(r []sv) {
	un := func(f func(sv) sv) func(r []sv) {
		if len(in) != 1 {
			return nil
		}
		a := in[0]
		return func(r []sv) { r[dst] = normalize(rd, f(r[a])) }
	}
	if k, ok := binOps[op.Name]; ok {
		if len(in) != 2 || ind[0] != rd || ind[1] != rd {
			return nil
		}
		if (k == binAnd || k == binOr || k == binXor) && !(rd.IsInteger() || rd.IsBool()) {
			return nil
		}
		a, b := in[0], in[1]
		return func(r []sv) { r[dst] = normalize(rd, applyBin(k, rd, r[a], r[b])) }
	}
	switch op.Name {
	case "stablehlo.subtract":
		if len(in) != 2 {
			return nil
		}
		a, b := in[0], in[1]
		return func(r []sv) {
			x, y := r[a], r[b]
			r[dst] = normalize(rd, sv{f: x.f - y.f, i: x.i - y.i, c: x.c - y.c})
		}
	case "stablehlo.divide":
		if len(in) != 2 || rd.IsInteger() || rd.IsBool() {
			return nil // integer division's edge cases belong to the element-wise kernels
		}
		a, b := in[0], in[1]
		return func(r []sv) {
			x, y := r[a], r[b]
			r[dst] = normalize(rd, sv{f: x.f / y.f, c: x.c / y.c})
		}
	case "stablehlo.negate":
		return un(func(x sv) sv { return sv{f: -x.f, i: -x.i, c: -x.c} })
	case "stablehlo.not":
		if rd.IsBool() {
			return un(func(x sv) sv { return sv{i: x.i ^ 1} })
		}
		if rd.IsInteger() {
			return un(func(x sv) sv { return sv{i: ^x.i} })
		}
		return nil
	case "stablehlo.abs":
		if !rd.IsFloat() && !rd.IsSigned() {
			return nil
		}
		return un(func(x sv) sv {
			if x.i < 0 {
				x.i = -x.i
			}
			return sv{f: math.Abs(x.f), i: x.i}
		})
	case "stablehlo.real":
		if len(in) != 1 || !ind[0].IsComplex() {
			return nil
		}
		return un(func(x sv) sv { return sv{f: real(x.c)} })
	case "stablehlo.imag":
		if len(in) != 1 || !ind[0].IsComplex() {
			return nil
		}
		return un(func(x sv) sv { return sv{f: imag(x.c)} })
	case "stablehlo.select":
		if len(in) != 3 {
			return nil
		}
		p, a, b := in[0], in[1], in[2]
		return func(r []sv) {
			if r[p].i != 0 {
				r[dst] = r[a]
			} else {
				r[dst] = r[b]
			}
		}
	case "stablehlo.compare":
		if len(in) != 2 || ind[0] != ind[1] {
			return nil
		}
		return compareInstr(op, ind[0], in[0], in[1], dst)
	case "stablehlo.convert":
		if len(in) != 1 {
			return nil
		}
		return convertInstr(ind[0], rd, in[0], dst)
	}
	return nil
}

// compareInstr implements stablehlo.compare on scalars.
func compareInstr(op *stablehlo.Op, d tensor.DType, a, b, dst int) func(r []sv) {
	dir, ok := op.Attr("comparison_direction").(stablehlo.EnumAttr)
	if !ok {
		return nil
	}
	ctype := ""
	if t, ok := op.Attr("compare_type").(stablehlo.EnumAttr); ok {
		ctype = t.Value
	}
	if f := directCompare(d, ctype, dir.Value, a, b, dst); f != nil {
		return f
	}
	var cmp func(x, y sv) int // -1, 0, 1, or 2 for unordered
	switch {
	case d.IsFloat() && ctype == "TOTALORDER":
		cmp = func(x, y sv) int {
			kx, ky := totalKey(d, x.f), totalKey(d, y.f)
			return cmp3(kx < ky, kx > ky)
		}
	case d.IsFloat():
		cmp = func(x, y sv) int {
			if x.f != x.f || y.f != y.f {
				return 2
			}
			return cmp3(x.f < y.f, x.f > y.f)
		}
	case d.IsComplex():
		if dir.Value != "EQ" && dir.Value != "NE" {
			return nil
		}
		cmp = func(x, y sv) int {
			if x.c == y.c {
				return 0
			}
			return 2
		}
	case d.IsSigned() && ctype != "UNSIGNED":
		cmp = func(x, y sv) int { return cmp3(x.i < y.i, x.i > y.i) }
	default:
		cmp = func(x, y sv) int { return cmp3(uint64(x.i) < uint64(y.i), uint64(x.i) > uint64(y.i)) }
	}
	var want func(c int) bool
	switch dir.Value {
	case "EQ":
		want = func(c int) bool { return c == 0 }
	case "NE":
		want = func(c int) bool { return c != 0 }
	case "LT":
		want = func(c int) bool { return c == -1 }
	case "LE":
		want = func(c int) bool { return c == -1 || c == 0 }
	case "GT":
		want = func(c int) bool { return c == 1 }
	case "GE":
		want = func(c int) bool { return c == 1 || c == 0 }
	default:
		return nil
	}
	return func(r []sv) {
		if want(cmp(r[a], r[b])) {
			r[dst] = sv{i: 1}
		} else {
			r[dst] = sv{}
		}
	}
}

func bsv(b bool) sv {
	if b {
		return sv{i: 1}
	}
	return sv{}
}

// directCompare is compare as one closure with Go's own operators, for the
// common cases: IEEE comparisons on floats (Go's operators give the FLOAT
// semantics, NaN included) and signed or unsigned integers.
func directCompare(d tensor.DType, ctype, dir string, a, b, dst int) func(r []sv) {
	switch {
	case d.IsFloat() && ctype != "TOTALORDER":
		switch dir {
		case "EQ":
			return func(r []sv) { r[dst] = bsv(r[a].f == r[b].f) }
		case "NE":
			return func(r []sv) { r[dst] = bsv(r[a].f != r[b].f) }
		case "LT":
			return func(r []sv) { r[dst] = bsv(r[a].f < r[b].f) }
		case "LE":
			return func(r []sv) { r[dst] = bsv(r[a].f <= r[b].f) }
		case "GT":
			return func(r []sv) { r[dst] = bsv(r[a].f > r[b].f) }
		case "GE":
			return func(r []sv) { r[dst] = bsv(r[a].f >= r[b].f) }
		}
	case d.IsSigned() && ctype != "UNSIGNED":
		switch dir {
		case "EQ":
			return func(r []sv) { r[dst] = bsv(r[a].i == r[b].i) }
		case "NE":
			return func(r []sv) { r[dst] = bsv(r[a].i != r[b].i) }
		case "LT":
			return func(r []sv) { r[dst] = bsv(r[a].i < r[b].i) }
		case "LE":
			return func(r []sv) { r[dst] = bsv(r[a].i <= r[b].i) }
		case "GT":
			return func(r []sv) { r[dst] = bsv(r[a].i > r[b].i) }
		case "GE":
			return func(r []sv) { r[dst] = bsv(r[a].i >= r[b].i) }
		}
	case d.IsUnsigned() || d.IsBool():
		switch dir {
		case "EQ":
			return func(r []sv) { r[dst] = bsv(r[a].i == r[b].i) }
		case "NE":
			return func(r []sv) { r[dst] = bsv(r[a].i != r[b].i) }
		case "LT":
			return func(r []sv) { r[dst] = bsv(uint64(r[a].i) < uint64(r[b].i)) }
		case "LE":
			return func(r []sv) { r[dst] = bsv(uint64(r[a].i) <= uint64(r[b].i)) }
		case "GT":
			return func(r []sv) { r[dst] = bsv(uint64(r[a].i) > uint64(r[b].i)) }
		case "GE":
			return func(r []sv) { r[dst] = bsv(uint64(r[a].i) >= uint64(r[b].i)) }
		}
	}
	return nil
}

func cmp3(lt, gt bool) int {
	switch {
	case lt:
		return -1
	case gt:
		return 1
	}
	return 0
}

// totalKey maps a float of type d to an integer whose order is IEEE
// totalOrder (-NaN < -Inf < ... < -0 < +0 < ... < +Inf < +NaN), as the
// element-wise compare orders it: f64 on its bits, the 16- and 32-bit formats
// on their f32 widening (NaN sign and payload kept), 8-bit and smaller formats
// on their sign-magnitude bit pattern (f8E8M0FNU, unsigned, plainly).
func totalKey(d tensor.DType, f float64) int64 {
	switch d {
	case tensor.F64:
		k := int64(math.Float64bits(f))
		if k < 0 {
			k ^= math.MaxInt64
		}
		return k
	case tensor.F32, tensor.BF16, tensor.F16, tensor.TF32:
		k := int32(math.Float32bits(float32(f)))
		if k < 0 {
			k ^= math.MaxInt32
		}
		return int64(k)
	}
	nb := d.Bits()
	bits := tensor.FloatToBits(d, f)
	if d == tensor.F8E8M0FNU {
		return int64(bits)
	}
	signBit := uint64(1) << (nb - 1)
	if f != f && math.Signbit(f) {
		bits |= signBit
	}
	mag := int64(bits & (signBit - 1))
	if bits&signBit != 0 {
		return -mag - 1
	}
	return mag
}

// convertInstr covers the conversions that appear in region bodies (bool and
// integer widening, integer/float casts); float→int saturates, NaN→0.
func convertInstr(from, to tensor.DType, a, dst int) func(r []sv) {
	fromF, toF := from.IsFloat(), to.IsFloat()
	if from.IsComplex() || to.IsComplex() {
		return nil
	}
	return func(r []sv) {
		x := r[a]
		var y sv
		switch {
		case fromF && toF:
			y.f = x.f
		case fromF:
			y.i = floatToInt(to, x.f)
		case toF:
			if from.IsUnsigned() || from.IsBool() {
				y.f = float64(uint64(x.i))
			} else {
				y.f = float64(x.i)
			}
		case to.IsBool():
			if x.i != 0 {
				y.i = 1
			}
		default:
			y.i = x.i
		}
		r[dst] = normalize(to, y)
	}
}

func floatToInt(to tensor.DType, f float64) int64 {
	if to.IsBool() {
		if f != 0 { // NaN too, as the element-wise convert does
			return 1
		}
		return 0
	}
	if f != f {
		return 0
	}
	bits := to.Bits()
	if to.IsUnsigned() {
		if f <= 0 {
			return 0
		}
		if f >= math.Ldexp(1, bits) {
			return int64(uint64(1)<<(bits-1)<<1 - 1) // all ones (works for bits == 64)
		}
		return int64(uint64(f))
	}
	lo, hi := -math.Ldexp(1, bits-1), math.Ldexp(1, bits-1)
	if f <= lo {
		return int64(lo)
	}
	if f >= hi {
		if bits == 64 {
			return math.MaxInt64
		}
		return int64(hi) - 1
	}
	return int64(f)
}
