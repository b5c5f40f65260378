package linalg

import (
	"math"
	"testing"
)

// TestVdot: the vectorised dot agrees with a float64 reference for every
// length around the vector widths (bulk, tail, both, neither).
func TestVdot(t *testing.T) {
	for n := 0; n <= 70; n++ {
		x32, y32 := make([]float32, n), make([]float32, n+3)
		x64, y64 := make([]float64, n), make([]float64, n+3)
		var want float64
		for i := 0; i < n; i++ {
			a, b := float64((i*7)%11)-5.25, float64((i*5)%13)*0.5-3
			x32[i], y32[i], x64[i], y64[i] = float32(a), float32(b), a, b
			want += a * b
		}
		if got := vdot(x32, y32); math.Abs(float64(got)-want) > 1e-4*math.Max(1, math.Abs(want)) {
			t.Errorf("f32 n=%d: %v, want %v", n, got, want)
		}
		if got := vdot(x64, y64); math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
			t.Errorf("f64 n=%d: %v, want %v", n, got, want)
		}
	}
}
