//go:build linux

package metal

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
)

// TestCorpusThroughShim runs every JAX corpus program (the shared corpus and
// vm/vmtest's newest captures) with its recorded inputs on tier 1, every
// region promoted at its first entry and every fused kernel going through
// the fake Metal device (MSL compiled through metal/shim), and compares each
// output with tier 0's: bit for bit, or within 3 units in the last place of
// a float, 2 of a half or bfloat (the shim's math functions are the host's
// libm in float, tier 0's Go's math in double), or the corpus' relative
// tolerance against XLA (1e-5) where a difference was carried on.
func TestCorpusThroughShim(t *testing.T) {
	if os.Getenv(EnvShimSuites) == "" {
		t.Skipf("set %s=1: compiles every fused kernel of the corpus through metal/shim (minutes)", EnvShimSuites)
	}
	r, f := testRuntime(t)
	var progs [][2]string
	dir := shareddata.Dir(t, "corpus/jax-0.11.2")
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		p := filepath.Join(dir, e.Name(), "module.vhlo-1.20.0.bc")
		if _, err := os.Stat(p); err == nil {
			progs = append(progs, [2]string{p, filepath.Join(dir, e.Name(), "io.npz")})
		}
	}
	newest, _ := filepath.Glob("../vm/vmtest/testdata/jax-*/*/module.vhlo-*.bc")
	for _, p := range newest {
		progs = append(progs, [2]string{p, filepath.Join(filepath.Dir(p), "io.npz")})
	}
	if len(progs) < 40 {
		t.Fatalf("found %d corpus programs", len(progs))
	}
	fusion.SetDevice(r)
	defer fusion.SetDevice(nil)
	built0, declined0 := fusion.DeviceCounts()
	for _, pr := range progs {
		name := filepath.Base(filepath.Dir(pr[0]))
		t.Run(name, func(t *testing.T) {
			_, ref, _, err := engine.BuildFile(pr[0], engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			args := corpusInputs(t, pr[1], ref)
			want, _, err := vm.RunWithStats(context.Background(), ref, args)
			if err != nil {
				t.Fatal(err)
			}
			_, p, _, err := engine.BuildFile(pr[0], engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			exe, err := (&tiers.Tier{Threshold: 0, Set: true}).Prepare(p)
			if err != nil {
				t.Fatal(err)
			}
			defer tiers.Unwatch(p)
			for run := range 2 { // the first run may still be on tier 0
				got, _, err := engine.Run(context.Background(), exe, args, vm.Options{Parallelism: 2})
				if err != nil {
					t.Fatalf("run %d: %v", run, err)
				}
				for i := range want {
					if !closeToTier0(got[i], want[i]) {
						t.Errorf("run %d: output %d (%v) differs from tier 0", run, i, want[i])
					}
				}
			}
		})
	}
	built, declined := fusion.DeviceCounts()
	_, _, d := r.Counts()
	t.Logf("%d programs: %d kernels built for the device, %d declined (CPU), %d dispatches, %d libraries compiled",
		len(progs), built-built0, declined-declined0, d, f.libs)
	if d == 0 {
		t.Error("no kernel ran through the shim")
	}
	f.check(t, 1+len(r.pipelines))
}

func corpusInputs(t *testing.T, path string, p *bytecode.Program) []*tensor.Buffer {
	arrs, err := npz.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ins []*tensor.Buffer
	main := p.Entry()
	for _, a := range arrs {
		if strings.HasPrefix(a.Name, "in") {
			b, _, err := a.BufferJAX(stablehlo.ElementDType(main.Params[len(ins)]))
			if err != nil {
				t.Fatal(err)
			}
			ins = append(ins, b)
		}
	}
	return ins
}

// closeToTier0 is TestCorpusThroughShim's comparison.
func closeToTier0(a, b *tensor.Buffer) bool {
	if bytes.Equal(a.Data, b.Data) {
		return true
	}
	if a.DType != b.DType || len(a.Data) != len(b.Data) || !(a.DType.IsFloat() || a.DType.IsComplex()) {
		return false
	}
	part := a.DType
	if part.IsComplex() {
		part = part.ComplexPart()
	}
	sz := part.StorageSize()
	ulps := uint64(3)
	if sz == 2 {
		ulps = 2
	}
	for i := 0; i+sz <= len(a.Data); i += sz {
		var x, y uint64
		for j := range sz {
			x |= uint64(a.Data[i+j]) << (8 * j)
			y |= uint64(b.Data[i+j]) << (8 * j)
		}
		if x == y {
			continue
		}
		fx, fy := tensor.FloatFromBits(part, x), tensor.FloatFromBits(part, y)
		if fx != fx && fy != fy {
			continue
		}
		d := x - y
		if y > x {
			d = y - x
		}
		if (fx < 0) == (fy < 0) && d <= ulps {
			continue
		}
		if math.Abs(fx-fy) > 1e-6+1e-5*math.Abs(fy) {
			return false
		}
	}
	return true
}
