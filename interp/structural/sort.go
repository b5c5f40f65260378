package structural

import (
	"fmt"
	"slices"
	"sort"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	interp.Register("stablehlo.sort", buildSort)
}

// simpleCompare recognises a comparator that is one LT/GT compare of the two
// block arguments of one operand pair; it returns that operand, whether the
// order is descending, and the compare type.
func simpleCompare(blk *stablehlo.Block) (operand int, desc bool, ctype string, ok bool) {
	if blk == nil || len(blk.Ops) != 2 {
		return
	}
	cmp, ret := blk.Ops[0], blk.Ops[1]
	if cmp.Name != "stablehlo.compare" || len(cmp.Operands) != 2 || len(ret.Operands) != 1 || ret.Operands[0] != cmp.Results[0] {
		return
	}
	dir, _ := cmp.Attr("comparison_direction").(stablehlo.EnumAttr)
	if t, ok := cmp.Attr("compare_type").(stablehlo.EnumAttr); ok {
		ctype = t.Value
	}
	a, b := cmp.Operands[0], cmp.Operands[1]
	if a.Owner != nil || b.Owner != nil || a.Index/2 != b.Index/2 || a.Index == b.Index {
		return
	}
	for _, x := range blk.Args {
		if x == a {
			goto found
		}
	}
	return
found:
	swapped := a.Index%2 == 1
	switch dir.Value {
	case "LT":
		desc = swapped
	case "GT":
		desc = !swapped
	default:
		return
	}
	return a.Index / 2, desc, ctype, true
}

func buildSort(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	n := len(op.Operands)
	if n == 0 || len(op.Results) != n {
		return nil, fmt.Errorf("want N operands and N results, got %d and %d", n, len(op.Results))
	}
	t0, _, err := operandType(op, 0)
	if err != nil {
		return nil, err
	}
	dts := make([]tensor.DType, n)
	for i := 0; i < n; i++ {
		ti, d, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		rt, rd, err := resultType(op, i)
		if err != nil {
			return nil, err
		}
		if !slices.Equal(ti.Shape, t0.Shape) || !slices.Equal(rt.Shape, ti.Shape) || rd != d {
			return nil, fmt.Errorf("operand %d %v does not match operand 0 %v or its result", i, ti, t0)
		}
		dts[i] = d
	}
	r := int64(len(t0.Shape))
	dim, err := intAttr(op, "dimension", -1)
	if err != nil {
		return nil, err
	}
	if dim < 0 {
		dim += r
	}
	if r == 0 {
		return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
			for i := range res {
				copy(res[i].Data, args[i].Data)
			}
			return nil
		}, nil
	}
	if dim < 0 || dim >= r {
		return nil, fmt.Errorf("dimension out of range for rank %d", r)
	}
	g := sortGeom{outer: product(t0.Shape[:dim]), n: t0.Shape[dim], inner: product(t0.Shape[dim+1:])}
	if len(op.Regions) == 0 || len(op.Regions[0].Blocks) == 0 {
		return nil, fmt.Errorf("missing comparator")
	}
	if k, desc, ctype, ok := simpleCompare(op.Regions[0].Blocks[0]); ok && k < n && !testForceCallable {
		return sortKernel(g, dts, keyPermuter(dts[k], k, desc, ctype)), nil
	}
	if kc, ok := recogniseKeyed(op.Regions[0].Blocks[0]); ok && kc.operand < n && !testForceCallable && !kc.keyType.IsComplex() {
		return sortKernel(g, dts, keyedSorter(kc, dts[kc.operand])), nil
	}
	b, err := newBody(op, 0, env)
	if err != nil {
		return nil, err
	}
	if len(b.argTypes) != 2*n || len(b.resTypes) != 1 || b.resTypes[0] != tensor.I1 {
		return nil, fmt.Errorf("comparator must take %d scalars and return one i1", 2*n)
	}
	lds := make([]loadFn, n)
	for i, d := range dts {
		lds[i] = loader(d)
	}
	return sortKernel(g, dts, func(ctx *interp.Ctx) rowSorter {
		st := b.newState()
		argv := make([]sv, 2*n)
		out := make([]sv, 1)
		vals := make([][]sv, n)
		var err error
		less := func(x, y int) bool {
			for i := 0; i < n; i++ {
				argv[2*i] = vals[i][x]
				argv[2*i+1] = vals[i][y]
			}
			if e := b.eval(ctx, st, argv, out); e != nil && err == nil {
				err = e
			}
			return out[0].i != 0
		}
		return func(args []*tensor.Buffer, off, stride int64, perm []int) error {
			for i := 0; i < n; i++ {
				if cap(vals[i]) < len(perm) {
					vals[i] = make([]sv, len(perm))
				}
				vals[i] = vals[i][:len(perm)]
				for t := range perm {
					vals[i][t] = lds[i](args[i].Data, off+int64(t)*stride)
				}
			}
			sort.SliceStable(perm, func(i, j int) bool { return less(perm[i], perm[j]) })
			return err
		}
	}), nil
}

type sortGeom struct{ outer, n, inner int64 }

// rowSorter sorts perm (0..len-1) for the row starting at element off whose
// elements are stride apart.
type rowSorter func(args []*tensor.Buffer, off, stride int64, perm []int) error

// sortKernel sorts every row along the sort dimension, then moves each
// operand's elements by the row's permutation. Rows split over goroutines.
func sortKernel(g sortGeom, dts []tensor.DType, mk func(ctx *interp.Ctx) rowSorter) interp.Kernel {
	rows := g.outer * g.inner
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		if rows == 0 || g.n == 0 {
			return nil
		}
		p := parallelism(ctx, rows*g.n*32)
		errs := make([]error, p)
		chunk := (rows + int64(p) - 1) / int64(p)
		parallelFor(p, rows, func(lo, hi int64) {
			sorter := mk(ctx)
			perm := make([]int, g.n)
			for row := lo; row < hi; row++ {
				off := (row/g.inner)*g.n*g.inner + row%g.inner
				for t := range perm {
					perm[t] = t
				}
				if err := sorter(args, off, g.inner, perm); err != nil {
					errs[lo/chunk] = err
					return
				}
				for i, d := range dts {
					permuteRow(d.StorageSize(), res[i].Data, args[i].Data, perm, off, g.inner)
				}
			}
		})
		for _, e := range errs {
			if e != nil {
				return e
			}
		}
		return nil
	}
}

// permuteRow writes dst[off+t·stride] = src[off+perm[t]·stride] for es-byte
// elements, through typed views (one move per element, no copy call).
func permuteRow(es int, dst, src []byte, perm []int, off, stride int64) {
	switch es {
	case 1:
		permuteTyped(tensor.ViewBytes[uint8](dst), tensor.ViewBytes[uint8](src), perm, off, stride)
	case 2:
		permuteTyped(tensor.ViewBytes[uint16](dst), tensor.ViewBytes[uint16](src), perm, off, stride)
	case 4:
		permuteTyped(tensor.ViewBytes[uint32](dst), tensor.ViewBytes[uint32](src), perm, off, stride)
	case 8:
		permuteTyped(tensor.ViewBytes[uint64](dst), tensor.ViewBytes[uint64](src), perm, off, stride)
	case 16:
		permuteTyped(tensor.ViewBytes[complex128](dst), tensor.ViewBytes[complex128](src), perm, off, stride)
	}
}

func permuteTyped[T any](dst, src []T, perm []int, off, stride int64) {
	if stride == 1 {
		d, s := dst[off:off+int64(len(perm))], src[off:]
		for t, q := range perm {
			d[t] = s[q]
		}
		return
	}
	for t, q := range perm {
		dst[off+int64(t)*stride] = src[off+int64(q)*stride]
	}
}

// keyPermuter sorts by precomputed keys of one operand: float64 for FLOAT
// compares, total-order integers for TOTALORDER, integers otherwise.
func keyPermuter(d tensor.DType, k int, desc bool, ctype string) func(*interp.Ctx) rowSorter {
	ld := loader(d)
	return func(*interp.Ctx) rowSorter {
		var fk []float64
		var ik []int64
		var uk []uint64
		return func(args []*tensor.Buffer, off, stride int64, perm []int) error {
			m := len(perm)
			data := args[k].Data
			switch {
			case d.IsFloat() && ctype == "TOTALORDER":
				ik = slices.Grow(ik[:0], m)[:m]
				for t := range ik {
					ik[t] = totalKey(d, ld(data, off+int64(t)*stride).f)
				}
				sortByKey(perm, ik, desc)
			case d.IsFloat():
				fk = slices.Grow(fk[:0], m)[:m]
				for t := range fk {
					fk[t] = ld(data, off+int64(t)*stride).f
				}
				if desc {
					sort.SliceStable(perm, func(i, j int) bool { return fk[perm[i]] > fk[perm[j]] })
				} else {
					sort.SliceStable(perm, func(i, j int) bool { return fk[perm[i]] < fk[perm[j]] })
				}
			case d.IsSigned() && ctype != "UNSIGNED":
				ik = slices.Grow(ik[:0], m)[:m]
				for t := range ik {
					ik[t] = ld(data, off+int64(t)*stride).i
				}
				sortByKey(perm, ik, desc)
			case d.IsComplex():
				return fmt.Errorf("LT/GT comparator on complex values")
			default:
				uk = slices.Grow(uk[:0], m)[:m]
				for t := range uk {
					uk[t] = uint64(ld(data, off+int64(t)*stride).i)
				}
				sortByKey(perm, uk, desc)
			}
			return nil
		}
	}
}

// sortByKey orders perm (0..m-1) by key, ties by position: a stable sort done
// as an unstable sort of (key, position) pairs, which is several times faster
// than a stable sort through perm's indirection.
func sortByKey[K int64 | uint64](perm []int, key []K, desc bool) {
	type kp struct {
		k K
		i int
	}
	pairs := make([]kp, len(perm))
	for i := range pairs {
		pairs[i] = kp{key[perm[i]], perm[i]}
	}
	if desc {
		slices.SortFunc(pairs, func(a, b kp) int {
			if c := cmpKeys(b.k, a.k); c != 0 {
				return c
			}
			return a.i - b.i
		})
	} else {
		slices.SortFunc(pairs, func(a, b kp) int {
			if c := cmpKeys(a.k, b.k); c != 0 {
				return c
			}
			return a.i - b.i
		})
	}
	for i := range pairs {
		perm[i] = pairs[i].i
	}
}

func cmpKeys[K int64 | uint64](a, b K) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
