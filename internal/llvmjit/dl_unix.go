//go:build darwin || freebsd || linux || netbsd

package llvmjit

import "github.com/ebitengine/purego"

// dlopen loads the library with its symbols kept local: libllvmlite carries
// a whole LLVM, and other libraries in the process (jaxlib's own LLVM) must
// not bind to it or it to them.
func dlopen(path string) (uintptr, error) {
	return purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
}

func dlsym(h uintptr, name string) (uintptr, error) {
	return purego.Dlsym(h, name)
}
