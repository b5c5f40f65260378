package all_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/interp"
	_ "github.com/hlovm/hlovm/interp/all"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// test.panic_in_worker panics on a helper goroutine of its own, as a kernel
// with a bug in its parallel loop would.
func init() {
	interp.Register("test.panic_in_worker", func(*stablehlo.Op, interp.Env) (interp.Kernel, error) {
		return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
			w := interp.NewWorkers(ctx)
			w.Go(func() { var s []int; _ = s[3] })
			w.Do(func() { copy(res[0].Data, args[0].Data) })
			w.Wait()
			return nil
		}, nil
	})
}

func runSrc(t *testing.T, src string, args ...*tensor.Buffer) error {
	t.Helper()
	m, err := mlirtext.Parse([]byte(src), "t.mlir")
	if err != nil {
		t.Fatal(err)
	}
	p, err := bytecode.Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = vm.RunWithOptions(context.Background(), p, args, vm.Options{Parallelism: 4})
	return err
}

func wantOpError(t *testing.T, err error, op, loc, msg string) {
	t.Helper()
	var ve *vm.Error
	if !errors.As(err, &ve) {
		t.Fatalf("error %v (%T), want a *vm.Error", err, err)
	}
	if ve.Op != op || ve.Loc != loc || !strings.Contains(err.Error(), msg) {
		t.Fatalf("error %v, want op %s at %s containing %q", err, op, loc, msg)
	}
}

func TestPanicInWorkerGoroutine(t *testing.T) {
	err := runSrc(t, `
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "test.panic_in_worker"(%x) : (tensor<4xf32>) -> tensor<4xf32> loc("m.py":2:3)
  return %0 : tensor<4xf32>
}`, tensor.New(tensor.F32, []int64{4}))
	wantOpError(t, err, "test.panic_in_worker", "m.py:2:3", "index out of range")
}

// The HLOVM_TEST_PANIC_OP hook makes a real kernel panic inside its parallel
// loop: the run fails naming the op, and the next run of a kernel built
// without the hook works.
func TestTestPanicOpHook(t *testing.T) {
	const n = 1 << 20 // enough elements for the element-wise loop to use workers
	src := `
func.func @main(%x: tensor<1048576xf32>) -> tensor<1048576xf32> {
  %0 = stablehlo.add %x, %x : tensor<1048576xf32> loc("m.py":7:1)
  return %0 : tensor<1048576xf32>
}`
	x := tensor.New(tensor.F32, []int64{n})
	for i := range tensor.View[float32](x) {
		tensor.View[float32](x)[i] = float32(i)
	}
	interp.SetTestPanicOp("stablehlo.add")
	err := runSrc(t, src, x)
	interp.SetTestPanicOp("")
	wantOpError(t, err, "stablehlo.add", "m.py:7:1", "in a kernel worker goroutine")
	if err := runSrc(t, src, x); err != nil {
		t.Fatalf("run after the hook was turned off: %v", err)
	}
}
