package linalg

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func TestComplexSVD(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for _, mn := range [][2]int{{5, 3}, {3, 5}, {4, 4}, {6, 2}} {
		m, n := mn[0], mn[1]
		k := min(m, n)
		for _, rankDef := range []bool{false, true} {
			a := make([]complex128, m*n)
			for i := range a {
				a[i] = complex(rng.NormFloat64(), rng.NormFloat64())
			}
			if rankDef { // make the last column a multiple of the first
				for i := 0; i < m; i++ {
					a[i*n+n-1] = 2i * a[i*n]
				}
			}
			for _, mode := range []byte{'A', 'S', 'N'} {
				uc, vr := m, n
				if mode == 'S' {
					uc, vr = k, k
				}
				res := runOp(t, ccOp("lapack_zgesdd_ffi", map[string]byte{"mode": mode}, []*stablehlo.TensorType{tt(tensor.C128, int64(m), int64(n))},
					[]*stablehlo.TensorType{tt(tensor.C128, int64(m), int64(n)), tt(tensor.F64, int64(k)), tt(tensor.C128, int64(m), int64(uc)), tt(tensor.C128, int64(vr), int64(n)), tt(tensor.I32)}),
					bufC128(tensor.C128, []int64{int64(m), int64(n)}, a))
				s := loadF64(res[1])
				for j := 1; j < k; j++ {
					if s[j] > s[j-1] {
						t.Errorf("%dx%d: singular values not descending %v", m, n, s)
					}
				}
				if mode == 'N' {
					continue
				}
				u, vt := loadC128(res[2]), loadC128(res[3])
				// U[:, :k]·diag(s)·Vᴴ[:k, :] = A
				us := make([]complex128, m*k)
				for i := 0; i < m; i++ {
					for j := 0; j < k; j++ {
						us[i*k+j] = u[i*uc+j] * complex(s[j], 0)
					}
				}
				if e := maxDiff(matmul(us, vt[:k*n], m, k, n), a); e > 1e-10 {
					t.Errorf("%dx%d rankdef=%v mode %c: U·S·Vᴴ != A (%g)", m, n, rankDef, mode, e)
				}
				for _, q := range []struct {
					x    []complex128
					r, c int
				}{{u, m, uc}, {adjoint(vt, vr, n), n, vr}} {
					g := matmul(adjoint(q.x, q.r, q.c), q.x, q.c, q.r, q.c)
					for i := 0; i < q.c; i++ {
						g[i*q.c+i] -= 1
					}
					if e := maxDiff(g, make([]complex128, q.c*q.c)); e > 1e-10 {
						t.Errorf("%dx%d rankdef=%v mode %c: factor not orthonormal (%g)", m, n, rankDef, mode, e)
					}
				}
			}
		}
	}
	// real input: the complex SVD's values equal gonum's real ones
	m, n := 4, 3
	a := make([]float64, m*n)
	for i := range a {
		a[i] = rng.NormFloat64()
	}
	zs := loadF64(runOp(t, ccOp("lapack_zgesdd_ffi", map[string]byte{"mode": 'N'}, []*stablehlo.TensorType{tt(tensor.C128, 4, 3)},
		[]*stablehlo.TensorType{tt(tensor.C128, 4, 3), tt(tensor.F64, 3), tt(tensor.C128, 4, 4), tt(tensor.C128, 3, 3), tt(tensor.I32)}), bufF64(tensor.C128, []int64{4, 3}, a))[1])
	ds := loadF64(runOp(t, ccOp("lapack_dgesdd_ffi", map[string]byte{"mode": 'N'}, []*stablehlo.TensorType{tt(tensor.F64, 4, 3)},
		[]*stablehlo.TensorType{tt(tensor.F64, 4, 3), tt(tensor.F64, 3), tt(tensor.F64, 4, 4), tt(tensor.F64, 3, 3), tt(tensor.I32)}), bufF64(tensor.F64, []int64{4, 3}, a))[1])
	for i := range zs {
		if math.Abs(zs[i]-ds[i]) > 1e-12 {
			t.Errorf("complex vs real singular values: %v vs %v", zs, ds)
			break
		}
	}
}
