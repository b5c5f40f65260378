package elementwise

import (
	"math"
	"testing"
)

// ulps is how many float32 steps a is from b.
func ulps(a, b float32) int64 {
	ia, ib := int64(math.Float32bits(a)), int64(math.Float32bits(b))
	if ia < 0x80000000 != (ib < 0x80000000) {
		return math.MaxInt64
	}
	d := ia - ib
	if d < 0 {
		d = -d
	}
	return d
}

// TestFast32 sweeps float32 arguments (every 97th bit pattern over the
// ranges that matter, both signs) and compares exp32, tanh32 and logistic32
// with the float64 library rounded once: at most one ulp apart, and rarely
// that (the fast exp's error under 1e-12 can only tip a result lying that
// close to a rounding boundary).
func TestFast32(t *testing.T) {
	for _, tc := range []struct {
		name string
		fast func(float32) float32
		ref  func(float64) float64
	}{
		{"exp", exp32, math.Exp},
		{"tanh", tanh32, math.Tanh},
		{"logistic", logistic32, logistic},
	} {
		var n, off int
		for bits := uint32(0); bits < 0x43000000; bits += 97 { // |x| up to 128
			for _, sign := range []uint32{0, 1 << 31} {
				x := math.Float32frombits(bits | sign)
				got, want := tc.fast(x), float32(tc.ref(float64(x)))
				n++
				if got == want || (got != got && want != want) {
					continue
				}
				if u := ulps(got, want); u > 1 {
					t.Fatalf("%s(%g) = %g, want %g (%d ulps)", tc.name, x, got, want, u)
				}
				off++
			}
		}
		if off*10000 > n { // more than 1 in 10,000 one ulp off: the approximation is worse than designed
			t.Errorf("%s: %d of %d results one ulp off", tc.name, off, n)
		}
		t.Logf("%s: %d of %d results one ulp off the correctly rounded float64 library", tc.name, off, n)
	}
	for _, tc := range []struct {
		name string
		f    func(float32) float32
		x    float32
		want float32
	}{
		{"exp(+inf)", exp32, float32(math.Inf(1)), float32(math.Inf(1))},
		{"exp(-inf)", exp32, float32(math.Inf(-1)), 0},
		{"exp(89)", exp32, 89, float32(math.Inf(1))},
		{"exp(-0)", exp32, float32(math.Copysign(0, -1)), 1},
		{"tanh(+inf)", tanh32, float32(math.Inf(1)), 1},
		{"tanh(-inf)", tanh32, float32(math.Inf(-1)), -1},
		{"logistic(+inf)", logistic32, float32(math.Inf(1)), 1},
		{"logistic(-inf)", logistic32, float32(math.Inf(-1)), 0},
	} {
		if got := tc.f(tc.x); got != tc.want {
			t.Errorf("%s = %g, want %g", tc.name, got, tc.want)
		}
	}
	if got := tanh32(float32(math.Copysign(0, -1))); math.Float32bits(got) != 1<<31 {
		t.Errorf("tanh(-0) = %g, want -0", got)
	}
	nan := float32(math.NaN())
	for _, f := range []func(float32) float32{exp32, tanh32, logistic32} {
		if got := f(nan); got == got {
			t.Errorf("NaN in gave %g", got)
		}
	}
}

func BenchmarkTanh32(b *testing.B) {
	x := make([]float32, 4096)
	for i := range x {
		x[i] = float32(i-2048) / 512
	}
	d := make([]float32, len(x))
	b.Run("fast", func(b *testing.B) {
		for range b.N {
			for i, v := range x {
				d[i] = tanh32(v)
			}
		}
	})
	b.Run("math", func(b *testing.B) {
		for range b.N {
			for i, v := range x {
				d[i] = float32(math.Tanh(float64(v)))
			}
		}
	})
}
