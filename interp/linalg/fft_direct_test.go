package linalg

import (
	"math"
	"math/cmplx"
	"testing"
)

// TestTwiddle: the octant-reduced twiddles agree with sin and cos of the
// unreduced angle to within that angle's rounding (up to 2π·2⁻⁵³, times the
// derivative), and where they differ most the reduced one is right:
// cos(2π·11/14) = 0.22252093395631440428… (60-digit decimals), sincos of the
// unreduced angle gives 0.22252093395631334.
func TestTwiddle(t *testing.T) {
	if c, _ := twiddle(11, 14); c != 0.2225209339563144 {
		t.Errorf("cos(2π·11/14) = %v, want 0.2225209339563144", c)
	}
	for n := 1; n <= 64; n++ {
		for m := 0; m < n; m++ {
			c, s := twiddle(m, n)
			ws, wc := math.Sincos(2 * math.Pi * float64(m) / float64(n))
			if math.Abs(c-wc) > 2e-15 || math.Abs(s-ws) > 2e-15 {
				t.Fatalf("twiddle(%d, %d) = %v, %v; sincos gives %v, %v", m, n, c, s, wc, ws)
			}
		}
	}
}

// TestDirectDFT: the direct transform is the DFT's definition (a naive sum
// in complex128) and inverts itself (any length works; the FFT uses it for
// primes above 5).
func TestDirectDFT(t *testing.T) {
	for _, n := range []int{7, 11, 17, 31, 61, 14, 63} {
		x := make([]complex128, n)
		for j := range x {
			x[j] = complex(math.Sin(float64(j)*1.3)+0.25, math.Cos(float64(j)*0.7))
		}
		got := append([]complex128(nil), x...)
		directPlan(n).transform(got, make([]complex128, n), false)
		for k := 0; k < n; k++ {
			var want complex128
			for j := 0; j < n; j++ {
				want += x[j] * cmplx.Exp(complex(0, -2*math.Pi*float64(j*k%n)/float64(n)))
			}
			if cmplx.Abs(got[k]-want) > 1e-13 {
				t.Fatalf("n=%d: X[%d] = %v, want %v", n, k, got[k], want)
			}
		}
		back := append([]complex128(nil), got...)
		directPlan(n).transform(back, make([]complex128, n), true)
		for j := range back {
			if cmplx.Abs(back[j]/complex(float64(n), 0)-x[j]) > 1e-14 {
				t.Fatalf("n=%d: inverse[%d] = %v, want %v", n, j, back[j]/complex(float64(n), 0), x[j])
			}
		}
	}
	for n, want := range map[int]bool{5: false, 7: true, 14: false, 17: true, 49: false, 61: true, 63: false} {
		if primeAbove5(n) != want {
			t.Errorf("primeAbove5(%d) = %v", n, !want)
		}
	}
}
