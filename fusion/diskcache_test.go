package fusion

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"weak"

	"github.com/hlovm/hlovm/internal/llvmjit"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// useDiskDir points the disk cache at dir ("" = off) for the test.
func useDiskDir(t *testing.T, dir string) {
	t.Helper()
	diskDir() // resolve the environment's choice first, so it is restored
	disk.mu.Lock()
	old, oldNoWrite, oldSize := disk.dir, disk.noWrite, disk.size
	disk.dir, disk.noWrite, disk.size = dir, false, -1
	disk.mu.Unlock()
	t.Cleanup(func() {
		disk.mu.Lock()
		disk.dir, disk.noWrite, disk.size = old, oldNoWrite, oldSize
		disk.mu.Unlock()
	})
}

// forgetNative empties the in-memory kernel caches, as a new process starts.
func forgetNative() {
	native.mu.Lock()
	native.live = map[string]weak.Pointer[nativeKernel]{}
	native.mu.Unlock()
	native.recent.Wait() // a pending Set would land after the Clear
	native.recent.Clear()
}

func needJIT(t *testing.T) {
	t.Helper()
	if _, err := JIT(); err != nil {
		t.Skipf("no native code generator: %v", err)
	}
}

// chainKernel is out = exp(x) * x + c over n f32 elements, c a splat
// constant set by seed so tests can ask for distinct kernels.
func chainKernel(n int64, seed uint32) *Kernel {
	var bits [4]byte
	binary.LittleEndian.PutUint32(bits[:], 0x3f000000+seed) // 0.5 and up
	return &Kernel{Version: KernelVersion, Space: []int64{n},
		Inputs: []Input{{DType: "f32", Shape: []int64{n}, Access: Elem}},
		Body: []Inst{
			{Op: "exponential", DType: "f32", Args: []int{0}},
			{Op: "multiply", DType: "f32", Args: []int{1, 0}},
			{Op: "constant", DType: "f32", Bits: hex.EncodeToString(bits[:])},
			{Op: "add", DType: "f32", Args: []int{2, 3}},
		},
		Outputs: []int{4}, OutShapes: [][]int64{{n}}}
}

// runKernel runs k natively through nk (portably when nk is nil) on fixed
// inputs and returns the output's bytes.
func runKernel(t *testing.T, k *Kernel, nk *nativeKernel) []byte {
	t.Helper()
	e, err := Prepare(k)
	if err != nil {
		t.Fatal(err)
	}
	e.native = nk
	n := k.NumElements()
	in := tensor.New(tensor.F32, []int64{n})
	xs := tensor.ViewBytes[float32](in.Data)
	for i := range xs {
		xs[i] = float32(i%977)*0.02 - 9
	}
	out := tensor.New(tensor.F32, []int64{n})
	if err := e.Run(&interp.Ctx{Parallelism: 2}, []*tensor.Buffer{in}, []*tensor.Buffer{out}); err != nil {
		t.Fatal(err)
	}
	return out.Data
}

type counts struct{ hits, misses, rejected int64 }

func diskCounts() counts {
	h, m, r := DiskCacheCounts()
	return counts{h, m, r}
}

func (c counts) minus(d counts) counts {
	return counts{c.hits - d.hits, c.misses - d.misses, c.rejected - d.rejected}
}

// getNative is compileNative in a "new process": in-memory caches empty.
// It returns the kernel and what the disk cache counted meanwhile.
func getNative(t *testing.T, k *Kernel) (*nativeKernel, counts) {
	t.Helper()
	forgetNative()
	before := diskCounts()
	nk, err := compileNative(k)
	if err != nil {
		t.Fatal(err)
	}
	return nk, diskCounts().minus(before)
}

// TestDiskCacheHit: a kernel compiled in one process is loaded from disk in
// the next, and computes the same bits.
func TestDiskCacheHit(t *testing.T) {
	needJIT(t)
	dir := t.TempDir()
	useDiskDir(t, dir)
	k := chainKernel(5000, 1)
	nk1, c := getNative(t, k)
	if c != (counts{0, 1, 0}) {
		t.Fatalf("first compile: %+v, want one miss", c)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.o"))
	if len(files) != 1 {
		t.Fatalf("cache holds %v, want one entry", files)
	}
	nk2, c := getNative(t, k)
	if c != (counts{1, 0, 0}) {
		t.Fatalf("second process: %+v, want one hit", c)
	}
	if nk1 == nk2 {
		t.Fatal("in-memory cache answered: the test did not start afresh")
	}
	if !bytes.Equal(runKernel(t, k, nk2), runKernel(t, k, nk1)) {
		t.Error("code from disk computes differently")
	}
	// Another kernel is another entry.
	if _, c := getNative(t, chainKernel(5000, 2)); c != (counts{0, 1, 0}) {
		t.Errorf("a different kernel: %+v, want a miss", c)
	}
}

// TestDiskCacheRejects: every kind of damage to an entry is detected before
// the code is loaded; the entry is replaced and the kernel still computes
// what the compiled one does.
func TestDiskCacheRejects(t *testing.T) {
	needJIT(t)
	dir := t.TempDir()
	useDiskDir(t, dir)
	k := chainKernel(4096, 3)
	nk, _ := getNative(t, k)
	want := runKernel(t, k, nk)
	files, _ := filepath.Glob(filepath.Join(dir, "*.o"))
	if len(files) != 1 {
		t.Fatalf("cache holds %v", files)
	}
	path := files[0]
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var key [32]byte
	copy(key[:], good[12:44])
	payload := good[diskHeaderSize:]

	otherKey := key
	otherKey[0] ^= 1
	notObject := bytes.Repeat([]byte("not an object "), 20)
	damage := map[string][]byte{
		"payload byte flipped": func() []byte {
			b := bytes.Clone(good)
			b[diskHeaderSize+len(payload)/2] ^= 0x40
			return b
		}(),
		"truncated":        good[:len(good)-7],
		"header only":      good[:diskHeaderSize],
		"short":            good[:20],
		"empty":            {},
		"extra bytes":      append(bytes.Clone(good), 0),
		"bad magic":        append([]byte("HLOVMKO\x00"), good[8:]...),
		"other format":     binary.LittleEndian.AppendUint32(bytes.Clone(good[:8]), diskFormat+1),
		"other key echoed": encodeEntry(otherKey, payload),
		"length lies": func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint64(b[44:], uint64(len(payload)-1))
			return b
		}(),
		// Sound header and checksum over bytes that are no object: LoadObject
		// refuses them.
		"not an object": encodeEntry(key, notObject),
		// A sound object without @kernel: Module.Kernel refuses it.
		"object without the kernel": encodeEntry(key, objectWithout(t)),
	}
	// "other format" keeps the rest of the header and payload.
	damage["other format"] = append(damage["other format"], good[12:]...)
	for name, data := range damage {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		nk2, c := getNative(t, k)
		if c != (counts{0, 0, 1}) {
			t.Errorf("%s: %+v, want one rejection", name, c)
		}
		if got := runKernel(t, k, nk2); !bytes.Equal(got, want) {
			t.Errorf("%s: the recompiled kernel computes differently", name)
		}
		now, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: not replaced: %v", name, err)
		}
		if _, err := decodeEntry(key, now); err != nil {
			t.Errorf("%s: replacement is not sound: %v", name, err)
		}
		if _, c := getNative(t, k); c != (counts{1, 0, 0}) {
			t.Errorf("%s: after replacement %+v, want a hit", name, c)
		}
	}
	// A directory in the entry's place is not read either.
	os.Remove(path)
	os.Mkdir(path, 0o755)
	if _, c := getNative(t, k); c.hits != 0 || c.rejected != 1 {
		t.Errorf("directory entry: %+v", c)
	}
}

// objectWithout is a sound object for this machine without @kernel.
func objectWithout(t *testing.T) []byte {
	j, _ := JIT()
	m, obj, err := j.CompileObject("define void @other(ptr %p, i64 %lo, i64 %hi) {\n  ret void\n}\n", llvmjit.Options{OptLevel: 2})
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	return obj
}

// TestDiskCacheOffAndUnwritable: "off" and an unusable directory leave the
// native tier working; nothing is written where writing fails.
func TestDiskCacheOffAndUnwritable(t *testing.T) {
	needJIT(t)
	if got := diskDirFrom("off"); got != "" {
		t.Errorf(`"off" gives %q`, got)
	}
	if got := diskDirFrom("/x/y"); got != "/x/y" {
		t.Errorf(`"/x/y" gives %q`, got)
	}
	if base, err := os.UserCacheDir(); err == nil {
		if got, want := diskDirFrom(""), filepath.Join(base, "hlovm", "kernels"); got != want {
			t.Errorf("default %q, want %q", got, want)
		}
	}

	useDiskDir(t, "")
	k := chainKernel(3000, 4)
	if _, c := getNative(t, k); c != (counts{}) {
		t.Errorf("cache off: %+v, want no lookups", c)
	}

	// A file where the directory should be: neither readable nor writable.
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, []byte("x"), 0o644)
	useDiskDir(t, filepath.Join(blocker, "kernels"))
	if _, c := getNative(t, k); c != (counts{0, 1, 0}) {
		t.Errorf("unwritable: %+v, want a miss", c)
	}
	disk.mu.Lock()
	noWrite := disk.noWrite
	disk.mu.Unlock()
	if !noWrite {
		t.Error("a failed write did not turn writing off")
	}
}

// TestDiskCacheBound: a write past the bound removes the least recently
// used entries down to three quarters of it; a hit counts as a use.
func TestDiskCacheBound(t *testing.T) {
	dir := t.TempDir()
	useDiskDir(t, dir)
	old := diskMaxBytes
	t.Cleanup(func() { diskMaxBytes = old })
	const payload = 916 // entries of 1000 bytes
	diskMaxBytes = 10 * 1000
	base := time.Now().Add(-time.Hour)
	var keys [][32]byte
	for i := range 10 {
		key := [32]byte{byte(i)}
		keys = append(keys, key)
		diskStore(dir, key, bytes.Repeat([]byte{byte(i)}, payload))
		tm := base.Add(time.Duration(i) * time.Minute)
		os.Chtimes(diskPath(dir, key), tm, tm)
	}
	if n := dirSize(dir); n != 10*1000 {
		t.Fatalf("10 entries take %d bytes", n)
	}
	diskHit(dir, keys[0]) // the oldest becomes the newest
	diskStore(dir, [32]byte{10}, bytes.Repeat([]byte{10}, payload))
	var left []int
	for i := range 11 {
		if _, err := os.Stat(diskPath(dir, [32]byte{byte(i)})); err == nil {
			left = append(left, i)
		}
	}
	// 11000 bytes > 10000: drop 1, 2, 3, 4 (oldest) to reach 7000 <= 7500.
	if want := []int{0, 5, 6, 7, 8, 9, 10}; !equalInts(left, want) {
		t.Errorf("left %v, want %v", left, want)
	}
	disk.mu.Lock()
	size := disk.size
	disk.mu.Unlock()
	if size != 7000 {
		t.Errorf("size after eviction %d, want 7000", size)
	}
}

func equalInts(a, b []int) bool {
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

// BenchmarkNativeCompile is what a kernel costs a new process without the
// disk cache: emitting LLVM IR and compiling it at O2.
func BenchmarkNativeCompile(b *testing.B) {
	benchNative(b, "")
}

// BenchmarkNativeDiskLoad is what it costs with a warm disk cache: emitting
// LLVM IR (for the key), reading and checking the entry, loading the object.
func BenchmarkNativeDiskLoad(b *testing.B) {
	benchNative(b, b.TempDir())
}

func benchNative(b *testing.B, dir string) {
	if _, err := JIT(); err != nil {
		b.Skipf("no native code generator: %v", err)
	}
	diskDir()
	disk.mu.Lock()
	old := disk.dir
	disk.dir, disk.noWrite, disk.size = dir, false, -1
	disk.mu.Unlock()
	defer func() {
		disk.mu.Lock()
		disk.dir = old
		disk.mu.Unlock()
	}()
	k := chainKernel(8192, 9)
	forgetNative()
	if _, err := compileNative(k); err != nil { // the entry, when caching
		b.Fatal(err)
	}
	h0, _, _ := DiskCacheCounts()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		forgetNative()
		b.StartTimer()
		if _, err := compileNative(k); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if h, _, _ := DiskCacheCounts(); dir != "" && h-h0 != int64(b.N) {
		b.Fatalf("%d hits in %d loads", h-h0, b.N)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/kernel")
}

// TestDiskCacheNewProcess: the real thing, two processes. Each runs
// TestDiskCacheChild (this test binary again) on one cache directory; the
// first compiles and stores, the second loads, and both print the output's
// checksum, which must agree.
func TestDiskCacheNewProcess(t *testing.T) {
	needJIT(t)
	if os.Getenv("HLOVM_DISKCACHE_CHILD") != "" {
		t.Skip("in the child")
	}
	dir := t.TempDir()
	run := func() string {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDiskCacheChild$", "-test.v")
		cmd.Env = append(os.Environ(), "HLOVM_DISKCACHE_CHILD=1", DiskCacheEnv+"="+dir)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		i := bytes.Index(out, []byte("child: "))
		if i < 0 {
			t.Fatalf("child printed no result:\n%s", out)
		}
		line, _, _ := bytes.Cut(out[i:], []byte("\n"))
		return string(line)
	}
	first, second := run(), run()
	t.Logf("%s\n%s", first, second)
	if !strings.HasPrefix(first, "child: hits=0 misses=1 rejected=0 ") || !strings.HasPrefix(second, "child: hits=1 misses=0 rejected=0 ") {
		t.Errorf("counts: first %q, second %q", first, second)
	}
	if sum := func(s string) string { return s[strings.LastIndex(s, " "):] }; sum(first) != sum(second) {
		t.Error("the loaded kernel computes differently")
	}
}

func TestDiskCacheChild(t *testing.T) {
	if os.Getenv("HLOVM_DISKCACHE_CHILD") == "" {
		t.Skip("run by TestDiskCacheNewProcess")
	}
	k := chainKernel(6000, 7)
	nk, err := compileNative(k)
	if err != nil {
		t.Fatal(err)
	}
	h, m, r := DiskCacheCounts()
	fmt.Printf("child: hits=%d misses=%d rejected=%d sum=%x\n", h, m, r, sha256.Sum256(runKernel(t, k, nk)))
}
