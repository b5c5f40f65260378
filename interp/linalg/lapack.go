package linalg

import (
	"fmt"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	lapackgonum "gonum.org/v1/gonum/lapack/gonum"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// LAPACK FFI custom calls as JAX's CPU lowerings emit them
// (lapack_<t><routine>_ffi, t in s, d, c, z). Operands arrive as logical
// row-major tensors: XLA's column-major operand_layouts only describe how the
// same logical matrix is laid out for Fortran, so each kernel factors the
// logical matrix of every batch element (all leading dimensions are batch).
// Attributes come from mhlo.backend_config (uplo, side, trans_x, diag, mode as
// ASCII codes). Pivots are 1-based int32 and info follows LAPACK (0 = success).
// Real types run in float64 through gonum's LAPACK and are rounded to the
// result type; complex types have their own code for getrf, potrf and trsm.

var lapackImpl lapackgonum.Implementation

type lapackBuilder func(op *stablehlo.Op, t byte) (interp.Kernel, error)

func init() {
	reg := func(routine string, types string, b lapackBuilder) {
		for _, t := range []byte(types) {
			t := t
			registerCustomCall("lapack_"+string(t)+routine+"_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
				return b(op, t)
			})
		}
	}
	reg("getrf", "sdcz", buildGetrf)
	reg("potrf", "sdcz", buildPotrf)
	reg("trsm", "sdcz", buildTrsm)
	reg("geqrf", "sd", buildGeqrf)
	reg("orgqr", "sd", buildOrgqr)
	reg("syevd", "sd", buildSyevd)
	reg("gesdd", "sd", buildGesdd)
	reg("geev", "sd", buildGeev)
	reg("sytrd", "sd", buildSytrd)
	reg("gehrd", "sd", buildGehrd)
}

// cfgChar reads an ASCII-code attribute of mhlo.backend_config.
func cfgChar(op *stablehlo.Op, name string, def byte) byte {
	d, ok := op.Attr("mhlo.backend_config").(*stablehlo.DictAttr)
	if !ok {
		return def
	}
	switch a := d.Get(name).(type) {
	case *stablehlo.IntegerAttr:
		return byte(a.Value)
	case stablehlo.StringAttr:
		if len(a.Value) > 0 {
			return a.Value[0]
		}
	}
	return def
}

func cfgInt(op *stablehlo.Op, name string, def int64) int64 {
	d, ok := op.Attr("mhlo.backend_config").(*stablehlo.DictAttr)
	if !ok {
		return def
	}
	if a, ok := d.Get(name).(*stablehlo.IntegerAttr); ok {
		return a.Value
	}
	return def
}

// matShape checks that v is a batch of matrices and returns (batch, rows, cols).
func matShape(v *stablehlo.Value) (int, int, int, error) {
	t, err := tensorType(v)
	if err != nil {
		return 0, 0, 0, err
	}
	r := len(t.Shape)
	if r < 2 {
		return 0, 0, 0, fmt.Errorf("operand %v is not a batch of matrices", t)
	}
	return int(prod(t.Shape[:r-2])), int(t.Shape[r-2]), int(t.Shape[r-1]), nil
}

func checkResults(op *stablehlo.Op, n int) error {
	if len(op.Results) != n {
		return fmt.Errorf("expected %d results, got %d", n, len(op.Results))
	}
	return nil
}

// checkCounts verifies that result i of op has want[i] elements: the kernels
// write exactly that many, whatever the result types say.
func checkCounts(op *stablehlo.Op, want ...int) error {
	if len(op.Results) != len(want) {
		return fmt.Errorf("expected %d results, got %d", len(want), len(op.Results))
	}
	for i, r := range op.Results {
		t, err := tensorType(r)
		if err != nil {
			return fmt.Errorf("result %d: %w", i, err)
		}
		if got := tensor.NumElements(t.Shape); got != int64(want[i]) {
			return fmt.Errorf("result %d is %v (%d elements), want %d elements", i, t, got, want[i])
		}
	}
	return nil
}

func putI32(dst *tensor.Buffer, v []int32) { copy(tensor.View[int32](dst), v) }

// ---- getrf: LU with partial pivoting ----

func buildGetrf(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if err := checkResults(op, 3); err != nil {
		return nil, err
	}
	k := min(m, n)
	cplx := t == 'c' || t == 'z'
	if err := checkCounts(op, nb*m*n, nb*k, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		piv := make([]int32, nb*k)
		info := make([]int32, nb)
		if cplx {
			a := loadC128(args[0])
			for b := 0; b < nb; b++ {
				info[b] = luComplex(a[b*m*n:(b+1)*m*n], m, n, piv[b*k:(b+1)*k])
			}
			storeC128(results[0], a)
		} else {
			a := loadF64(args[0])
			ip := make([]int, k)
			for b := 0; b < nb; b++ {
				mat := a[b*m*n : (b+1)*m*n]
				if m > 0 && n > 0 {
					lapackImpl.Dgetrf(m, n, mat, n, ip)
				}
				for i := 0; i < k; i++ {
					piv[b*k+i] = int32(ip[i] + 1)
					if mat[i*n+i] == 0 && info[b] == 0 {
						info[b] = int32(i + 1)
					}
				}
			}
			storeF64(results[0], a)
		}
		putI32(results[1], piv)
		putI32(results[2], info)
		return nil
	}, nil
}

// luComplex factors the m×n matrix a in place as P·L·U (LAPACK's zgetf2
// algorithm: pivot on the largest |re|+|im|), writing 1-based pivots; it
// returns LAPACK's info.
func luComplex(a []complex128, m, n int, piv []int32) int32 {
	var info int32
	cabs1 := func(z complex128) float64 { return abs(real(z)) + abs(imag(z)) }
	for j := 0; j < min(m, n); j++ {
		p := j
		for i := j + 1; i < m; i++ {
			if cabs1(a[i*n+j]) > cabs1(a[p*n+j]) {
				p = i
			}
		}
		piv[j] = int32(p + 1)
		if a[p*n+j] == 0 {
			if info == 0 {
				info = int32(j + 1)
			}
			continue
		}
		if p != j {
			for c := 0; c < n; c++ {
				a[p*n+c], a[j*n+c] = a[j*n+c], a[p*n+c]
			}
		}
		inv := 1 / a[j*n+j]
		for i := j + 1; i < m; i++ {
			a[i*n+j] *= inv
			l := a[i*n+j]
			for c := j + 1; c < n; c++ {
				a[i*n+c] -= l * a[j*n+c]
			}
		}
	}
	return info
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// ---- potrf: Cholesky ----

func buildPotrf(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("potrf needs square matrices, got %d×%d", m, n)
	}
	if err := checkResults(op, 2); err != nil {
		return nil, err
	}
	upper := cfgChar(op, "uplo", 'L') == 'U'
	if err := checkCounts(op, nb*n*n, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		info := make([]int32, nb)
		in := make([]complex128, n*n)
		l := make([]complex128, n*n)
		for b := 0; b < nb; b++ {
			mat := a[b*n*n : (b+1)*n*n]
			if upper {
				for i := 0; i < n; i++ {
					for j := 0; j < n; j++ {
						in[i*n+j] = cmplx.Conj(mat[j*n+i])
					}
				}
			} else {
				copy(in, mat)
			}
			choleskyLower(in, n, l)
			for j := 0; j < n; j++ {
				if d := real(l[j*n+j]); !(d > 0) {
					info[b] = int32(j + 1)
					break
				}
			}
			// write the factor into its triangle; LAPACK leaves the other one alone
			for i := 0; i < n; i++ {
				for j := 0; j <= i; j++ {
					if upper {
						mat[j*n+i] = cmplx.Conj(l[i*n+j])
					} else {
						mat[i*n+j] = l[i*n+j]
					}
				}
			}
		}
		storeC128(results[0], a)
		putI32(results[1], info)
		return nil
	}, nil
}

// ---- trsm: triangular solve ----

func buildTrsm(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	if len(op.Operands) != 2 {
		return nil, fmt.Errorf("trsm expects operands (a, b), got %d", len(op.Operands))
	}
	if err := checkResults(op, 1); err != nil {
		return nil, err
	}
	na, n, n2, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	nb, m, k, err := matShape(op.Operands[1])
	if err != nil {
		return nil, err
	}
	left := cfgChar(op, "side", 'L') == 'L'
	lower := cfgChar(op, "uplo", 'L') == 'L'
	unit := cfgChar(op, "diag", 'N') == 'U'
	trans := cfgChar(op, "trans_x", 'N')
	if trans != 'N' && trans != 'T' && trans != 'C' {
		return nil, fmt.Errorf("bad trans_x %q", trans)
	}
	if n != n2 || na != nb || (left && m != n) || (!left && k != n) {
		return nil, fmt.Errorf("a (%d×%d ×%d) does not fit b (%d×%d ×%d)", n, n2, na, m, k, nb)
	}
	cplx := t == 'c' || t == 'z'
	if err := checkCounts(op, nb*m*k); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if !cplx {
			a, b := loadF64(args[0]), loadF64(args[1])
			for i := 0; i < nb; i++ {
				trsmReal(a[i*n*n:(i+1)*n*n], n, b[i*m*k:(i+1)*m*k], m, k, left, lower, unit, trans)
			}
			storeF64(results[0], b)
			return nil
		}
		a := loadC128(args[0])
		b := loadC128(args[1])
		for i := 0; i < nb; i++ {
			triSolve(a[i*n*n:(i+1)*n*n], n, b[i*m*k:(i+1)*m*k], m, k, left, lower, unit, trans)
		}
		storeC128(results[0], b)
		return nil
	}, nil
}

// ---- geqrf / orgqr: Householder QR ----

func workQuery(f func(work []float64, lwork int)) []float64 {
	w := make([]float64, 1)
	f(w, -1)
	return make([]float64, max(1, int(w[0])))
}

func buildGeqrf(op *stablehlo.Op, t byte) (interp.Kernel, error) {
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
		a := loadF64(args[0])
		tau := make([]float64, nb*k)
		if m > 0 && n > 0 {
			work := workQuery(func(w []float64, l int) { lapackImpl.Dgeqrf(m, n, a, n, tau, w, l) })
			for b := 0; b < nb; b++ {
				lapackImpl.Dgeqrf(m, n, a[b*m*n:(b+1)*m*n], n, tau[b*k:(b+1)*k], work, len(work))
			}
		}
		storeF64(results[0], a)
		storeF64(results[1], tau)
		return nil
	}, nil
}

func buildOrgqr(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	if len(op.Operands) != 2 {
		return nil, fmt.Errorf("orgqr expects operands (a, tau)")
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
		return nil, fmt.Errorf("orgqr needs m >= n >= k, got m=%d n=%d k=%d", m, n, k)
	}
	if err := checkCounts(op, nb*m*n); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadF64(args[0])
		tau := loadF64(args[1])
		if m > 0 && n > 0 {
			work := workQuery(func(w []float64, l int) { lapackImpl.Dorgqr(m, n, k, a, n, tau, w, l) })
			for b := 0; b < nb; b++ {
				lapackImpl.Dorgqr(m, n, k, a[b*m*n:(b+1)*m*n], n, tau[b*k:(b+1)*k], work, len(work))
			}
		}
		storeF64(results[0], a)
		return nil
	}, nil
}

// ---- syevd: symmetric eigendecomposition ----

func buildSyevd(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("syevd needs square matrices")
	}
	if err := checkResults(op, 3); err != nil {
		return nil, err
	}
	job := lapack.EVNone
	if cfgChar(op, "mode", 'V') == 'V' {
		job = lapack.EVCompute
	}
	uplo := blas.Lower
	if cfgChar(op, "uplo", 'L') == 'U' {
		uplo = blas.Upper
	}
	if err := checkCounts(op, nb*n*n, nb*n, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadF64(args[0])
		w := make([]float64, nb*n)
		info := make([]int32, nb)
		if n > 0 {
			work := workQuery(func(wk []float64, l int) { lapackImpl.Dsyev(job, uplo, n, a, n, w, wk, l) })
			for b := 0; b < nb; b++ {
				if !lapackImpl.Dsyev(job, uplo, n, a[b*n*n:(b+1)*n*n], n, w[b*n:(b+1)*n], work, len(work)) {
					info[b] = 1
				}
			}
		}
		storeF64(results[0], a)
		storeF64(results[1], w)
		putI32(results[2], info)
		return nil
	}, nil
}

// ---- gesdd: singular value decomposition ----

func buildGesdd(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if err := checkResults(op, 5); err != nil {
		return nil, err
	}
	mode := cfgChar(op, "mode", 'A')
	k := min(m, n)
	var job lapack.SVDJob
	ucols, vrows := 0, 0
	switch mode {
	case 'A':
		job, ucols, vrows = lapack.SVDAll, m, n
	case 'S':
		job, ucols, vrows = lapack.SVDStore, k, k
	case 'N':
		job = lapack.SVDNone
	default:
		return nil, fmt.Errorf("gesdd mode %q not supported", mode)
	}
	_, um, un, err := matShape(op.Results[2])
	if err != nil {
		return nil, err
	}
	_, vm, vn, err := matShape(op.Results[3])
	if err != nil {
		return nil, err
	}
	if job != lapack.SVDNone && (um != m || un != ucols || vm != vrows || vn != n) {
		return nil, fmt.Errorf("gesdd result shapes u %d×%d vt %d×%d do not fit mode %q", um, un, vm, vn, mode)
	}
	if err := checkCounts(op, nb*m*n, nb*k, nb*um*un, nb*vm*vn, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadF64(args[0])
		s := make([]float64, nb*k)
		u := make([]float64, nb*um*un)
		vt := make([]float64, nb*vm*vn)
		info := make([]int32, nb)
		if m > 0 && n > 0 {
			ldu, ldvt := max(1, un), max(1, vn)
			var ub, vb []float64
			if job != lapack.SVDNone {
				ub, vb = u[:um*un], vt[:vm*vn]
			}
			work := workQuery(func(w []float64, l int) {
				lapackImpl.Dgesvd(job, job, m, n, a, n, s, ub, ldu, vb, ldvt, w, l)
			})
			for b := 0; b < nb; b++ {
				if job != lapack.SVDNone {
					ub, vb = u[b*um*un:(b+1)*um*un], vt[b*vm*vn:(b+1)*vm*vn]
				}
				if !lapackImpl.Dgesvd(job, job, m, n, a[b*m*n:(b+1)*m*n], n, s[b*k:(b+1)*k], ub, ldu, vb, ldvt, work, len(work)) {
					info[b] = 1
				}
			}
		}
		storeF64(results[0], a)
		storeF64(results[1], s)
		storeF64(results[2], u)
		storeF64(results[3], vt)
		putI32(results[4], info)
		return nil
	}, nil
}

// ---- geev: general eigendecomposition ----

// buildGeev follows jaxlib's real geev FFI: results (wr, wi, vl, vr, info)
// with complex eigenvector matrices (columns), rebuilt from LAPACK's packed
// real form of conjugate pairs.
func buildGeev(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("geev needs square matrices")
	}
	if err := checkResults(op, 5); err != nil {
		return nil, err
	}
	jl, jr := lapack.LeftEVNone, lapack.RightEVNone
	if cfgChar(op, "compute_left", 'V') == 'V' {
		jl = lapack.LeftEVCompute
	}
	if cfgChar(op, "compute_right", 'V') == 'V' {
		jr = lapack.RightEVCompute
	}
	if err := checkCounts(op, nb*n, nb*n, nb*n*n, nb*n*n, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadF64(args[0])
		wr := make([]float64, nb*n)
		wi := make([]float64, nb*n)
		vl := make([]complex128, nb*n*n)
		vr := make([]complex128, nb*n*n)
		info := make([]int32, nb)
		if n > 0 {
			l := make([]float64, n*n)
			r := make([]float64, n*n)
			work := workQuery(func(w []float64, lw int) {
				lapackImpl.Dgeev(jl, jr, n, a, n, wr, wi, l, n, r, n, w, lw)
			})
			for b := 0; b < nb; b++ {
				first := lapackImpl.Dgeev(jl, jr, n, a[b*n*n:(b+1)*n*n], n, wr[b*n:(b+1)*n], wi[b*n:(b+1)*n], l, n, r, n, work, len(work))
				if first > 0 {
					info[b] = int32(first)
				}
				unpackEigvecs(l, wi[b*n:(b+1)*n], n, vl[b*n*n:(b+1)*n*n])
				unpackEigvecs(r, wi[b*n:(b+1)*n], n, vr[b*n*n:(b+1)*n*n])
			}
		}
		storeF64(results[0], wr)
		storeF64(results[1], wi)
		storeC128(results[2], vl)
		storeC128(results[3], vr)
		putI32(results[4], info)
		return nil
	}, nil
}

func unpackEigvecs(v, wi []float64, n int, out []complex128) {
	for j := 0; j < n; j++ {
		if wi[j] != 0 && j+1 < n {
			for i := 0; i < n; i++ {
				re, im := v[i*n+j], v[i*n+j+1]
				out[i*n+j] = complex(re, im)
				out[i*n+j+1] = complex(re, -im)
			}
			j++
			continue
		}
		for i := 0; i < n; i++ {
			out[i*n+j] = complex(v[i*n+j], 0)
		}
	}
}

// ---- sytrd / gehrd: tridiagonal and Hessenberg reductions ----

func buildSytrd(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("sytrd needs square matrices")
	}
	if err := checkResults(op, 5); err != nil {
		return nil, err
	}
	uplo := blas.Lower
	if cfgChar(op, "uplo", 'L') == 'U' {
		uplo = blas.Upper
	}
	if err := checkCounts(op, nb*n*n, nb*n, nb*max(0, n-1), nb*max(0, n-1), nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadF64(args[0])
		d := make([]float64, nb*n)
		e := make([]float64, nb*max(0, n-1))
		tau := make([]float64, nb*max(0, n-1))
		if n > 0 {
			work := workQuery(func(w []float64, l int) { lapackImpl.Dsytrd(uplo, n, a, n, d, e, tau, w, l) })
			for b := 0; b < nb; b++ {
				lapackImpl.Dsytrd(uplo, n, a[b*n*n:(b+1)*n*n], n, d[b*n:(b+1)*n], e[b*(n-1):(b+1)*(n-1)], tau[b*(n-1):(b+1)*(n-1)], work, len(work))
			}
		}
		storeF64(results[0], a)
		storeF64(results[1], d)
		storeF64(results[2], e)
		storeF64(results[3], tau)
		putI32(results[4], make([]int32, nb))
		return nil
	}, nil
}

func buildGehrd(op *stablehlo.Op, t byte) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if m != n {
		return nil, fmt.Errorf("gehrd needs square matrices")
	}
	if err := checkResults(op, 3); err != nil {
		return nil, err
	}
	// jaxlib passes LAPACK's 1-based ilo/ihi as "low"/"high".
	lo := int(cfgInt(op, "low", 1)) - 1
	hi := int(cfgInt(op, "high", int64(n))) - 1
	if n > 0 && (lo < 0 || hi >= n || lo > hi) {
		return nil, fmt.Errorf("gehrd: bad low/high %d/%d for n=%d", lo+1, hi+1, n)
	}
	if err := checkCounts(op, nb*n*n, nb*max(0, n-1), nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadF64(args[0])
		tau := make([]float64, nb*max(0, n-1))
		if n > 1 {
			work := workQuery(func(w []float64, l int) { lapackImpl.Dgehrd(n, lo, hi, a, n, tau, w, l) })
			for b := 0; b < nb; b++ {
				lapackImpl.Dgehrd(n, lo, hi, a[b*n*n:(b+1)*n*n], n, tau[b*(n-1):(b+1)*(n-1)], work, len(work))
			}
		}
		storeF64(results[0], a)
		storeF64(results[1], tau)
		putI32(results[2], make([]int32, nb))
		return nil
	}, nil
}
