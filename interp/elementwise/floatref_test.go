package elementwise

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// refFloat is a binary op on decoded values, in float64.
func refFloat(op string, a, b float64) float64 {
	switch op {
	case "add":
		return a + b
	case "subtract":
		return a - b
	case "multiply":
		return a * b
	case "divide":
		return a / b
	case "remainder":
		return math.Mod(a, b)
	case "power":
		return pow(a, b) // pow_test.go holds pow to the correctly rounded value
	case "atan2":
		return math.Atan2(a, b)
	case "maximum", "minimum":
		switch {
		case math.IsNaN(a) || math.IsNaN(b):
			return math.NaN()
		case a == b && a == 0: // ±0: max is +0 unless both are -0, min the reverse
			neg := math.Signbit(a) && math.Signbit(b) // max: -0 only if both are
			if op == "minimum" {
				neg = math.Signbit(a) || math.Signbit(b) // min: -0 if either is
			}
			if neg {
				return math.Copysign(0, -1)
			}
			return 0
		case (a > b) == (op == "maximum"):
			return a
		}
		return b
	}
	panic(op)
}

// TestFloatBinaryReference: every float binary op on every float type, on
// every pattern pair for one-byte formats and random patterns for the others:
// decoded operands, the op in float64, one rounding to f32 (the compute
// type of narrow formats; exact for + - * / of f32) and one to the type.
func TestFloatBinaryReference(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	floatOps := []string{"add", "subtract", "multiply", "divide", "remainder", "power", "atan2", "maximum", "minimum"}
	for _, d := range tensor.AllDTypes() {
		if !d.IsFloat() {
			continue
		}
		sz := d.StorageSize()
		var as, bs []uint64
		if nb := d.Bits(); nb <= 8 {
			for x := uint64(0); x < 1<<nb; x++ {
				for y := uint64(0); y < 1<<nb; y += 5 {
					as, bs = append(as, x), append(bs, y)
				}
			}
		} else {
			for i := 0; i < 6000; i++ {
				x, y := r.Uint64(), r.Uint64()
				if i%2 == 0 { // values near 1 as well as arbitrary patterns
					x = tensor.FloatToBits(d, r.NormFloat64()*4)
					y = tensor.FloatToBits(d, r.NormFloat64()*4)
				}
				m := uint64(1)<<d.Bits() - 1
				if d.Bits() == 64 {
					m = math.MaxUint64
				}
				as, bs = append(as, x&m), append(bs, y&m)
			}
		}
		ra, rb := tensor.AlignedBytes(len(as)*sz), tensor.AlignedBytes(len(as)*sz)
		for i := range as {
			putBits(ra[i*sz:(i+1)*sz], as[i])
			putBits(rb[i*sz:(i+1)*sz], bs[i])
		}
		for _, op := range floatOps {
			f, err := BinaryFunc(op, d)
			if err != nil {
				t.Errorf("%s %v: %v", op, d, err)
				continue
			}
			dst := tensor.AlignedBytes(len(as) * sz)
			f(dst, ra, rb)
			bad := 0
			for i := range as {
				a, b := tensor.FloatFromBits(d, as[i]), tensor.FloatFromBits(d, bs[i])
				v := refFloat(op, a, b)
				if d != tensor.F64 {
					v = float64(float32(v))
				}
				want := tensor.FloatFromBits(d, tensor.FloatToBits(d, v))
				got := tensor.FloatFromBits(d, getBits(dst[i*sz:(i+1)*sz]))
				if !sameFloat(got, want) {
					if bad++; bad <= 3 {
						t.Errorf("%s %v (%v, %v): got %v want %v", op, d, a, b, got, want)
					}
				}
			}
		}
	}
}
