//go:build darwin || freebsd || linux || netbsd

package blas

import (
	"os"
	"runtime"
	"testing"

	"github.com/ebitengine/purego"
)

// HLOVM_BLAS set through libc after start (as Python's os.environ does
// before loading the plugin) is seen although Go's copy lacks it.
func TestEnvFromLibc(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("libc name")
	}
	t.Setenv(EnvLibrary, "")
	os.Unsetenv(EnvLibrary)
	h, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		t.Skip(err)
	}
	var setenv func(name, value string, overwrite int32) int32
	var unsetenv func(name string) int32
	purego.RegisterLibFunc(&setenv, h, "setenv")
	purego.RegisterLibFunc(&unsetenv, h, "unsetenv")
	if setenv(EnvLibrary, "/from/libc.so", 1) != 0 {
		t.Fatal("setenv failed")
	}
	defer unsetenv(EnvLibrary)
	if os.Getenv(EnvLibrary) != "" {
		t.Skip("Go's environment follows libc's here")
	}
	if got := Env(); got != "/from/libc.so" {
		t.Fatalf("Env() = %q, want /from/libc.so", got)
	}
}
