//go:build !(darwin || freebsd || linux || netbsd)

package llvmjit

import (
	"errors"
	"runtime"
)

// purego has no dlopen here (Windows would need LoadLibrary); the Go tier runs.
var errNoDlopen = errors.New("llvmjit: loading libllvmlite is not supported on " + runtime.GOOS)

func dlopen(string) (uintptr, error)         { return 0, errNoDlopen }
func dlsym(uintptr, string) (uintptr, error) { return 0, errNoDlopen }
