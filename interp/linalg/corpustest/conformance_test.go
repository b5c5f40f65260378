package corpustest

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// Test-local check.* kernels, installed only where no package has registered
// them yet, so the conformance files of interp/linalg's ops can run through
// the VM. Equality is exact (bitwise for floats, NaN == NaN);
// expect_almost_eq uses the file's tolerance (default 1e-4, relative to
// max(1, |expected|)); expect_close allows 3 units in the last place of the
// element type or 1e-5 relative.

func init() {
	for _, name := range []string{"check.expect_eq", "check.expect_almost_eq", "check.expect_close", "check.expect_eq_const", "check.expect_almost_eq_const"} {
		name := name
		b := func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildCheck(name, op) }
		if !interp.Has(name) {
			interp.Register(name, b)
		}
		if !hasCustomCall(name) {
			interp.RegisterCustomCall(name, b)
		}
	}
}

func hasCustomCall(target string) bool {
	op := stablehlo.NewOp("stablehlo.custom_call", nil, nil)
	op.SetAttr("call_target_name", stablehlo.StringAttr{Value: target})
	_, err := interp.Build(op, nil)
	return err == nil || !strings.Contains(err.Error(), "unknown custom_call target")
}

func denseBuf(a stablehlo.Attribute) (*tensor.Buffer, error) {
	d, ok := a.(*stablehlo.DenseElementsAttr)
	if !ok {
		return nil, fmt.Errorf("expected a dense value, got %T", a)
	}
	b := tensor.New(stablehlo.ElementDType(d.Type), d.Type.Shape)
	copy(b.Data, d.RawData())
	return b, nil
}

func buildCheck(name string, op *stablehlo.Op) (interp.Kernel, error) {
	var want *tensor.Buffer
	if strings.HasSuffix(name, "_const") {
		var err error
		if want, err = denseBuf(op.Attr("value")); err != nil {
			return nil, err
		}
	}
	tol := 1e-4
	if t, ok := op.Attr("tolerance").(*stablehlo.FloatAttr); ok {
		tol = t.Float64()
	}
	base := strings.TrimSuffix(name, "_const")
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		w := want
		if w == nil {
			if len(args) < 2 {
				return fmt.Errorf("%s needs two operands", name)
			}
			w = args[1]
		}
		return compare(base, args[0], w, tol)
	}, nil
}

func manBits(d tensor.DType) int {
	switch d {
	case tensor.F64, tensor.C128:
		return 52
	case tensor.F32, tensor.C64:
		return 23
	case tensor.F16:
		return 10
	case tensor.BF16:
		return 7
	case tensor.TF32:
		return 10
	}
	return 3
}

func compare(kind string, got, want *tensor.Buffer, tol float64) error {
	if got.DType != want.DType || got.NumElements() != want.NumElements() {
		return fmt.Errorf("got %v, want %v", got, want)
	}
	d := got.DType
	if !d.IsFloat() && !d.IsComplex() {
		if string(got.Data) != string(want.Data) {
			return fmt.Errorf("integer values differ: got %v want %v", got.Data, want.Data)
		}
		return nil
	}
	g, w := partsOf(got), partsOf(want)
	mb := manBits(d)
	for i := range w {
		a, b := g[i], w[i]
		if math.IsNaN(a) || math.IsNaN(b) {
			if math.IsNaN(a) != math.IsNaN(b) {
				return fmt.Errorf("element %d: got %v want %v", i, a, b)
			}
			continue
		}
		if a == b {
			continue
		}
		ok := false
		switch kind {
		case "check.expect_almost_eq":
			ok = math.Abs(a-b) <= tol*math.Max(1, math.Abs(b))
		case "check.expect_close":
			_, e := math.Frexp(math.Max(math.Abs(b), math.SmallestNonzeroFloat64))
			ulp := math.Ldexp(1, e-1-mb)
			ok = math.Abs(a-b) <= 3*ulp || math.Abs(a-b) <= 1e-5*math.Abs(b)
		}
		if !ok {
			return fmt.Errorf("element %d: got %v want %v", i, a, b)
		}
	}
	return nil
}

// partsOf lists the float64 values of a float buffer, or the real and
// imaginary parts of a complex one.
func partsOf(b *tensor.Buffer) []float64 {
	n := int(b.NumElements())
	switch b.DType {
	case tensor.F32:
		out := make([]float64, n)
		for i, v := range tensor.View[float32](b)[:n] {
			out[i] = float64(v)
		}
		return out
	case tensor.F64:
		return append([]float64(nil), tensor.View[float64](b)[:n]...)
	case tensor.C64:
		out := make([]float64, 2*n)
		for i, v := range tensor.View[float32](b)[:2*n] {
			out[i] = float64(v)
		}
		return out
	case tensor.C128:
		return append([]float64(nil), tensor.View[float64](b)[:2*n]...)
	}
	out := make([]float64, n)
	sz := b.DType.StorageSize()
	for i := 0; i < n; i++ {
		var bits uint64
		for k := 0; k < sz; k++ {
			bits |= uint64(b.Data[i*sz+k]) << (8 * k)
		}
		out[i] = tensor.FloatFromBits(b.DType, bits)
	}
	return out
}

// linalgFile selects the conformance files whose subject is one of
// interp/linalg's ops.
func linalgFile(name string) bool {
	for _, p := range []string{"dot_general", "conv_general_dilated", "fft_", "triangular_solve", "rng_bit_generator", "convolution", "dot.", "cholesky"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

type outcome struct{ pass, fail, skip int }

// runChunk compiles and runs every public function of one conformance chunk.
func runChunk(src, name string) (skipped bool, err error) {
	m, err := load.Bytes([]byte(src), name)
	if err != nil {
		return false, fmt.Errorf("load: %w", err)
	}
	var entries []string
	for _, f := range m.Funcs() {
		if vis, ok := f.Attr("sym_visibility").(stablehlo.StringAttr); ok && vis.Value == "private" {
			continue
		}
		entries = append(entries, stablehlo.FuncName(f))
	}
	for _, e := range entries {
		p, err := bytecode.CompileWith(m, bytecode.Options{Entry: e})
		if err != nil {
			if strings.Contains(err.Error(), "not supported by the interpreter") || strings.Contains(err.Error(), "dynamic") {
				return true, err
			}
			return false, err
		}
		if _, err := vm.Run(context.Background(), p, nil); err != nil {
			return false, err
		}
	}
	return false, nil
}

func runConformance(t *testing.T, rel string) outcome {
	dir := shareddata.Dir(t, rel)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var o outcome
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".mlir") && linalgFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		for ci, chunk := range strings.Split(string(data), "\n// -----") {
			if !strings.Contains(chunk, "func.func") {
				continue
			}
			skipped, err := runChunk(chunk, n)
			switch {
			case skipped:
				o.skip++
				t.Logf("skip %s#%d: %v", n, ci, err)
			case err != nil && knownFailures[n] != "":
				o.fail++
				t.Logf("known failure %s#%d (%s): %v", n, ci, knownFailures[n], err)
			case err != nil:
				o.fail++
				t.Errorf("%s#%d: %v", n, ci, err)
			default:
				o.pass++
			}
		}
	}
	return o
}

// Floors: the pass counts this package reached; a drop is a regression.
func TestConformanceInterpretLinalg(t *testing.T) {
	o := runConformance(t, "conformance/stablehlo-interpret")
	t.Logf("stablehlo-interpret (linalg ops): %d passed, %d failed, %d skipped", o.pass, o.fail, o.skip)
	if o.pass < floorInterpret {
		t.Errorf("pass count %d fell below the floor %d", o.pass, floorInterpret)
	}
}

func TestConformanceTestdataLinalg(t *testing.T) {
	o := runConformance(t, "conformance/stablehlo-testdata")
	t.Logf("stablehlo-testdata (linalg ops): %d passed, %d failed, %d skipped", o.pass, o.fail, o.skip)
	if o.pass < floorTestdata {
		t.Errorf("pass count %d fell below the floor %d", o.pass, floorTestdata)
	}
}

const (
	floorInterpret = 32
	floorTestdata  = 94
)

// knownFailures are files whose expected values cannot be reproduced within
// their check's tolerance, with the reason.
var knownFailures = map[string]string{
	// A length-17 RFFT whose expected values are XLA's float32 FFT: one output
	// (0.04399693 of inputs of magnitude ~5) differs from the float64 FFT
	// rounded to float32 by 5e-7, float32 noise of XLA's pass order that only
	// its own algorithm reproduces. The StableHLO reference interpreter does
	// not run this file either (RUN-DISABLED).
	"fft_float32_14_15_16_17.mlir": "float32 FFT rounding noise",
}
