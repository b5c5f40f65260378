package main

import (
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

func TestMemStats(t *testing.T) {
	dev := newDevice(0, "test")
	mk := func(n int64) *buffer {
		return &buffer{dev: dev, dtype: tensor.F32, dims: []int64{n},
			p: &payload{ready: readyEvent(nil), data: tensor.New(tensor.F32, []int64{n})}}
	}
	a, b := mk(10), mk(100)
	a.track()
	b.track()
	a.track() // once only
	if in, peak, n, big := dev.stats.snapshot(); in != 440 || peak != 440 || n != 2 || big != 400 {
		t.Fatalf("after two buffers: %d %d %d %d", in, peak, n, big)
	}
	b.delete()
	b.delete() // Delete then Destroy: freed once
	if in, peak, _, _ := dev.stats.snapshot(); in != 40 || peak != 440 {
		t.Fatalf("after delete: in use %d, peak %d", in, peak)
	}
	// A donated argument leaves the stats when Execute takes it.
	c, err := compileProgram([]byte(`func.func @main(%a: tensor<10xf32> {tf.aliasing_output = 0 : i32}) -> tensor<10xf32> {
  %0 = stablehlo.add %a, %a : tensor<10xf32>
  return %0 : tensor<10xf32>
}`))
	if err != nil {
		t.Fatal(err)
	}
	outs, done, err := execute(dev, c, []*buffer{a}, nil)
	if err != nil || done.wait() != nil {
		t.Fatal(err)
	}
	outs[0].track()
	if in, _, n, _ := dev.stats.snapshot(); in != 40 || n != 3 {
		t.Fatalf("after donation: in use %d, allocs %d", in, n)
	}
}
