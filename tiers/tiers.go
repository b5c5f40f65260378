package tiers

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/cenv"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// ThresholdEnv sets the entry count at which a region is promoted; 0
// promotes every region at its first entry, compiling it before that entry
// runs (tests use it to run everything on tier 1).
const ThresholdEnv = "HLOVM_HOT_THRESHOLD"

// DefaultThreshold is the entry count that makes a region hot. Compiling a
// region (fusion plus bytecode) costs about as much as a few interpreted
// entries of a small region, and runs in the background; a region entered
// twice is likely entered many times (a train step, a loop body), so the
// second entry queues it.
const DefaultThreshold = 2

// Fused is tier 1: regions entered often enough are recompiled with their
// element-wise chains fused (package fusion) and swapped in through
// Func.Promote.
var Fused = &Tier{}

func init() { engine.Register(Fused, "1") }

// Tier is the fused tier; its zero value reads its threshold from the
// environment.
type Tier struct {
	// Threshold overrides HLOVM_HOT_THRESHOLD when Set is true.
	Threshold uint64
	Set       bool
}

func (t *Tier) Name() string { return "fused" }

func (t *Tier) threshold() (uint64, error) {
	if t.Set {
		return t.Threshold, nil
	}
	s := cenv.Getenv(ThresholdEnv)
	if s == "" {
		return DefaultThreshold, nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("tiers: %s=%q is not a count", ThresholdEnv, s)
	}
	return n, nil
}

// Prepare makes p's hot regions promote themselves. A Program already
// watched (it is shared through the compile cache) keeps its manager.
func (t *Tier) Prepare(p *bytecode.Program) (engine.Executable, error) {
	exe, err := engine.Interp.Prepare(p)
	if err != nil {
		return nil, err
	}
	th, err := t.threshold()
	if err != nil {
		return nil, err
	}
	Watch(p, th)
	return fusedExe{exe}, nil
}

type fusedExe struct{ engine.Executable }

func (fusedExe) Tier() string { return "fused" }

// State is where a region stands.
type State int

const (
	Interpreted State = iota // tier 0, not (yet) hot
	Queued                   // waiting for a compile worker
	Compiling
	Promoted // running its fused version
	Declined // stays on tier 0; Reason says why
)

func (s State) String() string {
	return [...]string{"interpreted", "queued", "compiling", "promoted", "declined"}[s]
}

// RegionStatus is the tier history of one region (Func).
type RegionStatus struct {
	Func        string
	Kind        string
	State       State
	Reason      string        // why it was declined
	HotAt       uint64        // entry count that made it hot
	CompileTime time.Duration // fusion + bytecode compile
	Groups      int           // fused kernels
	OpsFused    int
	Kernels     []string // kernel listings (vmtrace)
}

// Manager promotes the hot regions of one Program.
type Manager struct {
	p         *bytecode.Program
	threshold uint64
	mu        sync.Mutex
	status    map[int32]*RegionStatus
}

var (
	managersMu sync.Mutex
	managers   = map[*bytecode.Program]*Manager{}
)

// Watch installs a Manager on p (once; later calls return the first).
func Watch(p *bytecode.Program, threshold uint64) *Manager {
	managersMu.Lock()
	defer managersMu.Unlock()
	if m := managers[p]; m != nil {
		return m
	}
	m := &Manager{p: p, threshold: threshold, status: map[int32]*RegionStatus{}}
	managers[p] = m
	at := threshold
	now := threshold == 0
	if now {
		at = 1
	}
	p.SetHotHook(&bytecode.HotHook{At: at, Fn: func(fi int32) { m.hot(fi, now) }})
	return m
}

// Unwatch removes p's manager (a Program evicted from the compile cache).
func Unwatch(p *bytecode.Program) {
	managersMu.Lock()
	defer managersMu.Unlock()
	p.SetHotHook(nil)
	delete(managers, p)
}

// ManagerOf is p's manager, or nil.
func ManagerOf(p *bytecode.Program) *Manager {
	managersMu.Lock()
	defer managersMu.Unlock()
	return managers[p]
}

// Status lists the regions that became hot, by Func index.
func (m *Manager) Status() map[int32]RegionStatus {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[int32]RegionStatus, len(m.status))
	for k, v := range m.status {
		out[k] = *v
	}
	return out
}

// Wait blocks until no compile of this program is queued or running (tests,
// vmtrace).
func (m *Manager) Wait() {
	for {
		m.mu.Lock()
		busy := false
		for _, s := range m.status {
			if s.State == Queued || s.State == Compiling {
				busy = true
			}
		}
		m.mu.Unlock()
		if !busy {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// promotable kinds: the regions the VM enters as units.
func promotable(k bytecode.FuncKind) bool {
	return k == bytecode.KindFunction || k == bytecode.KindWhileBody || k == bytecode.KindWhileCond || k == bytecode.KindBranch
}

func (m *Manager) hot(fi int32, now bool) {
	f := m.p.Funcs[fi]
	f.Claimed.Store(true)
	if !promotable(f.Kind) {
		return
	}
	m.mu.Lock()
	if _, seen := m.status[fi]; seen {
		m.mu.Unlock()
		return
	}
	st := &RegionStatus{Func: f.Name, Kind: f.Kind.String(), State: Queued, HotAt: f.Entries.Load() + 1}
	m.status[fi] = st
	m.mu.Unlock()
	if now {
		m.compile(fi)
		return
	}
	if !pool.submit(func() { m.compile(fi) }) {
		m.set(fi, func(s *RegionStatus) { s.State, s.Reason = Declined, "the compile queue was full" })
	}
}

func (m *Manager) set(fi int32, fn func(*RegionStatus)) {
	m.mu.Lock()
	fn(m.status[fi])
	m.mu.Unlock()
}

// compile builds and installs the fused version of Func fi; on any failure
// the region stays on tier 0 with the reason recorded.
func (m *Manager) compile(fi int32) {
	m.set(fi, func(s *RegionStatus) { s.State = Compiling })
	start := time.Now()
	defer m.traceCompile(fi, start) // report.go
	impl, rep, err := compileRegion(m.p, fi)
	elapsed := time.Since(start)
	compiles.Add(1)
	if err != nil {
		failures.Add(1)
		m.set(fi, func(s *RegionStatus) { s.State, s.Reason, s.CompileTime = Declined, err.Error(), elapsed })
		return
	}
	if rep.Groups == 0 {
		m.set(fi, func(s *RegionStatus) {
			s.State, s.Reason, s.CompileTime = Declined, "no element-wise chain to fuse", elapsed
		})
		return
	}
	if m.threshold > 0 && small(rep) { // a forced promotion (threshold 0) takes everything
		m.set(fi, func(s *RegionStatus) {
			s.State, s.Reason, s.CompileTime = Declined, fmt.Sprintf("only small kernels (under %d elements): fusing saves less than a promoted entry costs", SmallKernelElements), elapsed
		})
		return
	}
	var listings []string
	for _, k := range rep.Kernels {
		listings = append(listings, k.String())
	}
	m.p.Funcs[fi].Promote("fused", m.observe(fi, impl)) // observe: report.go
	promotions.Add(1)
	m.set(fi, func(s *RegionStatus) {
		s.State, s.CompileTime, s.Groups, s.OpsFused, s.Kernels = Promoted, elapsed, rep.Groups, rep.OpsFused, listings
	})
}

// small reports whether every fused kernel is tiny (scalar loop counters,
// short vectors): tier 0 runs those as fast, without the promoted program's
// entry cost.
// SmallKernelElements is the size under which a kernel is small for the
// promotion policy (tests of the tier machinery on small programs lower
// it to 0).
var SmallKernelElements int64 = 2048

func small(rep *fusion.Report) bool {
	for _, k := range rep.Kernels {
		if k.NumElements() >= SmallKernelElements {
			return false
		}
	}
	return true
}

// Counters over the process (metrics).
var compiles, failures, promotions atomic.Int64

// Counts reports compiles attempted, compiles that failed and promotions.
func Counts() (compiled, failed, promoted int64) {
	return compiles.Load(), failures.Load(), promotions.Load()
}

// compileRegion fuses a copy of Func fi's IR and compiles it to a program
// of its own.
func compileRegion(p *bytecode.Program, fi int32) (impl bytecode.Impl, rep *fusion.Report, err error) {
	defer func() {
		if r := recover(); r != nil {
			impl, err = nil, fmt.Errorf("internal error compiling the region: %v", r)
		}
	}()
	m, fn, err := standalone(p, fi)
	if err != nil {
		return nil, nil, err
	}
	// Fuse the region and the functions it reaches through calls and
	// composites (the copies), nothing else.
	rep = &fusion.Report{}
	for _, f := range reachable(m, fn) {
		r, err := fusion.FuseFunc(f)
		if err != nil {
			return nil, rep, err
		}
		rep.Groups += r.Groups
		rep.OpsFused += r.OpsFused
		rep.Kernels = append(rep.Kernels, r.Kernels...)
	}
	if rep.Groups == 0 {
		return nil, rep, nil
	}
	prog, err := engine.Lower(m, engine.Options{Name: p.Funcs[fi].Name, Entry: regionFunc}, nil)
	if err != nil {
		return nil, rep, err
	}
	return &regionImpl{prog: prog}, rep, nil
}

// reachable lists fn and the functions of m it calls, directly or not
// (func.call callees, composite decompositions), each once.
func reachable(m *stablehlo.Module, fn *stablehlo.Op) []*stablehlo.Op {
	byName := map[string]*stablehlo.Op{}
	for _, op := range m.Ops {
		if op.Name == "func.func" {
			byName[stablehlo.FuncName(op)] = op
		}
	}
	seen := map[*stablehlo.Op]bool{fn: true}
	out := []*stablehlo.Op{fn}
	for i := 0; i < len(out); i++ {
		var walk func(op *stablehlo.Op)
		walk = func(op *stablehlo.Op) {
			for _, a := range []string{"callee", "decomposition"} {
				if s, ok := op.Attr(a).(*stablehlo.SymbolRefAttr); ok {
					if f := byName[s.Root]; f != nil && !seen[f] {
						seen[f] = true
						out = append(out, f)
					}
				}
			}
			for _, r := range op.Regions {
				for _, b := range r.Blocks {
					for _, inner := range b.Ops {
						walk(inner)
					}
				}
			}
		}
		walk(out[i])
	}
	return out
}

// regionImpl runs a region's fused program. Machines are pooled so each
// concurrent entry has its own, and a machine's buffer pool serves the next
// entry.
type regionImpl struct {
	prog     *bytecode.Program
	machines sync.Pool
}

func (r *regionImpl) Run(ctx *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	return r.RunDonated(ctx, args, nil)
}

// RunDonated lets the region's program take over the donated arguments
// (bytecode.DonatingImpl): its fused kernels write their outputs over them
// where shapes allow.
func (r *regionImpl) RunDonated(ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) ([]*tensor.Buffer, error) {
	out, _, err := r.RunMeasured(ctx, args, donated)
	return out, err
}

// RunMeasured is RunDonated reporting the run's peak bytes
// (bytecode.MeasuredImpl).
func (r *regionImpl) RunMeasured(ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) ([]*tensor.Buffer, int64, error) {
	par := 0
	if ctx != nil {
		par = ctx.Parallelism
	}
	mc, _ := r.machines.Get().(*pooledMachine)
	if mc == nil || mc.par != par {
		mc = &pooledMachine{m: vm.NewMachine(r.prog, vm.Options{Parallelism: par}), par: par}
	}
	mc.m.SetDonated(donated)
	out, st, err := mc.m.Run(context.Background(), args)
	mc.m.SetDonated(nil)
	if err != nil {
		return nil, 0, err
	}
	r.machines.Put(mc)
	return out, st.PeakBytes, nil
}

type pooledMachine struct {
	m   *vm.Machine
	par int
}

// pool runs background compiles on a few goroutines, so compiling never
// takes the cores the interpreter is using for long.
var pool = newWorkers(max(1, runtime.GOMAXPROCS(0)/2), 1024)

type workers struct{ jobs chan func() }

func newWorkers(n, queue int) *workers {
	w := &workers{jobs: make(chan func(), queue)}
	for range n {
		go func() {
			for job := range w.jobs {
				runJob(job)
			}
		}()
	}
	return w
}

func runJob(job func()) {
	defer func() { _ = recover() }() // compile recovers itself; never let a worker die
	job()
}

// submit queues job; false when the queue is full.
func (w *workers) submit(job func()) bool {
	select {
	case w.jobs <- job:
		return true
	default:
		return false
	}
}
