package load

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/stablehlo"
)

// knownDifferences are artifacts whose program XLA changed in a way no reader can
// undo: the IR legitimately differs from the text. They must still read.
var knownDifferences = map[string]string{
	"gather_scatter/module.vhlo-0.9.0.bc": "StableHLO 0.9.0 has no gather batching dimensions: XLA's downgrade rewrote the batched gather as iota + concatenate + gather",
}

// TestCorpusFormsAgree reads every JAX corpus case in all of its forms — the text
// JAX prints, plain MLIR bytecode, and the VHLO portable artifacts at every version
// present — and requires the same IR from each.
func TestCorpusFormsAgree(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2")
	cases, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		caseDir := filepath.Join(dir, c.Name())
		t.Run(c.Name(), func(t *testing.T) {
			ref, err := File(filepath.Join(caseDir, "module.mlir"))
			if err != nil {
				t.Fatalf("text: %v", err)
			}
			forms, _ := filepath.Glob(filepath.Join(caseDir, "module.*bc"))
			if len(forms) < 2 {
				t.Fatalf("expected plain and VHLO bytecode forms, found %v", forms)
			}
			for _, f := range forms {
				m, err := File(f)
				if err != nil {
					t.Errorf("%s: %v", filepath.Base(f), err)
					continue
				}
				if reason, ok := knownDifferences[c.Name()+"/"+filepath.Base(f)]; ok {
					t.Logf("%s: not compared: %s", filepath.Base(f), reason)
					continue
				}
				if err := stablehlo.Equal(ref, m); err != nil {
					t.Errorf("%s differs from module.mlir: %v", filepath.Base(f), err)
				}
			}
		})
		n++
	}
	if n < 30 {
		t.Fatalf("only %d corpus cases found", n)
	}
}

// TestVHLOConformance reads StableHLO's portable artifact of every VHLO version
// 0.9.0 … 1.20.0 and compares it with the StableHLO text it was made from.
func TestVHLOConformance(t *testing.T) {
	dir := shareddata.Dir(t, "conformance/stablehlo-vhlo")
	files, _ := filepath.Glob(filepath.Join(dir, "*.mlir.bc"))
	sort.Strings(files)
	if len(files) < 30 {
		t.Fatalf("only %d artifacts found", len(files))
	}
	for _, bc := range files {
		name := filepath.Base(bc)
		t.Run(strings.TrimSuffix(name, ".mlir.bc"), func(t *testing.T) {
			m, err := File(bc)
			if strings.HasPrefix(name, "invalid_") {
				if err == nil {
					t.Fatalf("read an invalid artifact without error")
				}
				if !strings.Contains(err.Error(), "constant_v99") && !strings.Contains(err.Error(), "2.0.0") {
					t.Fatalf("error does not name the unknown op or the version: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			src, err := File(strings.TrimSuffix(bc, ".bc"))
			if err != nil {
				t.Fatalf("parse source: %v", err)
			}
			if err := stablehlo.Equal(src, m); err != nil {
				t.Fatalf("artifact differs from its source: %v", err)
			}
		})
	}
}
