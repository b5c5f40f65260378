package linalg

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/hlovm/hlovm/internal/blas"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// TestMain points HLOVM_BLAS at numpy's OpenBLAS in the repository's test
// virtualenv (make venv) unless the environment already names one.
func TestMain(m *testing.M) {
	if _, set := os.LookupEnv(blas.EnvLibrary); !set {
		venv, _ := filepath.Abs(filepath.Join("..", "..", ".venv"))
		if p, err := blas.Find(venv); err == nil && p != "" {
			os.Setenv(blas.EnvLibrary, p)
		}
	}
	os.Exit(m.Run())
}

func needBLAS(t testing.TB) {
	t.Helper()
	if blasLib() == nil {
		t.Skip("no BLAS library (make venv, or set HLOVM_BLAS)")
	}
}

// withGoGemm runs fn with the library turned off.
func withGoGemm(fn func()) {
	useBLAS = false
	defer func() { useBLAS = true }()
	fn()
}

// dot_general through the library against the Go GEMM and the naive
// definition: odd sizes, batch dimensions first and elsewhere, operands read
// transposed in place, several contracting dimensions, zero-size dimensions,
// and every type the library serves.
func TestDotGeneralBLAS(t *testing.T) {
	needBLAS(t)
	type dc struct {
		name           string
		ls, rs         []int64
		lb, rb, lc, rc []int64
	}
	cases := []dc{
		{"matmul", []int64{67, 129}, []int64{129, 45}, nil, nil, []int64{1}, []int64{0}},
		{"lhsT", []int64{129, 67}, []int64{129, 45}, nil, nil, []int64{0}, []int64{0}},
		{"rhsT", []int64{67, 129}, []int64{45, 129}, nil, nil, []int64{1}, []int64{1}},
		{"bothT", []int64{129, 67}, []int64{45, 129}, nil, nil, []int64{0}, []int64{1}},
		{"wide", []int64{3, 200}, []int64{200, 301}, nil, nil, []int64{1}, []int64{0}},
		{"wide-bothT", []int64{129, 20}, []int64{300, 129}, nil, nil, []int64{0}, []int64{1}},
		{"batched", []int64{3, 33, 65}, []int64{3, 65, 31}, []int64{0}, []int64{0}, []int64{2}, []int64{1}},
		{"batchedT", []int64{5, 65, 33}, []int64{5, 31, 65}, []int64{0}, []int64{0}, []int64{1}, []int64{2}},
		{"batch-last", []int64{40, 50, 2}, []int64{50, 37, 2}, []int64{2}, []int64{2}, []int64{1}, []int64{0}},
		{"multi-contract", []int64{31, 8, 8}, []int64{8, 8, 41}, nil, nil, []int64{1, 2}, []int64{1, 0}},
		{"attention", []int64{2, 64, 3, 32}, []int64{2, 48, 3, 32}, []int64{0, 2}, []int64{0, 2}, []int64{3}, []int64{3}},
		{"attention-pv", []int64{2, 3, 48, 48}, []int64{2, 48, 3, 32}, []int64{0, 1}, []int64{0, 2}, []int64{3}, []int64{1}},
		{"batch-between", []int64{4, 5, 3, 64}, []int64{3, 64, 70}, []int64{2}, []int64{0}, []int64{3}, []int64{1}},
		{"rhs-free-first", []int64{3, 50, 64}, []int64{30, 3, 64}, []int64{0}, []int64{1}, []int64{2}, []int64{2}},
		{"zero-m", []int64{0, 64}, []int64{64, 64}, nil, nil, []int64{1}, []int64{0}},
		{"zero-k", []int64{64, 0}, []int64{0, 64}, nil, nil, []int64{1}, []int64{0}},
		{"zero-batch", []int64{0, 64, 64}, []int64{0, 64, 64}, []int64{0}, []int64{0}, []int64{2}, []int64{1}},
	}
	rng := rand.New(rand.NewSource(7))
	for _, d := range []tensor.DType{tensor.F32, tensor.F64, tensor.C64, tensor.C128} {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%v/%s", d, c.name), func(t *testing.T) {
				lhs, rhs := randBuf(rng, d, c.ls...), randBuf(rng, d, c.rs...)
				var oshape []int64
				for _, x := range c.lb {
					oshape = append(oshape, c.ls[x])
				}
				lf, _ := freeDims(len(c.ls), c.lb, c.lc, "lhs")
				rf, _ := freeDims(len(c.rs), c.rb, c.rc, "rhs")
				for _, x := range lf {
					oshape = append(oshape, c.ls[x])
				}
				for _, x := range rf {
					oshape = append(oshape, c.rs[x])
				}
				op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(d, c.ls...), tt(d, c.rs...)}, []*stablehlo.TensorType{tt(d, oshape...)},
					stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{
						LhsBatching: c.lb, RhsBatching: c.rb, LhsContracting: c.lc, RhsContracting: c.rc}})
				want := tensor.New(d, oshape)
				naiveDot(lhs, rhs, c.lb, c.rb, c.lc, c.rc, want)
				before := blasProducts.Load()
				got := runOp(t, op, lhs, rhs)[0]
				used := blasProducts.Load() - before
				var goRes *tensor.Buffer
				withGoGemm(func() { goRes = runOp(t, op, lhs, rhs)[0] })
				// small exact values: every path must give the exact sums
				if err := closeEnough(got, want, 1e-6); err != nil {
					t.Fatalf("BLAS vs naive: %v", err)
				}
				if err := closeEnough(goRes, want, 1e-6); err != nil {
					t.Fatalf("Go GEMM vs naive: %v", err)
				}
				nonEmpty := want.NumElements() > 0 && !strings.HasPrefix(c.name, "zero")
				if nonEmpty && used == 0 {
					t.Fatalf("the library computed none of the products")
				}
				if !nonEmpty && used != 0 {
					t.Fatalf("the library was called for an empty product")
				}
			})
		}
	}
}

// Which operands the library reads in place (no transposition first).
func TestStridedLayout(t *testing.T) {
	cases := []struct {
		name              string
		shape             []int64
		batch, rows, cols []int64
		ok, trans         bool
		ld                int
		offs              []int
	}{
		{"row-major", []int64{2, 5, 7}, []int64{0}, []int64{1}, []int64{2}, true, false, 7, []int{0, 35}},
		{"transposed", []int64{2, 7, 5}, []int64{0}, []int64{2}, []int64{1}, true, true, 5, []int{0, 35}},
		{"attention-q", []int64{2, 4, 3, 8}, []int64{0, 2}, []int64{1}, []int64{3}, true, false, 24, []int{0, 8, 16, 96, 104, 112}},
		{"merged-rows", []int64{4, 5, 3, 16}, []int64{2}, []int64{0, 1}, []int64{3}, true, false, 48, []int{0, 16, 32}},
		{"batch-last", []int64{4, 6, 2}, []int64{2}, []int64{0}, []int64{1}, false, false, 0, nil},
		{"rows-not-adjacent", []int64{4, 3, 5, 6}, []int64{1}, []int64{0, 2}, []int64{3}, false, false, 0, nil},
		{"cols-out-of-order", []int64{4, 5, 6}, nil, []int64{0}, []int64{2, 1}, false, false, 0, nil},
	}
	for _, c := range cases {
		l, ok := stridedLayout(c.shape, c.batch, c.rows, c.cols)
		if ok != c.ok {
			t.Errorf("%s: in place %v, want %v", c.name, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if l.t != c.trans || l.ld != c.ld || fmt.Sprint(l.offs) != fmt.Sprint(c.offs) {
			t.Errorf("%s: t=%v ld=%d offs=%v, want t=%v ld=%d offs=%v", c.name, l.t, l.ld, l.offs, c.trans, c.ld, c.offs)
		}
	}
	// the plan of q·kᵀ in JAX's attention reads both operands in place
	q, k := tt(tensor.F32, 2, 64, 3, 32), tt(tensor.F32, 2, 48, 3, 32)
	op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{q, k}, []*stablehlo.TensorType{tt(tensor.F32, 2, 3, 64, 48)})
	p, err := planDot(op, []int64{0, 2}, []int64{0, 2}, []int64{3}, []int64{3})
	if err != nil {
		t.Fatal(err)
	}
	if !p.blas || p.lhsS == nil || p.rhsS == nil || p.lhsS.t || !p.rhsS.t {
		t.Fatalf("attention plan: blas=%v lhs=%+v rhs=%+v", p.blas, p.lhsS, p.rhsS)
	}
}

// Widening and narrowing products (issue 13) keep the Go GEMM: BLAS serves
// only products whose operands and result share a float type.
func TestBLASNotForMixedTypes(t *testing.T) {
	needBLAS(t)
	rng := rand.New(rand.NewSource(8))
	dn := stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}}
	for _, c := range []struct{ l, r, o tensor.DType }{
		{tensor.F64, tensor.F64, tensor.F32},
		{tensor.F32, tensor.F32, tensor.F64},
		{tensor.BF16, tensor.BF16, tensor.F32},
		{tensor.C128, tensor.C128, tensor.C64},
	} {
		op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(c.l, 64, 64), tt(c.r, 64, 64)}, []*stablehlo.TensorType{tt(c.o, 64, 64)}, dn)
		lhs, rhs := randBuf(rng, c.l, 64, 64), randBuf(rng, c.r, 64, 64)
		before := blasProducts.Load()
		got := runOp(t, op, lhs, rhs)[0]
		if blasProducts.Load() != before {
			t.Errorf("%v×%v→%v went to the library", c.l, c.r, c.o)
		}
		want := tensor.New(c.o, []int64{64, 64})
		naiveDot(lhs, rhs, nil, nil, []int64{1}, []int64{0}, want)
		if err := closeEnough(got, want, 1e-6); err != nil {
			t.Errorf("%v×%v→%v: %v", c.l, c.r, c.o, err)
		}
	}
}

// With HLOVM_BLAS naming nothing, products run on the Go GEMM and the
// reason is printed once; run in a child process because the library is
// loaded once per process.
func TestBLASMissingFallsBack(t *testing.T) {
	if os.Getenv("HLOVM_BLAS_CHILD") == "1" {
		if blasLib() != nil {
			t.Fatal("a library loaded from HLOVM_BLAS=/nonexistent")
		}
		rng := rand.New(rand.NewSource(9))
		op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, 100, 90), tt(tensor.F32, 90, 80)}, []*stablehlo.TensorType{tt(tensor.F32, 100, 80)},
			stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}})
		lhs, rhs := randBuf(rng, tensor.F32, 100, 90), randBuf(rng, tensor.F32, 90, 80)
		want := tensor.New(tensor.F32, []int64{100, 80})
		naiveDot(lhs, rhs, nil, nil, []int64{1}, []int64{0}, want)
		if err := closeEnough(runOp(t, op, lhs, rhs)[0], want, 1e-6); err != nil {
			t.Fatal(err)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestBLASMissingFallsBack$", "-test.v")
	cmd.Env = append(os.Environ(), "HLOVM_BLAS_CHILD=1", "HLOVM_BLAS=/nonexistent/libopenblas.so")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "HLOVM_BLAS=/nonexistent/libopenblas.so") || !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("child did not report the missing library and pass:\n%s", out)
	}
}

// BenchmarkGEMM256x512x2048 is the brief's f32 product (m=256, k=512,
// n=2048) on the Go GEMM and the library, at 1 and 2 goroutines.
func BenchmarkGEMM256x512x2048(b *testing.B) {
	const m, k, n = 256, 512, 2048
	rng := rand.New(rand.NewSource(1))
	op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, m, k), tt(tensor.F32, k, n)}, []*stablehlo.TensorType{tt(tensor.F32, m, n)},
		stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}})
	lhs, rhs := randBuf(rng, tensor.F32, m, k), randBuf(rng, tensor.F32, k, n)
	for _, impl := range []string{"go", "blas", "blas-openblas-threads"} {
		for _, par := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/par%d", impl, par), func(b *testing.B) {
				useBLAS = impl != "go"
				defer func() { useBLAS = true }()
				if impl != "go" && blasLib() == nil {
					b.Skip("no BLAS")
				}
				kpar := par
				if impl == "blas-openblas-threads" {
					// the library's own threads instead of our goroutines
					blasLib().SetThreads(par)
					defer blasLib().SetThreads(1)
					kpar = 1
				}
				benchPar(b, op, kpar, 2*float64(m*n*k), lhs, rhs)
			})
		}
	}
}

// BenchmarkGEMMWeightGrad is the MLP's largest backward product: xᵀ·dy with
// x [256, 1024] and dy [256, 2048] contracted over the batch (both operands
// read transposed).
func BenchmarkGEMMWeightGrad(b *testing.B) {
	const bs, m, n = 256, 1024, 2048
	rng := rand.New(rand.NewSource(3))
	op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, bs, m), tt(tensor.F32, bs, n)}, []*stablehlo.TensorType{tt(tensor.F32, m, n)},
		stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{0}, RhsContracting: []int64{0}}})
	lhs, rhs := randBuf(rng, tensor.F32, bs, m), randBuf(rng, tensor.F32, bs, n)
	for _, impl := range []string{"go", "blas"} {
		for _, par := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/par%d", impl, par), func(b *testing.B) {
				useBLAS = impl == "blas"
				defer func() { useBLAS = true }()
				if impl == "blas" && blasLib() == nil {
					b.Skip("no BLAS")
				}
				benchPar(b, op, par, 2*float64(bs*m*n), lhs, rhs)
			})
		}
	}
}

// BenchmarkBLASThreshold compares small square products on both paths, to
// place blasMinFlops.
func BenchmarkBLASThreshold(b *testing.B) {
	rng := rand.New(rand.NewSource(2))
	for _, s := range []int64{8, 16, 24, 32, 48, 64, 96} {
		op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, s, s), tt(tensor.F32, s, s)}, []*stablehlo.TensorType{tt(tensor.F32, s, s)},
			stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}})
		lhs, rhs := randBuf(rng, tensor.F32, s, s), randBuf(rng, tensor.F32, s, s)
		for _, impl := range []string{"go", "blas"} {
			b.Run(fmt.Sprintf("%d/%s", s, impl), func(b *testing.B) {
				useBLAS = impl == "blas"
				defer func() { useBLAS = true }()
				saved := blasMinFlops
				blasMinFlops = 0
				defer func() { blasMinFlops = saved }()
				benchPar(b, op, 1, 2*float64(s*s*s), lhs, rhs)
			})
		}
	}
}

func benchPar(b *testing.B, op *stablehlo.Op, par int, flops float64, args ...*tensor.Buffer) {
	k, err := interp.Build(op, nil)
	if err != nil {
		b.Fatal(err)
	}
	rt := op.Results[0].Type.(*stablehlo.TensorType)
	res := []*tensor.Buffer{tensor.New(stablehlo.ElementDType(rt), rt.Shape)}
	ctx := &interp.Ctx{Parallelism: par}
	cpu0 := cpuSeconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := k(ctx, args, res); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
	// per CPU-second: the kernel's efficiency per core, less sensitive than
	// wall time to other processes on a shared machine
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(flops*float64(b.N)/cpu/1e9, "GFLOP/cpu-s")
	}
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// Convolutions whose GEMMs go to the library: complex ones always, f32 when
// the window is 1×1 (the lhs is its own im2col matrix).
func TestConvolutionBLAS(t *testing.T) {
	needBLAS(t)
	one2 := []int64{1, 1}
	rng := rand.New(rand.NewSource(10))
	for _, tc := range []struct {
		c convCase
		d tensor.DType
	}{
		{convCase{"nchw-1x1", nchw, []int64{2, 48, 9, 11}, []int64{40, 48, 1, 1}, one2, one2, one2, []int64{0, 0, 0, 0}, nil, 1, 1}, tensor.F32},
		{convCase{"nhwc-3x3-c64", nhwc, []int64{2, 12, 13, 8}, []int64{3, 3, 8, 40}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 1, 1}, tensor.C64},
		{convCase{"nhwc-3x3-c128-groups", nhwc, []int64{1, 12, 13, 16}, []int64{3, 3, 8, 64}, one2, one2, one2, []int64{1, 1, 1, 1}, nil, 2, 1}, tensor.C128},
	} {
		t.Run(tc.c.name, func(t *testing.T) {
			op := convOp(tc.c, tc.d, tc.d)
			lhs, rhs := randBuf(rng, tc.d, tc.c.lhs...), randBuf(rng, tc.d, tc.c.rhs...)
			want := tensor.New(tc.d, convOutShape(tc.c))
			naiveConv(tc.c, lhs, rhs, want)
			before := blasProducts.Load()
			got := runOp(t, op, lhs, rhs)[0]
			if blasProducts.Load() == before {
				t.Fatal("the library computed none of the GEMMs")
			}
			if err := closeEnough(got, want, 1e-6); err != nil {
				t.Fatal(err)
			}
		})
	}
}
