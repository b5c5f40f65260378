// Package cenv reads environment variables the way the plugin needs: Go's
// os.Getenv sees only the environment a process started with, but Python
// code (jax_hlovm, or a user's os.environ[...] = ... before JAX loads the
// plugin) sets variables later, through libc's setenv. Getenv falls back to
// libc's getenv (through purego, no cgo) for those.
package cenv

import (
	"os"
	"runtime"
	"sync"

	"github.com/ebitengine/purego"
)

var (
	once   sync.Once
	getenv func(string) string
)

// Getenv is os.Getenv, else the C library's value, else "".
func Getenv(name string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	once.Do(load)
	if getenv == nil {
		return ""
	}
	return safeGetenv(name)
}

func safeGetenv(name string) (v string) {
	defer func() {
		if recover() != nil {
			v = ""
		}
	}()
	return getenv(name)
}

func load() {
	defer func() { _ = recover() }() // no libc reachable: os.Getenv only
	var libs []string
	switch runtime.GOOS {
	case "darwin":
		libs = []string{"/usr/lib/libSystem.B.dylib"}
	case "linux":
		libs = []string{"libc.so.6"}
	case "windows":
		return
	default:
		libs = []string{"libc.so.7", "libc.so"}
	}
	for _, l := range libs {
		h, err := purego.Dlopen(l, purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err != nil {
			continue
		}
		var f func(string) string
		purego.RegisterLibFunc(&f, h, "getenv")
		getenv = f
		return
	}
}
