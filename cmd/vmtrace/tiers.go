package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/metrics/trace"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
)

// loadInputs reads main's arguments from an .npz (in0, in1, ... or the
// archive's order); with no path, main must take none.
func loadInputs(path string, main *bytecode.Func, stderr io.Writer) ([]*tensor.Buffer, error) {
	if path == "" {
		if main.NumArgs != 0 {
			return nil, fmt.Errorf("%s takes %d arguments; give them with --inputs FILE.npz", main.Name, main.NumArgs)
		}
		return nil, nil
	}
	arrs, err := npz.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var picked []*npz.Array
	for _, a := range arrs {
		if strings.HasPrefix(a.Name, "in") {
			picked = append(picked, a)
		}
	}
	if len(picked) == 0 {
		picked = arrs
	}
	if len(picked) != main.NumArgs {
		return nil, fmt.Errorf("%s has %d inputs, %s takes %d", path, len(picked), main.Name, main.NumArgs)
	}
	var in []*tensor.Buffer
	for i, a := range picked {
		b, conv, err := a.BufferJAX(stablehlo.ElementDType(main.Params[i]))
		if err != nil {
			return nil, fmt.Errorf("input %d: %v", i, err)
		}
		if conv {
			fmt.Fprintf(stderr, "vmtrace: input %d: %s converted to %v, as JAX does with x64 off\n", i, a.Descr, b.DType)
		}
		in = append(in, b)
	}
	return in, nil
}

// runTiers is `vmtrace tiers FILE [--inputs in.npz] [--runs N]`: runs main
// N times, each run compiled through engine's program cache as the plugin
// compiles, and reports per region its entries, the tier it reached and at
// which entry, compile time, fused kernels, time in each tier and, for a
// region left on tier 0, why.
func runTiers(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tiers", flag.ContinueOnError)
	fs.SetOutput(stderr)
	inputs := fs.String("inputs", "", "an .npz with main's arguments")
	runs := fs.Int("runs", 3, "how many times to run main (1 to 100000)")
	threshold := fs.Int("threshold", -1, "entry count that makes a region hot (default: HLOVM_HOT_THRESHOLD or 2)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	tracePath := fs.String("trace", "", "also write a Trace Event Format JSON of the runs to this file")
	dump := fs.String("dump", "", "write each promoted region's fused IR, kernel IR and LLVM IR under this directory")
	files, ok := parseInterspersed(fs, args)
	if !ok {
		return 2
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "vmtrace tiers: want exactly one FILE")
		return 2
	}
	if *runs < 1 || *runs > 100000 {
		fmt.Fprintln(stderr, "vmtrace tiers: --runs must be 1 to 100000")
		return 2
	}
	code, err := os.ReadFile(files[0])
	if err != nil {
		fmt.Fprintf(stderr, "vmtrace: %v\n", err)
		return 1
	}
	tier, err := engine.SelectTier()
	if err != nil {
		fmt.Fprintf(stderr, "vmtrace: %v\n", err)
		return 1
	}
	if _, fused := tier.(*tiers.Tier); fused && *threshold >= 0 {
		tier = &tiers.Tier{Threshold: uint64(*threshold), Set: true}
	}
	if *dump != "" {
		tiers.SetDumpDir(*dump)
	}
	if *tracePath != "" {
		trace.Start()
		defer trace.Stop()
	}
	tiers.Observe(true)
	defer tiers.Observe(false)
	opts := engine.Options{Name: files[0]}
	var (
		p          *bytecode.Program
		times      *tiers.Times
		in         []*tensor.Buffer
		exe        engine.Executable
		hits, miss int
		compileNS  int64
	)
	for k := 0; k < *runs; k++ {
		// Compile every run, as JAX asks the plugin to: the cache answers.
		before := engine.Default.Stats()
		start := time.Now()
		a, err := engine.Compile(code, opts)
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
		if engine.Default.Stats().Hits > before.Hits {
			hits++
		} else {
			miss++
			compileNS = int64(time.Since(start))
		}
		if p == nil {
			p, times = a.Program, tiers.NewTimes(a.Program)
			if in, err = loadInputs(*inputs, p.Entry(), stderr); err != nil {
				fmt.Fprintf(stderr, "vmtrace: %v\n", err)
				return 1
			}
			if exe, err = tier.Prepare(p); err != nil {
				fmt.Fprintf(stderr, "vmtrace: %v\n", err)
				return 1
			}
		}
		// Tier 0 times come from the per-instruction profile (its clock
		// reads are in them); tier 1 times from the promotions' own clock.
		start = time.Now()
		_, st, err := exe.NewSession(vm.Options{Profile: true}).Run(context.Background(), in)
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: run %d: %v\n", k+1, err)
			return 1
		}
		tiers.TraceRun(files[0], p, exe.Tier(), start, time.Since(start), st)
		times.Add(st.Profile)
		if m := tiers.ManagerOf(p); m != nil {
			m.Wait() // so the next run sees this run's promotions
		}
	}
	r := tiers.BuildReport(files[0], p, times)
	r.CompileNS = compileNS
	r.Cache = fmt.Sprintf("%d miss, %d hits", miss, hits)
	if *asJSON {
		b, err := r.JSON()
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", b)
	} else {
		fmt.Fprint(stdout, r)
	}
	if *tracePath != "" {
		if err := trace.WriteFile(*tracePath); err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
	}
	return 0
}
