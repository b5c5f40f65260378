package structural

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func randDims(r *rand.Rand, rank, maxN int) []int64 {
	n := r.Intn(maxN + 1)
	out := make([]int64, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, int64(r.Intn(rank+1))-int64(r.Intn(2)))
	}
	return out
}

func randShape(r *rand.Rand, rank int) []int64 {
	s := make([]int64, rank)
	for i := range s {
		s[i] = int64(r.Intn(4))
	}
	return s
}

// runRandomOp builds op; when that succeeds the kernel must run on random
// data without panicking (it may return an error).
func runRandomOp(t *testing.T, r *rand.Rand, op *stablehlo.Op) (built bool) {
	k, err := interp.Build(op, nil)
	if err != nil {
		return false
	}
	var args, res []*tensor.Buffer
	for _, v := range op.Operands {
		tt := v.Type.(*stablehlo.TensorType)
		args = append(args, randBuffer(r, stablehlo.ElementDType(tt), tt.Shape))
	}
	for _, v := range op.Results {
		tt := v.Type.(*stablehlo.TensorType)
		res = append(res, tensor.New(stablehlo.ElementDType(tt), tt.Shape))
	}
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("%s panicked: %v\nattrs %v\noperands %v results %v", op.Name, p, op.Attrs, op.Operands[0].Type, op.Results[0].Type)
		}
	}()
	_ = k(&interp.Ctx{Parallelism: 2}, args, res)
	return true
}

// randGatherGeometry draws a valid gather/scatter geometry: an operand shape,
// indices shape with index_vector_dim, the indexed operand dims, the
// collapsed ones, window (slice) sizes, and where the window dims land in the
// result (gather) / updates (scatter).
type geometry struct {
	opShape, idxShape, sizes, resShape []int64
	ivd                                int64
	indexMap, collapsed, windowDims    []int64
}

func randGeometry(r *rand.Rand) geometry {
	var g geometry
	opRank := 1 + r.Intn(3)
	g.opShape = make([]int64, opRank)
	for i := range g.opShape {
		g.opShape[i] = int64(1 + r.Intn(4))
	}
	perm := r.Perm(opRank)
	k := 1 + r.Intn(opRank)
	for _, d := range perm[:k] {
		g.indexMap = append(g.indexMap, int64(d))
	}
	g.sizes = make([]int64, opRank)
	isCollapsed := make([]bool, opRank)
	for d := range g.sizes {
		g.sizes[d] = int64(r.Intn(int(g.opShape[d]) + 1))
	}
	for _, d := range g.indexMap {
		if r.Intn(2) == 0 {
			isCollapsed[d] = true
			g.sizes[d] = 1
		}
	}
	for d := 0; d < opRank; d++ {
		if isCollapsed[d] {
			g.collapsed = append(g.collapsed, int64(d))
		}
	}
	batch := make([]int64, r.Intn(3))
	for i := range batch {
		batch[i] = int64(1 + r.Intn(3))
	}
	g.ivd = int64(r.Intn(len(batch) + 1))
	g.idxShape = append(append(append([]int64{}, batch[:g.ivd]...), int64(k)), batch[g.ivd:]...)
	nWin := opRank - len(g.collapsed)
	resRank := len(batch) + nWin
	isWin := make([]bool, resRank)
	for _, d := range r.Perm(resRank)[:nWin] {
		isWin[d] = true
	}
	var winSizes []int64
	for d := 0; d < opRank; d++ {
		if !isCollapsed[d] {
			winSizes = append(winSizes, g.sizes[d])
		}
	}
	bi, wi := 0, 0
	for d := 0; d < resRank; d++ {
		if isWin[d] {
			g.windowDims = append(g.windowDims, int64(d))
			g.resShape = append(g.resShape, winSizes[wi])
			wi++
		} else {
			g.resShape = append(g.resShape, batch[bi])
			bi++
		}
	}
	// Sometimes break one thing.
	if r.Intn(4) == 0 {
		switch r.Intn(4) {
		case 0:
			g.ivd = int64(r.Intn(4))
		case 1:
			if len(g.resShape) > 0 {
				g.resShape[r.Intn(len(g.resShape))]++
			}
		case 2:
			g.sizes[r.Intn(opRank)] = int64(r.Intn(6))
		case 3:
			g.indexMap = append(g.indexMap, int64(r.Intn(4)))
		}
	}
	return g
}

// TestRandomAttributesNeverPanic: gather and scatter with random geometries
// (a quarter of them broken) are either rejected at build time or run on
// random data (out-of-range indices included) without panicking.
func TestRandomAttributesNeverPanic(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	built := 0
	const iters = 4000
	for iter := 0; iter < iters; iter++ {
		g := randGeometry(r)
		a := stablehlo.Tensor(tensor.F32, g.opShape...)
		x := &stablehlo.Value{Type: a}
		ix := &stablehlo.Value{Type: stablehlo.Tensor(tensor.I32, g.idxShape...)}
		var op *stablehlo.Op
		if iter%2 == 0 {
			op = stablehlo.NewOp("stablehlo.gather", []*stablehlo.Value{x, ix}, []stablehlo.Type{stablehlo.Tensor(tensor.F32, g.resShape...)})
			op.SetAttr("dimension_numbers", &stablehlo.GatherDimensionNumbersAttr{
				OffsetDims: g.windowDims, CollapsedSliceDims: g.collapsed, StartIndexMap: g.indexMap, IndexVectorDim: g.ivd,
			})
			op.SetAttr("slice_sizes", &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: g.sizes})
		} else {
			u := &stablehlo.Value{Type: stablehlo.Tensor(tensor.F32, g.resShape...)}
			op = stablehlo.NewOp("stablehlo.scatter", []*stablehlo.Value{x, ix, u}, []stablehlo.Type{a})
			op.SetAttr("scatter_dimension_numbers", &stablehlo.ScatterDimensionNumbersAttr{
				UpdateWindowDims: g.windowDims, InsertedWindowDims: g.collapsed, ScatterDimsToOperandDims: g.indexMap, IndexVectorDim: g.ivd,
			})
			p, q := &stablehlo.Value{Type: stablehlo.Tensor(tensor.F32)}, &stablehlo.Value{Type: stablehlo.Tensor(tensor.F32)}
			add := stablehlo.NewOp("stablehlo.add", []*stablehlo.Value{p, q}, []stablehlo.Type{stablehlo.Tensor(tensor.F32)})
			ret := stablehlo.NewOp("stablehlo.return", []*stablehlo.Value{add.Results[0]}, nil)
			op.Regions = []*stablehlo.Region{{Blocks: []*stablehlo.Block{{Args: []*stablehlo.Value{p, q}, Ops: []*stablehlo.Op{add, ret}}}}}
		}
		if runRandomOp(t, r, op) {
			built++
		}
	}
	t.Logf("%d of %d random gathers/scatters were valid and ran", built, iters)
	if built < iters/3 {
		t.Fatal(fmt.Errorf("only %d cases valid; the generator is broken", built))
	}
}
