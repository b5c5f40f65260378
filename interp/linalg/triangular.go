package linalg

import (
	"fmt"
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	register("stablehlo.cholesky", buildCholesky)
	register("stablehlo.triangular_solve", buildTriangularSolve)
}

// Cholesky and triangular solves are written here rather than taken from
// gonum: they must cover complex types, and cholesky must keep going on a
// matrix that is not positive definite so that NaNs propagate through the
// factor as in XLA (gonum's Dpotrf stops at the first bad pivot). They run in
// float64 / complex128 and round once into the result type.

func boolAttr(op *stablehlo.Op, name string) bool {
	switch a := op.Attr(name).(type) {
	case stablehlo.BoolAttr:
		return a.Value
	case stablehlo.UnitAttr:
		return true
	case *stablehlo.IntegerAttr:
		return a.Value != 0
	}
	return false
}

// choleskyLower factors the n×n Hermitian matrix whose lower triangle is in a
// (row-major; the strict upper part and the imaginary part of the diagonal are
// ignored) into L, written to l with zeros above the diagonal. A negative (or
// NaN) pivot makes its square root NaN and the result reports false; a zero
// pivot is not an error (what follows divides by zero), as in XLA.
func choleskyLower(a []complex128, n int, l []complex128) bool {
	ok := true
	clear(l[:n*n])
	for j := 0; j < n; j++ {
		s := real(a[j*n+j])
		for k := 0; k < j; k++ {
			v := l[j*n+k]
			s -= real(v)*real(v) + imag(v)*imag(v)
		}
		d := math.Sqrt(s)
		if math.IsNaN(d) {
			ok = false
		}
		l[j*n+j] = complex(d, 0)
		for i := j + 1; i < n; i++ {
			t := a[i*n+j]
			for k := 0; k < j; k++ {
				t -= l[i*n+k] * cmplx.Conj(l[j*n+k])
			}
			l[i*n+j] = t / complex(d, 0)
		}
	}
	return ok
}

// choleskyLowerReal is choleskyLower for real matrices, in real arithmetic.
func choleskyLowerReal(a []float64, n int, l []float64) bool {
	ok := true
	clear(l[:n*n])
	for j := 0; j < n; j++ {
		lj := l[j*n : j*n+j]
		s := a[j*n+j]
		for _, v := range lj {
			s -= v * v
		}
		d := math.Sqrt(s)
		if math.IsNaN(d) {
			ok = false
		}
		l[j*n+j] = d
		for i := j + 1; i < n; i++ {
			t := a[i*n+j]
			for k, v := range l[i*n : i*n+j] {
				t -= v * lj[k]
			}
			l[i*n+j] = t / d
		}
	}
	return ok
}

// trsmReal solves in place with gonum's blocked Dtrsm (real types).
func trsmReal(a []float64, n int, b []float64, m, k int, left, lower, unit bool, trans byte) {
	side, uplo, tr, dg := blas.Right, blas.Upper, blas.NoTrans, blas.NonUnit
	if left {
		side = blas.Left
	}
	if lower {
		uplo = blas.Lower
	}
	if trans != 'N' {
		tr = blas.Trans
	}
	if unit {
		dg = blas.Unit
	}
	if m == 0 || k == 0 {
		return
	}
	impl.Dtrsm(side, uplo, tr, dg, m, k, 1, a, max(1, n), b, max(1, k))
}

func buildCholesky(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 1 || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected 1 operand and 1 result")
	}
	at, err := tensorType(op.Operands[0])
	if err != nil {
		return nil, err
	}
	r := len(at.Shape)
	if r < 2 || at.Shape[r-1] != at.Shape[r-2] {
		return nil, fmt.Errorf("operand must be a batch of square matrices, got %v", at)
	}
	d := stablehlo.ElementDType(at)
	if !d.IsFloat() && !d.IsComplex() {
		return nil, fmt.Errorf("unsupported element type %v", d)
	}
	lower := boolAttr(op, "lower")
	n := int(at.Shape[r-1])
	if err := checkCounts(op, int(tensor.NumElements(at.Shape))); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if !d.IsComplex() {
			a := loadF64(args[0])
			out := make([]float64, len(a))
			in := make([]float64, n*n)
			for b := 0; b*n*n < len(a); b++ {
				m := a[b*n*n : (b+1)*n*n]
				if lower {
					copy(in, m)
				} else {
					for i := 0; i < n; i++ {
						for j := 0; j < n; j++ {
							in[i*n+j] = m[j*n+i]
						}
					}
				}
				o := out[b*n*n : (b+1)*n*n]
				if !choleskyLowerReal(in, n, o) {
					for i := range o {
						o[i] = math.NaN()
					}
					continue
				}
				if !lower {
					for i := 0; i < n; i++ {
						for j := i + 1; j < n; j++ {
							o[i*n+j], o[j*n+i] = o[j*n+i], o[i*n+j]
						}
					}
				}
			}
			storeF64(results[0], out)
			return nil
		}
		a := loadC128(args[0])
		out := make([]complex128, len(a))
		in := make([]complex128, n*n)
		for b := 0; b*n*n < len(a); b++ {
			m := a[b*n*n : (b+1)*n*n]
			if lower {
				copy(in, m)
			} else {
				// the upper triangle holds U with A = Uᴴ·U: factor Aᴴ's lower part
				for i := 0; i < n; i++ {
					for j := 0; j < n; j++ {
						in[i*n+j] = cmplx.Conj(m[j*n+i])
					}
				}
			}
			o := out[b*n*n : (b+1)*n*n]
			if !choleskyLower(in, n, o) {
				// XLA's expander replaces a failed factor by NaNs entirely
				nan := complex(math.NaN(), math.NaN())
				if !d.IsComplex() {
					nan = complex(math.NaN(), 0)
				}
				for i := range o {
					o[i] = nan
				}
				continue
			}
			if !lower {
				conjTransposeInPlace(o, n)
			}
		}
		storeC128(results[0], out)
		return nil
	}, nil
}

func conjTransposeInPlace(m []complex128, n int) {
	for i := 0; i < n; i++ {
		m[i*n+i] = cmplx.Conj(m[i*n+i])
		for j := i + 1; j < n; j++ {
			m[i*n+j], m[j*n+i] = cmplx.Conj(m[j*n+i]), cmplx.Conj(m[i*n+j])
		}
	}
}

// triSolve solves op(A)·X = B (left) or X·op(A) = B (right) in place in b
// (m×k row-major), where A is n×n and only its lower (or upper) triangle is
// read; unit makes its diagonal ones; trans is 'N', 'T' or 'C'.
func triSolve(a []complex128, n int, b []complex128, m, k int, left, lower, unit bool, trans byte) {
	// t = op(tri(A)) as a dense matrix
	t := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (lower && j > i) || (!lower && j < i) {
				continue
			}
			v := a[i*n+j]
			if i == j && unit {
				v = 1
			}
			switch trans {
			case 'T':
				t[j*n+i] = v
			case 'C':
				t[j*n+i] = cmplx.Conj(v)
			default:
				t[i*n+j] = v
			}
		}
	}
	tLower := lower != (trans == 'T' || trans == 'C')
	if !left {
		// X·T = B  <=>  Tᵀ·Xᵀ = Bᵀ
		tt := make([]complex128, n*n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				tt[j*n+i] = t[i*n+j]
			}
		}
		bt := make([]complex128, m*k)
		for i := 0; i < m; i++ {
			for j := 0; j < k; j++ {
				bt[j*m+i] = b[i*k+j]
			}
		}
		substitute(tt, n, bt, m, !tLower)
		for i := 0; i < m; i++ {
			for j := 0; j < k; j++ {
				b[i*k+j] = bt[j*m+i]
			}
		}
		return
	}
	substitute(t, n, b, k, tLower)
}

// substitute solves T·X = B for triangular T (n×n) and B (n×k), in place.
func substitute(t []complex128, n int, b []complex128, k int, lower bool) {
	if lower {
		for i := 0; i < n; i++ {
			row := b[i*k : (i+1)*k]
			for p := 0; p < i; p++ {
				if c := t[i*n+p]; c != 0 {
					src := b[p*k : (p+1)*k]
					for j := range row {
						row[j] -= c * src[j]
					}
				}
			}
			d := t[i*n+i]
			for j := range row {
				row[j] /= d
			}
		}
		return
	}
	for i := n - 1; i >= 0; i-- {
		row := b[i*k : (i+1)*k]
		for p := i + 1; p < n; p++ {
			if c := t[i*n+p]; c != 0 {
				src := b[p*k : (p+1)*k]
				for j := range row {
					row[j] -= c * src[j]
				}
			}
		}
		d := t[i*n+i]
		for j := range row {
			row[j] /= d
		}
	}
}

func buildTriangularSolve(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 2 || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected 2 operands and 1 result")
	}
	at, err := tensorType(op.Operands[0])
	if err != nil {
		return nil, err
	}
	bt, err := tensorType(op.Operands[1])
	if err != nil {
		return nil, err
	}
	r := len(at.Shape)
	if r < 2 || len(bt.Shape) != r || at.Shape[r-1] != at.Shape[r-2] {
		return nil, fmt.Errorf("operands must be batches of matrices with a square a, got %v and %v", at, bt)
	}
	for i := 0; i < r-2; i++ {
		if at.Shape[i] != bt.Shape[i] {
			return nil, fmt.Errorf("batch dimensions differ: %v vs %v", at, bt)
		}
	}
	left := boolAttr(op, "left_side")
	lower := boolAttr(op, "lower")
	unit := boolAttr(op, "unit_diagonal")
	var trans byte = 'N'
	switch enumAttr(op, "transpose_a") {
	case "", "NO_TRANSPOSE":
	case "TRANSPOSE":
		trans = 'T'
	case "ADJOINT":
		trans = 'C'
	default:
		return nil, fmt.Errorf("unknown transpose_a %q", enumAttr(op, "transpose_a"))
	}
	n := int(at.Shape[r-1])
	m, k := int(bt.Shape[r-2]), int(bt.Shape[r-1])
	if (left && m != n) || (!left && k != n) {
		return nil, fmt.Errorf("a is %d×%d but b is %d×%d (left_side=%v)", n, n, m, k, left)
	}
	d := stablehlo.ElementDType(bt)
	if !d.IsFloat() && !d.IsComplex() {
		return nil, fmt.Errorf("unsupported element type %v", d)
	}
	if err := checkCounts(op, int(tensor.NumElements(bt.Shape))); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if !d.IsComplex() {
			a, b := loadF64(args[0]), loadF64(args[1])
			nb := 0
			if m*k > 0 {
				nb = len(b) / (m * k)
			}
			for i := 0; i < nb; i++ {
				trsmReal(a[i*n*n:(i+1)*n*n], n, b[i*m*k:(i+1)*m*k], m, k, left, lower, unit, trans)
			}
			storeF64(results[0], b)
			return nil
		}
		a := loadC128(args[0])
		b := loadC128(args[1])
		nb := 0
		if m*k > 0 {
			nb = len(b) / (m * k)
		}
		for i := 0; i < nb; i++ {
			triSolve(a[i*n*n:(i+1)*n*n], n, b[i*m*k:(i+1)*m*k], m, k, left, lower, unit, trans)
		}
		storeC128(results[0], b)
		return nil
	}, nil
}
