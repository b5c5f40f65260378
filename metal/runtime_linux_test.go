//go:build linux

package metal

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
)

func testRuntime(t *testing.T) (*Runtime, *fakeMTL) {
	f := newFake(t)
	r, err := newRuntime(f)
	if err != nil {
		t.Fatal(err)
	}
	r.MinElements = 0
	t.Cleanup(func() { close(r.work) })
	return r, f
}

// TestFakeDevice runs kernels through the runtime on the fake device:
// bindings, the element count, the grid, zero-copy and staged buffers, the
// completion handler, and that everything it made is released.
func TestFakeDevice(t *testing.T) {
	r, f := testRuntime(t)
	rng := rand.New(rand.NewSource(1))
	for name, k := range kernelsForTest(8 * 1001) {
		for _, tc := range []struct {
			align string
			off   int
			grid  int
		}{{"zero-copy", 0, maxGrid}, {"staged", 8, maxGrid}, {"zero-copy, grid of 37", 0, 37}} {
			t.Run(name+"/"+tc.align, func(t *testing.T) {
				r.grid = tc.grid
				z0, s0, d0 := r.Counts()
				ins, got, want := operands(rng, k, f.page, tc.off)
				runBoth(t, r, k, ins, got, want)
				z1, s1, d1 := r.Counts()
				var bytes int64
				for _, b := range append(append([]*tensor.Buffer{}, ins...), got...) {
					bytes += int64(len(b.Data))
				}
				if tc.off == 0 && (z1-z0 != bytes || s1 != s0) || tc.off != 0 && (s1-s0 != bytes || z1 != z0) {
					t.Errorf("%d bytes zero-copy, %d staged; want all %d %s", z1-z0, s1-s0, bytes, tc.align)
				}
				if d1-d0 != 1 {
					t.Errorf("%d dispatches, want 1", d1-d0)
				}
				f.check(t, 1+len(r.pipelines))
			})
		}
	}
}

// TestFakeConcurrentRuns runs one kernel from many goroutines at once: the
// Metal thread serialises the encoding, the completions come back out of
// order.
func TestFakeConcurrentRuns(t *testing.T) {
	r, f := testRuntime(t)
	k := kernelsForTest(8 * 500)["f32 bcast two outputs"]
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewSource(int64(g)))
			for range 4 {
				ins, got, want := operands(rng, k, f.page, 8*(g%2))
				runBoth(t, r, k, ins, got, want)
			}
		}()
	}
	wg.Wait()
	if len(r.pipelines) != 1 {
		t.Errorf("%d pipelines for one kernel", len(r.pipelines))
	}
	f.check(t, 2)
}

// TestFakeDeclines: what stays on the CPU, and why.
func TestFakeDeclines(t *testing.T) {
	r, f := testRuntime(t)
	space := []int64{64}
	unary := func(d, op string) *fusion.Kernel {
		return &fusion.Kernel{Version: fusion.KernelVersion, Space: space,
			Inputs: []fusion.Input{{DType: d, Shape: space, Access: fusion.Elem}},
			Body:   []fusion.Inst{{Op: op, DType: d, Args: []int{0}}}, Outputs: []int{1}, OutShapes: [][]int64{space}}
	}
	if _, err := r.Prepare(unary("f64", "negate")); err == nil || err.Error() != fusion.MSLNoDouble {
		t.Errorf("f64: %v, want %q", err, fusion.MSLNoDouble)
	}
	if _, err := r.Prepare(unary("complex<f32>", "negate")); err == nil || err.Error() != fusion.MSLNoComplex {
		t.Errorf("c64: %v, want %q", err, fusion.MSLNoComplex)
	}
	r.MinElements = 65
	if _, err := r.Prepare(unary("f32", "negate")); err == nil || !strings.Contains(err.Error(), EnvMinElements) {
		t.Errorf("64 elements under a minimum of 65: %v", err)
	}
	r.MinElements = 0
	r.minor = 0
	if _, err := r.Prepare(unary("bf16", "negate")); err == nil || !strings.Contains(err.Error(), "MSL 3.1") {
		t.Errorf("bf16 on MSL 3.0: %v", err)
	}
	r.minor = 1
	if _, err := r.Prepare(unary("bf16", "negate")); err != nil {
		t.Errorf("bf16 on MSL 3.1: %v", err)
	}
	f.check(t, 2)
}

const mslHead = "#include <metal_stdlib>\nusing namespace metal;\n"

// TestFakeErrors: a caller's mistake is an error; a failed command buffer
// runs the call on the CPU and keeps the kernel there, recorded with Metal's
// message, unless an output shares an input's storage (then the error comes
// back); compile errors and missing functions carry the message; nothing
// leaks.
func TestFakeErrors(t *testing.T) {
	r, f := testRuntime(t)
	k := kernelsForTest(64)["f16 to f32"]
	ins, got, want := operands(rand.New(rand.NewSource(2)), k, f.page, 8)
	dk, err := r.Prepare(k)
	if err != nil {
		t.Fatal(err)
	}
	if err := dk.Run(nil, ins[:1], got); err == nil || !strings.Contains(err.Error(), "1 arguments") {
		t.Errorf("one argument short: %v", err)
	}
	f.failCmd = "Execution of the command buffer was aborted due to an error during execution. (fake)"
	_, _, d0 := r.Counts()
	if err := dk.Run(nil, ins, got); err != nil {
		t.Errorf("failed command buffer: %v, want the CPU's answer", err)
	}
	if err := dk.Run(nil, ins, got); err != nil {
		t.Errorf("after the fallback: %v", err)
	}
	e, _ := fusion.Prepare(k)
	e.Run(nil, ins, want)
	if !bytes.Equal(got[0].Data, want[0].Data) {
		t.Error("the fallback's answer differs from tier 0's")
	}
	if _, err := r.Prepare(k); err == nil || !strings.Contains(err.Error(), "failed on the GPU before") {
		t.Errorf("Prepare after a failure: %v", err)
	}
	if pl, ok := fusion.PlacementOf(k.Hash()); !ok || pl.Where != "portable" || !strings.Contains(pl.Reason, "(fake)") {
		t.Errorf("placement after a failed command buffer: %+v", pl)
	}
	if _, _, d1 := r.Counts(); d1-d0 != 1 || r.Stats().Fallbacks != 1 {
		t.Errorf("%d dispatches, %d fallbacks; want the failed one and 1", d1-d0, r.Stats().Fallbacks)
	}

	// An output in an input's storage: the failed run may have written it.
	k2 := kernelsForTest(64)["f32 bcast two outputs"]
	ins2, got2, _ := operands(rand.New(rand.NewSource(4)), k2, f.page, 0)
	got2[0].Data = ins2[0].Data
	dk2, err := r.Prepare(k2)
	if err != nil {
		t.Fatal(err)
	}
	if err := dk2.Run(nil, ins2, got2); err == nil || !strings.Contains(err.Error(), "(fake)") {
		t.Errorf("failed run over aliased storage: %v, want Metal's error", err)
	}
	f.failCmd = ""

	if _, err := r.compile(mslHead+"kernel void broken(device float* x [[buffer(0)]]) { x[0] = undeclared; }", "broken"); err == nil ||
		!strings.Contains(err.Error(), "undeclared") {
		t.Errorf("compile error: %v", err)
	}
	if _, err := r.compile(mslHead+"kernel void one(device float* x [[buffer(0)]], uint gid [[thread_position_in_grid]]) { x[gid] = 1; }", "other"); err == nil ||
		!strings.Contains(err.Error(), "no function other") {
		t.Errorf("missing function: %v", err)
	}
	f.check(t, 3)
}

// TestFakeInTheTier registers the runtime as fusion's device and runs a
// program on tier 1: the promoted region's kernel runs on the (fake) GPU,
// the answer is tier 0's, and the tier report says where each kernel went.
func TestFakeInTheTier(t *testing.T) {
	r, f := testRuntime(t)
	const src = `
func.func @main(%x: tensor<4096xf32>, %y: tensor<2048xf64>) -> (tensor<4096xf32>, tensor<2048xf64>) {
  %a = stablehlo.add %x, %x : tensor<4096xf32>
  %b = stablehlo.multiply %a, %x : tensor<4096xf32>
  %c = stablehlo.add %y, %y : tensor<2048xf64>
  %d = stablehlo.multiply %c, %y : tensor<2048xf64>
  return %b, %d : tensor<4096xf32>, tensor<2048xf64>
}`
	_, p, _, err := engine.Build([]byte(src), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, y := tensor.New(tensor.F32, []int64{4096}), tensor.New(tensor.F64, []int64{2048})
	rng := rand.New(rand.NewSource(3))
	fill(rng, x)
	fill(rng, y)
	want, _, err := vm.RunWithStats(context.Background(), p, []*tensor.Buffer{x, y})
	if err != nil {
		t.Fatal(err)
	}
	fusion.SetDevice(r)
	defer fusion.SetDevice(nil)
	exe, err := (&tiers.Tier{Threshold: 0, Set: true}).Prepare(p)
	if err != nil {
		t.Fatal(err)
	}
	defer tiers.Unwatch(p)
	built0, declined0 := fusion.DeviceCounts()
	var got []*tensor.Buffer
	for range 3 {
		if got, _, err = engine.Run(context.Background(), exe, []*tensor.Buffer{x, y}, vm.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range want {
		if !bytes.Equal(got[i].Data, want[i].Data) {
			t.Errorf("result %d differs from tier 0's", i)
		}
	}
	built, declined := fusion.DeviceCounts()
	if built-built0 < 1 || declined-declined0 < 1 {
		t.Errorf("device kernels built %d, declined %d; want the f32 kernel built and the f64 one declined", built-built0, declined-declined0)
	}
	if _, _, d := r.Counts(); d == 0 {
		t.Error("no dispatch reached the device")
	}
	rep := tiers.BuildReport("main", p, nil).String()
	t.Log(rep)
	for _, w := range []string{"metal", fusion.MSLNoDouble} {
		if !strings.Contains(rep, w) {
			t.Errorf("the tier report does not say %q:\n%s", w, rep)
		}
	}
	f.check(t, 1+len(r.pipelines))
}

// TestMinElementsSetting: HLOVM_METAL_MIN_ELEMENTS sets the bound; a value
// that is not a count stops the runtime with an error Start reports.
func TestMinElementsSetting(t *testing.T) {
	t.Setenv(EnvMinElements, "1000")
	r, err := newRuntime(newFake(t))
	if err != nil {
		t.Fatal(err)
	}
	close(r.work)
	if r.MinElements != 1000 {
		t.Errorf("MinElements %d, want 1000", r.MinElements)
	}
	t.Setenv(EnvMinElements, "many")
	if _, err := newRuntime(newFake(t)); !errors.Is(err, errSetting) || !strings.Contains(err.Error(), `"many"`) {
		t.Errorf("%s=many: %v", EnvMinElements, err)
	}
}
