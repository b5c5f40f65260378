package elementwise

import "math"

// pow is x**y as C's pow computes it: within an ulp, where Go's math.Pow
// is not. math.Pow raises to the integer part of y by repeated squaring,
// which multiplies the rounding error by up to |y|: 0.8289169093637843 **
// 40.7183158119789 comes out 19 ulp away (StableHLO's random_gamma golden
// file, which glibc's pow, XLA and the reference interpreter get right).
// Here log(x) is computed in double-double, multiplied by y in
// double-double, and exp applied to the high part and corrected by the low
// part; special values (zeros, infinities, NaN, x < 0 with a non-integer y,
// y = 0) are math.Pow's, which follows C's pow for them.
func pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0:
		return math.Pow(x, y)
	case x < 0:
		if y != math.Trunc(y) {
			return math.NaN()
		}
		r := pow(-x, y)
		if math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0 {
			r = -r
		}
		return r
	case y == 1:
		return x
	}
	lh, ll := logDD(x)
	zh, zl := twoProd(y, lh)
	zl += y * ll
	zh, zl = fastTwoSum(zh, zl)
	switch {
	case zh > 710:
		return math.Inf(1)
	case zh < -746:
		return 0
	}
	// exp(zh+zl) = exp(zh)·(1+zl) to well under an ulp: |zl| ≤ ulp(zh)/2.
	e := math.Exp(zh)
	return e + e*zl
}

// logDD is log(x) for a finite x > 0 as an unevaluated sum hi+lo good to
// about 100 bits: x = m·2^k with m in [√½, √2), log(m) = 2·atanh(t) for
// t = (m-1)/(m+1), |t| ≤ 0.172, summed as a series (the leading terms in
// double-double).
func logDD(x float64) (hi, lo float64) {
	m, k := math.Frexp(x) // m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		k--
	}
	// t = (m-1)/(m+1): m-1 and m+1 are exact (Sterbenz; m+1 in [1.7, 2.5)
	// has one bit more than m at most, so round it through a two-sum).
	nh := m - 1
	dh, dl := twoSum(m, 1)
	th, tl := divDD(nh, 0, dh, dl)
	t2h, t2l := mulDD(th, tl, th, tl)
	// atanh(t)/t = Σ t^(2i)/(2i+1), t² ≤ 0.0295. Terms from t⁶ on are below
	// 2^-18 of the sum, so plain doubles carry them (their rounding is then
	// under 2^-71, as is the truncation after t^28); the first three are
	// summed in double-double.
	p := 0.0
	for i := 14; i >= 3; i-- {
		p = p*t2h + 1/float64(2*i+1)
	}
	sh, sl := twoProd(t2h, p)
	sh, sl = addDD(sh, sl, 0x1.999999999999ap-03, -0x1.999999999999ap-57) // 1/5
	sh, sl = mulDD(sh, sl, t2h, t2l)
	sh, sl = addDD(sh, sl, 0x1.5555555555555p-02, 0x1.5555555555555p-56) // 1/3
	sh, sl = mulDD(sh, sl, t2h, t2l)
	sh, sl = addDD(sh, sl, 1, 0)
	sh, sl = mulDD(sh, sl, th, tl)
	sh, sl = 2*sh, 2*sl // log(m)
	const ln2hi, ln2lo = 0x1.62e42fefa39efp-01, 0x1.abc9e3b39803fp-56
	kh, kl := mulDD(float64(k), 0, ln2hi, ln2lo)
	return addDD(kh, kl, sh, sl)
}

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

func fastTwoSum(a, b float64) (s, e float64) { // |a| ≥ |b|
	s = a + b
	e = b - (s - a)
	return
}

func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}

func addDD(ah, al, bh, bl float64) (float64, float64) {
	s, e := twoSum(ah, bh)
	e += al + bl
	return fastTwoSum(s, e)
}

func mulDD(ah, al, bh, bl float64) (float64, float64) {
	p, e := twoProd(ah, bh)
	e += ah*bl + al*bh
	return fastTwoSum(p, e)
}

func divDD(ah, al, bh, bl float64) (float64, float64) {
	q1 := ah / bh
	// r = a - q1·b, exactly enough for the second quotient digit.
	ph, pl := mulDD(q1, 0, bh, bl)
	rh, rl := addDD(ah, al, -ph, -pl)
	return fastTwoSum(q1, (rh+rl)/bh)
}
