package blas

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestAccelerateFirst: HLOVM_BLAS=accelerate names Apple's framework; with
// nothing set, macOS tries Accelerate before any OpenBLAS and, where it does
// not load, falls back to the bundled OpenBLAS as elsewhere (forced here off
// macOS, where Accelerate cannot load), saying so when nothing loads.
func TestAccelerateFirst(t *testing.T) {
	for _, v := range []string{"accelerate", "Accelerate", AccelerateFramework} {
		t.Setenv(EnvLibrary, v)
		if p, err := Find(); err != nil || p != AccelerateFramework {
			t.Errorf("HLOVM_BLAS=%s: Find = %q, %v", v, p, err)
		}
	}
	if runtime.GOOS == "darwin" {
		t.Skip("the fallback is forced only where Accelerate is absent")
	}
	t.Setenv(EnvLibrary, "")
	saved := preferAccelerate
	preferAccelerate = true
	defer func() { preferAccelerate = saved }()
	if _, err := Open(AccelerateFramework); err == nil || !errors.Is(err, ErrNotFound) {
		t.Fatalf("Open(Accelerate) off macOS: %v", err)
	}
	venv, _ := filepath.Abs(filepath.Join("..", "..", ".venv"))
	if p, _ := Find(venv); p == "" {
		t.Skipf("no bundled OpenBLAS under %s (make venv)", venv)
	}
	l, err := Load(venv)
	if err != nil {
		t.Fatalf("fallback to OpenBLAS: %v", err)
	}
	if l.Path == AccelerateFramework {
		t.Errorf("loaded %s", l.Path)
	}
	saved2 := systemNames
	systemNames = []string{"/nonexistent/libopenblas.so"}
	defer func() { systemNames = saved2 }()
	if _, err := Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), "Accelerate") {
		t.Errorf("nothing loads: %v, want an error naming Accelerate too", err)
	}
}

// TestAccelerateGemm multiplies through Accelerate where it exists (macOS):
// the LP64 cblas_?gemm entry points, checked against the textbook loop.
func TestAccelerateGemm(t *testing.T) {
	if runtime.GOOS != "darwin" {
		t.Skip("Accelerate is Apple's")
	}
	l, err := Open(AccelerateFramework)
	if err != nil {
		t.Fatal(err)
	}
	if l.ILP64 || l.Symbol != "cblas_sgemm" {
		t.Errorf("bound %s (ILP64 %v), want cblas_sgemm with 32-bit integers", l.Symbol, l.ILP64)
	}
	r := rand.New(rand.NewPCG(1, 2))
	const m, n, k = 17, 13, 11
	a, b := randSlice[float64](r, m*k), randSlice[float64](r, k*n)
	c := make([]float64, m*n)
	if err := Gemm(l, false, false, m, n, k, 1, a, k, b, n, 0, c, n); err != nil {
		t.Fatal(err)
	}
	want := naive(false, false, m, n, k, 1, a, k, b, n, 0, make([]float64, m*n), n)
	for i := range c {
		if d := c[i] - real(want[i]); d > 1e-12 || d < -1e-12 {
			t.Fatalf("c[%d] = %g, want %g", i, c[i], real(want[i]))
		}
	}
}
