package cudatier

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tensor"
)

// simDriver is a device simulated in host memory: allocations are byte
// slices at distinct addresses, and a launch decodes the buffer table from
// "device" memory and runs the kernel on the portable executor over those
// bytes. It checks the tier's host side (pool, packed upload, table,
// offsets, copies back, fallback) where no GPU is.
type simDriver struct {
	mem      map[cuda.DevicePtr][]byte
	next     cuda.DevicePtr
	byName   map[string]*fusion.Kernel
	fns      []*fusion.Kernel
	fail     bool // LaunchTable refuses
	launches int
}

func newSim() *simDriver {
	return &simDriver{mem: map[cuda.DevicePtr][]byte{}, next: 1 << 40, byName: map[string]*fusion.Kernel{}}
}

func (s *simDriver) Alloc(n int) (cuda.DevicePtr, error) {
	p := s.next
	s.next += cuda.DevicePtr(n) + 1<<20 // gaps: an overrun never lands in a neighbour
	s.mem[p] = make([]byte, n)
	return p, nil
}

func (s *simDriver) Free(p cuda.DevicePtr) error {
	if _, ok := s.mem[p]; !ok {
		return errors.New("sim: free of an address not allocated")
	}
	delete(s.mem, p)
	return nil
}

// at is the n bytes at p, inside one allocation.
func (s *simDriver) at(p cuda.DevicePtr, n int) ([]byte, error) {
	for base, b := range s.mem {
		if p >= base && p+cuda.DevicePtr(n) <= base+cuda.DevicePtr(len(b)) {
			return b[p-base : p-base+cuda.DevicePtr(n)], nil
		}
	}
	return nil, fmt.Errorf("sim: %d bytes at 0x%x are outside every allocation", n, p)
}

func (s *simDriver) CopyToDevice(dst cuda.DevicePtr, src []byte) error {
	b, err := s.at(dst, len(src))
	if err == nil {
		copy(b, src)
	}
	return err
}

func (s *simDriver) CopyFromDevice(dst []byte, src cuda.DevicePtr) error {
	b, err := s.at(src, len(dst))
	if err == nil {
		copy(dst, b)
	}
	return err
}

func (s *simDriver) LoadModule(image []byte) (cuda.Module, error) {
	if len(image) == 0 {
		return 0, errors.New("sim: empty image")
	}
	return 1, nil
}

func (s *simDriver) UnloadModule(cuda.Module) {}

func (s *simDriver) Function(_ cuda.Module, name string) (cuda.Function, error) {
	k := s.byName[name]
	if k == nil {
		return 0, fmt.Errorf("sim: no kernel %s", name)
	}
	s.fns = append(s.fns, k)
	return cuda.Function(len(s.fns)), nil
}

func (s *simDriver) LaunchTable(fn cuda.Function, table cuda.DevicePtr, n int64) error {
	if s.fail || fn == 0 || int(fn) > len(s.fns) {
		return errors.New("sim: cuLaunchKernel refused")
	}
	k := s.fns[fn-1]
	if n != k.NumElements() {
		return fmt.Errorf("sim: launched over %d elements, the kernel has %d", n, k.NumElements())
	}
	nb := len(k.Inputs) + len(k.Outputs)
	tbl, err := s.at(table, 8*nb)
	if err != nil {
		return err
	}
	buf := func(i int, d tensor.DType, shape []int64) (*tensor.Buffer, error) {
		b, err := s.at(cuda.DevicePtr(binary.LittleEndian.Uint64(tbl[8*i:])), int(tensor.NumElements(shape))*d.StorageSize())
		return &tensor.Buffer{DType: d, Shape: shape, Data: b}, err
	}
	var ins, outs []*tensor.Buffer
	for i, in := range k.Inputs {
		b, err := buf(i, k.ValueDType(i), in.Shape)
		if err != nil {
			return fmt.Errorf("input %d: %v", i, err)
		}
		ins = append(ins, b)
	}
	for o, v := range k.Outputs {
		b, err := buf(len(k.Inputs)+o, k.ValueDType(v), k.OutShapes[o])
		if err != nil {
			return fmt.Errorf("output %d: %v", o, err)
		}
		outs = append(outs, b)
	}
	e, err := fusion.Prepare(k)
	if err != nil {
		return err
	}
	s.launches++
	return e.Run(nil, ins, outs)
}

func (s *simDriver) Synchronize() error { return nil }

// simDevice is a Device over a simulated driver (NVRTC still compiles each
// kernel, as on a GPU).
func simDevice(t *testing.T, ks []*fusion.Kernel) (*Device, *simDriver) {
	t.Helper()
	nv := nvrtcOrSkip(t)
	sim := newSim()
	for _, k := range ks {
		sim.byName["hlo_"+k.Hash()] = k
	}
	th, err := startThread(func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	return newDevice(sim, "simulated", th, &compiler{nvrtc: nv, arch: "sm_90"}, 0, 64<<20), sim
}

// TestSimulatedDevice runs the hand kernels (f32, f64, i32, i1; packed and
// separately copied inputs; scalar and broadcast reads) through the tier's
// host side against tier 0, then again from the pool, then with launches
// refused (every run falls back to the CPU and says why).
func TestSimulatedDevice(t *testing.T) {
	ks := handKernels()
	d, sim := simDevice(t, ks)
	r := rand.New(rand.NewSource(18))
	for _, k := range ks {
		check(t, d, k, r)
	}
	s := d.Stats()
	if sim.launches != len(ks) || s.Launches != int64(len(ks)) || s.Fallbacks != 0 {
		t.Fatalf("%d simulated launches, stats %+v; want %d launches, no fallback", sim.launches, s, len(ks))
	}
	// Each launch: one packed upload, one per input over packMax, one
	// download per output.
	var up, down, upBytes, downBytes int64
	for _, k := range ks {
		up++
		for i, in := range k.Inputs {
			if b := tensor.NumElements(in.Shape) * int64(k.ValueDType(i).StorageSize()); b > packMax {
				up++
				upBytes += b
			}
		}
		for _, v := range k.Outputs {
			down++
			downBytes += k.NumElements() * int64(k.ValueDType(v).StorageSize())
		}
	}
	if s.ToDevice != up || s.FromDevice != down || s.FromDeviceBytes != downBytes || s.ToDeviceBytes <= upBytes {
		t.Errorf("copies %+v; want %d up (over %d bytes), %d down (%d bytes)", s, up, upBytes, down, downBytes)
	}
	for _, k := range ks {
		check(t, d, k, r)
	}
	if s2 := d.Stats(); s2.PoolMisses != s.PoolMisses || s2.PoolHits <= s.PoolHits {
		t.Errorf("the second pass allocated: %+v after %+v", s2, s)
	}
	if len(sim.mem) == 0 || d.pool.held.Load() == 0 {
		t.Errorf("the pool keeps nothing between launches")
	}
	sim.fail = true
	for _, k := range ks[:2] {
		check(t, d, k, r) // right answers from the CPU
		if p, _ := fusion.PlacementOf(k.Hash()); p.Where != "portable" || !strings.Contains(p.Reason, "cuLaunchKernel refused") {
			t.Errorf("placement after a refused launch: %+v", p)
		}
	}
	if got := d.Stats().Fallbacks; got != 2 {
		t.Errorf("%d fallbacks, want 2", got)
	}
	sim.fail = false
	if _, err := d.Prepare(ks[0]); err == nil || !strings.Contains(err.Error(), "failed at run time earlier: sim: cuLaunchKernel refused") {
		t.Errorf("a kernel that failed on the device was offered again: %v", err)
	}
	check(t, d, ks[2], r) // the others still run there
}

// TestHandKernelsCompile: every hand kernel is valid, emits and compiles
// for sm_90 (so the GPU tests test the tier, not a malformed kernel).
func TestHandKernelsCompile(t *testing.T) {
	nv := nvrtcOrSkip(t)
	for i, k := range handKernels() {
		src, err := fusion.EmitCUDA(k, "k")
		if err != nil {
			t.Errorf("kernel %d: %v\n%s", i, err, k)
			continue
		}
		if _, err := nv.CompileCUBIN(src, "k", "sm_90"); err != nil {
			t.Errorf("kernel %d: %v", i, err)
		}
	}
}
