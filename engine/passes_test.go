package engine

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

const addProgram = `func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.custom_call @Sharding(%a) {mhlo.sharding = "{replicated}"} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = stablehlo.add %0, %0 : tensor<4xf32>
  %2 = stablehlo.multiply %0, %0 : tensor<4xf32>
  %3 = chlo.erf %1 : tensor<4xf32> -> tensor<4xf32>
  return %3 : tensor<4xf32>
}`

func TestPassOrder(t *testing.T) {
	want := []string{"read", "normalize", "chlo", "simplify", "lower", "verify"}
	if got := Passes(); !slices.Equal(got, want) {
		t.Fatalf("Passes() = %v, want %v", got, want)
	}
	_, _, r, err := Build([]byte(addProgram), Options{Name: "t.mlir"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.Passes {
		got = append(got, p.Name)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("report passes = %v, want %v", got, want)
	}
}

func TestPassReport(t *testing.T) {
	m, p, r, err := Build([]byte(addProgram), Options{Name: "t.mlir"})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]PassReport{}
	for i, pr := range r.Passes {
		byName[pr.Name] = pr
		if i > 0 && pr.OpsBefore != r.Passes[i-1].OpsAfter {
			t.Errorf("%s starts with %d ops, %s ended with %d", pr.Name, pr.OpsBefore, r.Passes[i-1].Name, r.Passes[i-1].OpsAfter)
		}
		if pr.Time < 0 {
			t.Errorf("%s: negative time", pr.Name)
		}
	}
	tests := []struct {
		pass    string
		check   func(PassReport) bool
		explain string
	}{
		{"read", func(p PassReport) bool { return p.OpsBefore == 0 && p.OpsAfter == 6 }, "func, 4 ops, return"},
		{"normalize", func(p PassReport) bool { return p.OpsAfter == p.OpsBefore-1 }, "the Sharding custom_call is stripped"},
		{"chlo", func(p PassReport) bool { return p.OpsAfter > p.OpsBefore }, "erf expands to StableHLO"},
		{"simplify", func(p PassReport) bool { return p.OpsAfter < p.OpsBefore }, "the dead multiply goes"},
		{"lower", func(p PassReport) bool { return p.Instrs > 0 && p.OpsAfter == p.OpsBefore }, "instructions counted, IR untouched"},
		{"verify", func(p PassReport) bool { return p.Instrs == byName["lower"].Instrs }, "same program"},
	}
	for _, tc := range tests {
		if pr, ok := byName[tc.pass]; !ok || !tc.check(pr) {
			t.Errorf("%s: %+v (%s)", tc.pass, pr, tc.explain)
		}
	}
	if n := countOps(m); n != byName["simplify"].OpsAfter {
		t.Errorf("module has %d ops, simplify reported %d", n, byName["simplify"].OpsAfter)
	}
	if n := countInstrs(p); n != byName["verify"].Instrs {
		t.Errorf("program has %d instructions, verify reported %d", n, byName["verify"].Instrs)
	}
	s := r.String()
	for _, w := range append(Passes(), "ops before", "total") {
		if !strings.Contains(s, w) {
			t.Errorf("table lacks %q:\n%s", w, s)
		}
	}
}

func TestBadInputErrors(t *testing.T) {
	tests := []struct {
		name, src string
		pass      string
		want      []string // substrings of the message
	}{
		{"unsupported op", `func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.custom_call @no_such_target(%a) : (tensor<4xf32>) -> tensor<4xf32> loc("model.py":12:3)
  return %0 : tensor<4xf32>
}`, PassLower, []string{"bad.mlir", "stablehlo.custom_call", "no_such_target", "model.py:12:3"}},
		{"parse error", "func.func @main( {{{", PassRead, []string{"bad.mlir:1:"}},
		{"truncated bytecode", "ML\xEFR\x0d", PassRead, []string{"bad.mlir"}},
		{"no entry", `func.func @f() -> () { return }`, PassLower, []string{"bad.mlir", "@main"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Name: "bad.mlir"}
			if tc.pass == PassLower && strings.Contains(tc.name, "entry") {
				opts.Entry = "main"
			}
			_, _, r, err := Build([]byte(tc.src), opts)
			var pe *PassError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T), want a *PassError", err, err)
			}
			if pe.Pass != tc.pass {
				t.Errorf("failed in %s, want %s: %v", pe.Pass, tc.pass, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", err, w)
				}
			}
			if r == nil {
				t.Fatal("nil report")
			}
			for _, p := range r.Passes {
				if p.Name == tc.pass {
					t.Errorf("failed pass %s is in the report", p.Name)
				}
			}
		})
	}
}

func TestStripSharding(t *testing.T) {
	src := []byte(`func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.custom_call @Sharding(%a) {mhlo.sharding = "{replicated}"} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = stablehlo.custom_call @SPMDFullToShardShape(%0) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = stablehlo.add %1, %1 : tensor<4xf32>
  return %2 : tensor<4xf32>
}`)
	m, err := load.Read(src, "t")
	if err != nil {
		t.Fatal(err)
	}
	if !StripSharding(m) {
		t.Fatal("nothing stripped")
	}
	if StripSharding(m) {
		t.Fatal("second strip changed the module")
	}
	add := m.Func("main").Body().Ops[0]
	if add.Name != "stablehlo.add" || add.Operands[0].Owner != nil {
		t.Fatalf("add does not read the argument: %s", stablehlo.Print(m))
	}
	// And through the pipeline: what lower sees has no annotation.
	m, _, err = Read(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m.Walk(func(o *stablehlo.Op) bool {
		if o.Name == "stablehlo.custom_call" {
			t.Errorf("%s survived normalize", o.Name)
		}
		return true
	})
}

// TestFoldRunsRegions: lower hands bytecode the VM's runner, so an op whose
// kernel calls a region (a reduce whose body has a
// non-scalar op, so no scalar program stands in for it) folds at
// compile time; bytecode alone, without a runner, leaves it to run time.
func TestFoldRunsRegions(t *testing.T) {
	src := []byte(`func.func @main() -> tensor<f32> {
  %c = stablehlo.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %0 = stablehlo.reduce(%c init: %z) across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    reducer(%a: tensor<f32>, %b: tensor<f32>) {
      %s = stablehlo.add %a, %b : tensor<f32>
      %r = stablehlo.reshape %s : (tensor<f32>) -> tensor<1xf32>
      %u = stablehlo.reshape %r : (tensor<1xf32>) -> tensor<f32>
      %t = stablehlo.multiply %u, %u : tensor<f32>
      stablehlo.return %t : tensor<f32>
    }
  return %0 : tensor<f32>
}`)
	kernels := func(p *bytecode.Program) int {
		n := 0
		for _, in := range p.Entry().Code {
			if in.Op == bytecode.KERNEL && in.Name == "stablehlo.reduce" {
				n++
			}
		}
		return n
	}
	tests := []struct {
		name    string
		compile func() (*bytecode.Program, error)
		want    int
	}{
		{"engine folds", func() (*bytecode.Program, error) { _, p, _, err := Build(src, Options{}); return p, err }, 0},
		{"engine NoFold", func() (*bytecode.Program, error) { _, p, _, err := Build(src, Options{NoFold: true}); return p, err }, 1},
		{"bytecode without runner", func() (*bytecode.Program, error) {
			m, _, err := Read(src, Options{})
			if err != nil {
				return nil, err
			}
			return bytecode.CompileWith(m, bytecode.Options{})
		}, 1},
	}
	for _, tc := range tests {
		p, err := tc.compile()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := kernels(p); got != tc.want {
			t.Errorf("%s: %d reduce kernels, want %d:\n%s", tc.name, got, tc.want, p.Disassemble())
		}
		// Every form computes the same: the VM binds itself to run the region.
		exe, err := Interp.Prepare(p)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := Run(context.Background(), exe, nil, vm.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := tensor.View[float32](out[0])[0]; got != 21904 {
			t.Errorf("%s: result %v", tc.name, got)
		}
	}
}

// TestReadEach: the pass dumps see every pass before lowering, in order, and
// end with what Read gives.
func TestReadEach(t *testing.T) {
	src := []byte(`func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = chlo.erf %x : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}`)
	var seen []string
	var ops []int
	m, err := ReadEach(src, Options{}, func(pass string, m *stablehlo.Module) {
		seen = append(seen, pass)
		ops = append(ops, countOps(m))
	})
	if err != nil {
		t.Fatal(err)
	}
	want := Passes()
	want = want[:len(want)-2] // lower and verify are not IR passes
	if fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Errorf("passes %v, want %v", seen, want)
	}
	ref, _, err := Read(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := stablehlo.Equal(m, ref); err != nil {
		t.Errorf("ReadEach's module differs from Read's: %v", err)
	}
	if ops[0] == ops[len(ops)-1] {
		t.Errorf("op counts %v: the chlo pass changed nothing?", ops)
	}
}
