package metal

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/cenv"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// EnvMinElements is the variable overriding DefaultMinElements.
const EnvMinElements = "HLOVM_METAL_MIN_ELEMENTS"

// DefaultMinElements is the smallest kernel sent to the GPU: below it a
// command buffer's round trip costs more than the CPU's loop. A guess from
// Metal's documented dispatch costs, not a measurement (nothing here can run
// Metal); HLOVM_METAL_MIN_ELEMENTS sets it (0 sends every kernel).
const DefaultMinElements = 1 << 16

// maxPipelines bounds the compiled kernels a process keeps. Pipelines live as
// long as the process (fused programs hold their kernels); past the bound a
// kernel stays on the CPU, saying so.
const maxPipelines = 4096

// maxGrid bounds the threads of one dispatch: the kernels take their
// position as a 32-bit uint and walk the elements grid-stride, so any grid
// computes every element once.
const maxGrid = 1 << 30

// Runtime is one Metal device with its command queue and the thread that
// talks to it. It is a fusion.Device: Prepare compiles a fused kernel's MSL
// into a compute pipeline, and the kernel's Run dispatches it on buffers that
// share the host's bytes where their alignment allows.
type Runtime struct {
	api   mtl
	work  chan func()
	queue handle
	name  string
	major int
	minor int

	// MinElements is the smallest kernel Prepare accepts.
	MinElements int64
	// grid caps the threads per dispatch (maxGrid; tests lower it to make
	// the grid-stride loop turn).
	grid int

	mu        sync.Mutex
	pipelines map[string]*compiled // by kernel name (its hash)

	zeroCopy, staged, dispatches             atomic.Int64
	toDevice, fromDevice, fallbacks          atomic.Int64
	toDeviceBytes, fromDeviceBytes, zeroBufs atomic.Int64
}

// compiled is one kernel's compile, done or under way (ready closes).
type compiled struct {
	ready chan struct{}
	p     *pipeline
	err   error
}

type pipeline struct {
	state             handle
	maxThreads, width int
	name, src         string

	// cpu is set when a run failed on the GPU: from then on the kernels
	// made from this pipeline run on the portable executor, and Prepare
	// declines the kernel with failed as the reason.
	cpu    atomic.Pointer[fusion.Exec]
	failed atomic.Pointer[string]
}

// newRuntime starts the Metal thread and makes the command queue.
func newRuntime(a mtl) (*Runtime, error) {
	r := &Runtime{api: a, work: make(chan func()), pipelines: map[string]*compiled{},
		MinElements: DefaultMinElements, grid: maxGrid}
	if v := cenv.Getenv(EnvMinElements); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("metal: %w: %s=%q: want a count of elements", errSetting, EnvMinElements, v)
		}
		r.MinElements = n
	}
	go r.thread()
	err := r.do(func() error {
		if err := a.open(); err != nil {
			return err
		}
		r.name = a.deviceName()
		r.major, r.minor = a.languageVersion()
		q, err := a.newCommandQueue()
		r.queue = q
		return err
	})
	if err != nil {
		close(r.work)
		return nil, err
	}
	return r, nil
}

// thread is the Metal thread: one goroutine locked to one OS thread, so
// every Objective-C call and the autorelease pool around it happen on the
// same thread (a pool must be drained on the thread that made it).
func (r *Runtime) thread() {
	runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
	for f := range r.work {
		pool := r.api.poolPush()
		f()
		r.api.poolPop(pool)
	}
}

// do runs f on the Metal thread and waits for it. A panic in f (a purego or
// Objective-C failure surfacing in Go) becomes the error: a goroutine of the
// plugin must never end the host process.
func (r *Runtime) do(f func() error) error {
	errc := make(chan error, 1)
	r.work <- func() {
		defer func() {
			if p := recover(); p != nil {
				errc <- fmt.Errorf("metal: %v", p)
			}
		}()
		errc <- f()
	}
	return <-errc
}

// Name is the backend's name in the tier report.
func (r *Runtime) Name() string { return "metal" }

// DeviceName is the GPU's name (MTLDevice.name).
func (r *Runtime) DeviceName() string { return r.name }

// Describe names the GPU and the MSL version ("Apple M2, MSL 3.1").
func (r *Runtime) Describe() string { return r.name + ", MSL " + r.LanguageVersion() }

// LanguageVersion is the MSL version kernels are compiled for.
func (r *Runtime) LanguageVersion() string { return fmt.Sprintf("%d.%d", r.major, r.minor) }

// Counts are the bytes bound without a copy, the bytes copied through
// staging buffers, and the dispatches, since start.
func (r *Runtime) Counts() (zeroCopy, staged, dispatches int64) {
	return r.zeroCopy.Load(), r.staged.Load(), r.dispatches.Load()
}

// Stats are the counters the tier report and metrics read
// (fusion.StatsReporter): a copy is a staging buffer filled before a
// dispatch or read back after it; zero-copy bindings are not copies.
func (r *Runtime) Stats() fusion.DeviceStats {
	return fusion.DeviceStats{
		Launches: r.dispatches.Load(),
		ToDevice: r.toDevice.Load(), ToDeviceBytes: r.toDeviceBytes.Load(),
		FromDevice: r.fromDevice.Load(), FromDeviceBytes: r.fromDeviceBytes.Load(),
		Fallbacks: r.fallbacks.Load(),
	}
}

// Prepare compiles k for the GPU, or says why it stays on the CPU: the
// emitter's reason (f64, complex, an op MSL cannot express exactly), bf16
// before MSL 3.1, a kernel too small to be worth a dispatch, or Metal's
// compiler error.
func (r *Runtime) Prepare(k *fusion.Kernel) (fusion.DeviceKernel, error) {
	if n := k.NumElements(); n < r.MinElements {
		return nil, fmt.Errorf("%d elements, below the GPU's minimum %d (%s)", n, r.MinElements, EnvMinElements)
	}
	name := "hlovm_" + k.Hash()
	src, err := fusion.EmitMSL(k, name)
	if err != nil {
		return nil, err
	}
	if usesBF16(k) && (r.major < 3 || r.major == 3 && r.minor < 1) {
		return nil, fmt.Errorf("bf16 needs MSL 3.1 (macOS 14); this system compiles MSL %s", r.LanguageVersion())
	}
	// One compile per kernel, however many builders ask at once; Metal's
	// answer, a pipeline or an error, is kept.
	r.mu.Lock()
	c := r.pipelines[name]
	if c == nil {
		if len(r.pipelines) >= maxPipelines {
			r.mu.Unlock()
			return nil, fmt.Errorf("%d kernels compiled already, the most one process keeps", maxPipelines)
		}
		c = &compiled{ready: make(chan struct{})}
		r.pipelines[name] = c
		r.mu.Unlock()
		c.p, c.err = r.compile(src, name)
		close(c.ready)
	} else {
		r.mu.Unlock()
		<-c.ready
	}
	if c.err != nil {
		return nil, c.err
	}
	if why := c.p.failed.Load(); why != nil {
		return nil, fmt.Errorf("failed on the GPU before: %s", *why)
	}
	return &kernel{r: r, k: k, p: c.p}, nil
}

func usesBF16(k *fusion.Kernel) bool {
	for v := range len(k.Inputs) + len(k.Body) {
		if k.ValueDType(v) == tensor.BF16 {
			return true
		}
	}
	return false
}

// compile turns MSL source into a compute pipeline for function name.
func (r *Runtime) compile(src, name string) (*pipeline, error) {
	p := &pipeline{name: name, src: src}
	err := r.do(func() error {
		lib, err := r.api.newLibrary(src)
		if err != nil {
			return fmt.Errorf("compiling %s: %w", name, err)
		}
		defer r.api.release(lib)
		fn, err := r.api.newFunction(lib, name)
		if err != nil {
			return err
		}
		defer r.api.release(fn)
		st, err := r.api.newPipeline(fn)
		if err != nil {
			return fmt.Errorf("pipeline for %s: %w", name, err)
		}
		p.state = st
		p.maxThreads, p.width = r.api.pipelineLimits(st)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// threads is the dispatch shape for n elements: one thread per element up to
// the cap, threadgroups as large as the pipeline allows, in whole SIMD
// groups. dispatchThreads takes a grid that is not a multiple of the group
// (non-uniform threadgroups: every Apple GPU family).
func threads(n int64, capGrid, maxThreads, width int) (grid, group size3) {
	g := uint(min(n, int64(capGrid)))
	t := max(1, maxThreads)
	if width > 0 && t > width {
		t -= t % width
	}
	t = min(t, int(g))
	return size3{g, 1, 1}, size3{uint(max(t, 1)), 1, 1}
}

// kernel is one fused kernel compiled for the device.
type kernel struct {
	r *Runtime
	k *fusion.Kernel
	p *pipeline
}

// binding is one buffer argument: the Metal buffer and, when it is a staging
// copy, its contents and the host bytes it stands for.
type binding struct {
	buf      handle
	contents unsafe.Pointer
	host     []byte
}

// aligned reports whether b can be bound without a copy: Metal wraps only
// page-aligned memory, in whole pages, and the pages must belong to b's
// allocation (its capacity), not to whatever follows it.
func aligned(b []byte, page int) (length int, ok bool) {
	if len(b) == 0 {
		return 0, false
	}
	length = (len(b) + page - 1) / page * page
	return length, uintptrOf(b)%uintptr(page) == 0 && cap(b) >= length
}

// Run dispatches the kernel over args and results and waits for the GPU.
// Buffers whose bytes are page-aligned are bound as they are (unified
// memory: the GPU reads and writes the host's bytes); the others go through
// shared staging buffers, copied in before and out after.
//
// A run that fails on the GPU (Metal's error: a command buffer fault, an
// allocation refused) runs on the CPU instead and the kernel stays there,
// recorded with the reason (fusion.PlacementOf) - unless an output shares
// storage with an input, which the failed run may have overwritten: then
// the error is returned.
func (kk *kernel) Run(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
	if e := kk.p.cpu.Load(); e != nil {
		return e.Run(ctx, args, results)
	}
	err := kk.run(args, results)
	if err == nil || !errors.Is(err, errOnGPU) || overlap(args, results) {
		return err
	}
	e, perr := fusion.Prepare(kk.k)
	if perr != nil {
		return err
	}
	kk.r.fallbacks.Add(1)
	msg := err.Error()
	kk.p.failed.Store(&msg)
	kk.p.cpu.Store(e)
	fusion.RecordPlacement(kk.k.Hash(), fusion.Placement{Where: "portable", Reason: msg})
	return e.Run(ctx, args, results)
}

// errOnGPU marks the errors of a run that reached Metal (not a caller's
// mistake such as a wrong buffer size).
var errOnGPU = errors.New("on the GPU")

func overlap(args, results []*tensor.Buffer) bool {
	for _, a := range args {
		for _, o := range results {
			if len(a.Data) > 0 && len(o.Data) > 0 {
				alo, olo := uintptr(unsafe.Pointer(&a.Data[0])), uintptr(unsafe.Pointer(&o.Data[0]))
				if alo < olo+uintptr(len(o.Data)) && olo < alo+uintptr(len(a.Data)) {
					return true
				}
			}
		}
	}
	return false
}

func (kk *kernel) run(args, results []*tensor.Buffer) error {
	r, k := kk.r, kk.k
	if len(args) != len(k.Inputs) || len(results) != len(k.Outputs) {
		return fmt.Errorf("metal: %s: %d arguments and %d results, want %d and %d", kk.p.name, len(args), len(results), len(k.Inputs), len(k.Outputs))
	}
	host := make([][]byte, 0, len(args)+len(results))
	for i, a := range args {
		want := tensor.NumElements(k.Inputs[i].Shape) * int64(k.ValueDType(i).StorageSize())
		if int64(len(a.Data)) != want {
			return fmt.Errorf("metal: %s: argument %d holds %d bytes, want %d", kk.p.name, i, len(a.Data), want)
		}
		host = append(host, a.Data)
	}
	n := k.NumElements()
	for o, b := range results {
		want := n * int64(k.ValueDType(k.Outputs[o]).StorageSize())
		if int64(len(b.Data)) != want {
			return fmt.Errorf("metal: %s: result %d holds %d bytes, want %d", kk.p.name, o, len(b.Data), want)
		}
		host = append(host, b.Data)
	}
	if n == 0 {
		return nil
	}
	nIn := len(args)
	binds := make([]binding, len(host))
	var cb handle
	done := make(chan struct{})
	release := func() {
		for _, b := range binds {
			if b.buf != 0 {
				r.api.release(b.buf)
			}
		}
		if cb != 0 {
			r.api.release(cb)
		}
	}
	err := r.do(func() error {
		page := r.api.pageSize()
		for i, h := range host {
			if length, ok := aligned(h, page); ok {
				buf, err := r.api.newBufferNoCopy(unsafe.Pointer(unsafe.SliceData(h)), length)
				if err == nil {
					binds[i].buf = buf
					r.zeroCopy.Add(int64(len(h)))
					continue
				}
			}
			buf, contents, err := r.api.newSharedBuffer(len(h))
			if err != nil {
				return fmt.Errorf("metal: %s %w: a buffer of %d bytes: %w", kk.p.name, errOnGPU, len(h), err)
			}
			binds[i] = binding{buf: buf, contents: contents, host: h}
			if i < nIn {
				copy(unsafe.Slice((*byte)(contents), len(h)), h)
				r.toDevice.Add(1)
				r.toDeviceBytes.Add(int64(len(h)))
			}
			r.staged.Add(int64(len(h)))
		}
		var err error
		if cb, err = r.api.commandBuffer(r.queue); err != nil {
			return fmt.Errorf("metal: %s %w: %w", kk.p.name, errOnGPU, err)
		}
		enc, err := r.api.computeEncoder(cb)
		if err != nil {
			return fmt.Errorf("metal: %s %w: %w", kk.p.name, errOnGPU, err)
		}
		r.api.setPipeline(enc, kk.p.state)
		for i, b := range binds {
			r.api.setBuffer(enc, b.buf, 0, i)
		}
		count := uint64(n)
		r.api.setBytes(enc, unsafe.Pointer(&count), 8, len(binds))
		grid, group := threads(n, r.grid, kk.p.maxThreads, kk.p.width)
		r.api.dispatchThreads(enc, grid, group)
		r.api.endEncoding(enc)
		r.api.onCompleted(cb, func() { close(done) })
		r.api.commit(cb)
		r.dispatches.Add(1)
		return nil
	})
	if err != nil {
		r.do(func() error { release(); return nil })
		return err
	}
	<-done // the GPU reads and writes host memory until here
	err = r.do(func() error {
		defer release()
		if err := r.api.commandError(cb); err != nil {
			return fmt.Errorf("metal: %s %w: %w", kk.p.name, errOnGPU, err)
		}
		for _, b := range binds[nIn:] {
			if b.contents != nil {
				copy(b.host, unsafe.Slice((*byte)(b.contents), len(b.host)))
				r.fromDevice.Add(1)
				r.fromDeviceBytes.Add(int64(len(b.host)))
			}
		}
		return nil
	})
	runtime.KeepAlive(host)
	return err
}

// errSetting marks a setting Metal cannot start with: Start reports it even
// when the backend was not asked for by name.
var errSetting = errors.New("bad setting")

// Errors of Default when no Metal runtime is available.
var errNoDevice = errors.New("metal: no Metal device (MTLCreateSystemDefaultDevice returned nil)")

var (
	defaultOnce sync.Once
	defaultRT   *Runtime
	defaultErr  error
)

// Default is the process's Metal runtime, opened on first use: the system's
// default device and one command queue. On systems without Metal it returns
// the reason (on every OS but macOS: Metal is only on macOS).
func Default() (*Runtime, error) {
	defaultOnce.Do(func() {
		a, err := openMTL()
		if err != nil {
			defaultErr = err
			return
		}
		defaultRT, defaultErr = newRuntime(a)
	})
	return defaultRT, defaultErr
}

// Probe reports whether Metal is usable here (internal/backend's Probe).
func Probe() error {
	_, err := Default()
	return err
}

// Use registers the default runtime as fusion's device: fused kernels built
// from now on run on the GPU where it takes them.
func Use() error {
	r, err := Default()
	if err != nil {
		return err
	}
	fusion.SetDevice(r)
	return nil
}

func uintptrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
