package elementwise

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// TestFloatUnaryReference: every float unary op on every float type (every
// pattern of one-byte formats, random patterns otherwise) against Go's math in
// float64, rounded once to f32 (the compute type of narrower formats) and once
// to the type. f32 results may be one ulp off where f64 rounding meets an f32
// tie; that is the only slack.
func TestFloatUnaryReference(t *testing.T) {
	ref := map[string]func(float64) float64{
		"abs": math.Abs, "negate": func(x float64) float64 { return -x },
		"sign": func(x float64) float64 {
			if x != x || x == 0 {
				return x
			}
			return math.Copysign(1, x)
		},
		"sqrt": math.Sqrt, "rsqrt": func(x float64) float64 { return 1 / math.Sqrt(x) }, "cbrt": math.Cbrt,
		"exponential": math.Exp, "exponential_minus_one": math.Expm1, "log": math.Log, "log_plus_one": math.Log1p,
		"exp2": math.Exp2, "log2": math.Log2,
		"logistic": func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
		"sine":     math.Sin, "cosine": math.Cos, "tan": math.Tan, "tanh": math.Tanh,
		"floor": math.Floor, "ceil": math.Ceil, "round_nearest_afz": math.Round, "round_nearest_even": math.RoundToEven,
	}
	r := rand.New(rand.NewSource(7))
	for _, d := range tensor.AllDTypes() {
		if !d.IsFloat() {
			continue
		}
		sz := d.StorageSize()
		var as []uint64
		if d.Bits() <= 8 {
			for x := uint64(0); x < 1<<d.Bits(); x++ {
				as = append(as, x)
			}
		} else {
			m := uint64(1)<<d.Bits() - 1
			if d.Bits() == 64 {
				m = math.MaxUint64
			}
			for i := 0; i < 3000; i++ {
				as = append(as, r.Uint64()&m, tensor.FloatToBits(d, r.NormFloat64()*3))
			}
		}
		src := tensor.AlignedBytes(len(as) * sz)
		for i, a := range as {
			putBits(src[i*sz:(i+1)*sz], a)
		}
		for op, fn := range ref {
			f, err := UnaryFunc(op, d)
			if err != nil {
				t.Errorf("%s %v: %v", op, d, err)
				continue
			}
			dst := tensor.AlignedBytes(len(src))
			f(dst, src)
			bad := 0
			for i, a := range as {
				x := tensor.FloatFromBits(d, a)
				v := fn(x)
				if d != tensor.F64 {
					v = float64(float32(v))
				}
				want := tensor.FloatFromBits(d, tensor.FloatToBits(d, v))
				got := tensor.FloatFromBits(d, getBits(dst[i*sz:(i+1)*sz]))
				if sameFloat(got, want) {
					continue
				}
				if d == tensor.F32 || d == tensor.F64 {
					// Library functions may differ in the last place.
					if ulps := math.Abs(got-want) / math.Abs(want); ulps < 3e-7 && d == tensor.F32 || ulps < 1e-15 {
						continue
					}
				}
				if bad++; bad <= 3 {
					t.Errorf("%s %v (%v): got %v want %v", op, d, x, got, want)
				}
			}
		}
	}
}
