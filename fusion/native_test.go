package fusion

import (
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

func TestMain(m *testing.M) {
	if venv, err := filepath.Abs(filepath.Join("..", ".venv")); err == nil {
		LLVMSearchDirs = append(LLVMSearchDirs, venv)
	}
	os.Exit(m.Run())
}

// unaryKernel is out = op(in) over n f32 elements.
func unaryKernel(op string, n int64) *Kernel {
	return &Kernel{Version: KernelVersion, Space: []int64{n},
		Inputs:  []Input{{DType: "f32", Shape: []int64{n}, Access: Elem}},
		Body:    []Inst{{Op: op, DType: "f32", Args: []int{0}}},
		Outputs: []int{1}, OutShapes: [][]int64{{n}}}
}

func ulpDiff(a, b float32) float64 {
	if a == b || (a != a && b != b) {
		return 0
	}
	if a != a || b != b || math.IsInf(float64(a), 0) || math.IsInf(float64(b), 0) || (a < 0) != (b < 0) {
		return math.Inf(1)
	}
	x, y := int64(math.Float32bits(a)), int64(math.Float32bits(b))
	return math.Abs(float64(x - y))
}

// TestNativeF32Math: the vectorised f32 exp, log, tanh and logistic against
// float64 math rounded once, over random values of every magnitude and the
// special cases, within a few units in the last place.
func TestNativeF32Math(t *testing.T) {
	if _, err := JIT(); err != nil {
		t.Skipf("no native code generator: %v", err)
	}
	r := rand.New(rand.NewSource(5))
	var xs []float32
	for i := 0; i < 200000; i++ {
		xs = append(xs, math.Float32frombits(r.Uint32()))
		xs = append(xs, float32(r.NormFloat64()*4))
	}
	xs = append(xs, 0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()),
		88.72, 88.73, -87.3, -103.9, -104, 1e-40, -1e-40, 1, 0.625, -0.625, 9, -9, 20, 1.17549435e-38)
	logistic := func(x float64) float64 {
		if x >= 0 {
			return 1 / (1 + math.Exp(-x))
		}
		e := math.Exp(x)
		return e / (1 + e)
	}
	for _, tc := range []struct {
		op      string
		ref     func(float64) float64
		maxULPs float64
	}{
		{"exponential", math.Exp, 2},
		{"log", math.Log, 2},
		{"log_plus_one", math.Log1p, 2},
		{"tanh", math.Tanh, 3},
		{"logistic", logistic, 3},
	} {
		n := int64(len(xs))
		k := unaryKernel(tc.op, n)
		e, err := Prepare(k)
		if err != nil {
			t.Fatal(err)
		}
		e.native, e.nativeErr = compileNative(k)
		if e.native == nil {
			t.Fatalf("%s: not native: %v", tc.op, e.nativeErr)
		}
		in := tensor.New(tensor.F32, []int64{n})
		copy(tensor.ViewBytes[float32](in.Data), xs)
		out := tensor.New(tensor.F32, []int64{n})
		if err := e.Run(&interp.Ctx{Parallelism: 2}, []*tensor.Buffer{in}, []*tensor.Buffer{out}); err != nil {
			t.Fatal(err)
		}
		worst, at := 0.0, float32(0)
		for i, x := range xs {
			want := float32(tc.ref(float64(x)))
			got := tensor.ViewBytes[float32](out.Data)[i]
			// Results below float's normal range are compared absolutely.
			if math.Abs(float64(want)) < 1.2e-38 && math.Abs(float64(got-want)) < 1e-44 {
				continue
			}
			if d := ulpDiff(got, want); d > worst {
				worst, at = d, x
			}
		}
		t.Logf("%s: max %g ulp (at %g)", tc.op, worst, at)
		if worst > tc.maxULPs {
			t.Errorf("%s: %g ulp at x = %g (got %g, want %g)", tc.op, worst, at,
				func() float32 {
					for i, x := range xs {
						if x == at || (x != x && at != at) {
							return tensor.ViewBytes[float32](out.Data)[i]
						}
					}
					return 0
				}(), float32(tc.ref(float64(at))))
		}
	}
}
