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
type windowPlan struct {
	outShape []int64
	taps     [][][]int64 // [dim][out index] -> input offsets
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
	str := tensor.Strides(in)
	p := windowPlan{outShape: out, taps: make([][][]int64, r)}
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
		}
	}
	return p, nil
}

// each calls fn(outIndex, taps) for every output element in row-major order,
// where taps lists the window's input offsets in row-major window order.
func (p windowPlan) each(fn func(o int64, taps []int64) error) error {
	r := len(p.outShape)
	if product(p.outShape) == 0 {
		return nil
	}
	pos := make([]int64, r)
	var taps []int64
	lists := make([][]int64, r)
	for o := int64(0); ; o++ {
		taps = taps[:0]
		for d := range lists {
			lists[d] = p.taps[d][pos[d]]
		}
		taps = appendProduct(taps, lists, 0, 0)
		if err := fn(o, taps); err != nil {
			return err
		}
		if !odometer(pos, p.outShape) {
			return nil
		}
	}
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
	for i := 0; i < n; i++ {
		ti, d, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		to, _, err := resultType(op, i)
		if err != nil {
			return nil, err
		}
		if !slices.Equal(ti.Shape, in0.Shape) || !slices.Equal(to.Shape, out0.Shape) {
			return nil, fmt.Errorf("inputs and results must share shapes")
		}
		dts[i] = d
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
	if n == 1 && b.bin != binNone {
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
		st := b.newState()
		acc := make([]sv, n)
		argv := make([]sv, 2*n)
		return plan.each(func(o int64, taps []int64) error {
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
		})
	}, nil
}

func windowNum[T native](k binKind, plan windowPlan) interp.Kernel {
	var f func(a, b T) T
	switch k {
	case binAdd:
		f = func(a, b T) T { return a + b }
	case binMul:
		f = func(a, b T) T { return a * b }
	case binMax:
		f = maxT[T]
	case binMin:
		f = minT[T]
	default:
		return nil
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		in := tensor.View[T](args[0])
		init := tensor.View[T](args[1])[0]
		out := tensor.View[T](res[0])
		return plan.each(func(o int64, taps []int64) error {
			acc := init
			for _, t := range taps {
				acc = f(acc, in[t])
			}
			out[o] = acc
			return nil
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
	_, dr, err := resultType(op, 0)
	if err != nil {
		return nil, err
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
	ldOp, ldSrc, ldRes, stRes := loader(d), loader(ds), loader(dr), storer(dr)
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		fillBytes(res[0].Data, args[2].Data)
		sst, cst := sel.newState(), sc.newState()
		argv := make([]sv, 2)
		out := make([]sv, 1)
		return plan.each(func(o int64, taps []int64) error {
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
		s := b.newState()
		argv := make([]sv, n)
		o := make([]sv, 1)
		for e := int64(0); e < total; e++ {
			for i := 0; i < n; i++ {
				argv[i] = lds[i](args[i].Data, e)
			}
			if err := b.eval(ctx, s, argv, o); err != nil {
				return err
			}
			st(res[0].Data, e, o[0])
		}
		return nil
	}, nil
}
