package tiers

// The tier report (`vmtrace tiers`, HLOVM_TIERS_REPORT), the trace hooks
// (background compiles, promotions, tier-1 region entries) and the
// per-region dumps (HLOVM_DUMP). Everything here is read-side: it never
// changes what a region runs.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/cenv"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/metrics/trace"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// timing turns on the clock around promoted regions' entries (Observe).
// Off, a promoted entry costs one atomic add more than before.
var timing atomic.Bool

// Observe turns the per-entry clock of promoted regions on or off (the tier
// report's tier-1 times; tracing turns it on by itself).
func Observe(on bool) { timing.Store(on) }

// maxTracedEntries bounds the tier-1 entry events one region records; past
// it entries are only counted (a while body may run a million times).
const maxTracedEntries = 2000

// timedImpl wraps a promoted region's Impl to count its entries and, while
// observing or tracing, their time.
type timedImpl struct {
	inner      bytecode.Impl
	name       string
	promotedAt uint64 // the Func's entry count when it was installed
	entries    atomic.Uint64
	nanos      atomic.Int64
	traced     atomic.Int64
}

func (t *timedImpl) Run(ctx *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	out, _, err := t.RunMeasured(ctx, args, nil)
	return out, err
}

// RunDonated and RunMeasured pass donated arguments on to the region's
// program (bytecode.DonatingImpl, MeasuredImpl): without them the VM would
// see a plain Impl, and a promoted region would copy what tier 0 updates in
// place.
func (t *timedImpl) RunDonated(ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) ([]*tensor.Buffer, error) {
	out, _, err := t.RunMeasured(ctx, args, donated)
	return out, err
}

func (t *timedImpl) RunMeasured(ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) ([]*tensor.Buffer, int64, error) {
	t.entries.Add(1)
	tracing := trace.Enabled()
	if !tracing && !timing.Load() {
		return t.run(ctx, args, donated)
	}
	start := time.Now()
	out, peak, err := t.run(ctx, args, donated)
	d := time.Since(start)
	t.nanos.Add(int64(d))
	if tracing && t.traced.Add(1) <= maxTracedEntries {
		trace.Complete(t.name, "region.tier1", trace.Thread("executor"), start, d, nil)
	}
	return out, peak, err
}

// run calls the inner Impl with what it takes; a peak of -1 means unknown.
func (t *timedImpl) run(ctx *interp.Ctx, args []*tensor.Buffer, donated []bool) ([]*tensor.Buffer, int64, error) {
	switch in := t.inner.(type) {
	case bytecode.MeasuredImpl:
		return in.RunMeasured(ctx, args, donated)
	case bytecode.DonatingImpl:
		if donated != nil {
			out, err := in.RunDonated(ctx, args, donated)
			return out, -1, err
		}
	}
	out, err := t.inner.Run(ctx, args)
	return out, -1, err
}

// observe wraps impl before Func fi is promoted to it (the tier report
// reads the wrapper back from Func.Promoted), records the promotion in the
// trace and writes the region's dump when HLOVM_DUMP is set.
func (m *Manager) observe(fi int32, impl bytecode.Impl) bytecode.Impl {
	f := m.p.Funcs[fi]
	t := &timedImpl{inner: impl, name: f.Name + " [tier 1]", promotedAt: f.Entries.Load()}
	if trace.Enabled() {
		trace.Instant("promote "+f.Name, "tier", trace.Thread("tier compile worker"), map[string]any{"at_entry": t.promotedAt})
	}
	if dir := DumpDir(); dir != "" {
		if err := DumpRegion(dir, m.p, fi); err != nil {
			fmt.Fprintf(os.Stderr, "hlovm: %s: %v\n", DumpEnv, err)
		}
	}
	return t
}

// traceCompile records a background compile of Func fi that began at
// start, with its outcome (compile defers it, so the status is final).
func (m *Manager) traceCompile(fi int32, start time.Time) {
	d := time.Since(start)
	m.mu.Lock()
	st := *m.status[fi]
	m.mu.Unlock()
	if fn := compileHook.Load(); fn != nil {
		(*fn)(d, st.State == Promoted)
	}
	if !trace.Enabled() {
		return
	}
	args := map[string]any{"state": st.State.String(), "kernels": st.Groups, "ops_fused": st.OpsFused}
	if st.Reason != "" {
		args["reason"] = st.Reason
	}
	trace.Complete("compile "+st.Func, "compile", trace.Thread("tier compile worker"), start, d, args)
}

// Times accumulates tier 0 time and entries per region from vm profiles
// (Options.Profile); the tier report adds tier 1 from the promotions'
// own counters. Safe for concurrent use.
type Times struct {
	mu      sync.Mutex
	byName  map[string]int32
	p       *bytecode.Program
	time    map[int32]time.Duration
	entries map[int32]uint64
	runs    int
}

// NewTimes accumulates for p.
func NewTimes(p *bytecode.Program) *Times {
	t := &Times{p: p, byName: map[string]int32{}, time: map[int32]time.Duration{}, entries: map[int32]uint64{}}
	for i, f := range p.Funcs {
		if _, dup := t.byName[f.Name]; !dup {
			t.byName[f.Name] = int32(i)
		}
	}
	return t
}

// Add adds one run's profile. A region's tier 0 time is the sum of its
// instructions' times: its CALL/WHILE/CASE instructions include their
// callees, so this is the region's inclusive time.
func (t *Times) Add(prof []vm.ProfileEntry) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.runs++
	for _, e := range prof {
		fi, ok := t.byName[e.Func]
		if !ok {
			continue
		}
		t.time[fi] += e.Time
		if e.Op == "ENTER" {
			t.entries[fi] += uint64(e.Count)
		}
	}
}

// KernelReport is one fused kernel of a promoted region.
type KernelReport struct {
	Ops     []string `json:"ops"`
	Space   []int64  `json:"space"`
	Native  bool     `json:"native"`
	Why     string   `json:"why,omitempty"` // why it is portable
	Listing string   `json:"listing"`
	// Where the builder placed it ("cuda", "native", "portable";
	// fusion.PlacementOf) and, while a GPU is registered, why not there.
	Where     string `json:"where,omitempty"`
	DeviceWhy string `json:"device_why,omitempty"`
}

// RegionReport is one region's tier history.
type RegionReport struct {
	Index   int32  `json:"index"`
	Func    string `json:"func"`
	Kind    string `json:"kind"`
	Entries uint64 `json:"entries"`
	// Tier is the tier it runs on now: 0 or 1.
	Tier  int    `json:"tier"`
	State string `json:"state"`
	// HotAt is the entry that made it hot; PromotedAt the entry count when
	// its fused version was installed (the next entry ran it).
	HotAt      uint64 `json:"hot_at,omitempty"`
	PromotedAt uint64 `json:"promoted_at,omitempty"`
	CompileNS  int64  `json:"compile_ns"`
	// Reason says why it stayed on tier 0.
	Reason       string         `json:"reason,omitempty"`
	Kernels      []KernelReport `json:"kernels,omitempty"`
	OpsFused     int            `json:"ops_fused,omitempty"`
	Tier0Entries uint64         `json:"tier0_entries"`
	Tier1Entries uint64         `json:"tier1_entries"`
	Tier0NS      int64          `json:"tier0_ns"`
	Tier1NS      int64          `json:"tier1_ns"`
	Timed        bool           `json:"timed"` // tier times were measured
}

// Report is the tier report of one program.
type Report struct {
	Program   string `json:"program"`
	Tier      string `json:"tier"`
	Threshold uint64 `json:"threshold"`
	Watched   bool   `json:"watched"`
	// Cache is the program cache's answer to the compile ("hit", "miss",
	// or "" when the caller did not say); CompileNS the compile's time.
	Cache     string         `json:"cache,omitempty"`
	CompileNS int64          `json:"compile_ns"`
	Runs      int            `json:"runs"`
	Regions   []RegionReport `json:"regions"`
	// Process-wide counters (tiers.Counts, fusion.Counts).
	Compiles, CompileFailures, Promotions int64
	NativeKernels, PortableKernels        int64
	// The registered GPU (fusion.Device), its kernels and counters.
	DeviceName                    string              `json:",omitempty"`
	DeviceKernels, DeviceDeclined int64               `json:",omitempty"`
	Device                        *fusion.DeviceStats `json:",omitempty"`
}

// BuildReport reports p's regions: every function, while condition and
// body and case branch that was entered, or that the manager took up.
// times may be nil (no tier 0 times then).
func BuildReport(name string, p *bytecode.Program, times *Times) *Report {
	r := &Report{Program: name, Tier: "interp", Regions: []RegionReport{}} // [] in JSON, never null
	m := ManagerOf(p)
	var status map[int32]RegionStatus
	if m != nil {
		r.Tier, r.Watched, r.Threshold = "fused", true, m.threshold
		status = m.Status()
	}
	if times != nil {
		times.mu.Lock()
		defer times.mu.Unlock()
		r.Runs = times.runs
	}
	r.Compiles, r.CompileFailures, r.Promotions = Counts()
	r.NativeKernels, r.PortableKernels = fusion.Counts()
	if d := fusion.CurrentDevice(); d != nil {
		r.DeviceName = d.Name()
		r.DeviceKernels, r.DeviceDeclined = fusion.DeviceCounts()
		if s, ok := fusion.CurrentDeviceStats(); ok {
			r.Device = &s
		}
	}
	for i, f := range p.Funcs {
		fi := int32(i)
		st, seen := status[fi]
		if !promotable(f.Kind) || (f.Entries.Load() == 0 && !seen) {
			continue
		}
		rr := RegionReport{Index: fi, Func: f.Name, Kind: f.Kind.String(), Entries: f.Entries.Load(), State: Interpreted.String()}
		if seen {
			rr.State, rr.HotAt, rr.CompileNS, rr.Reason, rr.OpsFused = st.State.String(), st.HotAt, int64(st.CompileTime), st.Reason, st.OpsFused
		}
		if pr := f.Promoted.Load(); pr != nil {
			rr.Tier = 1
			if t, ok := pr.Impl.(*timedImpl); ok {
				rr.PromotedAt = t.promotedAt
				rr.Tier1Entries = t.entries.Load()
				rr.Tier1NS = t.nanos.Load()
			}
			rr.Kernels = kernelReports(p, fi)
		}
		switch {
		case rr.Reason != "":
		case m == nil:
			rr.Reason = "tier 0 only: the program was prepared on the interpreter (HLOVM_TIERS)"
		case !seen:
			rr.Reason = fmt.Sprintf("not hot: %d entries, threshold %d", rr.Entries, m.threshold)
		case rr.Tier == 0:
			rr.Reason = "compile " + rr.State
		}
		if rr.Tier == 1 {
			rr.Reason = ""
		}
		rr.Tier0Entries = rr.Entries - min(rr.Entries, rr.Tier1Entries)
		if times != nil {
			rr.Tier0NS = int64(times.time[fi])
			rr.Timed = times.runs > 0
		}
		r.Regions = append(r.Regions, rr)
	}
	return r
}

// kernelReports fuses Func fi's IR again (deterministic, as the compile
// did) to describe its kernels; native means the LLVM emitter takes the
// kernel and a JIT is present, as the fused custom call's builder decides.
func kernelReports(p *bytecode.Program, fi int32) []KernelReport {
	kernels, err := regionKernels(p, fi)
	if err != nil {
		return []KernelReport{{Why: err.Error()}}
	}
	_, jitErr := fusion.JIT()
	var out []KernelReport
	for _, k := range kernels {
		kr := KernelReport{Space: k.Space, Listing: k.String(), Native: true}
		for _, in := range k.Body {
			kr.Ops = append(kr.Ops, in.Op)
		}
		if pl, ok := fusion.PlacementOf(k.Hash()); ok {
			kr.Where, kr.DeviceWhy = pl.Where, pl.Reason
		}
		if jitErr != nil {
			kr.Native, kr.Why = false, jitErr.Error()
		} else if _, err := fusion.EmitLLVM(k, "kernel"); err != nil {
			kr.Native, kr.Why = false, err.Error()
		}
		out = append(out, kr)
	}
	return out
}

// regionKernels is the fused module of Func fi and its kernels.
func regionKernels(p *bytecode.Program, fi int32) ([]*fusion.Kernel, error) {
	_, k, err := fusedRegion(p, fi)
	return k, err
}

func fusedRegion(p *bytecode.Program, fi int32) (*stablehlo.Module, []*fusion.Kernel, error) {
	m, fn, err := standalone(p, fi)
	if err != nil {
		return nil, nil, err
	}
	rep, err := fusion.FuseFunc(fn)
	if err != nil {
		return nil, nil, err
	}
	return m, rep.Kernels, nil
}

// JSON is the report as JSON (jax_hlovm.tier_report reads it).
func (r *Report) JSON() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }

func dur(ns int64) string {
	if ns == 0 {
		return "-"
	}
	return time.Duration(ns).Round(100 * time.Nanosecond).String()
}

// String is the table `vmtrace tiers` prints, then the kernels.
func (r *Report) String() string {
	var b strings.Builder
	cache := ""
	if r.Cache != "" {
		cache = ", program cache " + r.Cache
	}
	fmt.Fprintf(&b, "%s: tier %s, threshold %d, %d runs, compile %s%s\n", r.Program, r.Tier, r.Threshold, r.Runs, dur(r.CompileNS), cache)
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "region\tkind\tentries\ttier\tstate\thot at\tpromoted at\tcompile\tkernels\ttier 0 time\ttier 1 time\twhy tier 0\t")
	for _, x := range r.Regions {
		at, pat := "-", "-"
		if x.HotAt > 0 {
			at = fmt.Sprint(x.HotAt)
		}
		if x.Tier == 1 {
			pat = fmt.Sprint(x.PromotedAt + 1)
		}
		t0, t1 := "?", "?"
		if x.Timed {
			t0 = dur(x.Tier0NS)
		}
		if x.Tier == 0 || x.Tier1NS > 0 || x.Tier1Entries == 0 {
			t1 = dur(x.Tier1NS)
		}
		native, gpu := 0, 0
		for _, k := range x.Kernels {
			if k.Native {
				native++
			}
			if k.Where != "" && k.Where == r.DeviceName {
				gpu++
			}
		}
		kern := "-"
		if len(x.Kernels) > 0 {
			kern = fmt.Sprintf("%d (%d native)", len(x.Kernels), native)
		}
		if gpu > 0 {
			kern = fmt.Sprintf("%d (%d on the GPU)", len(x.Kernels), gpu)
		}
		fmt.Fprintf(w, "%s\t%s\t%d (%d/%d)\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", x.Func, x.Kind, x.Entries, x.Tier0Entries, x.Tier1Entries,
			x.Tier, x.State, at, pat, dur(x.CompileNS), kern, t0, t1, x.Reason)
	}
	w.Flush()
	trimLines(&b)
	b.WriteString("entries: total (tier 0/tier 1); promoted at: the first entry the fused version ran\n")
	for _, x := range r.Regions {
		for i, k := range x.Kernels {
			kind := "native (LLVM)"
			if !k.Native {
				kind = "portable: " + k.Why
			}
			if k.Where == r.DeviceName && k.Where != "" {
				kind = "on the GPU (" + k.Where + ")"
			} else if k.DeviceWhy != "" {
				kind += "; not on the GPU: " + k.DeviceWhy
			}
			fmt.Fprintf(&b, "\n%s kernel %d: %s, %s\n%s\n", x.Func, i, strings.Join(k.Ops, " "), kind, k.Listing)
		}
	}
	fmt.Fprintf(&b, "\nprocess: %d region compiles, %d failed, %d promoted; fused kernels built %d native, %d portable\n",
		r.Compiles, r.CompileFailures, r.Promotions, r.NativeKernels, r.PortableKernels)
	if s := r.Device; s != nil {
		fmt.Fprintf(&b, "device %s: %d kernels built, %d declined (on the CPU); %d launches, copies %d to the device (%d bytes), %d back (%d bytes), %d runs fell back to the CPU; pool %d bytes\n",
			r.DeviceName, r.DeviceKernels, r.DeviceDeclined, s.Launches, s.ToDevice, s.ToDeviceBytes, s.FromDevice, s.FromDeviceBytes, s.Fallbacks, s.PoolBytes)
	}
	return b.String()
}

// trimLines drops the spaces tabwriter leaves at line ends.
func trimLines(b *strings.Builder) {
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	b.Reset()
	b.WriteString(strings.Join(lines, "\n"))
}

// DumpEnv names the directory HLOVM_DUMP writes to: per program its IR
// after the passes, bytecode and pass table (the plugin), and per promoted
// region its fused IR, kernel IR and LLVM IR (here).
const DumpEnv = "HLOVM_DUMP"

var dumpDir atomic.Pointer[string]

// DumpDir is where region dumps go: SetDumpDir's, else HLOVM_DUMP's.
func DumpDir() string {
	if d := dumpDir.Load(); d != nil {
		return *d
	}
	return cenv.Getenv(DumpEnv)
}

// SetDumpDir overrides HLOVM_DUMP ("" turns dumps off).
func SetDumpDir(dir string) { dumpDir.Store(&dir) }

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// FileName makes s safe as a file name.
func FileName(s string) string {
	s = strings.Trim(unsafeName.ReplaceAllString(s, "_"), "_")
	if s == "" {
		return "unnamed"
	}
	return s
}

// DumpRegion writes Func fi's fused IR (region.<func>.fused.mlir), each
// kernel's IR (.kernelN.txt) and its LLVM IR (.kernelN.ll, or .kernelN.ll.err
// where the emitter declines) under dir/<program>/ (the program's main
// function name and its address, so two programs never share files).
func DumpRegion(dir string, p *bytecode.Program, fi int32) error {
	m, kernels, err := fusedRegion(p, fi)
	if err != nil {
		return err
	}
	sub := filepath.Join(dir, ProgramDir(p))
	if err := os.MkdirAll(sub, 0o755); err != nil {
		return err
	}
	base := filepath.Join(sub, "region."+FileName(p.Funcs[fi].Name))
	files := map[string]string{base + ".fused.mlir": stablehlo.Print(m)}
	for i, k := range kernels {
		kb := fmt.Sprintf("%s.kernel%d", base, i)
		files[kb+".txt"] = k.String() + "\n"
		if ir, err := fusion.EmitLLVM(k, "kernel"); err != nil {
			files[kb+".ll.err"] = err.Error() + "\n"
		} else {
			files[kb+".ll"] = ir
		}
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(n, []byte(files[n]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// programIDs names programs for dumps: a program's first dump fixes its
// number, so its regions land beside its other files.
var programIDs sync.Map // *bytecode.Program → string
var programSeq atomic.Int64

// ProgramDir is the dump subdirectory of p: a sequence number and the
// entry function's name.
func ProgramDir(p *bytecode.Program) string {
	if v, ok := programIDs.Load(p); ok {
		return v.(string)
	}
	name := fmt.Sprintf("%04d.%s", programSeq.Add(1), FileName(p.Entry().Name))
	v, _ := programIDs.LoadOrStore(p, name)
	return v.(string)
}

// compileHook receives every region compile's time and outcome (metrics).
var compileHook atomic.Pointer[func(time.Duration, bool)]

// OnCompile makes fn see every region compile: its time, and whether the
// region was promoted. fn must be cheap and safe for concurrent use.
func OnCompile(fn func(d time.Duration, promoted bool)) { compileHook.Store(&fn) }

// aggTrack offsets the track of a goroutine's aggregated op times from its
// own track, so synthetic slices never overlap real ones.
const aggTrack = 1 << 40

// maxOpSlices bounds the op slices one region contributes to a run's
// aggregated trace; the rest are merged into one.
const maxOpSlices = 256

// TraceRun records one execution of p that began at start and took d on
// the calling goroutine's track and, when st carries a profile, its region
// and op times aggregated over the run on a track of their own: each
// region a slice as long as its time, each instruction (all its
// executions) a slice inside it in program order, control flow with its
// regions inside. The layout is synthetic (order and lengths are real,
// positions are not); each slice's args carry its count.
func TraceRun(name string, p *bytecode.Program, tier string, start time.Time, d time.Duration, st *vm.Stats) {
	if !trace.Enabled() {
		return
	}
	tid := trace.Thread("executor")
	args := map[string]any{"tier": tier}
	if st != nil {
		args["instructions"] = st.Instructions
		args["peak_bytes"] = st.PeakBytes
	}
	trace.Complete("execute "+name, "execute", tid, start, d, args)
	if st == nil || len(st.Profile) == 0 {
		return
	}
	agg := tid + aggTrack
	trace.NameThread(agg, fmt.Sprintf("goroutine %d: op times aggregated per execution", tid))
	type key struct {
		fn string
		pc int
	}
	cells := make(map[key]vm.ProfileEntry, len(st.Profile))
	for _, e := range st.Profile {
		cells[key{e.Func, e.PC}] = e
	}
	var region func(fi int32, at time.Time, room time.Duration, depth int) time.Duration
	region = func(fi int32, at time.Time, room time.Duration, depth int) time.Duration {
		f := p.Funcs[fi]
		var total time.Duration
		var entries int64
		for pc := range f.Code {
			if e, ok := cells[key{f.Name, pc}]; ok {
				total += e.Time
				if e.Op == "ENTER" {
					entries = e.Count
				}
			}
		}
		total = min(total, room)
		if total <= 0 {
			return 0
		}
		trace.Complete(f.Name, "region.tier0", agg, at, total, map[string]any{"entries": entries, "kind": f.Kind.String()})
		cur, end := at, at.Add(total)
		merged, mergedN := time.Duration(0), 0
		for pc := range f.Code {
			e, ok := cells[key{f.Name, pc}]
			if !ok || e.Time <= 0 {
				continue
			}
			dd := min(e.Time, end.Sub(cur))
			if dd <= 0 {
				break
			}
			in := &f.Code[pc]
			if len(in.Subs) == 0 && pc >= maxOpSlices {
				merged += dd
				mergedN++
				continue
			}
			trace.Complete(e.Op, "op", agg, cur, dd, map[string]any{"count": e.Count, "pc": pc, "loc": e.Loc})
			if depth < 32 {
				sub := cur
				for _, s := range in.Subs {
					if s >= 0 && int(s) < len(p.Funcs) {
						sub = sub.Add(region(s, sub, cur.Add(dd).Sub(sub), depth+1))
					}
				}
			}
			cur = cur.Add(dd)
		}
		if mergedN > 0 {
			trace.Complete(fmt.Sprintf("%d more ops", mergedN), "op", agg, cur, min(merged, end.Sub(cur)), nil)
		}
		return total
	}
	region(p.Main, start, d, 0)
}
