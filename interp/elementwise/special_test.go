package elementwise

import (
	"math"
	"testing"
)

func TestDigamma(t *testing.T) {
	const euler = 0.57721566490153286061
	for _, tc := range []struct{ x, want float64 }{
		{1, -euler},
		{0.5, -euler - 2*math.Ln2},
		{2, 1 - euler},
		{10, 2.2517525890667211076},
		{100, 4.6001618527380874002},
		{-2.5, 1.1031566406452431872},
		{-0.5, 0.036489973978576520559},
		{1e-30, -1e30},
		{0, math.Inf(-1)},
		{math.Copysign(0, -1), math.Inf(1)},
		{-3, math.NaN()},
		{math.Inf(1), math.Inf(1)},
		{math.Inf(-1), math.NaN()},
	} {
		got := digamma(tc.x)
		if !sameFloat(got, tc.want) && math.Abs(got-tc.want) > 1e-14*math.Abs(tc.want) {
			t.Errorf("digamma(%g) = %.17g, want %.17g", tc.x, got, tc.want)
		}
	}
	// The recurrence ψ(x+1) = ψ(x) + 1/x holds across the reflection and
	// series branches.
	for _, x := range []float64{-7.3, -1.2, 0.1, 0.49, 0.51, 3.3, 9.9, 10.1} {
		if d := digamma(x+1) - digamma(x) - 1/x; math.Abs(d) > 1e-12*math.Max(1, math.Abs(1/x)) {
			t.Errorf("ψ(%g+1) - ψ(%g) - 1/x = %g", x, x, d)
		}
	}
}

func TestLgammaFFI(t *testing.T) {
	for _, tc := range []struct{ x, want float64 }{
		{1, 0}, {0.5, 0.5 * math.Log(math.Pi)}, {-2.5, -0.056243716497674054}, {0, math.Inf(1)},
		{-1, math.Inf(1)}, {math.Inf(-1), math.Inf(1)}, {math.Inf(1), math.Inf(1)}, {math.NaN(), math.NaN()},
	} {
		if got := lgamma(tc.x); !sameFloat(got, tc.want) && math.Abs(got-tc.want) > 1e-14 {
			t.Errorf("lgamma(%g) = %.17g, want %.17g", tc.x, got, tc.want)
		}
	}
}
