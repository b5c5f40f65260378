package fusion

import (
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/interp/elementwise"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// NativeMinElements is the smallest kernel compiled to machine code: below
// it, the fixed cost of a native call (pinning, the cgo transition: about
// half a microsecond) exceeds the work, and the portable loops run. Tests
// lower it to exercise the code generator on small arrays.
var NativeMinElements = 2048

// Target is the custom_call target of a fused kernel in the IR.
const Target = "hlovm.fused"

func init() {
	interp.RegisterCustomCall(Target, buildFused)
	interp.DeclareCustomCallReuse(Target, reuse)
}

// reuse lets each output of a fused kernel take the storage of an input it
// reads element-wise (same element count and storage size), as a donated
// parameter's update does: every executor reads element i of such an input
// only while computing element i, before storing it (the native loop loads
// all inputs before its stores; the portable executor reads tiles of aliased
// inputs from a copy). An operand that appears twice, once read otherwise
// (a broadcast), is never offered.
func reuse(op *stablehlo.Op) []interp.Reuse {
	cfg, ok := op.Attr("backend_config").(stablehlo.StringAttr)
	if !ok {
		return nil
	}
	k, err := Decode(cfg.Value)
	if err != nil || len(op.Operands) != len(k.Inputs) || len(op.Results) != len(k.Outputs) {
		return nil
	}
	var out []interp.Reuse
	for o, v := range k.Outputs {
		osz := k.ValueDType(v).StorageSize()
		for _, i := range inputsFrom(k, v) {
			if k.Inputs[i].Access != Elem || k.ValueDType(i).StorageSize() != osz || readOtherwise(op, k, i) {
				continue
			}
			out = append(out, interp.Reuse{Arg: i, Result: o})
		}
	}
	return out
}

// inputsFrom lists every input, those value v is computed from first, in
// the order a walk of v's operands (first operand first) meets them, so an
// update p - lr*g offers p before g and p's storage becomes the result's
// (a donated parameter keeps its address).
func inputsFrom(k *Kernel, v int) []int {
	nIn := len(k.Inputs)
	seen := make([]bool, nIn+len(k.Body))
	var order []int
	var walk func(v int)
	walk = func(v int) {
		if seen[v] {
			return
		}
		seen[v] = true
		if v < nIn {
			order = append(order, v)
			return
		}
		for _, a := range k.Body[v-nIn].Args {
			walk(a)
		}
	}
	walk(v)
	for i := range nIn {
		if !seen[i] {
			order = append(order, i)
		}
	}
	return order
}

// readOtherwise reports whether operand i's value is also another input of
// the kernel read other than element-wise.
func readOtherwise(op *stablehlo.Op, k *Kernel, i int) bool {
	for j, v := range op.Operands {
		if j != i && v == op.Operands[i] && k.Inputs[j].Access != Elem {
			return true
		}
	}
	return false
}

// tile is how many elements the portable executor evaluates at a time: the
// body's temporaries of one tile stay in the first-level cache.
const tile = 1024

// minParallel is the smallest space worth splitting across goroutines.
const minParallel = 1 << 15

// step computes one body instruction over a tile: dst and args hold the
// tile's elements of the values involved.
type step func(dst []byte, args [][]byte, lo int)

// Exec is a kernel prepared for the portable executor. Safe for concurrent
// use.
type Exec struct {
	k      *Kernel
	n      int
	nIn    int
	sizes  []int // storage size of every value
	steps  []step
	consts [][]byte // per body inst: a tile of the splat constant, else nil
	// gathers[i] reads broadcast input i into a tile (nil: not broadcast).
	gathers []func(dst, src []byte, lo, hi int)
	// outOf[v] is the output index value v is stored to, or -1.
	outOf   []int
	scratch sync.Pool
	// native is the kernel's machine code (nil: the portable loops run);
	// nativeErr says why there is none.
	native    *nativeKernel
	nativeErr error
	red       *reduceExec // the reduction (nil: none)
}

// reduceExec is how Exec folds the kernel's reduction.
type reduceExec struct {
	f            func(dst, a, b []byte) // tier 0's element loop of the op
	init         []byte
	sz           int
	slab, inner  int // reduced·inner elements feed one run of inner results
	outer, nOuts int
}

// reduceFunc is the element loop folding values of type d with op, or why
// there is none.
func reduceFunc(op string, d tensor.DType) (func(dst, a, b []byte), error) {
	if !reduceOK(op, d) {
		return nil, fmt.Errorf("no %s reduction of %v", op, d)
	}
	return elementwise.BinaryFunc(op, d)
}

// Native reports whether the kernel runs as machine code, or why not.
func (e *Exec) Native() (bool, error) { return e.native != nil, e.nativeErr }

// Prepare builds the portable executor of k.
func Prepare(k *Kernel) (*Exec, error) {
	if err := k.Check(); err != nil {
		return nil, err
	}
	e := &Exec{k: k, n: int(k.NumElements()), nIn: len(k.Inputs)}
	nv := len(k.Inputs) + len(k.Body)
	e.sizes = make([]int, nv)
	for v := range nv {
		e.sizes[v] = k.ValueDType(v).StorageSize()
	}
	e.gathers = make([]func(dst, src []byte, lo, hi int), len(k.Inputs))
	for i, in := range k.Inputs {
		if in.Access == Bcast {
			e.gathers[i] = gatherFor(in, e.sizes[i])
		}
	}
	e.steps = make([]step, len(k.Body))
	e.consts = make([][]byte, len(k.Body))
	for i := range k.Body {
		s, c, err := e.stepFor(i)
		if err != nil {
			return nil, fmt.Errorf("fusion: %%%d = %s: %v", e.nIn+i, k.Body[i].Op, err)
		}
		e.steps[i], e.consts[i] = s, c
	}
	e.outOf = make([]int, nv)
	for v := range e.outOf {
		e.outOf[v] = -1
	}
	for o, v := range k.Outputs {
		if e.outOf[v] < 0 {
			e.outOf[v] = o
		}
	}
	if r := k.Reduce; r != nil {
		f, err := reduceFunc(r.Op, k.ValueDType(r.Value))
		if err != nil {
			return nil, fmt.Errorf("fusion: reduction: %v", err)
		}
		init, _ := hex.DecodeString(r.Init) // checked by Check
		outer, red, inner := r.Split(k.Space)
		e.red = &reduceExec{f: f, init: init, sz: len(init), slab: int(red * inner), inner: int(inner),
			outer: int(outer), nOuts: int(outer * inner)}
	}
	e.scratch.New = func() any {
		b := make([][]byte, nv)
		for v := range nv {
			b[v] = tensor.AlignedBytes(tile * e.sizes[v])
		}
		return &b
	}
	return e, nil
}

func (e *Exec) stepFor(i int) (step, []byte, error) {
	in := e.k.Body[i]
	d := parseDType(in.DType)
	argType := func(j int) tensor.DType { return e.k.ValueDType(in.Args[j]) }
	need := func(n int) error {
		if len(in.Args) != n {
			return fmt.Errorf("%d arguments, want %d", len(in.Args), n)
		}
		return nil
	}
	switch in.Op {
	case "iota":
		sz := d.StorageSize()
		return func(dst []byte, _ [][]byte, lo int) {
			for j := 0; j*sz < len(dst); j++ {
				v := (int64(lo+j) / in.Stride) % in.Extent
				var bits uint64
				if d.IsFloat() {
					bits = tensor.FloatToBits(d, float64(v))
				} else {
					bits = uint64(v)
				}
				for b := 0; b < sz; b++ {
					dst[j*sz+b] = byte(bits >> (8 * b))
				}
			}
		}, nil, nil
	case "constant":
		b, err := hex.DecodeString(in.Bits)
		if err != nil || len(b) != d.StorageSize() {
			return nil, nil, fmt.Errorf("constant bits %q for %v", in.Bits, d)
		}
		t := tensor.AlignedBytes(tile * len(b))
		for j := 0; j < tile; j++ {
			copy(t[j*len(b):], b)
		}
		return nil, t, nil
	case "copy", "bitcast_convert":
		if err := need(1); err != nil {
			return nil, nil, err
		}
		if e.sizes[in.Args[0]] != d.StorageSize() {
			return nil, nil, fmt.Errorf("bitcast between sizes %d and %d", e.sizes[in.Args[0]], d.StorageSize())
		}
		return func(dst []byte, a [][]byte, _ int) { copy(dst, a[0]) }, nil, nil
	case "convert":
		if err := need(1); err != nil {
			return nil, nil, err
		}
		f, err := elementwise.ConvertFunc(argType(0), d)
		if err != nil {
			return nil, nil, err
		}
		return func(dst []byte, a [][]byte, _ int) { f(dst, a[0]) }, nil, nil
	case "compare":
		if err := need(2); err != nil {
			return nil, nil, err
		}
		f, err := elementwise.CompareFunc(in.Dir, in.CmpType, argType(0))
		if err != nil {
			return nil, nil, err
		}
		return func(dst []byte, a [][]byte, _ int) { f(dst, a[0], a[1]) }, nil, nil
	case "select":
		if err := need(3); err != nil {
			return nil, nil, err
		}
		f := elementwise.SelectFunc(d)
		return func(dst []byte, a [][]byte, _ int) { f(dst, a[0], a[1], a[2]) }, nil, nil
	case "clamp":
		if err := need(3); err != nil {
			return nil, nil, err
		}
		f, err := elementwise.ClampFunc(d)
		if err != nil {
			return nil, nil, err
		}
		return func(dst []byte, a [][]byte, _ int) { f(dst, a[0], a[1], a[2]) }, nil, nil
	case "fma":
		if err := need(3); err != nil {
			return nil, nil, err
		}
		f, err := elementwise.FMAFunc(d)
		if err != nil {
			return nil, nil, err
		}
		return func(dst []byte, a [][]byte, _ int) { f(dst, a[0], a[1], a[2]) }, nil, nil
	}
	switch len(in.Args) {
	case 1:
		f, err := elementwise.UnaryFunc(in.Op, d)
		if err != nil {
			return nil, nil, err
		}
		return func(dst []byte, a [][]byte, _ int) { f(dst, a[0]) }, nil, nil
	case 2:
		f, err := elementwise.BinaryFunc(in.Op, d)
		if err != nil {
			return nil, nil, err
		}
		return func(dst []byte, a [][]byte, _ int) { f(dst, a[0], a[1]) }, nil, nil
	}
	return nil, nil, fmt.Errorf("no element loop for %d arguments", len(in.Args))
}

// gatherFor reads elements [lo,hi) of a broadcast view into dst.
func gatherFor(in Input, sz int) func(dst, src []byte, lo, hi int) {
	rank := len(in.View)
	// stride[d] is how far the source index moves when view dimension d
	// moves by one (0 where the source does not vary along d).
	stride := make([]int, rank)
	s := 1
	for j := len(in.Shape) - 1; j >= 0; j-- {
		if in.Shape[j] != 1 {
			stride[in.Dims[j]] = s
		}
		s *= int(in.Shape[j])
	}
	view := make([]int, rank)
	for d, v := range in.View {
		view[d] = int(v)
	}
	return func(dst, src []byte, lo, hi int) {
		var idxBuf [8]int
		idx := idxBuf[:0]
		if rank > len(idxBuf) {
			idx = make([]int, 0, rank)
		}
		idx = idx[:rank]
		rem, off := lo, 0
		for d := rank - 1; d >= 0; d-- {
			idx[d] = rem % view[d]
			rem /= view[d]
			off += idx[d] * stride[d]
		}
		for i := 0; i < hi-lo; i++ {
			copyElem(dst[i*sz:], src[off*sz:], sz)
			for d := rank - 1; d >= 0; d-- {
				idx[d]++
				off += stride[d]
				if idx[d] < view[d] {
					break
				}
				off -= idx[d] * stride[d]
				idx[d] = 0
			}
		}
	}
}

func copyElem(dst, src []byte, sz int) {
	switch sz {
	case 1:
		dst[0] = src[0]
	case 2:
		dst[0], dst[1] = src[0], src[1]
	case 4:
		copy(dst[:4], src[:4])
	case 8:
		copy(dst[:8], src[:8])
	default:
		copy(dst[:sz], src[:sz])
	}
}

// Run evaluates the kernel: args are the inputs' buffers, outs the outputs'.
func (e *Exec) Run(ctx *interp.Ctx, args, outs []*tensor.Buffer) (err error) {
	if len(args) != e.nIn || len(outs) != e.k.NumResults() {
		return fmt.Errorf("fusion: kernel takes %d inputs and %d outputs, got %d and %d", e.nIn, e.k.NumResults(), len(args), len(outs))
	}
	for i, a := range args {
		want := int(tensor.NumElements(e.k.Inputs[i].Shape)) * e.sizes[i]
		if len(a.Data) != want {
			return fmt.Errorf("fusion: input %d holds %d bytes, want %d", i, len(a.Data), want)
		}
	}
	for o, b := range outs[:len(e.k.Outputs)] {
		if len(b.Data) != e.n*e.sizes[e.k.Outputs[o]] {
			return fmt.Errorf("fusion: output %d holds %d bytes, want %d", o, len(b.Data), e.n*e.sizes[e.k.Outputs[o]])
		}
	}
	if r := e.red; r != nil {
		acc := outs[len(outs)-1].Data
		if len(acc) != r.nOuts*r.sz {
			return fmt.Errorf("fusion: reduction result holds %d bytes, want %d", len(acc), r.nOuts*r.sz)
		}
		for j := 0; j < len(acc); j += r.sz {
			copy(acc[j:j+r.sz], r.init)
		}
	}
	if e.native != nil {
		e.runNative(ctx, args, outs)
		return nil
	}
	alias := e.aliased(args, outs)
	p := 1
	if ctx != nil && ctx.Parallelism > 1 && e.n >= minParallel {
		p = min(ctx.Parallelism, e.n/(minParallel/2))
	}
	// Work splits at multiples of unit elements: tiles, or with a
	// reduction whole slabs, so that each result element is folded by one
	// goroutine (in element order).
	unit := tile
	if r := e.red; r != nil {
		unit = r.slab
		p = min(p, r.outer)
	}
	if p <= 1 {
		e.runRange(args, outs, alias, 0, e.n)
		return nil
	}
	units := (e.n + unit - 1) / unit
	per := (units + p - 1) / p
	var wg sync.WaitGroup
	errs := make([]error, p)
	for w := 1; w < p; w++ {
		lo, hi := w*per*unit, min((w+1)*per*unit, e.n)
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(w, lo, hi int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					errs[w] = fmt.Errorf("fusion: kernel panicked: %v", r)
				}
			}()
			e.runRange(args, outs, alias, lo, hi)
		}(w, lo, hi)
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				errs[0] = fmt.Errorf("fusion: kernel panicked: %v", r)
			}
		}()
		e.runRange(args, outs, alias, 0, min(per*unit, e.n))
	}()
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// aliased marks the element-wise inputs whose storage overlaps an output's
// (the VM gave an output a dying input's storage); nil when none does.
func (e *Exec) aliased(args, outs []*tensor.Buffer) []bool {
	var alias []bool
	for i, a := range args {
		if e.k.Inputs[i].Access != Elem || len(a.Data) == 0 {
			continue
		}
		for _, o := range outs {
			if len(o.Data) > 0 && overlaps(a.Data, o.Data) {
				if alias == nil {
					alias = make([]bool, len(args))
				}
				alias[i] = true
				break
			}
		}
	}
	return alias
}

func overlaps(a, b []byte) bool {
	alo, blo := uintptr(unsafe.Pointer(&a[0])), uintptr(unsafe.Pointer(&b[0]))
	return alo < blo+uintptr(len(b)) && blo < alo+uintptr(len(a))
}

// runRange evaluates elements [lo,hi) tile by tile. An aliased input's tile
// is copied first: a body step may store an output's tile over it before a
// later step reads it.
func (e *Exec) runRange(args, outs []*tensor.Buffer, alias []bool, lo, hi int) {
	bufp := e.scratch.Get().(*[][]byte)
	defer e.scratch.Put(bufp)
	buf := *bufp
	vals := make([][]byte, len(buf))
	var argv [4][]byte
	for s := lo; s < hi; s += tile {
		t := min(s+tile, hi)
		k := t - s
		for i, in := range e.k.Inputs {
			sz := e.sizes[i]
			switch in.Access {
			case Elem:
				vals[i] = args[i].Data[s*sz : t*sz]
				if alias != nil && alias[i] {
					b := buf[i][:k*sz]
					copy(b, vals[i])
					vals[i] = b
				}
			case Scalar:
				b := buf[i][:k*sz]
				if s == lo || k != tile {
					for j := 0; j < k; j++ {
						copyElem(b[j*sz:], args[i].Data, sz)
					}
				}
				vals[i] = b
			case Bcast:
				b := buf[i][:k*sz]
				e.gathers[i](b, args[i].Data, s, t)
				vals[i] = b
			}
		}
		for j, in := range e.k.Body {
			v := e.nIn + j
			sz := e.sizes[v]
			if c := e.consts[j]; c != nil {
				vals[v] = c[:k*sz]
				continue
			}
			dst := buf[v][:k*sz]
			if o := e.outOf[v]; o >= 0 {
				dst = outs[o].Data[s*sz : t*sz]
			}
			a := argv[:0]
			for _, x := range in.Args {
				a = append(a, vals[x])
			}
			e.steps[j](dst, a, s)
			vals[v] = dst
		}
		// Outputs that are inputs, constants or repeated values.
		for o, v := range e.k.Outputs {
			sz := e.sizes[v]
			dst := outs[o].Data[s*sz : t*sz]
			if v < e.nIn || e.consts[v-e.nIn] != nil || e.outOf[v] != o {
				copy(dst, vals[v])
			}
		}
		if e.red != nil {
			e.red.fold(outs[len(outs)-1].Data, vals[e.k.Reduce.Value], s, t)
		}
	}
}

// fold folds elements [s, t) of the reduced value (x holds them) into their
// results in acc, in element order.
func (r *reduceExec) fold(acc, x []byte, s, t int) {
	sz := r.sz
	for i := s; i < t; {
		o := (i/r.slab)*r.inner + i%r.inner
		if r.inner == 1 {
			// A run of the slab folds into one result, element by element.
			end := min(t, (i/r.slab+1)*r.slab)
			a := acc[o*sz : (o+1)*sz]
			for j := i - s; j < end-s; j++ {
				r.f(a, a, x[j*sz:(j+1)*sz])
			}
			i = end
			continue
		}
		// A run along the kept inner dimensions folds into as many
		// consecutive results at once.
		end := min(t, i-i%r.inner+r.inner)
		a := acc[o*sz : (o+end-i)*sz]
		r.f(a, a, x[(i-s)*sz:(end-s)*sz])
		i = end
	}
}

// buildFused is the interp builder of custom_call @hlovm.fused.
func buildFused(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	cfg, ok := op.Attr("backend_config").(stablehlo.StringAttr)
	if !ok {
		return nil, fmt.Errorf("%s: backend_config must hold the kernel IR", Target)
	}
	k, err := Decode(cfg.Value)
	if err != nil {
		return nil, err
	}
	if len(op.Operands) != len(k.Inputs) || len(op.Results) != k.NumResults() {
		return nil, fmt.Errorf("%s: %d operands and %d results for a kernel of %d inputs and %d outputs",
			Target, len(op.Operands), len(op.Results), len(k.Inputs), k.NumResults())
	}
	for i, v := range op.Operands {
		if got := stablehlo.ElementDType(v.Type); got.String() != k.Inputs[i].DType {
			return nil, fmt.Errorf("%s: operand %d is %v, the kernel reads %s", Target, i, got, k.Inputs[i].DType)
		}
	}
	for i, v := range op.Results {
		w := k.Reduce.valueOr(k.Outputs, i)
		if got := stablehlo.ElementDType(v.Type); got != k.ValueDType(w) {
			return nil, fmt.Errorf("%s: result %d is %v, the kernel writes %v", Target, i, got, k.ValueDType(w))
		}
	}
	e, err := Prepare(k)
	if err != nil {
		return nil, err
	}
	var devReason string
	if d := CurrentDevice(); d != nil && k.Reduce != nil {
		// Device runtimes predate reductions: the kernel stays on the CPU.
		deviceDeclined.Add(1)
		devReason = d.Name() + ": a kernel with a reduction runs on the CPU"
	} else if d != nil {
		dk, err := d.Prepare(k)
		if err == nil {
			deviceKernels.Add(1)
			place(k.Hash(), Placement{Where: d.Name()})
			return dk.Run, nil
		}
		deviceDeclined.Add(1)
		devReason = d.Name() + ": " + err.Error()
	}
	if e.n >= NativeMinElements {
		e.native, e.nativeErr = compileNative(k)
	} else {
		e.nativeErr = fmt.Errorf("%d elements: below the native tier's %d (a call costs more than it saves)", e.n, NativeMinElements)
	}
	if e.native != nil {
		nativeKernels.Add(1)
		place(k.Hash(), Placement{Where: "native", Reason: devReason})
	} else {
		portableKernels.Add(1)
		place(k.Hash(), Placement{Where: "portable", Reason: devReason})
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error { return e.Run(ctx, args, results) }, nil
}

var nativeKernels, portableKernels atomic.Int64

// Counts reports how many fused kernels were built as machine code and how
// many run on the portable executor (no JIT, or an op the emitter lacks).
func Counts() (native, portable int64) { return nativeKernels.Load(), portableKernels.Load() }

// valueOr is the value result i stores: output i, or the reduced value for
// the result after the outputs.
func (r *Reduction) valueOr(outputs []int, i int) int {
	if i < len(outputs) || r == nil {
		return outputs[i]
	}
	return r.Value
}

// opName strips the dialect prefix.
func opName(s string) string { return strings.TrimPrefix(s, "stablehlo.") }
