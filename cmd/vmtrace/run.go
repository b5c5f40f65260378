package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/metrics/trace"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
)

// runRun is `vmtrace run FILE [--inputs in.npz] [--outputs out.npz]
// [--profile]`: runs main and prints its outputs.
func runRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	inputs := fs.String("inputs", "", "an .npz with main's arguments (in0, in1, ... or in archive order)")
	outputs := fs.String("outputs", "", "write the results to this .npz (out0, out1, ...)")
	profile := fs.Bool("profile", false, "print a per-instruction time profile")
	tracePath := fs.String("trace", "", "write a Trace Event Format JSON (Perfetto, chrome://tracing) of the runs to this file")
	limit := fs.Int("limit", 32, "print at most this many elements per result")
	entry := fs.String("entry", "", "function to run (default: main)")
	repeat := fs.Int("repeat", 1, "run this many times in one session (one vm.Machine on tier 0) and report the times")
	cpuProfile := fs.String("cpuprofile", "", "write a Go CPU profile of the runs (go tool pprof) to this file")
	files, ok := parseInterspersed(fs, args)
	if !ok {
		return 2
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "vmtrace run: want exactly one FILE")
		return 2
	}
	p, err := loadProgram(files[0], *entry, true)
	if err != nil {
		fmt.Fprintf(stderr, "vmtrace: %v\n", err)
		return 1
	}
	in, err := loadInputs(*inputs, p.Entry(), stderr)
	if err != nil {
		fmt.Fprintf(stderr, "vmtrace: %v\n", err)
		return 1
	}
	exe, err := engine.Prepare(p)
	if err != nil {
		fmt.Fprintf(stderr, "vmtrace: %v\n", err)
		return 1
	}
	if *tracePath != "" {
		trace.Start()
		defer trace.Stop()
	}
	m := exe.NewSession(vm.Options{Profile: *profile || *tracePath != ""})
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	var out []*tensor.Buffer
	var st *vm.Stats
	var times []time.Duration
	for k := 0; k < max(*repeat, 1); k++ {
		start := time.Now()
		out, st, err = m.Run(context.Background(), in)
		times = append(times, time.Since(start))
		tiers.TraceRun(files[0], p, exe.Tier(), start, times[len(times)-1], st)
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
	}
	elapsed := times[len(times)-1]
	if len(times) > 1 {
		sorted := append([]time.Duration{}, times...)
		slices.Sort(sorted)
		fmt.Fprintf(stdout, "%d runs: min %v, median %v, max %v, first %v\n", len(times), sorted[0], sorted[len(sorted)/2], sorted[len(sorted)-1], times[0])
	}
	names := make([]string, len(out))
	for i, b := range out {
		names[i] = "out" + strconv.Itoa(i)
		if b == nil {
			fmt.Fprintf(stdout, "%s: token\n", names[i])
			continue
		}
		fmt.Fprintf(stdout, "%s: %v = %s\n", names[i], b, formatBuffer(b, *limit))
	}
	if *outputs != "" {
		f, err := os.Create(*outputs)
		if err == nil {
			err = npz.Write(f, names, out)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
	}
	if *tracePath != "" {
		if mg := tiers.ManagerOf(p); mg != nil {
			mg.Wait() // background compiles land in the trace
		}
		if err := trace.WriteFile(*tracePath); err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			return 1
		}
	}
	if *profile {
		fmt.Fprintf(stdout, "\nprofile: %v wall, %d instructions, peak %d bytes live (inputs %d, constants %d, outputs %d), %d allocated, %d reused, %d in place\n",
			elapsed, st.Instructions, st.PeakBytes, st.InputBytes, st.ConstBytes, st.OutputBytes, st.Allocs, st.Reused, st.InPlace)
		fmt.Fprintf(stdout, "region entries (the counters tier promotion reads):\n")
		for _, f := range p.Funcs {
			if n := f.Entries.Load(); n > 0 {
				fmt.Fprintf(stdout, "%10d  %s (%s)\n", n, f.Name, f.Kind)
			}
		}
		fmt.Fprintf(stdout, "%12s %8s  %-28s %s\n", "time", "count", "op", "where")
		for i, e := range st.Profile {
			if i == 40 {
				fmt.Fprintf(stdout, "... %d more\n", len(st.Profile)-40)
				break
			}
			fmt.Fprintf(stdout, "%12v %8d  %-28s %s pc %d @ %s\n", e.Time, e.Count, e.Op, e.Func, e.PC, e.Loc)
		}
	}
	return 0
}

// formatBuffer prints up to limit elements, row-major, as a flat list.
func formatBuffer(b *tensor.Buffer, limit int) string {
	n := int(b.NumElements())
	var parts []string
	for i := 0; i < n && i < limit; i++ {
		parts = append(parts, formatElem(b, i))
	}
	s := "[" + strings.Join(parts, ", ")
	if n > limit {
		s += fmt.Sprintf(", ... (%d elements)", n)
	}
	return s + "]"
}

func formatElem(b *tensor.Buffer, i int) string {
	d := b.DType
	sz := d.StorageSize()
	raw := b.Data[i*sz : (i+1)*sz]
	var bits uint64
	for k := sz - 1; k >= 0; k-- {
		bits = bits<<8 | uint64(raw[k])
	}
	switch {
	case d == tensor.I1:
		return strconv.FormatBool(raw[0] != 0)
	case d.IsSigned():
		shift := 64 - 8*sz
		return strconv.FormatInt(int64(bits<<shift)>>shift, 10)
	case d.IsUnsigned():
		return strconv.FormatUint(bits, 10)
	case d == tensor.C64:
		c := tensor.ViewBytes[complex64](raw)[0]
		return fmt.Sprint(c)
	case d == tensor.C128:
		return fmt.Sprint(tensor.ViewBytes[complex128](raw)[0])
	case d.IsFloat():
		v := tensor.FloatFromBits(d, bits)
		if math.IsNaN(v) {
			return "nan"
		}
		prec := 32
		if d == tensor.F64 {
			prec = 64
		}
		return strconv.FormatFloat(v, 'g', -1, prec)
	}
	return "?"
}

// parseInterspersed parses fs's flags wherever they stand among the
// positional arguments (flags may come before or after FILE), returning the
// positional ones; false when a flag does not parse (fs reported it).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, bool) {
	var files []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return nil, false
		}
		if fs.NArg() == 0 {
			return files, true
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
}
