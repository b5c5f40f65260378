package linalg

import (
	"math/rand"
	"testing"

	"gonum.org/v1/gonum/dsp/fourier"
)

func TestRadix2AgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewSource(22))
	for _, n := range []int{1, 2, 4, 8, 16, 64, 256} {
		x := make([]complex128, n)
		for i := range x {
			x[i] = complex(rng.NormFloat64(), rng.NormFloat64())
		}
		for _, inv := range []bool{false, true} {
			y := append([]complex128(nil), x...)
			radix2Plan(n).transform(y, inv)
			want := naiveDFT(x, []int64{int64(n)}, 1, inv)
			if inv {
				for i := range want {
					want[i] *= complex(float64(n), 0)
				}
			}
			if e := maxDiff(y, want); e > 1e-12*float64(n) {
				t.Errorf("n=%d inv=%v: error %g", n, inv, e)
			}
		}
	}
}

func BenchmarkRadix2VsGonum(b *testing.B) {
	n := 4096
	x := make([]complex128, n)
	for i := range x {
		x[i] = complex(float64(i%7), float64(i%5))
	}
	b.Run("radix2", func(b *testing.B) {
		p := radix2Plan(n)
		for i := 0; i < b.N; i++ {
			p.transform(x, false)
		}
	})
	b.Run("gonum", func(b *testing.B) {
		t := fourier.NewCmplxFFT(n)
		for i := 0; i < b.N; i++ {
			t.Coefficients(x, x)
		}
	})
}

func TestBluesteinAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewSource(23))
	for _, n := range []int{65, 100, 257, 1000} {
		x := make([]complex128, n)
		for i := range x {
			x[i] = complex(rng.NormFloat64(), rng.NormFloat64())
		}
		for _, inv := range []bool{false, true} {
			y := append([]complex128(nil), x...)
			bluesteinPlan(n).transform(y, make([]complex128, bluesteinPlan(n).m), inv)
			want := naiveDFT(x, []int64{int64(n)}, 1, inv)
			if inv {
				for i := range want {
					want[i] *= complex(float64(n), 0)
				}
			}
			if e := maxDiff(y, want); e > 1e-11*float64(n) {
				t.Errorf("n=%d inv=%v: error %g", n, inv, e)
			}
		}
	}
}
