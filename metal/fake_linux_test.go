//go:build linux

package metal

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"unsafe"

	"github.com/ebitengine/purego"
)

// fakeMTL stands in for Metal on Linux with Metal's semantics where the
// runtime depends on them: a library is MSL compiled (through metal/shim,
// with a host C++ compiler, into a shared library), buffers are bound to the
// kernel parameter declaring [[buffer(index)]], dispatchThreads runs the
// kernel for every thread position of the grid, a committed command buffer
// runs on another goroutine and calls its completed handler from there, and
// a NoCopy buffer is the host's memory itself. It also checks the runtime's
// discipline: every call on the one Metal thread, inside an autorelease pool,
// no use of a released object, and every object released in the end.
type fakeMTL struct {
	t         *testing.T
	cxx, shim string
	dir       string
	major     int
	minor     int
	page      int

	mu      sync.Mutex
	tid     int
	depth   int
	next    handle
	objs    map[handle]any
	errs    []string
	libs    int
	failCmd string // a command buffer's error message, when set
}

type (
	fakeLib  struct{ dl uintptr }
	fakeFunc struct {
		run    func(slots *uintptr, grid uint32)
		params int // buffer slots the kernel declares
	}
	fakePipe struct{ fn *fakeFunc }
	fakeBuf  struct {
		p      unsafe.Pointer
		length int
		mem    []byte // the shared storage of newSharedBuffer
		noCopy bool
	}
	fakeEnc struct {
		pipe  *fakePipe
		slots [32]uintptr
		bytes [][]byte
		grid  size3
		group size3
		ended bool
	}
	fakeCB struct {
		enc       *fakeEnc
		handlers  []func()
		status    int
		err       string
		committed bool
	}
	fakePool struct{}
)

func newFake(t *testing.T) *fakeMTL {
	cxx := os.Getenv("HLOVM_MSL_CXX")
	if cxx == "" {
		for _, c := range []string{"clang++", "g++"} {
			if p, err := exec.LookPath(c); err == nil {
				cxx = p
				break
			}
		}
	}
	if cxx == "" {
		t.Skip("no clang++ or g++ on PATH (set HLOVM_MSL_CXX): the fake device compiles MSL through metal/shim")
	}
	shim, err := filepath.Abs("shim")
	if err != nil {
		t.Fatal(err)
	}
	return &fakeMTL{t: t, cxx: cxx, shim: shim, dir: t.TempDir(), major: 3, minor: 1, page: 4096,
		objs: map[handle]any{}}
}

// call checks the thread and the pool; every method starts with it.
func (f *fakeMTL) call(what string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if tid := syscall.Gettid(); tid != f.tid {
		f.errs = append(f.errs, fmt.Sprintf("%s on thread %d, the Metal thread is %d", what, tid, f.tid))
	}
	if f.depth == 0 {
		f.errs = append(f.errs, what+" outside an autorelease pool")
	}
}

func (f *fakeMTL) add(o any) handle {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	f.objs[f.next] = o
	return f.next
}

func get[T any](f *fakeMTL, h handle, what string) T {
	f.mu.Lock()
	defer f.mu.Unlock()
	o, ok := f.objs[h].(T)
	if !ok {
		f.errs = append(f.errs, fmt.Sprintf("%s: handle %d is %T (released or wrong kind)", what, h, f.objs[h]))
	}
	return o
}

func (f *fakeMTL) poolPush() handle {
	f.mu.Lock()
	if f.tid == 0 {
		f.tid = syscall.Gettid()
	}
	f.depth++
	f.mu.Unlock()
	return 1
}

func (f *fakeMTL) poolPop(handle) {
	f.call("poolPop")
	f.mu.Lock()
	f.depth--
	f.mu.Unlock()
}

func (f *fakeMTL) open() error                 { f.call("open"); return nil }
func (f *fakeMTL) deviceName() string          { f.call("deviceName"); return "fake (metal/shim on the CPU)" }
func (f *fakeMTL) languageVersion() (int, int) { f.call("languageVersion"); return f.major, f.minor }
func (f *fakeMTL) pageSize() int               { f.call("pageSize"); return f.page }

func (f *fakeMTL) newCommandQueue() (handle, error) {
	f.call("newCommandQueue")
	return f.add("queue"), nil
}

var (
	kernelDecl = regexp.MustCompile(`(?s)kernel void (\w+)\((.*?)\) \{`)
	paramDecl  = regexp.MustCompile(`^(device const|device|constant) (\w+)([*&]) \w+ \[\[buffer\((\d+)\)\]\]$`)
)

// newLibrary compiles src against the shim into a shared library, with a C
// entry per kernel that binds slot i to the parameter declared
// [[buffer(i)]] and walks the grid (thread_position_in_grid, threads_per_grid).
func (f *fakeMTL) newLibrary(src string) (handle, error) {
	f.call("newLibrary")
	var entries strings.Builder
	for _, m := range kernelDecl.FindAllStringSubmatch(src, -1) {
		var args []string
		slots := 0
		for _, p := range strings.Split(m[2], ",") {
			p = strings.TrimSpace(p)
			switch {
			case strings.HasSuffix(p, "[[thread_position_in_grid]]"):
				args = append(args, "g")
				continue
			case strings.HasSuffix(p, "[[threads_per_grid]]"):
				args = append(args, "grid")
				continue
			}
			d := paramDecl.FindStringSubmatch(p)
			if d == nil {
				return 0, fmt.Errorf("fake: parameter %q", p)
			}
			cnst := ""
			if d[1] != "device" {
				cnst = "const "
			}
			slots++
			if d[3] == "*" {
				args = append(args, fmt.Sprintf("(%s%s*)S[%s]", cnst, d[2], d[4]))
			} else {
				args = append(args, fmt.Sprintf("*(const %s*)S[%s]", d[2], d[4]))
			}
		}
		fmt.Fprintf(&entries, "extern \"C\" int hlovm_fake_params_%s() { return %d; }\n", m[1], slots)
		fmt.Fprintf(&entries, "extern \"C\" void hlovm_fake_%s(void** S, uint grid) {\n  for (uint g = 0; g < grid; g++) %s(%s);\n}\n",
			m[1], m[1], strings.Join(args, ", "))
	}
	f.mu.Lock()
	f.libs++
	name := fmt.Sprintf("lib%d", f.libs)
	f.mu.Unlock()
	cc := filepath.Join(f.dir, name+".cc")
	so := filepath.Join(f.dir, name+".so")
	if err := os.WriteFile(cc, []byte(src+"\n"+entries.String()), 0o644); err != nil {
		return 0, err
	}
	out, err := exec.Command(f.cxx, "-std=c++17", "-O0", "-ffp-contract=off", "-fno-fast-math", "-Wno-attributes",
		"-shared", "-fPIC", "-I", f.shim, "-o", so, cc).CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("compile error: %v\n%s", err, out)
	}
	dl, err := purego.Dlopen(so, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		return 0, err
	}
	return f.add(&fakeLib{dl: dl}), nil
}

func (f *fakeMTL) newFunction(lib handle, name string) (handle, error) {
	f.call("newFunction")
	l := get[*fakeLib](f, lib, "newFunction")
	addr, err := purego.Dlsym(l.dl, "hlovm_fake_"+name)
	if err != nil {
		return 0, fmt.Errorf("the library has no function %s", name)
	}
	fn := &fakeFunc{}
	purego.RegisterFunc(&fn.run, addr)
	var params func() int32
	pa, err := purego.Dlsym(l.dl, "hlovm_fake_params_"+name)
	if err != nil {
		return 0, err
	}
	purego.RegisterFunc(&params, pa)
	fn.params = int(params())
	return f.add(fn), nil
}

func (f *fakeMTL) newPipeline(fn handle) (handle, error) {
	f.call("newPipeline")
	return f.add(&fakePipe{fn: get[*fakeFunc](f, fn, "newPipeline")}), nil
}

func (f *fakeMTL) pipelineLimits(p handle) (int, int) {
	f.call("pipelineLimits")
	get[*fakePipe](f, p, "pipelineLimits")
	return 1024, 32
}

func (f *fakeMTL) newSharedBuffer(length int) (handle, unsafe.Pointer, error) {
	f.call("newSharedBuffer")
	mem := make([]byte, length)
	for i := range mem {
		mem[i] = 0xA5 // stale bytes: a kernel must write every output element
	}
	p := unsafe.Pointer(unsafe.SliceData(mem))
	return f.add(&fakeBuf{p: p, length: length, mem: mem}), p, nil
}

func (f *fakeMTL) newBufferNoCopy(p unsafe.Pointer, length int) (handle, error) {
	f.call("newBufferNoCopy")
	if uintptr(p)%uintptr(f.page) != 0 || length%f.page != 0 {
		return 0, fmt.Errorf("newBufferWithBytesNoCopy: %p, %d bytes: not whole pages", p, length)
	}
	return f.add(&fakeBuf{p: p, length: length, noCopy: true}), nil
}

func (f *fakeMTL) commandBuffer(q handle) (handle, error) {
	f.call("commandBuffer")
	get[string](f, q, "commandBuffer")
	return f.add(&fakeCB{}), nil
}

func (f *fakeMTL) computeEncoder(cb handle) (handle, error) {
	f.call("computeEncoder")
	e := &fakeEnc{}
	get[*fakeCB](f, cb, "computeEncoder").enc = e
	return f.add(e), nil // autoreleased in Metal: the runtime never releases it
}

func (f *fakeMTL) setPipeline(enc, p handle) {
	f.call("setPipeline")
	get[*fakeEnc](f, enc, "setPipeline").pipe = get[*fakePipe](f, p, "setPipeline")
}

func (f *fakeMTL) setBuffer(enc, b handle, offset, index int) {
	f.call("setBuffer")
	buf := get[*fakeBuf](f, b, "setBuffer")
	get[*fakeEnc](f, enc, "setBuffer").slots[index] = uintptr(buf.p) + uintptr(offset)
}

func (f *fakeMTL) setBytes(enc handle, p unsafe.Pointer, length, index int) {
	f.call("setBytes")
	e := get[*fakeEnc](f, enc, "setBytes")
	b := append([]byte(nil), unsafe.Slice((*byte)(p), length)...) // Metal copies the bytes at once
	e.bytes = append(e.bytes, b)
	e.slots[index] = uintptr(unsafe.Pointer(unsafe.SliceData(b)))
}

func (f *fakeMTL) dispatchThreads(enc handle, grid, group size3) {
	f.call("dispatchThreads")
	e := get[*fakeEnc](f, enc, "dispatchThreads")
	if group.Width == 0 || group.Width > 1024 || grid.Height != 1 || grid.Depth != 1 || group.Height != 1 || group.Depth != 1 {
		f.mu.Lock()
		f.errs = append(f.errs, fmt.Sprintf("dispatchThreads %v %v", grid, group))
		f.mu.Unlock()
	}
	e.grid, e.group = grid, group
}

func (f *fakeMTL) endEncoding(enc handle) {
	f.call("endEncoding")
	get[*fakeEnc](f, enc, "endEncoding").ended = true
}

func (f *fakeMTL) onCompleted(cb handle, done func()) {
	f.call("onCompleted")
	c := get[*fakeCB](f, cb, "onCompleted")
	c.handlers = append(c.handlers, done)
}

// commit runs the command buffer as the GPU would: later, elsewhere.
func (f *fakeMTL) commit(cb handle) {
	f.call("commit")
	c := get[*fakeCB](f, cb, "commit")
	c.committed = true
	fail := f.failCmd
	go func() {
		e := c.enc
		switch {
		case e == nil || !e.ended || e.pipe == nil:
			c.status, c.err = 5, "fake: committed without an ended encoder and a pipeline"
		case fail != "":
			c.status, c.err = 5, fail
		default:
			for i := range e.pipe.fn.params {
				if e.slots[i] == 0 {
					c.status, c.err = 5, fmt.Sprintf("fake: buffer slot %d unbound", i)
				}
			}
			if c.status == 0 {
				e.pipe.fn.run(&e.slots[0], uint32(e.grid.Width))
				c.status = 4
			}
		}
		for _, h := range c.handlers {
			h()
		}
	}()
}

func (f *fakeMTL) commandError(cb handle) error {
	f.call("commandError")
	c := get[*fakeCB](f, cb, "commandError")
	if c.status != 4 {
		return errors.New(c.err)
	}
	return nil
}

func (f *fakeMTL) release(h handle) {
	f.call("release")
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.objs[h]; !ok {
		f.errs = append(f.errs, fmt.Sprintf("release of handle %d, not live", h))
	}
	delete(f.objs, h)
}

// check reports the discipline errors seen so far and the objects still
// alive beyond those the runtime keeps (the queue, the pipelines and what
// made them are released or kept as the runtime says).
func (f *fakeMTL) check(t *testing.T, keep int) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, e := range f.errs {
		t.Error(e)
	}
	f.errs = nil
	live := 0
	for _, o := range f.objs {
		if _, enc := o.(*fakeEnc); !enc {
			live++
		}
	}
	if live != keep {
		var kinds []string
		for h, o := range f.objs {
			kinds = append(kinds, fmt.Sprintf("%d:%T", h, o))
		}
		t.Errorf("%d objects alive, want %d: %v", live, keep, kinds)
	}
}
