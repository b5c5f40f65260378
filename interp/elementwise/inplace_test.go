package elementwise

import (
	"bytes"
	"fmt"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// TestInPlaceAliasing: the VM may give result 0 the storage of a dying operand
// of the same byte size for the ops interp.InPlace lists. Every such kernel of
// this package must then produce what it produces into fresh storage.
func TestInPlaceAliasing(t *testing.T) {
	const n = 1500 // more than one block of the blocked kernels
	r := rand.New(rand.NewSource(3))
	random := func(d tensor.DType) *tensor.Buffer {
		b := tensor.New(d, []int64{n})
		r.Read(b.Data)
		if d == tensor.I1 {
			for i := range b.Data {
				b.Data[i] &= 1
			}
		}
		fixNarrow(d, b.Data)
		return b
	}
	types := []tensor.DType{tensor.I1, tensor.I4, tensor.U8, tensor.I32, tensor.U64, tensor.F32, tensor.F64, tensor.BF16, tensor.F16, tensor.F8E4M3FN, tensor.C64}
	checked := 0
	for _, d := range types {
		var ops []*stablehlo.Op
		for _, name := range binaryOps {
			ops = append(ops, mkOp("stablehlo."+name, []*stablehlo.TensorType{tt(d, n), tt(d, n)}, tt(d, n)))
		}
		for _, name := range unaryOps {
			ops = append(ops, mkOp("stablehlo."+name, []*stablehlo.TensorType{tt(d, n)}, tt(d, n)))
		}
		ops = append(ops,
			mkOp("stablehlo.clamp", []*stablehlo.TensorType{tt(d, n), tt(d, n), tt(d, n)}, tt(d, n)),
			mkOp("stablehlo.fma", []*stablehlo.TensorType{tt(d, n), tt(d, n), tt(d, n)}, tt(d, n)),
			mkOp("stablehlo.select", []*stablehlo.TensorType{tt(tensor.I1, n), tt(d, n), tt(d, n)}, tt(d, n)),
			mkOp("stablehlo.compare", []*stablehlo.TensorType{tt(d, n), tt(d, n)}, tt(tensor.I1, n),
				stablehlo.NamedAttr{Name: "comparison_direction", Value: stablehlo.EnumAttr{Kind: "comparison_direction", Value: "LT"}}),
			mkOp("stablehlo.is_finite", []*stablehlo.TensorType{tt(d, n)}, tt(tensor.I1, n)),
			mkOp("stablehlo.real", []*stablehlo.TensorType{tt(d, n)}, tt(d, n)),
			mkOp("stablehlo.imag", []*stablehlo.TensorType{tt(d, n)}, tt(d, n)),
		)
		for _, to := range types {
			ops = append(ops, mkOp("stablehlo.convert", []*stablehlo.TensorType{tt(d, n)}, tt(to, n)))
		}
		for _, op := range ops {
			if !interp.InPlace(op.Name) {
				continue
			}
			k, err := interp.Build(op, nil)
			if err != nil {
				continue
			}
			args := make([]*tensor.Buffer, len(op.Operands))
			for i, v := range op.Operands {
				args[i] = random(stablehlo.ElementDType(v.Type))
			}
			rd := stablehlo.ElementDType(op.Results[0].Type)
			want := tensor.New(rd, []int64{n})
			if err := k(&interp.Ctx{Parallelism: 1}, args, []*tensor.Buffer{want}); err != nil {
				t.Fatalf("%s %v: %v", op.Name, d, err)
			}
			for j := range args {
				if len(args[j].Data) != len(want.Data) {
					continue
				}
				alias := make([]*tensor.Buffer, len(args))
				for i := range args {
					alias[i] = args[i].Clone()
				}
				out := &tensor.Buffer{DType: rd, Shape: want.Shape, Data: alias[j].Data}
				if err := k(&interp.Ctx{Parallelism: 1}, alias, []*tensor.Buffer{out}); err != nil {
					t.Fatalf("%s %v: %v", op.Name, d, err)
				}
				checked++
				if !bytes.Equal(out.Data, want.Data) && !allNaNDiffs(rd, out.Data, want.Data) {
					t.Errorf("%s %v -> %v with the result over operand %d differs from a fresh result", op.Name, d, rd, j)
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d aliasing cases checked", checked)
	}
}

// allNaNDiffs: differing elements are NaN in both (payloads may differ between
// runs only if the kernel is nondeterministic, which it is not, but keep the
// check about values).
func allNaNDiffs(d tensor.DType, a, b []byte) bool {
	if !d.IsFloat() {
		return false
	}
	fa, fb := readFloats(d, a), readFloats(d, b)
	for i := range fa {
		if !sameFloat(fa[i], fb[i]) {
			return false
		}
	}
	return true
}

// TestConcurrentKernelUse runs one built kernel from many goroutines at once
// (as the VM does with one program in several goroutines); under -race this
// also checks that kernels keep no mutable state from build time.
func TestConcurrentKernelUse(t *testing.T) {
	const n = 3000
	ops := []*stablehlo.Op{
		mkOp("stablehlo.multiply", []*stablehlo.TensorType{tt(tensor.F16, n), tt(tensor.F16, n)}, tt(tensor.F16, n)),
		mkOp("stablehlo.clamp", []*stablehlo.TensorType{tt(tensor.F8E4M3FN), tt(tensor.F8E4M3FN, n), tt(tensor.F8E4M3FN)}, tt(tensor.F8E4M3FN, n)),
		mkOp("stablehlo.compare", []*stablehlo.TensorType{tt(tensor.F32, n), tt(tensor.F32, n)}, tt(tensor.I1, n),
			stablehlo.NamedAttr{Name: "comparison_direction", Value: stablehlo.EnumAttr{Kind: "comparison_direction", Value: "LT"}},
			stablehlo.NamedAttr{Name: "compare_type", Value: stablehlo.EnumAttr{Kind: "comparison_type", Value: "TOTALORDER"}}),
		mkOp("stablehlo.convert", []*stablehlo.TensorType{tt(tensor.F64, n)}, tt(tensor.BF16, n)),
	}
	for _, op := range ops {
		k, err := interp.Build(op, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewSource(8))
		args := make([]*tensor.Buffer, len(op.Operands))
		for i, v := range op.Operands {
			tp := v.Type.(*stablehlo.TensorType)
			args[i] = tensor.New(stablehlo.ElementDType(tp), tp.Shape)
			r.Read(args[i].Data)
		}
		rt := op.Results[0].Type.(*stablehlo.TensorType)
		want := tensor.New(stablehlo.ElementDType(rt), rt.Shape)
		if err := k(&interp.Ctx{Parallelism: 1}, args, []*tensor.Buffer{want}); err != nil {
			t.Fatal(err)
		}
		errs := make(chan error, 8)
		for g := 0; g < 8; g++ {
			go func() {
				out := tensor.New(want.DType, want.Shape)
				err := k(&interp.Ctx{Parallelism: 2}, args, []*tensor.Buffer{out})
				if err == nil && !bytes.Equal(out.Data, want.Data) && !allNaNDiffs(want.DType, out.Data, want.Data) {
					err = fmt.Errorf("%s: concurrent result differs", op.Name)
				}
				errs <- err
			}()
		}
		for g := 0; g < 8; g++ {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
	}
}
