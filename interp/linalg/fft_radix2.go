package linalg

import (
	"math"
	"math/bits"
	"sync"
)

// radix2 is an iterative radix-2 decimation-in-time FFT for power-of-two
// lengths, used instead of gonum's general mixed-radix code for those
// lengths: it works on complex128 slices directly (gonum converts to and
// from its own layout on every call) and its twiddles are each computed from
// the reduced angle, so no error accumulates along the table.
type radix2 struct {
	n   int
	tw  []complex128 // exp(-2πik/n), k < n/2
	rev []int32      // bit-reversal permutation
}

var radix2Plans sync.Map // int -> *radix2

func radix2Plan(n int) *radix2 {
	if p, ok := radix2Plans.Load(n); ok {
		return p.(*radix2)
	}
	p := &radix2{n: n, tw: make([]complex128, n/2), rev: make([]int32, n)}
	for k := range p.tw {
		var s, c float64
		switch {
		case 8*k == n: // π/4: exact symmetry
			c, s = math.Sqrt2/2, math.Sqrt2/2
		case 4*k == n:
			c, s = 0, 1
		case 8*k == 3*n:
			c, s = -math.Sqrt2/2, math.Sqrt2/2
		case 4*k > n: // reduce to the first quadrant
			s, c = math.Sincos(2 * math.Pi * float64(n/2-k) / float64(n))
			c = -c
		default:
			s, c = math.Sincos(2 * math.Pi * float64(k) / float64(n))
		}
		p.tw[k] = complex(c, -s)
	}
	lg := bits.TrailingZeros(uint(n))
	for i := range p.rev {
		p.rev[i] = int32(bits.Reverse(uint(i)) >> (bits.UintSize - lg))
	}
	radix2Plans.Store(n, p)
	return p
}

// transform replaces x by its DFT (inverse: conjugate twiddles, unscaled).
func (p *radix2) transform(x []complex128, inv bool) {
	n := p.n
	for i, r := range p.rev {
		if int(r) > i {
			x[i], x[r] = x[r], x[i]
		}
	}
	for size := 2; size <= n; size <<= 1 {
		half := size / 2
		step := n / size
		for start := 0; start < n; start += size {
			blk := x[start : start+size]
			for j := 0; j < half; j++ {
				w := p.tw[j*step]
				if inv {
					w = complex(real(w), -imag(w))
				}
				u, v := blk[j], blk[j+half]*w
				blk[j], blk[j+half] = u+v, u-v
			}
		}
	}
}
