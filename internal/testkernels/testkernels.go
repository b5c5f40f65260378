// Package testkernels registers kernels for fake "test.*" ops so the bytecode
// and vm tests run without the real kernel packages (and stay independent of
// them). Never import it outside tests.
package testkernels

import (
	"errors"
	"fmt"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	// test.add: element-wise a+b over f32 or i32.
	interp.Register("test.add", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		if len(op.Operands) != 2 {
			return nil, errors.New("want 2 operands")
		}
		switch stablehlo.ElementDType(op.Results[0].Type) {
		case tensor.F32:
			return func(_ *interp.Ctx, a, r []*tensor.Buffer) error {
				x, y, z := tensor.View[float32](a[0]), tensor.View[float32](a[1]), tensor.View[float32](r[0])
				for i := range z {
					z[i] = x[i] + y[i]
				}
				return nil
			}, nil
		case tensor.I32:
			return func(_ *interp.Ctx, a, r []*tensor.Buffer) error {
				x, y, z := tensor.View[int32](a[0]), tensor.View[int32](a[1]), tensor.View[int32](r[0])
				for i := range z {
					z[i] = x[i] + y[i]
				}
				return nil
			}, nil
		}
		return nil, fmt.Errorf("element type %v not supported", op.Results[0].Type)
	})
	interp.DeclareInPlace("test.add")
	// test.neg: element-wise -x over f32.
	interp.Register("test.neg", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		return func(_ *interp.Ctx, a, r []*tensor.Buffer) error {
			x, z := tensor.View[float32](a[0]), tensor.View[float32](r[0])
			for i := range z {
				z[i] = -x[i]
			}
			return nil
		}, nil
	})
	interp.DeclareInPlace("test.neg")
	// test.copy: like test.neg without the sign change, and not in-place.
	interp.Register("test.copy", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		return func(_ *interp.Ctx, a, r []*tensor.Buffer) error {
			copy(r[0].Data, a[0].Data)
			return nil
		}, nil
	})
	// test.inci: i32 x+1.
	interp.Register("test.inci", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		return func(_ *interp.Ctx, a, r []*tensor.Buffer) error {
			x, z := tensor.View[int32](a[0]), tensor.View[int32](r[0])
			for i := range z {
				z[i] = x[i] + 1
			}
			return nil
		}, nil
	})
	// test.lt: scalar i32 a<b -> i1.
	interp.Register("test.lt", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		return func(_ *interp.Ctx, a, r []*tensor.Buffer) error {
			r[0].Data[0] = 0
			if tensor.View[int32](a[0])[0] < tensor.View[int32](a[1])[0] {
				r[0].Data[0] = 1
			}
			return nil
		}, nil
	})
	// test.fail: always fails at run time.
	interp.Register("test.fail", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		return func(_ *interp.Ctx, a, r []*tensor.Buffer) error { return errors.New("boom") }, nil
	})
	// test.panic: panics at run time.
	interp.Register("test.panic", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		return func(_ *interp.Ctx, a, r []*tensor.Buffer) error {
			var s []int
			_ = s[len(a)+3]
			return nil
		}, nil
	})
	// test.nobuild: its builder always refuses.
	interp.Register("test.nobuild", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		return nil, errors.New("no kernel for this case")
	})
	// test.fold: folds an f32 vector to a scalar through region 0 (body(acc,
	// x) -> acc), starting from operand 1: the generic path of a reduce.
	interp.Register("test.fold", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
		body, err := env.Region(op, 0)
		if err != nil {
			return nil, err
		}
		return func(ctx *interp.Ctx, a, r []*tensor.Buffer) error {
			x := tensor.View[float32](a[0])
			acc := a[1].Clone()
			for i := range x {
				e := tensor.New(tensor.F32, nil)
				tensor.View[float32](e)[0] = x[i]
				out, err := body.Call(ctx, []*tensor.Buffer{acc, e})
				if err != nil {
					return err
				}
				acc = out[0]
			}
			copy(r[0].Data, acc.Data)
			return nil
		}, nil
	})
	// test.foldinto: test.fold through interp.CallableInto, reusing one
	// accumulator pair.
	interp.Register("test.foldinto", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
		c, err := env.Region(op, 0)
		if err != nil {
			return nil, err
		}
		body, ok := c.(interp.CallableInto)
		if !ok {
			return nil, errors.New("region is not a CallableInto")
		}
		return func(ctx *interp.Ctx, a, r []*tensor.Buffer) error {
			x := tensor.View[float32](a[0])
			acc, next := a[1].Clone(), tensor.New(tensor.F32, nil)
			e := tensor.New(tensor.F32, nil)
			args, res := []*tensor.Buffer{acc, e}, []*tensor.Buffer{next}
			for i := range x {
				tensor.View[float32](e)[0] = x[i]
				if err := body.CallInto(ctx, args, res); err != nil {
					return err
				}
				copy(acc.Data, next.Data)
			}
			copy(r[0].Data, acc.Data)
			return nil
		}, nil
	})
	// test.callf: calls the function named by its "fn" attribute on its operands.
	interp.Register("test.callf", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
		s, ok := op.Attr("fn").(stablehlo.StringAttr)
		if !ok {
			return nil, errors.New("no fn")
		}
		f, err := env.Func(s.Value)
		if err != nil {
			return nil, err
		}
		return func(ctx *interp.Ctx, a, r []*tensor.Buffer) error {
			out, err := f.Call(ctx, a)
			if err != nil {
				return err
			}
			for i := range r {
				copy(r[i].Data, out[i].Data)
			}
			return nil
		}, nil
	})
}
