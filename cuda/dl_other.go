//go:build !linux

package cuda

import (
	"errors"
	"runtime"
)

// CUDA runs on Linux only; elsewhere (macOS: Metal's home) every entry point
// reports this instead of loading anything.
var errUnsupported = errors.New("cuda: not supported on " + runtime.GOOS)

func dlopen(string) (uintptr, error)         { return 0, errUnsupported }
func dlsym(uintptr, string) (uintptr, error) { return 0, errUnsupported }

// call is never reached: nothing loads without dlopen.
func call(uintptr, ...uintptr) uintptr { return 0 }
