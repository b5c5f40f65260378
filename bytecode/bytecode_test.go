package bytecode_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	_ "github.com/hlovm/hlovm/internal/testkernels"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	_ "github.com/hlovm/hlovm/vm" // runs kernel regions
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

func compile(t *testing.T, src string, opts ...bytecode.Options) *bytecode.Program {
	t.Helper()
	p, err := tryCompile(src, opts...)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return p
}

func tryCompile(src string, opts ...bytecode.Options) (*bytecode.Program, error) {
	m, err := mlirtext.Parse([]byte(src), "t.mlir")
	if err != nil {
		return nil, err
	}
	var o bytecode.Options
	if len(opts) > 0 {
		o = opts[0]
	}
	return bytecode.CompileWith(m, o)
}

// chain: v_i = neg(v_{i-1}) over n steps; every intermediate dies at its one use.
func chain(n int) string {
	var b strings.Builder
	b.WriteString("func.func @main(%x: tensor<8xf32>) -> tensor<8xf32> {\n")
	prev := "%x"
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  %%v%d = \"test.copy\"(%s) : (tensor<8xf32>) -> tensor<8xf32>\n", i, prev)
		prev = fmt.Sprintf("%%v%d", i)
	}
	fmt.Fprintf(&b, "  return %s : tensor<8xf32>\n}\n", prev)
	return b.String()
}

func TestLivenessChain(t *testing.T) {
	p := compile(t, chain(100))
	f := p.Entry()
	// Two registers ping-ponging (the parameter's included): liveness frees
	// each value at its last use and the allocator reuses the register.
	if f.NumRegs != 2 {
		t.Errorf("a chain of 100 ops uses %d registers, want 2", f.NumRegs)
	}
	for pc, in := range f.Code {
		if in.Op != bytecode.KERNEL {
			continue
		}
		if len(in.Dies) != 1 || in.Dies[0] != in.Args[0] {
			t.Errorf("pc %d: dies %v, want its argument r%d", pc, in.Dies, in.Args[0])
		}
	}
}

func TestLivenessFanOutAndDeadResults(t *testing.T) {
	src := `
func.func @main(%x: tensor<8xf32>, %unused: tensor<8xf32>) -> tensor<8xf32> {
  %a = "test.copy"(%x) : (tensor<8xf32>) -> tensor<8xf32>
  %dead = "test.neg"(%a) : (tensor<8xf32>) -> tensor<8xf32>
  %b = "test.add"(%a, %x) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %c = "test.add"(%b, %a) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  return %c : tensor<8xf32>
}`
	f := compile(t, src).Entry()
	dies := func(pc int) string { return fmt.Sprint(f.Code[pc].Dies) }
	want := []struct {
		pc   int
		dies string
	}{
		{0, "[1]"}, // ENTER releases the unused parameter at once
		{1, "[]"},  // %a lives on
		{2, "[" + fmt.Sprint(f.Code[2].Results[0]) + "]"}, // %dead is never read
		{3, "[0]"}, // %x's last use
		{4, fmt.Sprint([]int32{f.Code[4].Args[0], f.Code[4].Args[1]})},
	}
	for _, w := range want {
		if got := dies(w.pc); got != w.dies {
			t.Errorf("pc %d (%s): dies %s, want %s", w.pc, f.Code[w.pc].Name, got, w.dies)
		}
	}
	// test.add is declared in-place: %c may take over %b or %a, both dying.
	if got := fmt.Sprint(f.Code[4].InPlace); got != "[0 1]" {
		t.Errorf("in-place candidates %s, want [0 1]", got)
	}
	// test.copy is not declared in-place.
	if len(f.Code[1].InPlace) != 0 {
		t.Errorf("test.copy got in-place candidates %v", f.Code[1].InPlace)
	}
}

const regionsSrc = `
func.func @main(%x: tensor<4xf32>, %n: tensor<i32>, %k: tensor<i32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %c = stablehlo.constant dense<0> : tensor<i32>
  %y = "test.neg"(%x) : (tensor<4xf32>) -> tensor<4xf32> loc("m.py":2:3)
  %0:2 = stablehlo.while(%i = %c, %v = %x) : tensor<i32>, tensor<4xf32>
  cond {
    %1 = "test.lt"(%i, %n) : (tensor<i32>, tensor<i32>) -> tensor<i1> loc("m.py":4:5)
    stablehlo.return %1 : tensor<i1>
  } do {
    %one = stablehlo.constant dense<1> : tensor<i32>
    %1 = "test.add"(%i, %one) : (tensor<i32>, tensor<i32>) -> tensor<i32> loc("m.py":6:5)
    %2 = "test.add"(%v, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("m.py":7:5)
    stablehlo.return %1, %2 : tensor<i32>, tensor<4xf32>
  } loc("m.py":3:1)
  %3 = "stablehlo.case"(%k) ({
    stablehlo.return %y : tensor<4xf32>
  }, {
    %4 = func.call @twice(%0#1) : (tensor<4xf32>) -> tensor<4xf32> loc("m.py":9:9)
    stablehlo.return %4 : tensor<4xf32>
  }) : (tensor<i32>) -> tensor<4xf32> loc("m.py":8:1)
  return %0#1, %3 : tensor<4xf32>, tensor<4xf32>
}
func.func private @twice(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "test.add"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("m.py":12:3)
  return %0 : tensor<4xf32>
}`

func TestRegionsAndCaptures(t *testing.T) {
	p := compile(t, regionsSrc)
	byName := map[string]*bytecode.Func{}
	for _, f := range p.Funcs {
		byName[f.Name] = f
	}
	var cond, body *bytecode.Func
	for _, f := range p.Funcs {
		switch f.Kind {
		case bytecode.KindWhileCond:
			cond = f
		case bytecode.KindWhileBody:
			body = f
		}
	}
	if cond == nil || body == nil || byName["@twice"] == nil {
		t.Fatalf("missing sub-programs: %v", p.Disassemble())
	}
	// The cond captures %n, the body captures %y; the constant %one is
	// materialised inside the body instead of being captured.
	if cond.NumArgs != 2 || cond.NumCaptures != 1 || body.NumArgs != 2 || body.NumCaptures != 1 {
		t.Errorf("cond %d+%d, body %d+%d parameters; want 2+1 each", cond.NumArgs, cond.NumCaptures, body.NumArgs, body.NumCaptures)
	}
	if cond.Parent != p.Main || body.Parent != p.Main {
		t.Errorf("regions' parent %d, %d; want main %d", cond.Parent, body.Parent, p.Main)
	}
	consts := 0
	for _, in := range body.Code {
		if in.Op == bytecode.CONST {
			consts++
		}
	}
	if consts != 1 {
		t.Errorf("body has %d CONSTs, want 1", consts)
	}
	// The WHILE passes inits, then the cond's captures, then the body's.
	for _, in := range p.Entry().Code {
		if in.Op == bytecode.WHILE && (in.Aux != 2 || fmt.Sprint(in.Split) != "[1 1]" || len(in.Args) != 4) {
			t.Errorf("WHILE layout: %d inits, split %v, %d args", in.Aux, in.Split, len(in.Args))
		}
	}
}

// TestDisassembly compares the listing with testdata/regions.dis (go test
// -update rewrites it).
func TestDisassembly(t *testing.T) {
	got := compile(t, regionsSrc).Disassemble()
	path := filepath.Join("testdata", "regions.dis")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("listing differs from %s:\n%s", path, got)
	}
	for _, s := range []string{"m.py:7:5", "WHILE", "CASE", "callee=#", "dies{", "(captured)", "KERNEL test.lt"} {
		if !strings.Contains(got, s) {
			t.Errorf("listing lacks %q", s)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown op", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "test.nosuchop"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("a.py":3:4)
  return %0 : tensor<2xf32>
}`, "test.nosuchop at a.py:3:4: op not supported by the interpreter"},
		{"builder refuses", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "test.nobuild"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("a.py":5:1)
  return %0 : tensor<2xf32>
}`, "test.nobuild at a.py:5:1: no kernel for this case"},
		{"dynamic shape", `
func.func @main(%x: tensor<?xf32>) -> tensor<?xf32> {
  %0 = "test.neg"(%x) : (tensor<?xf32>) -> tensor<?xf32> loc("a.py":7:1)
  return %0 : tensor<?xf32>
}`, "test.neg at a.py:7:1: dynamic shape"},
		{"missing callee", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = func.call @nope(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("a.py":9:1)
  return %0 : tensor<2xf32>
}`, "func.call at a.py:9:1: no function @nope"},
		{"kernel region captures", `
func.func @main(%x: tensor<2xf32>, %z: tensor<f32>) -> tensor<f32> {
  %0 = "test.fold"(%x, %z) ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "test.add"(%a, %z) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) : (tensor<2xf32>, tensor<f32>) -> tensor<f32> loc("a.py":11:1)
  return %0 : tensor<f32>
}`, "test.fold at a.py:11:1: region 0 uses %"},
		{"no entry", `func.func private @f() -> () { return }`, ""},
	}
	for _, tc := range tests {
		_, err := tryCompile(tc.src)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestLenientFail(t *testing.T) {
	src := `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "test.nosuchop"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("a.py":3:4)
  return %0 : tensor<2xf32>
}`
	p := compile(t, src, bytecode.Options{Lenient: true})
	if in := p.Entry().Code[1]; in.Op != bytecode.FAIL || !strings.Contains(in.Err.Error(), "a.py:3:4") {
		t.Errorf("want a FAIL naming the location, got %v %v", in.Op, in.Err)
	}
}

// TestVerifyRejects breaks compiled programs one rule at a time.
func TestVerifyRejects(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		break_ func(p *bytecode.Program)
		want   string
	}{
		// chain(3): pc1 r1 = copy(r0) dies{r0}; pc2 r0 = copy(r1) dies{r1};
		// pc3 r1 = copy(r0) dies{r0}; pc4 RETURN (r1).
		{"read before definition", chain(3), func(p *bytecode.Program) {
			p.Entry().Code[1].Args[0] = 1
		}, "holds no live value"},
		{"read after death", chain(3), func(p *bytecode.Program) {
			p.Entry().Code[4].Args[0] = 0
		}, "holds no live value"},
		{"result over a live value", chain(3), func(p *bytecode.Program) {
			p.Entry().Code[2].Dies = nil
		}, "overwrites a live value"},
		{"register out of range", chain(2), func(p *bytecode.Program) {
			p.Entry().Code[1].Results[0] = 99
		}, "out of range"},
		{"missing ENTER", chain(2), func(p *bytecode.Program) {
			p.Entry().Code = p.Entry().Code[1:]
		}, "must start with ENTER"},
		{"missing RETURN", chain(2), func(p *bytecode.Program) {
			f := p.Entry()
			f.Code = f.Code[:len(f.Code)-1]
		}, "no RETURN"},
		{"return type", chain(2), func(p *bytecode.Program) {
			p.Entry().Results = nil
		}, "return"},
		{"kernel without kernel", chain(2), func(p *bytecode.Program) {
			p.Entry().Code[1].Kernel = nil
		}, "KERNEL without a kernel"},
		{"constant index", regionsSrc, func(p *bytecode.Program) {
			for _, f := range p.Funcs {
				for i := range f.Code {
					if f.Code[i].Op == bytecode.CONST {
						f.Code[i].Aux = 1000
					}
				}
			}
		}, "pool index"},
		{"region boundary", regionsSrc, func(p *bytecode.Program) {
			for _, f := range p.Funcs {
				if f.Kind == bytecode.KindWhileBody {
					f.Parent = 99
				}
			}
		}, "crossing a region boundary"},
		{"wrong sub-program kind", regionsSrc, func(p *bytecode.Program) {
			for i := range p.Entry().Code {
				in := &p.Entry().Code[i]
				if in.Op == bytecode.WHILE {
					in.Subs[0], in.Subs[1] = in.Subs[1], in.Subs[0]
				}
			}
		}, "not usable here"},
		{"capture count", regionsSrc, func(p *bytecode.Program) {
			for i := range p.Entry().Code {
				in := &p.Entry().Code[i]
				if in.Op == bytecode.WHILE {
					in.Split[0]++
				}
			}
		}, "layout"},
		{"in place over a live value", regionsSrc, func(p *bytecode.Program) {
			for _, f := range p.Funcs {
				for i := range f.Code {
					if len(f.Code[i].InPlace) > 0 {
						f.Code[i].Dies = nil
					}
				}
			}
		}, "does not die here"},
		{"move of a live value", regionsSrc, func(p *bytecode.Program) {
			for i := range p.Entry().Code {
				in := &p.Entry().Code[i]
				if in.Op == bytecode.WHILE {
					for k := range in.Moves {
						in.Moves[k] = true
					}
				}
			}
		}, "moved but is not a single dying use"},
		{"call argument types", regionsSrc, func(p *bytecode.Program) {
			for _, f := range p.Funcs {
				if f.Name == "@twice" {
					f.Params[0] = stablehlo.Tensor(0, 3)
				}
			}
		}, "call arguments"},
	}
	for _, tc := range tests {
		p := compile(t, tc.src)
		if err := p.Verify(); err != nil {
			t.Fatalf("%s: compiled program does not verify: %v", tc.name, err)
		}
		tc.break_(p)
		err := p.Verify()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Verify() = %v, want an error containing %q", tc.name, err, tc.want)
		}
	}
}

// BenchmarkCompile: compile time matters (eager JAX compiles one program per op).
func BenchmarkCompile(b *testing.B) {
	m, err := mlirtext.Parse([]byte(chain(1000)), "t.mlir")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := bytecode.Compile(m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/op-compiled")
}
