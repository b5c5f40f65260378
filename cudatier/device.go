package cudatier

import (
	"encoding/binary"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// driver is what the tier asks of the CUDA driver, on the owner thread
// (cuda.Driver; tests simulate a device in host memory).
type driver interface {
	allocator
	CopyToDevice(dst cuda.DevicePtr, src []byte) error
	CopyFromDevice(dst []byte, src cuda.DevicePtr) error
	LoadModule(image []byte) (cuda.Module, error)
	UnloadModule(m cuda.Module)
	Function(m cuda.Module, name string) (cuda.Function, error)
	LaunchTable(fn cuda.Function, table cuda.DevicePtr, n int64) error
	Synchronize() error
}

// Device is the CUDA device as a fusion.Device: device 0, its context on
// the owner thread, its memory pool and compiled kernels.
type Device struct {
	drv  driver
	desc string // the GPU, the driver and NVRTC
	th   *thread
	pool *pool
	comp *compiler
	// minElements: smaller kernels stay on the CPU.
	minElements atomic.Int64
	// broken holds the first error that left the context unusable (a
	// kernel fault is sticky in CUDA): from then on everything runs on the
	// CPU.
	broken atomic.Pointer[string]

	mu      sync.Mutex
	kernels map[string]*loaded // by kernel hash

	staging []byte // owner thread only: the packed upload's host side

	launches, toDev, toDevBytes, fromDev, fromDevBytes, fallbacks atomic.Int64
}

// loaded is one kernel's module, made once per process.
type loaded struct {
	once   sync.Once
	fn     cuda.Function
	target string
	err    error
	// failed: a run failed on the device (why); the kernel stays on the
	// CPU for the rest of the process.
	failed atomic.Pointer[string]
}

// Name is the backend's name in placements and reports.
func (d *Device) Name() string { return "cuda" }

// Describe names the GPU, the driver and NVRTC ("NVIDIA H100 80GB HBM3,
// compute capability 9.0, driver 13000, NVRTC 12.9").
func (d *Device) Describe() string { return d.desc }

// Stats reports the device's counters (fusion.StatsReporter).
func (d *Device) Stats() fusion.DeviceStats {
	return fusion.DeviceStats{
		Launches: d.launches.Load(),
		ToDevice: d.toDev.Load(), ToDeviceBytes: d.toDevBytes.Load(),
		FromDevice: d.fromDev.Load(), FromDeviceBytes: d.fromDevBytes.Load(),
		Fallbacks: d.fallbacks.Load(),
		PoolBytes: d.pool.held.Load(), PoolHits: d.pool.hits.Load(), PoolMisses: d.pool.misses.Load(),
	}
}

// SetMinElements sets the smallest kernel the device takes from now on (0:
// all; the conformance suites' arrays are tiny).
func (d *Device) SetMinElements(n int64) { d.minElements.Store(n) }

// CompileCounts reports NVRTC compiles, images loaded from the disk cache,
// and PTX made where a CUBIN could not be.
func (d *Device) CompileCounts() (compiles, diskHits, ptxFallbacks int64) {
	return d.comp.compiles.Load(), d.comp.diskHits.Load(), d.comp.ptxFallbacks.Load()
}

// Prepare compiles k for the GPU, or says why it stays on the CPU.
func (d *Device) Prepare(k *fusion.Kernel) (fusion.DeviceKernel, error) {
	if b := d.broken.Load(); b != nil {
		return nil, fmt.Errorf("the device failed earlier: %s", *b)
	}
	n := k.NumElements()
	if m := d.minElements.Load(); n < m {
		return nil, fmt.Errorf("%d elements: below the CUDA tier's %d (%s; the copies and launch cost more than the host's loop)", n, m, MinElementsEnv)
	}
	h := k.Hash()
	name := "hlo_" + h
	src, err := fusion.EmitCUDA(k, name)
	if err != nil {
		return nil, err
	}
	l := d.load(k, h, src, name)
	if l.err != nil {
		return nil, l.err
	}
	if f := l.failed.Load(); f != nil {
		return nil, fmt.Errorf("failed at run time earlier: %s", *f)
	}
	cpu, err := fusion.Prepare(k)
	if err != nil {
		return nil, err
	}
	dk := &kernel{d: d, k: k, hash: h, l: l, fn: l.fn, cpu: cpu, n: n}
	for i, in := range k.Inputs {
		dk.inBytes = append(dk.inBytes, int(tensor.NumElements(in.Shape))*k.ValueDType(i).StorageSize())
	}
	for _, v := range k.Outputs {
		dk.outBytes = append(dk.outBytes, int(n)*k.ValueDType(v).StorageSize())
	}
	return dk, nil
}

// load compiles (or finds) and loads k's module once per process.
func (d *Device) load(k *fusion.Kernel, h, src, name string) *loaded {
	d.mu.Lock()
	l := d.kernels[h]
	if l == nil {
		l = &loaded{}
		d.kernels[h] = l
	}
	d.mu.Unlock()
	l.once.Do(func() {
		img, err := d.comp.compile(k, src, name)
		if err != nil {
			l.err = err
			return
		}
		l.target = img.target
		l.err = d.th.do(func() error {
			mod, err := d.drv.LoadModule(img.data)
			if err != nil {
				return err
			}
			fn, err := d.drv.Function(mod, name)
			if err != nil {
				d.drv.UnloadModule(mod)
				return err
			}
			l.fn = fn
			return nil
		})
	})
	return l
}

// kernel is one fused kernel on the GPU, with its CPU twin for when the
// device fails.
type kernel struct {
	d                 *Device
	k                 *fusion.Kernel
	hash              string
	l                 *loaded
	fn                cuda.Function
	cpu               *fusion.Exec
	n                 int64
	inBytes, outBytes []int
}

// Run computes the kernel on the GPU: inputs copied in, outputs copied
// back into results. A failure on the device runs this call on the CPU.
func (k *kernel) Run(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
	if err := k.check(args, results); err != nil {
		return err
	}
	if k.l.failed.Load() != nil || k.d.broken.Load() != nil {
		return k.cpu.Run(ctx, args, results)
	}
	err := k.d.th.do(func() error { return k.d.launch(k, args, results) })
	if err == nil {
		return nil
	}
	k.d.fallbacks.Add(1)
	msg := err.Error()
	if k.l.failed.CompareAndSwap(nil, &msg) {
		fusion.RecordPlacement(k.hash, fusion.Placement{Where: "portable", Reason: "cuda: failed at run time: " + msg})
	}
	return k.cpu.Run(ctx, args, results)
}

// check holds the buffers to the kernel's sizes: the device reads and
// writes exactly that many bytes.
func (k *kernel) check(args, results []*tensor.Buffer) error {
	if len(args) != len(k.inBytes) || len(results) != len(k.outBytes) {
		return fmt.Errorf("cudatier: kernel takes %d inputs and %d outputs, got %d and %d", len(k.inBytes), len(k.outBytes), len(args), len(results))
	}
	for i, a := range args {
		if len(a.Data) != k.inBytes[i] {
			return fmt.Errorf("cudatier: input %d holds %d bytes, want %d", i, len(a.Data), k.inBytes[i])
		}
	}
	for o, r := range results {
		if len(r.Data) != k.outBytes[o] {
			return fmt.Errorf("cudatier: output %d holds %d bytes, want %d", o, len(r.Data), k.outBytes[o])
		}
	}
	return nil
}

// packMax is the largest input packed into the launch's one upload with
// the buffer table; larger ones are copied on their own (an extra copy
// through the staging buffer would cost more than a call).
const packMax = 64 << 10

// align is the offset alignment inside the packed upload (the widest
// element, and what the driver aligns allocations to).
const align = 256

func roundUp(n int) int { return (n + align - 1) / align * align }

// launch runs on the owner thread: one upload of the buffer table and the
// small inputs, one per large input, the launch, one download per output.
func (d *Device) launch(k *kernel, args, results []*tensor.Buffer) (err error) {
	if k.n == 0 {
		return nil
	}
	var held []Buffer
	defer func() {
		if err != nil {
			// A fault is sticky: if the context no longer works, nothing
			// more runs on the device.
			if serr := d.drv.Synchronize(); serr != nil {
				msg := serr.Error()
				d.broken.CompareAndSwap(nil, &msg)
				return // the pool's memory belongs to a dead context
			}
		}
		for _, b := range held {
			d.pool.put(b)
		}
	}()
	get := func(n int) (Buffer, error) {
		b, err := d.pool.get(n)
		if err == nil {
			held = append(held, b)
		}
		return b, err
	}
	nb := len(args) + len(results)
	size := roundUp(8 * nb)
	offsets := make([]int, len(args))
	for i, a := range args {
		if len(a.Data) <= packMax {
			offsets[i] = size
			size += roundUp(len(a.Data))
		} else {
			offsets[i] = -1
		}
	}
	packed, err := get(size)
	if err != nil {
		return err
	}
	if cap(d.staging) < size {
		d.staging = make([]byte, size)
	}
	st := d.staging[:size]
	ptrs := make([]cuda.DevicePtr, 0, nb)
	for i, a := range args {
		if offsets[i] >= 0 {
			copy(st[offsets[i]:], a.Data)
			ptrs = append(ptrs, packed.Ptr+cuda.DevicePtr(offsets[i]))
			continue
		}
		b, err := get(len(a.Data))
		if err != nil {
			return err
		}
		if err := d.drv.CopyToDevice(b.Ptr, a.Data); err != nil {
			return err
		}
		d.toDev.Add(1)
		d.toDevBytes.Add(int64(len(a.Data)))
		ptrs = append(ptrs, b.Ptr)
	}
	outs := make([]Buffer, len(results))
	for o, r := range results {
		if outs[o], err = get(len(r.Data)); err != nil {
			return err
		}
		ptrs = append(ptrs, outs[o].Ptr)
	}
	for i, p := range ptrs {
		binary.LittleEndian.PutUint64(st[8*i:], uint64(p))
	}
	if err := d.drv.CopyToDevice(packed.Ptr, st); err != nil {
		return err
	}
	d.toDev.Add(1)
	d.toDevBytes.Add(int64(size))
	if err := d.drv.LaunchTable(k.fn, packed.Ptr, k.n); err != nil {
		return err
	}
	d.launches.Add(1)
	for o, r := range results {
		// Synchronous: waits for the kernel, and reports its faults.
		if err := d.drv.CopyFromDevice(r.Data, outs[o].Ptr); err != nil {
			return err
		}
		d.fromDev.Add(1)
		d.fromDevBytes.Add(int64(len(r.Data)))
	}
	return nil
}
