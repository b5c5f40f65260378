package elementwise

import (
	"fmt"
	"math"
	"math/bits"
	"math/cmplx"

	"github.com/hlovm/hlovm/tensor"
)

// unaryOps are the element-wise unary ops whose result type equals the operand
// type (abs on complex, real, imag, is_finite, convert are handled apart).
var unaryOps = []string{"abs", "negate", "sign", "not", "popcnt", "count_leading_zeros",
	"sqrt", "rsqrt", "cbrt", "exponential", "exponential_minus_one", "log", "log_plus_one",
	"exp2", "log2", "logistic", "sine", "cosine", "tan", "tanh", "floor", "ceil", "round_nearest_afz",
	"round_nearest_even"}

func intUnary[T integer](op string, nbits int) func(d, a []T) {
	mask := uint64(math.MaxUint64)
	if nbits < 64 {
		mask = 1<<nbits - 1
	}
	switch op {
	case "abs":
		return func(d, a []T) {
			for i := range d {
				if a[i] < 0 {
					d[i] = -a[i]
				} else {
					d[i] = a[i]
				}
			}
		}
	case "negate":
		return func(d, a []T) {
			for i := range d {
				d[i] = -a[i]
			}
		}
	case "sign":
		return func(d, a []T) {
			for i := range d {
				switch {
				case a[i] > 0:
					d[i] = 1
				case a[i] == 0:
					d[i] = 0
				default:
					d[i] = ^T(0)
				}
			}
		}
	case "not":
		return func(d, a []T) {
			for i := range d {
				d[i] = ^a[i]
			}
		}
	case "popcnt":
		return func(d, a []T) {
			for i := range d {
				d[i] = T(bits.OnesCount64(uint64(a[i]) & mask))
			}
		}
	case "count_leading_zeros":
		return func(d, a []T) {
			for i := range d {
				d[i] = T(bits.LeadingZeros64(uint64(a[i])&mask) - (64 - nbits))
			}
		}
	}
	return nil
}

func boolUnary(op string) func(d, a []uint8) {
	switch op {
	case "not":
		return func(d, a []uint8) {
			for i := range d {
				d[i] = a[i] ^ 1
			}
		}
	case "popcnt", "abs", "sign":
		return func(d, a []uint8) { copy(d, a) }
	case "count_leading_zeros":
		return func(d, a []uint8) {
			for i := range d {
				d[i] = a[i] ^ 1
			}
		}
	}
	return nil
}

// fsign is sign for floats: NaN stays NaN, ±0 stays, else ±1.
func fsign(x float64) float64 {
	switch {
	case x != x || x == 0:
		return x
	case x > 0:
		return 1
	}
	return -1
}

// logistic is 1/(1+e^-x), written to stay finite and exact at the tails.
func logistic(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// roundAFZ rounds half away from zero.
func roundAFZ(x float64) float64 { return math.Round(x) }

var floatFuncs = map[string]func(float64) float64{
	"abs":                   math.Abs,
	"negate":                func(x float64) float64 { return -x },
	"sign":                  fsign,
	"sqrt":                  math.Sqrt,
	"rsqrt":                 func(x float64) float64 { return 1 / math.Sqrt(x) },
	"cbrt":                  math.Cbrt,
	"exponential":           math.Exp,
	"exponential_minus_one": math.Expm1,
	"log":                   math.Log,
	"log_plus_one":          math.Log1p,
	"exp2":                  math.Exp2,
	"log2":                  math.Log2,
	"logistic":              logistic,
	"sine":                  math.Sin,
	"cosine":                math.Cos,
	"tan":                   math.Tan,
	"tanh":                  math.Tanh,
	"floor":                 math.Floor,
	"ceil":                  math.Ceil,
	"round_nearest_afz":     roundAFZ,
	"round_nearest_even":    math.RoundToEven,
}

// floatUnary returns the loop for op on f32 or f64. Cheap ops are written
// out; the rest go through float64 and round once.
func floatUnary[T float](op string) func(d, a []T) {
	switch op {
	case "negate":
		return func(d, a []T) {
			for i := range d {
				d[i] = -a[i]
			}
		}
	case "abs":
		return func(d, a []T) {
			for i := range d {
				d[i] = T(math.Abs(float64(a[i])))
			}
		}
	case "sqrt":
		// sqrt of an f32 computed in f64 and rounded is correctly rounded.
		return func(d, a []T) {
			for i := range d {
				d[i] = T(math.Sqrt(float64(a[i])))
			}
		}
	case "exponential":
		if f32 := fast32[T](op); f32 != nil {
			return f32.(func(d, a []T))
		}
		return func(d, a []T) {
			for i := range d {
				d[i] = T(math.Exp(float64(a[i])))
			}
		}
	case "tanh", "logistic":
		if f32 := fast32[T](op); f32 != nil {
			return f32.(func(d, a []T))
		}
	}
	f := floatFuncs[op]
	if f == nil {
		return nil
	}
	return func(d, a []T) {
		for i := range d {
			d[i] = T(f(float64(a[i])))
		}
	}
}

var complexFuncs = map[string]func(complex128) complex128{
	"negate": func(z complex128) complex128 { return -z },
	"sign": func(z complex128) complex128 {
		if cmplx.IsNaN(z) {
			return complex(math.NaN(), math.NaN())
		}
		if z == 0 {
			return z
		}
		a := cmplx.Abs(z)
		return complex(real(z)/a, imag(z)/a)
	},
	"sqrt":        cmplx.Sqrt,
	"rsqrt":       func(z complex128) complex128 { return 1 / cmplx.Sqrt(z) },
	"cbrt":        func(z complex128) complex128 { return cmplx.Pow(z, 1.0/3) },
	"exponential": cmplx.Exp,
	"exponential_minus_one": func(z complex128) complex128 {
		// Re: expm1(x)cos(y) - 2sin^2(y/2) keeps accuracy near zero.
		x, y := real(z), imag(z)
		s := math.Sin(y / 2)
		return complex(math.Expm1(x)*math.Cos(y)-2*s*s, math.Exp(x)*math.Sin(y))
	},
	"log": cmplx.Log,
	// 2^(x+iy) = 2^x (cos(y ln 2) + i sin(y ln 2)): exp2 of the real part
	// keeps 2^x exact for integer x, where exp(z ln 2) would not.
	"exp2": func(z complex128) complex128 {
		x, y := real(z), imag(z)
		if y == 0 {
			return complex(math.Exp2(x), y)
		}
		s, c := math.Sincos(y * math.Ln2)
		m := math.Exp2(x)
		return complex(m*c, m*s)
	},
	// log2(z) = log(z)/ln 2, both parts.
	"log2": func(z complex128) complex128 {
		l := cmplx.Log(z)
		return complex(real(l)*math.Log2E, imag(l)*math.Log2E)
	},
	"log_plus_one": func(z complex128) complex128 {
		// Near zero, |1+z|^2 - 1 = x(2+x) + y^2 keeps the small real part;
		// elsewhere (where that could overflow) log(1+z) is accurate.
		x, y := real(z), imag(z)
		if math.Abs(x) < 0.5 && math.Abs(y) < 0.5 {
			return complex(0.5*math.Log1p(x*(2+x)+y*y), math.Atan2(y, 1+x))
		}
		return cmplx.Log(1 + z)
	},
	"logistic": func(z complex128) complex128 { return 1 / (1 + cmplx.Exp(-z)) },
	"sine":     cmplx.Sin,
	"cosine":   cmplx.Cos,
	"tan":      cmplx.Tan,
	"tanh":     cmplx.Tanh,
}

func complexUnary[T cplx](op string) func(d, a []T) {
	f := complexFuncs[op]
	if f == nil {
		return nil
	}
	return func(d, a []T) {
		for i := range d {
			d[i] = T(f(complex128(a[i])))
		}
	}
}

// unaryFor builds the raw loop for a same-type unary op on dtype d.
func unaryFor(op string, d tensor.DType) (unaryFn, error) {
	var f unaryFn
	nb := intBits(d)
	switch kindOf(d) {
	case gBool:
		if g := boolUnary(op); g != nil {
			f = un(g)
		}
	case gI8:
		if g := intUnary[int8](op, nb); g != nil {
			f = un(g)
		}
	case gI16:
		if g := intUnary[int16](op, nb); g != nil {
			f = un(g)
		}
	case gI32:
		if g := intUnary[int32](op, nb); g != nil {
			f = un(g)
		}
	case gI64:
		if g := intUnary[int64](op, nb); g != nil {
			f = un(g)
		}
	case gU8:
		if g := intUnary[uint8](op, nb); g != nil {
			f = un(g)
		}
	case gU16:
		if g := intUnary[uint16](op, nb); g != nil {
			f = un(g)
		}
	case gU32:
		if g := intUnary[uint32](op, nb); g != nil {
			f = un(g)
		}
	case gU64:
		if g := intUnary[uint64](op, nb); g != nil {
			f = un(g)
		}
	case gF32:
		if g := floatUnary[float32](op); g != nil {
			f = un(g)
		}
	case gF64:
		if g := floatUnary[float64](op); g != nil {
			f = un(g)
		}
	case gLowp:
		if g := floatUnary[float32](op); g != nil {
			f = lowpUnary(codecFor(d), g)
		}
	case gC64:
		if g := complexUnary[complex64](op); g != nil {
			f = un(g)
		}
	case gC128:
		if g := complexUnary[complex128](op); g != nil {
			f = un(g)
		}
	}
	if f == nil {
		return nil, fmt.Errorf("element type %v is not supported by %s", d, op)
	}
	return withFix1(d, f), nil
}

// fast32 returns the float32 loop of exp, tanh or logistic through fast32.go's
// functions when T is float32 (as a func(d, a []float32) in an any), else nil.
func fast32[T float](op string) any {
	if _, ok := any(T(0)).(float32); !ok {
		return nil
	}
	switch op {
	case "exponential":
		return func(d, a []float32) {
			for i := range d {
				d[i] = exp32(a[i])
			}
		}
	case "tanh":
		return func(d, a []float32) {
			for i := range d {
				d[i] = tanh32(a[i])
			}
		}
	case "logistic":
		return func(d, a []float32) {
			for i := range d {
				d[i] = logistic32(a[i])
			}
		}
	}
	return nil
}
