package linalg

import (
	"fmt"
	"math"
	"math/cmplx"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Complex nonsymmetric eigenproblems (lapack_{c,z}geev_ffi, gees_ffi,
// gehrd_ffi), written here because gonum's LAPACK is real-only: Householder
// reduction to Hessenberg form in LAPACK's own layout (zgehd2's reflectors
// and tau), the single-shift complex QR algorithm with Wilkinson shifts and
// deflation for the Schur form A = Z·T·Zᴴ, and eigenvectors of T by back
// substitution mapped through Z, normalised as zgeev does (unit 2-norm,
// largest component real).

func init() {
	for _, t := range []string{"c", "z"} {
		registerCustomCall("lapack_"+t+"gehrd_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildGehrdComplex(op) })
		registerCustomCall("lapack_"+t+"gees_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildGeesComplex(op) })
		registerCustomCall("lapack_"+t+"geev_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildGeevComplex(op) })
	}
}

// applyRight computes A[r0:r1, c0:c0+len(v)] := A·(I - tau·v·vᴴ) for the
// row-major n-column a.
func applyRight(a []complex128, n, r0, r1, c0 int, v []complex128, tau complex128) {
	if tau == 0 {
		return
	}
	for r := r0; r < r1; r++ {
		row := a[r*n+c0 : r*n+c0+len(v)]
		var w complex128
		for j, x := range row {
			w += x * v[j]
		}
		w *= tau
		for j := range row {
			row[j] -= w * cmplx.Conj(v[j])
		}
	}
}

// applyLeft computes A[r0:r0+len(v), c0:c1] := (I - tau·v·vᴴ)·A.
func applyLeft(a []complex128, n, r0, c0, c1 int, v []complex128, tau complex128) {
	if tau == 0 {
		return
	}
	for c := c0; c < c1; c++ {
		var w complex128
		for i, x := range v {
			w += cmplx.Conj(x) * a[(r0+i)*n+c]
		}
		w *= tau
		for i, x := range v {
			a[(r0+i)*n+c] -= x * w
		}
	}
}

// gehrdComplex reduces rows/columns lo..hi (0-based, inclusive) of the n×n a
// to upper Hessenberg form in place, as zgehd2: reflector i is stored below
// the subdiagonal of column i with tau[i].
func gehrdComplex(a []complex128, n, lo, hi int, tau []complex128) {
	for i := range tau {
		tau[i] = 0
	}
	v := make([]complex128, n)
	for i := lo; i < hi-1; i++ {
		m := hi - i // length of the reflector: rows i+1..hi
		var x []complex128
		if i+2 <= hi {
			x = a[(i+2)*n+i:]
		}
		beta, t := householder(a[(i+1)*n+i], x, n, m-1)
		tau[i] = t
		v = v[:m]
		v[0] = 1
		for j := 1; j < m; j++ {
			v[j] = a[(i+1+j)*n+i]
		}
		applyRight(a, n, 0, hi+1, i+1, v, t)
		applyLeft(a, n, i+1, i+1, n, v, cmplx.Conj(t))
		a[(i+1)*n+i] = beta
	}
}

// hessenbergQ forms Z = H(lo)·…·H(hi-2) from gehrdComplex's reflectors.
func hessenbergQ(a []complex128, n, lo, hi int, tau []complex128) []complex128 {
	z := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		z[i*n+i] = 1
	}
	v := make([]complex128, n)
	for i := lo; i < hi-1; i++ {
		m := hi - i
		v = v[:m]
		v[0] = 1
		for j := 1; j < m; j++ {
			v[j] = a[(i+1+j)*n+i]
		}
		applyRight(z, n, 0, n, i+1, v, tau[i])
	}
	return z
}

// schurComplex runs the shifted QR algorithm on the upper Hessenberg h (n×n,
// entries below the subdiagonal zero), making it upper triangular, and
// accumulates the rotations into z. It returns false if it did not converge.
func schurComplex(h []complex128, n int, z []complex128) bool {
	const eps = 2.220446049250313e-16
	ihi := n - 1
	iters := 0
	for ihi > 0 {
		// find the start of the active unreduced block
		l := ihi
		for ; l > 0; l-- {
			s := cmplx.Abs(h[(l-1)*n+l-1]) + cmplx.Abs(h[l*n+l])
			if s == 0 {
				s = 1
			}
			if cmplx.Abs(h[l*n+l-1]) <= eps*s {
				h[l*n+l-1] = 0
				break
			}
		}
		if l == ihi {
			ihi--
			iters = 0
			continue
		}
		iters++
		if iters > 30*n+30 {
			return false
		}
		// Wilkinson shift from the trailing 2×2 block
		a, b := h[(ihi-1)*n+ihi-1], h[(ihi-1)*n+ihi]
		c, d := h[ihi*n+ihi-1], h[ihi*n+ihi]
		tr, det := a+d, a*d-b*c
		disc := cmplx.Sqrt(tr*tr/4 - det)
		mu1, mu2 := tr/2+disc, tr/2-disc
		mu := mu1
		if cmplx.Abs(mu2-d) < cmplx.Abs(mu1-d) {
			mu = mu2
		}
		if iters%11 == 10 { // exceptional shift to break cycles
			mu = d + complex(0.75*cmplx.Abs(h[ihi*n+ihi-1]), 0)
		}
		x, y := h[l*n+l]-mu, h[(l+1)*n+l]
		for k := l; k < ihi; k++ {
			if k > l {
				x, y = h[k*n+k-1], h[(k+1)*n+k-1]
			}
			nrm := math.Hypot(cmplx.Abs(x), cmplx.Abs(y))
			if nrm == 0 {
				continue
			}
			var cs float64
			var sn complex128
			if x == 0 {
				cs, sn = 0, cmplx.Conj(y)/complex(cmplx.Abs(y), 0)
			} else {
				ax := cmplx.Abs(x)
				cs = ax / nrm
				sn = (x / complex(ax, 0)) * cmplx.Conj(y) / complex(nrm, 0)
			}
			c := complex(cs, 0)
			// rows k, k+1 (columns from k-1 on; the whole Schur form is kept)
			for j := max(k-1, 0); j < n; j++ {
				p, q := h[k*n+j], h[(k+1)*n+j]
				h[k*n+j] = c*p + sn*q
				h[(k+1)*n+j] = -cmplx.Conj(sn)*p + c*q
			}
			// columns k, k+1 (rows up to k+2 within the Hessenberg shape)
			for i := 0; i <= min(k+2, n-1); i++ {
				p, q := h[i*n+k], h[i*n+k+1]
				h[i*n+k] = c*p + cmplx.Conj(sn)*q
				h[i*n+k+1] = -sn*p + c*q
			}
			for i := 0; i < n; i++ {
				p, q := z[i*n+k], z[i*n+k+1]
				z[i*n+k] = c*p + cmplx.Conj(sn)*q
				z[i*n+k+1] = -sn*p + c*q
			}
			if k > l {
				h[(k+1)*n+k-1] = 0
			}
		}
	}
	for i := 1; i < n; i++ {
		for j := 0; j < i; j++ {
			h[i*n+j] = 0
		}
	}
	return true
}

// normalizeEigvec scales v to unit 2-norm with its largest component real.
func normalizeEigvec(v []complex128) {
	nrm := 0.0
	big, bi := -1.0, 0
	for i, x := range v {
		nrm = math.Hypot(nrm, cmplx.Abs(x))
		if a := cmplx.Abs(x); a > big {
			big, bi = a, i
		}
	}
	if nrm == 0 {
		return
	}
	ph := cmplx.Conj(v[bi]) / complex(cmplx.Abs(v[bi]), 0)
	for i := range v {
		v[i] = v[i] * ph / complex(nrm, 0)
	}
	v[bi] = complex(real(v[bi]), 0)
}

// triEigvecs returns the right (or left) eigenvectors of A = Z·T·Zᴴ as the
// columns of an n×n matrix.
func triEigvecs(t, z []complex128, n int, left bool) []complex128 {
	const eps = 2.220446049250313e-16
	tnorm := 0.0
	for _, x := range t {
		tnorm = math.Max(tnorm, cmplx.Abs(x))
	}
	smin := math.Max(eps*tnorm, math.SmallestNonzeroFloat64)
	out := make([]complex128, n*n)
	x := make([]complex128, n)
	for k := 0; k < n; k++ {
		lam := t[k*n+k]
		clear(x)
		x[k] = 1
		if !left {
			for i := k - 1; i >= 0; i-- {
				var s complex128
				for j := i + 1; j <= k; j++ {
					s += t[i*n+j] * x[j]
				}
				d := t[i*n+i] - lam
				if cmplx.Abs(d) < smin {
					d = complex(smin, 0)
				}
				x[i] = -s / d
			}
		} else {
			// yᴴ·T = λ·yᴴ  <=>  Tᴴ·y = conj(λ)·y
			for i := k + 1; i < n; i++ {
				var s complex128
				for j := k; j < i; j++ {
					s += cmplx.Conj(t[j*n+i]) * x[j]
				}
				d := cmplx.Conj(t[i*n+i] - lam)
				if cmplx.Abs(d) < smin {
					d = complex(smin, 0)
				}
				x[i] = -s / d
			}
		}
		v := make([]complex128, n)
		for i := 0; i < n; i++ {
			var s complex128
			for j := 0; j < n; j++ {
				s += z[i*n+j] * x[j]
			}
			v[i] = s
		}
		normalizeEigvec(v)
		for i := 0; i < n; i++ {
			out[i*n+k] = v[i]
		}
	}
	return out
}

// schurOf computes T (in place in a) and Z for the n×n matrix a.
func schurOf(a []complex128, n int) ([]complex128, bool) {
	if n == 0 {
		return nil, true
	}
	tau := make([]complex128, max(1, n-1))
	gehrdComplex(a, n, 0, n-1, tau)
	z := hessenbergQ(a, n, 0, n-1, tau)
	for i := 2; i < n; i++ {
		for j := 0; j < i-1; j++ {
			a[i*n+j] = 0
		}
	}
	ok := schurComplex(a, n, z)
	return z, ok
}

func squareBatch(op *stablehlo.Op, nres int, what string) (int, int, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return 0, 0, err
	}
	if m != n {
		return 0, 0, fmt.Errorf("%s needs square matrices", what)
	}
	if err := checkResults(op, nres); err != nil {
		return 0, 0, err
	}
	return nb, n, nil
}

func buildGehrdComplex(op *stablehlo.Op) (interp.Kernel, error) {
	nb, n, err := squareBatch(op, 3, "gehrd")
	if err != nil {
		return nil, err
	}
	lo := int(cfgInt(op, "low", 1)) - 1
	hi := int(cfgInt(op, "high", int64(n))) - 1
	if n > 0 && (lo < 0 || hi >= n || lo > hi) {
		return nil, fmt.Errorf("gehrd: bad low/high %d/%d for n=%d", lo+1, hi+1, n)
	}
	if err := checkCounts(op, nb*n*n, nb*max(0, n-1), nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		k := max(0, n-1)
		tau := make([]complex128, nb*k)
		for b := 0; b < nb && n > 1; b++ {
			gehrdComplex(a[b*n*n:(b+1)*n*n], n, lo, hi, tau[b*k:(b+1)*k])
		}
		storeC128(results[0], a)
		storeC128(results[1], tau)
		putI32(results[2], make([]int32, nb))
		return nil
	}, nil
}

func buildGeesComplex(op *stablehlo.Op) (interp.Kernel, error) {
	nb, n, err := squareBatch(op, 5, "gees")
	if err != nil {
		return nil, err
	}
	if s := cfgChar(op, "sort", 'N'); s != 'N' {
		return nil, fmt.Errorf("gees with sort=%q is not supported", s)
	}
	vecs := cfgChar(op, "mode", 'V') == 'V'
	if err := checkCounts(op, nb*n*n, nb*n*n, nb*n, nb, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		zs := make([]complex128, nb*n*n)
		w := make([]complex128, nb*n)
		info := make([]int32, nb)
		for b := 0; b < nb; b++ {
			t := a[b*n*n : (b+1)*n*n]
			z, ok := schurOf(t, n)
			if !ok {
				info[b] = 1
			}
			for i := 0; i < n; i++ {
				w[b*n+i] = t[i*n+i]
			}
			if vecs {
				copy(zs[b*n*n:], z)
			}
		}
		storeC128(results[0], a)
		storeC128(results[1], zs)
		storeC128(results[2], w)
		putI32(results[3], make([]int32, nb))
		putI32(results[4], info)
		return nil
	}, nil
}

func buildGeevComplex(op *stablehlo.Op) (interp.Kernel, error) {
	nb, n, err := squareBatch(op, 4, "geev")
	if err != nil {
		return nil, err
	}
	wantL := cfgChar(op, "compute_left", 'V') == 'V'
	wantR := cfgChar(op, "compute_right", 'V') == 'V'
	if err := checkCounts(op, nb*n, nb*n*n, nb*n*n, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		w := make([]complex128, nb*n)
		vl := make([]complex128, nb*n*n)
		vr := make([]complex128, nb*n*n)
		info := make([]int32, nb)
		for b := 0; b < nb; b++ {
			t := a[b*n*n : (b+1)*n*n]
			z, ok := schurOf(t, n)
			if !ok {
				info[b] = 1
			}
			for i := 0; i < n; i++ {
				w[b*n+i] = t[i*n+i]
			}
			if wantR {
				copy(vr[b*n*n:], triEigvecs(t, z, n, false))
			}
			if wantL {
				copy(vl[b*n*n:], triEigvecs(t, z, n, true))
			}
		}
		storeC128(results[0], w)
		storeC128(results[1], vl)
		storeC128(results[2], vr)
		putI32(results[3], info)
		return nil
	}, nil
}
