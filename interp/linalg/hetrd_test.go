package linalg

import (
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func TestHetrd(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for _, n := range []int{1, 2, 5} {
		for _, uplo := range []byte{'L', 'U'} {
			h := hpd(rng, n, true)
			sh := []int64{int64(n), int64(n)}
			k := int64(max(0, n-1))
			res := runOp(t, ccOp("lapack_zhetrd_ffi", map[string]byte{"uplo": uplo}, []*stablehlo.TensorType{tt(tensor.C128, sh...)},
				[]*stablehlo.TensorType{tt(tensor.C128, sh...), tt(tensor.F64, int64(n)), tt(tensor.F64, k), tt(tensor.C128, k), tt(tensor.I32)}),
				bufC128(tensor.C128, sh, h))
			a, d, e, tau := loadC128(res[0]), loadF64(res[1]), loadF64(res[2]), loadC128(res[3])
			// Q from the stored reflectors
			q := make([]complex128, n*n)
			for i := 0; i < n; i++ {
				q[i*n+i] = 1
			}
			order := make([]int, 0, n)
			for i := 0; i < n-1; i++ {
				order = append(order, i)
			}
			for _, i := range order {
				v := make([]complex128, n)
				if uplo == 'L' {
					v[i+1] = 1
					for r := i + 2; r < n; r++ {
						v[r] = a[r*n+i]
					}
				} else {
					v[i] = 1
					for r := 0; r < i; r++ {
						v[r] = a[r*n+i+1]
					}
				}
				// lower: Q = H(0)·H(1)·…; upper: Q = H(n-2)·…·H(0); build by
				// right-multiplying in the matching order
				applyRight(q, n, 0, n, 0, v, tau[i])
			}
			if uplo == 'U' {
				// rebuild in reverse order for the upper form
				for i := range q {
					q[i] = 0
				}
				for i := 0; i < n; i++ {
					q[i*n+i] = 1
				}
				for i := n - 2; i >= 0; i-- {
					v := make([]complex128, n)
					v[i] = 1
					for r := 0; r < i; r++ {
						v[r] = a[r*n+i+1]
					}
					applyRight(q, n, 0, n, 0, v, tau[i])
				}
			}
			tri := make([]complex128, n*n)
			for i := 0; i < n; i++ {
				tri[i*n+i] = complex(d[i], 0)
				if i+1 < n {
					tri[i*n+i+1] = complex(e[i], 0)
					tri[(i+1)*n+i] = complex(e[i], 0)
				}
			}
			if err := maxDiff(matmul(matmul(q, tri, n, n, n), adjoint(q, n, n), n, n, n), h); err > 1e-9 {
				t.Errorf("n=%d uplo=%c: Q·T·Qᴴ != A (%g)", n, uplo, err)
			}
		}
	}
}
