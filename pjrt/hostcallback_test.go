package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// The shape JAX's ordered effects take on hlovm: token parameters and
// results in main, the callback itself on plain tensors.
const hostCallbackProgram = `func.func @main(%t: !stablehlo.token, %a: tensor<3xf32>) -> (!stablehlo.token, tensor<3xf32>) {
  %0 = stablehlo.custom_call @hlovm_host_callback(%a) {backend_config = "7", has_side_effect = true} : (tensor<3xf32>) -> tensor<3xf32>
  stablehlo.custom_call @hlovm_host_callback(%0) {backend_config = "8", has_side_effect = true} : (tensor<3xf32>) -> ()
  %1 = stablehlo.add %0, %a : tensor<3xf32>
  return %t, %1 : !stablehlo.token, tensor<3xf32>
}`

func TestHostCallbackAndTokens(t *testing.T) {
	var calls []uint64
	var fail bool
	interp.SetHostCallback(func(id uint64, args, results []*tensor.Buffer) error {
		calls = append(calls, id)
		if fail && id == 8 {
			return errors.New("callback raised")
		}
		for i, x := range tensor.View[float32](args[0]) {
			if len(results) > 0 {
				tensor.View[float32](results[0])[i] = 10 * x
			}
		}
		return nil
	})
	defer interp.SetHostCallback(runHostCallback)

	dev := newDevice(0, "test")
	c, err := compileProgram([]byte(hostCallbackProgram))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.outTypes) != 2 || c.outTypes[0] != tensor.I1 || len(c.outDims[0]) != 1 || c.outDims[0][0] != 0 {
		t.Fatalf("token output described as %v %v", c.outTypes, c.outDims)
	}
	in := tensor.New(tensor.F32, []int64{3})
	copy(tensor.View[float32](in), []float32{1, 2, 3})
	arg := &buffer{dev: dev, dtype: tensor.F32, dims: []int64{3}, p: &payload{ready: readyEvent(nil), data: in}}
	// A token argument's payload failed (an earlier execution of the effect
	// chain): the run does not wait on it or inherit its error.
	tok := &buffer{dev: dev, dtype: tensor.I1, dims: []int64{0}, p: &payload{ready: readyEvent(errors.New("old failure"))}}
	for _, f := range []bool{false, true} {
		fail, calls = f, nil
		outs, done, err := execute(dev, c, []*buffer{tok, arg}, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = done.wait()
		if len(calls) != 2 || calls[0] != 7 || calls[1] != 8 {
			t.Fatalf("fail=%v: callbacks ran as %v", f, calls)
		}
		tp, _ := outs[0].payload()
		if terr := tp.ready.wait(); terr != nil || len(tp.data.Data) != 0 {
			t.Fatalf("fail=%v: token output %v, %v", f, tp.data, terr)
		}
		p, _ := outs[1].payload()
		_, rerr := p.get()
		if f {
			if err == nil || !strings.Contains(err.Error(), "callback raised") || rerr == nil {
				t.Fatalf("failing callback: event %v, result %v", err, rerr)
			}
			continue
		}
		if err != nil || rerr != nil {
			t.Fatal(err, rerr)
		}
		if got := tensor.View[float32](p.data); got[0] != 11 || got[1] != 22 || got[2] != 33 {
			t.Fatalf("result %v", got)
		}
	}
}

func TestHostCallbackWithoutRunner(t *testing.T) {
	// The plugin's runner with nothing registered from Python: an error, no crash.
	err := runHostCallback(3, nil, nil)
	if hostFn.Load() == nil && (err == nil || !strings.Contains(err.Error(), "not registered")) {
		t.Fatalf("no runner: %v", err)
	}
	if _, err := compileProgram([]byte(`func.func @main(%a: tensor<f32>) -> tensor<f32> {
  %0 = stablehlo.custom_call @hlovm_host_callback(%a) {backend_config = "x"} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}`)); err == nil || !strings.Contains(err.Error(), "callback id") {
		t.Fatalf("bad id compiled: %v", err)
	}
}
