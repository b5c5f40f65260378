package vmtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/vm"
)

// FuzzCompileRun: any module the readers accept compiles to a verified
// program or a clear error, and runs (when main takes no arguments) to
// results or a clear error: never a panic or an internal error of the
// compiler or the VM. Seeds: the interpret conformance files.
func FuzzCompileRun(f *testing.F) {
	if dir := shareddata.Root(); dir != "" {
		paths, _ := filepath.Glob(filepath.Join(dir, "conformance", "stablehlo-interpret", "*.mlir"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			for _, chunk := range strings.Split(string(data), "// -----") {
				if len(chunk) < 4000 {
					f.Add(chunk)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := load.Bytes([]byte(src), "fuzz.mlir")
		if err != nil {
			return
		}
		p, err := bytecode.CompileWith(m, bytecode.Options{Lenient: true})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("compile: %v", err)
			}
			return
		}
		if p.Entry().NumArgs != 0 {
			return
		}
		for _, f := range p.Funcs {
			for _, in := range f.Code {
				for _, a := range in.Allocs {
					if a.Bytes > 1<<24 {
						return // valid, but too big to run here
					}
				}
			}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_, err = vm.Run(ctx, p, nil)
		// Kernel failures, panics included, are the kernels' to fix and come
		// back as errors naming the op; what must never happen is the VM
		// itself failing.
		if err != nil && strings.Contains(err.Error(), "vm: internal error") {
			t.Fatalf("run: %v", err)
		}
	})
}
