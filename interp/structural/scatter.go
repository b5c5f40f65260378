package structural

import (
	"fmt"
	"slices"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	interp.Register("stablehlo.scatter", buildScatter)
}

// scatterPlan is the geometry shared by all N inputs of a scatter.
type scatterPlan struct {
	ip         indexPlan
	posShape   []int64 // update scatter dimensions (the batch position)
	posStr     []int64 // their strides in updates
	win        stridedCopy
	winShape   []int64 // full window shape over operand dims (1 on inserted/batching dims)
	sdod       []int64
	ibd        []int64
	bpos       []int
	opShape    []int64
	opStr      []int64
	updateSize int64
}

func buildScatter(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	nops := len(op.Operands)
	if nops < 3 || (nops-1)%2 != 0 {
		return nil, fmt.Errorf("want N inputs, indices and N updates, got %d operands", nops)
	}
	n := (nops - 1) / 2
	if len(op.Results) != n {
		return nil, fmt.Errorf("want %d results, got %d", n, len(op.Results))
	}
	dn, ok := op.Attr("scatter_dimension_numbers").(*stablehlo.ScatterDimensionNumbersAttr)
	if !ok {
		return nil, fmt.Errorf("missing scatter_dimension_numbers")
	}
	ot, _, err := operandType(op, 0)
	if err != nil {
		return nil, err
	}
	it, idt, err := operandType(op, n)
	if err != nil {
		return nil, err
	}
	ut, _, err := operandType(op, n+1)
	if err != nil {
		return nil, err
	}
	dts := make([]tensor.DType, n)
	for i := 0; i < n; i++ {
		oti, d, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		uti, du, err := operandType(op, n+1+i)
		if err != nil {
			return nil, err
		}
		rti, dr, err := resultType(op, i)
		if err != nil {
			return nil, err
		}
		if !slices.Equal(oti.Shape, ot.Shape) || !slices.Equal(rti.Shape, ot.Shape) || !slices.Equal(uti.Shape, ut.Shape) || du != d || dr != d {
			return nil, fmt.Errorf("inputs, updates and results must agree (operand %d)", i)
		}
		dts[i] = d
	}
	var p scatterPlan
	if p.ip, err = newIndexPlan(it.Shape, idt, dn.IndexVectorDim); err != nil {
		return nil, err
	}
	if p.ip.vecLen != len(dn.ScatterDimsToOperandDims) {
		return nil, fmt.Errorf("index vector has %d entries, scatter_dims_to_operand_dims %v", p.ip.vecLen, dn.ScatterDimsToOperandDims)
	}
	r := len(ot.Shape)
	p.opShape = ot.Shape
	p.opStr = tensor.Strides(ot.Shape)
	for _, d := range dn.ScatterDimsToOperandDims {
		if d < 0 || int(d) >= r {
			return nil, fmt.Errorf("scatter_dims_to_operand_dims %v out of range", dn.ScatterDimsToOperandDims)
		}
	}
	// The spec's C9 and C20 (see gather).
	if !uniqueDims(dn.ScatterDimsToOperandDims, dn.InputBatchingDims) {
		return nil, fmt.Errorf("scatter_dims_to_operand_dims %v and input_batching_dims %v repeat a dimension", dn.ScatterDimsToOperandDims, dn.InputBatchingDims)
	}
	if !uniqueDims(dn.InsertedWindowDims, dn.InputBatchingDims) {
		return nil, fmt.Errorf("inserted_window_dims %v and input_batching_dims %v repeat a dimension", dn.InsertedWindowDims, dn.InputBatchingDims)
	}
	p.sdod = dn.ScatterDimsToOperandDims
	p.ibd = dn.InputBatchingDims
	updStr := tensor.Strides(ut.Shape)
	for d := range ut.Shape {
		if !slices.Contains(dn.UpdateWindowDims, int64(d)) {
			p.posShape = append(p.posShape, ut.Shape[d])
			p.posStr = append(p.posStr, updStr[d])
		}
	}
	if !slices.Equal(p.posShape, indexBatchShape(it.Shape, dn.IndexVectorDim)) {
		return nil, fmt.Errorf("update scatter dimensions %v do not match the indices %v", p.posShape, it.Shape)
	}
	// Window: operand dims that are neither inserted nor batching take the
	// update window dims in order. dst = operand/result, src = updates.
	p.winShape = make([]int64, r)
	j := 0
	for d := 0; d < r; d++ {
		if slices.Contains(dn.InsertedWindowDims, int64(d)) || slices.Contains(dn.InputBatchingDims, int64(d)) {
			p.winShape[d] = 1
			continue
		}
		if j >= len(dn.UpdateWindowDims) {
			return nil, fmt.Errorf("update_window_dims %v too short", dn.UpdateWindowDims)
		}
		ud := dn.UpdateWindowDims[j]
		if ud < 0 || int(ud) >= len(ut.Shape) || ut.Shape[ud] > ot.Shape[d] {
			return nil, fmt.Errorf("update window dim %d does not fit operand dim %d", ud, d)
		}
		p.winShape[d] = ut.Shape[ud]
		p.win.shape = append(p.win.shape, ut.Shape[ud])
		p.win.dStr = append(p.win.dStr, p.opStr[d])
		p.win.sStr = append(p.win.sStr, updStr[ud])
		j++
	}
	if j != len(dn.UpdateWindowDims) {
		return nil, fmt.Errorf("update_window_dims %v do not match the operand", dn.UpdateWindowDims)
	}
	p.win = p.win.simplify()
	if len(dn.InputBatchingDims) != len(dn.ScatterIndicesBatchingDims) {
		return nil, fmt.Errorf("input_batching_dims and scatter_indices_batching_dims differ in length")
	}
	for _, sd := range dn.ScatterIndicesBatchingDims {
		q := int(sd)
		if sd > dn.IndexVectorDim {
			q--
		}
		if sd == dn.IndexVectorDim || q < 0 || q >= p.ip.batchRank {
			return nil, fmt.Errorf("bad scatter_indices_batching_dims %v", dn.ScatterIndicesBatchingDims)
		}
		p.bpos = append(p.bpos, q)
		if d := dn.InputBatchingDims[len(p.bpos)-1]; d < 0 || int(d) >= r || ot.Shape[d] != p.posShape[q] {
			return nil, fmt.Errorf("input batching dimension %d does not match scatter indices batching dimension %d", d, sd)
		}
	}
	b, err := newBody(op, 0, env)
	if err != nil {
		return nil, err
	}
	if len(b.argTypes) != 2*n || len(b.resTypes) != n {
		return nil, fmt.Errorf("update computation takes %d and returns %d values, want %d and %d", len(b.argTypes), len(b.resTypes), 2*n, n)
	}
	if n == 1 {
		if k := fastScatter(dts[0], b, &p); k != nil {
			return k, nil
		}
	}
	return genericScatter(&p, n, dts, b), nil
}

// windows calls fn with the result offset of each in-bounds update window and
// the update offset of its first element, in row-major order of the update
// scatter dimensions. As XLA does, a window that does not fit entirely inside
// the operand is skipped.
func (p *scatterPlan) windows(idx []byte, fn func(dOff, sOff int64) error) error {
	if product(p.posShape) == 0 || product(p.win.shape) == 0 {
		return nil
	}
	pos := make([]int64, len(p.posShape))
	vec := make([]int64, p.ip.vecLen)
	for {
		p.ip.vector(idx, pos, vec)
		var dOff, sOff int64
		ok := true
		for k, d := range p.sdod {
			s := vec[k]
			if s < 0 || s > p.opShape[d]-p.winShape[d] {
				ok = false
				break
			}
			dOff += s * p.opStr[d]
		}
		for i, d := range p.ibd {
			dOff += pos[p.bpos[i]] * p.opStr[d]
		}
		if ok {
			for i, q := range pos {
				sOff += q * p.posStr[i]
			}
			if err := fn(dOff, sOff); err != nil {
				return err
			}
		}
		if !odometer(pos, p.posShape) {
			return nil
		}
	}
}

// setBody recognises an update computation that returns its second argument
// (JAX's x.at[i].set).
func setBody(b *body) bool {
	return b.prog != nil && len(b.prog.instrs) == 0 && len(b.prog.outs) == 1 && b.prog.outs[0] == 1
}

func fastScatter(d tensor.DType, b *body, p *scatterPlan) interp.Kernel {
	if setBody(b) {
		es := d.StorageSize()
		return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
			args = unalias(args, res[0])
			if !sameData(res[0], args[0]) {
				copy(res[0].Data, args[0].Data)
			}
			c := p.win
			return p.windows(args[1].Data, func(dOff, sOff int64) error {
				c.dOff, c.sOff = dOff, sOff
				c.runSerial(res[0].Data, args[2].Data, es)
				return nil
			})
		}
	}
	if b.bin == binNone {
		return nil
	}
	switch d {
	case tensor.F32:
		return scatterNum[float32](b.bin, p)
	case tensor.F64:
		return scatterNum[float64](b.bin, p)
	case tensor.I32:
		return scatterInt[int32](b.bin, p)
	case tensor.I64:
		return scatterInt[int64](b.bin, p)
	case tensor.U32:
		return scatterInt[uint32](b.bin, p)
	case tensor.U64:
		return scatterInt[uint64](b.bin, p)
	case tensor.I8:
		return scatterInt[int8](b.bin, p)
	case tensor.U8:
		return scatterInt[uint8](b.bin, p)
	case tensor.I16:
		return scatterInt[int16](b.bin, p)
	case tensor.U16:
		return scatterInt[uint16](b.bin, p)
	}
	return nil
}

func scatterNum[T native](k binKind, p *scatterPlan) interp.Kernel {
	switch k {
	case binAdd:
		return scatterKernel[T](p, func(a, b T) T { return a + b })
	case binMul:
		return scatterKernel[T](p, func(a, b T) T { return a * b })
	case binMax:
		return scatterKernel[T](p, maxT[T])
	case binMin:
		return scatterKernel[T](p, minT[T])
	}
	return nil
}

func scatterInt[T integer](k binKind, p *scatterPlan) interp.Kernel {
	switch k {
	case binAnd:
		return scatterKernel[T](p, func(a, b T) T { return a & b })
	case binOr:
		return scatterKernel[T](p, func(a, b T) T { return a | b })
	case binXor:
		return scatterKernel[T](p, func(a, b T) T { return a ^ b })
	}
	return scatterNum[T](k, p)
}

func scatterKernel[T native](p *scatterPlan, f func(a, b T) T) interp.Kernel {
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		args = unalias(args, res[0])
		if !sameData(res[0], args[0]) {
			copy(res[0].Data, args[0].Data)
		}
		out := tensor.View[T](res[0])
		upd := tensor.View[T](args[2])
		// Split the result's elements, not the updates: every goroutine walks
		// all windows but applies only the updates that land in its range, so
		// each element still sees its updates in order (results do not depend
		// on the parallelism) and no two goroutines write one element.
		par := parallelism(ctx, int64(len(upd))*16)
		if int64(par) > int64(len(out)) {
			par = 1
		}
		parallelFor(par, int64(len(out)), func(lo, hi int64) {
			c := p.win
			n, ds, ss := c.rowLen()
			_ = p.windows(args[1].Data, func(dOff, sOff int64) error {
				c.dOff, c.sOff = dOff, sOff
				c.rows(func(d, s int64) {
					if ds == 1 && ss == 1 {
						a, b := max(d, lo), min(d+n, hi)
						if a >= b {
							return
						}
						o, u := out[a:b], upd[s+a-d:s+b-d]
						for j := range o {
							o[j] = f(o[j], u[j])
						}
						return
					}
					for j := int64(0); j < n; j++ {
						if d >= lo && d < hi {
							out[d] = f(out[d], upd[s])
						}
						d += ds
						s += ss
					}
				})
				return nil
			})
		})
		return nil
	}
}

// genericScatter runs any update computation on N inputs, element by element.
func genericScatter(p *scatterPlan, n int, dts []tensor.DType, b *body) interp.Kernel {
	lds := make([]loadFn, n)
	sts := make([]storeFn, n)
	for i, d := range dts {
		lds[i] = loader(d)
		sts[i] = storer(d)
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		args = unalias(args, res[0])
		for i := 0; i < n; i++ {
			if !sameData(res[i], args[i]) {
				copy(res[i].Data, args[i].Data)
			}
		}
		st := b.newState()
		argv := make([]sv, 2*n)
		outv := make([]sv, n)
		c := p.win
		cnt, ds, ss := c.rowLen()
		return p.windows(args[n].Data, func(dOff, sOff int64) error {
			c.dOff, c.sOff = dOff, sOff
			var err error
			c.rows(func(d, s int64) {
				for j := int64(0); j < cnt && err == nil; j++ {
					for i := 0; i < n; i++ {
						argv[i] = lds[i](res[i].Data, d)
						argv[n+i] = lds[i](args[n+1+i].Data, s)
					}
					if err = b.eval(ctx, st, argv, outv); err != nil {
						return
					}
					for i := 0; i < n; i++ {
						sts[i](res[i].Data, d, outv[i])
					}
					d += ds
					s += ss
				}
			})
			return err
		})
	}
}
