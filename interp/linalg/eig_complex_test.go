package linalg

import (
	"math"
	"math/cmplx"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func TestComplexEig(t *testing.T) {
	rng := rand.New(rand.NewSource(17))
	for _, n := range []int{1, 2, 5, 9} {
		for _, realInput := range []bool{false, true} {
			a := make([]complex128, n*n)
			for i := range a {
				a[i] = complex(rng.NormFloat64(), 0)
				if !realInput {
					a[i] += complex(0, rng.NormFloat64())
				}
			}
			ab := bufC128(tensor.C128, []int64{int64(n), int64(n)}, a)
			sh := []int64{int64(n), int64(n)}
			// geev
			res := runOp(t, ccOp("lapack_zgeev_ffi", map[string]byte{"compute_left": 'V', "compute_right": 'V'}, []*stablehlo.TensorType{tt(tensor.C128, sh...)},
				[]*stablehlo.TensorType{tt(tensor.C128, int64(n)), tt(tensor.C128, sh...), tt(tensor.C128, sh...), tt(tensor.I32)}), ab)
			w, vl, vr := loadC128(res[0]), loadC128(res[1]), loadC128(res[2])
			if tensor.View[int32](res[3])[0] != 0 {
				t.Fatalf("n=%d: info %d", n, tensor.View[int32](res[3])[0])
			}
			av := matmul(a, vr, n, n, n)
			ua := matmul(adjoint(vl, n, n), a, n, n, n) // rows: u_kᴴ·A
			for k := 0; k < n; k++ {
				nr, big := 0.0, 0
				for i := 0; i < n; i++ {
					if cmplx.Abs(av[i*n+k]-w[k]*vr[i*n+k]) > 1e-9 {
						t.Errorf("n=%d real=%v: right eigenvector %d fails A·v = λ·v", n, realInput, k)
						break
					}
					nr = math.Hypot(nr, cmplx.Abs(vr[i*n+k]))
					if cmplx.Abs(vr[i*n+k]) > cmplx.Abs(vr[big*n+k]) {
						big = i
					}
				}
				if math.Abs(nr-1) > 1e-12 || imag(vr[big*n+k]) != 0 {
					t.Errorf("n=%d: right eigenvector %d not normalised (norm %v, largest %v)", n, k, nr, vr[big*n+k])
				}
				for j := 0; j < n; j++ {
					if cmplx.Abs(ua[k*n+j]-w[k]*cmplx.Conj(vl[j*n+k])) > 1e-9 {
						t.Errorf("n=%d real=%v: left eigenvector %d fails uᴴ·A = λ·uᴴ", n, realInput, k)
						break
					}
				}
			}
			// gees: A = Z·T·Zᴴ, T upper triangular, w = diag(T)
			res = runOp(t, ccOp("lapack_zgees_ffi", map[string]byte{"mode": 'V', "sort": 'N'}, []*stablehlo.TensorType{tt(tensor.C128, sh...)},
				[]*stablehlo.TensorType{tt(tensor.C128, sh...), tt(tensor.C128, sh...), tt(tensor.C128, int64(n)), tt(tensor.I32), tt(tensor.I32)}), ab)
			tm, z := loadC128(res[0]), loadC128(res[1])
			if e := maxDiff(matmul(matmul(z, tm, n, n, n), adjoint(z, n, n), n, n, n), a); e > 1e-9 {
				t.Errorf("n=%d: Z·T·Zᴴ != A (%g)", n, e)
			}
			for i := 0; i < n; i++ {
				for j := 0; j < i; j++ {
					if tm[i*n+j] != 0 {
						t.Errorf("n=%d: T not upper triangular", n)
					}
				}
			}
			// gehrd: Hessenberg with LAPACK reflectors, Q·H·Qᴴ = A
			res = runOp(t, ccOp("lapack_zgehrd_ffi", nil, []*stablehlo.TensorType{tt(tensor.C128, sh...)},
				[]*stablehlo.TensorType{tt(tensor.C128, sh...), tt(tensor.C128, int64(max(0, n-1))), tt(tensor.I32)}), ab)
			hv, tau := loadC128(res[0]), loadC128(res[1])
			q := hessenbergQ(hv, n, 0, n-1, tau)
			hh := append([]complex128(nil), hv...)
			for i := 2; i < n; i++ {
				for j := 0; j < i-1; j++ {
					hh[i*n+j] = 0
				}
			}
			if e := maxDiff(matmul(matmul(q, hh, n, n, n), adjoint(q, n, n), n, n, n), a); e > 1e-9 {
				t.Errorf("n=%d: Q·H·Qᴴ != A (%g)", n, e)
			}
		}
	}
}
