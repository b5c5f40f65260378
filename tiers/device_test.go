package tiers

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// fakeDevice takes f32 kernels (running them on the portable executor) and
// declines the rest, counting launches as a GPU runtime would.
type fakeDevice struct{ launches atomic.Int64 }

func (d *fakeDevice) Name() string { return "fake" }

func (d *fakeDevice) Prepare(k *fusion.Kernel) (fusion.DeviceKernel, error) {
	for v := range len(k.Inputs) + len(k.Body) {
		if k.ValueDType(v) != tensor.F32 {
			return nil, errors.New("the fake device computes f32 only")
		}
	}
	e, err := fusion.Prepare(k)
	if err != nil {
		return nil, err
	}
	return fakeKernel{d, e}, nil
}

func (d *fakeDevice) Stats() fusion.DeviceStats {
	return fusion.DeviceStats{Launches: d.launches.Load()}
}

type fakeKernel struct {
	d *fakeDevice
	e *fusion.Exec
}

func (k fakeKernel) Run(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
	k.d.launches.Add(1)
	return k.e.Run(ctx, args, results)
}

// TestDeviceInReport: with a device registered, a promoted region's f32
// kernel runs there and its f64 kernel stays on the CPU; the tier report
// says where each went, why, and the device's counters.
func TestDeviceInReport(t *testing.T) {
	const src = `
func.func @main(%x: tensor<64xf32>, %y: tensor<32xf64>) -> (tensor<64xf32>, tensor<32xf64>) {
  %a = stablehlo.multiply %x, %x : tensor<64xf32>
  %b = stablehlo.add %a, %x : tensor<64xf32>
  %c = stablehlo.multiply %y, %y : tensor<32xf64>
  %d = stablehlo.subtract %c, %y : tensor<32xf64>
  return %b, %d : tensor<64xf32>, tensor<32xf64>
}`
	dev := &fakeDevice{}
	fusion.SetDevice(dev)
	defer fusion.SetDevice(nil)
	_, p, _, err := engine.Build([]byte(src), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, y := tensor.New(tensor.F32, []int64{64}), tensor.New(tensor.F64, []int64{32})
	for i := range 64 {
		tensor.ViewBytes[float32](x.Data)[i] = float32(i) / 7
	}
	for i := range 32 {
		tensor.ViewBytes[float64](y.Data)[i] = float64(i) / 3
	}
	want, _, err := vm.RunWithStats(context.Background(), p, []*tensor.Buffer{x, y})
	if err != nil {
		t.Fatal(err)
	}
	exe, err := (&Tier{Threshold: 0, Set: true}).Prepare(p)
	if err != nil {
		t.Fatal(err)
	}
	defer Unwatch(p)
	got, _, err := engine.Run(context.Background(), exe, []*tensor.Buffer{x, y}, vm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if !bytes.Equal(got[i].Data, want[i].Data) {
			t.Errorf("output %d differs from tier 0", i)
		}
	}
	if dev.launches.Load() == 0 {
		t.Fatalf("no kernel ran on the device:\n%s", BuildReport("main", p, nil))
	}
	r := BuildReport("main", p, nil)
	where := map[string]string{}
	for _, rr := range r.Regions {
		for _, k := range rr.Kernels {
			where[k.Where] = k.DeviceWhy
		}
	}
	if _, ok := where["fake"]; !ok || !strings.Contains(where["native"]+where["portable"], "fake: the fake device computes f32 only") {
		t.Errorf("placements: %v", where)
	}
	s := r.String()
	for _, w := range []string{"on the GPU (fake)", "2 (1 on the GPU)", "not on the GPU: fake: the fake device computes f32 only", "device fake: 1 kernels built"} {
		if !strings.Contains(s, w) {
			t.Errorf("the report does not say %q:\n%s", w, s)
		}
	}
}
