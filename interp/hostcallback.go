package interp

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// HostCallbackTarget is the custom_call target jax_hlovm emits for Python
// callbacks (jax.debug.print/callback, pure_callback, io_callback). Its
// backend_config is the decimal id of a callable registered on the Python
// side; operands and results are plain tensors (tokens stay outside the call:
// the VM runs one program's ops in order, so ordered effects keep their order).
const HostCallbackTarget = "hlovm_host_callback"

// HostCallback runs host callback id on args and writes every element of
// results (allocated with the op's result types).
type HostCallback func(id uint64, args, results []*tensor.Buffer) error

var hostCallback atomic.Pointer[HostCallback]

// SetHostCallback installs the function that runs host callbacks (the PJRT
// plugin installs one that calls into Python); nil removes it.
func SetHostCallback(f HostCallback) {
	if f == nil {
		hostCallback.Store(nil)
		return
	}
	hostCallback.Store(&f)
}

// ErrNoHostCallback is returned when a program with a host callback runs
// where nothing can run it (outside the PJRT plugin).
var ErrNoHostCallback = errors.New("no host callback runner is installed (host callbacks run only under the hlovm PJRT plugin with jax_hlovm)")

func init() { RegisterCustomCall(HostCallbackTarget, buildHostCallback) }

func buildHostCallback(op *stablehlo.Op, _ Env) (Kernel, error) {
	cfg, ok := op.Attr("backend_config").(stablehlo.StringAttr)
	if !ok {
		return nil, fmt.Errorf("%s: backend_config must be the callback id as a string", HostCallbackTarget)
	}
	id, err := strconv.ParseUint(strings.TrimSpace(cfg.Value), 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%s: backend_config %q is not a callback id", HostCallbackTarget, cfg.Value)
	}
	for i, v := range op.Operands {
		if _, ok := v.Type.(*stablehlo.TensorType); !ok {
			return nil, fmt.Errorf("%s: operand %d has type %v; host callbacks take tensors", HostCallbackTarget, i, v.Type)
		}
	}
	return func(_ *Ctx, args, results []*tensor.Buffer) error {
		h := hostCallback.Load()
		if h == nil {
			return ErrNoHostCallback
		}
		return (*h)(id, args, results)
	}, nil
}
