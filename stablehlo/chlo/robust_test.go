package chlo

import (
	"fmt"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// TestNoPanics sweeps every chlo op name over operand counts, element types
// and result shapes, well-formed or not: Legalize returns an error or a module
// without chlo ops, and never panics.
func TestNoPanics(t *testing.T) {
	names := []string{"acos", "acosh", "asin", "asinh", "atan", "atanh", "bessel_i1e", "conj", "constant",
		"constant_like", "cosh", "digamma", "erf", "erf_inv", "erfc", "is_inf", "is_neg_inf", "is_pos_inf",
		"lgamma", "next_after", "polygamma", "sinh", "square", "tan", "top_k", "zeta", "ragged_dot", "scan",
		"broadcast_add", "broadcast_compare", "broadcast_select", "broadcast_zeta", "broadcast_next_after",
		"broadcast_polygamma", "broadcast_complex", "nonsense"}
	elems := []tensor.DType{tensor.F32, tensor.F64, tensor.BF16, tensor.F8E5M2, tensor.I32, tensor.U8, tensor.I1, tensor.C64, tensor.C128}
	shapes := [][]int64{{}, {3}, {2, 3}, {tensor.Dynamic}}
	count := 0
	for _, n := range names {
		for _, d := range elems {
			for _, sh := range shapes {
				for nargs := 0; nargs <= 3; nargs++ {
					for nres := 0; nres <= 2; nres++ {
						count++
						m := oneOpModule("chlo."+n, d, sh, nargs, nres)
						func() {
							defer func() {
								if r := recover(); r != nil {
									t.Errorf("chlo.%s %s %v args=%d res=%d: panic %v", n, d, sh, nargs, nres, r)
								}
							}()
							if err := Legalize(m); err == nil && hasChlo(m) {
								t.Errorf("chlo.%s: no error but chlo ops remain", n)
							}
						}()
					}
				}
			}
		}
	}
	t.Logf("%d malformed/well-formed variants", count)
}

func oneOpModule(name string, d tensor.DType, shape []int64, nargs, nres int) *stablehlo.Module {
	ty := &stablehlo.TensorType{Shape: shape, Elem: stablehlo.Scalar(d)}
	blk := &stablehlo.Block{}
	var in []stablehlo.Type
	for i := 0; i < nargs; i++ {
		blk.Args = append(blk.Args, &stablehlo.Value{Type: ty, Index: i})
		in = append(in, ty)
	}
	var res []stablehlo.Type
	for i := 0; i < nres; i++ {
		res = append(res, ty)
	}
	op := stablehlo.NewOp(name, blk.Args, res)
	op.SetAttr("k", &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: 2})
	op.SetAttr("value", &stablehlo.FloatAttr{Type: stablehlo.Scalar(tensor.F32), Bits: 0x3f800000})
	op.SetAttr("comparison_direction", stablehlo.OpaqueAttr{Text: fmt.Sprintf("#chlo<comparison_direction %s>", "GT")})
	ret := stablehlo.NewOp("func.return", op.Results, nil)
	blk.Ops = []*stablehlo.Op{op, ret}
	fn := &stablehlo.Op{Name: "func.func", Regions: []*stablehlo.Region{{Blocks: []*stablehlo.Block{blk}}}}
	fn.SetAttr("sym_name", stablehlo.StringAttr{Value: "main"})
	fn.SetAttr("function_type", &stablehlo.TypeAttr{Type: &stablehlo.FunctionType{Inputs: in, Results: res}})
	return &stablehlo.Module{Ops: []*stablehlo.Op{fn}}
}
