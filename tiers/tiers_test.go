package tiers

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/internal/shareddata"
	_ "github.com/hlovm/hlovm/interp/all"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// programs lists the JAX corpus (shared/) and the newest-JAX golden cases
// (vm/vmtest/testdata): each a program file and its io.npz.
func programs(t *testing.T) [][2]string {
	var out [][2]string
	dir := shareddata.Dir(t, "corpus/jax-0.11.2")
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		f := filepath.Join(dir, e.Name(), "module.vhlo-1.20.0.bc")
		if _, err := os.Stat(f); err == nil {
			out = append(out, [2]string{f, filepath.Join(dir, e.Name(), "io.npz")})
		}
	}
	newest, _ := filepath.Glob("../vm/vmtest/testdata/jax-*/*/module.vhlo-*.bc")
	for _, f := range newest {
		out = append(out, [2]string{f, filepath.Join(filepath.Dir(f), "io.npz")})
	}
	if len(out) < 40 {
		t.Fatalf("found %d programs", len(out))
	}
	return out
}

func inputs(t *testing.T, path string, p *bytecode.Program) []*tensor.Buffer {
	arrs, err := npz.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ins []*tensor.Buffer
	main := p.Entry()
	for _, a := range arrs {
		if strings.HasPrefix(a.Name, "in") {
			b, _, err := a.BufferJAX(stablehlo.ElementDType(main.Params[len(ins)]))
			if err != nil {
				t.Fatal(err)
			}
			ins = append(ins, b)
		}
	}
	return ins
}

func build(t *testing.T, path string) *bytecode.Program {
	_, p, _, err := engine.BuildFile(path, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFusedMatchesInterpreter is the no-diff check between tiers: every
// corpus program, with every region promoted at its first entry, computes
// bit for bit what tier 0 computes; and some regions do get fused.
func TestFusedMatchesInterpreter(t *testing.T) {
	promotedTotal := 0
	for _, pr := range programs(t) {
		name := filepath.Base(filepath.Dir(pr[0]))
		t.Run(name, func(t *testing.T) {
			ref := build(t, pr[0])
			args := inputs(t, pr[1], ref)
			want, _, err := vm.RunWithStats(context.Background(), ref, args)
			if err != nil {
				t.Fatal(err)
			}
			p := build(t, pr[0])
			exe, err := (&Tier{Threshold: 0, Set: true}).Prepare(p)
			if err != nil {
				t.Fatal(err)
			}
			defer Unwatch(p)
			for run := 0; run < 2; run++ {
				got, _, err := engine.Run(context.Background(), exe, args, vm.Options{Parallelism: 2})
				if err != nil {
					t.Fatalf("run %d: %v", run, err)
				}
				for i := range want {
					if !bytes.Equal(got[i].Data, want[i].Data) && !closeULP(got[i], want[i]) {
						t.Errorf("run %d: output %d differs from tier 0", run, i)
					}
				}
			}
			st := ManagerOf(p).Status()
			var ids []int
			for fi := range st {
				ids = append(ids, int(fi))
			}
			sort.Ints(ids)
			for _, fi := range ids {
				s := st[int32(fi)]
				if s.State == Promoted {
					promotedTotal++
				}
				if s.State == Declined && !strings.Contains(s.Reason, "no element-wise chain") {
					t.Errorf("%s declined: %s", s.Func, s.Reason)
				}
				t.Logf("%s %s: %s %s groups=%d ops=%d compile=%v", s.Func, s.Kind, s.State, s.Reason, s.Groups, s.OpsFused, s.CompileTime)
			}
		})
	}
	if promotedTotal < 10 {
		t.Errorf("only %d regions promoted over the corpus", promotedTotal)
	}
}

// closeULP accepts float outputs that differ only in NaN payloads or, where
// native code computes a math function through libm (double) or its own
// vectorised approximation (float) instead of Go's math, by at most 2 units
// in the last place of a double, 3 of a float.
func closeULP(a, b *tensor.Buffer) bool {
	if a.DType != b.DType || len(a.Data) != len(b.Data) || !(a.DType.IsFloat() || a.DType.IsComplex()) {
		return false
	}
	part := a.DType
	if part.IsComplex() {
		part = part.ComplexPart()
	}
	sz := part.StorageSize()
	ulps := uint64(3)
	if part == tensor.F64 {
		ulps = 2
	}
	for i := 0; i+sz <= len(a.Data); i += sz {
		if bytes.Equal(a.Data[i:i+sz], b.Data[i:i+sz]) {
			continue
		}
		x, y := bits(a.Data[i:i+sz]), bits(b.Data[i:i+sz])
		fx, fy := tensor.FloatFromBits(part, x), tensor.FloatFromBits(part, y)
		if fx != fx && fy != fy {
			continue
		}
		if part != tensor.F32 && part != tensor.F64 {
			return false
		}
		d := x - y
		if y > x {
			d = y - x
		}
		// A few ulps where one math function differs; downstream of it
		// (a loop, a gradient) the difference grows like any rounding
		// difference, so relative agreement at the corpus' tolerance
		// against XLA (rtol 1e-5) is what is asked there.
		if (fx < 0) == (fy < 0) && d <= ulps {
			continue
		}
		if math.Abs(fx-fy) > 1e-6+1e-5*math.Abs(fy) {
			return false
		}
	}
	return true
}

func bits(b []byte) uint64 {
	var u uint64
	for i := len(b) - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	return u
}

// TestNativeCodeGenerator: with llvmlite installed in the test virtualenv,
// fused kernels are compiled to machine code (not silently portable), and
// compute what tier 0 computes.
func TestNativeCodeGenerator(t *testing.T) {
	if _, err := fusion.JIT(); err != nil {
		t.Skipf("no native code generator: %v", err)
	}
	ir, err := func() (string, error) {
		_, p, _, err := engine.Build([]byte(chain), engine.Options{})
		if err != nil {
			return "", err
		}
		_, fn, err := standalone(p, p.Main)
		if err != nil {
			return "", err
		}
		rep, err := fusion.FuseFunc(fn)
		if err != nil || rep.Groups != 1 {
			t.Fatalf("fuse: %v, %+v", err, rep)
		}
		return fusion.EmitLLVM(rep.Kernels[0], "k")
	}()
	if err != nil {
		t.Fatalf("the chain's kernel does not emit: %v", err)
	}
	if !strings.Contains(ir, "fmul float") || !strings.Contains(ir, "llvm.maximum.f32") {
		t.Errorf("unexpected IR:\n%s", ir)
	}
	native0, _ := fusion.Counts()
	_, p, _, err := engine.Build([]byte(chain), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := tensor.New(tensor.F32, []int64{4194304})
	for i, v := range tensor.ViewBytes[float32](x.Data) {
		v = float32(i%1000)/100 - 5
		tensor.ViewBytes[float32](x.Data)[i] = v
	}
	want, _, err := vm.RunWithStats(context.Background(), p, []*tensor.Buffer{x})
	if err != nil {
		t.Fatal(err)
	}
	exe, err := (&Tier{Threshold: 0, Set: true}).Prepare(p)
	if err != nil {
		t.Fatal(err)
	}
	defer Unwatch(p)
	got, _, err := engine.Run(context.Background(), exe, []*tensor.Buffer{x}, vm.Options{Parallelism: 2})
	if err != nil {
		t.Fatal(err)
	}
	if native, _ := fusion.Counts(); native == native0 {
		t.Errorf("the fused kernel was not compiled to machine code")
	}
	if !bytes.Equal(got[0].Data, want[0].Data) {
		t.Errorf("native result differs from tier 0")
	}
}

// TestPromotedRegionPassesTokens: a promoted region that takes and returns
// a token (JAX threads ordered effects through loops this way) hands it on.
func TestPromotedRegionPassesTokens(t *testing.T) {
	const src = `
func.func @main(%t: !stablehlo.token, %x: tensor<4xf32>) -> (!stablehlo.token, tensor<4xf32>) {
  %c = stablehlo.constant dense<0> : tensor<i32>
  %n = stablehlo.constant dense<3> : tensor<i32>
  %r:3 = stablehlo.while(%i = %c, %tk = %t, %v = %x) : tensor<i32>, !stablehlo.token, tensor<4xf32>
  cond {
    %lt = stablehlo.compare LT, %i, %n, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %lt : tensor<i1>
  } do {
    %one = stablehlo.constant dense<1> : tensor<i32>
    %j = stablehlo.add %i, %one : tensor<i32>
    %a = stablehlo.add %v, %v : tensor<4xf32>
    %b = stablehlo.multiply %a, %v : tensor<4xf32>
    stablehlo.return %j, %tk, %b : tensor<i32>, !stablehlo.token, tensor<4xf32>
  }
  return %r#1, %r#2 : !stablehlo.token, tensor<4xf32>
}`
	_, p, _, err := engine.Build([]byte(src), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := tensor.New(tensor.F32, []int64{4})
	copy(tensor.ViewBytes[float32](x.Data), []float32{1, 0.5, -1, 2})
	want, _, err := vm.RunWithStats(context.Background(), p, []*tensor.Buffer{nil, x})
	if err != nil {
		t.Fatal(err)
	}
	exe, err := (&Tier{Threshold: 0, Set: true}).Prepare(p)
	if err != nil {
		t.Fatal(err)
	}
	defer Unwatch(p)
	got, _, err := engine.Run(context.Background(), exe, []*tensor.Buffer{nil, x}, vm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != nil || !bytes.Equal(got[1].Data, want[1].Data) {
		t.Errorf("got %v, want a token and %v", got, want[1])
	}
	promoted := 0
	for _, s := range ManagerOf(p).Status() {
		if s.State == Promoted {
			promoted++
		}
	}
	if promoted == 0 {
		t.Errorf("nothing promoted: %v", ManagerOf(p).Status())
	}
}
