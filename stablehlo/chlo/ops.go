package chlo

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// broadcastOps maps chlo.broadcast_* to the elementwise op it becomes once its
// operands are explicitly broadcast ("" prefix: a chlo op lowered in turn).
var broadcastOps = map[string]string{
	"broadcast_add":                    "stablehlo.add",
	"broadcast_and":                    "stablehlo.and",
	"broadcast_atan2":                  "stablehlo.atan2",
	"broadcast_complex":                "stablehlo.complex",
	"broadcast_divide":                 "stablehlo.divide",
	"broadcast_maximum":                "stablehlo.maximum",
	"broadcast_minimum":                "stablehlo.minimum",
	"broadcast_multiply":               "stablehlo.multiply",
	"broadcast_next_after":             "chlo.next_after",
	"broadcast_or":                     "stablehlo.or",
	"broadcast_polygamma":              "chlo.polygamma",
	"broadcast_power":                  "stablehlo.power",
	"broadcast_remainder":              "stablehlo.remainder",
	"broadcast_shift_left":             "stablehlo.shift_left",
	"broadcast_shift_right_arithmetic": "stablehlo.shift_right_arithmetic",
	"broadcast_shift_right_logical":    "stablehlo.shift_right_logical",
	"broadcast_subtract":               "stablehlo.subtract",
	"broadcast_xor":                    "stablehlo.xor",
	"broadcast_zeta":                   "chlo.zeta",
}

func staticTensor(t stablehlo.Type) (*stablehlo.TensorType, bool) {
	tt, ok := t.(*stablehlo.TensorType)
	if !ok {
		return nil, false
	}
	for _, d := range tt.Shape {
		if d == tensor.Dynamic {
			return nil, false
		}
	}
	return tt, true
}

// expandBroadcast lowers a broadcasting chlo op with static shapes: operands
// whose shape differs from the result's are broadcast_in_dim'ed numpy-style
// (trailing dimensions aligned), then the plain op is applied. Dynamic shapes
// (which the pass lowers through the shape dialect) are not supported.
func expandBroadcast(b *builder, op *stablehlo.Op, name string) ([]*stablehlo.Value, error) {
	want := 2
	if name == "broadcast_select" {
		want = 3
	}
	if len(op.Operands) != want || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected %d operands and 1 result", want)
	}
	rt, ok := staticTensor(op.Results[0].Type)
	if !ok {
		return nil, fmt.Errorf("result type %s is not a static ranked tensor (dynamic broadcasting unsupported)", op.Results[0].Type)
	}
	rank := int64(len(rt.Shape))
	var ops []*stablehlo.Value
	for i, v := range op.Operands {
		vt, ok := staticTensor(v.Type)
		if !ok {
			return nil, fmt.Errorf("operand %d type %s is not a static ranked tensor (dynamic broadcasting unsupported)", i, v.Type)
		}
		ops = append(ops, v)
		_ = vt
	}
	if bd, ok := op.Attr("broadcast_dimensions").(*stablehlo.DenseArrayAttr); ok {
		// Only the implicit numpy prefix-padding form is supported, as in the pass.
		lo := op.Operands[0].Type.(*stablehlo.TensorType)
		hi := op.Operands[1].Type.(*stablehlo.TensorType)
		small := lo
		if len(hi.Shape) < len(lo.Shape) {
			small = hi
		}
		off := rank - int64(len(small.Shape))
		if len(lo.Shape) != len(hi.Shape) {
			for i, d := range bd.Ints {
				if d != off+int64(i) {
					return nil, fmt.Errorf("broadcast_dimensions %v are not numpy-style", bd.Ints)
				}
			}
		}
	}
	for i, v := range ops {
		vt := v.Type.(*stablehlo.TensorType)
		if name == "broadcast_select" && i == 0 && len(vt.Shape) == 0 {
			continue // a scalar predicate broadcasts implicitly
		}
		if sameShape(vt.Shape, rt.Shape) {
			continue
		}
		if int64(len(vt.Shape)) > rank {
			return nil, fmt.Errorf("operand %d of rank %d exceeds result rank %d", i, len(vt.Shape), rank)
		}
		dims := make([]int64, len(vt.Shape))
		for j := range dims {
			dims[j] = rank - int64(len(vt.Shape)) + int64(j)
		}
		to := &stablehlo.TensorType{Shape: rt.Shape, Elem: vt.Elem}
		ops[i] = b.emit("stablehlo.broadcast_in_dim", []*stablehlo.Value{v}, to,
			stablehlo.NamedAttr{Name: "broadcast_dimensions", Value: &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: dims}})
		// numpyBroadcastIfNeeded puts the broadcast at its input's location.
		if v.Owner != nil {
			ops[i].Owner.Loc = v.Owner.Loc
		} else if v.Loc != nil {
			ops[i].Owner.Loc = v.Loc
		}
	}
	switch name {
	case "broadcast_select":
		return []*stablehlo.Value{b.emit("stablehlo.select", ops, rt)}, nil
	case "broadcast_compare":
		attrs := []stablehlo.NamedAttr{{Name: "comparison_direction", Value: op.Attr("comparison_direction")}}
		if ct := op.Attr("compare_type"); ct != nil {
			attrs = append(attrs, stablehlo.NamedAttr{Name: "compare_type", Value: ct})
		}
		for i, a := range attrs {
			e, ok := chloEnum(a.Value)
			if !ok {
				return nil, fmt.Errorf("%s attribute %v unsupported", a.Name, a.Value)
			}
			attrs[i].Value = e
		}
		return []*stablehlo.Value{b.emit("stablehlo.compare", ops, rt, attrs...)}, nil
	}
	target := broadcastOps[name]
	switch target {
	case "chlo.next_after":
		return []*stablehlo.Value{nextAfter(b, ops[0], ops[1])}, nil
	case "chlo.zeta":
		return []*stablehlo.Value{zetaUpcast(b, ops[0], ops[1])}, nil
	case "chlo.polygamma":
		return []*stablehlo.Value{withUpcast(b, ops, func(b *builder, a []*stablehlo.Value) *stablehlo.Value { return polygamma(b, a[0], a[1]) })}, nil
	}
	return []*stablehlo.Value{b.emit(target, ops, rt)}, nil
}

// chloEnum reads a chlo comparison enum (#chlo<comparison_direction LT>, kept
// by the text reader as an opaque attribute, or already an EnumAttr) as the
// StableHLO enum the compare op takes.
func chloEnum(a stablehlo.Attribute) (stablehlo.EnumAttr, bool) {
	switch a := a.(type) {
	case stablehlo.EnumAttr:
		return a, true
	case stablehlo.OpaqueAttr:
		t := strings.TrimSpace(a.Text)
		if !strings.HasPrefix(t, "#chlo<") || !strings.HasSuffix(t, ">") {
			return stablehlo.EnumAttr{}, false
		}
		f := strings.Fields(t[len("#chlo<") : len(t)-1])
		if len(f) != 2 || (f[0] != "comparison_direction" && f[0] != "comparison_type") {
			return stablehlo.EnumAttr{}, false
		}
		return stablehlo.EnumAttr{Kind: f[0], Value: f[1]}, true
	}
	return stablehlo.EnumAttr{}, false
}

func sameShape(a, c []int64) bool {
	if len(a) != len(c) {
		return false
	}
	for i := range a {
		if a[i] != c[i] {
			return false
		}
	}
	return true
}

// topK lowers chlo.top_k(x, k) into a stablehlo.composite "chlo.top_k" whose
// decomposition @chlo.top_k.impl iotas the last dimension, sorts (values
// descending, TOTALORDER for floats, with the indices alongside) and slices the
// first k — what XLA's pipeline serializes.
func (lz *legalizer) topK(b *builder, op *stablehlo.Op) ([]*stablehlo.Value, error) {
	if len(op.Operands) != 1 || len(op.Results) != 2 {
		return nil, fmt.Errorf("expected 1 operand and 2 results")
	}
	x := op.Operands[0]
	xt, ok := staticTensor(x.Type)
	if !ok || len(xt.Shape) == 0 {
		return nil, fmt.Errorf("operand type %s is not a static ranked tensor of rank >= 1 (dynamic top_k unsupported)", x.Type)
	}
	kAttr, ok := op.Attr("k").(*stablehlo.IntegerAttr)
	if !ok {
		return nil, fmt.Errorf("missing integer attribute k")
	}
	stable := true
	if s, ok := op.Attr("is_stable").(stablehlo.BoolAttr); ok {
		stable = s.Value
	}
	last := int64(len(xt.Shape) - 1)
	k := kAttr.Value
	if k > xt.Shape[last] {
		k = xt.Shape[last]
	}
	elem := stablehlo.ElementDType(xt)
	if elem == tensor.Invalid {
		return nil, fmt.Errorf("element type %s unsupported", xt.Elem)
	}

	// The composite carries the chlo op's attributes, defaults included.
	var attrs []stablehlo.NamedAttr
	for _, a := range op.Attrs {
		if a.Name == "largest" {
			if l, ok := a.Value.(stablehlo.BoolAttr); !ok || !l.Value {
				return nil, fmt.Errorf("largest = %v unsupported", a.Value)
			}
		}
		attrs = append(attrs, a)
	}
	if op.Attr("is_stable") == nil {
		attrs = append(attrs, stablehlo.NamedAttr{Name: "is_stable", Value: stablehlo.BoolAttr{Value: true}})
	}
	return lz.composite(b, op, "chlo.top_k", attrs, func(fb *builder, args []*stablehlo.Value) []*stablehlo.Value {
		return topKBody(fb, args[0], xt, elem, last, k, stable)
	}), nil
}

func topKBody(fb *builder, arg *stablehlo.Value, xt *stablehlo.TensorType, elem tensor.DType, last, k int64, stable bool) []*stablehlo.Value {
	rank := len(xt.Shape)
	iotaT := stablehlo.Tensor(tensor.I32, xt.Shape...)
	iota := fb.emit("stablehlo.iota", nil, iotaT,
		stablehlo.NamedAttr{Name: "iota_dimension", Value: &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: last}})
	sort := stablehlo.NewOp("stablehlo.sort", []*stablehlo.Value{arg, iota}, []stablehlo.Type{xt, iotaT})
	sort.Loc = fb.loc
	sort.SetAttr("dimension", &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: last})
	sort.SetAttr("is_stable", stablehlo.BoolAttr{Value: stable})
	scalar := stablehlo.Tensor(elem)
	iscalar := stablehlo.Tensor(tensor.I32)
	cmpBlk := &stablehlo.Block{}
	for i, t := range []stablehlo.Type{scalar, scalar, iscalar, iscalar} {
		cmpBlk.Args = append(cmpBlk.Args, &stablehlo.Value{Type: t, Index: i, Loc: fb.loc})
	}
	cb := &builder{loc: fb.loc}
	gt := cb.cmp("GT", cmpBlk.Args[0], cmpBlk.Args[1])
	if elem.IsFloat() || elem.IsComplex() {
		gt.Owner.SetAttr("compare_type", stablehlo.EnumAttr{Kind: "comparison_type", Value: "TOTALORDER"})
	}
	ret := stablehlo.NewOp("stablehlo.return", []*stablehlo.Value{gt}, nil)
	ret.Loc = fb.loc
	cmpBlk.Ops = append(cb.ops, ret)
	sort.Regions = []*stablehlo.Region{{Blocks: []*stablehlo.Block{cmpBlk}}}
	fb.ops = append(fb.ops, sort)
	start := make([]int64, rank)
	limit := append([]int64(nil), xt.Shape...)
	limit[last] = k
	strides := make([]int64, rank)
	for i := range strides {
		strides[i] = 1
	}
	slice := func(v *stablehlo.Value) *stablehlo.Value {
		vt := v.Type.(*stablehlo.TensorType)
		rt := &stablehlo.TensorType{Shape: limit, Elem: vt.Elem}
		return fb.emit("stablehlo.slice", []*stablehlo.Value{v}, rt,
			stablehlo.NamedAttr{Name: "start_indices", Value: &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: start}},
			stablehlo.NamedAttr{Name: "limit_indices", Value: &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: limit}},
			stablehlo.NamedAttr{Name: "strides", Value: &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: strides}})
	}
	return []*stablehlo.Value{slice(sort.Results[0]), slice(sort.Results[1])}
}

// composite replaces op by a stablehlo.composite named name whose
// decomposition is a new private function @<name>.impl (made unique) holding
// body's expansion of the op, as XLA's chlo-preserve-high-level-ops does for
// the chlo ops XLA implements natively (erf, top_k). The function goes after
// the one being legalized.
func (lz *legalizer) composite(b *builder, op *stablehlo.Op, name string, attrs []stablehlo.NamedAttr, body func(*builder, []*stablehlo.Value) []*stablehlo.Value) []*stablehlo.Value {
	fb := &builder{loc: op.Loc}
	var args []*stablehlo.Value
	var argTypes []stablehlo.Type
	for i, v := range op.Operands {
		args = append(args, &stablehlo.Value{Type: v.Type, Index: i, Loc: op.Loc})
		argTypes = append(argTypes, v.Type)
	}
	res := body(fb, args)
	if fb.err != nil {
		b.fail("%v", fb.err)
		return nil
	}
	var resTypes []stablehlo.Type
	for _, r := range res {
		resTypes = append(resTypes, r.Type)
	}
	fret := stablehlo.NewOp("func.return", res, nil)
	fret.Loc = op.Loc
	blk := &stablehlo.Block{Args: args, Ops: append(fb.ops, fret)}
	fname := lz.uniqueName(name + ".impl")
	fn := &stablehlo.Op{Name: "func.func", Loc: op.Loc, Regions: []*stablehlo.Region{{Blocks: []*stablehlo.Block{blk}}}}
	fn.SetAttr("sym_name", stablehlo.StringAttr{Value: fname})
	fn.SetAttr("function_type", &stablehlo.TypeAttr{Type: &stablehlo.FunctionType{Inputs: argTypes, Results: resTypes}})
	fn.SetAttr("sym_visibility", stablehlo.StringAttr{Value: "private"})
	lz.newFuncs = append(lz.newFuncs, fn)

	comp := stablehlo.NewOp("stablehlo.composite", append([]*stablehlo.Value(nil), op.Operands...), resTypes)
	comp.Loc = op.Loc
	comp.SetAttr("name", stablehlo.StringAttr{Value: name})
	if len(attrs) > 0 {
		comp.SetAttr("composite_attributes", stablehlo.NewDict(attrs))
	}
	comp.SetAttr("decomposition", &stablehlo.SymbolRefAttr{Root: fname})
	comp.SetAttr("version", &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: 1})
	b.ops = append(b.ops, comp)
	return comp.Results
}

// uniqueName returns base, or base_N when the module already has that symbol
// (MLIR's SymbolTable renaming).
func (lz *legalizer) uniqueName(base string) string {
	name := base
	for i := 0; lz.names[name]; i++ {
		name = base + "_" + strconv.Itoa(i)
	}
	lz.names[name] = true
	return name
}
