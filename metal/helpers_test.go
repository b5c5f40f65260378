package metal

import (
	"bytes"
	"math/rand"
	"testing"
	"unsafe"

	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tensor"
)

// The kernels: operations whose results are exact in IEEE arithmetic (the
// host's libm math functions are the shim test's business, fusion's
// TestMSLShim), so the device's outputs must equal the portable executor's
// bit for bit.
func kernelsForTest(n int64) map[string]*fusion.Kernel {
	rows := n / 8
	space := []int64{rows, 8}
	elem := func(d string) fusion.Input { return fusion.Input{DType: d, Shape: space, Access: fusion.Elem} }
	return map[string]*fusion.Kernel{
		// add and maximum of an element-wise and a broadcast operand, two outputs
		"f32 bcast two outputs": {Version: fusion.KernelVersion, Space: space,
			Inputs: []fusion.Input{elem("f32"), {DType: "f32", Shape: []int64{8}, Access: fusion.Bcast, View: space, Dims: []int64{1}}},
			Body: []fusion.Inst{{Op: "add", DType: "f32", Args: []int{0, 1}}, {Op: "maximum", DType: "f32", Args: []int{2, 0}},
				{Op: "negate", DType: "f32", Args: []int{3}}},
			Outputs: []int{2, 4}, OutShapes: [][]int64{space, space}},
		// f16 product rounded per op, widened to f32
		"f16 to f32": {Version: fusion.KernelVersion, Space: space,
			Inputs:  []fusion.Input{elem("f16"), elem("f16")},
			Body:    []fusion.Inst{{Op: "multiply", DType: "f16", Args: []int{0, 1}}, {Op: "convert", DType: "f32", Args: []int{2}}},
			Outputs: []int{3}, OutShapes: [][]int64{space}},
		// a compare into i1 and a select with a scalar operand
		"compare select scalar": {Version: fusion.KernelVersion, Space: space,
			Inputs: []fusion.Input{elem("i32"), {DType: "i32", Access: fusion.Scalar}},
			Body: []fusion.Inst{{Op: "compare", DType: "i1", Args: []int{0, 1}, Dir: "GT", CmpType: "SIGNED"},
				{Op: "select", DType: "i32", Args: []int{2, 0, 1}}},
			Outputs: []int{2, 3}, OutShapes: [][]int64{space, space}},
	}
}

// hostBuffer makes a buffer for d and shape whose bytes start page-aligned
// plus off, with room behind them for whole pages.
func hostBuffer(d tensor.DType, shape []int64, page, off int) *tensor.Buffer {
	n := int(tensor.NumElements(shape)) * d.StorageSize()
	raw := tensor.AlignedBytes(n + 3*page)
	start := (page - int(uintptr(unsafe.Pointer(&raw[0]))%uintptr(page))) % page
	start += off
	return &tensor.Buffer{DType: d, Shape: append([]int64(nil), shape...), Data: raw[start : start+n : len(raw)]}
}

func fill(r *rand.Rand, b *tensor.Buffer) {
	d := b.DType
	switch {
	case d == tensor.I1:
		for i := range b.Data {
			b.Data[i] = byte(r.Intn(2))
		}
	case d.IsFloat():
		sz := d.StorageSize()
		for i := 0; i < len(b.Data); i += sz {
			v := tensor.FloatToBits(d, r.NormFloat64()*4)
			for j := range sz {
				b.Data[i+j] = byte(v >> (8 * j))
			}
		}
	default:
		r.Read(b.Data)
	}
}

// operands makes k's inputs and two sets of outputs (device and tier 0),
// aligned for zero-copy binding or off by 8 bytes (staged).
func operands(r *rand.Rand, k *fusion.Kernel, page, off int) (ins, got, want []*tensor.Buffer) {
	for i, in := range k.Inputs {
		b := hostBuffer(k.ValueDType(i), in.Shape, page, off)
		fill(r, b)
		ins = append(ins, b)
	}
	for o, v := range k.Outputs {
		got = append(got, hostBuffer(k.ValueDType(v), k.OutShapes[o], page, off))
		want = append(want, tensor.New(k.ValueDType(v), k.OutShapes[o]))
		fill(r, got[o]) // stale bytes the kernel must overwrite
	}
	return ins, got, want
}

func runBoth(t *testing.T, r *Runtime, k *fusion.Kernel, ins, got, want []*tensor.Buffer) {
	t.Helper()
	dk, err := r.Prepare(k)
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	if err := dk.Run(nil, ins, got); err != nil {
		t.Fatalf("Run: %v", err)
	}
	e, err := fusion.Prepare(k)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Run(nil, ins, want); err != nil {
		t.Fatal(err)
	}
	for o := range got {
		if !bytes.Equal(got[o].Data, want[o].Data) {
			t.Errorf("output %d differs from tier 0's", o)
		}
	}
}
