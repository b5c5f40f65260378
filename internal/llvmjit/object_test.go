package llvmjit

import (
	"bytes"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"
)

func loadObject(tb testing.TB, j *JIT, obj []byte) *Module {
	tb.Helper()
	m, err := j.LoadObject(obj, "test.o")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close() })
	return m
}

// runFMA runs @fma of m over n elements and returns the output.
func runFMA(tb testing.TB, m *Module, n int) []float32 {
	tb.Helper()
	k, err := m.Kernel("fma")
	if err != nil {
		tb.Fatal(err)
	}
	a, b, c := fill(n, 1), fill(n, 2), fill(n, 3)
	out := make([]float32, n)
	bufs := NewBuffers(unsafe.Pointer(&a[0]), unsafe.Pointer(&b[0]), unsafe.Pointer(&c[0]), unsafe.Pointer(&out[0]))
	k.RunParallel(bufs, n, 3)
	bufs.Release()
	return out
}

// TestObjectRoundTrip: code compiled to an object runs, from CompileObject's
// module and from the object loaded again, as the directly compiled code.
func TestObjectRoundTrip(t *testing.T) {
	j := openForTest(t)
	direct := compile(t, j, fmaIR, Options{})
	m, obj, err := j.CompileObject(fmaIR, Options{Name: "fma.ll", KeepIR: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	if !strings.Contains(m.IR(), "define void @fma") {
		t.Errorf("KeepIR lost: %q", m.IR())
	}
	loaded := loadObject(t, j, obj)
	t.Logf("object: %d bytes", len(obj))

	const n = 4099
	want := make([]float32, n)
	fmaGo(fill(n, 1), fill(n, 2), fill(n, 3), want)
	for name, mod := range map[string]*Module{"direct": direct, "compiled": m, "loaded": loaded} {
		got := runFMA(t, mod, n)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%s: out[%d] = %v, want %v", name, i, got[i], want[i])
			}
		}
	}
	add, err := loaded.Func("add")
	if err != nil {
		t.Fatal(err)
	}
	if r := add.Call(40, 2); r != 42 {
		t.Errorf("loaded add(40, 2) = %d", r)
	}
	if _, err := loaded.Func("nosuch"); err == nil || !strings.Contains(err.Error(), "no function @nosuch") {
		t.Errorf("unknown name: %v", err)
	}
	loaded.Close()
	if _, err := loaded.Func("add"); err == nil {
		t.Error("Func on a closed module succeeded")
	}
}

// TestObjectLibm: an object's calls into libm are linked when it is loaded.
func TestObjectLibm(t *testing.T) {
	j := openForTest(t)
	_, obj, err := j.CompileObject(expIR, Options{OptLevel: 3})
	if err != nil {
		t.Fatal(err)
	}
	m := loadObject(t, j, obj)
	const n = 257
	in, out := make([]float64, n), make([]float64, n)
	for i := range in {
		in[i] = -30 + 0.25*float64(i)
	}
	for name, ref := range map[string]func(float64) float64{"vexp": math.Exp, "vcos": math.Cos} {
		f, err := m.Func(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Call(uintptr(unsafe.Pointer(&in[0])), uintptr(unsafe.Pointer(&out[0])), n)
		for i, x := range in {
			if want := ref(x); math.Abs(out[i]-want) > 5e-16*math.Abs(want) {
				t.Fatalf("%s(%v) = %v, want %v", name, x, out[i], want)
			}
		}
	}
}

// TestLoadObjectRejects: bytes that are not a loadable object for this
// process are errors, never handed to LLVM's linker (which would abort).
func TestLoadObjectRejects(t *testing.T) {
	j := openForTest(t)
	_, obj, err := j.CompileObject(expIR, Options{})
	if err != nil {
		t.Fatal(err)
	}
	foreign := bytes.Clone(obj)
	if runtime.GOOS == "darwin" {
		foreign[4] ^= 0xff // cputype
	} else {
		foreign[18] ^= 0xff // e_machine
	}
	// The object calls cos; one calling "cot" needs a symbol nobody has.
	// (The string table shares suffixes: "cos" is the tail of "vcos".)
	i := bytes.Index(obj, []byte("cos\x00"))
	if i < 0 {
		t.Fatal("no cos in the object's string table")
	}
	unknown := bytes.Clone(obj)
	unknown[i+2] = 't'
	for name, bad := range map[string][]byte{
		"empty":     {},
		"garbage":   bytes.Repeat([]byte{0x7f, 'E', 'L', 'F'}, 10),
		"truncated": obj[:len(obj)/2],
		"foreign":   foreign,
		"unknown":   unknown,
	} {
		if m, err := j.LoadObject(bad, name); err == nil {
			m.Close()
			t.Errorf("%s: loaded", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}

// TestObjectTiming logs compiling IR against loading its object.
func TestObjectTiming(t *testing.T) {
	j := openForTest(t)
	t0 := time.Now()
	m, obj, err := j.CompileObject(expIR+fmaIR, Options{OptLevel: 2})
	if err != nil {
		t.Fatal(err)
	}
	compileT := time.Since(t0)
	m.Close()
	t0 = time.Now()
	m, err = j.LoadObject(obj, "timing")
	if err != nil {
		t.Fatal(err)
	}
	loadT := time.Since(t0)
	m.Close()
	t.Logf("compile to object %v, load object %v (%d bytes)", compileT, loadT, len(obj))
}
