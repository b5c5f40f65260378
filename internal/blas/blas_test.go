package blas

import (
	"errors"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"
)

// testLib loads numpy's OpenBLAS from the repository's test virtualenv (make
// venv), or skips.
func testLib(t testing.TB) *Lib {
	t.Helper()
	t.Setenv(EnvLibrary, "")
	venv, _ := filepath.Abs(filepath.Join("..", "..", ".venv"))
	p, err := Find(venv)
	if err != nil || p == "" {
		t.Skipf("no bundled OpenBLAS under %s (make venv): %v", venv, err)
	}
	l, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func randSlice[T Elem](r *rand.Rand, n int) []T {
	out := make([]T, n)
	for i := range out {
		re, im := r.Float64()*2-1, r.Float64()*2-1
		switch p := any(&out[i]).(type) {
		case *float32:
			*p = float32(re)
		case *float64:
			*p = re
		case *complex64:
			*p = complex(float32(re), float32(im))
		case *complex128:
			*p = complex(re, im)
		}
	}
	return out
}

// naive is the textbook triple loop in complex128.
func naive[T Elem](ta, tb bool, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) []complex128 {
	at := func(i, p int) complex128 {
		if ta {
			return toC(a[p*lda+i])
		}
		return toC(a[i*lda+p])
	}
	bt := func(p, j int) complex128 {
		if tb {
			return toC(b[j*ldb+p])
		}
		return toC(b[p*ldb+j])
	}
	out := make([]complex128, len(c))
	for i := range c {
		out[i] = toC(c[i])
	}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s complex128
			for p := 0; p < k; p++ {
				s += at(i, p) * bt(p, j)
			}
			out[i*ldc+j] = toC(alpha)*s + toC(beta)*toC(c[i*ldc+j])
		}
	}
	return out
}

func toC[T Elem](v T) complex128 {
	switch x := any(v).(type) {
	case float32:
		return complex(float64(x), 0)
	case float64:
		return complex(x, 0)
	case complex64:
		return complex128(x)
	case complex128:
		return x
	}
	panic("unreachable")
}

func checkGemm[T Elem](t *testing.T, l *Lib, r *rand.Rand, tol float64) {
	t.Helper()
	shapes := [][3]int{{1, 1, 1}, {3, 5, 7}, {17, 1, 33}, {64, 48, 31}, {0, 4, 5}, {4, 0, 5}, {4, 5, 0}, {129, 67, 250}}
	for _, s := range shapes {
		m, n, k := s[0], s[1], s[2]
		for _, ta := range []bool{false, true} {
			for _, tb := range []bool{false, true} {
				for _, pad := range []int{0, 3} {
					ar, ac := m, k
					if ta {
						ar, ac = k, m
					}
					br, bc := k, n
					if tb {
						br, bc = n, k
					}
					lda, ldb, ldc := max(1, ac)+pad, max(1, bc)+pad, max(1, n)+pad
					a := randSlice[T](r, need(ar, ac, lda))
					b := randSlice[T](r, need(br, bc, ldb))
					c := randSlice[T](r, need(m, n, ldc))
					alpha, beta := T(1), T(0)
					if pad > 0 {
						alpha, beta = randSlice[T](r, 1)[0], randSlice[T](r, 1)[0]
					}
					want := naive(ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
					if err := Gemm(l, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc); err != nil {
						t.Fatalf("%v ta=%v tb=%v: %v", s, ta, tb, err)
					}
					for i := 0; i < m; i++ {
						for j := 0; j < n; j++ {
							got, w := toC(c[i*ldc+j]), want[i*ldc+j]
							if cmplx.Abs(got-w) > tol*(1+math.Sqrt(float64(k))) {
								t.Fatalf("%T %v ta=%v tb=%v pad=%d: c[%d,%d]=%v, want %v", alpha, s, ta, tb, pad, i, j, got, w)
							}
						}
					}
				}
			}
		}
	}
}

func TestGemmAgainstNaive(t *testing.T) {
	l := testLib(t)
	t.Logf("%s (%s, ILP64=%v)", l.Path, l.Symbol, l.ILP64)
	r := rand.New(rand.NewPCG(1, 2))
	t.Run("f32", func(t *testing.T) { checkGemm[float32](t, l, r, 1e-5) })
	t.Run("f64", func(t *testing.T) { checkGemm[float64](t, l, r, 1e-12) })
	t.Run("c64", func(t *testing.T) { checkGemm[complex64](t, l, r, 1e-5) })
	t.Run("c128", func(t *testing.T) { checkGemm[complex128](t, l, r, 1e-12) })
}

func TestGemmRejectsShortSlices(t *testing.T) {
	l := testLib(t)
	a, b, c := make([]float32, 6), make([]float32, 6), make([]float32, 4)
	if err := Gemm(l, false, false, 2, 2, 3, 1, a, 3, b, 2, 0, c, 2); err != nil {
		t.Fatalf("valid call: %v", err)
	}
	bad := []func() error{
		func() error { return Gemm(l, false, false, 2, 2, 4, 1, a, 4, b, 2, 0, c, 2) }, // a too short
		func() error { return Gemm(l, false, false, 2, 2, 3, 1, a, 2, b, 2, 0, c, 2) }, // lda < k
		func() error { return Gemm(l, false, true, 2, 3, 3, 1, a, 3, b, 3, 0, c, 3) },  // c too short
		func() error { return Gemm(l, false, false, -1, 2, 3, 1, a, 3, b, 2, 0, c, 2) },
		func() error { return Gemm[float32](nil, false, false, 2, 2, 3, 1, a, 3, b, 2, 0, c, 2) },
	}
	for i, f := range bad {
		if f() == nil {
			t.Errorf("case %d: no error", i)
		}
	}
}

func TestMissingLibrary(t *testing.T) {
	t.Setenv(EnvLibrary, "/nonexistent/libopenblas.so")
	if _, err := Load(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Load with %s=/nonexistent: %v, want ErrNotFound", EnvLibrary, err)
	}
	t.Setenv(EnvLibrary, "none")
	if _, err := Load(); !errors.Is(err, ErrDisabled) {
		t.Fatalf("Load with %s=none: %v, want ErrDisabled", EnvLibrary, err)
	}
	// a file that is not a shared library
	t.Setenv(EnvLibrary, "blas_test.go")
	if _, err := Load(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Load of a Go source file: %v, want ErrNotFound", err)
	}
	// a shared library without cblas
	t.Setenv(EnvLibrary, "")
	if _, err := Open("libm.so.6"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Open(libm.so.6): %v, want ErrNotFound", err)
	}
}

// Concurrent calls with the library at one thread, as linalg drives it.
func TestConcurrentCalls(t *testing.T) {
	l := testLib(t)
	l.SetThreads(1)
	const m, n, k = 40, 30, 50
	r := rand.New(rand.NewPCG(3, 4))
	a, b := randSlice[float64](r, m*k), randSlice[float64](r, k*n)
	want := naive(false, false, m, n, k, 1, a, k, b, n, 0, make([]float64, m*n), n)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := 0; it < 20; it++ {
				c := make([]float64, m*n)
				if err := Gemm(l, false, false, m, n, k, 1, a, k, b, n, 0, c, n); err != nil {
					errs <- err
					return
				}
				for i := range c {
					if math.Abs(c[i]-real(want[i])) > 1e-12 {
						errs <- errors.New("wrong result under concurrency")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// scipy's bundled OpenBLAS has the 32-bit integer interface (scipy_cblas_sgemm).
func TestLP64Library(t *testing.T) {
	m, _ := filepath.Glob(filepath.Join("..", "..", ".venv", "lib", "python3*", "site-packages", "scipy.libs", "*openblas*"))
	if len(m) == 0 {
		t.Skip("no scipy.libs OpenBLAS in the test virtualenv")
	}
	l, err := Open(m[0])
	if err != nil {
		t.Fatal(err)
	}
	if l.ILP64 {
		t.Fatalf("%s bound as ILP64 (%s)", m[0], l.Symbol)
	}
	r := rand.New(rand.NewPCG(5, 6))
	checkGemm[float32](t, l, r, 1e-5)
	checkGemm[complex128](t, l, r, 1e-12)
}

// A library already loaded in the process is not shared: the second Open
// gets its own copy, whose thread count is its own.
func TestPrivateCopyWhenMapped(t *testing.T) {
	l1 := testLib(t)
	if !isMapped(l1.Path) {
		t.Skip("no /proc/self/maps here")
	}
	l2, err := Open(l1.Path)
	if err != nil {
		t.Fatal(err)
	}
	if l1.sgemm == nil || l2.sgemm == nil {
		t.Fatal("unbound")
	}
	a1, _ := dlsym(mustOpenNoCopy(t, l1.Path), l1.Symbol)
	if a2 := l2.sgemmAddr; a2 == a1 {
		t.Fatalf("second Open shares the first instance (sgemm at %#x)", a1)
	}
	r := rand.New(rand.NewPCG(7, 8))
	checkGemm[float32](t, l2, r, 1e-5)
}

func mustOpenNoCopy(t *testing.T, path string) uintptr {
	h, err := dlopen(path)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
