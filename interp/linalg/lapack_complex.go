package linalg

import (
	"fmt"
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Complex LAPACK targets. gonum's LAPACK is real-only, so these are written
// here: Householder QR in LAPACK's own representation (zgeqr2/zung2r: the
// same reflectors and tau, so outputs match LAPACK's layout), and the
// Hermitian eigenproblem through the real symmetric embedding
// [[Re, -Im], [Im, Re]], whose eigenvalues are those of the Hermitian matrix,
// each twice; one complex eigenvector per eigenvalue is recovered from each
// cluster by complex Gram-Schmidt.

func init() {
	for _, t := range []byte("cz") {
		t := t
		registerCustomCall("lapack_"+string(t)+"geqrf_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildGeqrfComplex(op) })
		registerCustomCall("lapack_"+string(t)+"ungqr_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildUngqr(op) })
		registerCustomCall("lapack_"+string(t)+"heevd_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildHeevd(op) })
	}
}

// householder turns (alpha, x) into a reflector as zlarfg does: on return x
// holds v(2:), and it returns beta (the new, real diagonal) and tau.
func householder(alpha complex128, x []complex128, stride int, n int) (complex128, complex128) {
	xnorm := 0.0
	for i := 0; i < n; i++ {
		v := x[i*stride]
		xnorm = math.Hypot(xnorm, cmplx.Abs(v))
	}
	ar, ai := real(alpha), imag(alpha)
	if xnorm == 0 && ai == 0 {
		return alpha, 0
	}
	beta := -math.Copysign(math.Hypot(math.Hypot(ar, ai), xnorm), ar)
	tau := complex((beta-ar)/beta, -ai/beta)
	scale := 1 / (alpha - complex(beta, 0))
	for i := 0; i < n; i++ {
		x[i*stride] *= scale
	}
	return complex(beta, 0), tau
}

// applyReflector computes C := (I - tau·v·vᴴ)·C for the rows r0.. of the
// m×n row-major a (columns c0..n-1), with v = (1, a[r0+1.., col]).
func applyReflector(a []complex128, n, m, r0, col, c0 int, tau complex128) {
	if tau == 0 {
		return
	}
	for c := c0; c < n; c++ {
		// w = vᴴ·C[:, c]
		w := a[r0*n+c]
		for r := r0 + 1; r < m; r++ {
			w += cmplx.Conj(a[r*n+col]) * a[r*n+c]
		}
		w *= tau
		a[r0*n+c] -= w
		for r := r0 + 1; r < m; r++ {
			a[r*n+c] -= a[r*n+col] * w
		}
	}
}

func geqrfComplex(a []complex128, m, n int, tau []complex128) {
	for i := 0; i < min(m, n); i++ {
		var x []complex128
		if i+1 < m {
			x = a[(i+1)*n+i:]
		}
		beta, t := householder(a[i*n+i], x, n, m-i-1)
		a[i*n+i] = beta
		tau[i] = t
		if i+1 < n {
			d := a[i*n+i]
			a[i*n+i] = 1
			applyReflector(a, n, m, i, i, i+1, cmplx.Conj(t))
			a[i*n+i] = d
		}
	}
}

func ungqr(a []complex128, m, n, k int, tau []complex128) {
	for j := k; j < n; j++ {
		for r := 0; r < m; r++ {
			a[r*n+j] = 0
		}
		if j < m {
			a[j*n+j] = 1
		}
	}
	for i := k - 1; i >= 0; i-- {
		if i+1 < n {
			a[i*n+i] = 1
			applyReflector(a, n, m, i, i, i+1, tau[i])
		}
		for r := i + 1; r < m; r++ {
			a[r*n+i] *= -tau[i]
		}
		a[i*n+i] = 1 - tau[i]
		for r := 0; r < i; r++ {
			a[r*n+i] = 0
		}
	}
}

func buildGeqrfComplex(op *stablehlo.Op) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if err := checkResults(op, 2); err != nil {
		return nil, err
	}
	k := min(m, n)
	if err := checkCounts(op, nb*m*n, nb*k); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		tau := make([]complex128, nb*k)
		for b := 0; b < nb; b++ {
			geqrfComplex(a[b*m*n:(b+1)*m*n], m, n, tau[b*k:(b+1)*k])
		}
		storeC128(results[0], a)
		storeC128(results[1], tau)
		return nil
	}, nil
}

func buildUngqr(op *stablehlo.Op) (interp.Kernel, error) {
	if len(op.Operands) != 2 {
		return nil, fmt.Errorf("ungqr expects operands (a, tau)")
	}
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	tt, err := tensorType(op.Operands[1])
	if err != nil {
		return nil, err
	}
	if err := checkResults(op, 1); err != nil {
		return nil, err
	}
	k := 0
	if len(tt.Shape) > 0 {
		k = int(tt.Shape[len(tt.Shape)-1])
	}
	if k > n || n > m {
		return nil, fmt.Errorf("ungqr needs m >= n >= k, got m=%d n=%d k=%d", m, n, k)
	}
	if err := checkCounts(op, nb*m*n); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		tau := loadC128(args[1])
		for b := 0; b < nb; b++ {
			ungqr(a[b*m*n:(b+1)*m*n], m, n, k, tau[b*k:(b+1)*k])
		}
		storeC128(results[0], a)
		return nil
	}, nil
}

// heev computes the eigenvalues (ascending) and, when vecs, orthonormal
// eigenvectors (columns of v) of the n×n Hermitian h, reading its lower
// (or upper) triangle.
func heev(h []complex128, n int, upper, vecs bool, w []float64, v []complex128) bool {
	if n == 0 {
		return true // LAPACK's quick return: gonum rejects the 0×0 embedding's leading dimension
	}
	// full Hermitian matrix from the chosen triangle
	f := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			x := h[i*n+j]
			if upper {
				x = cmplx.Conj(h[j*n+i])
			}
			if i == j {
				x = complex(real(x), 0)
			}
			f[i*n+j] = x
			f[j*n+i] = cmplx.Conj(x)
		}
	}
	N := 2 * n
	s := make([]float64, N*N)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			re, im := real(f[i*n+j]), imag(f[i*n+j])
			s[i*N+j], s[i*N+n+j] = re, -im
			s[(n+i)*N+j], s[(n+i)*N+n+j] = im, re
		}
	}
	ws := make([]float64, N)
	job := lapack.EVNone
	if vecs {
		job = lapack.EVCompute
	}
	work := workQuery(func(wk []float64, l int) { lapackImpl.Dsyev(job, blas.Lower, N, s, N, ws, wk, l) })
	if !lapackImpl.Dsyev(job, blas.Lower, N, s, N, ws, work, len(work)) {
		return false
	}
	for i := 0; i < n; i++ {
		w[i] = ws[2*i]
	}
	if !vecs {
		return true
	}
	// clusters of (numerically) equal eigenvalues of the embedding hold twice
	// as many real vectors as complex eigenvectors; keep the independent ones.
	scale := math.Max(math.Abs(ws[0]), math.Abs(ws[N-1]))
	tol := 1e-9 * math.Max(scale, 1)
	col := 0
	for start := 0; start < N; {
		end := start + 1
		for end < N && ws[end]-ws[end-1] <= tol {
			end++
		}
		want := (end - start) / 2
		var kept [][]complex128
		for c := start; c < end && len(kept) < want; c++ {
			z := make([]complex128, n)
			for i := 0; i < n; i++ {
				z[i] = complex(s[i*N+c], s[(n+i)*N+c])
			}
			for _, q := range kept {
				var d complex128
				for i := range z {
					d += cmplx.Conj(q[i]) * z[i]
				}
				for i := range z {
					z[i] -= d * q[i]
				}
			}
			nrm := 0.0
			for _, x := range z {
				nrm = math.Hypot(nrm, cmplx.Abs(x))
			}
			if nrm < 0.5 {
				continue // a multiple of one already kept
			}
			for i := range z {
				z[i] /= complex(nrm, 0)
			}
			kept = append(kept, z)
		}
		for _, z := range kept {
			if col < n {
				for i := 0; i < n; i++ {
					v[i*n+col] = z[i]
				}
				col++
			}
		}
		start = end
	}
	return col == n
}

func buildHeevd(op *stablehlo.Op) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("heevd needs square matrices")
	}
	if err := checkResults(op, 3); err != nil {
		return nil, err
	}
	vecs := cfgChar(op, "mode", 'V') == 'V'
	upper := cfgChar(op, "uplo", 'L') == 'U'
	if err := checkCounts(op, nb*n*n, nb*n, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		w := make([]float64, nb*n)
		info := make([]int32, nb)
		v := make([]complex128, n*n)
		for b := 0; b < nb; b++ {
			mat := a[b*n*n : (b+1)*n*n]
			if !heev(mat, n, upper, vecs, w[b*n:(b+1)*n], v) {
				info[b] = 1
			}
			if vecs {
				copy(mat, v)
			}
		}
		storeC128(results[0], a)
		storeF64(results[1], w)
		putI32(results[2], info)
		return nil
	}, nil
}
