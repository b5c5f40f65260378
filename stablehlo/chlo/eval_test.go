package chlo

import (
	"fmt"
	"math"
	"math/cmplx"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// A tiny elementwise evaluator for the ops the expansions emit, used to check
// numerically that an expansion computes its function (coefficients, formulas
// and select arms right). Values are per-element raw bits in their element type
// (complex: real part bits in re, imaginary in im); every float result is
// rounded to its type, so f32/f16 code is evaluated with their precision.

type elems struct {
	d      tensor.DType
	re, im []uint64
}

func (e elems) f(i int) float64 { return tensor.FloatFromBits(e.d, e.re[i]) }
func (e elems) c(i int) complex128 {
	p := e.d.ComplexPart()
	return complex(tensor.FloatFromBits(p, e.re[i]), tensor.FloatFromBits(p, e.im[i]))
}

// sint is element i as a signed integer of its width.
func (e elems) sint(i int) int64 {
	bits := e.d.Bits()
	v := e.re[i]
	if bits < 64 && v&(1<<(bits-1)) != 0 {
		v |= ^uint64(0) << bits
	}
	return int64(v)
}

func maskBits(d tensor.DType, v uint64) uint64 {
	if d.Bits() >= 64 {
		return v
	}
	return v & (1<<d.Bits() - 1)
}

func evalFunc(fn *stablehlo.Op, args []elems) ([]elems, error) {
	env := map[*stablehlo.Value]elems{}
	body := fn.Body()
	for i, a := range body.Args {
		env[a] = args[i]
	}
	n := len(args[0].re)
	for _, op := range body.Ops {
		if op.Name == "func.return" {
			var out []elems
			for _, v := range op.Operands {
				out = append(out, env[v])
			}
			return out, nil
		}
		r, err := evalOp(op, env, n)
		if err != nil {
			return nil, err
		}
		env[op.Results[0]] = r
	}
	return nil, fmt.Errorf("no return")
}

func evalOp(op *stablehlo.Op, env map[*stablehlo.Value]elems, n int) (elems, error) {
	rd := stablehlo.ElementDType(op.Results[0].Type)
	out := elems{d: rd, re: make([]uint64, n), im: make([]uint64, n)}
	in := make([]elems, len(op.Operands))
	for i, v := range op.Operands {
		in[i] = env[v]
	}
	name := op.Name[len("stablehlo."):]
	if name == "constant" {
		a := op.Attr("value").(*stablehlo.DenseElementsAttr)
		raw := a.RawData()
		es := rd.StorageSize()
		for i := 0; i < n; i++ {
			off := 0
			if !a.Splat {
				off = i * es
			}
			var v uint64
			for j := 0; j < es; j++ {
				v |= uint64(raw[off+j]) << (8 * j)
			}
			if rd.IsComplex() {
				h := es / 2
				out.re[i], out.im[i] = v&(1<<(8*h)-1), v>>(8*h)
				if h == 8 {
					var re, im uint64
					for j := 0; j < 8; j++ {
						re |= uint64(raw[off+j]) << (8 * j)
						im |= uint64(raw[off+8+j]) << (8 * j)
					}
					out.re[i], out.im[i] = re, im
				}
			} else {
				out.re[i] = v
			}
		}
		return out, nil
	}
	setF := func(i int, v float64) { out.re[i] = tensor.FloatToBits(rd, v) }
	setC := func(i int, v complex128) {
		p := rd.ComplexPart()
		out.re[i], out.im[i] = tensor.FloatToBits(p, real(v)), tensor.FloatToBits(p, imag(v))
	}
	setB := func(i int, b bool) {
		out.re[i] = 0
		if b {
			out.re[i] = 1
		}
	}
	for i := 0; i < n; i++ {
		switch name {
		case "select":
			src := in[2]
			if in[0].re[i] != 0 {
				src = in[1]
			}
			out.re[i], out.im[i] = src.re[i], src.im[i]
			continue
		case "bitcast_convert":
			out.re[i] = in[0].re[i]
			continue
		case "compare":
			dir := op.Attr("comparison_direction").(stablehlo.EnumAttr).Value
			var lt, eq, unordered bool
			if d := in[0].d; d.IsFloat() {
				a, b := in[0].f(i), in[1].f(i)
				lt, eq, unordered = a < b, a == b, math.IsNaN(a) || math.IsNaN(b)
			} else if d.IsUnsigned() || d.IsBool() {
				lt, eq = in[0].re[i] < in[1].re[i], in[0].re[i] == in[1].re[i]
			} else {
				lt, eq = in[0].sint(i) < in[1].sint(i), in[0].sint(i) == in[1].sint(i)
			}
			var r bool
			switch dir {
			case "EQ":
				r = eq
			case "NE":
				r = !eq || unordered
			case "LT":
				r = lt
			case "LE":
				r = lt || eq
			case "GT":
				r = !lt && !eq && !unordered
			case "GE":
				r = !lt && !unordered
			}
			setB(i, r)
			continue
		case "and", "or", "not", "add", "subtract", "multiply":
			if d := in[0].d; !d.IsFloat() && !d.IsComplex() {
				a := in[0].re[i]
				var b uint64
				if len(in) > 1 {
					b = in[1].re[i]
				}
				var r uint64
				switch name {
				case "and":
					r = a & b
				case "or":
					r = a | b
				case "not":
					r = ^a
					if d.IsBool() {
						r = a ^ 1
					}
				case "add":
					r = a + b
				case "subtract":
					r = a - b
				case "multiply":
					r = a * b
				}
				out.re[i] = maskBits(d, r)
				continue
			}
		case "convert":
			if in[0].d.IsFloat() && rd.IsFloat() {
				setF(i, in[0].f(i))
				continue
			}
			return out, fmt.Errorf("eval: convert %s→%s unsupported", in[0].d, rd)
		case "is_finite":
			v := in[0].f(i)
			setB(i, !math.IsInf(v, 0) && !math.IsNaN(v))
			continue
		case "complex":
			setC(i, complex(in[0].f(i), in[1].f(i)))
			continue
		case "real", "imag", "abs":
			if in[0].d.IsComplex() {
				c := in[0].c(i)
				switch name {
				case "real":
					setF(i, real(c))
				case "imag":
					setF(i, imag(c))
				default:
					setF(i, cmplx.Abs(c))
				}
				continue
			}
		}
		if rd.IsComplex() {
			var a, b complex128
			a = in[0].c(i)
			if len(in) > 1 {
				b = in[1].c(i)
			}
			var r complex128
			switch name {
			case "add":
				r = a + b
			case "subtract":
				r = a - b
			case "multiply":
				r = a * b
			case "divide":
				r = a / b
			case "negate":
				r = -a
			case "exponential":
				r = cmplx.Exp(a)
			case "log":
				r = cmplx.Log(a)
			case "log_plus_one":
				r = cmplx.Log(1 + a)
			case "sqrt":
				r = cmplx.Sqrt(a)
			case "tan":
				r = cmplx.Tan(a)
			default:
				return out, fmt.Errorf("eval: complex %s unsupported", name)
			}
			setC(i, r)
			continue
		}
		a := in[0].f(i)
		var b, c float64
		if len(in) > 1 {
			b = in[1].f(i)
		}
		if len(in) > 2 {
			c = in[2].f(i)
		}
		var r float64
		switch name {
		case "add":
			r = a + b
		case "subtract":
			r = a - b
		case "multiply":
			r = a * b
		case "divide":
			r = a / b
		case "negate":
			r = -a
		case "abs":
			r = math.Abs(a)
		case "exponential":
			r = math.Exp(a)
		case "exponential_minus_one":
			r = math.Expm1(a)
		case "log":
			r = math.Log(a)
		case "log_plus_one":
			r = math.Log1p(a)
		case "sqrt":
			r = math.Sqrt(a)
		case "floor":
			r = math.Floor(a)
		case "sine":
			r = math.Sin(a)
		case "cosine":
			r = math.Cos(a)
		case "tanh":
			r = math.Tanh(a)
		case "tan":
			r = math.Tan(a)
		case "atan2":
			r = math.Atan2(a, b)
		case "power":
			r = math.Pow(a, b)
		case "remainder":
			r = math.Mod(a, b)
		case "maximum":
			r = math.Max(a, b)
		case "minimum":
			r = math.Min(a, b)
		case "sign":
			switch {
			case math.IsNaN(a):
				r = a
			case a > 0:
				r = 1
			case a < 0:
				r = -1
			default:
				r = a
			}
		case "clamp": // clamp(min, x, max)
			r = math.Min(math.Max(b, a), c)
		default:
			return out, fmt.Errorf("eval: %s unsupported", name)
		}
		setF(i, r)
	}
	return out, nil
}

func floats(d tensor.DType, vs ...float64) elems {
	e := elems{d: d, re: make([]uint64, len(vs)), im: make([]uint64, len(vs))}
	for i, v := range vs {
		e.re[i] = tensor.FloatToBits(d, v)
	}
	return e
}

func complexes(d tensor.DType, vs ...complex128) elems {
	p := d.ComplexPart()
	e := elems{d: d, re: make([]uint64, len(vs)), im: make([]uint64, len(vs))}
	for i, v := range vs {
		e.re[i], e.im[i] = tensor.FloatToBits(p, real(v)), tensor.FloatToBits(p, imag(v))
	}
	return e
}
