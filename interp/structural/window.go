package structural

import (
	"fmt"
	"slices"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	interp.Register("stablehlo.reduce_window", buildReduceWindow)
	interp.Register("stablehlo.select_and_scatter", buildSelectAndScatter)
	interp.Register("stablehlo.map", buildMap)
}

// windowPlan lists, per dimension and per output position along it, the input
// offsets (coordinate × input stride) that the window covers. Positions in
// the padding or in the holes of a base dilation are left out, as XLA does:
// they hold the init value, which a reduction with an identity init ignores.
// When a window lies wholly inside the input (the common case: no padding
// reached, no base dilation) its taps are the output's base offset plus one
// fixed list, so no per-output list is built.
type windowPlan struct {
	outShape []int64
	taps     [][][]int64 // [dim][out index] -> input offsets
	full     [][]bool    // [dim][out index] -> every window position valid
	fixed    []int64     // offsets of a full window relative to its first tap
	// lastIdentity: the innermost dimension has window 1, stride 1, no
	// padding and no dilation, so output index c reads input index c.
	lastIdentity bool
}

// rowPlan is the plan over all dimensions but the innermost, when that one is
// an identity: its taps are the offsets of whole input rows.
func (p windowPlan) rowPlan() (windowPlan, bool) {
	r := len(p.outShape)
	if !p.lastIdentity || r == 0 {
		return windowPlan{}, false
	}
	return windowPlan{outShape: p.outShape[:r-1], taps: p.taps[:r-1], full: p.full[:r-1], fixed: p.fixed}, true
}

type windowAttrs struct {
	dims, strides, baseDil, winDil []int64
	padLo, padHi                   []int64
}

func readWindowAttrs(op *stablehlo.Op, rank int) (windowAttrs, error) {
	var w windowAttrs
	ones := func() []int64 {
		v := make([]int64, rank)
		for i := range v {
			v[i] = 1
		}
		return v
	}
	get := func(name string, def []int64) ([]int64, error) {
		v, ok, err := intsAttr(op, name)
		if err != nil {
			return nil, err
		}
		if !ok {
			return def, nil
		}
		if len(v) != rank {
			return nil, fmt.Errorf("%s %v: want %d entries", name, v, rank)
		}
		for _, x := range v {
			if x <= 0 {
				return nil, fmt.Errorf("%s %v: entries must be positive", name, v)
			}
		}
		return v, nil
	}
	var err error
	if w.dims, err = get("window_dimensions", nil); err != nil {
		return w, err
	}
	if w.dims == nil {
		return w, fmt.Errorf("missing window_dimensions")
	}
	if w.strides, err = get("window_strides", ones()); err != nil {
		return w, err
	}
	if w.baseDil, err = get("base_dilations", ones()); err != nil {
		return w, err
	}
	if w.winDil, err = get("window_dilations", ones()); err != nil {
		return w, err
	}
	w.padLo, w.padHi = make([]int64, rank), make([]int64, rank)
	pad, ok, err := intsAttr(op, "padding")
	if err != nil {
		return w, err
	}
	if ok {
		if len(pad) != 2*rank {
			return w, fmt.Errorf("padding has %d entries, want %d", len(pad), 2*rank)
		}
		for i := 0; i < rank; i++ {
			w.padLo[i], w.padHi[i] = pad[2*i], pad[2*i+1]
		}
	}
	return w, nil
}

func newWindowPlan(in, out []int64, w windowAttrs) (windowPlan, error) {
	r := len(in)
	if len(out) != r {
		return windowPlan{}, fmt.Errorf("result rank %d differs from input rank %d", len(out), r)
	}
	str := tensor.Strides(in)
	p := windowPlan{outShape: out, taps: make([][][]int64, r), full: make([][]bool, r)}
	p.fixed = []int64{0}
	for d := 0; d < r; d++ {
		padded := w.padLo[d] + w.padHi[d]
		if in[d] > 0 {
			padded += (in[d]-1)*w.baseDil[d] + 1
		}
		span := (w.dims[d]-1)*w.winDil[d] + 1
		want := int64(0)
		if padded >= span {
			want = (padded-span)/w.strides[d] + 1
		}
		if out[d] != want {
			return p, fmt.Errorf("result dimension %d has size %d, want %d", d, out[d], want)
		}
		p.taps[d] = make([][]int64, out[d])
		p.full[d] = make([]bool, out[d])
		for o := int64(0); o < out[d]; o++ {
			var t []int64
			for k := int64(0); k < w.dims[d]; k++ {
				q := o*w.strides[d] + k*w.winDil[d] - w.padLo[d]
				if q < 0 || q%w.baseDil[d] != 0 || q/w.baseDil[d] >= in[d] {
					continue
				}
				t = append(t, q/w.baseDil[d]*str[d])
			}
			p.taps[d][o] = t
			p.full[d][o] = int64(len(t)) == w.dims[d]
		}
		// fixed = fixed ⊗ (window steps along d), row-major.
		var f []int64
		for _, base := range p.fixed {
			for k := int64(0); k < w.dims[d]; k++ {
				f = append(f, base+k*(w.winDil[d]/w.baseDil[d])*str[d])
			}
		}
		if w.winDil[d]%w.baseDil[d] != 0 {
			// Taps of a full window are not evenly spaced; never "full".
			for o := range p.full[d] {
				p.full[d][o] = false
			}
		}
		p.fixed = f
	}
	if l := r - 1; l >= 0 {
		p.lastIdentity = w.dims[l] == 1 && w.strides[l] == 1 && w.baseDil[l] == 1 && w.padLo[l] == 0 && w.padHi[l] == 0 && out[l] == in[l]
	}
	return p, nil
}

// each calls fn(outIndex, taps) for every output element in [lo, hi) in
// row-major order, where taps lists the window's input offsets in row-major
// window order. fn must not keep taps.
func (p windowPlan) each(lo, hi int64, fn func(o int64, taps []int64) error) error {
	r := len(p.outShape)
	if lo >= hi {
		return nil
	}
	pos := unravelIndex(lo, p.outShape)
	taps := make([]int64, 0, len(p.fixed))
	lists := make([][]int64, r)
	for o := lo; o < hi; o++ {
		full := true
		for d := range lists {
			lists[d] = p.taps[d][pos[d]]
			full = full && p.full[d][pos[d]]
		}
		taps = taps[:0]
		if full {
			var base int64
			for d := range lists {
				base += lists[d][0]
			}
			for _, f := range p.fixed {
				taps = append(taps, base+f)
			}
		} else {
			taps = appendProduct(taps, lists, 0, 0)
		}
		if err := fn(o, taps); err != nil {
			return err
		}
		odometer(pos, p.outShape)
	}
	return nil
}

// parallelEach runs each over contiguous ranges of outputs in parallel;
// mk gives every goroutine its own callback (and so its own scratch state).
func (p windowPlan) parallelEach(ctx *interp.Ctx, work int64, mk func() func(o int64, taps []int64) error) error {
	n := product(p.outShape)
	par := parallelism(ctx, work)
	if par <= 1 {
		return p.each(0, n, mk())
	}
	errs := make([]error, par)
	chunk := (n + int64(par) - 1) / int64(par)
	parallelFor(par, n, func(lo, hi int64) {
		errs[lo/chunk] = p.each(lo, hi, mk())
	})
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func unravelIndex(i int64, shape []int64) []int64 {
	idx := make([]int64, len(shape))
	for k := len(shape) - 1; k >= 0; k-- {
		if shape[k] > 0 {
			idx[k] = i % shape[k]
			i /= shape[k]
		}
	}
	return idx
}

func appendProduct(out []int64, lists [][]int64, d int, base int64) []int64 {
	if d == len(lists) {
		return append(out, base)
	}
	for _, t := range lists[d] {
		out = appendProduct(out, lists, d+1, base+t)
	}
	return out
}

func buildReduceWindow(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	n := len(op.Operands) / 2
	if n == 0 || len(op.Operands) != 2*n || len(op.Results) != n {
		return nil, fmt.Errorf("want N inputs, N init values and N results")
	}
	in0, _, err := operandType(op, 0)
	if err != nil {
		return nil, err
	}
	out0, _, err := resultType(op, 0)
	if err != nil {
		return nil, err
	}
	dts := make([]tensor.DType, n)
	ods := make([]tensor.DType, n) // the results' element types
	for i := 0; i < n; i++ {
		ti, d, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		to, od, err := resultType(op, i)
		if err != nil {
			return nil, err
		}
		if !slices.Equal(ti.Shape, in0.Shape) || !slices.Equal(to.Shape, out0.Shape) {
			return nil, fmt.Errorf("inputs and results must share shapes")
		}
		if iv, id, err := operandType(op, n+i); err != nil || len(iv.Shape) != 0 || id != od {
			return nil, fmt.Errorf("init value %d must be a %v scalar", i, od)
		}
		dts[i], ods[i] = d, od
	}
	w, err := readWindowAttrs(op, len(in0.Shape))
	if err != nil {
		return nil, err
	}
	plan, err := newWindowPlan(in0.Shape, out0.Shape, w)
	if err != nil {
		return nil, err
	}
	b, err := newBody(op, 0, env)
	if err != nil {
		return nil, err
	}
	if len(b.argTypes) != 2*n || len(b.resTypes) != n {
		return nil, fmt.Errorf("body takes %d and returns %d values, want %d and %d", len(b.argTypes), len(b.resTypes), 2*n, n)
	}
	// As reduce's: (E..., E...) -> (E...), Ei the results' element types.
	for i, od := range ods {
		if b.resTypes[i] != od || b.argTypes[i] != od || b.argTypes[n+i] != od {
			return nil, fmt.Errorf("body types (%v) -> (%v) do not match the result element types %v", b.argTypes, b.resTypes, ods)
		}
	}
	// typed loops accumulate in the input type: only where it is the result
	// type too (not under type promotion, f32 inputs into an f64 result)
	if n == 1 && b.bin != binNone && dts[0] == b.resTypes[0] {
		switch dts[0] {
		case tensor.F32:
			return windowNum[float32](b.bin, plan), nil
		case tensor.F64:
			return windowNum[float64](b.bin, plan), nil
		case tensor.I32:
			return windowNum[int32](b.bin, plan), nil
		case tensor.I64:
			return windowNum[int64](b.bin, plan), nil
		}
	}
	lds := make([]loadFn, n)
	sts := make([]storeFn, n)
	ild := make([]loadFn, n)
	for i := range dts {
		lds[i] = loader(dts[i])
		sts[i] = storer(b.resTypes[i])
		ild[i] = loader(b.resTypes[i])
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		return plan.parallelEach(ctx, product(plan.outShape)*int64(len(plan.fixed))*64, func() func(o int64, taps []int64) error {
			st := b.newState()
			acc := make([]sv, n)
			argv := make([]sv, 2*n)
			return func(o int64, taps []int64) error {
				for i := 0; i < n; i++ {
					acc[i] = ild[i](args[n+i].Data, 0)
				}
				for _, t := range taps {
					copy(argv, acc)
					for i := 0; i < n; i++ {
						argv[n+i] = lds[i](args[i].Data, t)
					}
					if err := b.eval(ctx, st, argv, acc); err != nil {
						return err
					}
				}
				for i := 0; i < n; i++ {
					sts[i](res[i].Data, o, acc[i])
				}
				return nil
			}
		})
	}, nil
}

func windowNum[T native](k binKind, plan windowPlan) interp.Kernel {
	var f func(a, b T) T
	var vec func(o, x []T)
	switch k {
	case binAdd:
		f = func(a, b T) T { return a + b }
		vec = func(o, x []T) {
			for j := range o {
				o[j] += x[j]
			}
		}
	case binMul:
		f = func(a, b T) T { return a * b }
		vec = func(o, x []T) {
			for j := range o {
				o[j] *= x[j]
			}
		}
	case binMax:
		f = maxChain[T]
		vec = func(o, x []T) {
			for j := range o {
				o[j] = maxT(o[j], x[j])
			}
		}
	case binMin:
		f = minChain[T]
		vec = func(o, x []T) {
			for j := range o {
				o[j] = minT(o[j], x[j])
			}
		}
	default:
		return nil
	}
	if rows, ok := plan.rowPlan(); ok {
		// The innermost dimension maps one to one (window 1, stride 1, no
		// padding or dilation: NHWC pooling's channels). Whole rows combine
		// at once, so the op runs in a tight loop over contiguous data.
		c := plan.outShape[len(plan.outShape)-1]
		return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
			in := tensor.View[T](args[0])
			init := tensor.View[T](args[1])[0]
			out := tensor.View[T](res[0])
			return rows.parallelEach(ctx, product(plan.outShape)*int64(len(plan.fixed))*8, func() func(o int64, taps []int64) error {
				return func(o int64, taps []int64) error {
					row := out[o*c : o*c+c]
					for j := range row {
						row[j] = init
					}
					for _, t := range taps {
						vec(row, in[t:t+c])
					}
					return nil
				}
			})
		}
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		in := tensor.View[T](args[0])
		init := tensor.View[T](args[1])[0]
		out := tensor.View[T](res[0])
		return plan.parallelEach(ctx, product(plan.outShape)*int64(len(plan.fixed))*8, func() func(o int64, taps []int64) error {
			return func(o int64, taps []int64) error {
				acc := init
				for _, t := range taps {
					acc = f(acc, in[t])
				}
				out[o] = acc
				return nil
			}
		})
	}
}

func buildSelectAndScatter(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 3 || len(op.Results) != 1 {
		return nil, fmt.Errorf("want operand, source, init_value and one result")
	}
	it, d, err := operandType(op, 0)
	if err != nil {
		return nil, err
	}
	srcT, ds, err := operandType(op, 1)
	if err != nil {
		return nil, err
	}
	rt, dr, err := resultType(op, 0)
	if err != nil {
		return nil, err
	}
	if !slices.Equal(rt.Shape, it.Shape) {
		return nil, fmt.Errorf("result shape %v differs from operand %v", rt.Shape, it.Shape)
	}
	if iv, _, err := operandType(op, 2); err != nil || len(iv.Shape) != 0 {
		return nil, fmt.Errorf("init value must be a scalar")
	}
	w, err := readWindowAttrs(op, len(it.Shape))
	if err != nil {
		return nil, err
	}
	plan, err := newWindowPlan(it.Shape, srcT.Shape, w)
	if err != nil {
		return nil, fmt.Errorf("source shape: %v", err)
	}
	sel, err := newBody(op, 0, env)
	if err != nil {
		return nil, err
	}
	if len(sel.argTypes) != 2 || len(sel.resTypes) != 1 || sel.resTypes[0] != tensor.I1 {
		return nil, fmt.Errorf("select must take two scalars and return i1")
	}
	sc, err := newBody(op, 1, env)
	if err != nil {
		return nil, err
	}
	if len(sc.argTypes) != 2 || len(sc.resTypes) != 1 {
		return nil, fmt.Errorf("scatter must take two scalars and return one")
	}
	if d == ds && d == dr && sc.bin == binAdd {
		if dir, ok := selectCompare(op.Regions[0].Blocks[0]); ok {
			switch d {
			case tensor.F32:
				return selectScatterKernel[float32](plan, dir), nil
			case tensor.F64:
				return selectScatterKernel[float64](plan, dir), nil
			case tensor.I32:
				return selectScatterKernel[int32](plan, dir), nil
			case tensor.I64:
				return selectScatterKernel[int64](plan, dir), nil
			}
		}
	}
	ldOp, ldSrc, ldRes, stRes := loader(d), loader(ds), loader(dr), storer(dr)
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		fillBytes(res[0].Data, args[2].Data)
		sst, cst := sel.newState(), sc.newState()
		argv := make([]sv, 2)
		out := make([]sv, 1)
		return plan.each(0, product(plan.outShape), func(o int64, taps []int64) error {
			if len(taps) == 0 {
				return nil
			}
			best := taps[0]
			bv := ldOp(args[0].Data, best)
			for _, t := range taps[1:] {
				v := ldOp(args[0].Data, t)
				argv[0], argv[1] = bv, v
				if err := sel.eval(ctx, sst, argv, out); err != nil {
					return err
				}
				if out[0].i == 0 {
					best, bv = t, v
				}
			}
			argv[0] = ldRes(res[0].Data, best)
			argv[1] = ldSrc(args[1].Data, o)
			if err := sc.eval(ctx, cst, argv, out); err != nil {
				return err
			}
			stRes(res[0].Data, best, out[0])
			return nil
		})
	}, nil
}

func buildMap(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	n := len(op.Operands)
	if n == 0 || len(op.Results) != 1 {
		return nil, fmt.Errorf("want inputs and one result")
	}
	out, dr, err := resultType(op, 0)
	if err != nil {
		return nil, err
	}
	lds := make([]loadFn, n)
	for i := 0; i < n; i++ {
		ti, d, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		if !slices.Equal(ti.Shape, out.Shape) {
			return nil, fmt.Errorf("operand %d shape %v differs from result %v", i, ti.Shape, out.Shape)
		}
		lds[i] = loader(d)
	}
	if dims, ok, err := intsAttr(op, "dimensions"); err != nil {
		return nil, err
	} else if ok {
		for i, d := range dims {
			if d != int64(i) {
				return nil, fmt.Errorf("dimensions %v must be 0..rank-1", dims)
			}
		}
	}
	b, err := newBody(op, 0, env)
	if err != nil {
		return nil, err
	}
	if len(b.argTypes) != n || len(b.resTypes) != 1 {
		return nil, fmt.Errorf("computation takes %d and returns %d values, want %d and 1", len(b.argTypes), len(b.resTypes), n)
	}
	st := storer(dr)
	total := product(out.Shape)
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		// Elements are independent: split them, one body state per goroutine.
		p := parallelism(ctx, total*64)
		errs := make([]error, p)
		chunk := (total + int64(p) - 1) / int64(p)
		parallelFor(p, total, func(lo, hi int64) {
			s := b.newState()
			argv := make([]sv, n)
			o := make([]sv, 1)
			for e := lo; e < hi; e++ {
				for i := 0; i < n; i++ {
					argv[i] = lds[i](args[i].Data, e)
				}
				if err := b.eval(ctx, s, argv, o); err != nil {
					errs[lo/chunk] = err
					return
				}
				st(res[0].Data, e, o[0])
			}
		})
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// selectCompare recognises a select body that is one GE/GT/LE/LT compare of
// its first argument against its second (max or min pooling's gradient).
func selectCompare(blk *stablehlo.Block) (string, bool) {
	if blk == nil || len(blk.Args) != 2 || len(blk.Ops) != 2 {
		return "", false
	}
	cmp, ret := blk.Ops[0], blk.Ops[1]
	if cmp.Name != "stablehlo.compare" || len(cmp.Operands) != 2 || len(ret.Operands) != 1 || ret.Operands[0] != cmp.Results[0] {
		return "", false
	}
	if cmp.Operands[0] != blk.Args[0] || cmp.Operands[1] != blk.Args[1] {
		return "", false
	}
	if t, ok := cmp.Attr("compare_type").(stablehlo.EnumAttr); ok && t.Value == "TOTALORDER" || t.Value == "UNSIGNED" {
		return "", false
	}
	dir, _ := cmp.Attr("comparison_direction").(stablehlo.EnumAttr)
	switch dir.Value {
	case "GE", "GT", "LE", "LT":
		return dir.Value, true
	}
	return "", false
}

// selectScatterKernel is select_and_scatter with a plain compare as select and
// addition as scatter, on a native type: the selected element is the first
// one the compare keeps against every later one, as the generic path does.
func selectScatterKernel[T native](plan windowPlan, dir string) interp.Kernel {
	keep := map[string]func(a, b T) bool{
		"GE": func(a, b T) bool { return a >= b },
		"GT": func(a, b T) bool { return a > b },
		"LE": func(a, b T) bool { return a <= b },
		"LT": func(a, b T) bool { return a < b },
	}[dir]
	rows, byRow := plan.rowPlan()
	var c int64
	if byRow {
		c = plan.outShape[len(plan.outShape)-1]
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		in := tensor.View[T](args[0])
		src := tensor.View[T](args[1])
		out := tensor.View[T](res[0])
		init := tensor.View[T](args[2])[0]
		for i := range out {
			out[i] = init
		}
		if byRow {
			// Innermost dimension 1:1 (NHWC pooling): select over whole rows;
			// each element keeps its own running best.
			best := make([]int64, c)
			bv := make([]T, c)
			return rows.each(0, product(rows.outShape), func(o int64, taps []int64) error {
				if len(taps) == 0 {
					return nil
				}
				copy(bv, in[taps[0]:taps[0]+c])
				for j := range best {
					best[j] = taps[0] + int64(j)
				}
				for _, t := range taps[1:] {
					selectRow(dir, bv, best, in[t:t+c], t)
				}
				s := src[o*c : o*c+c]
				for j, b := range best {
					out[b] += s[j]
				}
				return nil
			})
		}
		return plan.each(0, product(plan.outShape), func(o int64, taps []int64) error {
			if len(taps) == 0 {
				return nil
			}
			best := taps[0]
			bv := in[best]
			for _, t := range taps[1:] {
				if v := in[t]; !keep(bv, v) {
					best, bv = t, v
				}
			}
			out[best] += src[o]
			return nil
		})
	}
}

// selectRow moves each element's running best (value bv, input offset best)
// to x[j] where the select compare does not keep the current best.
func selectRow[T native](dir string, bv []T, best []int64, x []T, base int64) {
	x = x[:len(bv)]
	switch dir {
	case "GE":
		for j, v := range x {
			if !(bv[j] >= v) {
				bv[j], best[j] = v, base+int64(j)
			}
		}
	case "GT":
		for j, v := range x {
			if !(bv[j] > v) {
				bv[j], best[j] = v, base+int64(j)
			}
		}
	case "LE":
		for j, v := range x {
			if !(bv[j] <= v) {
				bv[j], best[j] = v, base+int64(j)
			}
		}
	case "LT":
		for j, v := range x {
			if !(bv[j] < v) {
				bv[j], best[j] = v, base+int64(j)
			}
		}
	}
}
