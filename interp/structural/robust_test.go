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
func runRandomOp(t *testing.T, r *rand.Rand, op *stablehlo.Op) (args, res []*tensor.Buffer, built bool) {
	k, err := interp.Build(op, nil)
	if err != nil {
		return nil, nil, false
	}
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
	if err := k(&interp.Ctx{Parallelism: 2}, args, res); err != nil {
		t.Fatalf("%s: %v", op.Name, err)
	}
	return args, res, true
}

// randIndices fills an i32 indices buffer with values around the operand's
// range (some out of bounds on both sides).
func randIndices(r *rand.Rand, b *tensor.Buffer) {
	for i := range tensor.View[int32](b) {
		tensor.View[int32](b)[i] = int32(r.Intn(7) - 2)
	}
}

// indexVector reads the start-index vector of batch position pos.
func indexVector(idx *tensor.Buffer, ivd int64, pos []int64) []int64 {
	shape := idx.Shape
	var full []int64
	n := int64(1)
	if ivd < int64(len(shape)) {
		n = shape[ivd]
	}
	out := make([]int64, n)
	for k := int64(0); k < n; k++ {
		full = full[:0]
		full = append(full, pos[:ivd]...)
		if ivd < int64(len(shape)) {
			full = append(full, k)
		}
		full = append(full, pos[ivd:]...)
		out[k] = int64(tensor.View[int32](idx)[ravel(full, shape)])
	}
	return out
}

// checkGatherScatter recomputes a gather or scatter(add) by the spec's
// definitions, with XLA's choices (gather clamps; scatter skips a window
// that does not fit) and compares.
func checkGatherScatter(t *testing.T, g geometry, gather bool, args, res []*tensor.Buffer) {
	t.Helper()
	opv, out := tensor.View[float32](args[0]), tensor.View[float32](res[0])
	isWin := map[int64]bool{}
	for _, d := range g.windowDims {
		isWin[d] = true
	}
	isColl := map[int64]bool{}
	for _, d := range g.collapsed {
		isColl[d] = true
	}
	if gather {
		for e := int64(0); e < product(g.resShape); e++ {
			ri := unravel(e, g.resShape)
			var pos, off []int64
			for d, v := range ri {
				if isWin[int64(d)] {
					off = append(off, v)
				} else {
					pos = append(pos, v)
				}
			}
			start := indexVector(args[1], g.ivd, pos)
			oi := make([]int64, len(g.opShape))
			j := 0
			for d := range oi {
				if !isColl[int64(d)] {
					oi[d] = off[j]
					j++
				}
			}
			for k, d := range g.indexMap {
				oi[d] += max(0, min(start[k], g.opShape[d]-g.sizes[d]))
			}
			if want := opv[ravel(oi, g.opShape)]; out[e] != want {
				t.Fatalf("gather %+v: result %v = %v, want %v", g, ri, out[e], want)
			}
		}
		return
	}
	want := append([]float32(nil), opv...)
	upd := tensor.View[float32](args[2])
	win := make([]int64, len(g.opShape))
	j := 0
	for d := range win {
		win[d] = 1
		if !isColl[int64(d)] {
			win[d] = g.resShape[g.windowDims[j]]
			j++
		}
	}
	for e := int64(0); e < product(g.resShape); e++ {
		ui := unravel(e, g.resShape)
		var pos, off []int64
		for d, v := range ui {
			if isWin[int64(d)] {
				off = append(off, v)
			} else {
				pos = append(pos, v)
			}
		}
		start := indexVector(args[1], g.ivd, pos)
		oi := make([]int64, len(g.opShape))
		j := 0
		for d := range oi {
			if !isColl[int64(d)] {
				oi[d] = off[j]
				j++
			}
		}
		fits := true
		for k, d := range g.indexMap {
			if start[k] < 0 || start[k] > g.opShape[d]-win[d] {
				fits = false
			}
			oi[d] += start[k]
		}
		if fits {
			want[ravel(oi, g.opShape)] += upd[e]
		}
	}
	for i := range want {
		if want[i] != out[i] {
			t.Fatalf("scatter %+v: element %d = %v, want %v", g, i, out[i], want[i])
		}
	}
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
		if args, res, ok := runRandomOp(t, r, op); ok {
			built++
			// Run again with indices around the operand's range and check
			// the values against the spec.
			randIndices(r, args[1])
			k, _ := interp.Build(op, nil)
			if err := k(&interp.Ctx{Parallelism: 2}, args, res); err != nil {
				t.Fatal(err)
			}
			checkGatherScatter(t, g, iter%2 == 0, args, res)
		}
	}
	t.Logf("%d of %d random gathers/scatters were valid, ran and matched the spec", built, iters)
	if built < iters/3 {
		t.Fatal(fmt.Errorf("only %d cases valid; the generator is broken", built))
	}
}
