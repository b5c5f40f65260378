package structural

import (
	"fmt"
	"slices"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	// Kernels that stay correct when the VM gives result 0 the storage of a
	// dying argument of the same size (see interp.InPlace): reshape copies
	// onto itself; dynamic_update_slice and scatter (scatter.go) update their
	// operand in place and copy any other aliased argument first.
	interp.DeclareInPlace("stablehlo.reshape")
	interp.DeclareInPlace("stablehlo.dynamic_update_slice")
	interp.DeclareInPlace("stablehlo.scatter")
	interp.Register("stablehlo.broadcast_in_dim", buildBroadcastInDim)
	interp.Register("stablehlo.reshape", buildReshape)
	interp.Register("stablehlo.transpose", buildTranspose)
	interp.Register("stablehlo.slice", buildSlice)
	interp.Register("stablehlo.dynamic_slice", buildDynamicSlice)
	interp.Register("stablehlo.dynamic_update_slice", buildDynamicUpdateSlice)
	interp.Register("stablehlo.concatenate", buildConcatenate)
	interp.Register("stablehlo.pad", buildPad)
	interp.Register("stablehlo.reverse", buildReverse)
	interp.Register("stablehlo.get_dimension_size", buildGetDimensionSize)
}

// sameElem checks operand i and result j share an element type.
func sameElem(op *stablehlo.Op, i, j int) (in, out *stablehlo.TensorType, d tensor.DType, err error) {
	in, d, err = operandType(op, i)
	if err != nil {
		return
	}
	out, d2, err := resultType(op, j)
	if err != nil {
		return
	}
	if d != d2 {
		err = fmt.Errorf("operand element type %v differs from result element type %v", d, d2)
	}
	return
}

func buildBroadcastInDim(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, _, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	dims, _, err := intsAttr(op, "broadcast_dimensions")
	if err != nil {
		return nil, err
	}
	if len(dims) != len(in.Shape) {
		return nil, fmt.Errorf("broadcast_dimensions %v has %d entries for an operand of rank %d", dims, len(dims), len(in.Shape))
	}
	inStr := tensor.Strides(in.Shape)
	c := stridedCopy{shape: out.Shape, dStr: tensor.Strides(out.Shape), sStr: make([]int64, len(out.Shape))}
	for i, d := range dims {
		if d < 0 || int(d) >= len(out.Shape) {
			return nil, fmt.Errorf("broadcast dimension %d out of range for result rank %d", d, len(out.Shape))
		}
		switch in.Shape[i] {
		case out.Shape[d]:
			c.sStr[d] = inStr[i]
		case 1:
			// a size-1 operand dimension is replicated: stride 0
		default:
			return nil, fmt.Errorf("operand dimension %d has size %d, result dimension %d has size %d", i, in.Shape[i], d, out.Shape[d])
		}
	}
	c = c.simplify()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		c.run(ctx, res[0], args[0])
		return nil
	}, nil
}

func buildReshape(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, _, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	if product(in.Shape) != product(out.Shape) {
		return nil, fmt.Errorf("cannot reshape %v to %v", in, out)
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		copy(res[0].Data, args[0].Data)
		return nil
	}, nil
}

func buildTranspose(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, _, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	perm, _, err := intsAttr(op, "permutation")
	if err != nil {
		return nil, err
	}
	if err := checkPerm(perm, len(in.Shape), "permutation"); err != nil {
		return nil, err
	}
	if len(out.Shape) != len(perm) {
		return nil, fmt.Errorf("result rank %d differs from operand rank %d", len(out.Shape), len(perm))
	}
	inStr := tensor.Strides(in.Shape)
	c := stridedCopy{shape: out.Shape, dStr: tensor.Strides(out.Shape), sStr: make([]int64, len(perm))}
	for i, p := range perm {
		if out.Shape[i] != in.Shape[p] {
			return nil, fmt.Errorf("result dimension %d has size %d, want %d", i, out.Shape[i], in.Shape[p])
		}
		c.sStr[i] = inStr[p]
	}
	c = c.simplify()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		c.run(ctx, res[0], args[0])
		return nil
	}, nil
}

func buildSlice(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, _, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	start, _, err := intsAttr(op, "start_indices")
	if err != nil {
		return nil, err
	}
	limit, _, err := intsAttr(op, "limit_indices")
	if err != nil {
		return nil, err
	}
	strides, ok, err := intsAttr(op, "strides")
	if err != nil {
		return nil, err
	}
	r := len(in.Shape)
	if !ok {
		strides = make([]int64, r)
		for i := range strides {
			strides[i] = 1
		}
	}
	if len(start) != r || len(limit) != r || len(strides) != r || len(out.Shape) != r {
		return nil, fmt.Errorf("start/limit/strides and the result must have rank %d", r)
	}
	inStr := tensor.Strides(in.Shape)
	c := stridedCopy{shape: out.Shape, dStr: tensor.Strides(out.Shape), sStr: make([]int64, r)}
	for i := 0; i < r; i++ {
		if start[i] < 0 || limit[i] > in.Shape[i] || start[i] > limit[i] || strides[i] <= 0 {
			return nil, fmt.Errorf("bad slice [%d:%d:%d] of dimension %d (size %d)", start[i], limit[i], strides[i], i, in.Shape[i])
		}
		if n := (limit[i] - start[i] + strides[i] - 1) / strides[i]; n != out.Shape[i] {
			return nil, fmt.Errorf("result dimension %d has size %d, want %d", i, out.Shape[i], n)
		}
		c.sOff += start[i] * inStr[i]
		c.sStr[i] = strides[i] * inStr[i]
	}
	c = c.simplify()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		c.run(ctx, res[0], args[0])
		return nil
	}, nil
}

// startIndices reads the scalar start-index operands of the dynamic slices and
// clamps them so the window [start, start+size) lies inside the operand.
func startIndices(args []*tensor.Buffer, first int, shape, sizes []int64, out []int64) {
	for i := range shape {
		b := args[first+i]
		v := loadIndex(b.DType, b.Data)
		v = max(0, min(v, shape[i]-sizes[i]))
		out[i] = v
	}
}

func buildDynamicSlice(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, _, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	r := len(in.Shape)
	if len(out.Shape) != r {
		return nil, fmt.Errorf("result rank %d differs from operand rank %d", len(out.Shape), r)
	}
	if len(op.Operands) != 1+r {
		return nil, fmt.Errorf("expected %d start index operands, got %d", r, len(op.Operands)-1)
	}
	for i := 1; i <= r; i++ {
		if tt, d, err := operandType(op, i); err != nil || len(tt.Shape) != 0 || !d.IsInteger() {
			return nil, fmt.Errorf("start index operand %d must be an integer scalar, got %v", i, op.Operands[i].Type)
		}
	}
	sizes := out.Shape
	for i := range sizes {
		if sizes[i] > in.Shape[i] {
			return nil, fmt.Errorf("result %v larger than operand %v", out, in)
		}
	}
	if ss, ok, err := intsAttr(op, "slice_sizes"); err != nil {
		return nil, err
	} else if ok {
		if len(ss) != r {
			return nil, fmt.Errorf("slice_sizes %v: want %d entries", ss, r)
		}
		for i := range ss {
			if ss[i] != out.Shape[i] || ss[i] > in.Shape[i] || ss[i] < 0 {
				return nil, fmt.Errorf("slice_sizes %v do not fit operand %v and result %v", ss, in, out)
			}
		}
	}
	inStr := tensor.Strides(in.Shape)
	outStr := tensor.Strides(out.Shape)
	shape := append([]int64(nil), in.Shape...)
	// Offsets do not change how dimensions merge: simplify once, here.
	tmpl := stridedCopy{shape: sizes, dStr: outStr, sStr: inStr}.simplify()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		var buf [8]int64
		start := buf[:min(r, len(buf))]
		if r > len(buf) {
			start = make([]int64, r)
		}
		startIndices(args, 1, shape, sizes, start)
		c := tmpl
		for i := range start {
			c.sOff += start[i] * inStr[i]
		}
		c.run(ctx, res[0], args[0])
		return nil
	}, nil
}

func buildDynamicUpdateSlice(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, d, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	upd, du, err := operandType(op, 1)
	if err != nil {
		return nil, err
	}
	r := len(in.Shape)
	if du != d || len(upd.Shape) != r || product(in.Shape) != product(out.Shape) {
		return nil, fmt.Errorf("update %v does not match operand %v", upd, in)
	}
	for i := range upd.Shape {
		if upd.Shape[i] > in.Shape[i] {
			return nil, fmt.Errorf("update %v larger than operand %v", upd, in)
		}
	}
	if len(op.Operands) != 2+r {
		return nil, fmt.Errorf("expected %d start index operands, got %d", r, len(op.Operands)-2)
	}
	inStr := tensor.Strides(in.Shape)
	updStr := tensor.Strides(upd.Shape)
	shape := append([]int64(nil), in.Shape...)
	sizes := append([]int64(nil), upd.Shape...)
	tmpl := stridedCopy{shape: sizes, dStr: inStr, sStr: updStr}.simplify()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		var buf [8]int64
		start := buf[:min(r, len(buf))]
		if r > len(buf) {
			start = make([]int64, r)
		}
		startIndices(args, 2, shape, sizes, start) // before res may overwrite an aliased index
		args = unalias(args, res[0])
		if !sameData(res[0], args[0]) {
			copy(res[0].Data, args[0].Data)
		}
		c := tmpl
		for i := range start {
			c.dOff += start[i] * inStr[i]
		}
		c.run(ctx, res[0], args[1])
		return nil
	}, nil
}

func buildConcatenate(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	out, d, err := resultType(op, 0)
	if err != nil {
		return nil, err
	}
	dim, err := intAttr(op, "dimension", 0)
	if err != nil {
		return nil, err
	}
	r := len(out.Shape)
	if dim < 0 || int(dim) >= r {
		return nil, fmt.Errorf("dimension %d out of range for rank %d", dim, r)
	}
	outStr := tensor.Strides(out.Shape)
	var copies []stridedCopy
	at := int64(0)
	for i := range op.Operands {
		in, di, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		if di != d || len(in.Shape) != r {
			return nil, fmt.Errorf("operand %d type %v does not match result %v", i, in, out)
		}
		for k := range in.Shape {
			if k != int(dim) && in.Shape[k] != out.Shape[k] {
				return nil, fmt.Errorf("operand %d shape %v does not match result %v", i, in.Shape, out.Shape)
			}
		}
		copies = append(copies, stridedCopy{shape: in.Shape, dStr: outStr, sStr: tensor.Strides(in.Shape), dOff: at * outStr[dim]}.simplify())
		at += in.Shape[dim]
	}
	if at != out.Shape[dim] {
		return nil, fmt.Errorf("operands add up to %d along dimension %d, result has %d", at, dim, out.Shape[dim])
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		for i, c := range copies {
			c.run(ctx, res[0], args[i])
		}
		return nil
	}, nil
}

func buildPad(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, d, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	pt, dp, err := operandType(op, 1)
	if err != nil {
		return nil, err
	}
	if dp != d || len(pt.Shape) != 0 {
		return nil, fmt.Errorf("padding value %v must be a scalar of %v", pt, d)
	}
	r := len(in.Shape)
	lo, _, err1 := intsAttr(op, "edge_padding_low")
	hi, _, err2 := intsAttr(op, "edge_padding_high")
	inter, _, err3 := intsAttr(op, "interior_padding")
	for _, e := range []error{err1, err2, err3} {
		if e != nil {
			return nil, e
		}
	}
	if len(lo) != r || len(hi) != r || len(inter) != r || len(out.Shape) != r {
		return nil, fmt.Errorf("padding attributes and the result must have rank %d", r)
	}
	inStr := tensor.Strides(in.Shape)
	outStr := tensor.Strides(out.Shape)
	c := stridedCopy{shape: make([]int64, r), dStr: make([]int64, r), sStr: make([]int64, r)}
	empty := false
	for i := 0; i < r; i++ {
		if inter[i] < 0 {
			return nil, fmt.Errorf("negative interior padding %d", inter[i])
		}
		n := in.Shape[i]
		// Sizes stay far from overflow: each term under 2^60 (no buffer has
		// a dimension near that), so the sum below cannot wrap around to
		// the result's size (interior_padding = 2^62 did).
		const lim = int64(1) << 60
		if lo[i] < -lim || lo[i] > lim || hi[i] < -lim || hi[i] > lim || n > lim || n > 1 && inter[i] > lim/(n-1) {
			return nil, fmt.Errorf("padding (%d, %d, %d) of dimension %d out of range", lo[i], hi[i], inter[i], i)
		}
		size := lo[i] + hi[i] + n
		if n > 0 {
			size += (n - 1) * inter[i]
		}
		if size != out.Shape[i] {
			return nil, fmt.Errorf("result dimension %d has size %d, want %d", i, out.Shape[i], size)
		}
		step := inter[i] + 1
		// Operand element j lands at lo + j*step; keep those inside [0, size).
		first := int64(0)
		if lo[i] < 0 {
			first = (-lo[i] + step - 1) / step
		}
		last := n - 1
		if over := lo[i] + last*step - (size - 1); over > 0 {
			last -= (over + step - 1) / step
		}
		cnt := last - first + 1
		if cnt <= 0 {
			empty = true
			cnt = 0
		}
		c.shape[i] = cnt
		c.sOff += first * inStr[i]
		c.sStr[i] = inStr[i]
		c.dOff += (lo[i] + first*step) * outStr[i]
		c.dStr[i] = step * outStr[i]
	}
	c = c.simplify()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		fillBytes(res[0].Data, args[1].Data)
		if !empty {
			c.run(ctx, res[0], args[0])
		}
		return nil
	}, nil
}

func buildReverse(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, out, _, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	if !slices.Equal(in.Shape, out.Shape) {
		return nil, fmt.Errorf("result shape %v differs from operand %v", out.Shape, in.Shape)
	}
	dims, _, err := intsAttr(op, "dimensions")
	if err != nil {
		return nil, err
	}
	str := tensor.Strides(in.Shape)
	c := stridedCopy{shape: in.Shape, dStr: str, sStr: append([]int64(nil), str...)}
	for _, d := range dims {
		if d < 0 || int(d) >= len(in.Shape) {
			return nil, fmt.Errorf("dimension %d out of range", d)
		}
		if c.sStr[d] < 0 {
			return nil, fmt.Errorf("dimension %d repeated", d)
		}
		if in.Shape[d] > 0 {
			c.sOff += (in.Shape[d] - 1) * str[d]
		}
		c.sStr[d] = -str[d]
	}
	c = c.simplify()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		c.run(ctx, res[0], args[0])
		return nil
	}, nil
}

// get_dimension_size of a static shape is a constant.
func buildGetDimensionSize(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	in, _, err := operandType(op, 0)
	if err != nil {
		return nil, err
	}
	dim, err := intAttr(op, "dimension", 0)
	if err != nil {
		return nil, err
	}
	if dim < 0 || int(dim) >= len(in.Shape) {
		return nil, fmt.Errorf("dimension %d out of range for %v", dim, in)
	}
	out, d, err := resultType(op, 0)
	if err != nil {
		return nil, err
	}
	if len(out.Shape) != 0 || !d.IsInteger() {
		return nil, fmt.Errorf("result must be an integer scalar, got %v", out)
	}
	v := in.Shape[dim]
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		storeInt(d, res[0].Data, v)
		return nil
	}, nil
}

// storeInt writes the low bits of v as one element of integer type d.
func storeInt(d tensor.DType, b []byte, v int64) {
	for i := 0; i < d.StorageSize(); i++ {
		b[i] = byte(v >> (8 * i))
	}
}

// sameData reports whether two buffers share their storage (a VM that reuses
// an operand's register for the result needs no copy).
func sameData(a, b *tensor.Buffer) bool {
	return len(a.Data) > 0 && len(b.Data) > 0 && &a.Data[0] == &b.Data[0]
}

// unalias returns args with every argument after the first that shares
// storage with res replaced by a copy, so a kernel that first copies args[0]
// into res and then reads the others sees them intact.
func unalias(args []*tensor.Buffer, res *tensor.Buffer) []*tensor.Buffer {
	var out []*tensor.Buffer
	for i := 1; i < len(args); i++ {
		if sameData(args[i], res) {
			if out == nil {
				out = append([]*tensor.Buffer(nil), args...)
			}
			out[i] = args[i].Clone()
		}
	}
	if out == nil {
		return args
	}
	return out
}
