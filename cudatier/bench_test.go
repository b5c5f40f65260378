package cudatier

import (
	"encoding/binary"
	"testing"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tensor"
)

// axpbKernel is out = x*y + c over n f32 elements: 12 bytes of memory
// traffic per element, almost no arithmetic.
func axpbKernel(n int64) *fusion.Kernel {
	return &fusion.Kernel{Version: fusion.KernelVersion, Space: []int64{n},
		Inputs: []fusion.Input{{DType: "f32", Shape: []int64{n}, Access: fusion.Elem}, {DType: "f32", Shape: []int64{n}, Access: fusion.Elem}},
		Body: []fusion.Inst{{Op: "multiply", DType: "f32", Args: []int{0, 1}}, {Op: "constant", DType: "f32", Bits: "0000803f"},
			{Op: "add", DType: "f32", Args: []int{2, 3}}},
		Outputs: []int{4}, OutShapes: [][]int64{{n}}}
}

const benchElems = 1 << 26 // 256 MiB per array

// BenchmarkDeviceResident times the fused kernel alone on data already on
// the GPU (launch and synchronise): its bytes per second against the HBM's
// bandwidth.
func BenchmarkDeviceResident(b *testing.B) {
	d := benchGPU(b)
	k := axpbKernel(benchElems)
	dk, err := d.Prepare(k)
	if err != nil {
		b.Fatal(err)
	}
	fn := dk.(*kernel).fn
	size := 4 * benchElems
	var bufs []Buffer
	err = d.th.do(func() error {
		for _, n := range []int{size, size, size, 24} { // x, y, out, the table
			buf, err := d.pool.get(n)
			if err != nil {
				return err
			}
			bufs = append(bufs, buf)
		}
		table := make([]byte, 24)
		for i := range 3 {
			binary.LittleEndian.PutUint64(table[8*i:], uint64(bufs[i].Ptr))
		}
		return d.drv.CopyToDevice(bufs[3].Ptr, table)
	})
	if err != nil {
		b.Fatal(err)
	}
	defer d.th.do(func() error {
		for _, buf := range bufs {
			d.pool.put(buf)
		}
		return nil
	})
	run := func() error {
		if err := d.drv.LaunchTable(fn, bufs[3].Ptr, benchElems); err != nil {
			return err
		}
		return d.drv.Synchronize()
	}
	if err := d.th.do(run); err != nil { // warm up
		b.Fatal(err)
	}
	b.SetBytes(12 * benchElems)
	b.ResetTimer()
	for range b.N {
		if err := d.th.do(run); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDeviceWithCopies times what a region pays today: host buffers
// in, the kernel, the result back (bytes: the kernel's traffic, as above).
func BenchmarkDeviceWithCopies(b *testing.B) {
	d := benchGPU(b)
	k := axpbKernel(benchElems)
	dk, err := d.Prepare(k)
	if err != nil {
		b.Fatal(err)
	}
	x, y, out := tensor.New(tensor.F32, k.Space), tensor.New(tensor.F32, k.Space), tensor.New(tensor.F32, k.Space)
	if err := dk.Run(nil, []*tensor.Buffer{x, y}, []*tensor.Buffer{out}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(12 * benchElems)
	b.ResetTimer()
	for range b.N {
		if err := dk.Run(nil, []*tensor.Buffer{x, y}, []*tensor.Buffer{out}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchGPU(b *testing.B) *Device {
	b.Helper()
	if _, err := cuda.OpenDriver(); err != nil {
		b.Skipf("no GPU: %v", err)
	}
	if _, err := cuda.OpenNVRTC(); err != nil {
		b.Skipf("NVRTC absent: %v", err)
	}
	d, err := Open()
	if err != nil {
		b.Fatal(err)
	}
	d.SetMinElements(0)
	return d
}
