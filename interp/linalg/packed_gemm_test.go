package linalg

import (
	"math"
	"math/rand"
	"testing"
)

func naiveGemm(m, n, k int, a []float64, ta bool, b []float64, tb bool) []float64 {
	c := make([]float64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			s := 0.0
			for p := 0; p < k; p++ {
				av, bv := a[i*k+p], b[p*n+j]
				if ta {
					av = a[p*m+i]
				}
				if tb {
					bv = b[j*k+p]
				}
				s += av * bv
			}
			c[i*n+j] = s
		}
	}
	return c
}

// The assembly GEMM against a naive product over edge sizes (partial tiles,
// k spanning several KC blocks, n spanning NC blocks) and all transposes.
func TestPackedGemm(t *testing.T) {
	if !useAsmGemm() {
		t.Skip("no AVX2+FMA3 on this machine: the gonum fallback is used (and covered by the dot tests)")
	}
	rng := rand.New(rand.NewSource(15))
	sizes := [][3]int{{1, 1, 1}, {1, 40, 300}, {300, 1, 70}, {1, 1, 9}, {1000, 1, 80}, {6, 16, 8}, {7, 17, 3}, {13, 5, 300}, {100, 33, 520}, {3, 3100, 7}, {97, 200, 257}}
	for _, s := range sizes {
		m, n, k := s[0], s[1], s[2]
		a := make([]float64, m*k)
		b := make([]float64, k*n)
		for i := range a {
			a[i] = float64(rng.Intn(17) - 8)
		}
		for i := range b {
			b[i] = float64(rng.Intn(17) - 8)
		}
		for _, ta := range []bool{false, true} {
			for _, tb := range []bool{false, true} {
				want := naiveGemm(m, n, k, a, ta, b, tb)
				c64 := make([]float64, m*n)
				packedGemm(4, m, n, k, a, ta, b, tb, c64, 6, 8, kernF64)
				if hasAVX512 {
					c512 := make([]float64, m*n)
					packedGemm(4, m, n, k, a, ta, b, tb, c512, 12, 16, kern512F64)
					c32w := make([]float32, m*n)
					a32, b32 := make([]float32, len(a)), make([]float32, len(b))
					for i := range a {
						a32[i] = float32(a[i])
					}
					for i := range b {
						b32[i] = float32(b[i])
					}
					packedGemm(3, m, n, k, a32, ta, b32, tb, c32w, 12, 32, kern512F32)
					for i := range want {
						if c512[i] != want[i] || float64(c32w[i]) != want[i] {
							t.Fatalf("AVX-512 %v ta=%v tb=%v: element %d: f64 %v f32 %v want %v", s, ta, tb, i, c512[i], c32w[i], want[i])
						}
					}
				}
				a32, b32 := make([]float32, len(a)), make([]float32, len(b))
				for i := range a {
					a32[i] = float32(a[i])
				}
				for i := range b {
					b32[i] = float32(b[i])
				}
				c32 := make([]float32, m*n)
				packedGemm(3, m, n, k, a32, ta, b32, tb, c32, 6, 16, kernF32)
				for i := range want {
					// small integers: exact in both precisions
					if c64[i] != want[i] || float64(c32[i]) != want[i] {
						t.Fatalf("%v ta=%v tb=%v: element %d: f64 %v f32 %v want %v", s, ta, tb, i, c64[i], c32[i], want[i])
					}
				}
			}
		}
	}
	// NaN and Inf propagate
	a := []float32{float32(math.NaN()), 1}
	b := []float32{1, float32(math.Inf(1))}
	c := make([]float32, 1)
	packedGemm(1, 1, 1, 2, a, false, b, false, c, 6, 16, kernF32)
	if !math.IsNaN(float64(c[0])) {
		t.Fatalf("NaN lost: %v", c[0])
	}
}
