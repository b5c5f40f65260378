package linalg

import (
	"math"
	"math/cmplx"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func ccOp(target string, cfg map[string]byte, in, out []*stablehlo.TensorType) *stablehlo.Op {
	var entries []stablehlo.NamedAttr
	for k, v := range cfg {
		entries = append(entries, stablehlo.NamedAttr{Name: k, Value: &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.U8), Value: int64(v)}})
	}
	return mkOp("stablehlo.custom_call", in, out,
		stablehlo.NamedAttr{Name: "call_target_name", Value: stablehlo.StringAttr{Value: target}},
		stablehlo.NamedAttr{Name: "mhlo.backend_config", Value: stablehlo.NewDict(entries)})
}

func bufF64(d tensor.DType, shape []int64, v []float64) *tensor.Buffer {
	b := tensor.New(d, shape)
	storeF64(b, v)
	return b
}

func bufC128(d tensor.DType, shape []int64, v []complex128) *tensor.Buffer {
	b := tensor.New(d, shape)
	storeC128(b, v)
	return b
}

// matmul multiplies row-major complex matrices (m×k)·(k×n).
func matmul(a, b []complex128, m, k, n int) []complex128 {
	c := make([]complex128, m*n)
	for i := 0; i < m; i++ {
		for p := 0; p < k; p++ {
			for j := 0; j < n; j++ {
				c[i*n+j] += a[i*k+p] * b[p*n+j]
			}
		}
	}
	return c
}

func adjoint(a []complex128, m, n int) []complex128 {
	t := make([]complex128, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			t[j*m+i] = cmplx.Conj(a[i*n+j])
		}
	}
	return t
}

func maxDiff(a, b []complex128) float64 {
	d := 0.0
	for i := range a {
		d = math.Max(d, cmplx.Abs(a[i]-b[i]))
	}
	return d
}

// hpd returns a random Hermitian positive definite n×n matrix (real when !cplx).
func hpd(rng *rand.Rand, n int, cplx bool) []complex128 {
	m := make([]complex128, n*n)
	for i := range m {
		m[i] = complex(rng.NormFloat64(), 0)
		if cplx {
			m[i] += complex(0, rng.NormFloat64())
		}
	}
	a := matmul(m, adjoint(m, n, n), n, n, n)
	for i := 0; i < n; i++ {
		a[i*n+i] += complex(float64(n), 0)
	}
	return a
}

func TestCholeskyOp(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, d := range []tensor.DType{tensor.F32, tensor.F64, tensor.C64, tensor.C128} {
		for _, lower := range []bool{true, false} {
			n, nb := 5, 3
			var a []complex128
			for b := 0; b < nb; b++ {
				a = append(a, hpd(rng, n, d.IsComplex())...)
			}
			op := mkOp("stablehlo.cholesky", []*stablehlo.TensorType{tt(d, int64(nb), int64(n), int64(n))}, []*stablehlo.TensorType{tt(d, int64(nb), int64(n), int64(n))},
				stablehlo.NamedAttr{Name: "lower", Value: stablehlo.BoolAttr{Value: lower}})
			got := loadC128(runOp(t, op, bufC128(d, []int64{int64(nb), int64(n), int64(n)}, a))[0])
			tol := 1e-9
			if d == tensor.F32 || d == tensor.C64 {
				tol = 1e-4
			}
			for b := 0; b < nb; b++ {
				f := got[b*n*n : (b+1)*n*n]
				var rec []complex128
				if lower {
					rec = matmul(f, adjoint(f, n, n), n, n, n)
				} else {
					rec = matmul(adjoint(f, n, n), f, n, n, n)
				}
				if e := maxDiff(rec, a[b*n*n:(b+1)*n*n]); e > tol*float64(n*n) {
					t.Errorf("%v lower=%v batch %d: reconstruction error %g", d, lower, b, e)
				}
				for i := 0; i < n; i++ {
					for j := 0; j < n; j++ {
						if ((lower && j > i) || (!lower && j < i)) && f[i*n+j] != 0 {
							t.Errorf("%v lower=%v: nonzero outside the triangle at %d,%d", d, lower, i, j)
						}
					}
				}
			}
		}
	}
	// not positive definite: the whole factor is NaN, as XLA's expander makes
	// it; the other batch element is unaffected
	op := mkOp("stablehlo.cholesky", []*stablehlo.TensorType{tt(tensor.F32, 2, 2, 2)}, []*stablehlo.TensorType{tt(tensor.F32, 2, 2, 2)},
		stablehlo.NamedAttr{Name: "lower", Value: stablehlo.BoolAttr{Value: true}})
	got := loadF64(runOp(t, op, bufF64(tensor.F32, []int64{2, 2, 2}, []float64{1, 2, 2, 1, 4, 2, 2, 5}))[0])
	for i, v := range got[:4] {
		if !math.IsNaN(v) {
			t.Errorf("indefinite matrix: element %d is %v, want NaN", i, v)
		}
	}
	if want := []float64{2, 0, 1, 2}; got[4] != want[0] || got[5] != want[1] || got[6] != want[2] || got[7] != want[3] {
		t.Errorf("positive definite batch element: got %v want %v", got[4:], want)
	}
}

func triSolveCheck(t *testing.T, name string, a, x, b []complex128, n, m, k int, left, lower, unit bool, trans byte, tol float64) {
	t.Helper()
	e := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (lower && j <= i) || (!lower && j >= i) {
				e[i*n+j] = a[i*n+j]
			}
		}
		if unit {
			e[i*n+i] = 1
		}
	}
	switch trans {
	case 'T':
		e = adjoint(e, n, n)
		for i := range e {
			e[i] = cmplx.Conj(e[i])
		}
	case 'C':
		e = adjoint(e, n, n)
	}
	var rec []complex128
	if left {
		rec = matmul(e, x, n, n, k)
	} else {
		rec = matmul(x, e, m, n, n)
	}
	if d := maxDiff(rec, b); d > tol {
		t.Errorf("%s: residual %g", name, d)
	}
}

func TestTriangularSolveOp(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	n := 4
	for _, d := range []tensor.DType{tensor.F64, tensor.F32, tensor.C128} {
		for _, left := range []bool{true, false} {
			for _, lower := range []bool{true, false} {
				for _, unit := range []bool{false, true} {
					for _, tr := range []string{"NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"} {
						m, k := n, 3
						if !left {
							m, k = 3, n
						}
						a := randBuf(rng, d, int64(n), int64(n))
						av := loadC128(a)
						for i := 0; i < n; i++ {
							av[i*n+i] += 4
						}
						a = bufC128(d, []int64{int64(n), int64(n)}, av)
						b := randBuf(rng, d, int64(m), int64(k))
						op := mkOp("stablehlo.triangular_solve", []*stablehlo.TensorType{tt(d, int64(n), int64(n)), tt(d, int64(m), int64(k))}, []*stablehlo.TensorType{tt(d, int64(m), int64(k))},
							stablehlo.NamedAttr{Name: "left_side", Value: stablehlo.BoolAttr{Value: left}},
							stablehlo.NamedAttr{Name: "lower", Value: stablehlo.BoolAttr{Value: lower}},
							stablehlo.NamedAttr{Name: "unit_diagonal", Value: stablehlo.BoolAttr{Value: unit}},
							stablehlo.NamedAttr{Name: "transpose_a", Value: stablehlo.EnumAttr{Kind: "transpose", Value: tr}})
						x := loadC128(runOp(t, op, a, b)[0])
						tol := 1e-9
						if d == tensor.F32 {
							tol = 1e-4
						}
						triSolveCheck(t, d.String()+" "+tr, loadC128(a), x, loadC128(b), n, m, k, left, lower, unit, map[string]byte{"NO_TRANSPOSE": 'N', "TRANSPOSE": 'T', "ADJOINT": 'C'}[tr], tol)
					}
				}
			}
		}
	}
}

func TestLapackFactorizations(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	n := 5
	for _, pre := range []string{"s", "d", "c", "z"} {
		d := map[string]tensor.DType{"s": tensor.F32, "d": tensor.F64, "c": tensor.C64, "z": tensor.C128}[pre]
		tol := 1e-9
		if pre == "s" || pre == "c" {
			tol = 1e-4
		}
		cplx := d.IsComplex()
		// getrf: P·A = L·U
		a := make([]complex128, 2*n*n)
		for i := range a {
			a[i] = complex(rng.NormFloat64(), 0)
			if cplx {
				a[i] += complex(0, rng.NormFloat64())
			}
		}
		ab := bufC128(d, []int64{2, int64(n), int64(n)}, a)
		a = loadC128(ab)
		res := runOp(t, ccOp("lapack_"+pre+"getrf_ffi", nil, []*stablehlo.TensorType{tt(d, 2, int64(n), int64(n))},
			[]*stablehlo.TensorType{tt(d, 2, int64(n), int64(n)), tt(tensor.I32, 2, int64(n)), tt(tensor.I32, 2)}), ab)
		lu, piv, info := loadC128(res[0]), tensor.View[int32](res[1]), tensor.View[int32](res[2])
		for b := 0; b < 2; b++ {
			if info[b] != 0 {
				t.Errorf("%sgetrf info %d", pre, info[b])
			}
			f := lu[b*n*n : (b+1)*n*n]
			l, u := make([]complex128, n*n), make([]complex128, n*n)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					switch {
					case j < i:
						l[i*n+j] = f[i*n+j]
					case j == i:
						l[i*n+j] = 1
						u[i*n+j] = f[i*n+j]
					default:
						u[i*n+j] = f[i*n+j]
					}
				}
			}
			pa := append([]complex128(nil), a[b*n*n:(b+1)*n*n]...)
			for i := 0; i < n; i++ {
				p := int(piv[b*n+i]) - 1
				if p < i || p >= n {
					t.Fatalf("%sgetrf: bad pivot %d at %d", pre, p+1, i)
				}
				for c := 0; c < n; c++ {
					pa[i*n+c], pa[p*n+c] = pa[p*n+c], pa[i*n+c]
				}
			}
			if e := maxDiff(matmul(l, u, n, n, n), pa); e > tol*10 {
				t.Errorf("%sgetrf: P·A != L·U (%g)", pre, e)
			}
		}
		// potrf
		for _, uplo := range []byte{'L', 'U'} {
			h := hpd(rng, n, cplx)
			hb := bufC128(d, []int64{int64(n), int64(n)}, h)
			h = loadC128(hb)
			res := runOp(t, ccOp("lapack_"+pre+"potrf_ffi", map[string]byte{"uplo": uplo}, []*stablehlo.TensorType{tt(d, int64(n), int64(n))},
				[]*stablehlo.TensorType{tt(d, int64(n), int64(n)), tt(tensor.I32)}), hb)
			f := loadC128(res[0])
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					if (uplo == 'L' && j > i) || (uplo == 'U' && j < i) {
						f[i*n+j] = 0
					}
				}
			}
			var rec []complex128
			if uplo == 'L' {
				rec = matmul(f, adjoint(f, n, n), n, n, n)
			} else {
				rec = matmul(adjoint(f, n, n), f, n, n, n)
			}
			if e := maxDiff(rec, h); e > tol*100 || tensor.View[int32](res[1])[0] != 0 {
				t.Errorf("%spotrf %c: error %g info %d", pre, uplo, e, tensor.View[int32](res[1])[0])
			}
		}
		// potrf on an indefinite matrix reports info > 0
		bad := bufC128(d, []int64{2, 2}, []complex128{1, 2, 2, 1})
		res = runOp(t, ccOp("lapack_"+pre+"potrf_ffi", map[string]byte{"uplo": 'L'}, []*stablehlo.TensorType{tt(d, 2, 2)},
			[]*stablehlo.TensorType{tt(d, 2, 2), tt(tensor.I32)}), bad)
		if tensor.View[int32](res[1])[0] != 2 {
			t.Errorf("%spotrf indefinite: info %d, want 2", pre, tensor.View[int32](res[1])[0])
		}
		// trsm, right side, upper, transposed
		ta := make([]complex128, n*n)
		for i := range ta {
			ta[i] = complex(rng.NormFloat64(), 0)
		}
		for i := 0; i < n; i++ {
			ta[i*n+i] += 5
		}
		tab := bufC128(d, []int64{int64(n), int64(n)}, ta)
		bb := randBuf(rng, d, 3, int64(n))
		res = runOp(t, ccOp("lapack_"+pre+"trsm_ffi", map[string]byte{"side": 'R', "uplo": 'U', "trans_x": 'T', "diag": 'N'},
			[]*stablehlo.TensorType{tt(d, int64(n), int64(n)), tt(d, 3, int64(n))}, []*stablehlo.TensorType{tt(d, 3, int64(n))}), tab, bb)
		triSolveCheck(t, pre+"trsm", loadC128(tab), loadC128(res[0]), loadC128(bb), n, 3, n, false, false, false, 'T', tol*100)
	}
}

func TestLapackRealDecompositions(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for _, pre := range []string{"s", "d"} {
		d := map[string]tensor.DType{"s": tensor.F32, "d": tensor.F64}[pre]
		tol := 1e-9
		if pre == "s" {
			tol = 1e-4
		}
		m, n := 6, 4
		a := make([]float64, m*n)
		for i := range a {
			a[i] = rng.NormFloat64()
		}
		ab := bufF64(d, []int64{int64(m), int64(n)}, a)
		ac := loadC128(ab)
		// geqrf + orgqr: Q·R = A, QᵀQ = I
		res := runOp(t, ccOp("lapack_"+pre+"geqrf_ffi", nil, []*stablehlo.TensorType{tt(d, int64(m), int64(n))},
			[]*stablehlo.TensorType{tt(d, int64(m), int64(n)), tt(d, int64(n))}), ab)
		qr, tau := res[0], res[1]
		q := runOp(t, ccOp("lapack_"+pre+"orgqr_ffi", nil, []*stablehlo.TensorType{tt(d, int64(m), int64(n)), tt(d, int64(n))},
			[]*stablehlo.TensorType{tt(d, int64(m), int64(n))}), qr, tau)[0]
		qv, rv := loadC128(q), loadC128(qr)
		r := make([]complex128, n*n)
		for i := 0; i < n; i++ {
			for j := i; j < n; j++ {
				r[i*n+j] = rv[i*n+j]
			}
		}
		if e := maxDiff(matmul(qv, r, m, n, n), ac); e > tol*10 {
			t.Errorf("%sgeqrf/orgqr: Q·R != A (%g)", pre, e)
		}
		// syevd: A·V = V·diag(w), ascending w
		h := hpd(rng, n, false)
		hb := bufC128(d, []int64{int64(n), int64(n)}, h)
		h = loadC128(hb)
		res = runOp(t, ccOp("lapack_"+pre+"syevd_ffi", map[string]byte{"mode": 'V', "uplo": 'L'}, []*stablehlo.TensorType{tt(d, int64(n), int64(n))},
			[]*stablehlo.TensorType{tt(d, int64(n), int64(n)), tt(d, int64(n)), tt(tensor.I32)}), hb)
		v, w := loadC128(res[0]), loadF64(res[1])
		av := matmul(h, v, n, n, n)
		for j := 0; j < n; j++ {
			if j > 0 && w[j] < w[j-1] {
				t.Errorf("%ssyevd: eigenvalues not ascending %v", pre, w)
			}
			for i := 0; i < n; i++ {
				if cmplx.Abs(av[i*n+j]-v[i*n+j]*complex(w[j], 0)) > tol*100 {
					t.Errorf("%ssyevd: column %d is not an eigenvector", pre, j)
					break
				}
			}
		}
		// gesdd: U·diag(s)·Vᵀ = A (full and reduced)
		for _, mode := range []byte{'A', 'S', 'N'} {
			uc, vr := m, n
			if mode == 'S' {
				uc, vr = n, n
			}
			ushape := []int64{int64(m), int64(uc)}
			vshape := []int64{int64(vr), int64(n)}
			res = runOp(t, ccOp("lapack_"+pre+"gesdd_ffi", map[string]byte{"mode": mode}, []*stablehlo.TensorType{tt(d, int64(m), int64(n))},
				[]*stablehlo.TensorType{tt(d, int64(m), int64(n)), tt(d, int64(n)), tt(d, ushape...), tt(d, vshape...), tt(tensor.I32)}), ab)
			s := loadF64(res[1])
			if mode == 'N' {
				continue
			}
			u, vt := loadC128(res[2]), loadC128(res[3])
			us := make([]complex128, m*n)
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					us[i*n+j] = u[i*uc+j] * complex(s[j], 0)
				}
			}
			if e := maxDiff(matmul(us, vt[:n*n], m, n, n), ac); e > tol*10 {
				t.Errorf("%sgesdd %c: U·S·Vᵀ != A (%g)", pre, mode, e)
			}
		}
		// geev: A·v = λ·v for the right eigenvectors
		g := make([]float64, n*n)
		for i := range g {
			g[i] = rng.NormFloat64()
		}
		gb := bufF64(d, []int64{int64(n), int64(n)}, g)
		gc := loadC128(gb)
		res = runOp(t, ccOp("lapack_"+pre+"geev_ffi", map[string]byte{"compute_left": 'N', "compute_right": 'V'}, []*stablehlo.TensorType{tt(d, int64(n), int64(n))},
			[]*stablehlo.TensorType{tt(d, int64(n)), tt(d, int64(n)), tt(tensor.C128, int64(n), int64(n)), tt(tensor.C128, int64(n), int64(n)), tt(tensor.I32)}), gb)
		wr, wi, vrr := loadF64(res[0]), loadF64(res[1]), loadC128(res[3])
		gv := matmul(gc, vrr, n, n, n)
		for j := 0; j < n; j++ {
			lam := complex(wr[j], wi[j])
			for i := 0; i < n; i++ {
				if cmplx.Abs(gv[i*n+j]-lam*vrr[i*n+j]) > tol*100 {
					t.Errorf("%sgeev: column %d is not an eigenvector", pre, j)
					break
				}
			}
		}
	}
}

func TestLapackUnknownAndMalformed(t *testing.T) {
	op := ccOp("lapack_qgetrf_ffi", nil, []*stablehlo.TensorType{tt(tensor.F32, 2, 2)}, []*stablehlo.TensorType{tt(tensor.F32, 2, 2)})
	if _, err := tryRun(op, tensor.New(tensor.F32, []int64{2, 2})); err == nil || !strings.Contains(err.Error(), "lapack_qgetrf_ffi") {
		t.Fatalf("unknown target: %v", err)
	}
	op = ccOp("lapack_zgesdd_ffi", map[string]byte{"mode": 'A'}, []*stablehlo.TensorType{tt(tensor.C128, 2, 2)}, []*stablehlo.TensorType{tt(tensor.C128, 2, 2)})
	if _, err := tryRun(op, tensor.New(tensor.C128, []int64{2, 2})); err == nil || !strings.Contains(err.Error(), "expected 5 results") {
		t.Fatalf("wrong result count: %v", err)
	}
	op = ccOp("lapack_sgesdd_ffi", map[string]byte{"mode": 'X'}, []*stablehlo.TensorType{tt(tensor.F32, 2, 2)},
		[]*stablehlo.TensorType{tt(tensor.F32, 2, 2), tt(tensor.F32, 2), tt(tensor.F32, 2, 2), tt(tensor.F32, 2, 2), tt(tensor.I32)})
	if _, err := tryRun(op, tensor.New(tensor.F32, []int64{2, 2})); err == nil {
		t.Fatal("bad gesdd mode accepted")
	}
}

// The corpus case runs JAX's linalg functions on CPU; io.npz holds XLA's
// outputs. The module's glue (masking, pivot permutation loops) is VM work, so
// this test applies the custom calls directly to the same inputs and checks
// the quantities JAX returned.
func TestLapackMatchesXLACorpus(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/linalg_cpu_customcalls")
	io, err := readNPZ(filepath.Join(dir, "io.npz"))
	if err != nil {
		t.Fatal(err)
	}
	a, b := loadF64(io["in0"]), loadF64(io["in1"])
	const n = 4
	f32 := tensor.F32
	sym := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sym[i*n+j] = float32r((float32r(a[i*n+j] + a[j*n+i])) / 2)
		}
	}
	check := func(name string, got []float64, want *tensor.Buffer, tol float64) {
		t.Helper()
		w := loadF64(want)
		for i := range w {
			if math.IsNaN(w[i]) != math.IsNaN(got[i]) || math.Abs(got[i]-w[i]) > tol*math.Max(1, math.Abs(w[i])) {
				t.Errorf("%s: got %v want %v", name, got, w)
				return
			}
		}
	}
	// cholesky (out0): potrf of the symmetrised matrix, lower part, NaN on failure
	res := runOp(t, ccOp("lapack_spotrf_ffi", map[string]byte{"uplo": 'L'}, []*stablehlo.TensorType{tt(f32, n, n)}, []*stablehlo.TensorType{tt(f32, n, n), tt(tensor.I32)}), bufF64(f32, []int64{n, n}, sym))
	ch := loadF64(res[0])
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if tensor.View[int32](res[1])[0] != 0 {
				ch[i*n+j] = math.NaN()
			}
			if j > i {
				ch[i*n+j] = 0
			}
		}
	}
	check("cholesky", ch, io["out0"], 1e-5)
	// solve (out1) and slogdet (out6) from getrf + trsm
	res = runOp(t, ccOp("lapack_sgetrf_ffi", nil, []*stablehlo.TensorType{tt(f32, n, n)}, []*stablehlo.TensorType{tt(f32, n, n), tt(tensor.I32, n), tt(tensor.I32)}), bufF64(f32, []int64{n, n}, a))
	lu, piv := res[0], tensor.View[int32](res[1])
	pb := append([]float64(nil), b...)
	for i := 0; i < n; i++ {
		p := int(piv[i]) - 1
		for c := 0; c < 2; c++ {
			pb[i*2+c], pb[p*2+c] = pb[p*2+c], pb[i*2+c]
		}
	}
	y := runOp(t, ccOp("lapack_strsm_ffi", map[string]byte{"side": 'L', "uplo": 'L', "trans_x": 'N', "diag": 'U'}, []*stablehlo.TensorType{tt(f32, n, n), tt(f32, n, 2)}, []*stablehlo.TensorType{tt(f32, n, 2)}), lu, bufF64(f32, []int64{n, 2}, pb))[0]
	x := runOp(t, ccOp("lapack_strsm_ffi", map[string]byte{"side": 'L', "uplo": 'U', "trans_x": 'N', "diag": 'N'}, []*stablehlo.TensorType{tt(f32, n, n), tt(f32, n, 2)}, []*stablehlo.TensorType{tt(f32, n, 2)}), lu, y)[0]
	check("solve", loadF64(x), io["out1"], 1e-4)
	luv := loadF64(lu)
	logdet := 0.0
	for i := 0; i < n; i++ {
		logdet += math.Log(math.Abs(luv[i*n+i]))
	}
	check("slogdet", []float64{logdet}, io["out6"], 1e-4)
	// eigh (out3)
	res = runOp(t, ccOp("lapack_ssyevd_ffi", map[string]byte{"mode": 'V', "uplo": 'L'}, []*stablehlo.TensorType{tt(f32, n, n)}, []*stablehlo.TensorType{tt(f32, n, n), tt(f32, n), tt(tensor.I32)}), bufF64(f32, []int64{n, n}, sym))
	check("eigh", loadF64(res[1]), io["out3"], 1e-4)
	// svd (out4)
	res = runOp(t, ccOp("lapack_sgesdd_ffi", map[string]byte{"mode": 'N'}, []*stablehlo.TensorType{tt(f32, n, n)}, []*stablehlo.TensorType{tt(f32, n, n), tt(f32, n), tt(f32, n, n), tt(f32, n, n), tt(tensor.I32)}), bufF64(f32, []int64{n, n}, a))
	check("svd", loadF64(res[1]), io["out4"], 1e-4)
	// qr (out5): R, the upper triangle of geqrf's output
	res = runOp(t, ccOp("lapack_sgeqrf_ffi", nil, []*stablehlo.TensorType{tt(f32, n, n)}, []*stablehlo.TensorType{tt(f32, n, n), tt(f32, n)}), bufF64(f32, []int64{n, n}, a))
	r := loadF64(res[0])
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			r[i*n+j] = 0
		}
	}
	check("qr", r, io["out5"], 1e-4)
	// solve_triangular (out7): triu(A)·x = b
	x = runOp(t, ccOp("lapack_strsm_ffi", map[string]byte{"side": 'L', "uplo": 'U', "trans_x": 'N', "diag": 'N'}, []*stablehlo.TensorType{tt(f32, n, n), tt(f32, n, 2)}, []*stablehlo.TensorType{tt(f32, n, 2)}), bufF64(f32, []int64{n, n}, a), bufF64(f32, []int64{n, 2}, b))[0]
	check("solve_triangular", loadF64(x), io["out7"], 1e-4)
}

func float32r(x float64) float64 { return float64(float32(x)) }
