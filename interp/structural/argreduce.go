package structural

import (
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// argBody recognises JAX's argmax/argmin reducer over (value, index) pairs:
//
//	p = or(compare DIR(v, w), compare NE(v, v))   DIR: GT argmax, LT argmin
//	q = or(p, and(compare EQ(v, w), compare LT(i, j)))
//	return select(p, v, w), select(q, i, j)
//
// with block arguments (v, i, w, j). It returns whether the body is argmax.
func argBody(blk *stablehlo.Block) (isMax, ok bool) {
	if blk == nil || len(blk.Args) != 4 || len(blk.Ops) == 0 {
		return false, false
	}
	v, i, w, j := blk.Args[0], blk.Args[1], blk.Args[2], blk.Args[3]
	ret := blk.Ops[len(blk.Ops)-1]
	if len(ret.Operands) != 2 {
		return false, false
	}
	s0, s1 := ret.Operands[0].Owner, ret.Operands[1].Owner
	if !isOp(s0, "stablehlo.select", 3) || !isOp(s1, "stablehlo.select", 3) ||
		s0.Operands[1] != v || s0.Operands[2] != w || s1.Operands[1] != i || s1.Operands[2] != j {
		return false, false
	}
	p, q := s0.Operands[0], s1.Operands[0]
	// p = or(cmp DIR(v, w), cmp NE(v, v))
	dir := ""
	if !orOf(p, func(x *stablehlo.Value) bool {
		if d, ok := cmpOf(x, v, w); ok && (d == "GT" || d == "LT") {
			dir = d
			return true
		}
		return false
	}, func(x *stablehlo.Value) bool { d, ok := cmpOf(x, v, v); return ok && d == "NE" }) {
		return false, false
	}
	// q = or(p, and(cmp EQ(v, w), cmp LT(i, j)))
	tie := func(x *stablehlo.Value) bool {
		return andOf(x, func(y *stablehlo.Value) bool { d, ok := cmpOf(y, v, w); return ok && d == "EQ" },
			func(y *stablehlo.Value) bool { d, ok := cmpOf(y, i, j); return ok && d == "LT" })
	}
	if !orOf(q, func(x *stablehlo.Value) bool { return x == p }, tie) {
		return false, false
	}
	return dir == "GT", true
}

func isOp(op *stablehlo.Op, name string, nargs int) bool {
	return op != nil && op.Name == name && len(op.Operands) == nargs && len(op.Results) == 1
}

// cmpOf returns the direction of x = compare(a, b) whose compare type suits
// the operands (FLOAT for floats, SIGNED/UNSIGNED matching integers).
func cmpOf(x, a, b *stablehlo.Value) (string, bool) {
	op := x.Owner
	if !isOp(op, "stablehlo.compare", 2) || op.Operands[0] != a || op.Operands[1] != b {
		return "", false
	}
	d := stablehlo.ElementDType(a.Type)
	ct := ""
	if t, ok := op.Attr("compare_type").(stablehlo.EnumAttr); ok {
		ct = t.Value
	}
	switch {
	case d.IsFloat() && (ct == "" || ct == "FLOAT"):
	case d.IsSigned() && (ct == "" || ct == "SIGNED"):
	case (d.IsUnsigned() || d.IsBool()) && (ct == "" || ct == "UNSIGNED"):
	default:
		return "", false
	}
	dir, _ := op.Attr("comparison_direction").(stablehlo.EnumAttr)
	return dir.Value, true
}

func orOf(x *stablehlo.Value, f, g func(*stablehlo.Value) bool) bool {
	return binOf(x, "stablehlo.or", f, g)
}

func andOf(x *stablehlo.Value, f, g func(*stablehlo.Value) bool) bool {
	return binOf(x, "stablehlo.and", f, g)
}

func binOf(x *stablehlo.Value, name string, f, g func(*stablehlo.Value) bool) bool {
	op := x.Owner
	if !isOp(op, name, 2) {
		return false
	}
	a, b := op.Operands[0], op.Operands[1]
	return f(a) && g(b) || f(b) && g(a)
}

// argReduce builds the typed argmax/argmin kernel: values V, indices I.
func argReduce(plan reducePlan, isMax bool, vd, id tensor.DType) interp.Kernel {
	switch vd {
	case tensor.F32:
		return argIndex[float32](plan, isMax, id)
	case tensor.F64:
		return argIndex[float64](plan, isMax, id)
	case tensor.I32:
		return argIndex[int32](plan, isMax, id)
	case tensor.I64:
		return argIndex[int64](plan, isMax, id)
	case tensor.U8, tensor.I1:
		return argIndex[uint8](plan, isMax, id)
	case tensor.I8:
		return argIndex[int8](plan, isMax, id)
	case tensor.U32:
		return argIndex[uint32](plan, isMax, id)
	case tensor.U64:
		return argIndex[uint64](plan, isMax, id)
	}
	return nil
}

func argIndex[V native](plan reducePlan, isMax bool, id tensor.DType) interp.Kernel {
	switch id {
	case tensor.I32:
		return argKernel[V, int32](plan, isMax)
	case tensor.I64:
		return argKernel[V, int64](plan, isMax)
	}
	return nil
}

// argKernel folds (value, index) pairs exactly as the recognised body does:
// the accumulator is kept when it wins the compare or is NaN; on equal values
// the smaller index wins.
func argKernel[V native, I int32 | int64](plan reducePlan, isMax bool) interp.Kernel {
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		vin, iin := tensor.View[V](args[0]), tensor.View[I](args[1])
		vout, iout := tensor.View[V](res[0]), tensor.View[I](res[1])
		v0, i0 := tensor.View[V](args[2])[0], tensor.View[I](args[3])[0]
		for k := range vout {
			vout[k], iout[k] = v0, i0
		}
		run := func(p reducePlan) {
			p.walk(func(inOff, outOff, n, is, os int64) {
				for t := int64(0); t < n; t++ {
					o, e := outOff+t*os, inOff+t*is
					v, w := vout[o], vin[e]
					win := v != v
					if isMax {
						win = win || v > w
					} else {
						win = win || v < w
					}
					if !win {
						vout[o] = w
						if !(v == w && iout[o] < iin[e]) {
							iout[o] = iin[e]
						}
					}
				}
			})
		}
		parts := plan.split(parallelism(ctx, int64(len(vin))*8))
		parallelFor(len(parts), int64(len(parts)), func(lo, hi int64) {
			for k := lo; k < hi; k++ {
				run(parts[k])
			}
		})
		return nil
	}
}
