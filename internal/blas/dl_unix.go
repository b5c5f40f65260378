//go:build darwin || freebsd || linux || netbsd

package blas

import (
	"runtime"

	"github.com/ebitengine/purego"
)

// dlopen keeps the library's symbols local: numpy may have loaded the same
// file already, and nothing else in the process should bind to our copy.
func dlopen(path string) (uintptr, error) {
	return purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
}

func dlsym(h uintptr, name string) (uintptr, error) { return purego.Dlsym(h, name) }

func registerFunc(fptr any, addr uintptr) { purego.RegisterFunc(fptr, addr) }

// cGetenv reads the C library's environment. In a Go shared library loaded
// by Python, os.Getenv sees only the environment the process started with:
// the runtime copies it from the original block at load time, while
// os.environ[...] = ... in Python (jax_hlovm's initialise) goes through
// setenv into libc's table. "" when unset or when libc cannot be reached.
func cGetenv(name string) (v string) {
	defer func() {
		if recover() != nil {
			v = ""
		}
	}()
	var libc []string
	switch runtime.GOOS {
	case "darwin":
		libc = []string{"/usr/lib/libSystem.B.dylib"}
	case "linux":
		libc = []string{"libc.so.6"}
	default:
		libc = []string{"libc.so.7", "libc.so"}
	}
	for _, l := range libc {
		h, err := purego.Dlopen(l, purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err != nil {
			continue
		}
		var getenv func(string) string
		purego.RegisterLibFunc(&getenv, h, "getenv")
		return getenv(name)
	}
	return ""
}
