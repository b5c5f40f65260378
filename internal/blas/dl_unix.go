//go:build darwin || freebsd || linux || netbsd

package blas

import "github.com/ebitengine/purego"

// dlopen keeps the library's symbols local: numpy may have loaded the same
// file already, and nothing else in the process should bind to our copy.
func dlopen(path string) (uintptr, error) {
	return purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
}

func dlsym(h uintptr, name string) (uintptr, error) { return purego.Dlsym(h, name) }

func registerFunc(fptr any, addr uintptr) { purego.RegisterFunc(fptr, addr) }
