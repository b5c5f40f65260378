package engine

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/hlovm/hlovm/bytecode"
	_ "github.com/hlovm/hlovm/interp/all" // every kernel package, so programs lower
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/chlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/vm"
)

// Options tune a compile. The zero value is what the plugin compiles JAX's
// programs with.
type Options struct {
	// Name names the program in error messages and in the locations of text
	// input ("program" when empty).
	Name string
	// Entry names the function to compile as main (bytecode.Options.Entry).
	Entry string
	// Lenient compiles an op without a kernel to a FAIL instruction, an
	// error only when reached (vmtrace run; never the plugin).
	Lenient bool
	// NoFold turns constant folding off, so ops on constants run in the VM.
	NoFold bool
	// NoInPlace turns result-over-argument buffer reuse off.
	NoInPlace bool
}

func (o Options) name() string {
	if o.Name == "" {
		return "program"
	}
	return o.Name
}

func (o Options) bytecode() bytecode.Options {
	return bytecode.Options{Entry: o.Entry, Lenient: o.Lenient, NoFold: o.NoFold, NoInPlace: o.NoInPlace, Runner: vm.RunRegion}
}

// The passes, in pipeline order.
const (
	PassRead      = "read"
	PassNormalize = "normalize"
	PassCHLO      = "chlo"
	PassSimplify  = "simplify"
	PassLower     = "lower"
	PassVerify    = "verify"
)

// irPass is a pass over the IR after reading.
type irPass struct {
	name string
	run  func(*stablehlo.Module) error
}

// irPasses run between read and lower. Sharding goes first so that simplify
// sees through the annotations (a dead op behind one is dead).
var irPasses = []irPass{
	{PassNormalize, func(m *stablehlo.Module) error { StripSharding(m); return nil }},
	{PassCHLO, chlo.Legalize},
	{PassSimplify, func(m *stablehlo.Module) error { load.Simplify(m); return nil }},
}

// Passes lists the pass names in the order a compile runs them.
func Passes() []string {
	out := []string{PassRead}
	for _, p := range irPasses {
		out = append(out, p.name)
	}
	return append(out, PassLower, PassVerify)
}

// PassReport is what one pass did.
type PassReport struct {
	Name string
	Time time.Duration
	// OpsBefore and OpsAfter count IR ops (nested ones included) before and
	// after the pass; read has none before. Lower and verify leave the IR
	// as it was.
	OpsBefore, OpsAfter int
	// Instrs counts bytecode instructions (every Func) after lower and
	// verify; 0 for the IR passes.
	Instrs int
}

// Report is what a compile did, pass by pass, in order.
type Report struct {
	Passes []PassReport
}

// Total is the time of every pass.
func (r *Report) Total() time.Duration {
	var t time.Duration
	for _, p := range r.Passes {
		t += p.Time
	}
	return t
}

// String is the pass table vmtrace prints.
func (r *Report) String() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "pass\ttime\tops before\tops after\tinstrs\t")
	for _, p := range r.Passes {
		instrs := "-"
		if p.Name == PassLower || p.Name == PassVerify {
			instrs = fmt.Sprint(p.Instrs)
		}
		fmt.Fprintf(w, "%s\t%v\t%d\t%d\t%s\n", p.Name, p.Time.Round(time.Microsecond/10), p.OpsBefore, p.OpsAfter, instrs)
	}
	fmt.Fprintf(w, "total\t%v\n", r.Total().Round(time.Microsecond/10))
	w.Flush()
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// PassError is a compile failure: the pass that failed and why. Its message
// is the reason (which names the op and its location), prefixed by the
// program's name except for read errors, whose readers name it already.
type PassError struct {
	Pass string
	Name string
	Err  error
}

func (e *PassError) Error() string {
	if e.Pass == PassRead {
		return e.Err.Error()
	}
	return e.Name + ": " + e.Err.Error()
}

func (e *PassError) Unwrap() error { return e.Err }

// countOps counts m's ops, nested ones included.
func countOps(m *stablehlo.Module) int {
	n := 0
	m.Walk(func(*stablehlo.Op) bool { n++; return true })
	return n
}

func countInstrs(p *bytecode.Program) int {
	n := 0
	for _, f := range p.Funcs {
		n += len(f.Code)
	}
	return n
}

// Read runs the passes up to lowering: read, normalize, chlo, simplify. The
// module it returns is what lower would compile.
func Read(code []byte, opts Options) (*stablehlo.Module, *Report, error) {
	r := &Report{}
	start := time.Now()
	m, err := load.Read(code, opts.name())
	if err != nil {
		return nil, r, &PassError{Pass: PassRead, Name: opts.name(), Err: err}
	}
	n := countOps(m)
	r.Passes = append(r.Passes, PassReport{Name: PassRead, Time: time.Since(start), OpsAfter: n})
	if err := normalize(m, n, opts, r); err != nil {
		return nil, r, err
	}
	return m, r, nil
}

// ReadFile is Read of a file's bytes; the file's path names it unless opts
// does.
func ReadFile(path string, opts Options) (*stablehlo.Module, *Report, error) {
	code, err := os.ReadFile(path)
	if err != nil {
		return nil, &Report{}, err
	}
	if opts.Name == "" {
		opts.Name = path
	}
	return Read(code, opts)
}

// ReadEach is Read with after called on the module after each pass (read,
// then every IR pass in order): the pass dumps of HLOVM_DUMP, the analogue
// of XLA's --xla_dump_to. The module is the live one: after must not keep
// or change it.
func ReadEach(code []byte, opts Options, after func(pass string, m *stablehlo.Module)) (*stablehlo.Module, error) {
	m, err := load.Read(code, opts.name())
	if err != nil {
		return nil, &PassError{Pass: PassRead, Name: opts.name(), Err: err}
	}
	after(PassRead, m)
	for _, p := range irPasses {
		if err := p.run(m); err != nil {
			return nil, &PassError{Pass: p.name, Name: opts.name(), Err: err}
		}
		after(p.name, m)
	}
	return m, nil
}

// Normalize runs the passes between read and lower on a module a caller
// parsed itself (the conformance runner splits files into cases first).
func Normalize(m *stablehlo.Module, opts Options) (*Report, error) {
	r := &Report{}
	return r, normalize(m, countOps(m), opts, r)
}

func normalize(m *stablehlo.Module, n int, opts Options, r *Report) error {
	for _, p := range irPasses {
		start := time.Now()
		if err := p.run(m); err != nil {
			return &PassError{Pass: p.name, Name: opts.name(), Err: err}
		}
		after := countOps(m)
		r.Passes = append(r.Passes, PassReport{Name: p.name, Time: time.Since(start), OpsBefore: n, OpsAfter: after})
		n = after
	}
	return nil
}

// Lower runs lower and verify on a normalized module (Read's or
// Normalize's), adding their reports to r when it is not nil.
func Lower(m *stablehlo.Module, opts Options, r *Report) (*bytecode.Program, error) {
	if r == nil {
		r = &Report{}
	}
	n := countOps(m)
	start := time.Now()
	p, err := bytecode.CompileWith(m, opts.bytecode())
	if err != nil {
		return nil, &PassError{Pass: PassLower, Name: opts.name(), Err: err}
	}
	k := countInstrs(p)
	r.Passes = append(r.Passes, PassReport{Name: PassLower, Time: time.Since(start), OpsBefore: n, OpsAfter: n, Instrs: k})
	// CompileWith verifies its own output too; this pass is where a program
	// changed after lowering (a tier's rewrite) gets checked, and it is timed.
	start = time.Now()
	if err := p.Verify(); err != nil {
		return nil, &PassError{Pass: PassVerify, Name: opts.name(), Err: err}
	}
	r.Passes = append(r.Passes, PassReport{Name: PassVerify, Time: time.Since(start), OpsBefore: n, OpsAfter: n, Instrs: k})
	return p, nil
}

// Build runs every pass on code, uncached: the module after simplify, the
// program and the report. Engine.Compile is the cached form.
func Build(code []byte, opts Options) (*stablehlo.Module, *bytecode.Program, *Report, error) {
	m, r, err := Read(code, opts)
	if err != nil {
		return nil, nil, r, err
	}
	p, err := Lower(m, opts, r)
	if err != nil {
		return m, nil, r, err
	}
	return m, p, r, nil
}

// BuildFile is Build of a file's bytes, named by its path unless opts names
// it.
func BuildFile(path string, opts Options) (*stablehlo.Module, *bytecode.Program, *Report, error) {
	code, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, &Report{}, err
	}
	if opts.Name == "" {
		opts.Name = path
	}
	return Build(code, opts)
}
