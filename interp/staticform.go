package interp

import (
	"fmt"
	"slices"
	"sort"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// StaticForm builds a dynamic_* op whose result types are static: the
// operands that would make a shape dynamic (output shape, padding amounts,
// slice sizes) are plain integer tensors, so the op is its static counterpart
// with those operands turned into attributes. When they are constants the
// static kernel is built once; otherwise it is built from their values on
// every run (these ops are rare outside tests). A dynamic result is refused.
type StaticForm struct {
	Static   string   // the static counterpart's op name
	ShapeOps []int    // operands read as integers
	Drop     []string // attributes the static op does not take
	// Attrs checks the integer operands' values and gives the attributes
	// they become.
	Attrs func(op *stablehlo.Op, vals [][]int64) ([]stablehlo.NamedAttr, error)
}

func I64Array(v []int64) *stablehlo.DenseArrayAttr {
	return &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: slices.Clone(v)}
}

func WantResultShape(op *stablehlo.Op, v []int64, what string) error {
	rt, ok := op.Results[0].Type.(*stablehlo.TensorType)
	if !ok {
		return fmt.Errorf("result type %v is not a ranked tensor", op.Results[0].Type)
	}
	if !slices.Equal(rt.Shape, v) {
		return fmt.Errorf("%s %v does not match the result shape %v", what, v, rt.Shape)
	}
	return nil
}

// staticOp is op as its static counterpart, given the integer operands' values.
func (s StaticForm) staticOp(op *stablehlo.Op, vals [][]int64) (*stablehlo.Op, error) {
	extra, err := s.Attrs(op, vals)
	if err != nil {
		return nil, err
	}
	st := &stablehlo.Op{Name: s.Static, Results: op.Results, Loc: op.Loc}
	for i, v := range op.Operands {
		if !slices.Contains(s.ShapeOps, i) {
			st.Operands = append(st.Operands, v)
		}
	}
	for _, a := range op.Attrs {
		if !slices.Contains(s.Drop, a.Name) {
			st.Attrs = append(st.Attrs, a)
		}
	}
	st.Attrs = append(st.Attrs, extra...)
	sort.Slice(st.Attrs, func(i, j int) bool { return st.Attrs[i].Name < st.Attrs[j].Name })
	return st, nil
}

func (s StaticForm) Build(op *stablehlo.Op, env Env) (Kernel, error) {
	for _, r := range op.Results {
		rt, ok := r.Type.(*stablehlo.TensorType)
		if !ok {
			return nil, fmt.Errorf("result type %v is not a ranked tensor", r.Type)
		}
		for _, d := range rt.Shape {
			if d < 0 {
				return nil, fmt.Errorf("dynamic result shape %v is not supported", rt)
			}
		}
	}
	for _, i := range s.ShapeOps {
		if i >= len(op.Operands) {
			return nil, fmt.Errorf("want at least %d operands, got %d", i+1, len(op.Operands))
		}
		t, ok := op.Operands[i].Type.(*stablehlo.TensorType)
		if !ok {
			return nil, fmt.Errorf("operand %d: type %v is not a ranked tensor", i, op.Operands[i].Type)
		}
		if d := stablehlo.ElementDType(t); !d.IsInteger() || d.Bits() < 8 || len(t.Shape) > 2 {
			return nil, fmt.Errorf("operand %d must be an integer tensor, got %v", i, t)
		}
	}
	// keep lists the argument positions the static kernel takes.
	var keep []int
	for i := range op.Operands {
		if !slices.Contains(s.ShapeOps, i) {
			keep = append(keep, i)
		}
	}
	staticArgs := func(args []*tensor.Buffer) []*tensor.Buffer {
		out := make([]*tensor.Buffer, len(keep))
		for j, i := range keep {
			out[j] = args[i]
		}
		return out
	}
	if vals, ok := constOperands(op, s.ShapeOps); ok {
		st, err := s.staticOp(op, vals)
		if err != nil {
			return nil, err
		}
		k, err := Build(st, env)
		if err != nil {
			return nil, err
		}
		return func(ctx *Ctx, args, results []*tensor.Buffer) error {
			return k(ctx, staticArgs(args), results)
		}, nil
	}
	return func(ctx *Ctx, args, results []*tensor.Buffer) error {
		vals := make([][]int64, len(s.ShapeOps))
		for j, i := range s.ShapeOps {
			vals[j] = readInts(args[i].DType, args[i].Data)
		}
		st, err := s.staticOp(op, vals)
		if err != nil {
			return err
		}
		// Regions are not needed by any of the static counterparts.
		k, err := Build(st, nil)
		if err != nil {
			return err
		}
		return k(ctx, staticArgs(args), results)
	}, nil
}

// constOperands reads the operands at idx when each is a stablehlo.constant.
func constOperands(op *stablehlo.Op, idx []int) ([][]int64, bool) {
	out := make([][]int64, len(idx))
	for j, i := range idx {
		def := op.Operands[i].Owner
		if def == nil || def.Name != "stablehlo.constant" {
			return nil, false
		}
		a, ok := def.Attr("value").(*stablehlo.DenseElementsAttr)
		if !ok {
			return nil, false
		}
		out[j] = readInts(stablehlo.ElementDType(a.Type), a.RawData())
	}
	return out, true
}

// readInts reads integers of 8 bits or more (Build checked the type) as int64.
func readInts(d tensor.DType, b []byte) []int64 {
	es := d.StorageSize()
	out := make([]int64, len(b)/es)
	for i := range out {
		var u uint64
		for k := es - 1; k >= 0; k-- {
			u = u<<8 | uint64(b[i*es+k])
		}
		if sh := 64 - 8*es; d.IsSigned() && sh > 0 {
			out[i] = int64(u<<sh) >> sh
		} else {
			out[i] = int64(u)
		}
	}
	return out
}
