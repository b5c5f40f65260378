package structural

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/tensor"
)

// miniVM is a test-only evaluator: it runs a module's functions op by op with
// whatever kernels are registered, so the kernels of this package can be
// checked against MLIR text and the conformance files before the real VM
// exists. Ops without a builder make the case skip (errUnsupported).
type miniVM struct {
	m       *stablehlo.Module
	checks  int
	noProg  bool // force region bodies through the Callable path
	kernels map[*stablehlo.Op]interp.Kernel
}

var errUnsupported = errors.New("unsupported op")

func parseModule(src string) (*stablehlo.Module, error) {
	return load.Bytes([]byte(src), "test.mlir")
}

func newMiniVM(m *stablehlo.Module) *miniVM {
	return &miniVM{m: m, kernels: map[*stablehlo.Op]interp.Kernel{}}
}

type regionCallable struct {
	vm  *miniVM
	blk *stablehlo.Block
}

func (c regionCallable) Call(ctx *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	in := make([]*tensor.Buffer, len(args))
	for i, a := range args {
		in[i] = a.Clone()
	}
	return c.vm.runBlock(c.blk, in)
}

type miniEnv struct{ vm *miniVM }

func (e miniEnv) Region(op *stablehlo.Op, i int) (interp.Callable, error) {
	return regionCallable{e.vm, op.Regions[i].Blocks[0]}, nil
}

func (e miniEnv) Func(name string) (interp.Callable, error) {
	f := e.vm.m.Func(name)
	if f == nil {
		return nil, fmt.Errorf("no function %s", name)
	}
	return regionCallable{e.vm, f.Body()}, nil
}

func (vm *miniVM) call(name string, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	f := vm.m.Func(name)
	if f == nil {
		return nil, fmt.Errorf("no function %s", name)
	}
	return vm.runBlock(f.Body(), args)
}

func constBuffer(a *stablehlo.DenseElementsAttr) *tensor.Buffer {
	d := stablehlo.ElementDType(a.Type)
	b := tensor.New(d, a.Type.Shape)
	copy(b.Data, a.RawData())
	if d.IsSigned() && d.Bits() < 8 {
		for i, x := range b.Data {
			b.Data[i] = byte(normInt(d, int64(x))) // buffers sign-extend sub-byte values
		}
	}
	return b
}

func (vm *miniVM) runBlock(blk *stablehlo.Block, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	env := map[*stablehlo.Value]*tensor.Buffer{}
	for i, a := range blk.Args {
		env[a] = args[i]
	}
	get := func(op *stablehlo.Op) []*tensor.Buffer {
		out := make([]*tensor.Buffer, len(op.Operands))
		for i, v := range op.Operands {
			out[i] = env[v]
			if out[i] == nil && v.Owner != nil && v.Owner.Name == "stablehlo.constant" {
				out[i] = constBuffer(v.Owner.Attr("value").(*stablehlo.DenseElementsAttr)) // captured
			}
		}
		return out
	}
	for _, op := range blk.Ops {
		in := get(op)
		var res []*tensor.Buffer
		switch op.Name {
		case "func.return", "stablehlo.return":
			return in, nil
		case "stablehlo.constant":
			a, ok := op.Attr("value").(*stablehlo.DenseElementsAttr)
			if !ok {
				return nil, errUnsupported
			}
			res = []*tensor.Buffer{constBuffer(a)}
		case "func.call":
			callee := op.Attr("callee").(*stablehlo.SymbolRefAttr).Root
			var err error
			if res, err = vm.call(callee, in); err != nil {
				return nil, err
			}
		case "check.expect_eq_const", "check.expect_almost_eq_const":
			want := constBuffer(op.Attr("value").(*stablehlo.DenseElementsAttr))
			if err := compareBuffers(in[0], want, op.Name == "check.expect_almost_eq_const"); err != nil {
				return nil, fmt.Errorf("%s at %s: %v", op.Name, stablehlo.Short(op.Loc), err)
			}
			vm.checks++
			continue
		case "check.expect_eq", "check.expect_almost_eq", "check.expect_close":
			if err := compareBuffers(in[0], in[1], op.Name != "check.expect_eq"); err != nil {
				return nil, fmt.Errorf("%s at %s: %v", op.Name, stablehlo.Short(op.Loc), err)
			}
			vm.checks++
			continue
		case "stablehlo.custom_call":
			t := op.Attr("call_target_name").(stablehlo.StringAttr).Value
			switch t {
			case "check.expect_eq", "check.expect_close", "check.expect_almost_eq":
				if err := compareBuffers(in[0], in[1], t != "check.expect_eq"); err != nil {
					return nil, fmt.Errorf("%s at %s: %v", t, stablehlo.Short(op.Loc), err)
				}
				vm.checks++
				continue
			}
			return nil, errUnsupported
		default:
			k, ok := vm.kernels[op]
			if !ok {
				if !interp.Has(op.Name) {
					return nil, fmt.Errorf("%w: %s", errUnsupported, op.Name)
				}
				var err error
				testForceCallable = vm.noProg
				k, err = interp.Build(op, miniEnv{vm})
				testForceCallable = false
				if err != nil {
					return nil, err
				}
				vm.kernels[op] = k
			}
			res = make([]*tensor.Buffer, len(op.Results))
			for i, r := range op.Results {
				tt, ok := r.Type.(*stablehlo.TensorType)
				if !ok {
					return nil, errUnsupported
				}
				res[i] = tensor.New(stablehlo.ElementDType(tt), tt.Shape)
				for j := range res[i].Data {
					res[i].Data[j] = 0xA5 // stale data: kernels must write every element
				}
			}
			if err := k(&interp.Ctx{Parallelism: 4}, in, res); err != nil {
				return nil, fmt.Errorf("%s at %s: %w", op.Name, stablehlo.Short(op.Loc), err)
			}
		}
		for i, r := range op.Results {
			env[r] = res[i]
		}
	}
	return nil, fmt.Errorf("block without terminator")
}

// compareBuffers checks got against want: integers exactly, floats exactly or
// (close) within a tolerance for the type; NaNs match NaNs.
func compareBuffers(got, want *tensor.Buffer, close bool) error {
	if got.DType != want.DType || fmt.Sprint(got.Shape) != fmt.Sprint(want.Shape) {
		return fmt.Errorf("type %v, want %v", got, want)
	}
	d := got.DType
	n := got.NumElements()
	ld := loader(d)
	tol := 0.0
	if close {
		switch d {
		case tensor.F64, tensor.C128:
			tol = 1e-10
		case tensor.F32, tensor.C64:
			tol = 1e-5
		case tensor.F16:
			tol = 1e-3
		default:
			tol = 1e-2
		}
	}
	for i := int64(0); i < n; i++ {
		g, w := ld(got.Data, i), ld(want.Data, i)
		ok := true
		switch {
		case d.IsFloat():
			ok = floatClose(g.f, w.f, tol)
		case d.IsComplex():
			ok = floatClose(real(g.c), real(w.c), tol) && floatClose(imag(g.c), imag(w.c), tol)
		default:
			// Compare modulo the width: sub-byte constants may arrive
			// zero- rather than sign-extended from the text reader.
			ok = normInt(d, g.i) == normInt(d, w.i)
		}
		if !ok {
			return fmt.Errorf("element %d: got %v, want %v (got %s)", i, g, w, preview(got))
		}
	}
	return nil
}

func floatClose(g, w, tol float64) bool {
	if math.IsNaN(g) || math.IsNaN(w) {
		return math.IsNaN(g) && math.IsNaN(w)
	}
	if g == w {
		return tol > 0 || math.Signbit(g) == math.Signbit(w)
	}
	return math.Abs(g-w) <= tol*(1+math.Abs(w))
}

func preview(b *tensor.Buffer) string {
	ld := loader(b.DType)
	var s []string
	for i := int64(0); i < b.NumElements() && i < 16; i++ {
		v := ld(b.Data, i)
		switch {
		case b.DType.IsFloat():
			s = append(s, fmt.Sprint(v.f))
		case b.DType.IsComplex():
			s = append(s, fmt.Sprint(v.c))
		default:
			s = append(s, fmt.Sprint(v.i))
		}
	}
	return "[" + strings.Join(s, " ") + "]"
}
