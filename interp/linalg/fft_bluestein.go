package linalg

import (
	"math"
	"sync"
)

// bluestein evaluates a DFT of any length n as a circular convolution of
// power-of-two length m >= 2n-1 (Bluestein's chirp-z algorithm) on the
// radix-2 transform. It replaces gonum's generic odd-prime passes, which are
// O(n²) per prime factor and dozens of times slower, for lengths above
// bluesteinMin; shorter odd lengths stay on gonum, whose results XLA's
// conformance data matches more closely at a few ulps.
type bluestein struct {
	n, m  int
	chirp []complex128 // exp(-iπ·k²/n)
	bhat  []complex128 // FFT of the conjugate chirp, wrapped to length m
	r2    *radix2
}

const bluesteinMin = 64

var bluesteinPlans sync.Map // int -> *bluestein

func bluesteinPlan(n int) *bluestein {
	if p, ok := bluesteinPlans.Load(n); ok {
		return p.(*bluestein)
	}
	m := 1
	for m < 2*n-1 {
		m <<= 1
	}
	p := &bluestein{n: n, m: m, chirp: make([]complex128, n), bhat: make([]complex128, m), r2: radix2Plan(m)}
	for k := 0; k < n; k++ {
		// k² mod 2n keeps the angle small and exact
		q := (int64(k) * int64(k)) % int64(2*n)
		s, c := math.Sincos(math.Pi * float64(q) / float64(n))
		p.chirp[k] = complex(c, -s)
	}
	for k := 0; k < n; k++ {
		w := complex(real(p.chirp[k]), -imag(p.chirp[k]))
		p.bhat[k] = w
		if k > 0 {
			p.bhat[m-k] = w
		}
	}
	p.r2.transform(p.bhat, false)
	bluesteinPlans.Store(n, p)
	return p
}

// transform replaces x (length n) by its DFT (inverse: unscaled inverse DFT);
// work must have length m.
func (p *bluestein) transform(x, work []complex128, inv bool) {
	n, m := p.n, p.m
	clear(work)
	for k := 0; k < n; k++ {
		v := x[k]
		if inv {
			v = complex(real(v), -imag(v))
		}
		work[k] = v * p.chirp[k]
	}
	p.r2.transform(work, false)
	for i := range work {
		work[i] *= p.bhat[i]
	}
	p.r2.transform(work, true)
	scale := 1 / float64(m)
	for k := 0; k < n; k++ {
		v := work[k] * p.chirp[k] * complex(scale, 0)
		if inv {
			v = complex(real(v), -imag(v))
		}
		x[k] = v
	}
}
