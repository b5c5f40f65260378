package fusion

import (
	"encoding/hex"
	"fmt"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Report says what Fuse did.
type Report struct {
	Groups   int // fused kernels made
	OpsFused int // ops they replace
	Kernels  []*Kernel
}

// computeOps are the element-wise ops a kernel body computes with tier 0's
// element loops (same element type in and out unless noted in bodyInst).
var computeOps = map[string]bool{}

func init() {
	for _, n := range []string{"add", "subtract", "multiply", "divide", "remainder", "power",
		"maximum", "minimum", "and", "or", "xor", "shift_left", "shift_right_arithmetic",
		"shift_right_logical", "atan2",
		"negate", "sign", "not", "popcnt", "count_leading_zeros", "sqrt", "rsqrt", "cbrt",
		"exponential", "exponential_minus_one", "log", "log_plus_one", "exp2", "log2",
		"logistic", "sine", "cosine", "tan", "tanh", "floor", "ceil", "round_nearest_afz",
		"round_nearest_even",
		"compare", "select", "clamp", "convert", "fma", "bitcast_convert", "iota"} {
		computeOps["stablehlo."+n] = true
	}
}

// minGroup is the fewest compute ops worth a kernel: one op gains nothing.
const minGroup = 2

// Fuse rewrites every func.func of m (and every block nested in them):
// groups of element-wise ops over one iteration space become custom_call
// @hlovm.fused ops. Ops keep their order otherwise; an op that does not join
// a group but uses none of its values may run before the group's kernel. The
// module is changed in place; callers fuse a copy of shared IR.
func Fuse(m *stablehlo.Module) (*Report, error) {
	rep := &Report{}
	for _, op := range m.Ops {
		if op.Name != "func.func" {
			continue
		}
		if err := fuseRegions(op, rep); err != nil {
			return rep, err
		}
	}
	if rep.Groups > 0 {
		stablehlo.RemoveDeadOps(m)
	}
	return rep, nil
}

// FuseFunc is Fuse for one func.func (and the blocks nested in it), leaving
// the module's other functions alone; ops the fusion left unused are removed
// from it.
func FuseFunc(fn *stablehlo.Op) (*Report, error) {
	rep := &Report{}
	if err := fuseRegions(fn, rep); err != nil {
		return rep, err
	}
	if rep.Groups > 0 {
		stablehlo.RemoveDeadOps(&stablehlo.Module{Ops: []*stablehlo.Op{fn}})
	}
	return rep, nil
}

func fuseRegions(op *stablehlo.Op, rep *Report) error {
	for _, r := range op.Regions {
		for _, b := range r.Blocks {
			for _, inner := range b.Ops {
				if err := fuseRegions(inner, rep); err != nil {
					return err
				}
			}
			if err := fuseBlock(b, rep); err != nil {
				return err
			}
		}
	}
	return nil
}

// staticCount is the element count of a statically shaped ranked tensor
// type with an element type the kernels handle, else -1.
func staticCount(t stablehlo.Type) int64 {
	tt, ok := t.(*stablehlo.TensorType)
	if !ok {
		return -1
	}
	if _, q := tt.Elem.(*stablehlo.QuantType); q {
		return -1
	}
	for _, d := range tt.Shape {
		if d < 0 {
			return -1
		}
	}
	if stablehlo.ElementDType(tt) == tensor.Invalid {
		return -1
	}
	return tensor.NumElements(tt.Shape)
}

func shapeOf(t stablehlo.Type) []int64 {
	if tt, ok := t.(*stablehlo.TensorType); ok {
		return tt.Shape
	}
	return nil
}

// member classifies an op for fusion: a compute op, a view (reshape or
// broadcast_in_dim: a way to read an input), or neither. n is its result's
// element count.
func member(op *stablehlo.Op) (kind int, n int64) {
	const (
		none    = 0
		compute = 1
		view    = 2
	)
	if len(op.Results) != 1 || len(op.Regions) > 0 {
		return none, 0
	}
	n = staticCount(op.Results[0].Type)
	if n <= 0 {
		return none, 0
	}
	for _, v := range op.Operands {
		if staticCount(v.Type) < 0 {
			return none, 0
		}
	}
	if op.Name == "stablehlo.bitcast_convert" {
		// Only between types of one storage size (the element count and
		// order stay), and not i1, whose storage is not its bits.
		a, r := stablehlo.ElementDType(op.Operands[0].Type), stablehlo.ElementDType(op.Results[0].Type)
		if a.StorageSize() != r.StorageSize() || a == tensor.I1 || r == tensor.I1 ||
			a.Bits() != 8*a.StorageSize() || r.Bits() != 8*r.StorageSize() {
			return none, 0
		}
	}
	switch {
	case computeOps[op.Name]:
		for _, v := range op.Operands {
			// Every operand element-wise, except a scalar select predicate.
			if c := staticCount(v.Type); c != n && !(op.Name == "stablehlo.select" && c == 1 && len(shapeOf(v.Type)) == 0) &&
				!(op.Name == "stablehlo.clamp" && c == 1 && len(shapeOf(v.Type)) == 0) {
				return none, 0
			}
		}
		return compute, n
	case op.Name == "stablehlo.reshape" || op.Name == "stablehlo.broadcast_in_dim":
		return view, n
	}
	return none, 0
}

type group struct {
	n       int64
	ops     []*stablehlo.Op
	in      map[*stablehlo.Op]bool
	compute int
	// red is the stablehlo.reduce that closed the group (its last op), or
	// nil; redOp, lo and hi describe it.
	red    *stablehlo.Op
	redOp  string
	lo, hi int
}

// reduceFor returns the open group a stablehlo.reduce joins as its
// reduction: one operand made in that group (same element count), a splat
// constant init, a body that is one binary op (reduceOK) of its two
// arguments, result type the operand's, and reduced dimensions forming one
// contiguous block. Anything else: nil.
func reduceFor(op *stablehlo.Op, open []*group) (g *group, name string, lo, hi int) {
	if op.Name != "stablehlo.reduce" || len(op.Operands) != 2 || len(op.Results) != 1 || len(op.Regions) != 1 ||
		len(op.Regions[0].Blocks) != 1 {
		return nil, "", 0, 0
	}
	x, init := op.Operands[0], op.Operands[1]
	n := staticCount(x.Type)
	if n <= 1 || x.Owner == nil || staticCount(op.Results[0].Type) < 1 || len(shapeOf(init.Type)) != 0 {
		return nil, "", 0, 0
	}
	d := stablehlo.ElementDType(x.Type)
	if stablehlo.ElementDType(op.Results[0].Type) != d || stablehlo.ElementDType(init.Type) != d {
		return nil, "", 0, 0
	}
	// bf16 and f16 stay on tier 0 (its typed loops, rounding each step):
	// the native emitter has no such types, so the fused fold would run
	// element by element on the portable executor.
	switch d {
	case tensor.BF16, tensor.F16:
		return nil, "", 0, 0
	}
	if d.Bits() != 8*d.StorageSize() && d != tensor.I1 || d.IsComplex() {
		return nil, "", 0, 0
	}
	if _, ok := splatBits(init); !ok {
		return nil, "", 0, 0
	}
	blk := op.Regions[0].Blocks[0]
	if len(blk.Args) != 2 || len(blk.Ops) != 2 || len(blk.Ops[1].Operands) != 1 {
		return nil, "", 0, 0
	}
	bin := blk.Ops[0]
	if len(bin.Operands) != 2 || len(bin.Results) != 1 || blk.Ops[1].Operands[0] != bin.Results[0] ||
		!(bin.Operands[0] == blk.Args[0] && bin.Operands[1] == blk.Args[1] ||
			bin.Operands[0] == blk.Args[1] && bin.Operands[1] == blk.Args[0]) {
		return nil, "", 0, 0
	}
	for _, v := range append(blk.Args, bin.Results[0]) {
		if tt, ok := v.Type.(*stablehlo.TensorType); !ok || len(tt.Shape) != 0 || stablehlo.ElementDType(tt) != d {
			return nil, "", 0, 0
		}
	}
	name = opName(bin.Name)
	if _, err := reduceFunc(name, d); err != nil {
		return nil, "", 0, 0
	}
	dims, ok := op.Attr("dimensions").(*stablehlo.DenseArrayAttr)
	if !ok || len(dims.Ints) == 0 {
		return nil, "", 0, 0
	}
	lo, hi = int(dims.Ints[0]), int(dims.Ints[0])+len(dims.Ints)
	for j, v := range dims.Ints {
		if int(v) != lo+j {
			return nil, "", 0, 0
		}
	}
	if lo < 0 || hi > len(shapeOf(x.Type)) {
		return nil, "", 0, 0
	}
	for _, c := range open {
		if c.n == n && c.in[x.Owner] {
			return c, name, lo, hi
		}
	}
	return nil, "", 0, 0
}

// fuseBlock rewrites one block (its nested blocks are done already).
func fuseBlock(b *stablehlo.Block, rep *Report) error {
	// users[v] are the ops of this block that use v, directly or inside
	// their regions (a region's use counts as its op's).
	users := map[*stablehlo.Value][]*stablehlo.Op{}
	for _, op := range b.Ops {
		seen := map[*stablehlo.Value]bool{}
		var walk func(o *stablehlo.Op)
		walk = func(o *stablehlo.Op) {
			for _, v := range o.Operands {
				if !seen[v] {
					seen[v] = true
					users[v] = append(users[v], op)
				}
			}
			for _, r := range o.Regions {
				for _, bb := range r.Blocks {
					for _, inner := range bb.Ops {
						walk(inner)
					}
				}
			}
		}
		walk(op)
	}

	var out []*stablehlo.Op
	// Groups stay open, one per element count, until an op outside the
	// group uses one of its values: then its kernel is emitted there.
	var open []*group
	flush := func(cur *group) error {
		for i, g := range open {
			if g == cur {
				open = append(open[:i], open[i+1:]...)
				break
			}
		}
		if cur.compute < minGroup {
			out = append(out, cur.ops...)
			return nil
		}
		fused, k, err := buildGroup(cur, users)
		if err != nil {
			return err
		}
		if fused == nil {
			out = append(out, cur.ops...)
			return nil
		}
		rep.Groups++
		rep.OpsFused += len(cur.ops)
		rep.Kernels = append(rep.Kernels, k)
		out = append(out, fused)
		return nil
	}
	for _, op := range b.Ops {
		if g, name, lo, hi := reduceFor(op, open); g != nil {
			// The reduce closes g as its reduction; other groups it uses
			// (through the init, say) are emitted before.
			for k := 0; k < len(open); {
				if c := open[k]; c != g && usesGroup(op, c) {
					if err := flush(c); err != nil {
						return err
					}
					continue
				}
				k++
			}
			g.ops = append(g.ops, op)
			g.in[op] = true
			g.compute++
			g.red, g.redOp, g.lo, g.hi = op, name, lo, hi
			if err := flush(g); err != nil {
				return err
			}
			continue
		}
		kind, n := member(op)
		var target *group
		if kind != 0 {
			for _, g := range open {
				if g.n == n {
					target = g
				}
			}
			if target != nil && !joins(target, op, kind) {
				if err := flush(target); err != nil {
					return err
				}
				target = nil
			}
		}
		// Every other open group whose values op uses is emitted first.
		for k := 0; k < len(open); {
			if g := open[k]; g != target && usesGroup(op, g) {
				if err := flush(g); err != nil {
					return err
				}
				continue
			}
			k++
		}
		if kind == 0 {
			out = append(out, op)
			continue
		}
		if target == nil {
			target = &group{n: n, in: map[*stablehlo.Op]bool{}}
			open = append(open, target)
		}
		target.ops = append(target.ops, op)
		target.in[op] = true
		if kind == 1 {
			target.compute++
		}
	}
	for len(open) > 0 {
		if err := flush(open[0]); err != nil {
			return err
		}
	}
	b.Ops = out
	return nil
}

// joins reports whether op can join g: a broadcast view must read a value
// from outside the group (the kernel reads its input through the view); a
// reshape of a group value is a copy in the same element order.
func joins(g *group, op *stablehlo.Op, kind int) bool {
	if kind == 2 && op.Name == "stablehlo.broadcast_in_dim" {
		if v := op.Operands[0]; v.Owner != nil && g.in[v.Owner] {
			return false
		}
	}
	return true
}

// usesGroup reports whether op (or an op in its regions) uses a value made in g.
func usesGroup(op *stablehlo.Op, g *group) bool {
	for _, v := range op.Operands {
		if v.Owner != nil && g.in[v.Owner] {
			return true
		}
	}
	for _, r := range op.Regions {
		for _, bb := range r.Blocks {
			for _, inner := range bb.Ops {
				if usesGroup(inner, g) {
					return true
				}
			}
		}
	}
	return false
}

// kb builds one kernel from a group.
type kb struct {
	k      *Kernel
	vals   map[*stablehlo.Value]int
	inputs map[string]int // access key -> input value number
	ops    []*stablehlo.Value
}

// buildGroup makes the fused op of a group, or nil when the group does not
// fit a kernel after all (an attribute it cannot express).
func buildGroup(g *group, users map[*stablehlo.Value][]*stablehlo.Op) (*stablehlo.Op, *Kernel, error) {
	space := shapeOf(g.ops[len(g.ops)-1].Results[0].Type)
	if g.red != nil {
		space = shapeOf(g.red.Operands[0].Type)
	}
	b := &kb{k: &Kernel{Version: KernelVersion, Space: space},
		vals: map[*stablehlo.Value]int{}, inputs: map[string]int{}}
	var operands []*stablehlo.Value
	input := func(v *stablehlo.Value, acc Access, view, dims []int64) int {
		key := fmt.Sprintf("%p/%s/%v/%v", v, acc, view, dims)
		if i, ok := b.inputs[key]; ok {
			return i
		}
		// A splat constant is computed in the kernel, not read.
		if c, ok := splatBits(v); ok {
			b.k.Body = append(b.k.Body, Inst{Op: "constant", DType: stablehlo.ElementDType(v.Type).String(), Bits: c})
			i := len(b.k.Body) - 1 // body index, fixed up below
			b.inputs[key] = -1 - i
			return -1 - i
		}
		b.k.Inputs = append(b.k.Inputs, Input{DType: stablehlo.ElementDType(v.Type).String(), Shape: shapeOf(v.Type),
			Access: acc, View: view, Dims: dims})
		operands = append(operands, v)
		i := len(b.k.Inputs) - 1
		b.inputs[key] = i
		return i
	}
	// First pass: body instructions with provisional references: inputs are
	// i >= 0, body values are -1-j (j their body index).
	type ref = int
	bodyRef := map[*stablehlo.Value]ref{}
	read := func(v *stablehlo.Value) ref {
		if r, ok := bodyRef[v]; ok {
			return r
		}
		if len(shapeOf(v.Type)) == 0 && staticCount(v.Type) == 1 && g.n != 1 {
			return input(v, Scalar, nil, nil)
		}
		return input(v, Elem, nil, nil)
	}
	var redRef ref
	for _, op := range g.ops {
		res := op.Results[0]
		d := stablehlo.ElementDType(res.Type)
		if op == g.red {
			redRef = read(op.Operands[0])
			continue
		}
		switch op.Name {
		case "stablehlo.broadcast_in_dim":
			src := op.Operands[0]
			dims, ok := op.Attr("broadcast_dimensions").(*stablehlo.DenseArrayAttr)
			if !ok {
				return nil, nil, nil
			}
			var r ref
			if staticCount(src.Type) == 1 {
				r = input(src, Scalar, nil, nil)
				if g.n == 1 {
					r = input(src, Elem, nil, nil)
				}
			} else if staticCount(src.Type) == g.n {
				// A broadcast that only adds unit dimensions or permutes
				// nothing: same element order when dims are increasing.
				if increasing(dims.Ints) {
					r = input(src, Elem, nil, nil)
				} else {
					r = input(src, Bcast, shapeOf(res.Type), dims.Ints)
				}
			} else {
				r = input(src, Bcast, shapeOf(res.Type), dims.Ints)
			}
			bodyRef[res] = r
		case "stablehlo.reshape":
			bodyRef[res] = read(op.Operands[0])
		default:
			in := Inst{Op: opName(op.Name), DType: d.String()}
			if op.Name == "stablehlo.compare" {
				dir, ok := op.Attr("comparison_direction").(stablehlo.EnumAttr)
				if !ok {
					return nil, nil, nil
				}
				in.Dir = dir.Value
				if ct, ok := op.Attr("compare_type").(stablehlo.EnumAttr); ok {
					in.CmpType = ct.Value
				}
			}
			if op.Name == "stablehlo.convert" && stablehlo.ElementDType(op.Operands[0].Type) == d {
				in.Op = "copy"
			}
			if op.Name == "stablehlo.iota" {
				dim, ok := op.Attr("iota_dimension").(*stablehlo.IntegerAttr)
				shape := shapeOf(res.Type)
				if !ok || dim.Value < 0 || int(dim.Value) >= len(shape) || d.Bits() != 8*d.StorageSize() || d.IsComplex() {
					return nil, nil, nil
				}
				in.Extent, in.Stride = shape[dim.Value], tensor.NumElements(shape[dim.Value+1:])
			}
			for _, a := range op.Operands {
				in.Args = append(in.Args, read(a))
			}
			b.k.Body = append(b.k.Body, in)
			bodyRef[res] = -len(b.k.Body)
		}
	}
	// Outputs: group values used outside the group.
	var results []*stablehlo.Value
	var outRefs []ref
	for _, op := range g.ops {
		res := op.Results[0]
		if op == g.red {
			continue // its result is the kernel's last, below
		}
		for _, u := range users[res] {
			if !g.in[u] {
				results = append(results, res)
				outRefs = append(outRefs, bodyRef[res])
				break
			}
		}
	}
	if len(results) == 0 && g.red == nil {
		return nil, nil, nil // nothing used: dead code, left for RemoveDeadOps
	}
	// Fix up references: body value j becomes len(Inputs)+j.
	nIn := len(b.k.Inputs)
	fix := func(r ref) int {
		if r >= 0 {
			return r
		}
		return nIn + (-1 - r)
	}
	for j := range b.k.Body {
		for a, r := range b.k.Body[j].Args {
			b.k.Body[j].Args[a] = fix(r)
		}
	}
	var resTypes []stablehlo.Type
	for i, r := range outRefs {
		v := fix(r)
		if v < nIn {
			// An output that is an input read as is (a reshape or broadcast
			// used outside): copy it so every output is a body value.
			b.k.Body = append(b.k.Body, Inst{Op: "copy", DType: b.k.Inputs[v].DType, Args: []int{v}})
			v = nIn + len(b.k.Body) - 1
		}
		b.k.Outputs = append(b.k.Outputs, v)
		b.k.OutShapes = append(b.k.OutShapes, shapeOf(results[i].Type))
		resTypes = append(resTypes, results[i].Type)
	}
	if g.red != nil {
		init, _ := splatBits(g.red.Operands[1])
		b.k.Reduce = &Reduction{Op: g.redOp, Value: fix(redRef), Lo: g.lo, Hi: g.hi, Init: init,
			Shape: shapeOf(g.red.Results[0].Type)}
		results = append(results, g.red.Results[0])
		resTypes = append(resTypes, g.red.Results[0].Type)
	}
	if err := b.k.Check(); err != nil {
		return nil, nil, fmt.Errorf("fusion: internal error: %v\n%s", err, b.k)
	}
	if _, err := Prepare(b.k); err != nil {
		return nil, nil, nil // an op tier 0 cannot run element by element here: leave the group unfused
	}
	fused := stablehlo.NewOp("stablehlo.custom_call", operands, resTypes)
	fused.Loc = g.ops[len(g.ops)-1].Loc
	fused.SetAttr("call_target_name", stablehlo.StringAttr{Value: Target})
	fused.SetAttr("backend_config", stablehlo.StringAttr{Value: b.k.Encode()})
	// Redirect every outside use of a group value to the fused op's result.
	for i, res := range results {
		for _, u := range users[res] {
			if !g.in[u] {
				replaceUses(u, res, fused.Results[i])
			}
		}
	}
	return fused, b.k, nil
}

func increasing(dims []int64) bool {
	for i := 1; i < len(dims); i++ {
		if dims[i] <= dims[i-1] {
			return false
		}
	}
	return true
}

// replaceUses rewrites uses of old by new in op and its regions.
func replaceUses(op *stablehlo.Op, old, new *stablehlo.Value) {
	for i, v := range op.Operands {
		if v == old {
			op.Operands[i] = new
		}
	}
	for _, r := range op.Regions {
		for _, bb := range r.Blocks {
			for _, inner := range bb.Ops {
				replaceUses(inner, old, new)
			}
		}
	}
}

// splatBits is the raw storage of v's every element when v is a splat
// constant, in hex.
func splatBits(v *stablehlo.Value) (string, bool) {
	if v.Owner == nil || v.Owner.Name != "stablehlo.constant" {
		return "", false
	}
	a, ok := v.Owner.Attr("value").(*stablehlo.DenseElementsAttr)
	if !ok {
		return "", false
	}
	d := stablehlo.ElementDType(v.Type)
	sz := d.StorageSize()
	// Sub-byte types keep only their bits in the attribute while buffers
	// hold them widened (and i1 may be packed): those stay inputs.
	if d.Bits() != 8*sz || len(a.Data) < sz || sz == 0 {
		return "", false
	}
	first := a.Data[:sz]
	for i := sz; i+sz <= len(a.Data); i += sz {
		for j := 0; j < sz; j++ {
			if a.Data[i+j] != first[j] {
				return "", false
			}
		}
	}
	if !a.Splat && int64(len(a.Data)) != tensor.NumElements(shapeOf(v.Type))*int64(sz) {
		return "", false
	}
	return hex.EncodeToString(first), true
}
