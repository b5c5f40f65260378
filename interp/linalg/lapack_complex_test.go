package linalg

import (
	"math/cmplx"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func TestComplexQR(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	for _, d := range []tensor.DType{tensor.C64, tensor.C128} {
		tol := 1e-10
		if d == tensor.C64 {
			tol = 1e-4
		}
		for _, mn := range [][2]int{{5, 3}, {4, 4}, {6, 1}} {
			m, n := mn[0], mn[1]
			a := make([]complex128, 2*m*n)
			for i := range a {
				a[i] = complex(rng.NormFloat64(), rng.NormFloat64())
			}
			ab := bufC128(d, []int64{2, int64(m), int64(n)}, a)
			a = loadC128(ab)
			pre := "z"
			if d == tensor.C64 {
				pre = "c"
			}
			res := runOp(t, ccOp("lapack_"+pre+"geqrf_ffi", nil, []*stablehlo.TensorType{tt(d, 2, int64(m), int64(n))},
				[]*stablehlo.TensorType{tt(d, 2, int64(m), int64(n)), tt(d, 2, int64(n))}), ab)
			q := runOp(t, ccOp("lapack_"+pre+"ungqr_ffi", nil, []*stablehlo.TensorType{tt(d, 2, int64(m), int64(n)), tt(d, 2, int64(n))},
				[]*stablehlo.TensorType{tt(d, 2, int64(m), int64(n))}), res[0], res[1])[0]
			qv, rv := loadC128(q), loadC128(res[0])
			for b := 0; b < 2; b++ {
				r := make([]complex128, n*n)
				for i := 0; i < n; i++ {
					for j := i; j < n; j++ {
						r[i*n+j] = rv[b*m*n+i*n+j]
					}
					if imag(r[i*n+i]) != 0 {
						t.Errorf("%v: R diagonal not real: %v", d, r[i*n+i])
					}
				}
				qb := qv[b*m*n : (b+1)*m*n]
				if e := maxDiff(matmul(qb, r, m, n, n), a[b*m*n:(b+1)*m*n]); e > tol*10 {
					t.Errorf("%v %dx%d: Q·R != A (%g)", d, m, n, e)
				}
				qq := matmul(adjoint(qb, m, n), qb, n, m, n)
				for i := 0; i < n; i++ {
					qq[i*n+i] -= 1
				}
				if e := maxDiff(qq, make([]complex128, n*n)); e > tol*10 {
					t.Errorf("%v %dx%d: QᴴQ != I (%g)", d, m, n, e)
				}
			}
		}
	}
}

func TestComplexHeevd(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	n := 5
	mats := [][]complex128{hpd(rng, n, true)}
	// repeated eigenvalues: U·diag(1,1,1,2,3)·Uᴴ
	u := make([]complex128, n*n)
	for i := range u {
		u[i] = complex(rng.NormFloat64(), rng.NormFloat64())
	}
	qb := make([]complex128, n)
	geqrfComplex(u, n, n, qb)
	ungqr(u, n, n, n, qb)
	dg := make([]complex128, n*n)
	for i, v := range []float64{1, 1, 1, 2, 3} {
		dg[i*n+i] = complex(v, 0)
	}
	mats = append(mats, matmul(matmul(u, dg, n, n, n), adjoint(u, n, n), n, n, n))
	for _, h := range mats {
		for _, uplo := range []byte{'L', 'U'} {
			hb := bufC128(tensor.C128, []int64{int64(n), int64(n)}, h)
			res := runOp(t, ccOp("lapack_zheevd_ffi", map[string]byte{"mode": 'V', "uplo": uplo}, []*stablehlo.TensorType{tt(tensor.C128, int64(n), int64(n))},
				[]*stablehlo.TensorType{tt(tensor.C128, int64(n), int64(n)), tt(tensor.F64, int64(n)), tt(tensor.I32)}), hb)
			v, w := loadC128(res[0]), loadF64(res[1])
			if tensor.View[int32](res[2])[0] != 0 {
				t.Fatalf("info %d", tensor.View[int32](res[2])[0])
			}
			hv := matmul(h, v, n, n, n)
			for j := 0; j < n; j++ {
				if j > 0 && w[j] < w[j-1]-1e-12 {
					t.Errorf("not ascending: %v", w)
				}
				for i := 0; i < n; i++ {
					if cmplx.Abs(hv[i*n+j]-v[i*n+j]*complex(w[j], 0)) > 1e-9 {
						t.Errorf("uplo %c column %d not an eigenvector (w=%v)", uplo, j, w)
						break
					}
				}
			}
			vv := matmul(adjoint(v, n, n), v, n, n, n)
			for i := 0; i < n; i++ {
				vv[i*n+i] -= 1
			}
			if e := maxDiff(vv, make([]complex128, n*n)); e > 1e-9 {
				t.Errorf("uplo %c: eigenvectors not orthonormal (%g)", uplo, e)
			}
		}
	}
}
