package llvmjit

import "runtime"

// runtimeLibs are the libraries whose symbols JIT'd code may call without
// declaring them itself (LLVM's libcalls), made visible to the resolver at
// load time. On macOS libSystem carries them and is always global.
func runtimeLibs() []string {
	switch runtime.GOOS {
	case "linux":
		return []string{"libm.so.6", "libgcc_s.so.1"}
	case "freebsd", "netbsd":
		return []string{"libm.so", "libgcc_s.so.1"}
	}
	return nil
}
