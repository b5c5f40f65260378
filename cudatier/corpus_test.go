package cudatier

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
	_ "github.com/hlovm/hlovm/interp/all"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
)

// close accepts float outputs within the corpus' tolerance against XLA
// (rtol 1e-5): a math function on the GPU may differ from Go's in the last
// place, and later ops (loops, gradients) grow that as any rounding
// difference.
func close(a, b *tensor.Buffer) bool {
	if a.DType != b.DType || len(a.Data) != len(b.Data) || (a.DType != tensor.F32 && a.DType != tensor.F64) {
		return false
	}
	sz := a.DType.StorageSize()
	for i := 0; i < len(a.Data); i += sz {
		x := tensor.FloatFromBits(a.DType, bitsOf(a.Data[i:i+sz]))
		y := tensor.FloatFromBits(a.DType, bitsOf(b.Data[i:i+sz]))
		if x == y || (x != x && y != y) {
			continue
		}
		if math.Abs(x-y) > 1e-6+1e-5*math.Abs(y) {
			return false
		}
	}
	return true
}

func bitsOf(b []byte) uint64 {
	var u uint64
	for i := len(b) - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	return u
}

// TestCorpusOnGPU runs every JAX corpus program with the CUDA tier
// registered and every region promoted at its first entry (every fused
// kernel it can take on the GPU, the rest on the CPU), against tier 0; the
// tier report shows kernels placed on the GPU and the copies around them.
func TestCorpusOnGPU(t *testing.T) {
	d := gpuOrSkip(t)
	runCorpus(t, d, d, 1)
}

// TestCorpusSimulated is TestCorpusOnGPU over the simulated device: the
// tier's plumbing through promoted regions, where no GPU is.
func TestCorpusSimulated(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: NVRTC compiles every corpus kernel")
	}
	d, sim := simDevice(t, nil)
	runCorpus(t, simRegistrar{d, sim}, d, 4) // every 4th program: NVRTC makes each kernel

}

// simRegistrar tells the simulated driver each kernel before the tier
// compiles it (a real module carries its code; the simulation looks the
// kernel up by name).
type simRegistrar struct {
	*Device
	sim *simDriver
}

func (r simRegistrar) Prepare(k *fusion.Kernel) (fusion.DeviceKernel, error) {
	r.Device.th.do(func() error { r.sim.byName["hlo_"+k.Hash()] = k; return nil })
	return r.Device.Prepare(k)
}

// runCorpus runs every stride-th corpus program with dev registered.
func runCorpus(t *testing.T, dev fusion.Device, d *Device, stride int) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2")
	fusion.SetDevice(dev)
	defer fusion.SetDevice(nil)
	ents, _ := os.ReadDir(dir)
	onGPU, programs := 0, 0
	for i, e := range ents {
		f := filepath.Join(dir, e.Name(), "module.vhlo-1.20.0.bc")
		if _, err := os.Stat(f); err != nil || i%stride != 0 {
			continue
		}
		programs++
		t.Run(e.Name(), func(t *testing.T) {
			build := func() *bytecode.Program {
				_, p, _, err := engine.BuildFile(f, engine.Options{})
				if err != nil {
					t.Fatal(err)
				}
				return p
			}
			ref := build()
			args := corpusInputs(t, filepath.Join(dir, e.Name(), "io.npz"), ref)
			want, _, err := vm.RunWithStats(context.Background(), ref, args)
			if err != nil {
				t.Fatal(err)
			}
			p := build()
			exe, err := (&tiers.Tier{Threshold: 0, Set: true}).Prepare(p)
			if err != nil {
				t.Fatal(err)
			}
			defer tiers.Unwatch(p)
			for run := range 2 {
				got, _, err := engine.Run(context.Background(), exe, args, vm.Options{Parallelism: 4})
				if err != nil {
					t.Fatalf("run %d: %v", run, err)
				}
				for i := range want {
					if !bytes.Equal(got[i].Data, want[i].Data) && !close(got[i], want[i]) {
						t.Errorf("run %d: output %d differs from tier 0", run, i)
					}
				}
			}
			rep := tiers.BuildReport(e.Name(), p, nil)
			for _, r := range rep.Regions {
				for _, k := range r.Kernels {
					if k.Where == "cuda" {
						onGPU++
					} else if k.DeviceWhy != "" && !strings.HasPrefix(k.DeviceWhy, "cuda: ") {
						t.Errorf("a kernel off the GPU without the device's reason: %+v", k)
					}
				}
			}
		})
	}
	s := d.Stats()
	t.Logf("%d programs, %d kernels on the GPU; %+v", programs, onGPU, s)
	if onGPU == 0 || s.Launches == 0 || s.ToDevice == 0 || s.FromDevice == 0 {
		t.Errorf("nothing ran on the GPU: %d kernels placed, %+v", onGPU, s)
	}
}

// corpusInputs reads a corpus program's inputs (the in* arrays of io.npz).
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
