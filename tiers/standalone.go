package tiers

import (
	"fmt"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/stablehlo"
)

// regionFunc is the name the standalone function of a region gets.
const regionFunc = "hlovm.region"

// standalone builds a module whose entry function computes Func fi of p:
// its parameters are the Func's (block arguments, then captures), its body a
// deep copy of the Func's block (so a tier may rewrite it), its return the
// block's terminator. Outer values the block uses without capturing them
// (constants, values folded at compile time) become constants in the body.
// The module's other functions are copied as they are.
func standalone(p *bytecode.Program, fi int32) (*stablehlo.Module, *stablehlo.Op, error) {
	f := p.Funcs[fi]
	if f.Src == nil || f.Src.Block == nil || p.Module == nil {
		return nil, nil, fmt.Errorf("no source IR kept for %s", f.Name)
	}
	c := &cloner{p: p, vals: map[*stablehlo.Value]*stablehlo.Value{}}
	blk := &stablehlo.Block{}
	var params []stablehlo.Type
	for _, a := range f.Src.Block.Args {
		nv := &stablehlo.Value{Type: a.Type, Index: len(blk.Args), Loc: a.Loc}
		blk.Args = append(blk.Args, nv)
		c.vals[a] = nv
		params = append(params, a.Type)
	}
	for _, v := range f.Src.Captures {
		nv := &stablehlo.Value{Type: v.Type, Index: len(blk.Args)}
		blk.Args = append(blk.Args, nv)
		c.vals[v] = nv
		params = append(params, v.Type)
	}
	c.top = blk
	ops, err := c.block(f.Src.Block.Ops, true)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", f.Name, err)
	}
	blk.Ops = append(c.prelude, ops...)
	fn := &stablehlo.Op{Name: "func.func", Regions: []*stablehlo.Region{{Blocks: []*stablehlo.Block{blk}}}}
	fn.SetAttr("sym_name", stablehlo.StringAttr{Value: regionFunc})
	fn.SetAttr("function_type", &stablehlo.TypeAttr{Type: &stablehlo.FunctionType{Inputs: params, Results: f.Results}})
	m := &stablehlo.Module{Name: "region", Ops: []*stablehlo.Op{fn}}
	for _, op := range p.Module.Ops {
		if op.Name == "func.func" && stablehlo.FuncName(op) == regionFunc {
			return nil, nil, fmt.Errorf("the module already has a function @%s", regionFunc)
		}
		if op.Name != "func.func" {
			m.Ops = append(m.Ops, op)
			continue
		}
		// The functions it may call are copied too, so the tier can fuse
		// them (JAX puts much of a program's work in private functions).
		cf := &cloner{p: p, vals: map[*stablehlo.Value]*stablehlo.Value{}}
		nf, err := cf.op(op)
		if err != nil {
			return nil, nil, fmt.Errorf("@%s: %v", stablehlo.FuncName(op), err)
		}
		m.Ops = append(m.Ops, nf)
	}
	return m, fn, nil
}

type cloner struct {
	p       *bytecode.Program
	vals    map[*stablehlo.Value]*stablehlo.Value
	top     *stablehlo.Block
	prelude []*stablehlo.Op // constants materialised for uncaptured outer values
}

func (c *cloner) value(v *stablehlo.Value) (*stablehlo.Value, error) {
	if nv, ok := c.vals[v]; ok {
		return nv, nil
	}
	// An outer value the region does not capture: a constant or a folded
	// value, materialised at the top of the new function.
	var op *stablehlo.Op
	switch {
	case v.Owner != nil && v.Owner.Name == "stablehlo.constant":
		op = stablehlo.NewOp("stablehlo.constant", nil, []stablehlo.Type{v.Type})
		op.Attrs = append([]stablehlo.NamedAttr(nil), v.Owner.Attrs...)
		op.Loc = v.Owner.Loc
	default:
		idx, ok := c.p.Folded[v]
		if !ok {
			return nil, fmt.Errorf("uses an outer value it does not capture")
		}
		tt, ok := v.Type.(*stablehlo.TensorType)
		if !ok {
			return nil, fmt.Errorf("folded value of type %v", v.Type)
		}
		op = stablehlo.NewOp("stablehlo.constant", nil, []stablehlo.Type{v.Type})
		op.SetAttr("value", stablehlo.NewDenseElements(tt, append([]byte(nil), c.p.Consts[idx].Data...)))
	}
	c.prelude = append(c.prelude, op)
	c.vals[v] = op.Results[0]
	return op.Results[0], nil
}

// block copies ops; at the top level the terminator becomes func.return.
func (c *cloner) block(ops []*stablehlo.Op, top bool) ([]*stablehlo.Op, error) {
	out := make([]*stablehlo.Op, 0, len(ops))
	for _, op := range ops {
		n, err := c.op(op)
		if err != nil {
			return nil, err
		}
		if top && (op.Name == "stablehlo.return" || op.Name == "func.return") {
			n.Name = "func.return"
		}
		out = append(out, n)
	}
	return out, nil
}

func (c *cloner) op(op *stablehlo.Op) (*stablehlo.Op, error) {
	n := &stablehlo.Op{Name: op.Name, Loc: op.Loc, Attrs: append([]stablehlo.NamedAttr(nil), op.Attrs...)}
	for _, v := range op.Operands {
		nv, err := c.value(v)
		if err != nil {
			return nil, fmt.Errorf("%s at %s: %v", op.Name, stablehlo.Short(op.Loc), err)
		}
		n.Operands = append(n.Operands, nv)
	}
	for _, r := range op.Regions {
		nr := &stablehlo.Region{}
		for _, b := range r.Blocks {
			nb := &stablehlo.Block{}
			for _, a := range b.Args {
				na := &stablehlo.Value{Type: a.Type, Index: a.Index, Name: a.Name, Loc: a.Loc}
				c.vals[a] = na
				nb.Args = append(nb.Args, na)
			}
			ops, err := c.block(b.Ops, false)
			if err != nil {
				return nil, err
			}
			nb.Ops = ops
			nr.Blocks = append(nr.Blocks, nb)
		}
		n.Regions = append(n.Regions, nr)
	}
	for _, r := range op.Results {
		nv := &stablehlo.Value{Type: r.Type, Owner: n, Index: r.Index, Name: r.Name}
		n.Results = append(n.Results, nv)
		c.vals[r] = nv
	}
	return n, nil
}
