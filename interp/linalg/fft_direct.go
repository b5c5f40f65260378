package linalg

import (
	"math"
	"sync"
)

// directDFT evaluates a DFT of a short prime length above 5 (n ≤
// bluesteinMin) by its definition, to within about an ulp: twiddles
// from angles reduced to the first octant, and each output a compensated
// dot product (Ogita–Rump–Oishi's Dot2: products and sums with their
// rounding errors carried), as if summed in twice the precision. gonum's
// prime-length passes lose up to 4 ulp in f64 (StableHLO's RFFT golden file
// fft_float64_14_15_16_17, length 17), where XLA's DUCC stays within one;
// they cost O(n²) too (measured: 3.3 µs against gonum's 3.0 for n = 17).
type directDFT struct {
	n int
	w []complex128 // exp(-2πi·m/n), m = 0..n-1
}

var directPlans sync.Map // int -> *directDFT

// primeAbove5 reports whether n is a prime above 5: a length gonum
// transforms with its generic O(n²) pass, which directDFT replaces at the
// same cost. Composite lengths keep gonum's factored passes (a direct DFT of
// length 56 is 40 times slower than gonum's 8·7).
func primeAbove5(n int) bool {
	if n <= 5 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func directPlan(n int) *directDFT {
	if p, ok := directPlans.Load(n); ok {
		return p.(*directDFT)
	}
	p := &directDFT{n: n, w: make([]complex128, n)}
	for m := range p.w {
		c, s := twiddle(m, n)
		p.w[m] = complex(c, -s)
	}
	directPlans.Store(n, p)
	return p
}

// twiddle is cos and sin of 2π·m/n, the angle reduced with integers to at
// most π/4 first, so its rounding costs at most an ulp of a small angle.
func twiddle(m, n int) (c, s float64) {
	p := m % n
	negS := false
	if 2*p > n { // f = p/n in (1/2, 1): sin(2πf) = -sin(2π(1-f))
		p, negS = n-p, true
	}
	num, den := p, n // f in [0, 1/2]
	negC := false
	if 4*num > den { // f in (1/4, 1/2]: cos(2πf) = -cos(2π(1/2-f)), sin unchanged
		num, den, negC = den-2*num, 2*den, true
	}
	swap := false
	if 8*num > den { // f in (1/8, 1/4]: cos(2πf) = sin(2π(1/4-f)) and the reverse
		num, den, swap = den-4*num, 4*den, true
	}
	s, c = math.Sincos(2 * math.Pi * float64(num) / float64(den))
	if swap {
		s, c = c, s
	}
	if negC {
		c = -c
	}
	if negS {
		s = -s
	}
	return c, s
}

// transform replaces x (length n) by its DFT (inverse: unscaled inverse
// DFT, the conjugate twiddles); out is scratch of length n.
func (p *directDFT) transform(x, out []complex128, inv bool) {
	n := p.n
	for k := 0; k < n; k++ {
		var re, reErr, im, imErr float64
		m := 0 // j·k mod n
		for j := 0; j < n; j++ {
			w := p.w[m]
			wr, wi := real(w), imag(w)
			if inv {
				wi = -wi
			}
			xr, xi := real(x[j]), imag(x[j])
			// re += xr·wr - xi·wi; im += xr·wi + xi·wr, errors kept.
			re, reErr = dot2Step(re, reErr, xr, wr)
			re, reErr = dot2Step(re, reErr, -xi, wi)
			im, imErr = dot2Step(im, imErr, xr, wi)
			im, imErr = dot2Step(im, imErr, xi, wr)
			if m += k; m >= n {
				m -= n
			}
		}
		out[k] = complex(re+reErr, im+imErr)
	}
	copy(x, out)
}

// dot2Step adds a·b to the sum s whose accumulated rounding error is e.
func dot2Step(s, e, a, b float64) (float64, float64) {
	p := a * b
	pe := math.FMA(a, b, -p)
	t := s + p
	bb := t - s
	se := (s - (t - bb)) + (p - bb)
	return t, e + pe + se
}
