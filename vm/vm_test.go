package vm_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hlovm/hlovm/bytecode"
	_ "github.com/hlovm/hlovm/internal/testkernels"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

func compile(t testing.TB, src string, opts ...bytecode.Options) *bytecode.Program {
	t.Helper()
	m, err := mlirtext.Parse([]byte(src), "t.mlir")
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var o bytecode.Options
	if len(opts) > 0 {
		o = opts[0]
	}
	p, err := bytecode.CompileWith(m, o)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return p
}

func f32(shape []int64, v ...float32) *tensor.Buffer {
	b := tensor.New(tensor.F32, shape)
	copy(tensor.View[float32](b), v)
	return b
}

func i32(v int32) *tensor.Buffer {
	b := tensor.New(tensor.I32, nil)
	tensor.View[int32](b)[0] = v
	return b
}

func i1(v bool) *tensor.Buffer {
	b := tensor.New(tensor.I1, nil)
	if v {
		b.Data[0] = 1
	}
	return b
}

func floats(b *tensor.Buffer) []float32 { return tensor.View[float32](b) }

func eqF(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

const whileSrc = `
func.func @main(%a: tensor<4xf32>, %n: tensor<i32>) -> tensor<4xf32> {
  %c = stablehlo.constant dense<0> : tensor<i32>
  %0:2 = stablehlo.while(%i = %c, %x = %a) : tensor<i32>, tensor<4xf32>
  cond {
    %1 = "test.lt"(%i, %n) : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %1 : tensor<i1>
  } do {
    %1 = "test.inci"(%i) : (tensor<i32>) -> tensor<i32>
    %2 = "test.add"(%x, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    stablehlo.return %1, %2 : tensor<i32>, tensor<4xf32>
  }
  return %0#1 : tensor<4xf32>
}`

func TestWhile(t *testing.T) {
	p := compile(t, whileSrc)
	for _, n := range []int32{0, 1, 5} {
		a := f32([]int64{4}, 1, 2, 3, 4)
		out, err := vm.Run(context.Background(), p, []*tensor.Buffer{a, i32(n)})
		if err != nil {
			t.Fatal(err)
		}
		want := make([]float32, 4)
		for i := range want {
			want[i] = float32(i+1) * float32(n+1)
		}
		if !eqF(floats(out[0]), want) {
			t.Errorf("n=%d: got %v, want %v", n, floats(out[0]), want)
		}
		if !eqF(floats(a), []float32{1, 2, 3, 4}) {
			t.Errorf("input mutated: %v", floats(a))
		}
	}
	// The body is entered n times per run: 0+1+5 over the three runs.
	var body *bytecode.Func
	for _, f := range p.Funcs {
		if f.Kind == bytecode.KindWhileBody {
			body = f
		}
	}
	if got := body.Entries.Load(); got != 6 {
		t.Errorf("body entries = %d, want 6", got)
	}
}

const caseSrc = `
func.func @main(%k: tensor<i32>, %x: tensor<2xf32>, %p: tensor<i1>) -> (tensor<2xf32>, tensor<2xf32>) {
  %0 = "stablehlo.case"(%k) ({
    stablehlo.return %x : tensor<2xf32>
  }, {
    %1 = "test.neg"(%x) : (tensor<2xf32>) -> tensor<2xf32>
    stablehlo.return %1 : tensor<2xf32>
  }, {
    %1 = "test.add"(%x, %x) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    stablehlo.return %1 : tensor<2xf32>
  }) : (tensor<i32>) -> tensor<2xf32>
  %2 = "stablehlo.if"(%p) ({
    %c = stablehlo.constant dense<[10.0, 20.0]> : tensor<2xf32>
    stablehlo.return %c : tensor<2xf32>
  }, {
    %1 = "test.neg"(%0) : (tensor<2xf32>) -> tensor<2xf32>
    stablehlo.return %1 : tensor<2xf32>
  }) : (tensor<i1>) -> tensor<2xf32>
  return %0, %2 : tensor<2xf32>, tensor<2xf32>
}`

func TestCaseIf(t *testing.T) {
	p := compile(t, caseSrc)
	tests := []struct {
		k       int32
		p       bool
		want0   []float32
		want1   []float32
		comment string
	}{
		{0, true, []float32{1, -2}, []float32{10, 20}, "identity branch, constant"},
		{1, false, []float32{-1, 2}, []float32{1, -2}, "neg"},
		{2, false, []float32{2, -4}, []float32{-2, 4}, "add"},
		{7, true, []float32{2, -4}, []float32{10, 20}, "out of range runs the last branch"},
		{-1, true, []float32{2, -4}, []float32{10, 20}, "negative runs the last branch"},
	}
	for _, tc := range tests {
		x := f32([]int64{2}, 1, -2)
		out, err := vm.Run(context.Background(), p, []*tensor.Buffer{i32(tc.k), x, i1(tc.p)})
		if err != nil {
			t.Fatal(err)
		}
		if !eqF(floats(out[0]), tc.want0) || !eqF(floats(out[1]), tc.want1) {
			t.Errorf("%s: got %v %v, want %v %v", tc.comment, floats(out[0]), floats(out[1]), tc.want0, tc.want1)
		}
		// Outputs that are inputs or constants come back as copies.
		floats(out[0])[0] = 99
		floats(out[1])[0] = 99
		if floats(x)[0] != 1 {
			t.Errorf("%s: output aliases the input", tc.comment)
		}
	}
	// The constant pool was not written through a returned buffer.
	out, _ := vm.Run(context.Background(), p, []*tensor.Buffer{i32(0), f32([]int64{2}, 1, 2), i1(true)})
	if !eqF(floats(out[1]), []float32{10, 20}) {
		t.Errorf("constant pool corrupted: %v", floats(out[1]))
	}
}

const callSrc = `
func.func @main(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>) {
  %0 = func.call @twice(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %1 = stablehlo.composite "my.neg" %0 {decomposition = @negf} : (tensor<3xf32>) -> tensor<3xf32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %2 = "test.fold"(%x, %z) ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "test.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
  %3 = "test.callf"(%x) {fn = "twice"} : (tensor<3xf32>) -> tensor<3xf32>
  return %0, %1, %2, %3 : tensor<3xf32>, tensor<3xf32>, tensor<f32>, tensor<3xf32>
}
func.func private @twice(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = "test.add"(%x, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
func.func private @negf(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = "test.neg"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}`

func TestCallCompositeRegion(t *testing.T) {
	p := compile(t, callSrc)
	out, err := vm.Run(context.Background(), p, []*tensor.Buffer{f32([]int64{3}, 1, 2, 3)})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float32{{2, 4, 6}, {-2, -4, -6}, {6}, {2, 4, 6}}
	for i, w := range want {
		if !eqF(floats(out[i]), w) {
			t.Errorf("result %d = %v, want %v", i, floats(out[i]), w)
		}
	}
}

const tupleSrc = `
func.func @main(%x: tensor<2xf32>, %y: tensor<i32>) -> (tensor<2xf32>, tensor<i32>) {
  %t = stablehlo.tuple %x, %y : tuple<tensor<2xf32>, tensor<i32>>
  %a = stablehlo.get_tuple_element %t[1] : (tuple<tensor<2xf32>, tensor<i32>>) -> tensor<i32>
  %b = stablehlo.get_tuple_element %t[0] : (tuple<tensor<2xf32>, tensor<i32>>) -> tensor<2xf32>
  %n = "test.neg"(%b) : (tensor<2xf32>) -> tensor<2xf32>
  %o:2 = stablehlo.optimization_barrier %n, %a : tensor<2xf32>, tensor<i32>
  %tok = stablehlo.after_all : !stablehlo.token
  return %o#0, %o#1 : tensor<2xf32>, tensor<i32>
}`

func TestTupleBarrierToken(t *testing.T) {
	p := compile(t, tupleSrc)
	out, err := vm.Run(context.Background(), p, []*tensor.Buffer{f32([]int64{2}, 1, 2), i32(7)})
	if err != nil {
		t.Fatal(err)
	}
	if !eqF(floats(out[0]), []float32{-1, -2}) || tensor.View[int32](out[1])[0] != 7 {
		t.Errorf("got %v %v", floats(out[0]), tensor.View[int32](out[1]))
	}
}

func TestRuntimeErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"kernel error", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "test.neg"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("t.mlir":3:8)
  %1 = "test.fail"(%0) : (tensor<2xf32>) -> tensor<2xf32> loc("t.mlir":4:8)
  return %1 : tensor<2xf32>
}`, "test.fail at t.mlir:4:8: boom"},
		{"kernel panic", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %1 = "test.panic"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("model.py":10:2)
  return %1 : tensor<2xf32>
}`, "test.panic at model.py:10:2: kernel panicked"},
		{"inside a while body", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %c = stablehlo.constant dense<0> : tensor<i32>
  %n = stablehlo.constant dense<3> : tensor<i32>
  %0:2 = stablehlo.while(%i = %c, %v = %x) : tensor<i32>, tensor<2xf32>
  cond {
    %1 = "test.lt"(%i, %n) : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %1 : tensor<i1>
  } do {
    %1 = "test.inci"(%i) : (tensor<i32>) -> tensor<i32>
    %2 = "test.fail"(%v) : (tensor<2xf32>) -> tensor<2xf32> loc("body.py":7:3)
    stablehlo.return %1, %2 : tensor<i32>, tensor<2xf32>
  } loc("main.py":4:1)
  return %0#1 : tensor<2xf32>
}`, "test.fail at body.py:7:3: boom (in stablehlo.while at main.py:4:1)"},
	}
	tests = append(tests, struct{ name, src, want string }{"inside a kernel region", `
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %0 = "test.fold"(%x, %z) ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "test.fail"(%a) : (tensor<f32>) -> tensor<f32> loc("body.py":3:3)
    stablehlo.return %s : tensor<f32>
  }) : (tensor<2xf32>, tensor<f32>) -> tensor<f32> loc("main.py":9:1)
  %1 = "test.callf"(%x) {fn = "f"} : (tensor<2xf32>) -> tensor<2xf32>
  return %1 : tensor<2xf32>
}
func.func private @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}`, "test.fail at body.py:3:3: boom (in test.fold at main.py:9:1)"})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := compile(t, tc.src)
			_, err := vm.Run(context.Background(), p, []*tensor.Buffer{f32([]int64{2}, 1, 2)})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
			var ve *vm.Error
			if !errors.As(err, &ve) || ve.Loc == "" || ve.Op == "" {
				t.Errorf("error %T does not carry op and location", err)
			}
		})
	}
}

func TestArgChecks(t *testing.T) {
	p := compile(t, whileSrc)
	tests := []struct {
		name string
		args []*tensor.Buffer
		want string
	}{
		{"count", []*tensor.Buffer{f32([]int64{4})}, "takes 2 arguments, got 1"},
		{"dtype", []*tensor.Buffer{f32([]int64{4}), f32(nil)}, "argument 1 is f32[], want tensor<i32>"},
		{"shape", []*tensor.Buffer{f32([]int64{5}), i32(1)}, "argument 0 is f32[5], want tensor<4xf32>"},
		{"nil", []*tensor.Buffer{nil, i32(1)}, "argument 0 is nil"},
		{"short data", []*tensor.Buffer{{DType: tensor.F32, Shape: []int64{4}, Data: make([]byte, 3)}, i32(1)}, "holds 3 bytes"},
	}
	for _, tc := range tests {
		_, err := vm.Run(context.Background(), p, tc.args)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestConcurrentRuns(t *testing.T) {
	p := compile(t, whileSrc)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			n := int32(g % 7)
			for rep := 0; rep < 20; rep++ {
				out, err := vm.Run(context.Background(), p, []*tensor.Buffer{f32([]int64{4}, 1, 1, 1, 1), i32(n)})
				if err != nil {
					errs <- err
					return
				}
				if got := floats(out[0])[3]; got != float32(n+1) {
					errs <- fmt.Errorf("goroutine %d: got %v, want %v", g, got, n+1)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// chain builds main(x) = neg(neg(...neg(x))) with n negations over a vector of
// size elements, so at most two intermediates need to be alive at once.
func chain(n, size int, op string) string {
	var b strings.Builder
	ty := fmt.Sprintf("tensor<%dxf32>", size)
	fmt.Fprintf(&b, "func.func @main(%%x: %s) -> %s {\n", ty, ty)
	prev := "%x"
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  %%v%d = \"%s\"(%s) : (%s) -> %s\n", i, op, prev, ty, ty)
		prev = fmt.Sprintf("%%v%d", i)
	}
	fmt.Fprintf(&b, "  return %s : %s\n}\n", prev, ty)
	return b.String()
}

func TestPeakMemory(t *testing.T) {
	const size = 1 << 16 // 256 KiB per buffer
	const bytes = size * 4
	tests := []struct {
		name  string
		op    string
		opts  bytecode.Options
		peak  int64
		inpl  int64
		fresh int64 // allocations not served by the pool or in place
	}{
		// Each result needs a new buffer while its argument is read; the dead
		// argument then goes back to the pool: two buffers alive at most.
		{"released", "test.copy", bytecode.Options{}, 2 * bytes, 0, 2},
		// In place: the first result is fresh (the input is never written),
		// every later one takes over its dying argument.
		{"in place", "test.neg", bytecode.Options{}, bytes, 49, 1},
		{"in place off", "test.neg", bytecode.Options{NoInPlace: true}, 2 * bytes, 0, 2},
	}
	for _, tc := range tests {
		p := compile(t, chain(50, size, tc.op), tc.opts)
		x := tensor.New(tensor.F32, []int64{size})
		floats(x)[0] = 3
		out, st, err := vm.RunWithStats(context.Background(), p, []*tensor.Buffer{x})
		if err != nil {
			t.Fatal(err)
		}
		if st.PeakBytes != tc.peak || st.InPlace != tc.inpl || st.Allocs != tc.fresh {
			t.Errorf("%s: peak %d in-place %d allocs %d, want %d %d %d", tc.name, st.PeakBytes, st.InPlace, st.Allocs, tc.peak, tc.inpl, tc.fresh)
		}
		if floats(x)[0] != 3 {
			t.Errorf("%s: input mutated", tc.name)
		}
		if want := float32(3); floats(out[0])[0] != want { // 50 negations
			t.Errorf("%s: got %v, want %v", tc.name, floats(out[0])[0], want)
		}
		if st.InputBytes != bytes || st.OutputBytes != bytes {
			t.Errorf("%s: input/output bytes %d %d", tc.name, st.InputBytes, st.OutputBytes)
		}
	}
}

func TestWhilePeakMemory(t *testing.T) {
	// 100 iterations of x = x + a: the loop state moves into the body, so only
	// the state and one new value are alive at once, never one per iteration.
	p := compile(t, strings.ReplaceAll(whileSrc, "4xf32", "4096xf32"))
	a := tensor.New(tensor.F32, []int64{4096})
	_, st, err := vm.RunWithStats(context.Background(), p, []*tensor.Buffer{a, i32(100)})
	if err != nil {
		t.Fatal(err)
	}
	if max := int64(2*4096*4 + 64); st.PeakBytes > max {
		t.Errorf("peak %d bytes over 100 iterations, want at most %d", st.PeakBytes, max)
	}
	if st.InPlace < 98 {
		t.Errorf("in-place results %d, want the loop state updated in place (>= 98)", st.InPlace)
	}
}

func TestProfile(t *testing.T) {
	p := compile(t, whileSrc)
	_, st, err := vm.RunWithOptions(context.Background(), p, []*tensor.Buffer{f32([]int64{4}), i32(3)}, vm.Options{Profile: true})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int64{}
	for _, e := range st.Profile {
		counts[e.Op] += e.Count
	}
	if counts["test.add"] != 3 || counts["test.lt"] != 4 || counts["WHILE"] != 1 {
		t.Errorf("profile counts %v", counts)
	}
}

func TestCancel(t *testing.T) {
	p := compile(t, whileSrc)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := vm.Run(ctx, p, []*tensor.Buffer{f32([]int64{4}), i32(1 << 30)})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error %v, want deadline exceeded", err)
	}
}

func TestLenientFail(t *testing.T) {
	src := `
func.func @main(%p: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.if"(%p) ({
    %1 = "test.nobuild"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("m.py":2:2)
    stablehlo.return %1 : tensor<2xf32>
  }, {
    %1 = "test.neg"(%x) : (tensor<2xf32>) -> tensor<2xf32>
    stablehlo.return %1 : tensor<2xf32>
  }) : (tensor<i1>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}`
	p := compile(t, src, bytecode.Options{Lenient: true})
	out, err := vm.Run(context.Background(), p, []*tensor.Buffer{i1(false), f32([]int64{2}, 1, 2)})
	if err != nil || !eqF(floats(out[0]), []float32{-1, -2}) {
		t.Fatalf("untaken unsupported branch: %v %v", out, err)
	}
	_, err = vm.Run(context.Background(), p, []*tensor.Buffer{i1(true), f32([]int64{2}, 1, 2)})
	if err == nil || !strings.Contains(err.Error(), "test.nobuild at m.py:2:2") || !strings.Contains(err.Error(), "no kernel for this case") {
		t.Fatalf("error %v", err)
	}
}

// BenchmarkDispatch measures the VM's overhead per instruction: a chain of
// 1000 scalar ops whose kernel does almost nothing.
func BenchmarkDispatch(b *testing.B) {
	var s strings.Builder
	s.WriteString("func.func @main(%x: tensor<i32>) -> tensor<i32> {\n")
	prev := "%x"
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&s, "  %%v%d = \"test.inci\"(%s) : (tensor<i32>) -> tensor<i32>\n", i, prev)
		prev = fmt.Sprintf("%%v%d", i)
	}
	fmt.Fprintf(&s, "  return %s : tensor<i32>\n}\n", prev)
	p := compile(b, s.String())
	x := i32(0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := vm.Run(context.Background(), p, []*tensor.Buffer{x}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/instr")
}

// BenchmarkRegionCall measures a kernel calling a compiled region through
// interp.Callable (the generic path of reduce/sort/scatter bodies): one call
// per element.
func BenchmarkRegionCall(b *testing.B) {
	src := strings.ReplaceAll(callSrc, "3xf32", "1000xf32")
	p := compile(b, src)
	x := tensor.New(tensor.F32, []int64{1000})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := vm.Run(context.Background(), p, []*tensor.Buffer{x}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/call")
}

func TestMachineReuse(t *testing.T) {
	const size = 1 << 12
	p := compile(t, chain(20, size, "test.copy"))
	m := vm.NewMachine(p, vm.Options{})
	x := tensor.New(tensor.F32, []int64{size})
	var outs []*tensor.Buffer
	for step := 0; step < 3; step++ {
		floats(x)[0] = float32(step)
		out, st, err := m.Run(context.Background(), []*tensor.Buffer{x})
		if err != nil {
			t.Fatal(err)
		}
		if floats(out[0])[0] != float32(step) {
			t.Fatalf("step %d: got %v", step, floats(out[0])[0])
		}
		// The first run allocates the two ping-pong buffers; later runs find
		// one in the pool (the other left as the previous output).
		want := int64(2)
		if step > 0 {
			want = 1
		}
		if st.Allocs != want {
			t.Errorf("step %d: %d fresh allocations, want %d", step, st.Allocs, want)
		}
		outs = append(outs, out[0])
	}
	// Earlier outputs are the caller's: later runs must not have reused them.
	for k, o := range outs {
		if floats(o)[0] != float32(k) {
			t.Errorf("output of step %d was overwritten: %v", k, floats(o)[0])
		}
	}
}

// bodyImpl computes whileSrc's loop body, (i, x, a) -> (i+1, x+a), in Go: a
// stand-in for a fused kernel from a higher tier.
type bodyImpl struct {
	calls atomic.Int64
	fail  bool
	bad   bool
}

func (b *bodyImpl) Run(_ *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	b.calls.Add(1)
	if b.fail {
		return nil, errors.New("fused kernel failed")
	}
	i := i32(tensor.View[int32](args[0])[0] + 1)
	x := tensor.New(tensor.F32, args[1].Shape)
	for k, v := range floats(args[1]) {
		floats(x)[k] = v + floats(args[2])[k]
	}
	if b.bad {
		return []*tensor.Buffer{i, i}, nil
	}
	return []*tensor.Buffer{i, x}, nil
}

func TestPromotedRegion(t *testing.T) {
	p := compile(t, whileSrc)
	var body *bytecode.Func
	for _, f := range p.Funcs {
		if f.Kind == bytecode.KindWhileBody {
			body = f
		}
	}
	impl := &bodyImpl{}
	body.Promote("go-body", impl)
	out, st, err := vm.RunWithOptions(context.Background(), p, []*tensor.Buffer{f32([]int64{4}, 1, 2, 3, 4), i32(3)}, vm.Options{Profile: true})
	if err != nil {
		t.Fatal(err)
	}
	if !eqF(floats(out[0]), []float32{4, 8, 12, 16}) {
		t.Errorf("got %v", floats(out[0]))
	}
	if impl.calls.Load() != 3 || body.Entries.Load() != 3 {
		t.Errorf("promoted body ran %d times, entries %d; want 3, 3", impl.calls.Load(), body.Entries.Load())
	}
	for _, e := range st.Profile {
		if e.Op == "test.add" || e.Op == "test.inci" {
			t.Errorf("the interpreted body still ran: %+v", e)
		}
	}
	impl.fail = true
	if _, err := vm.Run(context.Background(), p, []*tensor.Buffer{f32([]int64{4}), i32(3)}); err == nil || !strings.Contains(err.Error(), "tier go-body") || !strings.Contains(err.Error(), "fused kernel failed") {
		t.Errorf("error %v", err)
	}
	impl.fail, impl.bad = false, true
	if _, err := vm.Run(context.Background(), p, []*tensor.Buffer{f32([]int64{4}), i32(3)}); err == nil || !strings.Contains(err.Error(), "result 1 is i32[], want tensor<4xf32>") {
		t.Errorf("error %v", err)
	}
	// Back to tier 0.
	body.Promote("", nil)
	out, err = vm.Run(context.Background(), p, []*tensor.Buffer{f32([]int64{4}, 1, 2, 3, 4), i32(3)})
	if err != nil || !eqF(floats(out[0]), []float32{4, 8, 12, 16}) {
		t.Errorf("after demotion: %v %v", out, err)
	}
}

func TestDonatedInputs(t *testing.T) {
	const size = 1 << 10
	p := compile(t, chain(10, size, "test.neg"))
	tests := []struct {
		name    string
		donated []bool
		allocs  int64
		inplace int64
	}{
		{"kept", nil, 1, 9},
		{"donated", []bool{true}, 0, 10},
	}
	for _, tc := range tests {
		x := tensor.New(tensor.F32, []int64{size})
		floats(x)[0] = 3
		out, st, err := vm.RunWithOptions(context.Background(), p, []*tensor.Buffer{x}, vm.Options{Donated: tc.donated})
		if err != nil {
			t.Fatal(err)
		}
		if st.Allocs != tc.allocs || st.InPlace != tc.inplace || floats(out[0])[0] != 3 {
			t.Errorf("%s: %d allocations, %d in place, result %v; want %d, %d, 3", tc.name, st.Allocs, st.InPlace, floats(out[0])[0], tc.allocs, tc.inplace)
		}
		shared := &out[0].Data[0] == &x.Data[0]
		if shared != (tc.donated != nil) {
			t.Errorf("%s: output shares the input's storage: %v", tc.name, shared)
		}
	}
	// A buffer passed twice is not donated (the other parameter still reads it).
	p2 := compile(t, `func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = "test.neg"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "test.neg"(%b) : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}`)
	x := f32([]int64{4}, 1, 2, 3, 4)
	out, _, err := vm.RunWithOptions(context.Background(), p2, []*tensor.Buffer{x, x}, vm.Options{Donated: []bool{true, true}})
	if err != nil {
		t.Fatal(err)
	}
	if !eqF(floats(out[0]), []float32{-1, -2, -3, -4}) || !eqF(floats(out[1]), []float32{-1, -2, -3, -4}) {
		t.Errorf("twice-donated buffer: %v %v", floats(out[0]), floats(out[1]))
	}
}

func TestCallInto(t *testing.T) {
	src := strings.ReplaceAll(strings.ReplaceAll(callSrc, "test.fold", "test.foldinto"), "3xf32", "1000xf32")
	p := compile(t, src)
	x := tensor.New(tensor.F32, []int64{1000})
	for i := range floats(x) {
		floats(x)[i] = float32(i % 7)
	}
	out, err := vm.Run(context.Background(), p, []*tensor.Buffer{x})
	if err != nil {
		t.Fatal(err)
	}
	var want float32
	for _, v := range floats(x) {
		want += v
	}
	if got := floats(out[2])[0]; got != want {
		t.Errorf("fold through CallInto = %v, want %v", got, want)
	}
	// A warm region call allocates nothing per element.
	if raceEnabled {
		return
	}
	allocs := testing.AllocsPerRun(5, func() {
		if _, err := vm.Run(context.Background(), p, []*tensor.Buffer{x}); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 200 { // per run of 1000 region calls, not per call
		t.Errorf("%v allocations per run of 1000 region calls", allocs)
	}
}

func BenchmarkRegionCallInto(b *testing.B) {
	src := strings.ReplaceAll(strings.ReplaceAll(callSrc, "test.fold", "test.foldinto"), "3xf32", "1000xf32")
	p := compile(b, src)
	x := tensor.New(tensor.F32, []int64{1000})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := vm.Run(context.Background(), p, []*tensor.Buffer{x}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/call")
}
