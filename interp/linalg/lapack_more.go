package linalg

import (
	"fmt"

	"gonum.org/v1/gonum/lapack"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Schur decomposition (lapack_{s,d}gees_ffi) and tridiagonal solves
// (lapack_{s,d,c,z}gtsv_ffi), following jaxlib's FFI signatures:
//
//	gees(a) {mode, sort} -> (t, vs, wr, wi, sdim, info)
//	gtsv(dl, d, du, b)   -> (dl, d, du, b, info)
//
// gees reduces to Hessenberg form (Dgehrd), forms the orthogonal factor
// (Dorghr) and runs the QR algorithm (Dhseqr): A = Z·T·Zᵀ with T quasi-upper
// triangular. Eigenvalue sorting (sort = 'S') needs a select callback JAX
// cannot pass through the FFI, so only 'N' is accepted.

func init() {
	for _, t := range []byte("sd") {
		t := t
		registerCustomCall("lapack_"+string(t)+"gees_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildGees(op) })
	}
	for _, t := range []byte("sdcz") {
		registerCustomCall("lapack_"+string(t)+"gtsv_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildGtsv(op) })
	}
}

func buildGees(op *stablehlo.Op) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("gees needs square matrices")
	}
	if err := checkResults(op, 6); err != nil {
		return nil, err
	}
	if s := cfgChar(op, "sort", 'N'); s != 'N' {
		return nil, fmt.Errorf("gees with sort=%q is not supported", s)
	}
	vecs := cfgChar(op, "mode", 'V') == 'V'
	if err := checkCounts(op, nb*n*n, nb*n*n, nb*n, nb*n, nb, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadF64(args[0])
		z := make([]float64, nb*n*n)
		wr := make([]float64, nb*n)
		wi := make([]float64, nb*n)
		info := make([]int32, nb)
		if n > 0 {
			tau := make([]float64, max(1, n-1))
			for b := 0; b < nb; b++ {
				h := a[b*n*n : (b+1)*n*n]
				zb := z[b*n*n : (b+1)*n*n]
				if n > 1 {
					work := workQuery(func(w []float64, l int) { lapackImpl.Dgehrd(n, 0, n-1, h, n, tau, w, l) })
					lapackImpl.Dgehrd(n, 0, n-1, h, n, tau, work, len(work))
				}
				copy(zb, h)
				if n > 1 {
					work := workQuery(func(w []float64, l int) { lapackImpl.Dorghr(n, 0, n-1, zb, n, tau, w, l) })
					lapackImpl.Dorghr(n, 0, n-1, zb, n, tau, work, len(work))
				} else {
					zb[0] = 1
				}
				// below the first subdiagonal h holds reflectors: clear them
				for i := 0; i < n; i++ {
					for j := 0; j < i-1; j++ {
						h[i*n+j] = 0
					}
				}
				work := workQuery(func(w []float64, l int) {
					lapackImpl.Dhseqr(lapack.EigenvaluesAndSchur, lapack.SchurOrig, n, 0, n-1, h, n, wr[b*n:(b+1)*n], wi[b*n:(b+1)*n], zb, n, w, l)
				})
				if u := lapackImpl.Dhseqr(lapack.EigenvaluesAndSchur, lapack.SchurOrig, n, 0, n-1, h, n, wr[b*n:(b+1)*n], wi[b*n:(b+1)*n], zb, n, work, len(work)); u > 0 {
					info[b] = int32(u)
				}
				if !vecs {
					clear(zb)
				}
			}
		}
		storeF64(results[0], a)
		storeF64(results[1], z)
		storeF64(results[2], wr)
		storeF64(results[3], wi)
		putI32(results[4], make([]int32, nb))
		putI32(results[5], info)
		return nil
	}, nil
}

// gtsvSolve solves the tridiagonal system (A[i][i-1] = dl[i], A[i][i] = d[i],
// A[i][i+1] = du[i]) for the n×k right-hand sides b in place by Gaussian
// elimination with partial pivoting (LAPACK's gtsv). It returns LAPACK's info.
func gtsvSolve(dl, d, du, b []complex128, n, k int) int32 {
	if n == 0 {
		return 0
	}
	l := append([]complex128(nil), dl...)
	dd := append([]complex128(nil), d...)
	u := append([]complex128(nil), du...)
	u2 := make([]complex128, n) // second superdiagonal created by pivoting
	cabs := func(z complex128) float64 { return abs(real(z)) + abs(imag(z)) }
	for i := 0; i < n-1; i++ {
		sub := l[i+1]
		if cabs(dd[i]) >= cabs(sub) {
			if dd[i] == 0 {
				return int32(i + 1)
			}
			f := sub / dd[i]
			dd[i+1] -= f * u[i]
			for c := 0; c < k; c++ {
				b[(i+1)*k+c] -= f * b[i*k+c]
			}
		} else {
			// swap rows i and i+1
			f := dd[i] / sub
			dd[i] = sub
			tmp := dd[i+1]
			dd[i+1] = u[i] - f*tmp
			u[i] = tmp
			if i+1 < n-1 {
				u2[i] = u[i+1]
				u[i+1] = -f * u[i+1]
			}
			for c := 0; c < k; c++ {
				bi, bj := b[i*k+c], b[(i+1)*k+c]
				b[i*k+c] = bj
				b[(i+1)*k+c] = bi - f*bj
			}
		}
	}
	if dd[n-1] == 0 {
		return int32(n)
	}
	for c := 0; c < k; c++ {
		b[(n-1)*k+c] /= dd[n-1]
		if n > 1 {
			b[(n-2)*k+c] = (b[(n-2)*k+c] - u[n-2]*b[(n-1)*k+c]) / dd[n-2]
		}
		for i := n - 3; i >= 0; i-- {
			b[i*k+c] = (b[i*k+c] - u[i]*b[(i+1)*k+c] - u2[i]*b[(i+2)*k+c]) / dd[i]
		}
	}
	return 0
}

func buildGtsv(op *stablehlo.Op) (interp.Kernel, error) {
	if len(op.Operands) != 4 {
		return nil, fmt.Errorf("gtsv expects operands (dl, d, du, b)")
	}
	if err := checkResults(op, 5); err != nil {
		return nil, err
	}
	nb, n, k, err := matShape(op.Operands[3])
	if err != nil {
		return nil, err
	}
	for i := 0; i < 3; i++ {
		t, err := tensorType(op.Operands[i])
		if err != nil {
			return nil, err
		}
		if len(t.Shape) < 1 || int(t.Shape[len(t.Shape)-1]) != n || int(prod(t.Shape[:len(t.Shape)-1])) != nb {
			return nil, fmt.Errorf("diagonal operand %d has shape %v, want batch %d × %d", i, t.Shape, nb, n)
		}
	}
	if err := checkCounts(op, nb*n, nb*n, nb*n, nb*n*k, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		dl, d, du := loadC128(args[0]), loadC128(args[1]), loadC128(args[2])
		b := loadC128(args[3])
		info := make([]int32, nb)
		for i := 0; i < nb; i++ {
			info[i] = gtsvSolve(dl[i*n:(i+1)*n], d[i*n:(i+1)*n], du[i*n:(i+1)*n], b[i*n*k:(i+1)*n*k], n, k)
		}
		// the factor outputs are LAPACK workspace to JAX; pass the diagonals through
		for i := 0; i < 3; i++ {
			copy(results[i].Data, args[i].Data)
		}
		storeC128(results[3], b)
		putI32(results[4], info)
		return nil
	}, nil
}
