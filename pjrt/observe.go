package main

// Observability of the plugin (issue 9), all off unless asked for:
//
//	HLOVM_METRICS_ADDR=127.0.0.1:PORT  Prometheus /metrics (package metrics)
//	HLOVM_TIERS_REPORT=DIR   after each execution, DIR/<fingerprint>.json and
//	                         .txt: the tier report (tiers.BuildReport)
//	HLOVM_TRACE=DIR          DIR/hlovm-<pid>.trace.json, Trace Event Format,
//	                         rewritten every second while it changes and on
//	                         hlovm_trace_flush
//	HLOVM_DUMP=DIR           per program: its input bytes, its IR after the
//	                         passes and its bytecode; per promoted region its
//	                         fused IR, kernel IR and LLVM IR (package tiers)
//
// hlovm_tier_report lets Python (jax_hlovm.tier_report) fetch a report by
// executable fingerprint through ctypes.

/*
#include <stdlib.h>
*/
import "C"

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/internal/cenv"
	"github.com/hlovm/hlovm/metrics"
	"github.com/hlovm/hlovm/metrics/trace"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
)

const (
	reportEnv = "HLOVM_TIERS_REPORT"
	traceEnv  = "HLOVM_TRACE"
)

var (
	reportDir = cenv.Getenv(reportEnv)
	traceDir  = cenv.Getenv(traceEnv)
	dumpDir   = cenv.Getenv(tiers.DumpEnv)
	// profiling: executions run with the per-instruction profile (tier 0
	// times for the report, aggregated ops for the trace).
	profiling = reportDir != "" || traceDir != ""
	traceGen  atomic.Int64 // bumped by every execution while tracing
)

func init() {
	metrics.ServeEnv()
	metrics.SetLiveBytes(liveBytes)
	metrics.SetQueueDepth(queueDepth)
	if reportDir != "" {
		tiers.Observe(true)
	}
	if traceDir != "" {
		trace.Start()
		go flushTraces()
	}
}

// observed is what the plugin keeps per program for the report.
type observed struct {
	c        *compiled
	times    *tiers.Times
	compiles atomic.Int64
	hits     atomic.Int64
	compile  atomic.Int64 // ns of the compile that made it
}

// maxObserved bounds the programs kept for reports (eager JAX compiles one
// per op); past it the registry starts over.
const maxObserved = 4096

var (
	obsMu   sync.Mutex
	obsByFP = map[string]*observed{}
	devices sync.Map // *device → true: those live bytes are summed over
)

func observedOf(c *compiled) *observed {
	obsMu.Lock()
	defer obsMu.Unlock()
	o := obsByFP[c.fingerprint]
	if o == nil || o.c != c { // new, or recompiled after eviction
		if len(obsByFP) >= maxObserved {
			clear(obsByFP)
		}
		o = &observed{c: c, times: tiers.NewTimes(c.prog)}
		obsByFP[c.fingerprint] = o
	}
	return o
}

// observedCompile is compileProgram, counted (metrics), registered for the
// report and dumped (HLOVM_DUMP).
func observedCompile(code []byte) (*compiled, error) {
	start := time.Now()
	c, err := compileProgram(code)
	d := time.Since(start)
	metrics.ObserveCompile(d)
	if err != nil {
		return nil, err
	}
	o := observedOf(c)
	if o.compiles.Add(1) == 1 {
		o.compile.Store(int64(d))
		if dumpDir != "" {
			dumpProgram(c, code)
		}
	} else {
		o.hits.Add(1)
	}
	if trace.Enabled() {
		trace.Complete("compile "+c.name, "compile", trace.Thread("PJRT caller"), start, d, map[string]any{"fingerprint": c.fingerprint})
	}
	return c, nil
}

// observedRun runs c as run did before observability: without profile or
// report unless one is asked for. donated is vm.Options.Donated.
func observedRun(dev *device, c *compiled, in []*tensor.Buffer, donated []bool) ([]*tensor.Buffer, error) {
	listDevice(dev)
	if !profiling {
		res, st, err := c.runVM(in, vm.Options{Donated: donated})
		if st != nil {
			metrics.ObserveExecution(c.exe.Tier(), st.Instructions)
			if debug { // what donation saves shows here
				debugf("run %s: peak %d bytes (inputs %d, outputs %d), %d results in place, %d allocated",
					c.name, st.PeakBytes, st.InputBytes, st.OutputBytes, st.InPlace, st.Allocs)
			}
		}
		return res, err
	}
	start := time.Now()
	res, st, err := c.runVM(in, vm.Options{Profile: true, Donated: donated})
	d := time.Since(start)
	if st != nil {
		metrics.ObserveExecution(c.exe.Tier(), st.Instructions)
	}
	if traceDir != "" {
		tiers.TraceRun(c.name, c.prog, c.exe.Tier(), start, d, st)
		traceGen.Add(1)
	}
	o := observedOf(c)
	if st != nil {
		o.times.Add(st.Profile)
	}
	if reportDir != "" {
		if werr := writeReport(o); werr != nil {
			fmt.Fprintf(os.Stderr, "hlovm: %s: %v\n", reportEnv, werr)
		}
	}
	return res, err
}

func reportOf(o *observed) *tiers.Report {
	r := tiers.BuildReport(o.c.name, o.c.prog, o.times)
	r.CompileNS = o.compile.Load()
	r.Cache = fmt.Sprintf("compiled %d times: 1 miss, %d hits", o.compiles.Load(), o.hits.Load())
	return r
}

func writeReport(o *observed) error {
	r := reportOf(o)
	js, err := r.JSON()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(reportDir, 0o755); err != nil {
		return err
	}
	base := filepath.Join(reportDir, o.c.fingerprint)
	if err := writeAtomic(base+".json", js); err != nil {
		return err
	}
	return writeAtomic(base+".txt", []byte(r.String()))
}

// writeAtomic writes through a temporary file and a rename, so a reader
// never sees half a file.
func writeAtomic(path string, data []byte) error {
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func dumpProgram(c *compiled, code []byte) {
	dir := filepath.Join(dumpDir, tiers.ProgramDir(c.prog))
	files := map[string][]byte{
		"input.mlir.bc":     code, // `vmtrace passes` on it gives the pass table
		"after-passes.mlir": []byte(stablehlo.Print(c.prog.Module)),
		"bytecode.txt":      []byte(c.prog.Disassemble()),
		"fingerprint":       []byte(c.fingerprint + "\n"),
	}
	// The IR after each pass, numbered in pass order.
	k := 0
	if _, err := engine.ReadEach(code, engine.Options{}, func(pass string, m *stablehlo.Module) {
		files[fmt.Sprintf("%02d-%s.mlir", k, pass)] = []byte(stablehlo.Print(m))
		k++
	}); err != nil {
		files["passes-error.txt"] = []byte(err.Error() + "\n")
	}
	err := os.MkdirAll(dir, 0o755)
	for name, data := range files {
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "hlovm: %s: %v\n", tiers.DumpEnv, err)
	}
}

// listDevice adds dev to the devices live bytes are summed over, once (a
// sync.Map store per eager op costs more than the op's run).
func listDevice(dev *device) {
	if !dev.listed.Load() {
		devices.Store(dev, true)
		dev.listed.Store(true)
	}
}

// queueDepth is how many executions wait on the devices' workers.
func queueDepth() float64 {
	var n int
	devices.Range(func(k, _ any) bool {
		d := k.(*device)
		d.mu.Lock()
		n += len(d.q)
		d.mu.Unlock()
		return true
	})
	return float64(n)
}

func liveBytes() float64 {
	var n int64
	devices.Range(func(k, _ any) bool {
		inUse, _, _, _ := k.(*device).stats.snapshot()
		n += inUse
		return true
	})
	return float64(n)
}

const (
	hostToDevice = metrics.HostToDevice
	deviceToHost = metrics.DeviceToHost
)

// transferStart is the clock a transfer's trace event starts at (zero when
// not tracing: no clock read then).
func transferStart() time.Time {
	if trace.Enabled() {
		return time.Now()
	}
	return time.Time{}
}

// observeTransfer counts a host/device copy of n bytes that began at start.
func observeTransfer(dev *device, dir string, n int64, start time.Time) {
	if dev != nil {
		listDevice(dev)
	}
	metrics.ObserveTransfer(dir, n)
	if trace.Enabled() && !start.IsZero() {
		trace.Complete(dir, "transfer", trace.Thread("PJRT caller"), start, time.Since(start), map[string]any{"bytes": n})
		traceGen.Add(1)
	}
}

func tracePath() string {
	return filepath.Join(traceDir, fmt.Sprintf("hlovm-%d.trace.json", os.Getpid()))
}

func writeTrace() error {
	if err := os.MkdirAll(traceDir, 0o755); err != nil {
		return err
	}
	events, dropped := trace.Snapshot()
	f, err := os.CreateTemp(traceDir, ".hlovm-trace-*")
	if err != nil {
		return err
	}
	if err := trace.WriteJSON(f, events, dropped); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), tracePath())
}

// flushTraces rewrites the trace file every second while events come in.
func flushTraces() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "hlovm: %s: trace writer stopped: %v\n", traceEnv, r)
		}
	}()
	var seen int64 = -1
	for range time.Tick(time.Second) {
		if g := traceGen.Load(); g != seen {
			seen = g
			if err := writeTrace(); err != nil {
				fmt.Fprintf(os.Stderr, "hlovm: %s: %v\n", traceEnv, err)
			}
		}
	}
}

// hlovm_trace_flush writes the trace now (HLOVM_TRACE); 0 on success, 1
// when tracing is off, 2 when the file could not be written.
//
//export hlovm_trace_flush
func hlovm_trace_flush() (rc C.int) {
	defer func() {
		if r := recover(); r != nil {
			rc = 2
		}
	}()
	if traceDir == "" {
		return 1
	}
	if err := writeTrace(); err != nil {
		fmt.Fprintf(os.Stderr, "hlovm: %s: %v\n", traceEnv, err)
		return 2
	}
	return 0
}

// hlovm_tier_report returns the tier report (JSON) of the executable with
// the given fingerprint as a malloc'd string the caller frees with
// hlovm_free, or NULL when no such executable was compiled.
//
//export hlovm_tier_report
func hlovm_tier_report(fp *C.char) (out *C.char) {
	defer func() {
		if r := recover(); r != nil {
			out = nil
		}
	}()
	obsMu.Lock()
	o := obsByFP[C.GoString(fp)]
	obsMu.Unlock()
	if o == nil {
		return nil
	}
	if m := tiers.ManagerOf(o.c.prog); m != nil {
		m.Wait()
	}
	js, err := reportOf(o).JSON()
	if err != nil {
		return nil
	}
	return C.CString(string(js))
}

//export hlovm_free
func hlovm_free(p unsafe.Pointer) { C.free(p) }
