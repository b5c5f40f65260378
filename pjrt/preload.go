package main

import (
	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/interp/linalg"
)

// preload opens the libraries a first execution would otherwise open on its
// critical path (the BLAS its products use; LLVM, through llvmlite, when
// tier 1 may promote regions), on a goroutine of its own, while JAX is still
// tracing and lowering the first program. Both are opened once per process
// (sync.Once inside), so a first execution that gets there first simply
// waits for the same open; a failure is the same failure it would have been.
func preload() {
	go func() {
		defer func() { _ = recover() }() // a library that panics on open is found again, with its error, when used
		linalg.Preload()
		if t, err := engine.SelectTier(); err == nil && t.Name() != "interp" {
			_, _ = fusion.JIT()
		}
	}()
}
