package llvmjit

import (
	"testing"
	"unsafe"
)

// BenchmarkCompile is the cold cost of one small module (three functions,
// one loop): parse, verify, the pipeline at each level for the host, MCJIT
// code generation, finalize, one address lookup, and disposal.
func BenchmarkCompile(b *testing.B) {
	j := openForTest(b)
	for _, c := range []struct {
		name string
		o    Options
	}{{"O0", Options{NoOptimize: true}}, {"O2", Options{}}, {"O3", Options{OptLevel: 3}}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				m, err := j.Compile(fmaIR, c.o)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := m.Kernel("fma"); err != nil {
					b.Fatal(err)
				}
				m.Close()
			}
		})
	}
}

// BenchmarkCallEmpty is the fixed cost of calling JIT'd code from Go
// (purego.SyscallN through the runtime's cgocall path) on void nop(void).
func BenchmarkCallEmpty(b *testing.B) {
	j := openForTest(b)
	m := compile(b, j, fmaIR, Options{})
	f, err := m.Func("nop")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		f.Call()
	}
}

// BenchmarkCallKernelEmpty is Kernel.Run on an empty range: the per-chunk
// overhead a parallel split pays.
func BenchmarkCallKernelEmpty(b *testing.B) {
	j := openForTest(b)
	m := compile(b, j, fmaIR, Options{})
	k, err := m.Kernel("fma")
	if err != nil {
		b.Fatal(err)
	}
	x := make([]float32, 1)
	bufs := NewBuffers(unsafe.Pointer(&x[0]), unsafe.Pointer(&x[0]), unsafe.Pointer(&x[0]), unsafe.Pointer(&x[0]))
	defer bufs.Release()
	for b.Loop() {
		k.Run(bufs, 1, 1) // hi <= lo returns before the call
		k.Run(bufs, 0, 1)
	}
}

// BenchmarkFMA is out = a*b + c over 4M float32 on one goroutine; bytes
// are the 16 per element read and written.
func BenchmarkFMA(b *testing.B) {
	const n = 4 << 20
	x, y, z, out := fill(n, 1), fill(n, 2), fill(n, 3), make([]float32, n)
	b.Run("jit", func(b *testing.B) {
		j := openForTest(b)
		m := compile(b, j, fmaIR, Options{})
		k, err := m.Kernel("fma")
		if err != nil {
			b.Fatal(err)
		}
		bufs := NewBuffers(unsafe.Pointer(&x[0]), unsafe.Pointer(&y[0]), unsafe.Pointer(&z[0]), unsafe.Pointer(&out[0]))
		defer bufs.Release()
		b.SetBytes(16 * n)
		for b.Loop() {
			k.Run(bufs, 0, n)
		}
	})
	b.Run("go", func(b *testing.B) {
		b.SetBytes(16 * n)
		for b.Loop() {
			fmaGo(x, y, z, out)
		}
	})
}

// BenchmarkFMAInCache is the same loop on 4K elements (48 KiB in, 16 KiB
// out: L2-resident), where code quality rather than memory bandwidth shows.
func BenchmarkFMAInCache(b *testing.B) {
	const n = 4 << 10
	x, y, z, out := fill(n, 1), fill(n, 2), fill(n, 3), make([]float32, n)
	b.Run("jit", func(b *testing.B) {
		j := openForTest(b)
		m := compile(b, j, fmaIR, Options{})
		k, err := m.Kernel("fma")
		if err != nil {
			b.Fatal(err)
		}
		bufs := NewBuffers(unsafe.Pointer(&x[0]), unsafe.Pointer(&y[0]), unsafe.Pointer(&z[0]), unsafe.Pointer(&out[0]))
		defer bufs.Release()
		b.SetBytes(16 * n)
		for b.Loop() {
			k.Run(bufs, 0, n)
		}
	})
	b.Run("go", func(b *testing.B) {
		b.SetBytes(16 * n)
		for b.Loop() {
			fmaGo(x, y, z, out)
		}
	})
}
