package corpustest

import (
	"context"
	"math"
	"math/cmplx"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/internal/shareddata"
	_ "github.com/hlovm/hlovm/interp/elementwise"
	_ "github.com/hlovm/hlovm/interp/linalg"
	_ "github.com/hlovm/hlovm/interp/structural"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// values reads any buffer as complex128 (real types in the real part) or, for
// integers, exactly as int64 bit patterns in the real part.
func values(b *tensor.Buffer) ([]complex128, bool) {
	n := int(b.NumElements())
	out := make([]complex128, n)
	switch b.DType {
	case tensor.F32:
		for i, v := range tensor.View[float32](b)[:n] {
			out[i] = complex(float64(v), 0)
		}
	case tensor.F64:
		for i, v := range tensor.View[float64](b)[:n] {
			out[i] = complex(v, 0)
		}
	case tensor.C64:
		for i, v := range tensor.View[complex64](b)[:n] {
			out[i] = complex128(v)
		}
	case tensor.C128:
		copy(out, tensor.View[complex128](b))
	case tensor.I32:
		for i, v := range tensor.View[int32](b)[:n] {
			out[i] = complex(float64(v), 0)
		}
		return out, true
	case tensor.U32:
		for i, v := range tensor.View[uint32](b)[:n] {
			out[i] = complex(float64(v), 0)
		}
		return out, true
	default:
		return nil, false
	}
	return out, false
}

// Cases and tolerances: integers exactly, floats within 1e-5 relative to
// max(1, |expected|) (fft and LAPACK run in float64 here and round once,
// which keeps them inside that bound of XLA's float32 results).
var cases = map[string]float64{
	"dot":                    1e-5,
	"conv":                   1e-5,
	"conv_nchw_grouped":      1e-5,
	"conv_grad":              1e-5,
	"fft":                    1e-5,
	"rng_bit_generator":      0,
	"linalg_cpu_customcalls": 1e-5,
}

func TestCorpusLinalgCases(t *testing.T) {
	root := shareddata.Dir(t, "corpus/jax-0.11.2")
	for name, tol := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(root, name)
			m, err := load.File(filepath.Join(dir, "module.mlir"))
			if err != nil {
				t.Fatal(err)
			}
			p, err := bytecode.Compile(m)
			if err != nil {
				if strings.Contains(err.Error(), "not supported by the interpreter") {
					t.Skipf("an op outside interp/linalg has no kernel yet: %v", err)
				}
				t.Fatal(err)
			}
			arrs, err := npz.ReadFile(filepath.Join(dir, "io.npz"))
			if err != nil {
				t.Fatal(err)
			}
			var ins, outs []*tensor.Buffer
			for _, a := range arrs {
				b, err := a.NaturalBuffer()
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasPrefix(a.Name, "in") {
					ins = append(ins, b)
				} else {
					outs = append(outs, b)
				}
			}
			got, err := vm.Run(context.Background(), p, ins)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(outs) {
				t.Fatalf("%d outputs, want %d", len(got), len(outs))
			}
			for i := range outs {
				g, gi := values(got[i])
				w, _ := values(outs[i])
				if g == nil || w == nil || len(g) != len(w) {
					t.Errorf("output %d: %v vs %v", i, got[i], outs[i])
					continue
				}
				for j := range w {
					bad := false
					switch {
					case gi:
						bad = g[j] != w[j]
					case cmplx.IsNaN(w[j]) || cmplx.IsNaN(g[j]):
						bad = cmplx.IsNaN(w[j]) != cmplx.IsNaN(g[j])
					default:
						bad = cmplx.Abs(g[j]-w[j]) > tol*math.Max(1, cmplx.Abs(w[j]))
					}
					if bad {
						t.Errorf("output %d element %d: got %v want %v", i, j, g[j], w[j])
						break
					}
				}
			}
		})
	}
}
