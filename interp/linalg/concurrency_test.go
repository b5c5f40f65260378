package linalg

import (
	"math/rand"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// One built kernel runs from many goroutines at once (the VM shares compiled
// programs); every run must give the serial answer.
func TestKernelsConcurrent(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	c := convCases()[2]
	ops := []struct {
		op   *stablehlo.Op
		args []*tensor.Buffer
	}{
		{mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, 3, 20, 30), tt(tensor.F32, 3, 30, 10)}, []*stablehlo.TensorType{tt(tensor.F32, 3, 20, 10)},
			stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsBatching: []int64{0}, RhsBatching: []int64{0}, LhsContracting: []int64{2}, RhsContracting: []int64{1}}}),
			[]*tensor.Buffer{randBuf(rng, tensor.F32, 3, 20, 30), randBuf(rng, tensor.F32, 3, 30, 10)}},
		{convOp(c, tensor.F32, tensor.F32), []*tensor.Buffer{randBuf(rng, tensor.F32, c.lhs...), randBuf(rng, tensor.F32, c.rhs...)}},
		{fftOp("FFT", tt(tensor.C64, 8, 12), tt(tensor.C64, 8, 12), 8, 12), []*tensor.Buffer{randBuf(rng, tensor.C64, 8, 12)}},
	}
	for _, o := range ops {
		k, err := interp.Build(o.op, nil)
		if err != nil {
			t.Fatal(err)
		}
		rt := o.op.Results[0].Type.(*stablehlo.TensorType)
		want := tensor.New(stablehlo.ElementDType(rt), rt.Shape)
		if err := k(&interp.Ctx{Parallelism: 1}, o.args, []*tensor.Buffer{want}); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 16)
		for g := 0; g < 16; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got := tensor.New(want.DType, want.Shape)
				if err := k(&interp.Ctx{Parallelism: 3}, o.args, []*tensor.Buffer{got}); err != nil {
					errs <- err
					return
				}
				if err := closeEnough(got, want, 1e-6); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("%s: %v", o.op.Name, err)
		}
	}
}
