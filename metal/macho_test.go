package metal

import (
	"debug/macho"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// systemDylibs are the libraries every macOS has that the plugin may link:
// libSystem (libc), and what Go's runtime links on darwin for net
// (libresolv) and crypto/x509 (CoreFoundation, Security).
var systemDylibs = map[string]bool{
	"/usr/lib/libSystem.B.dylib": true,
	"/usr/lib/libresolv.9.dylib": true,
	"/System/Library/Frameworks/CoreFoundation.framework/Versions/A/CoreFoundation": true,
	"/System/Library/Frameworks/Security.framework/Versions/A/Security":             true,
}

// TestMacOSDylib checks the darwin/arm64 plugin that make wheel-macos
// builds (dist/libhlovm_pjrt.dylib, or HLOVM_MACOS_DYLIB): an arm64 Mach-O
// dynamic library exporting GetPjrtApi and depending only on system
// libraries. Skipped when the library has not been built.
func TestMacOSDylib(t *testing.T) {
	path := os.Getenv("HLOVM_MACOS_DYLIB")
	if path == "" {
		path = filepath.Join("..", "dist", "libhlovm_pjrt.dylib")
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no macOS library (make wheel-macos builds it): %v", err)
	}
	f, err := macho.Open(path)
	if err != nil {
		t.Fatalf("%s is not a Mach-O file: %v", path, err)
	}
	defer f.Close()
	if f.Cpu != macho.CpuArm64 {
		t.Errorf("architecture %v, want arm64", f.Cpu)
	}
	if f.Type != macho.TypeDylib {
		t.Errorf("file type %v, want a dynamic library", f.Type)
	}
	exported := false
	if f.Symtab != nil {
		for _, s := range f.Symtab.Syms {
			// An external symbol defined in a section: N_EXT and N_SECT.
			if s.Name == "_GetPjrtApi" && s.Type&0x01 != 0 && s.Type&0x0e == 0x0e {
				exported = true
			}
		}
	}
	if !exported {
		t.Error("GetPjrtApi is not exported")
	}
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatal(err)
	}
	if len(libs) == 0 {
		t.Error("no libraries imported: libSystem at least is expected")
	}
	for _, l := range libs {
		if !systemDylibs[l] {
			t.Errorf("depends on %s, which is not a system library of every Mac", l)
		}
	}
	t.Logf("%s: arm64 dylib, imports %s", path, strings.Join(libs, ", "))
}
