//go:build linux

package cuda

import "github.com/ebitengine/purego"

func dlopen(path string) (uintptr, error) {
	// Local symbols: NVRTC and the driver must not bind to other copies of
	// CUDA libraries already in the process (jaxlib's, torch's).
	return purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
}

func dlsym(h uintptr, name string) (uintptr, error) { return purego.Dlsym(h, name) }

// call invokes a C function of integer and pointer arguments. Like
// purego.SyscallN it marks its arguments uintptrescapes: a Go pointer
// converted to uintptr in the argument list stays alive and unmoved (on the
// heap) for the call.
//
//go:uintptrescapes
func call(fn uintptr, args ...uintptr) uintptr {
	r, _, _ := purego.SyscallN(fn, args...)
	return r
}
