package linalg

import (
	"math/cmplx"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func TestGeesSchur(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	n := 5
	for _, pre := range []string{"s", "d"} {
		d := map[string]tensor.DType{"s": tensor.F32, "d": tensor.F64}[pre]
		tol := 1e-9
		if pre == "s" {
			tol = 1e-4
		}
		a := make([]float64, 2*n*n)
		for i := range a {
			a[i] = rng.NormFloat64()
		}
		ab := bufF64(d, []int64{2, int64(n), int64(n)}, a)
		ac := loadC128(ab)
		res := runOp(t, ccOp("lapack_"+pre+"gees_ffi", map[string]byte{"mode": 'V', "sort": 'N'}, []*stablehlo.TensorType{tt(d, 2, int64(n), int64(n))},
			[]*stablehlo.TensorType{tt(d, 2, int64(n), int64(n)), tt(d, 2, int64(n), int64(n)), tt(d, 2, int64(n)), tt(d, 2, int64(n)), tt(tensor.I32, 2), tt(tensor.I32, 2)}), ab)
		tm, z := loadC128(res[0]), loadC128(res[1])
		for b := 0; b < 2; b++ {
			tb, zb := tm[b*n*n:(b+1)*n*n], z[b*n*n:(b+1)*n*n]
			rec := matmul(matmul(zb, tb, n, n, n), adjoint(zb, n, n), n, n, n)
			if e := maxDiff(rec, ac[b*n*n:(b+1)*n*n]); e > tol*10 {
				t.Errorf("%sgees: Z·T·Zᵀ != A (%g)", pre, e)
			}
			for i := 0; i < n; i++ {
				for j := 0; j < i-1; j++ {
					if cmplx.Abs(tb[i*n+j]) > tol {
						t.Errorf("%sgees: T not quasi-triangular at %d,%d", pre, i, j)
					}
				}
			}
		}
	}
}

func TestGtsv(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for _, d := range []tensor.DType{tensor.F64, tensor.F32, tensor.C128} {
		for _, n := range []int{1, 2, 6} {
			k := 3
			dl, dg, du := make([]complex128, n), make([]complex128, n), make([]complex128, n)
			for i := 0; i < n; i++ {
				if i > 0 {
					dl[i] = complex(rng.NormFloat64(), 0)
				}
				if i < n-1 {
					du[i] = complex(rng.NormFloat64(), 0)
				}
				dg[i] = complex(rng.NormFloat64()*0.1, 0) // small diagonal forces pivoting
			}
			b := make([]complex128, n*k)
			for i := range b {
				b[i] = complex(rng.NormFloat64(), 0)
			}
			sh := []int64{int64(n)}
			bs := []int64{int64(n), int64(k)}
			res := runOp(t, ccOp("lapack_"+map[tensor.DType]string{tensor.F64: "d", tensor.F32: "s", tensor.C128: "z"}[d]+"gtsv_ffi", nil,
				[]*stablehlo.TensorType{tt(d, sh...), tt(d, sh...), tt(d, sh...), tt(d, bs...)},
				[]*stablehlo.TensorType{tt(d, sh...), tt(d, sh...), tt(d, sh...), tt(d, bs...), tt(tensor.I32)}),
				bufC128(d, sh, dl), bufC128(d, sh, dg), bufC128(d, sh, du), bufC128(d, bs, b))
			x := loadC128(res[3])
			dense := make([]complex128, n*n)
			dlr, dgr, dur, br := loadC128(bufC128(d, sh, dl)), loadC128(bufC128(d, sh, dg)), loadC128(bufC128(d, sh, du)), loadC128(bufC128(d, bs, b))
			for i := 0; i < n; i++ {
				dense[i*n+i] = dgr[i]
				if i > 0 {
					dense[i*n+i-1] = dlr[i]
				}
				if i < n-1 {
					dense[i*n+i+1] = dur[i]
				}
			}
			tol := 1e-9
			if d == tensor.F32 {
				tol = 1e-3
			}
			if e := maxDiff(matmul(dense, x, n, n, k), br); e > tol {
				t.Errorf("%v n=%d: residual %g", d, n, e)
			}
		}
	}
}
