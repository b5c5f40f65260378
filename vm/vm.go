package vm

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Options tune one run.
type Options struct {
	// Parallelism is how many goroutines a kernel may use (0: GOMAXPROCS).
	Parallelism int
	// Profile records the time spent in every instruction (Stats.Profile).
	Profile bool
	// NoReuse turns off the per-run pool of released buffers, so every
	// result is a fresh allocation.
	NoReuse bool
	// Donated[i] gives argument i to the run (PJRT's donated buffers): the VM
	// may write results over it or reuse its storage once the program no
	// longer needs it, so the caller must not use it afterwards. Donated
	// inputs count as live memory.
	Donated []bool
}

// Stats describes one run.
type Stats struct {
	// PeakBytes is the most bytes of VM-allocated buffers (kernel results:
	// intermediates and outputs) and donated inputs alive at once. Other
	// inputs and constants are not included; they are counted in InputBytes
	// and ConstBytes.
	PeakBytes  int64
	InputBytes int64
	ConstBytes int64
	// OutputBytes is the size of the returned buffers.
	OutputBytes int64
	// Allocs counts result buffers allocated fresh, Reused those taken from
	// the pool of released buffers, InPlace results written over a dying
	// argument.
	Allocs, Reused, InPlace int64
	// Instructions counts instructions executed (kernel regions aside).
	Instructions int64
	// PooledBytes is what the run's pool of released buffers holds at the end
	// (kept for the next run of a Machine; not live data).
	PooledBytes int64
	// Profile, when Options.Profile, lists per-instruction times, slowest first.
	Profile []ProfileEntry
}

// ProfileEntry is the time one instruction took over a run.
type ProfileEntry struct {
	Func  string
	PC    int
	Op    string // opcode, or the op name of a KERNEL
	Loc   string
	Count int64
	Time  time.Duration
}

// Error is a runtime error: the op, its source location, and where in the
// program it ran. Within lists the enclosing ops, innermost first, that the
// error passed through (a while, a call, a reduce whose body failed).
type Error struct {
	Op     string
	Loc    string
	Func   string
	PC     int
	Err    error
	Within []string
}

func (e *Error) Error() string {
	s := fmt.Sprintf("%s at %s: %v", e.Op, e.Loc, e.Err)
	if len(e.Within) > 0 {
		s += " (in " + strings.Join(e.Within, ", in ") + ")"
	}
	return s
}
func (e *Error) Unwrap() error { return e.Err }

// Run runs the program's main function on args. Inputs are never modified; the
// results are new buffers the caller owns.
func Run(ctx context.Context, p *bytecode.Program, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	out, _, err := RunWithOptions(ctx, p, args, Options{})
	return out, err
}

// RunWithStats is Run that also reports Stats.
func RunWithStats(ctx context.Context, p *bytecode.Program, args []*tensor.Buffer) ([]*tensor.Buffer, *Stats, error) {
	return RunWithOptions(ctx, p, args, Options{})
}

// RunWithOptions is Run with options, reporting Stats.
func RunWithOptions(ctx context.Context, p *bytecode.Program, args []*tensor.Buffer, opts Options) ([]*tensor.Buffer, *Stats, error) {
	if p == nil || len(p.Funcs) == 0 {
		return nil, nil, errors.New("vm: empty program")
	}
	return NewMachine(p, opts).Run(ctx, args)
}

// Machine runs one Program again and again (a training loop), keeping its
// pool of released buffers, frame stack and scratch space from one run to the
// next, so a steady-state step allocates little. A Machine is not safe for
// concurrent use: give each goroutine its own (they may share the Program).
type Machine struct {
	p    *bytecode.Program
	opts Options
	r    *run
	// Wrappers of the static (not donated) arguments, reused by every run:
	// static values are never released into the run's free list.
	inRB  []rbuf
	inPtr []*rbuf
}

// NewMachine makes a Machine for p.
func NewMachine(p *bytecode.Program, opts Options) *Machine {
	if p != nil {
		p.BindRunner(RunRegion) // kernel regions of p run here
	}
	return &Machine{p: p, opts: opts}
}

// Run runs the program's main function on args, as RunWithOptions does.
func (m *Machine) Run(ctx context.Context, args []*tensor.Buffer) (out []*tensor.Buffer, st *Stats, err error) {
	p := m.p
	if p == nil || len(p.Funcs) == 0 {
		return nil, nil, errors.New("vm: empty program")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	main := p.Entry()
	if err := checkArgs(main, args); err != nil {
		return nil, nil, err
	}
	if m.r == nil {
		m.r = newRun(p, ctx, m.opts.Parallelism)
		m.r.pooling = !m.opts.NoReuse
	}
	r := m.r
	r.ctx, r.done = ctx, ctx.Done()
	r.live, r.peak = 0, 0
	st = &Stats{}
	r.stats = st
	r.prof = nil
	if m.opts.Profile {
		r.prof = make([][]profCell, len(p.Funcs))
	}
	for _, c := range p.Consts {
		st.ConstBytes += int64(len(c.Data))
	}
	if cap(m.inRB) < len(args) {
		m.inRB, m.inPtr = make([]rbuf, len(args)), make([]*rbuf, len(args))
	}
	in := m.inPtr[:len(args)]
	defer func() { // keep no caller's buffer alive past the run
		clear(m.inRB[:len(args)])
		clear(in)
	}()
	for i, a := range args {
		m.inRB[i] = rbuf{b: a, static: true}
		in[i] = &m.inRB[i]
		if a == nil {
			continue
		}
		st.InputBytes += int64(len(a.Data))
		if i < len(m.opts.Donated) && m.opts.Donated[i] && len(a.Data) > 0 && !sharesStorage(args, i) {
			// Owned from now on, like a kernel result. A buffer that is also
			// passed as another argument is not donated: that one still reads it.
			in[i] = &rbuf{b: a, refs: 1, owned: true}
			r.live += int64(len(a.Data))
		}
	}
	r.peak = r.live
	defer func() {
		if rec := recover(); rec != nil {
			m.r = nil // its state is no longer trustworthy
			out, err = nil, fmt.Errorf("vm: internal error: %v\n%s", rec, debug.Stack())
		}
	}()
	res, err := r.call(p.Main, in)
	if err != nil {
		return nil, st, err
	}
	out = make([]*tensor.Buffer, len(res))
	// given reports whether an earlier result handed rb over already (a
	// linear scan: results are few, and a map per run would be garbage).
	given := func(i int, rb *rbuf) bool {
		for _, e := range res[:i] {
			if e == rb {
				return true
			}
		}
		return false
	}
	for i, rb := range res {
		switch {
		case rb.tup != nil:
			return nil, st, fmt.Errorf("vm: result %d is a tuple; tuple results are not supported", i)
		case rb.b == nil:
			out[i] = nil // a token
		case rb.owned && !given(i, rb):
			// Handed to the caller: never released, so never pooled again.
			out[i] = handOut(rb.b)
		default: // a constant, an input, or a value returned twice
			out[i] = rb.b.Clone()
		}
		if out[i] != nil {
			st.OutputBytes += int64(len(out[i].Data))
		}
	}
	st.PeakBytes = r.peak
	st.PooledBytes = r.poolN
	if r.prof != nil {
		st.Profile = r.profile()
	}
	return out, st, nil
}

// outHeader is a result's header with room for its shape: one allocation
// per result handed out instead of two (an eager op's run is a few of them).
type outHeader struct {
	b    tensor.Buffer
	dims [4]int64
}

// handOut is a header of its own (shape included) for b's storage.
func handOut(b *tensor.Buffer) *tensor.Buffer {
	if len(b.Shape) > len(outHeader{}.dims) {
		return &tensor.Buffer{DType: b.DType, Shape: append([]int64{}, b.Shape...), Data: b.Data}
	}
	h := &outHeader{}
	n := copy(h.dims[:], b.Shape)
	h.b = tensor.Buffer{DType: b.DType, Shape: h.dims[:n:n], Data: b.Data}
	return &h.b
}

// sharesStorage reports whether another argument's data overlaps args[i]'s.
func sharesStorage(args []*tensor.Buffer, i int) bool {
	b := args[i].Data
	lo := uintptr(unsafe.Pointer(&b[0]))
	hi := lo + uintptr(len(b))
	for j, x := range args {
		if j == i || x == nil || len(x.Data) == 0 {
			continue
		}
		xlo := uintptr(unsafe.Pointer(&x.Data[0]))
		if xlo < hi && lo < xlo+uintptr(len(x.Data)) {
			return true
		}
	}
	return false
}

func checkArgs(f *bytecode.Func, args []*tensor.Buffer) error {
	if len(args) != f.NumArgs {
		return fmt.Errorf("vm: %s takes %d arguments, got %d", f.Name, f.NumArgs, len(args))
	}
	for i, a := range args {
		t := f.Params[i]
		if _, tok := t.(stablehlo.TokenType); tok {
			continue
		}
		tt, ok := t.(*stablehlo.TensorType)
		if !ok {
			return fmt.Errorf("vm: %s argument %d has type %v, which the VM cannot take as input", f.Name, i, t)
		}
		if a == nil {
			return fmt.Errorf("vm: %s argument %d is nil, want %v", f.Name, i, t)
		}
		d := stablehlo.ElementDType(tt)
		if a.DType != d || !sameShape(a.Shape, tt.Shape) {
			return fmt.Errorf("vm: %s argument %d is %v, want %v", f.Name, i, a, t)
		}
		if n := tensor.NumElements(a.Shape); n < 0 || int64(len(a.Data)) != n*int64(d.StorageSize()) {
			return fmt.Errorf("vm: %s argument %d holds %d bytes, %v needs %d", f.Name, i, len(a.Data), t, n*int64(d.StorageSize()))
		}
	}
	return nil
}

func sameShape(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// rbuf is a reference-counted value in a register: a buffer, a tuple, or a
// token (both nil). static values (constants, inputs, tokens) are never
// counted, freed or written.
type rbuf struct {
	b      *tensor.Buffer
	hdr    tensor.Buffer // b points here for buffers this run allocates
	tup    []*rbuf
	refs   int32
	static bool
	owned  bool // allocated by this run: counted in live bytes, reusable
}

var token = &rbuf{static: true}

type profCell struct {
	count int64
	dur   time.Duration
}

// run is the state of one execution (one goroutine).
type run struct {
	p       *bytecode.Program
	ctx     context.Context
	done    <-chan struct{}
	ictx    interp.Ctx
	stats   *Stats
	consts  []*rbuf
	live    int64
	peak    int64
	pooling bool
	pool    map[int64][][]byte
	small   [smallWords + 1][][]byte // pool for buffers of up to smallWords words
	poolN   int64
	stack   []*rbuf
	args    []*tensor.Buffer
	res     []*tensor.Buffer
	outs    []*rbuf
	ret     []*rbuf // RETURN's values, consumed by the caller at once
	inRB    []rbuf  // RunRegion's argument wrappers, reused
	inPtr   []*rbuf
	poolCap int64
	prof    [][]profCell
	free    []*rbuf
}

func newRun(p *bytecode.Program, ctx context.Context, par int) *run {
	if par <= 0 {
		par = runtime.GOMAXPROCS(0)
	}
	return &run{p: p, ctx: ctx, done: ctx.Done(), ictx: interp.Ctx{Parallelism: par}, consts: make([]*rbuf, len(p.Consts)), poolCap: maxPoolBytes}
}

const (
	maxPoolBytes = 1 << 30
	smallWords   = 64
)

func (r *run) alloc(n int64) ([]byte, bool) {
	if n <= smallWords*8 && n%8 == 0 {
		if l := r.small[n/8]; len(l) > 0 {
			d := l[len(l)-1]
			r.small[n/8] = l[:len(l)-1]
			r.poolN -= n
			return d, true
		}
	} else if r.pool != nil {
		if l := r.pool[n]; len(l) > 0 {
			d := l[len(l)-1]
			r.pool[n] = l[:len(l)-1]
			r.poolN -= n
			return d, true
		}
	}
	return tensor.AlignedBytes(int(n)), false
}

func (r *run) newBuf(al *bytecode.Alloc) *rbuf {
	data, reused := r.alloc(al.Bytes)
	if r.stats != nil {
		if reused {
			r.stats.Reused++
		} else {
			r.stats.Allocs++
		}
	}
	r.live += al.Bytes
	if r.live > r.peak {
		r.peak = r.live
	}
	var rb *rbuf
	if k := len(r.free); k > 0 {
		rb = r.free[k-1]
		r.free = r.free[:k-1]
	} else {
		rb = &rbuf{}
	}
	*rb = rbuf{hdr: tensor.Buffer{DType: al.DType, Shape: al.Shape, Data: data}, refs: 1, owned: true}
	rb.b = &rb.hdr
	return rb
}

func retain(rb *rbuf) *rbuf {
	if !rb.static {
		rb.refs++
	}
	return rb
}

func (r *run) release(rb *rbuf) {
	if rb == nil || rb.static {
		return
	}
	rb.refs--
	if rb.refs > 0 {
		return
	}
	for _, e := range rb.tup {
		r.release(e)
	}
	if rb.owned {
		n := int64(len(rb.b.Data))
		r.live -= n
		if r.pooling && n > 0 && r.poolN+n <= r.poolCap {
			if n <= smallWords*8 && n%8 == 0 {
				r.small[n/8] = append(r.small[n/8], rb.b.Data)
				r.poolN += n
			} else {
				if r.pool == nil {
					r.pool = map[int64][][]byte{}
				}
				r.pool[n] = append(r.pool[n], rb.b.Data)
				r.poolN += n
			}
		}
	}
	*rb = rbuf{}
	r.free = append(r.free, rb)
}

func (r *run) errAt(f *bytecode.Func, pc int, err error) error {
	in := &f.Code[pc]
	var ve *Error
	if errors.As(err, &ve) {
		// It already names the innermost op; record the one around it.
		if in.Op != bytecode.ENTER && len(ve.Within) < 32 {
			ve.Within = append(ve.Within, in.Name+" at "+in.Loc)
		}
		return err
	}
	return &Error{Op: in.Name, Loc: in.Loc, Func: f.Name, PC: pc, Err: err}
}

// call runs Func fi. Each element of args carries one reference, which the
// callee now owns. The results carry one reference each, owned by the caller.
func (r *run) call(fi int32, args []*rbuf) ([]*rbuf, error) {
	f := r.p.Funcs[fi]
	if h := r.p.Hot(); h != nil && !f.Claimed.Load() && f.Entries.Load()+1 >= h.At {
		h.Fn(fi)
	}
	if pr := f.Promoted.Load(); pr != nil {
		return r.callPromoted(f, pr, args)
	}
	base := len(r.stack)
	for i := 0; i < f.NumRegs; i++ {
		r.stack = append(r.stack, nil)
	}
	regs := r.stack[base : base+f.NumRegs : base+f.NumRegs]
	copy(regs, args)
	res, err := r.exec(f, fi, regs)
	if err != nil {
		for i, v := range regs {
			if v != nil {
				r.release(v)
				regs[i] = nil
			}
		}
	}
	clear(r.stack[base:])
	r.stack = r.stack[:base]
	return res, err
}

// callPromoted runs a Func's higher-tier replacement: the arguments' buffers
// go in, the results come back as fresh VM values (counted as live).
func (r *run) callPromoted(f *bytecode.Func, pr *bytecode.Promotion, args []*rbuf) ([]*rbuf, error) {
	f.Entries.Add(1)
	bufs := make([]*tensor.Buffer, len(args))
	for i, a := range args {
		if a.tup != nil {
			for _, x := range args {
				r.release(x)
			}
			return nil, &Error{Op: "tier " + pr.Name, Loc: f.Loc, Func: f.Name, Err: errors.New("tuple arguments cannot go to a promoted region")}
		}
		bufs[i] = a.b
	}
	// Arguments this call holds the only reference to are donated to an
	// Impl that takes them (loop state, passed through or updated in
	// place, is then not copied every iteration).
	var donated []bool
	dimpl, canDonate := pr.Impl.(bytecode.DonatingImpl)
	if canDonate {
		donated = make([]bool, len(args))
		for i, a := range args {
			donated[i] = a.owned && a.refs == 1 && a.b != nil && len(a.b.Data) > 0
		}
	}
	var out []*tensor.Buffer
	var err error
	if canDonate {
		var peak int64
		out, peak, err = callDonating(dimpl, &r.ictx, bufs, donated)
		if peak >= 0 {
			// While it ran, this run held what it holds now less what it
			// donated (the callee counts that), plus the callee's own peak.
			held := r.live
			for i, a := range args {
				if donated[i] {
					held -= int64(len(a.b.Data))
				}
			}
			r.peak = max(r.peak, held+peak)
		}
	} else {
		out, err = callImpl(pr.Impl, &r.ictx, bufs)
	}
	for i, a := range args {
		if donated != nil && donated[i] {
			// The callee owns the storage now: forget it without pooling.
			r.live -= int64(len(a.b.Data))
			*a = rbuf{}
			r.free = append(r.free, a)
			continue
		}
		r.release(a)
	}
	if err == nil && len(out) != len(f.Results) {
		err = fmt.Errorf("returned %d values, the region has %d results", len(out), len(f.Results))
	}
	if err != nil {
		return nil, &Error{Op: "tier " + pr.Name, Loc: f.Loc, Func: f.Name, Err: err}
	}
	res := r.ret[:0]
	for i, b := range out {
		if _, tok := f.Results[i].(stablehlo.TokenType); tok && b == nil {
			res = append(res, token) // tokens carry no data
			continue
		}
		if tt, ok := f.Results[i].(*stablehlo.TensorType); !ok || b == nil || b.DType != stablehlo.ElementDType(tt) || !sameShape(b.Shape, tt.Shape) {
			for _, x := range res {
				r.release(x)
			}
			return nil, &Error{Op: "tier " + pr.Name, Loc: f.Loc, Func: f.Name, Err: fmt.Errorf("result %d is %v, want %v", i, b, f.Results[i])}
		}
		for _, prev := range out[:i] {
			if prev != nil && len(prev.Data) > 0 && len(b.Data) > 0 && &prev.Data[0] == &b.Data[0] {
				b = b.Clone() // the same buffer twice: each result owns its own
				break
			}
		}
		n := int64(len(b.Data))
		r.live += n
		if r.live > r.peak {
			r.peak = r.live
		}
		rb := &rbuf{b: b, refs: 1, owned: true}
		res = append(res, rb)
	}
	r.ret = res
	return res, nil
}

// callDonating runs impl, with the peak bytes of its run when it reports
// them (bytecode.MeasuredImpl), else -1.
func callDonating(impl bytecode.DonatingImpl, ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) (out []*tensor.Buffer, peak int64, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			out, peak, err = nil, -1, fmt.Errorf("promoted implementation panicked: %v", rec)
		}
	}()
	if m, ok := impl.(bytecode.MeasuredImpl); ok {
		return m.RunMeasured(ctx, args, donated)
	}
	out, err = impl.RunDonated(ctx, args, donated)
	return out, -1, err
}

// SetDonated sets, for the next runs, which arguments are donated (see
// Options.Donated).
func (m *Machine) SetDonated(donated []bool) { m.opts.Donated = donated }

func callImpl(impl bytecode.Impl, ctx *interp.Ctx, args []*tensor.Buffer) (out []*tensor.Buffer, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("promoted implementation panicked: %v", rec)
		}
	}()
	return impl.Run(ctx, args)
}

// exec is the dispatch loop: a switch on the opcode, nothing else.
func (r *run) exec(f *bytecode.Func, fi int32, regs []*rbuf) ([]*rbuf, error) {
	code := f.Code
	var prof []profCell
	if r.prof != nil {
		if r.prof[fi] == nil {
			r.prof[fi] = make([]profCell, len(code))
		}
		prof = r.prof[fi]
	}
	var t0 time.Time
	for pc := range code {
		in := &code[pc]
		if prof != nil {
			t0 = time.Now()
		}
		if r.stats != nil {
			r.stats.Instructions++
		}
		switch in.Op {
		case bytecode.ENTER:
			f.Entries.Add(1)
			select {
			case <-r.done:
				return nil, r.errAt(f, pc, r.ctx.Err())
			default:
			}
		case bytecode.CONST:
			c := r.consts[in.Aux]
			if c == nil {
				c = &rbuf{b: r.p.Consts[in.Aux], static: true}
				r.consts[in.Aux] = c
			}
			regs[in.Results[0]] = c
		case bytecode.KERNEL:
			if err := r.kernel(in, regs); err != nil {
				return nil, r.errAt(f, pc, err)
			}
		case bytecode.CALL:
			cargs := make([]*rbuf, len(in.Args))
			r.passArgs(in, regs, cargs, 0, len(in.Args))
			res, err := r.call(in.Subs[0], cargs)
			if err != nil {
				return nil, r.errAt(f, pc, err)
			}
			for i, d := range in.Results {
				regs[d] = res[i]
			}
		case bytecode.WHILE:
			if err := r.while(in, regs); err != nil {
				return nil, r.errAt(f, pc, err)
			}
		case bytecode.CASE, bytecode.IF:
			sel := regs[in.Args[0]].b
			b := len(in.Subs) - 1
			if in.Op == bytecode.IF {
				if sel.Data[0] == 0 {
					b = 1
				} else {
					b = 0
				}
			} else if i := tensor.View[int32](sel)[0]; i >= 0 && int(i) < len(in.Subs) {
				b = int(i)
			}
			off := 1
			for k := 0; k < b; k++ {
				off += int(in.Split[k])
			}
			n := int(in.Split[b])
			cargs := make([]*rbuf, n)
			for k := 0; k < n; k++ {
				cargs[k] = retain(regs[in.Args[off+k]])
			}
			res, err := r.call(in.Subs[b], cargs)
			if err != nil {
				return nil, r.errAt(f, pc, err)
			}
			for i, d := range in.Results {
				regs[d] = res[i]
			}
		case bytecode.RETURN:
			// The caller consumes the results before it makes another call,
			// so one scratch slice per run serves every frame.
			res := r.ret[:0]
			for range in.Args {
				res = append(res, nil)
			}
			r.ret = res
			for i, a := range in.Args {
				res[i] = regs[a]
			}
			// Each returned register hands over its reference once; a register
			// returned twice adds one.
			for i, a := range in.Args {
				if regs[a] == nil {
					retain(res[i])
				}
				regs[a] = nil
			}
			for i, v := range regs {
				if v != nil { // nothing should be left; release defensively
					r.release(v)
					regs[i] = nil
				}
			}
			if prof != nil {
				prof[pc].count++
				prof[pc].dur += time.Since(t0)
			}
			return res, nil
		case bytecode.MOVE:
			for i, a := range in.Args {
				regs[in.Results[i]] = retain(regs[a])
			}
		case bytecode.TUPLE:
			t := &rbuf{refs: 1, tup: make([]*rbuf, len(in.Args))}
			for i, a := range in.Args {
				t.tup[i] = retain(regs[a])
			}
			regs[in.Results[0]] = t
		case bytecode.GET_TUPLE_ELEMENT:
			regs[in.Results[0]] = retain(regs[in.Args[0]].tup[in.Aux])
		case bytecode.TOKEN:
			regs[in.Results[0]] = token
		case bytecode.FAIL:
			return nil, r.errAt(f, pc, in.Err)
		case bytecode.NOP:
		default:
			return nil, r.errAt(f, pc, fmt.Errorf("vm: bad opcode %d", in.Op))
		}
		for _, d := range in.Dies {
			if v := regs[d]; v != nil {
				r.release(v)
				regs[d] = nil
			}
		}
		if prof != nil {
			prof[pc].count++
			prof[pc].dur += time.Since(t0)
		}
	}
	return nil, r.errAt(f, len(code)-1, errors.New("vm: fell off the end of a function"))
}

// passArgs fills dst with references to in.Args[lo:hi]: a moved argument's
// reference is handed over (its register cleared), any other is retained.
func (r *run) passArgs(in *bytecode.Instr, regs, dst []*rbuf, lo, hi int) {
	for i := lo; i < hi; i++ {
		a := in.Args[i]
		v := regs[a]
		if in.Moves != nil && in.Moves[i] {
			regs[a] = nil
		} else {
			retain(v)
		}
		dst[i-lo] = v
	}
}

func (r *run) while(in *bytecode.Instr, regs []*rbuf) error {
	n := int(in.Aux)
	c0 := n + int(in.Split[0])
	condCaps, bodyCaps := in.Args[n:c0], in.Args[c0:]
	state := make([]*rbuf, n)
	r.passArgs(in, regs, state, 0, n)
	cargs := make([]*rbuf, n+len(condCaps))
	bargs := make([]*rbuf, n+len(bodyCaps))
	cond, body := in.Subs[0], in.Subs[1]
	fail := func(err error) error {
		for _, v := range state {
			r.release(v)
		}
		return err
	}
	for {
		select {
		case <-r.done:
			return fail(r.ctx.Err())
		default:
		}
		for i, v := range state {
			cargs[i] = retain(v)
		}
		for i, a := range condCaps {
			cargs[n+i] = retain(regs[a])
		}
		res, err := r.call(cond, cargs)
		if err != nil {
			return fail(err)
		}
		pred := res[0].b.Data[0] != 0
		r.release(res[0])
		if !pred {
			break
		}
		copy(bargs, state) // handed over to the body
		for i, a := range bodyCaps {
			bargs[n+i] = retain(regs[a])
		}
		next, err := r.call(body, bargs)
		if err != nil {
			clear(state)
			return err
		}
		copy(state, next)
	}
	for i, d := range in.Results {
		regs[d] = state[i]
	}
	return nil
}

func (r *run) kernel(in *bytecode.Instr, regs []*rbuf) (err error) {
	args := r.args[:0]
	for _, a := range in.Args {
		args = append(args, regs[a].b)
	}
	r.args = args
	out := r.outs[:0]
	for range in.Allocs {
		out = append(out, nil)
	}
	r.outs = out
	res := r.res[:0]
	for j := range in.Allocs {
		al := &in.Allocs[j]
		if j == 0 || in.InPlaceOut != nil {
			for n, k := range in.InPlace {
				if in.InPlaceOut != nil && int(in.InPlaceOut[n]) != j {
					continue
				}
				a := regs[in.Args[k]]
				// refs == 1 also keeps an argument taken by an earlier result
				// (its refs went up) from being taken twice.
				if a.owned && a.refs == 1 && int64(len(a.b.Data)) == al.Bytes {
					// Take over the dying argument's storage: the register still
					// releases its reference after this instruction, leaving ours.
					a.refs++
					if a.b.DType != al.DType || !sameShape(a.b.Shape, al.Shape) {
						// The kernel still reads the argument through its old
						// header, so the result gets a header of its own.
						a.b = &tensor.Buffer{DType: al.DType, Shape: al.Shape, Data: a.b.Data}
					}
					out[j] = a
					if r.stats != nil {
						r.stats.InPlace++
					}
					break
				}
			}
		}
		if out[j] == nil {
			out[j] = r.newBuf(al)
		}
		res = append(res, out[j].b)
	}
	r.res = res
	if in.Alias && out[0] == regs[in.Args[0]] {
		// The result took over its operand's storage, which already holds
		// its bytes: nothing to compute.
		for j, d := range in.Results {
			regs[d] = out[j]
		}
		clear(r.args)
		clear(r.res)
		clear(r.outs)
		return nil
	}
	if err := callKernel(in.Kernel, &r.ictx, args, res); err != nil {
		for _, o := range out {
			r.release(o)
		}
		clear(r.args)
		clear(r.res)
		clear(r.outs)
		return err
	}
	for j, d := range in.Results {
		regs[d] = out[j]
	}
	clear(r.args)
	clear(r.res)
	clear(r.outs)
	return nil
}

// callKernel runs a kernel, turning a panic into an error.
func callKernel(k interp.Kernel, ctx *interp.Ctx, args, res []*tensor.Buffer) (err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("kernel panicked: %v", rec)
		}
	}()
	return k(ctx, args, res)
}

func (r *run) profile() []ProfileEntry {
	var out []ProfileEntry
	for fi, cells := range r.prof {
		f := r.p.Funcs[fi]
		for pc, c := range cells {
			if c.count == 0 {
				continue
			}
			in := &f.Code[pc]
			op := in.Op.String()
			if in.Op == bytecode.KERNEL || in.Op == bytecode.FAIL {
				op = in.Name
			}
			out = append(out, ProfileEntry{Func: f.Name, PC: pc, Op: op, Loc: in.Loc, Count: c.count, Time: c.dur})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time > out[j].Time })
	return out
}

// regionPoolBytes bounds the released buffers a pooled region run keeps.
const regionPoolBytes = 1 << 20

var runPool = sync.Pool{New: func() any { return &run{} }}

// RunRegion runs a kernel region (a reduce body, a comparator, ...) for a
// kernel: a light run without statistics or buffer pool. It is the
// bytecode.Runner the VM binds to the programs it runs; compilers pass it as
// bytecode.Options.Runner so constant folding can run regions too.
func RunRegion(p *bytecode.Program, fi int32, ictx *interp.Ctx, args, into []*tensor.Buffer) (out []*tensor.Buffer, err error) {
	if fi < 0 || int(fi) >= len(p.Funcs) {
		return nil, fmt.Errorf("vm: region %d out of range", fi)
	}
	f := p.Funcs[fi]
	if len(args) != len(f.Params) {
		return nil, fmt.Errorf("vm: region %s takes %d arguments, got %d", f.Name, len(f.Params), len(args))
	}
	r := runPool.Get().(*run)
	r.p, r.ctx, r.done = p, context.Background(), nil
	r.pooling, r.poolCap = true, regionPoolBytes
	if ictx != nil {
		r.ictx = *ictx
	} else {
		r.ictx = interp.Ctx{Parallelism: 1}
	}
	if cap(r.consts) >= len(p.Consts) {
		r.consts = r.consts[:len(p.Consts)]
		clear(r.consts)
	} else {
		r.consts = make([]*rbuf, len(p.Consts))
	}
	defer func() {
		if rec := recover(); rec != nil {
			// The run's pools may be inconsistent now: drop it.
			out, err = nil, fmt.Errorf("vm: internal error in region %s: %v", f.Name, rec)
			return
		}
		r.p, r.ctx = nil, nil
		r.stack = r.stack[:0]
		runPool.Put(r)
	}()
	if cap(r.inRB) < len(args) {
		r.inRB = make([]rbuf, len(args))
		r.inPtr = make([]*rbuf, len(args))
	}
	in := r.inPtr[:len(args)]
	for i, a := range args {
		r.inRB[i] = rbuf{b: a, static: true}
		in[i] = &r.inRB[i]
	}
	res, err := r.call(fi, in)
	clear(in)
	if err != nil {
		return nil, err
	}
	if into != nil {
		// Copy out and release: the run's pool serves the next call.
		if len(into) != len(res) {
			for _, rb := range res {
				r.release(rb)
			}
			return nil, fmt.Errorf("vm: region %s has %d results, %d buffers given", f.Name, len(res), len(into))
		}
		for i, rb := range res {
			if rb.b != nil && into[i] != nil {
				if len(into[i].Data) != len(rb.b.Data) {
					err = fmt.Errorf("vm: region %s result %d is %v, the buffer given is %v", f.Name, i, rb.b, into[i])
				} else {
					copy(into[i].Data, rb.b.Data)
				}
			}
			r.release(rb)
		}
		return into, err
	}
	out = make([]*tensor.Buffer, len(res))
	for i, rb := range res {
		if rb.b == nil {
			if rb.tup != nil {
				return nil, fmt.Errorf("vm: region %s returns a tuple", f.Name)
			}
			continue
		}
		if rb.owned && rb.refs == 1 {
			out[i] = rb.b
			rb.refs = 2 // never released into this run's pool again
		} else {
			out[i] = rb.b.Clone()
		}
	}
	return out, nil
}
