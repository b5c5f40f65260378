package main

import (
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// BenchmarkExecute measures the plugin's side of an eager op (jnp.add on a
// 4x4 array): Execute, the run, and waiting for the result; the VM itself
// is a small part of it.
func BenchmarkExecute(b *testing.B) {
	dev := newDevice(0, "bench")
	c, err := compileProgram([]byte(`func.func @main(%a: tensor<4x4xf32>, %b: tensor<f32>) -> tensor<4x4xf32> {
  %0 = stablehlo.broadcast_in_dim %b, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
  %1 = stablehlo.add %a, %0 : tensor<4x4xf32>
  return %1 : tensor<4x4xf32>
}`))
	if err != nil {
		b.Fatal(err)
	}
	x := &buffer{dev: dev, dtype: tensor.F32, dims: []int64{4, 4}, p: &payload{ready: readyEvent(nil), data: tensor.New(tensor.F32, []int64{4, 4})}}
	y := &buffer{dev: dev, dtype: tensor.F32, dims: []int64{}, p: &payload{ready: readyEvent(nil), data: tensor.New(tensor.F32, []int64{})}}
	for _, mode := range []string{"worker", "inline"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if mode == "worker" {
					c.runNS.Store(0) // unknown: the run goes to the worker
				} else {
					c.runNS.Store(1) // known short (profiling slows runs down)
				}
				outs, done, err := execute(dev, c, []*buffer{x, y}, nil)
				if err != nil {
					b.Fatal(err)
				}
				if err := done.wait(); err != nil {
					b.Fatal(err)
				}
				outs[0].delete()
			}
		})
	}
}
