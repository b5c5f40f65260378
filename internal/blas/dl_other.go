//go:build !(darwin || freebsd || linux || netbsd)

package blas

import (
	"errors"
	"runtime"
)

var errNoDlopen = errors.New("blas: loading a shared library is not supported on " + runtime.GOOS)

func dlopen(string) (uintptr, error)         { return 0, errNoDlopen }
func dlsym(uintptr, string) (uintptr, error) { return 0, errNoDlopen }
func registerFunc(any, uintptr)              {}

func cGetenv(string) string { return "" }
