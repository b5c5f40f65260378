package elementwise

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// fmaRef is a*b+c rounded once to type d, from the exact sum (big.Float) and
// a search among the representable neighbours of its float64 rounding.
func fmaRef(d tensor.DType, x, y, z float64) uint64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsNaN(z) || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsInf(z, 0) {
		return tensor.FloatToBits(d, math.FMA(x, y, z))
	}
	exact := new(big.Float).SetPrec(4096).SetFloat64(x)
	exact.Mul(exact, new(big.Float).SetFloat64(y))
	exact.Add(exact, new(big.Float).SetPrec(4096).SetFloat64(z))
	if exact.Sign() == 0 {
		// The sign of an exact zero follows IEEE's rules, which FMA in
		// float64 applies too (the sum is exact there).
		return tensor.FloatToBits(d, math.FMA(x, y, z))
	}
	v, acc := exact.Float64()
	cand := tensor.FloatToBits(d, v)
	if acc == big.Exact {
		// Exact in float64: convert's rounding (ties included) is the rule.
		return cand
	}
	if c := tensor.FloatFromBits(d, cand); math.IsInf(c, 0) || math.IsNaN(c) {
		return cand // overflow: the type's rule for out-of-range values
	}
	best, bestDist := cand, (*big.Float)(nil)
	for _, b := range []uint64{cand - 1, cand, cand + 1} {
		f := tensor.FloatFromBits(d, b)
		if math.IsInf(f, 0) || math.IsNaN(f) || (f == 0) != (tensor.FloatFromBits(d, cand) == 0) && b != cand {
			continue
		}
		dist := new(big.Float).SetPrec(4096).SetFloat64(f)
		dist.Sub(dist, exact).Abs(dist)
		if bestDist == nil {
			best, bestDist = b, dist
			continue
		}
		switch dist.Cmp(bestDist) {
		case -1:
			best, bestDist = b, dist
		case 0:
			if b&1 == 0 { // tie: the even significand
				best = b
			}
		}
	}
	return best
}

func runFMA(t *testing.T, d tensor.DType, as, bs, cs []uint64) []uint64 {
	t.Helper()
	n := int64(len(as))
	op := mkOp("stablehlo.fma", []*stablehlo.TensorType{tt(d, n), tt(d, n), tt(d, n)}, tt(d, n))
	k, err := interp.Build(op, nil)
	if err != nil {
		t.Fatalf("build fma %v: %v", d, err)
	}
	sz := d.StorageSize()
	mk := func(v []uint64) *tensor.Buffer {
		b := tensor.New(d, []int64{n})
		for i, u := range v {
			putBits(b.Data[i*sz:(i+1)*sz], u)
		}
		return b
	}
	out := tensor.New(d, []int64{n})
	if err := k(&interp.Ctx{Parallelism: 2}, []*tensor.Buffer{mk(as), mk(bs), mk(cs)}, []*tensor.Buffer{out}); err != nil {
		t.Fatalf("fma %v: %v", d, err)
	}
	got := make([]uint64, n)
	for i := range got {
		got[i] = getBits(out.Data[i*sz : (i+1)*sz])
	}
	return got
}

// TestFMASingleRounding: fma on every float type equals the exact a*b+c
// rounded once, for random bit patterns and for near-cancelling operands
// (where the product's low bits decide the result).
func TestFMASingleRounding(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for _, d := range tensor.AllDTypes() {
		if !d.IsFloat() || d.IsComplex() {
			continue
		}
		mask := uint64(math.MaxUint64)
		if d.Bits() < 64 {
			mask = 1<<d.Bits() - 1
		}
		var as, bs, cs []uint64
		for i := 0; i < 4000; i++ {
			as = append(as, r.Uint64()&mask)
			bs = append(bs, r.Uint64()&mask)
			cs = append(cs, r.Uint64()&mask)
			// Near cancellation: c = -(a*b) rounded, plus a little.
			x, y := r.NormFloat64()*4, r.NormFloat64()*4
			ab, bb := tensor.FloatToBits(d, x), tensor.FloatToBits(d, y)
			p := tensor.FloatFromBits(d, ab) * tensor.FloatFromBits(d, bb)
			as = append(as, ab)
			bs = append(bs, bb)
			cs = append(cs, tensor.FloatToBits(d, -p*(1+r.NormFloat64()*1e-3)))
		}
		got := runFMA(t, d, as, bs, cs)
		bad := 0
		for i := range got {
			x, y, z := tensor.FloatFromBits(d, as[i]), tensor.FloatFromBits(d, bs[i]), tensor.FloatFromBits(d, cs[i])
			want := fmaRef(d, x, y, z)
			w, g := tensor.FloatFromBits(d, want), tensor.FloatFromBits(d, got[i])
			if got[i] == want || (w != w && g != g) {
				continue
			}
			if bad++; bad <= 5 {
				t.Errorf("fma %v (%g, %g, %g): got %g (%#x) want %g (%#x)", d, x, y, z, g, got[i], w, want)
			}
		}
	}
}

// TestFMANotDoubleRounded: cases where a*b+c computed in float64 and rounded
// again to the type gives the wrong answer; fma must not.
func TestFMANotDoubleRounded(t *testing.T) {
	for _, tc := range []struct {
		d       tensor.DType
		a, b, c float64
		want    float64
	}{
		// (1+2^-12)^2 = 1 + 2^-11 + 2^-24: an f32 midpoint; the 2^-60 tips it
		// up, but float64 drops it and f32 then ties to even (down).
		{tensor.F32, 1 + 0x1p-12, 1 + 0x1p-12, 0x1p-60, 1 + 0x1p-11 + 0x1p-23},
		{tensor.F32, 1 + 0x1p-12, 1 + 0x1p-12, -0x1p-60, 1 + 0x1p-11},
		// The same for bf16 (8 significant bits): (1+2^-4)^2 = 1 + 2^-3 + 2^-8.
		{tensor.BF16, 1 + 0x1p-4, 1 + 0x1p-4, 0x1p-80, 1 + 0x1p-3 + 0x1p-7},
		// (f16's exponent range is too narrow for float64 to drop bits of an
		// f16 a*b+c whose result is finite: no such case exists there.)
		{tensor.F64, 0.1, 10, -1, 5.551115123125783e-17},
		{tensor.F32, math.Inf(1), 0, 1, math.NaN()},
	} {
		got := runFMA(t, tc.d, []uint64{tensor.FloatToBits(tc.d, tc.a)}, []uint64{tensor.FloatToBits(tc.d, tc.b)}, []uint64{tensor.FloatToBits(tc.d, tc.c)})
		g := tensor.FloatFromBits(tc.d, got[0])
		if !sameFloat(g, tc.want) {
			t.Errorf("fma %v (%g, %g, %g) = %g, want %g", tc.d, tc.a, tc.b, tc.c, g, tc.want)
		}
	}
}

func TestFMARejects(t *testing.T) {
	for _, d := range []tensor.DType{tensor.C64, tensor.I32} {
		op := mkOp("stablehlo.fma", []*stablehlo.TensorType{tt(d, 2), tt(d, 2), tt(d, 2)}, tt(d, 2))
		if _, err := interp.Build(op, nil); err == nil {
			t.Errorf("fma on %v built; StableHLO defines it on float types only", d)
		}
	}
}
