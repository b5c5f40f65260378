package cenv

import (
	"os"
	"runtime"
	"testing"

	"github.com/ebitengine/purego"
)

// TestGetenvSeesLibcSetenv: a variable set through libc after start (as
// Python's os.environ does) is invisible to os.Getenv but found here.
func TestGetenvSeesLibcSetenv(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("libc.so.6 is the Linux C library")
	}
	h, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		t.Skip(err)
	}
	var setenv func(string, string, int32) int32
	purego.RegisterLibFunc(&setenv, h, "setenv")
	const name = "HLOVM_CENV_TEST_VARIABLE"
	if setenv(name, "from-libc", 1) != 0 {
		t.Fatal("setenv failed")
	}
	if os.Getenv(name) != "" {
		t.Skip("os.Getenv sees libc's environment here (cgo runtime)")
	}
	if got := Getenv(name); got != "from-libc" {
		t.Errorf("Getenv = %q, want from-libc", got)
	}
	t.Setenv("HLOVM_CENV_OS", "from-os")
	if got := Getenv("HLOVM_CENV_OS"); got != "from-os" {
		t.Errorf("Getenv = %q, want from-os", got)
	}
}
