package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"sort"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Complex SVD (lapack_{c,z}gesdd_ffi / gesvd_ffi) by one-sided Jacobi
// (Hestenes): columns of A·V are orthogonalised pairwise by complex plane
// rotations until every pair is orthogonal to working precision. It is
// accurate (relative accuracy for the singular values) and simple; gonum has
// no complex SVD. Real targets use gonum's Dgesvd (lapack.go).

func init() {
	for _, t := range []string{"c", "z"} {
		for _, r := range []string{"gesdd", "gesvd"} {
			registerCustomCall("lapack_"+t+r+"_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildSVDComplex(op) })
		}
	}
	for _, t := range []byte("sd") {
		t := t
		registerCustomCall("lapack_"+string(t)+"gesvd_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildGesdd(op, t) })
	}
}

// jacobiSVD factors the m×n (m >= n) matrix a as U·diag(s)·Vᴴ: it returns s
// (descending), u (m×n, the left vectors of nonzero values normalised) and v
// (n×n, unitary).
func jacobiSVD(a []complex128, m, n int) ([]float64, []complex128, []complex128) {
	u := append([]complex128(nil), a...)
	v := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		v[i*n+i] = 1
	}
	const eps = 1e-15
	for sweep := 0; sweep < 80; sweep++ {
		rotated := false
		for p := 0; p < n-1; p++ {
			for q := p + 1; q < n; q++ {
				var alpha, beta float64
				var gamma complex128
				for i := 0; i < m; i++ {
					x, y := u[i*n+p], u[i*n+q]
					alpha += real(x)*real(x) + imag(x)*imag(x)
					beta += real(y)*real(y) + imag(y)*imag(y)
					gamma += cmplx.Conj(x) * y
				}
				g := cmplx.Abs(gamma)
				if g == 0 || g <= eps*math.Sqrt(alpha*beta) {
					continue
				}
				rotated = true
				zeta := (beta - alpha) / (2 * g)
				t := math.Copysign(1, zeta) / (math.Abs(zeta) + math.Sqrt(1+zeta*zeta))
				c := 1 / math.Sqrt(1+t*t)
				s := c * t
				ph := cmplx.Conj(gamma) / complex(g, 0) // e^{-iφ}
				cc, sc := complex(c, 0), complex(s, 0)
				rot := func(mat []complex128, rows, cols int) {
					for i := 0; i < rows; i++ {
						x, y := mat[i*cols+p], mat[i*cols+q]*ph
						mat[i*cols+p] = cc*x - sc*y
						mat[i*cols+q] = sc*x + cc*y
					}
				}
				rot(u, m, n)
				rot(v, n, n)
			}
		}
		if !rotated {
			break
		}
	}
	sv := make([]float64, n)
	for j := 0; j < n; j++ {
		nrm := 0.0
		for i := 0; i < m; i++ {
			nrm = math.Hypot(nrm, cmplx.Abs(u[i*n+j]))
		}
		sv[j] = nrm
		if nrm > 0 {
			for i := 0; i < m; i++ {
				u[i*n+j] /= complex(nrm, 0)
			}
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return sv[order[i]] > sv[order[j]] })
	s2 := make([]float64, n)
	u2 := make([]complex128, m*n)
	v2 := make([]complex128, n*n)
	for jn, jo := range order {
		s2[jn] = sv[jo]
		for i := 0; i < m; i++ {
			u2[i*n+jn] = u[i*n+jo]
		}
		for i := 0; i < n; i++ {
			v2[i*n+jn] = v[i*n+jo]
		}
	}
	return s2, u2, v2
}

// completeBasis returns an m×cols matrix whose first k columns are the
// orthonormal columns of q (m×k, zero columns allowed: they are replaced) and
// whose other columns extend them to an orthonormal set.
func completeBasis(q []complex128, m, k, cols int, valid []bool) []complex128 {
	out := make([]complex128, m*cols)
	var basis [][]complex128
	for j := 0; j < k; j++ {
		col := make([]complex128, m)
		for i := 0; i < m; i++ {
			col[i] = q[i*k+j]
		}
		if valid[j] {
			basis = append(basis, col)
		} else {
			basis = append(basis, nil)
		}
	}
	next := 0 // next unit vector to try
	fill := func() []complex128 {
		for next < m {
			z := make([]complex128, m)
			z[next] = 1
			next++
			for pass := 0; pass < 2; pass++ {
				for _, b := range basis {
					if b == nil {
						continue
					}
					var d complex128
					for i := range z {
						d += cmplx.Conj(b[i]) * z[i]
					}
					for i := range z {
						z[i] -= d * b[i]
					}
				}
			}
			nrm := 0.0
			for _, x := range z {
				nrm = math.Hypot(nrm, cmplx.Abs(x))
			}
			if nrm > 1e-8 {
				for i := range z {
					z[i] /= complex(nrm, 0)
				}
				return z
			}
		}
		return make([]complex128, m)
	}
	for j := 0; j < cols; j++ {
		if j >= len(basis) {
			basis = append(basis, nil)
		}
		if basis[j] == nil {
			basis[j] = fill()
		}
		for i := 0; i < m; i++ {
			out[i*cols+j] = basis[j][i]
		}
	}
	return out
}

func buildSVDComplex(op *stablehlo.Op) (interp.Kernel, error) {
	nb, m, n, err := matShape(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if err := checkResults(op, 5); err != nil {
		return nil, err
	}
	mode := cfgChar(op, "mode", 'A')
	k := min(m, n)
	ucols, vrows := 0, 0
	switch mode {
	case 'A':
		ucols, vrows = m, n
	case 'S':
		ucols, vrows = k, k
	case 'N':
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
	if mode != 'N' && (um != m || un != ucols || vm != vrows || vn != n) {
		return nil, fmt.Errorf("gesdd result shapes u %d×%d vt %d×%d do not fit mode %q", um, un, vm, vn, mode)
	}
	if err := checkCounts(op, nb*m*n, nb*k, nb*um*un, nb*vm*vn, nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		s := make([]float64, nb*k)
		u := make([]complex128, nb*um*un)
		vt := make([]complex128, nb*vm*vn)
		for b := 0; b < nb; b++ {
			mat := a[b*m*n : (b+1)*m*n]
			var sv []float64
			var left, right []complex128 // left m×k (orthonormal where valid), right n×k
			if m >= n {
				sv, left, right = jacobiSVD(mat, m, n)
			} else {
				// Aᴴ = U'·S·V'ᴴ  =>  A = V'·S·U'ᴴ
				sv, right, left = jacobiSVD(adjointC(mat, m, n), n, m)
			}
			copy(s[b*k:(b+1)*k], sv)
			if mode == 'N' {
				continue
			}
			valid := make([]bool, k)
			for j := range valid {
				valid[j] = sv[j] > 0
			}
			allValid := make([]bool, k)
			for j := range allValid {
				allValid[j] = true
			}
			// the side that came out of the rotations is unitary already; the
			// normalised side may need zero columns replaced and, in mode A,
			// extending to a square basis
			lv, rv := valid, allValid
			if m < n {
				lv, rv = allValid, valid
			}
			uu := completeBasis(left, m, k, ucols, lv)
			vv := completeBasis(right, n, k, vrows, rv)
			copy(u[b*um*un:(b+1)*um*un], uu)
			copy(vt[b*vm*vn:(b+1)*vm*vn], adjointC(vv, n, vrows))
		}
		storeC128(results[0], a)
		storeF64(results[1], s)
		storeC128(results[2], u)
		storeC128(results[3], vt)
		putI32(results[4], make([]int32, nb))
		return nil
	}, nil
}

func adjointC(a []complex128, m, n int) []complex128 {
	t := make([]complex128, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			t[j*m+i] = cmplx.Conj(a[i*n+j])
		}
	}
	return t
}
