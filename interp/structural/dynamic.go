package structural

import (
	"fmt"
	"slices"
	"sort"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// The dynamic_* ops whose result types are static: the operands that would
// make a shape dynamic (output shape, padding amounts, slice sizes) are plain
// integer tensors, so each op is its static counterpart with those operands
// turned into attributes. When those operands are constants the static kernel
// is built once; otherwise it is built from their values on every run (these
// ops are rare outside tests). A result with a dynamic dimension is refused.
func init() {
	dyn := func(name string, s dynSpec) { interp.Register(name, s.build) }
	dyn("stablehlo.dynamic_reshape", dynSpec{
		static: "stablehlo.reshape", shapeOps: []int{1},
		attrs: func(op *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return nil, wantResultShape(op, v[0], "output_shape")
		},
	})
	dyn("stablehlo.dynamic_broadcast_in_dim", dynSpec{
		static: "stablehlo.broadcast_in_dim", shapeOps: []int{1},
		drop: []string{"known_expanding_dimensions", "known_nonexpanding_dimensions"},
		attrs: func(op *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return nil, wantResultShape(op, v[0], "output_dimensions")
		},
	})
	dyn("stablehlo.dynamic_pad", dynSpec{
		static: "stablehlo.pad", shapeOps: []int{2, 3, 4},
		attrs: func(_ *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return []stablehlo.NamedAttr{
				{Name: "edge_padding_low", Value: i64Array(v[0])},
				{Name: "edge_padding_high", Value: i64Array(v[1])},
				{Name: "interior_padding", Value: i64Array(v[2])},
			}, nil
		},
	})
	dyn("stablehlo.dynamic_gather", dynSpec{
		static: "stablehlo.gather", shapeOps: []int{2},
		attrs: func(_ *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return []stablehlo.NamedAttr{{Name: "slice_sizes", Value: i64Array(v[0])}}, nil
		},
	})
	dyn("stablehlo.dynamic_conv", dynSpec{
		static: "stablehlo.convolution", shapeOps: []int{2},
		attrs: func(_ *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return []stablehlo.NamedAttr{{Name: "padding", Value: i64Array(v[0])}}, nil
		},
	})
}

type dynSpec struct {
	static   string   // the static counterpart's op name
	shapeOps []int    // operands read as integers (ascending)
	drop     []string // attributes the static op does not take
	// attrs checks the integer operands' values and gives the attributes
	// they become.
	attrs func(op *stablehlo.Op, vals [][]int64) ([]stablehlo.NamedAttr, error)
}

func i64Array(v []int64) *stablehlo.DenseArrayAttr {
	return &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: slices.Clone(v)}
}

func wantResultShape(op *stablehlo.Op, v []int64, what string) error {
	rt, _, err := resultType(op, 0)
	if err != nil {
		return err
	}
	if !slices.Equal(rt.Shape, v) {
		return fmt.Errorf("%s %v does not match the result shape %v", what, v, rt.Shape)
	}
	return nil
}

// staticOp is op as its static counterpart, given the integer operands' values.
func (s dynSpec) staticOp(op *stablehlo.Op, vals [][]int64) (*stablehlo.Op, error) {
	extra, err := s.attrs(op, vals)
	if err != nil {
		return nil, err
	}
	st := &stablehlo.Op{Name: s.static, Results: op.Results, Loc: op.Loc}
	for i, v := range op.Operands {
		if !slices.Contains(s.shapeOps, i) {
			st.Operands = append(st.Operands, v)
		}
	}
	for _, a := range op.Attrs {
		if !slices.Contains(s.drop, a.Name) {
			st.Attrs = append(st.Attrs, a)
		}
	}
	st.Attrs = append(st.Attrs, extra...)
	sort.Slice(st.Attrs, func(i, j int) bool { return st.Attrs[i].Name < st.Attrs[j].Name })
	return st, nil
}

func (s dynSpec) build(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	for i := range op.Results {
		rt, _, err := resultType(op, i)
		if err != nil {
			return nil, err
		}
		for _, d := range rt.Shape {
			if d < 0 {
				return nil, fmt.Errorf("dynamic result shape %v is not supported", rt)
			}
		}
	}
	for _, i := range s.shapeOps {
		if i >= len(op.Operands) {
			return nil, fmt.Errorf("want at least %d operands, got %d", i+1, len(op.Operands))
		}
		t, d, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		if !d.IsInteger() || len(t.Shape) > 2 {
			return nil, fmt.Errorf("operand %d must be an integer tensor, got %v", i, t)
		}
	}
	// keep lists the argument positions the static kernel takes.
	var keep []int
	for i := range op.Operands {
		if !slices.Contains(s.shapeOps, i) {
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
	if vals, ok := constOperands(op, s.shapeOps); ok {
		st, err := s.staticOp(op, vals)
		if err != nil {
			return nil, err
		}
		k, err := interp.Build(st, env)
		if err != nil {
			return nil, err
		}
		return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
			return k(ctx, staticArgs(args), results)
		}, nil
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		vals := make([][]int64, len(s.shapeOps))
		for j, i := range s.shapeOps {
			b := args[i]
			es := b.DType.StorageSize()
			n := len(b.Data) / es
			vals[j] = make([]int64, n)
			for e := range n {
				vals[j][e] = loadInt(b.DType, b.Data[e*es:])
			}
		}
		st, err := s.staticOp(op, vals)
		if err != nil {
			return err
		}
		// Regions are not needed by any of the static counterparts.
		k, err := interp.Build(st, nil)
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
		v, err := denseInts(a)
		if err != nil {
			return nil, false
		}
		out[j] = v
	}
	return out, true
}
