package llvmjit

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// openForTest loads libllvmlite from $HLOVM_LLVMLITE or the repository's
// test virtualenv (make venv; python/requirements.txt pins llvmlite) and
// skips, with the reason, where there is none.
func openForTest(tb testing.TB) *JIT {
	tb.Helper()
	venv, _ := filepath.Abs(filepath.Join("..", "..", ".venv"))
	j, err := Open(venv)
	if errors.Is(err, ErrNotFound) {
		tb.Skip(err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return j
}

func compile(tb testing.TB, j *JIT, ir string, o Options) *Module {
	tb.Helper()
	m, err := j.Compile(ir, o)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close() })
	return m
}

// fmaIR is the shape of a fused element-wise kernel: out[i] = a[i]*b[i] + c[i]
// over f32, bufs = {a, b, c, out}, elements [lo, hi).
const fmaIR = `
define void @fma(ptr nocapture readonly %bufs, i64 %lo, i64 %hi) {
entry:
  %pa = load ptr, ptr %bufs
  %gb = getelementptr ptr, ptr %bufs, i64 1
  %pb = load ptr, ptr %gb
  %gc = getelementptr ptr, ptr %bufs, i64 2
  %pc = load ptr, ptr %gc
  %go = getelementptr ptr, ptr %bufs, i64 3
  %po = load ptr, ptr %go
  %empty = icmp sge i64 %lo, %hi
  br i1 %empty, label %exit, label %loop
loop:
  %i = phi i64 [ %lo, %entry ], [ %next, %loop ]
  %ea = getelementptr inbounds float, ptr %pa, i64 %i
  %eb = getelementptr inbounds float, ptr %pb, i64 %i
  %ec = getelementptr inbounds float, ptr %pc, i64 %i
  %eo = getelementptr inbounds float, ptr %po, i64 %i
  %a = load float, ptr %ea
  %b = load float, ptr %eb
  %c = load float, ptr %ec
  %m = fmul float %a, %b
  %r = fadd float %m, %c
  store float %r, ptr %eo
  %next = add nsw i64 %i, 1
  %done = icmp eq i64 %next, %hi
  br i1 %done, label %exit, label %loop
exit:
  ret void
}

define void @nop() {
  ret void
}

define i64 @add(i64 %a, i64 %b) {
  %s = add i64 %a, %b
  ret i64 %s
}
`

func fmaGo(a, b, c, out []float32) {
	for i := range out {
		out[i] = a[i]*b[i] + c[i]
	}
}

func fill(n int, seed float32) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = seed + float32(i%1000)*0.37 - 100
	}
	return s
}

func TestHost(t *testing.T) {
	j := openForTest(t)
	triple, cpu, feats := j.Host()
	t.Logf("%s: LLVM %s, %s cpu=%s features=%d chars", j.Path(), j.LLVMVersion(), triple, cpu, len(feats))
	if triple == "" || cpu == "" || !strings.HasPrefix(j.LLVMVersion(), "2") {
		t.Errorf("host %q %q, LLVM %s", triple, cpu, j.LLVMVersion())
	}
}

func TestFusedLoop(t *testing.T) {
	j := openForTest(t)
	m := compile(t, j, fmaIR, Options{Name: "fma.ll", KeepIR: true})
	if i := strings.Index(m.IR(), " x float>"); i < 0 {
		t.Errorf("loop not vectorised:\n%s", m.IR())
	} else {
		t.Logf("vectorised as %s", m.IR()[strings.LastIndex(m.IR()[:i], "<"):i+9])
	}
	k, err := m.Kernel("fma")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 7, 64, 1000, 4099} {
		a, b, c := fill(n, 1), fill(n, 2), fill(n, 3)
		got, want := make([]float32, n+1), make([]float32, n)
		got[n] = 42 // sentinel past the range
		fmaGo(a, b, c, want)
		if n == 0 {
			bufs := NewBuffers(nil, nil, nil, nil)
			k.Run(bufs, 0, 0)
			bufs.Release()
			continue
		}
		bufs := NewBuffers(unsafe.Pointer(&a[0]), unsafe.Pointer(&b[0]), unsafe.Pointer(&c[0]), unsafe.Pointer(&got[0]))
		k.Run(bufs, 0, n)
		bufs.Release()
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("n=%d: out[%d] = %v, want %v", n, i, got[i], want[i])
			}
		}
		if got[n] != 42 {
			t.Fatalf("n=%d: wrote past hi", n)
		}
	}
}

func TestCall(t *testing.T) {
	j := openForTest(t)
	m := compile(t, j, fmaIR, Options{})
	add, err := m.Func("add")
	if err != nil {
		t.Fatal(err)
	}
	if r := add.Call(40, 2); r != 42 {
		t.Errorf("add(40, 2) = %d", r)
	}
	if r := int64(add.Call(uintptr(^uint64(0)), 5)); r != 4 { // -1 + 5
		t.Errorf("add(-1, 5) = %d", r)
	}
	nop, err := m.Func("nop")
	if err != nil {
		t.Fatal(err)
	}
	nop.Call()
}

// expIR checks that calls into libm resolve in the JIT, both through the
// intrinsic (LLVM lowers it to exp) and a direct call, and that a vectorised
// loop over an intrinsic stays correct.
const expIR = `
declare double @llvm.exp.f64(double)
declare double @cos(double)

define void @vexp(ptr %in, ptr %out, i64 %n) {
entry:
  %empty = icmp sle i64 %n, 0
  br i1 %empty, label %exit, label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %pi = getelementptr inbounds double, ptr %in, i64 %i
  %x = load double, ptr %pi
  %y = call double @llvm.exp.f64(double %x)
  %po = getelementptr inbounds double, ptr %out, i64 %i
  store double %y, ptr %po
  %next = add nsw i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}

define void @vcos(ptr %in, ptr %out, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %pi = getelementptr inbounds double, ptr %in, i64 %i
  %x = load double, ptr %pi
  %y = call double @cos(double %x)
  %po = getelementptr inbounds double, ptr %out, i64 %i
  store double %y, ptr %po
  %next = add nsw i64 %i, 1
  %done = icmp sge i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}
`

func TestLibm(t *testing.T) {
	j := openForTest(t)
	m := compile(t, j, expIR, Options{Name: "exp.ll", OptLevel: 3})
	const n = 1001
	in := make([]float64, n)
	for i := range in {
		in[i] = -700 + 1.4*float64(i) + 0.123
	}
	check := func(name string, ref func(float64) float64) {
		f, err := m.Func(name)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]float64, n)
		f.Call(uintptr(unsafe.Pointer(&in[0])), uintptr(unsafe.Pointer(&out[0])), n)
		for i, x := range in {
			want := ref(x)
			// Go's math and glibc's libm each promise about 1 ulp.
			if d := math.Abs(out[i] - want); d > 5e-16*math.Abs(want) {
				t.Fatalf("%s(%v) = %v, want %v", name, x, out[i], want)
			}
		}
	}
	check("vexp", math.Exp)
	check("vcos", math.Cos)
}

func TestErrors(t *testing.T) {
	j := openForTest(t)
	_, err := j.Compile("define void @f() {\n  ret i32 0\n}\n", Options{Name: "bad.ll"})
	if err == nil || !strings.Contains(err.Error(), "bad.ll:2:") {
		t.Errorf("parse error = %v, want one naming bad.ll:2:", err)
	}
	_, err = j.Compile("define void @f( {", Options{})
	if err == nil || !strings.Contains(err.Error(), "<ir>:1:") {
		t.Errorf("parse error = %v, want one naming <ir>:1:", err)
	}
	// Parses, but %y's definition does not dominate its use.
	_, err = j.Compile(`define i32 @f(i32 %x) {
entry:
  br label %b
b:
  ret i32 %y
c:
  %y = add i32 %x, 1
  br label %b
}`, Options{Name: "dom.ll"})
	if err == nil || !strings.Contains(err.Error(), "invalid IR") {
		t.Errorf("verifier error = %v", err)
	}
	// llvmlite would resolve an unknown external to address 0.
	_, err = j.Compile(`declare double @no_such_libfn(double)
define double @f(double %x) {
  %y = call double @no_such_libfn(double %x)
  ret double %y
}`, Options{Name: "ext.ll"})
	if err == nil || !strings.Contains(err.Error(), "@no_such_libfn") {
		t.Errorf("unresolved external: %v", err)
	}
	if _, err := j.Compile("", Options{OptLevel: 4}); err == nil {
		t.Error("OptLevel 4 accepted")
	}

	m := compile(t, j, fmaIR+"declare void @ext()\n", Options{})
	if _, err := m.Func("nosuch"); err == nil || !strings.Contains(err.Error(), "@nosuch") {
		t.Errorf("missing function: %v", err)
	}
	if _, err := m.Func("ext"); err == nil {
		t.Error("a declaration has an address")
	}
	f, _ := m.Func("nop")
	m.Close()
	m.Close()
	if _, err := m.Func("nop"); err == nil {
		t.Error("Func on a closed module")
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("Call on a closed module did not panic")
			}
		}()
		f.Call()
	}()
}

func TestMissingLibrary(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvLibrary, "")
	os.Unsetenv(EnvLibrary)
	if _, err := FindLibrary(dir); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), dir) {
		t.Errorf("FindLibrary(empty dir) = %v", err)
	}
	if _, err := FindLibrary(); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), EnvLibrary) {
		t.Errorf("FindLibrary() = %v", err)
	}
	t.Setenv(EnvLibrary, filepath.Join(dir, "nope", LibraryName()))
	if _, err := FindLibrary("../../.venv"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a bad %s must not fall back: %v", EnvLibrary, err)
	}
	// A file that is not a shared library: an error, not a crash.
	bad := filepath.Join(dir, LibraryName())
	if err := os.WriteFile(bad, []byte("not ELF"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvLibrary, dir)
	p, err := FindLibrary()
	if err != nil || p != bad {
		t.Fatalf("FindLibrary via directory = %q, %v", p, err)
	}
	if _, err := load(p); err == nil {
		t.Error("loading garbage succeeded")
	} else {
		t.Log(err)
	}
}

// TestConcurrent compiles on several goroutines (serialised inside) while
// kernels run on several others; run it with -race.
func TestConcurrent(t *testing.T) {
	j := openForTest(t)
	m := compile(t, j, fmaIR, Options{})
	k, err := m.Kernel("fma")
	if err != nil {
		t.Fatal(err)
	}
	const n = 1 << 16
	a, b, c := fill(n, 1), fill(n, 2), fill(n, 3)
	want := make([]float32, n)
	fmaGo(a, b, c, want)

	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m2, err := j.Compile(fmaIR, Options{})
			if err != nil {
				errs <- err
				return
			}
			defer m2.Close()
			add, err := m2.Func("add")
			if err != nil {
				errs <- err
				return
			}
			for i := uintptr(0); i < 100; i++ {
				if add.Call(i, 1) != i+1 {
					errs <- errors.New("add wrong under concurrency")
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := make([]float32, n)
			bufs := NewBuffers(unsafe.Pointer(&a[0]), unsafe.Pointer(&b[0]), unsafe.Pointer(&c[0]), unsafe.Pointer(&out[0]))
			defer bufs.Release()
			for rep := 0; rep < 5; rep++ {
				clear(out)
				k.RunParallel(bufs, n, 4)
				for i := range out {
					if out[i] != want[i] {
						errs <- errors.New("RunParallel result differs")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestGenericCPU compiles for the target's baseline instead of this host's
// CPU (code that may be cached and run elsewhere).
func TestGenericCPU(t *testing.T) {
	j := openForTest(t)
	m := compile(t, j, fmaIR, Options{CPU: "generic", KeepIR: true})
	k, err := m.Kernel("fma")
	if err != nil {
		t.Fatal(err)
	}
	const n = 999
	a, b, c := fill(n, 1), fill(n, 2), fill(n, 3)
	got, want := make([]float32, n), make([]float32, n)
	fmaGo(a, b, c, want)
	bufs := NewBuffers(unsafe.Pointer(&a[0]), unsafe.Pointer(&b[0]), unsafe.Pointer(&c[0]), unsafe.Pointer(&got[0]))
	defer bufs.Release()
	k.RunParallel(bufs, n, 3)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("out[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	if strings.Contains(m.IR(), "<8 x float>") && strings.HasPrefix(j.triple, "x86_64") {
		t.Error("generic x86-64 code uses 256-bit vectors")
	}
}
