package elementwise

import "math"

// Single-precision exp, tanh and logistic for tier 0. They compute in float64
// like the generic path (math.Exp, math.Tanh, then one rounding to float32),
// but through a short exp of our own: its relative error (under 1e-12) is
// far below float32's half ulp (3e-8), so the float32 result is the
// correctly rounded one except when the exact value lies within 1e-12 of a
// rounding boundary, where it may be one ulp off (TestFast32 measures how
// often). math.Exp and math.Tanh handle every float64 argument; these need
// only float32 arguments, so they skip the range checks and run about three
// times faster: loop bodies (scan, fori_loop) and activations spend much of
// their time here.

const (
	ln2Hi = 6.93147180369123816490e-01 // ln 2 in two parts, so n·ln2 is exact
	ln2Lo = 1.90821492927058770002e-10
)

// expReduced is e^y for a float64 y in [-745, 709] (finite result or
// underflow to 0): y = n·ln2 + r with |r| <= ln2/2, e^r by its Taylor
// series to r^10 (truncation under 2e-13 relative), times 2^n.
func expReduced(y float64) float64 {
	// Round to nearest by adding and subtracting 1.5·2^52 (|y·log2 e| is
	// far below 2^51): no call, no branch.
	n := y*math.Log2E + 0x1.8p52
	n -= 0x1.8p52
	r := (y - n*ln2Hi) - n*ln2Lo
	p := 1.0 / 3628800
	p = p*r + 1.0/362880
	p = p*r + 1.0/40320
	p = p*r + 1.0/5040
	p = p*r + 1.0/720
	p = p*r + 1.0/120
	p = p*r + 1.0/24
	p = p*r + 1.0/6
	p = p*r + 0.5
	p = p*r + 1
	p = p*r + 1
	k := int64(n)
	if k < -1022 { // 2^n is subnormal: scale in two steps
		return p * math.Float64frombits(uint64(k+1022+1023)<<52) * 0x1p-1022
	}
	return p * math.Float64frombits(uint64(k+1023)<<52)
}

// exp32 is e^x rounded to float32.
func exp32(x float32) float32 {
	switch {
	case x != x:
		return x
	case x > 88.8: // above log(MaxFloat32) ≈ 88.72
		return float32(math.Inf(1))
	case x < -104: // below log of the smallest subnormal / 2
		return 0
	}
	return float32(expReduced(float64(x)))
}

// tanh32 is tanh(x) rounded to float32: (1-t)/(1+t) with t = e^-2|x|.
// Computed in float64, the cancellation in 1-t costs at most 10 of its 53
// bits for the |x| >= 2^-13 that reach it, leaving 40 for float32's 24;
// below 2^-13, tanh(x) = x - x³/3 rounds to x.
func tanh32(x float32) float32 {
	a := math.Abs(float64(x))
	switch {
	case x != x:
		return x
	case a < 0x1p-13:
		return x
	case a > 9.1: // 1 - 2e^-18.2 rounds to 1
		return float32(math.Copysign(1, float64(x)))
	}
	t := expReduced(-2 * a)
	return float32(math.Copysign((1-t)/(1+t), float64(x)))
}

// logistic32 is 1/(1+e^-x) rounded to float32 (e^x/(1+e^x) for x < 0, as
// logistic does, so the tail stays relative-accurate).
func logistic32(x float32) float32 {
	switch {
	case x != x:
		return x
	case x > 17.4: // 1/(1+e^-17.4) rounds to 1
		return 1
	case x < -104:
		return 0
	}
	if x >= 0 {
		return float32(1 / (1 + expReduced(-float64(x))))
	}
	e := expReduced(float64(x))
	return float32(e / (1 + e))
}
