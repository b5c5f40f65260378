package structural

import (
	"fmt"
	"slices"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	interp.Register("stablehlo.reduce", buildReduce)
}

// native are the element types a typed loop handles directly (their Go
// arithmetic wraps or rounds exactly as the StableHLO type does).
type native interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64
}

type integer interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

// reducePlan walks the input in row-major order over merged dimensions;
// inStr and outStr are each dimension's input and output strides (output 0
// for a reduced dimension). A plan restricted to a sub-range of one kept
// dimension covers a disjoint set of outputs, which is how work is split.
type reducePlan struct {
	shape         []int64
	inStr, outStr []int64
	inOff, outOff int64
}

func newReducePlan(in []int64, reduced []bool) reducePlan {
	outShape := []int64{}
	for k, d := range in {
		if !reduced[k] {
			outShape = append(outShape, d)
		}
	}
	os := tensor.Strides(outShape)
	is := tensor.Strides(in)
	var p reducePlan
	j := 0
	for k, d := range in {
		s := int64(0)
		if !reduced[k] {
			s = os[j]
			j++
		}
		if d == 1 {
			continue
		}
		if n := len(p.shape); n > 0 && (p.outStr[n-1] == 0 && s == 0 || s != 0 && p.outStr[n-1] == s*d) {
			p.shape[n-1] *= d
			p.outStr[n-1] = s
			p.inStr[n-1] = is[k]
			continue
		}
		p.shape = append(p.shape, d)
		p.outStr = append(p.outStr, s)
		p.inStr = append(p.inStr, is[k])
	}
	return p
}

// split divides the plan over its outermost kept dimension into at most p
// parts with disjoint outputs; the order in which each output combines its
// inputs is unchanged, so results do not depend on p.
func (pl reducePlan) split(p int) []reducePlan {
	k := -1
	for d := range pl.shape {
		if pl.outStr[d] != 0 && pl.shape[d] > 1 {
			k = d
			break
		}
	}
	if p <= 1 || k < 0 {
		return []reducePlan{pl}
	}
	n := pl.shape[k]
	if int64(p) > n {
		p = int(n)
	}
	chunk := (n + int64(p) - 1) / int64(p)
	var parts []reducePlan
	for lo := int64(0); lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		q := pl
		q.shape = append([]int64(nil), pl.shape...)
		q.shape[k] = hi - lo
		q.inOff += lo * pl.inStr[k]
		q.outOff += lo * pl.outStr[k]
		parts = append(parts, q)
	}
	return parts
}

// walk calls fn(inOff, outOff, n, inStride, outStride) for each innermost row,
// in row-major input order.
func (p reducePlan) walk(fn func(inOff, outOff, n, is, os int64)) {
	r := len(p.shape)
	if r == 0 {
		fn(p.inOff, p.outOff, 1, 1, 0)
		return
	}
	for _, d := range p.shape {
		if d == 0 {
			return
		}
	}
	last := r - 1
	var idxBuf [8]int64
	idx := idxBuf[:]
	if r > len(idxBuf) {
		idx = make([]int64, r)
	}
	inOff, outOff := p.inOff, p.outOff
	n := p.shape[last]
	for {
		fn(inOff, outOff, n, p.inStr[last], p.outStr[last])
		k := last - 1
		for ; k >= 0; k-- {
			idx[k]++
			inOff += p.inStr[k]
			outOff += p.outStr[k]
			if idx[k] < p.shape[k] {
				break
			}
			inOff -= p.inStr[k] * p.shape[k]
			outOff -= p.outStr[k] * p.shape[k]
			idx[k] = 0
		}
		if k < 0 {
			return
		}
	}
}

func buildReduce(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	n := len(op.Operands) / 2
	if n == 0 || len(op.Operands) != 2*n || len(op.Results) != n {
		return nil, fmt.Errorf("want N inputs, N init values and N results, got %d operands and %d results", len(op.Operands), len(op.Results))
	}
	in0, _, err := operandType(op, 0)
	if err != nil {
		return nil, err
	}
	dims, _, err := intsAttr(op, "dimensions")
	if err != nil {
		return nil, err
	}
	r := len(in0.Shape)
	reduced := make([]bool, r)
	for _, d := range dims {
		if d < 0 || int(d) >= r || reduced[d] {
			return nil, fmt.Errorf("bad dimensions %v for rank %d", dims, r)
		}
		reduced[d] = true
	}
	dts := make([]tensor.DType, n)
	ods := make([]tensor.DType, n) // the results' element types
	for i := 0; i < n; i++ {
		it, d, err := operandType(op, i)
		if err != nil {
			return nil, err
		}
		if !slices.Equal(it.Shape, in0.Shape) {
			return nil, fmt.Errorf("input %d shape %v differs from input 0 %v", i, it.Shape, in0.Shape)
		}
		ot, od, err := resultType(op, i)
		if err != nil {
			return nil, err
		}
		var want []int64
		for k, d := range in0.Shape {
			if !reduced[k] {
				want = append(want, d)
			}
		}
		if !slices.Equal(ot.Shape, want) && !(len(want) == 0 && len(ot.Shape) == 0) {
			return nil, fmt.Errorf("result %d shape %v does not match the reduction of %v", i, ot.Shape, in0.Shape)
		}
		if it, id, err := operandType(op, n+i); err != nil || id != od || len(it.Shape) != 0 {
			return nil, fmt.Errorf("init value %d must be a %v scalar", i, od)
		}
		dts[i], ods[i] = d, od
	}
	b, err := newBody(op, 0, env)
	if err != nil {
		return nil, err
	}
	if len(b.argTypes) != 2*n || len(b.resTypes) != n {
		return nil, fmt.Errorf("body takes %d and returns %d values, want %d and %d", len(b.argTypes), len(b.resTypes), 2*n, n)
	}
	// The body maps (E0..En-1, E0..En-1) to (E0..En-1), Ei the results'
	// element types; the kernels store its results as such.
	for i, od := range ods {
		if b.resTypes[i] != od || b.argTypes[i] != od || b.argTypes[n+i] != od {
			return nil, fmt.Errorf("body types (%v) -> (%v) do not match the result element types %v", b.argTypes, b.resTypes, ods)
		}
	}
	plan := newReducePlan(in0.Shape, reduced)
	// The typed loops accumulate in the input type. Inputs narrower than
	// their init/result type (StableHLO's type promotion: f16 into f32, i8
	// into i32, ...) must accumulate in the wider type, which the generic
	// path does: it loads each input element into the body's argument type.
	for i, d := range dts {
		if d != b.resTypes[i] {
			return genericReduce(plan, n, dts, b), nil
		}
	}
	if n == 2 && !testForceCallable {
		if isMax, ok := argBody(op.Regions[0].Blocks[0]); ok && b.resTypes[0] == dts[0] && b.resTypes[1] == dts[1] {
			if k := argReduce(plan, isMax, dts[0], dts[1]); k != nil {
				return k, nil
			}
		}
	}
	if n == 1 && b.bin != binNone {
		if k := fastReduce(dts[0], b.bin, plan); k != nil {
			return k, nil
		}
	}
	return genericReduce(plan, n, dts, b), nil
}

// fastReduce returns a typed kernel for one input, a recognised binary body
// and a native element type; nil otherwise.
func fastReduce(d tensor.DType, k binKind, plan reducePlan) interp.Kernel {
	switch d {
	case tensor.F32:
		return reduceNum[float32](k, plan)
	case tensor.F64:
		return reduceNum[float64](k, plan)
	case tensor.I8:
		return reduceInt[int8](k, plan)
	case tensor.I16:
		return reduceInt[int16](k, plan)
	case tensor.I32:
		return reduceInt[int32](k, plan)
	case tensor.I64, tensor.Index:
		return reduceInt[int64](k, plan)
	case tensor.U8:
		return reduceInt[uint8](k, plan)
	case tensor.U16:
		return reduceInt[uint16](k, plan)
	case tensor.U32:
		return reduceInt[uint32](k, plan)
	case tensor.U64:
		return reduceInt[uint64](k, plan)
	case tensor.I1:
		if k == binAnd || k == binOr || k == binMax || k == binMin {
			return reduceInt[uint8](k, plan)
		}
	case tensor.BF16, tensor.F16:
		return lowpReduce(d, k, plan)
	}
	return nil
}

func reduceNum[T native](k binKind, plan reducePlan) interp.Kernel {
	switch k {
	case binAdd:
		return reduceKernel(plan, rowOps[T]{sumRow[T], func(o, x []T) {
			for j := range o {
				o[j] += x[j]
			}
		}})
	case binMul:
		return reduceKernel(plan, rowOps[T]{func(acc T, x []T) T {
			for _, v := range x {
				acc *= v
			}
			return acc
		}, func(o, x []T) {
			for j := range o {
				o[j] *= x[j]
			}
		}})
	case binMax:
		return reduceKernel(plan, rowOps[T]{func(acc T, x []T) T {
			for _, v := range x {
				acc = maxChain(acc, v)
			}
			return acc
		}, func(o, x []T) {
			for j := range o {
				o[j] = maxT(o[j], x[j])
			}
		}})
	case binMin:
		return reduceKernel(plan, rowOps[T]{func(acc T, x []T) T {
			for _, v := range x {
				acc = minChain(acc, v)
			}
			return acc
		}, func(o, x []T) {
			for j := range o {
				o[j] = minT(o[j], x[j])
			}
		}})
	}
	return nil
}

func reduceInt[T integer](k binKind, plan reducePlan) interp.Kernel {
	switch k {
	case binAnd:
		return reduceKernel(plan, rowOps[T]{func(acc T, x []T) T {
			for _, v := range x {
				acc &= v
			}
			return acc
		}, func(o, x []T) {
			for j := range o {
				o[j] &= x[j]
			}
		}})
	case binOr:
		return reduceKernel(plan, rowOps[T]{func(acc T, x []T) T {
			for _, v := range x {
				acc |= v
			}
			return acc
		}, func(o, x []T) {
			for j := range o {
				o[j] |= x[j]
			}
		}})
	case binXor:
		return reduceKernel(plan, rowOps[T]{func(acc T, x []T) T {
			for _, v := range x {
				acc ^= v
			}
			return acc
		}, func(o, x []T) {
			for j := range o {
				o[j] ^= x[j]
			}
		}})
	}
	return reduceNum[T](k, plan)
}

// maxT is XLA's maximum on a native type: NaN propagates, max(-0, +0) = +0.
// Go's built-in max is specified exactly so for floats (plain max for
// integers) and is branch-free: the fastest form for independent elements.
func maxT[T native](a, b T) T { return max(a, b) }

// minT is XLA's minimum: NaN propagates, min(-0, +0) = -0.
func minT[T native](a, b T) T { return min(a, b) }

// maxChain and minChain give the same results with branches: in a fold,
// where each step depends on the last, predicted branches beat the longer
// latency of the branch-free form (about 2x).
func maxChain[T native](a, b T) T {
	switch {
	case a != a:
		return a
	case b != b:
		return b
	case a > b:
		return a
	case b > a:
		return b
	case a == 0:
		return a + b // ±0: -0 only when both are -0
	}
	return a
}

func minChain[T native](a, b T) T {
	switch {
	case a != a:
		return a
	case b != b:
		return b
	case a < b:
		return a
	case b < a:
		return b
	case a == 0:
		return -(-a + -b) // ±0: +0 only when both are +0
	}
	return a
}

// sumRow adds a contiguous row into acc. Long rows use eight partial sums (as
// a vectorising compiler does), which is also more accurate than one chain.
func sumRow[T native](acc T, x []T) T {
	if len(x) < 64 {
		for _, v := range x {
			acc += v
		}
		return acc
	}
	var s [8]T
	i := 0
	for ; i+8 <= len(x); i += 8 {
		s[0] += x[i]
		s[1] += x[i+1]
		s[2] += x[i+2]
		s[3] += x[i+3]
		s[4] += x[i+4]
		s[5] += x[i+5]
		s[6] += x[i+6]
		s[7] += x[i+7]
	}
	for ; i < len(x); i++ {
		s[i&7] += x[i]
	}
	return acc + ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]))
}

// reduceBlock is the element count of one block of a parallel full reduction.
const reduceBlock = 1 << 15

// rowOps are the two inner loops of a typed reduction: fold a contiguous row
// into one accumulator (innermost dimension reduced), or combine a row into a
// contiguous run of outputs element by element (innermost dimension kept).
type rowOps[T native] struct {
	fold func(acc T, x []T) T
	vec  func(o, x []T)
}

// reduceKernel builds the typed kernel: outputs start at the init value, then
// every input row is folded in, in row-major order. Work splits over a kept
// dimension, so results are the same for any parallelism.
func reduceKernel[T native](plan reducePlan, ops rowOps[T]) interp.Kernel {
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		in := tensor.View[T](args[0])
		out := tensor.View[T](res[0])
		init := tensor.View[T](args[1])[0]
		for i := range out {
			out[i] = init
		}
		run := func(p reducePlan) {
			p.walk(func(inOff, outOff, n, is, os int64) {
				switch {
				case os == 0 && is == 1:
					out[outOff] = ops.fold(out[outOff], in[inOff:inOff+n])
				case os == 1 && is == 1:
					ops.vec(out[outOff:outOff+n], in[inOff:inOff+n])
				default:
					// A split plan's innermost row is never strided in the
					// input; keep a general path for safety.
					for j := int64(0); j < n; j++ {
						o := outOff + j*os
						out[o] = ops.fold(out[o], in[inOff+j*is:inOff+j*is+1])
					}
				}
			})
		}
		if len(plan.shape) == 1 && plan.outStr[0] == 0 && plan.shape[0] >= 2*reduceBlock {
			// A full reduction: fixed-size blocks fold in parallel, then the
			// block results fold in order. Every recognised op is associative
			// and the blocking does not depend on the parallelism, so the
			// result is the same on every machine.
			n := plan.shape[0]
			nb := (n + reduceBlock - 1) / reduceBlock
			part := make([]T, nb)
			parallelFor(parallelism(ctx, n*4), nb, func(lo, hi int64) {
				for b := lo; b < hi; b++ {
					x := in[plan.inOff+b*reduceBlock : plan.inOff+min((b+1)*reduceBlock, n)]
					part[b] = ops.fold(x[0], x[1:])
				}
			})
			out[plan.outOff] = ops.fold(out[plan.outOff], part)
			return nil
		}
		parts := plan.split(parallelism(ctx, int64(len(in))*4))
		if len(parts) == 1 {
			run(parts[0])
			return nil
		}
		parallelFor(len(parts), int64(len(parts)), func(lo, hi int64) {
			for i := lo; i < hi; i++ {
				run(parts[i])
			}
		})
		return nil
	}
}

// genericReduce handles variadic reduces, non-native element types and any
// body: per-output accumulators fold every input element in row-major order.
func genericReduce(plan reducePlan, n int, dts []tensor.DType, b *body) interp.Kernel {
	lds := make([]loadFn, n)
	sts := make([]storeFn, n)
	for i, d := range dts {
		lds[i] = loader(d)
		sts[i] = storer(b.resTypes[i])
	}
	initLd := make([]loadFn, n)
	for i := range initLd {
		initLd[i] = loader(b.resTypes[i])
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		outN := res[0].NumElements()
		acc := make([]sv, outN*int64(n))
		for i := 0; i < n; i++ {
			v := initLd[i](args[n+i].Data, 0)
			for o := int64(0); o < outN; o++ {
				acc[o*int64(n)+int64(i)] = v
			}
		}
		parts := plan.split(parallelism(ctx, args[0].NumElements()*32))
		errs := make([]error, len(parts))
		parallelFor(len(parts), int64(len(parts)), func(lo, hi int64) {
			for pi := lo; pi < hi; pi++ {
				st := b.newState()
				argv := make([]sv, 2*n)
				var err error
				parts[pi].walk(func(inOff, outOff, cnt, is, os int64) {
					if err != nil {
						return
					}
					for j := int64(0); j < cnt; j++ {
						o := (outOff + j*os) * int64(n)
						copy(argv[:n], acc[o:o+int64(n)])
						for i := 0; i < n; i++ {
							argv[n+i] = lds[i](args[i].Data, inOff+j*is)
						}
						if err = b.eval(ctx, st, argv, acc[o:o+int64(n)]); err != nil {
							return
						}
					}
				})
				errs[pi] = err
			}
		})
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		for i := 0; i < n; i++ {
			for o := int64(0); o < outN; o++ {
				sts[i](res[i].Data, o, acc[o*int64(n)+int64(i)])
			}
		}
		return nil
	}
}
