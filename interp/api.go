package interp

import (
	"fmt"
	"sort"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Ctx is the per-execution state every kernel receives.
type Ctx struct {
	// Parallelism is how many goroutines a kernel may use; at least 1.
	Parallelism int

	testPanic bool // see HLOVM_TEST_PANIC_OP in workers.go
}

// Kernel runs one op. args are the operands. results were allocated by the VM
// with the op's static result types; they may hold stale data, so a kernel must
// write every element. A kernel returns an error for a runtime failure (a check
// that does not hold, a bad index the spec does not clamp); the VM adds the op
// name and location.
type Kernel func(ctx *Ctx, args, results []*tensor.Buffer) error

// Callable is a compiled region or function that a kernel can run.
type Callable interface {
	// Call runs it on args; the results are new buffers owned by the caller.
	Call(ctx *Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error)
}

// Env is what a Builder may ask of the compiler that is building the op.
type Env interface {
	// Region compiles region i of op into a Callable.
	Region(op *stablehlo.Op, i int) (Callable, error)
	// Func compiles the module function with this symbol name into a Callable.
	Func(name string) (Callable, error)
}

// Builder specialises one op into a Kernel. It returns an error naming the reason
// when it cannot (an element type or attribute combination it does not support).
type Builder func(op *stablehlo.Op, env Env) (Kernel, error)

var (
	builders    = map[string]Builder{}
	customCalls = map[string]Builder{}
)

// Register installs the builder for an op name ("stablehlo.add"). Call it from
// an init function.
func Register(opName string, b Builder) {
	if _, dup := builders[opName]; dup {
		panic("interp: duplicate builder for " + opName)
	}
	builders[opName] = b
}

// RegisterCustomCall installs the builder for a custom_call target name
// ("lapack_sgetrf_ffi", "check.expect_eq"). Call it from an init function.
func RegisterCustomCall(target string, b Builder) {
	if _, dup := customCalls[target]; dup {
		panic("interp: duplicate custom_call builder for " + target)
	}
	customCalls[target] = b
}

// Has reports whether an op has a builder.
func Has(opName string) bool { _, ok := builders[opName]; return ok }

// Ops lists the op names with builders, sorted.
func Ops() []string {
	out := make([]string, 0, len(builders))
	for n := range builders {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Build specialises op into a Kernel. Errors name the op and its location.
func Build(op *stablehlo.Op, env Env) (k Kernel, err error) {
	defer func() {
		if r := recover(); r != nil {
			k, err = nil, fmt.Errorf("%s at %s: internal error while building kernel: %v", op.Name, stablehlo.Short(op.Loc), r)
		}
	}()
	b := builders[op.Name]
	if op.Name == "stablehlo.custom_call" {
		target := ""
		if s, ok := op.Attr("call_target_name").(stablehlo.StringAttr); ok {
			target = s.Value
		}
		b = customCalls[target]
		if b == nil {
			return nil, fmt.Errorf("stablehlo.custom_call at %s: unknown custom_call target %q", stablehlo.Short(op.Loc), target)
		}
	}
	if b == nil {
		return nil, fmt.Errorf("%s at %s: op not supported by the interpreter", op.Name, stablehlo.Short(op.Loc))
	}
	k, err = b(op, env)
	if err != nil {
		return nil, fmt.Errorf("%s at %s: %w", op.Name, stablehlo.Short(op.Loc), err)
	}
	if p := panicOp(); p != "" && p == op.Name {
		k = withTestPanic(k)
	}
	return k, nil
}
