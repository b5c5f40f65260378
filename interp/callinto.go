package interp

import "github.com/hlovm/hlovm/tensor"

// CallableInto is an optional interface of a Callable (the VM's compiled
// regions have it): CallInto writes the results into buffers the caller
// provides, of the region's result types. A kernel that calls a region once
// per element can allocate those buffers once and reuse them, where Call
// returns new buffers every time.
type CallableInto interface {
	CallInto(ctx *Ctx, args, results []*tensor.Buffer) error
}
