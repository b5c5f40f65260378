package structural

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// sv is one scalar element in a width-independent form: floats of every width
// in f (exact: every format fits float64), integers and booleans in i (unsigned
// values keep their bits), complex numbers in c.
type sv struct {
	f float64
	i int64
	c complex128
}

type loadFn func(data []byte, idx int64) sv
type storeFn func(data []byte, idx int64, v sv)

// loader returns the element reader for d.
func loader(d tensor.DType) loadFn {
	es := int64(d.StorageSize())
	switch {
	case d == tensor.F32:
		return func(b []byte, i int64) sv {
			return sv{f: float64(math.Float32frombits(binary.LittleEndian.Uint32(b[i*4:])))}
		}
	case d == tensor.F64:
		return func(b []byte, i int64) sv { return sv{f: math.Float64frombits(binary.LittleEndian.Uint64(b[i*8:]))} }
	case d == tensor.BF16:
		return func(b []byte, i int64) sv {
			return sv{f: float64(math.Float32frombits(uint32(binary.LittleEndian.Uint16(b[i*2:])) << 16))}
		}
	case d == tensor.F16:
		return func(b []byte, i int64) sv {
			return sv{f: float64(halfToFloat32(binary.LittleEndian.Uint16(b[i*2:])))}
		}
	case d == tensor.TF32:
		// tf32's 19 bits are the top of an f32 (1+8+10).
		return func(b []byte, i int64) sv {
			return sv{f: float64(math.Float32frombits(binary.LittleEndian.Uint32(b[i*4:]) << 13))}
		}
	case d.IsFloat():
		signBit := uint64(1) << (d.Bits() - 1)
		return func(b []byte, i int64) sv {
			var u uint64
			for k := es - 1; k >= 0; k-- {
				u = u<<8 | uint64(b[i*es+k])
			}
			f := tensor.FloatFromBits(d, u)
			if f != f && u&signBit != 0 {
				f = math.Copysign(f, -1) // keep a NaN's sign: TOTALORDER sees it
			}
			return sv{f: f}
		}
	case d == tensor.C64:
		return func(b []byte, i int64) sv {
			re := math.Float32frombits(binary.LittleEndian.Uint32(b[i*8:]))
			im := math.Float32frombits(binary.LittleEndian.Uint32(b[i*8+4:]))
			return sv{c: complex(float64(re), float64(im))}
		}
	case d == tensor.C128:
		return func(b []byte, i int64) sv {
			re := math.Float64frombits(binary.LittleEndian.Uint64(b[i*16:]))
			im := math.Float64frombits(binary.LittleEndian.Uint64(b[i*16+8:]))
			return sv{c: complex(re, im)}
		}
	default:
		return func(b []byte, i int64) sv { return sv{i: loadInt(d, b[i*es:])} }
	}
}

// storer returns the element writer for d; floats round to nearest even,
// integers wrap to their width.
func storer(d tensor.DType) storeFn {
	es := int64(d.StorageSize())
	switch {
	case d == tensor.F32:
		return func(b []byte, i int64, v sv) {
			binary.LittleEndian.PutUint32(b[i*4:], math.Float32bits(float32(v.f)))
		}
	case d == tensor.F64:
		return func(b []byte, i int64, v sv) { binary.LittleEndian.PutUint64(b[i*8:], math.Float64bits(v.f)) }
	case d == tensor.BF16:
		return func(b []byte, i int64, v sv) { binary.LittleEndian.PutUint16(b[i*2:], bf16Bits(float32(v.f))) }
	case d == tensor.F16:
		return func(b []byte, i int64, v sv) { binary.LittleEndian.PutUint16(b[i*2:], halfBits(float32(v.f))) }
	case d.IsFloat():
		return func(b []byte, i int64, v sv) {
			u := tensor.FloatToBits(d, float64(float32(v.f)))
			for k := int64(0); k < es; k++ {
				b[i*es+k] = byte(u >> (8 * k))
			}
		}
	case d == tensor.C64:
		return func(b []byte, i int64, v sv) {
			binary.LittleEndian.PutUint32(b[i*8:], math.Float32bits(float32(real(v.c))))
			binary.LittleEndian.PutUint32(b[i*8+4:], math.Float32bits(float32(imag(v.c))))
		}
	case d == tensor.C128:
		return func(b []byte, i int64, v sv) {
			binary.LittleEndian.PutUint64(b[i*16:], math.Float64bits(real(v.c)))
			binary.LittleEndian.PutUint64(b[i*16+8:], math.Float64bits(imag(v.c)))
		}
	default:
		return func(b []byte, i int64, v sv) {
			x := normInt(d, v.i)
			for k := int64(0); k < es; k++ {
				b[i*es+k] = byte(x >> (8 * k))
			}
		}
	}
}

// halfToFloat32 widens an IEEE binary16 pattern exactly, NaN payload and sign
// included (the payload moves to the top of the f32 mantissa).
func halfToFloat32(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1F
	man := uint32(h) & 0x3FF
	switch {
	case exp == 0x1F:
		return math.Float32frombits(sign | 0x7F800000 | man<<13)
	case exp == 0 && man == 0:
		return math.Float32frombits(sign)
	case exp == 0:
		// Subnormal: man × 2^-24.
		f := float32(man) * (1.0 / (1 << 24))
		if sign != 0 {
			f = -f
		}
		return f
	}
	return math.Float32frombits(sign | (exp+112)<<23 | man<<13)
}

// halfBits rounds an f32 to IEEE binary16, nearest even; overflow becomes
// infinity, NaN stays NaN (quiet, sign kept).
func halfBits(x float32) uint16 {
	u := math.Float32bits(x)
	sign := uint16(u>>16) & 0x8000
	abs := u & 0x7FFFFFFF
	switch {
	case abs > 0x7F800000:
		return sign | 0x7E00 | uint16(abs>>13)&0x1FF
	case abs >= 0x47800000: // ≥ 65536: infinity (also +Inf itself)
		return sign | 0x7C00
	case abs < 0x38800000: // below 2^-14: subnormal or zero
		// Units of 2^-24, rounded to nearest even; exact in float64.
		m := math.RoundToEven(float64(math.Float32frombits(abs)) * (1 << 24))
		return sign | uint16(m)
	}
	h := (abs>>13 - (112 << 10)) // rebias exponent 127 -> 15, keep 10 mantissa bits
	rem := abs & 0x1FFF
	if rem > 0x1000 || rem == 0x1000 && h&1 == 1 {
		h++ // a carry into the exponent is right, up to infinity
	}
	return sign | uint16(h)
}

// bf16Bits rounds an f32 to bfloat16, nearest even; NaNs stay NaN (quiet).
func bf16Bits(x float32) uint16 {
	u := math.Float32bits(x)
	if x != x {
		return uint16(u>>16) | 0x40
	}
	u += 0x7FFF + (u>>16)&1
	return uint16(u >> 16)
}

// normInt wraps an integer to the width of d: sign-extended for signed types,
// zero-extended for unsigned ones and i1.
func normInt(d tensor.DType, v int64) int64 {
	bits := d.Bits()
	if bits >= 64 {
		return v
	}
	if d.IsSigned() {
		return v << (64 - bits) >> (64 - bits)
	}
	return v & (1<<bits - 1)
}

// normalize rounds or wraps a computed value to the precision of d, as an op
// on d does after each step.
func normalize(d tensor.DType, v sv) sv {
	switch {
	case d == tensor.F64 || d == tensor.C128:
		return v
	case d == tensor.F32:
		v.f = float64(float32(v.f))
	case d == tensor.BF16:
		v.f = float64(math.Float32frombits(uint32(bf16Bits(float32(v.f))) << 16))
	case d == tensor.F16:
		v.f = float64(halfToFloat32(halfBits(float32(v.f))))
	case d.IsFloat():
		// XLA computes narrow floats in f32 and rounds the f32 result.
		v.f = tensor.FloatFromBits(d, tensor.FloatToBits(d, float64(float32(v.f))))
	case d == tensor.C64:
		v.c = complex(float64(float32(real(v.c))), float64(float32(imag(v.c))))
	default:
		v.i = normInt(d, v.i)
	}
	return v
}

// binKind names a recognised binary reduction op.
type binKind int

const (
	binNone binKind = iota
	binAdd
	binMul
	binMax
	binMin
	binAnd
	binOr
	binXor
)

var binOps = map[string]binKind{
	"stablehlo.add": binAdd, "stablehlo.multiply": binMul, "stablehlo.maximum": binMax,
	"stablehlo.minimum": binMin, "stablehlo.and": binAnd, "stablehlo.or": binOr, "stablehlo.xor": binXor,
}

// binaryBody recognises a body that is one commutative binary op on its two
// block arguments, returned directly.
func binaryBody(blk *stablehlo.Block) binKind {
	if blk == nil || len(blk.Args) != 2 || len(blk.Ops) != 2 {
		return binNone
	}
	op, ret := blk.Ops[0], blk.Ops[1]
	k, ok := binOps[op.Name]
	if !ok || len(op.Operands) != 2 || len(op.Results) != 1 {
		return binNone
	}
	if ret.Name != "stablehlo.return" && ret.Name != "func.return" || len(ret.Operands) != 1 || ret.Operands[0] != op.Results[0] {
		return binNone
	}
	a, b := op.Operands[0], op.Operands[1]
	if !(a == blk.Args[0] && b == blk.Args[1] || a == blk.Args[1] && b == blk.Args[0]) {
		return binNone
	}
	return k
}

// applyBin computes a op b for element type d (without normalising).
func applyBin(k binKind, d tensor.DType, a, b sv) sv {
	switch {
	case d.IsFloat():
		switch k {
		case binAdd:
			return sv{f: a.f + b.f}
		case binMul:
			return sv{f: a.f * b.f}
		case binMax:
			return sv{f: fmax(a.f, b.f)}
		case binMin:
			return sv{f: fmin(a.f, b.f)}
		}
	case d.IsComplex():
		switch k {
		case binAdd:
			return sv{c: a.c + b.c}
		case binMul:
			return sv{c: cmul(d, a.c, b.c)}
		case binMax:
			if cless(a.c, b.c) {
				return b
			}
			return a
		case binMin:
			if cless(b.c, a.c) {
				return b
			}
			return a
		}
	case d.IsBool():
		// StableHLO: add on booleans is logical OR, multiply logical AND.
		switch k {
		case binAdd, binOr, binMax:
			return sv{i: a.i | b.i}
		case binMul, binAnd, binMin:
			return sv{i: a.i & b.i}
		case binXor:
			return sv{i: a.i ^ b.i}
		}
	default:
		uns := !d.IsSigned()
		switch k {
		case binAdd:
			return sv{i: a.i + b.i}
		case binMul:
			return sv{i: a.i * b.i}
		case binMax:
			if uns && uint64(a.i) < uint64(b.i) || !uns && a.i < b.i {
				return b
			}
			return a
		case binMin:
			if uns && uint64(b.i) < uint64(a.i) || !uns && b.i < a.i {
				return b
			}
			return a
		case binAnd:
			return sv{i: a.i & b.i}
		case binOr:
			return sv{i: a.i | b.i}
		case binXor:
			return sv{i: a.i ^ b.i}
		}
	}
	return a
}

// cmul multiplies as XLA:CPU does: its LLVM backend fuses each part into one
// multiply-add, re = fma(a, c, -(b·d)), im = fma(a, d, b·c); for complex64
// the fused step is exact in float64 with b·d rounded to f32 first.
func cmul(dt tensor.DType, x, y complex128) complex128 {
	a, b, c, d := real(x), imag(x), real(y), imag(y)
	if dt == tensor.C64 {
		bd := float64(float32(b * d))
		bc := float64(float32(b * c))
		return complex(float64(float32(a*c-bd)), float64(float32(a*d+bc)))
	}
	return complex(math.FMA(a, c, -(b*d)), math.FMA(a, d, b*c))
}

// cless orders complex numbers lexicographically (real, then imaginary), as
// StableHLO's maximum/minimum do.
func cless(a, b complex128) bool {
	return real(a) < real(b) || real(a) == real(b) && imag(a) < imag(b)
}

// fmax is XLA's maximum: NaN propagates; +0 is above -0.
func fmax(a, b float64) float64 {
	switch {
	case a != a:
		return a
	case b != b:
		return b
	case a > b:
		return a
	case b > a:
		return b
	case math.Signbit(a):
		return b
	}
	return a
}

func fmin(a, b float64) float64 {
	switch {
	case a != a:
		return a
	case b != b:
		return b
	case a < b:
		return a
	case b < a:
		return b
	case math.Signbit(a):
		return a
	}
	return b
}

// binValid tells whether a recognised op applies to d (and/or/xor need
// integers or booleans).
func binValid(k binKind, d tensor.DType) bool {
	switch k {
	case binAnd, binOr, binXor:
		return d.IsInteger() || d.IsBool()
	}
	return k != binNone
}

// testForceCallable makes newBody skip its fast paths, so tests can check the
// VM fallback gives the same answers. Only tests set it.
var testForceCallable bool

// body is a region a kernel applies per element: nIn scalar arguments in,
// nOut scalar results out. It runs as a recognised binary op, a scalar
// program, or through the VM.
type body struct {
	argTypes, resTypes []tensor.DType
	bin                binKind
	prog               *scalarProg
	call               interp.Callable
	where              string
}

// newBody classifies region i of op. Block arguments must be rank-0 tensors.
func newBody(op *stablehlo.Op, i int, env interp.Env) (*body, error) {
	if i >= len(op.Regions) || len(op.Regions[i].Blocks) != 1 {
		return nil, fmt.Errorf("region %d missing", i)
	}
	blk := op.Regions[i].Blocks[0]
	b := &body{where: fmt.Sprintf("region %d", i)}
	for _, a := range blk.Args {
		tt, d, err := tensorType(a, "region argument")
		if err != nil {
			return nil, err
		}
		if len(tt.Shape) != 0 {
			return nil, fmt.Errorf("region argument %v is not a scalar tensor", tt)
		}
		b.argTypes = append(b.argTypes, d)
	}
	if len(blk.Ops) == 0 {
		return nil, fmt.Errorf("region %d has no terminator", i)
	}
	for _, v := range blk.Ops[len(blk.Ops)-1].Operands {
		tt, d, err := tensorType(v, "region result")
		if err != nil {
			return nil, err
		}
		if len(tt.Shape) != 0 {
			return nil, fmt.Errorf("region result %v is not a scalar tensor", tt)
		}
		b.resTypes = append(b.resTypes, d)
	}
	if testForceCallable && env != nil {
		goto viaVM
	}
	if k := binaryBody(blk); k != binNone && b.argTypes[0] == b.argTypes[1] && b.resTypes[0] == b.argTypes[0] && binValid(k, b.argTypes[0]) {
		b.bin = k
		return b, nil
	}
	if p, ok := compileScalar(blk); ok {
		b.prog = p
		return b, nil
	}
viaVM:
	if env == nil {
		return nil, fmt.Errorf("region %d needs the VM and no environment was given", i)
	}
	c, err := env.Region(op, i)
	if err != nil {
		return nil, err
	}
	b.call = c
	return b, nil
}

// bodyState is per-goroutine scratch for running a body.
type bodyState struct {
	regs []sv
	bufs []*tensor.Buffer
	ld   []loadFn
	st   []storeFn
}

func (b *body) newState() *bodyState {
	s := &bodyState{}
	if b.prog != nil {
		s.regs = make([]sv, b.prog.nregs)
		copy(s.regs, b.prog.consts)
	}
	if b.call != nil {
		for _, d := range b.argTypes {
			s.bufs = append(s.bufs, tensor.New(d, nil))
			s.st = append(s.st, storer(d))
		}
		for _, d := range b.resTypes {
			s.ld = append(s.ld, loader(d))
		}
	}
	return s
}

// eval runs the body on args, writing len(resTypes) results into out.
func (b *body) eval(ctx *interp.Ctx, s *bodyState, args, out []sv) error {
	switch {
	case b.bin != binNone:
		out[0] = normalize(b.argTypes[0], applyBin(b.bin, b.argTypes[0], args[0], args[1]))
		return nil
	case b.prog != nil:
		return b.prog.run(s.regs, args, out)
	}
	for i, a := range args {
		s.st[i](s.bufs[i].Data, 0, a)
	}
	res, err := b.call.Call(ctx, s.bufs)
	if err != nil {
		return err
	}
	if len(res) != len(out) {
		return fmt.Errorf("%s returned %d values, want %d", b.where, len(res), len(out))
	}
	for i, r := range res {
		if len(r.Data) < r.DType.StorageSize() {
			return fmt.Errorf("%s returned an empty value", b.where)
		}
		out[i] = s.ld[i](r.Data, 0)
	}
	return nil
}
