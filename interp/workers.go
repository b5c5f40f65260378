package interp

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/tensor"
)

// Workers is the WaitGroup for a kernel's helper goroutines. A panic in a
// goroutine that is not the one the VM called the kernel on cannot be
// recovered by the VM and would end the host process (a Python interpreter
// loading the plugin); Workers recovers it in the goroutine and re-raises it
// from Wait, on the kernel's own goroutine, where the VM turns it into an error
// naming the op.
type Workers struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	p    *WorkerPanic
	test bool // HLOVM_TEST_PANIC_OP names this kernel's op
}

// WorkerPanic is the value Wait panics with: the first panic of a worker, with
// that worker's stack (the re-raise has a different one).
type WorkerPanic struct {
	Value any
	Stack []byte
}

func (p *WorkerPanic) String() string {
	return fmt.Sprintf("%v (in a kernel worker goroutine)\n%s", p.Value, p.Stack)
}

// NewWorkers returns a Workers for a kernel running with ctx (nil allowed).
func NewWorkers(ctx *Ctx) *Workers {
	return &Workers{test: ctx != nil && ctx.testPanic}
}

// Go runs fn on a new goroutine.
func (w *Workers) Go(fn func()) {
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer w.catch()
		if w.test {
			panic("HLOVM_TEST_PANIC_OP: injected panic in a kernel worker")
		}
		fn()
	}()
}

// Do runs fn on the calling goroutine as if it were one more worker, so a
// panic there does not return before the other workers have stopped writing.
func (w *Workers) Do(fn func()) {
	defer w.catch()
	fn()
}

func (w *Workers) catch() {
	if r := recover(); r != nil {
		w.mu.Lock()
		if w.p == nil {
			w.p = &WorkerPanic{Value: r, Stack: debug.Stack()}
		}
		w.mu.Unlock()
	}
}

// Wait waits for every goroutine started by Go and re-raises the first panic.
func (w *Workers) Wait() {
	w.wg.Wait()
	if w.p != nil {
		panic(w.p)
	}
}

// testPanicOp is HLOVM_TEST_PANIC_OP, read once: a test hook that makes the
// kernels built for that op ("stablehlo.add") panic, inside a worker goroutine
// when the kernel starts any (the case the hook exists to test), else on the
// kernel's own goroutine. It lets a test without a special build check that a
// panicking kernel becomes an error and the host survives.
var testPanicOp = sync.OnceValue(func() string { return os.Getenv("HLOVM_TEST_PANIC_OP") })

// SetTestPanicOp overrides HLOVM_TEST_PANIC_OP for kernels built from now on
// ("" turns the hook off); for tests.
func SetTestPanicOp(op string) {
	testPanicOp() // the environment must not override it later
	testPanicOverride.Store(&op)
}

var testPanicOverride atomic.Pointer[string]

func panicOp() string {
	if s := testPanicOverride.Load(); s != nil {
		return *s
	}
	return testPanicOp()
}

// withTestPanic wraps a kernel built for the op HLOVM_TEST_PANIC_OP names.
func withTestPanic(k Kernel) Kernel {
	return func(ctx *Ctx, args, results []*tensor.Buffer) error {
		c := Ctx{Parallelism: 1}
		if ctx != nil {
			c = *ctx
		}
		c.testPanic = true
		if err := k(&c, args, results); err != nil {
			return err
		}
		// No worker ran (too little work or one goroutine): panic here.
		panic("HLOVM_TEST_PANIC_OP: injected panic in a kernel")
	}
}
