package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"runtime"
	rtdebug "runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// The stress and soak tests drive the functions the PJRT entry points call
// (Client_Compile → compileLoaded, LoadedExecutable_Execute → execute,
// Buffer_CopyToDevice → copyBuffer, Buffer_Delete → delete, ToHostBuffer's
// wait on the payload's event), with the same shared device, worker queue,
// inline runs, program cache and tier-1 background compiles the plugin has.
// `make test` runs them under the race detector (go test -race).

// stressProgram is one program of the mixed set: its text, its inputs and
// the expected results computed here in Go.
type stressProgram struct {
	name  string
	src   string
	dims  [][]int64 // the inputs' shapes
	chain bool      // the first result can be fed back as the first input
	in    func(seed int) [][]float32
	want  func(in [][]float32) [][]float32
	tol   float64 // relative, for reductions whose order may differ; 0: exact
}

func stressPrograms() []stressProgram {
	vec := func(n, seed int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32((i*7+seed*13)%23) / 8
		}
		return v
	}
	return []stressProgram{fmaProgram(64), {
		name: "dot",
		dims: [][]int64{{8, 8}, {8, 8}},
		src: `func.func @main(%a: tensor<8x8xf32>, %b: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
  return %0 : tensor<8x8xf32>
}`,
		in: func(s int) [][]float32 { return [][]float32{vec(64, s), vec(64, s+2)} },
		want: func(in [][]float32) [][]float32 {
			o := make([]float32, 64)
			for i := 0; i < 8; i++ {
				for j := 0; j < 8; j++ {
					var acc float64
					for k := 0; k < 8; k++ {
						acc += float64(in[0][i*8+k]) * float64(in[1][k*8+j])
					}
					o[i*8+j] = float32(acc)
				}
			}
			return [][]float32{o}
		},
		tol: 1e-6,
	}, {
		// A loop, so its body is entered often enough for tier 1 to promote
		// it in the background while other goroutines run it.
		name:  "loop",
		dims:  [][]int64{{32}},
		chain: true,
		src: `func.func @main(%x: tensor<32xf32>) -> tensor<32xf32> {
  %c0 = stablehlo.constant dense<0> : tensor<i32>
  %r:2 = stablehlo.while(%i = %c0, %v = %x) : tensor<i32>, tensor<32xf32>
  cond {
    %n = stablehlo.constant dense<12> : tensor<i32>
    %p = stablehlo.compare LT, %i, %n : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %p : tensor<i1>
  } do {
    %one = stablehlo.constant dense<1> : tensor<i32>
    %h = stablehlo.constant dense<0.5> : tensor<32xf32>
    %i2 = stablehlo.add %i, %one : tensor<i32>
    %m = stablehlo.multiply %v, %h : tensor<32xf32>
    %v2 = stablehlo.add %m, %h : tensor<32xf32>
    stablehlo.return %i2, %v2 : tensor<i32>, tensor<32xf32>
  }
  return %r#1 : tensor<32xf32>
}`,
		in: func(s int) [][]float32 { return [][]float32{vec(32, s)} },
		want: func(in [][]float32) [][]float32 {
			o := append([]float32(nil), in[0]...)
			for k := 0; k < 12; k++ {
				for i := range o {
					m := o[i] * 0.5
					o[i] = m + 0.5
				}
			}
			return [][]float32{o}
		},
	}, {
		name: "reduce",
		dims: [][]int64{{16, 16}},
		src: `func.func @main(%x: tensor<16x16xf32>) -> (tensor<16xf32>, tensor<16x16xf32>) {
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %s = stablehlo.reduce(%x init: %z) applies stablehlo.add across dimensions = [1] : (tensor<16x16xf32>, tensor<f32>) -> tensor<16xf32>
  %t = stablehlo.transpose %x, dims = [1, 0] : (tensor<16x16xf32>) -> tensor<16x16xf32>
  return %s, %t : tensor<16xf32>, tensor<16x16xf32>
}`,
		in: func(s int) [][]float32 { return [][]float32{vec(256, s)} },
		want: func(in [][]float32) [][]float32 {
			s := make([]float32, 16)
			t := make([]float32, 256)
			for i := 0; i < 16; i++ {
				var acc float64
				for j := 0; j < 16; j++ {
					acc += float64(in[0][i*16+j])
					t[j*16+i] = in[0][i*16+j]
				}
				s[i] = float32(acc)
			}
			return [][]float32{s, t}
		},
		tol: 1e-6,
	}}
}

// fmaProgram is a*b + a on n-element vectors.
func fmaProgram(n int) stressProgram {
	vec := func(seed int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32((i*7+seed*13)%23) / 8
		}
		return v
	}
	return stressProgram{
		name:  fmt.Sprintf("fma%d", n),
		dims:  [][]int64{{int64(n)}, {int64(n)}},
		chain: true,
		src: strings.ReplaceAll(`func.func @main(%a: tensor<Nxf32>, %b: tensor<Nxf32>) -> tensor<Nxf32> {
  %0 = stablehlo.multiply %a, %b : tensor<Nxf32>
  %1 = stablehlo.add %0, %a : tensor<Nxf32>
  return %1 : tensor<Nxf32>
}`, "N", strconv.Itoa(n)),
		in: func(s int) [][]float32 { return [][]float32{vec(s), vec(s + 1)} },
		want: func(in [][]float32) [][]float32 {
			o := make([]float32, n)
			for i := range o {
				p := in[0][i] * in[1][i]
				o[i] = p + in[0][i]
			}
			return [][]float32{o}
		},
	}
}

// distinctProgram is a program no other call compiles (its constant is k),
// so every call compiles afresh: the cache's insertions and evictions race
// with the other goroutines' lookups.
func distinctProgram(k int) (string, float32) {
	c := float32(k) + 0.25
	return fmt.Sprintf(`func.func @main(%%a: tensor<8xf32>) -> tensor<8xf32> {
  %%c = stablehlo.constant dense<%s> : tensor<8xf32>
  %%0 = stablehlo.add %%a, %%c : tensor<8xf32>
  return %%0 : tensor<8xf32>
}`, strconv.FormatFloat(float64(c), 'e', -1, 32)), c
}

func f32Buffer(dev *device, dims []int64, v []float32) *buffer {
	b := tensor.New(tensor.F32, dims)
	copy(tensor.View[float32](b), v)
	return &buffer{dev: dev, dtype: tensor.F32, dims: dims, p: &payload{ready: readyEvent(nil), data: b}}
}

func readF32(b *buffer) ([]float32, error) {
	p, err := b.payload()
	if err != nil {
		return nil, err
	}
	d, err := p.get()
	if err != nil {
		return nil, err
	}
	return append([]float32(nil), tensor.View[float32](d)...), nil
}

func checkF32(got, want []float32, tol float64) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d elements, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := float64(got[i]), float64(want[i])
		if g != w && math.Abs(g-w) > tol*math.Max(1, math.Abs(w)) {
			return fmt.Errorf("element %d is %v, want %v", i, g, w)
		}
	}
	return nil
}

// stressStep is one mixed call sequence of goroutine g's iteration it: a
// compile (a cache hit, or a distinct program), executions of which one
// feeds the next before it is ready, a copy to the device of a result not
// yet computed, the inputs deleted as soon as Execute returns, the results
// read and checked, the executable dropped.
func stressStep(cl *client, progs []stressProgram, g, it int) error {
	dev := cl.devices[0]
	opts := options(1, 1, []uint64{0}, false)
	if it%5 == 4 {
		src, c := distinctProgram(g*100000 + it)
		l, err := compileLoaded(cl, []byte(src), opts)
		if err != nil {
			return err
		}
		in := []float32{1, 2, 3, 4, 5, 6, 7, 8}
		outs, done, err := execute(dev, l.c, []*buffer{f32Buffer(dev, []int64{8}, in)}, nil)
		if err != nil {
			return err
		}
		if err := done.wait(); err != nil {
			return err
		}
		got, err := readF32(outs[0])
		if err != nil {
			return err
		}
		want := make([]float32, 8)
		for i := range want {
			want[i] = in[i] + c
		}
		return checkF32(got, want, 0)
	}
	p := progs[(g+it)%len(progs)]
	l, err := compileLoaded(cl, []byte(p.src), opts)
	if err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	in := p.in(g*31 + it)
	args := make([]*buffer, len(in))
	for i, v := range in {
		args[i] = f32Buffer(dev, p.dims[i], v)
	}
	outs, done, err := execute(dev, l.c, args, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	for _, a := range args {
		a.delete() // Execute took the payloads: deleting the arrays now is allowed
	}
	want := p.want(in)
	var cp *buffer
	if p.chain {
		// Feed the first result, maybe still being computed, to a second run
		// of the same program, and copy it before it is ready.
		if cp, err = copyBuffer(outs[0], dev); err != nil {
			return err
		}
		args2 := []*buffer{outs[0]}
		in2 := [][]float32{want[0]}
		for i := 1; i < len(in); i++ {
			args2 = append(args2, f32Buffer(dev, p.dims[i], in[i]))
			in2 = append(in2, in[i])
		}
		outs2, done2, err := execute(dev, l.c, args2, nil)
		if err != nil {
			return fmt.Errorf("%s chained: %w", p.name, err)
		}
		if err := done2.wait(); err != nil {
			return fmt.Errorf("%s chained: %w", p.name, err)
		}
		got, err := readF32(outs2[0])
		if err != nil {
			return err
		}
		if err := checkF32(got, p.want(in2)[0], p.tol); err != nil {
			return fmt.Errorf("%s chained: %w", p.name, err)
		}
	}
	if err := done.wait(); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	for i, o := range outs {
		got, err := readF32(o)
		if err != nil {
			return fmt.Errorf("%s result %d: %w", p.name, i, err)
		}
		if err := checkF32(got, want[i], p.tol); err != nil {
			return fmt.Errorf("%s result %d: %w", p.name, i, err)
		}
		o.delete()
	}
	if cp != nil {
		got, err := readF32(cp)
		if err != nil {
			return fmt.Errorf("%s copy: %w", p.name, err)
		}
		if err := checkF32(got, want[0], p.tol); err != nil {
			return fmt.Errorf("%s copy: %w", p.name, err)
		}
		cp.delete()
	}
	_, _, _, _ = dev.stats.snapshot() // memory_stats() while others allocate
	return nil
}

// TestStress: 8 goroutines, as 8 Python threads would, share one client and
// device and run mixed compile/execute/transfer/delete sequences; every
// result is checked. Under -race it also checks the plugin's shared state
// (device queue, inline runs, events, payloads, program cache, tier-1
// promotion) for data races.
func TestStress(t *testing.T) {
	iters := 200
	if testing.Short() {
		iters = 10
	}
	cl := newClient()
	progs := stressPrograms()
	const threads = 8
	errs := make(chan error, threads)
	var wg sync.WaitGroup
	for g := 0; g < threads; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for it := 0; it < iters; it++ {
				if err := stressStep(cl, progs, g, it); err != nil {
					errs <- fmt.Errorf("goroutine %d, iteration %d: %w", g, it, err)
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
	if inUse, _, allocs, _ := cl.devices[0].stats.snapshot(); inUse != 0 {
		t.Errorf("%d bytes still counted in use after every buffer was deleted (%d allocations)", inUse, allocs)
	}
}

// rssBytes is this process's resident set size (Linux /proc), or 0.
func rssBytes() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// TestSoakRSS: 10,000 calls (a compile that hits the cache, two executions
// of which the second takes the first's result before it is ready, a copy,
// reads, deletes) must not grow the process. Each call makes five 8 KiB
// buffers and deletes them all: a leak of one of them, or anything as big,
// would grow RSS and the Go heap by 80 MiB over the soak. Before each
// measure the heap is collected and returned to the OS (debug.FreeOSMemory).
// Two bounds:
//   - RSS may grow 32 MiB: under -race the detector's shadow memory is never
//     returned and follows the heap as it moves through the address space;
//     measured, that moved RSS by -4 to +10.6 MiB per 10,000 calls with no
//     trend (without -race, by under 1 MiB).
//   - the Go heap in use after a collection may grow 1 MiB (105 bytes a
//     call): that measure has no shadow memory in it (measured: +0.00 MiB).
//
// An injected leak (each call's result kept) fails both: RSS +394 MiB, heap
// +79 MiB.
func TestSoakRSS(t *testing.T) {
	if rssBytes() == 0 {
		t.Skip("no /proc/self/status: RSS cannot be measured here")
	}
	cl := newClient()
	progs := []stressProgram{fmaProgram(2048)}
	call := func(i int) {
		if err := stressStep(cl, progs, 0, 0); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	for i := 0; i < 1000; i++ { // warm: pools, caches, the tier manager
		call(i)
	}
	measure := func() (rss, heap int64) {
		runtime.GC()
		rtdebug.FreeOSMemory()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return rssBytes(), int64(ms.HeapAlloc)
	}
	rss0, heap0 := measure()
	const calls = 10000
	for i := 0; i < calls; i++ {
		call(i)
	}
	rss1, heap1 := measure()
	mib := func(b int64) float64 { return float64(b) / (1 << 20) }
	t.Logf("RSS %.1f → %.1f MiB (%+.2f), Go heap %.1f → %.1f MiB (%+.2f) over %d calls",
		mib(rss0), mib(rss1), mib(rss1-rss0), mib(heap0), mib(heap1), mib(heap1-heap0), calls)
	if rss1-rss0 > 32<<20 {
		t.Errorf("RSS grew by %.2f MiB over %d calls (bound 32 MiB)", mib(rss1-rss0), calls)
	}
	if heap1-heap0 > 1<<20 {
		t.Errorf("the Go heap grew by %.2f MiB over %d calls (bound 1 MiB)", mib(heap1-heap0), calls)
	}
}
