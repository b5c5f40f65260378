// Package conform runs StableHLO conformance files through the plugin's
// pipeline (package engine: its passes after reading, and the tier
// HLOVM_TIERS picks) and the check dialect: the stablehlo-interpret files (check.expect_* ops, cases split
// by "// -----") and the stablehlo-testdata golden files (custom_call
// @check.expect_eq/expect_close against @expected constants).
//
// A case is skipped only for what one device does not run: collectives,
// infeed/outfeed (and send/recv), dynamic shapes and quantized types, each
// with its reason. A file passes when every case that is not skipped passes;
// it is skipped when all its cases are.
package conform

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
	_ "github.com/hlovm/hlovm/tiers" // tier 1 (HLOVM_TIERS picks)
	"github.com/hlovm/hlovm/vm"
)

// Status of a case or file.
type Status int

const (
	Pass Status = iota
	Fail
	Skip
)

func (s Status) String() string { return [...]string{"pass", "fail", "skip"}[s] }

// Case is one "// -----" chunk of a file.
type Case struct {
	Index  int
	Status Status
	Reason string // why it failed or was skipped
}

// File is the outcome of one conformance file.
type File struct {
	Path   string
	Status Status
	Cases  []Case
}

// Reason is the first failure (or, for a skipped file, skip) reason.
func (f *File) Reason() string {
	for _, c := range f.Cases {
		if c.Status == f.Status {
			return c.Reason
		}
	}
	return ""
}

// Options tune a run.
type Options struct {
	// Timeout bounds each case's run (default 20s).
	Timeout time.Duration
	// NoFold compiles without constant folding, so ops on constants run in
	// the VM rather than at compile time.
	NoFold bool
}

// collectives and other ops a single device cannot run, with the skip reason.
var unsupported = map[string]string{
	"stablehlo.all_gather":           "collective",
	"stablehlo.all_reduce":           "collective",
	"stablehlo.all_to_all":           "collective",
	"stablehlo.collective_broadcast": "collective",
	"stablehlo.collective_permute":   "collective",
	"stablehlo.reduce_scatter":       "collective",
	"stablehlo.infeed":               "infeed/outfeed",
	"stablehlo.outfeed":              "infeed/outfeed",
	"stablehlo.send":                 "send/recv (host transfer)",
	"stablehlo.recv":                 "send/recv (host transfer)",
	// run_parallel runs programs as several processes (replicas/partitions).
	"interpreter.run_parallel": "collective (multi-process interpreter.run_parallel)",
}

// runMu serialises cases: probes are recorded per case.
var runMu sync.Mutex

// RunFile runs every case of one file.
func RunFile(path string, opts Options) *File {
	f := &File{Path: path}
	src, err := os.ReadFile(path)
	if err != nil {
		f.Status = Fail
		f.Cases = []Case{{Status: Fail, Reason: err.Error()}}
		return f
	}
	mods, errs := mlirtext.ParseSplit(src, filepath.Base(path))
	rl := parseRunLines(string(src))
	chunks := splitChunks(string(src))
	for i, m := range mods {
		c := Case{Index: i}
		if errs[i] != nil {
			c.Status, c.Reason = Fail, "parse: "+errs[i].Error()
			f.Cases = append(f.Cases, c)
			continue
		}
		var ds []directive
		if rl.fileCheck && len(chunks) == len(mods) {
			var err error
			if ds, err = directives(chunks[i]); err != nil {
				f.Cases = append(f.Cases, Case{Index: i, Status: Fail, Reason: err.Error()})
				continue
			}
		}
		var out string
		c.Status, c.Reason, out = runModule(m, rl.args, opts)
		if c.Status == Pass && len(ds) > 0 {
			if err := fileCheck(out, ds); err != nil {
				c.Status, c.Reason = Fail, "output: "+err.Error()
			}
		}
		f.Cases = append(f.Cases, c)
	}
	f.Status = Skip
	for _, c := range f.Cases {
		switch c.Status {
		case Fail:
			f.Status = Fail
		case Pass:
			if f.Status == Skip {
				f.Status = Pass
			}
		}
	}
	if len(f.Cases) == 0 {
		f.Status, f.Cases = Fail, []Case{{Status: Fail, Reason: "no cases"}}
	}
	return f
}

// skipReason says why a module cannot run on one device, or "".
func skipReason(m *stablehlo.Module) string {
	reason := ""
	var typeReason func(t stablehlo.Type) string
	typeReason = func(t stablehlo.Type) string {
		switch t := t.(type) {
		case *stablehlo.TensorType:
			if _, q := t.Elem.(*stablehlo.QuantType); q {
				return "quantized type"
			}
			for _, d := range t.Shape {
				if d == tensor.Dynamic {
					return "dynamic shape"
				}
			}
		case stablehlo.UnrankedTensorType:
			return "dynamic shape (unranked)"
		case *stablehlo.TupleType:
			for _, e := range t.Elems {
				if r := typeReason(e); r != "" {
					return r
				}
			}
		case *stablehlo.FunctionType:
			for _, e := range append(append([]stablehlo.Type{}, t.Inputs...), t.Results...) {
				if r := typeReason(e); r != "" {
					return r
				}
			}
		}
		return ""
	}
	m.Walk(func(op *stablehlo.Op) bool {
		if reason != "" {
			return false
		}
		if r, ok := unsupported[op.Name]; ok {
			reason = r + ": " + op.Name
			return false
		}
		// A dynamic_* op with static result types (dynamic_reshape of a
		// constant shape, ...) is an ordinary op the kernels run; only a
		// result whose shape is not known is skipped.
		if strings.HasPrefix(op.Name, "stablehlo.dynamic_") {
			for _, r := range op.Results {
				if strings.HasPrefix(typeReason(r.Type), "dynamic shape") {
					reason = "dynamic shape: " + op.Name
					return false
				}
			}
		}
		if op.Name == "stablehlo.uniform_quantize" || op.Name == "stablehlo.uniform_dequantize" {
			reason = "quantized type: " + op.Name
			return false
		}
		if op.Name == "func.func" {
			if ft := stablehlo.FuncType(op); ft != nil {
				if r := typeReason(ft); r != "" {
					reason = r
					return false
				}
			}
		}
		for _, v := range op.Results {
			if r := typeReason(v.Type); r != "" {
				reason = r
				return false
			}
		}
		for _, r := range op.Regions {
			for _, b := range r.Blocks {
				for _, a := range b.Args {
					if r := typeReason(a.Type); r != "" {
						reason = r
						return false
					}
				}
			}
		}
		return true
	})
	return reason
}

// runModule runs the module's entry functions: main if it takes no
// arguments (or takes the RUN line's --args), else every public function that
// takes none. It returns the results printed as the reference interpreter
// prints them.
func runModule(m *stablehlo.Module, args []string, opts Options) (st Status, reason, output string) {
	runMu.Lock()
	defer runMu.Unlock()
	resetProbes()
	defer func() {
		if r := recover(); r != nil {
			st, reason = Fail, fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	if r := skipReason(m); r != "" {
		return Skip, r, ""
	}
	// The plugin's passes between reading and lowering (engine): sharding
	// stripped, CHLO legalized, simplified as XLA does before handing a
	// program to a plugin.
	if _, err := engine.Normalize(m, engine.Options{}); err != nil {
		return Fail, passReason(err), ""
	}
	if len(m.Funcs()) == 0 {
		return Pass, "", "" // an empty module runs nothing, successfully
	}
	var entries []string
	var in []*tensor.Buffer
	if f := m.Func("main"); f != nil && len(funcInputs(f)) == 0 {
		entries = []string{"main"}
	} else if f != nil && len(args) == len(funcInputs(f)) {
		bufs, err := argBuffers(args)
		if err != nil {
			return Fail, "--args: " + err.Error(), ""
		}
		entries, in = []string{"main"}, bufs
	} else {
		for _, f := range m.Funcs() {
			vis, _ := f.Attr("sym_visibility").(stablehlo.StringAttr)
			if vis.Value != "private" && len(funcInputs(f)) == 0 {
				entries = append(entries, stablehlo.FuncName(f))
			}
		}
	}
	if len(entries) == 0 {
		return Fail, "no function without arguments to run", ""
	}
	var out strings.Builder
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 20 * time.Second
	}
	for _, name := range entries {
		p, err := engine.Lower(m, engine.Options{Entry: name, NoFold: opts.NoFold}, nil)
		if err != nil {
			return Fail, "@" + name + ": " + passReason(err), ""
		}
		exe, err := engine.Prepare(p)
		if err != nil {
			return Fail, err.Error(), ""
		}
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		res, _, err := engine.Run(ctx, exe, in, vm.Options{})
		cancel()
		if err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				return Fail, fmt.Sprintf("@%s: timed out after %v", name, timeout), ""
			}
			return Fail, "@" + name + ": " + err.Error(), ""
		}
		for i, b := range res {
			if b != nil {
				out.WriteString(formatResult(p.Entry().Results[i], b) + "\n")
			}
		}
	}
	return Pass, "", out.String()
}

// passReason is a compile error as a case's reason: the pass and why (the
// file and case are named by the caller).
func passReason(err error) string {
	var pe *engine.PassError
	if errors.As(err, &pe) {
		return pe.Pass + ": " + pe.Err.Error()
	}
	return err.Error()
}

func funcInputs(f *stablehlo.Op) []stablehlo.Type {
	if ft := stablehlo.FuncType(f); ft != nil {
		return ft.Inputs
	}
	return nil
}

// Summary counts files by status.
type Summary struct{ Passed, Failed, Skipped int }

func (s Summary) String() string {
	return fmt.Sprintf("conformance: %d passed, %d failed, %d skipped", s.Passed, s.Failed, s.Skipped)
}

// Files lists the .mlir files of dirs (a file argument is taken as is), sorted.
func Files(paths ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		ms, err := filepath.Glob(filepath.Join(p, "*.mlir"))
		if err != nil {
			return nil, err
		}
		sort.Strings(ms)
		out = append(out, ms...)
	}
	return out, nil
}

// Tally sums file results.
func Tally(files []*File) Summary {
	var s Summary
	for _, f := range files {
		switch f.Status {
		case Pass:
			s.Passed++
		case Fail:
			s.Failed++
		default:
			s.Skipped++
		}
	}
	return s
}
