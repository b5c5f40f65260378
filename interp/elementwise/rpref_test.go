package elementwise

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// TestReducePrecisionMatchesFormats: reduce_precision to a real format's
// (exponent, mantissa) bits rounds like converting to that format and back,
// wherever the input is a normal number of the format (below that XLA
// flushes to zero where a conversion would round to a subnormal): f32→(8,7) is bf16, f32→(5,10) f16,
// f64→(8,23) f32, f64→(5,2) f8E5M2.
func TestReducePrecisionMatchesFormats(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for _, tc := range []struct {
		src, like tensor.DType
		e, m      int64
		minNormal float64
	}{
		{tensor.F32, tensor.BF16, 8, 7, 0x1p-126},
		{tensor.F32, tensor.F16, 5, 10, 0x1p-14},
		{tensor.F64, tensor.F32, 8, 23, 0x1p-126},
		{tensor.F64, tensor.F8E5M2, 5, 2, 0x1p-14},
	} {
		const n = 20000
		ia := func(v int64) *stablehlo.IntegerAttr {
			return &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: v}
		}
		op := mkOp("stablehlo.reduce_precision", []*stablehlo.TensorType{tt(tc.src, n)}, tt(tc.src, n),
			stablehlo.NamedAttr{Name: "exponent_bits", Value: ia(tc.e)}, stablehlo.NamedAttr{Name: "mantissa_bits", Value: ia(tc.m)})
		k, err := interp.Build(op, nil)
		if err != nil {
			t.Fatal(err)
		}
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = math.Ldexp(r.Float64()+0.5, r.Intn(60)-30) * float64(1-2*r.Intn(2))
			if tc.src == tensor.F32 {
				xs[i] = float64(float32(xs[i]))
			}
		}
		in := buf(tc.src, []int64{n}, rawFloats(tc.src, xs...))
		out := tensor.New(tc.src, []int64{n})
		if err := k(&interp.Ctx{Parallelism: 2}, []*tensor.Buffer{in}, []*tensor.Buffer{out}); err != nil {
			t.Fatal(err)
		}
		got := readFloats(tc.src, out.Data)
		for i, x := range xs {
			if math.Abs(x) < tc.minNormal {
				continue // below the format's normals the two differ (flush vs subnormal); TestBitcastReducePrecision covers it
			}
			want := tensor.FloatFromBits(tc.like, tensor.FloatToBits(tc.like, x))
			if !sameFloat(got[i], want) {
				t.Errorf("%v reduce_precision(%v, %d, %d) = %v, want %v (%v)", tc.src, x, tc.e, tc.m, got[i], want, tc.like)
				break
			}
		}
	}
}
