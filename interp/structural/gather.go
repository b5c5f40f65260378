package structural

import (
	"fmt"
	"slices"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	interp.Register("stablehlo.gather", buildGather)
}

// indexPlan reads one start-index vector out of an indices tensor for a given
// batch position: the batch position fills the indices dimensions other than
// index_vector_dim, in order; the vector runs along index_vector_dim (or is one
// element when index_vector_dim equals the rank).
type indexPlan struct {
	dt        tensor.DType
	batchStr  []int64 // indices stride of each batch-position dimension
	vecStr    int64   // stride along index_vector_dim
	vecLen    int
	batchRank int
}

func newIndexPlan(shape []int64, dt tensor.DType, ivd int64) (indexPlan, error) {
	r := int64(len(shape))
	if ivd < 0 || ivd > r {
		return indexPlan{}, fmt.Errorf("index_vector_dim %d out of range for indices of rank %d", ivd, r)
	}
	if !dt.IsInteger() {
		return indexPlan{}, fmt.Errorf("indices must be integers, got %v", dt)
	}
	str := tensor.Strides(shape)
	p := indexPlan{dt: dt, vecLen: 1, vecStr: 0}
	for k := int64(0); k < r; k++ {
		if k == ivd {
			p.vecLen = int(shape[k])
			p.vecStr = str[k]
			continue
		}
		p.batchStr = append(p.batchStr, str[k])
	}
	p.batchRank = len(p.batchStr)
	return p, nil
}

// vector reads the index vector for batch position pos into out.
func (p indexPlan) vector(data []byte, pos []int64, out []int64) {
	off := int64(0)
	for i, s := range p.batchStr {
		off += pos[i] * s
	}
	es := int64(p.dt.StorageSize())
	for k := 0; k < p.vecLen; k++ {
		out[k] = loadIndex(p.dt, data[(off+int64(k)*p.vecStr)*es:])
	}
}

// indexBatchShape is the indices shape without index_vector_dim.
func indexBatchShape(shape []int64, ivd int64) []int64 {
	out := []int64{}
	for k, d := range shape {
		if int64(k) != ivd {
			out = append(out, d)
		}
	}
	return out
}

// uniqueDims reports whether no dimension appears twice across lists.
func uniqueDims(lists ...[]int64) bool {
	seen := map[int64]bool{}
	for _, l := range lists {
		for _, d := range l {
			if seen[d] {
				return false
			}
			seen[d] = true
		}
	}
	return true
}

// odometer advances idx over shape; false when it wraps around.
func odometer(idx, shape []int64) bool {
	for k := len(idx) - 1; k >= 0; k-- {
		idx[k]++
		if idx[k] < shape[k] {
			return true
		}
		idx[k] = 0
	}
	return false
}

func buildGather(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ot, out, elem, err := sameElem(op, 0, 0)
	if err != nil {
		return nil, err
	}
	it, idt, err := operandType(op, 1)
	if err != nil {
		return nil, err
	}
	dn, ok := op.Attr("dimension_numbers").(*stablehlo.GatherDimensionNumbersAttr)
	if !ok {
		return nil, fmt.Errorf("missing dimension_numbers")
	}
	sizes, _, err := intsAttr(op, "slice_sizes")
	if err != nil {
		return nil, err
	}
	opRank := len(ot.Shape)
	if len(sizes) != opRank {
		return nil, fmt.Errorf("slice_sizes %v: want %d entries", sizes, opRank)
	}
	ip, err := newIndexPlan(it.Shape, idt, dn.IndexVectorDim)
	if err != nil {
		return nil, err
	}
	if ip.vecLen != len(dn.StartIndexMap) {
		return nil, fmt.Errorf("index vector has %d entries, start_index_map %v", ip.vecLen, dn.StartIndexMap)
	}
	opStr := tensor.Strides(ot.Shape)
	resStr := tensor.Strides(out.Shape)
	for k, d := range dn.StartIndexMap {
		if d < 0 || int(d) >= opRank {
			return nil, fmt.Errorf("start_index_map[%d] = %d out of range", k, d)
		}
	}
	// The spec's C6 and C18: a dimension indexed twice would have its start
	// added twice, past the operand's end.
	if !uniqueDims(dn.StartIndexMap, dn.OperandBatchingDims) {
		return nil, fmt.Errorf("start_index_map %v and operand_batching_dims %v repeat a dimension", dn.StartIndexMap, dn.OperandBatchingDims)
	}
	if !uniqueDims(dn.CollapsedSliceDims, dn.OperandBatchingDims) {
		return nil, fmt.Errorf("collapsed_slice_dims %v and operand_batching_dims %v repeat a dimension", dn.CollapsedSliceDims, dn.OperandBatchingDims)
	}
	for _, d := range sizes {
		if d < 0 {
			return nil, fmt.Errorf("negative slice size in %v", sizes)
		}
	}
	for d := range sizes {
		if sizes[d] > ot.Shape[d] {
			return nil, fmt.Errorf("slice_sizes %v exceed operand %v", sizes, ot.Shape)
		}
	}
	// The slice copied for each batch position: operand dimensions that are
	// neither collapsed nor batching, landing on offset_dims in order.
	var win stridedCopy
	j := 0
	for d := 0; d < opRank; d++ {
		if slices.Contains(dn.CollapsedSliceDims, int64(d)) || slices.Contains(dn.OperandBatchingDims, int64(d)) {
			if sizes[d] != 1 {
				return nil, fmt.Errorf("collapsed/batching dimension %d has slice size %d, want 1", d, sizes[d])
			}
			continue
		}
		if j >= len(dn.OffsetDims) {
			return nil, fmt.Errorf("offset_dims %v too short", dn.OffsetDims)
		}
		rd := dn.OffsetDims[j]
		if rd < 0 || int(rd) >= len(out.Shape) || out.Shape[rd] != sizes[d] {
			return nil, fmt.Errorf("offset dim %d does not match slice size %d", rd, sizes[d])
		}
		win.shape = append(win.shape, sizes[d])
		win.dStr = append(win.dStr, resStr[rd])
		win.sStr = append(win.sStr, opStr[d])
		j++
	}
	if j != len(dn.OffsetDims) {
		return nil, fmt.Errorf("offset_dims %v do not match the slice", dn.OffsetDims)
	}
	win = win.simplify()
	var batchShape, batchStr []int64
	for d := range out.Shape {
		if !slices.Contains(dn.OffsetDims, int64(d)) {
			batchShape = append(batchShape, out.Shape[d])
			batchStr = append(batchStr, resStr[d])
		}
	}
	if !slices.Equal(batchShape, indexBatchShape(it.Shape, dn.IndexVectorDim)) {
		return nil, fmt.Errorf("result batch dimensions %v do not match the indices %v", batchShape, it.Shape)
	}
	// Batching dims: operand dim obd[i] follows batch position entry bpos[i].
	if len(dn.OperandBatchingDims) != len(dn.StartIndicesBatchingDims) {
		return nil, fmt.Errorf("operand_batching_dims and start_indices_batching_dims differ in length")
	}
	bpos := make([]int, len(dn.StartIndicesBatchingDims))
	for i, sd := range dn.StartIndicesBatchingDims {
		p := int(sd)
		if sd > dn.IndexVectorDim {
			p--
		}
		if sd == dn.IndexVectorDim || p < 0 || p >= ip.batchRank {
			return nil, fmt.Errorf("bad start_indices_batching_dims %v", dn.StartIndicesBatchingDims)
		}
		bpos[i] = p
		if d := dn.OperandBatchingDims[i]; d < 0 || int(d) >= opRank || ot.Shape[d] != batchShape[p] {
			return nil, fmt.Errorf("operand batching dimension %d does not match indices batching dimension %d", d, sd)
		}
	}
	opShape := ot.Shape
	sim := dn.StartIndexMap
	obd := dn.OperandBatchingDims
	es := elem.StorageSize()
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		nb := product(batchShape)
		if nb == 0 || product(win.shape) == 0 {
			return nil
		}
		src, dst := args[0].Data, res[0].Data
		idx := args[1].Data
		// Batch positions write disjoint parts of the result: split them.
		parallelFor(parallelism(ctx, int64(len(dst))), nb, func(lo, hi int64) {
			pos := unravelIndex(lo, batchShape)
			vec := make([]int64, ip.vecLen)
			c := win
			for b := lo; b < hi; b++ {
				ip.vector(idx, pos, vec)
				c.sOff, c.dOff = 0, 0
				for k, d := range sim {
					s := max(0, min(vec[k], opShape[d]-sizes[d]))
					c.sOff += s * opStr[d]
				}
				for i, d := range obd {
					c.sOff += pos[bpos[i]] * opStr[d]
				}
				for i, p := range pos {
					c.dOff += p * batchStr[i]
				}
				c.runSerial(dst, src, es)
				odometer(pos, batchShape)
			}
		})
		return nil
	}, nil
}
