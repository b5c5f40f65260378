package roundtrip_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/stablehlo/roundtrip"
)

// TestPrintParseRoundTrip: for every corpus module.mlir and every conformance
// .mlir file (each `// -----` chunk apart), each module the parser accepts
// survives print → parse (roundtrip.Check).
func TestPrintParseRoundTrip(t *testing.T) {
	shared, err := roundtrip.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	var files []string
	corpus, _ := filepath.Glob(filepath.Join(shared, "corpus", "*", "*", "module.mlir"))
	files = append(files, corpus...)
	for _, suite := range []string{"stablehlo-interpret", "stablehlo-testdata", "stablehlo-vhlo"} {
		m, _ := filepath.Glob(filepath.Join(shared, "conformance", suite, "*.mlir"))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Skipf("no .mlir files under %s", shared)
	}
	var modules, rejected, passed, failed int
	for _, path := range files {
		rel, _ := filepath.Rel(shared, path)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		t.Run(rel, func(t *testing.T) {
			mods, errs := mlirtext.ParseSplit(src, rel)
			for i, m := range mods {
				modules++
				if errs[i] != nil || m == nil {
					// What the parser must accept is judged by its own tests;
					// only accepted programs are round-tripped here.
					rejected++
					continue
				}
				if err := roundtrip.Check(m); err != nil {
					failed++
					t.Errorf("chunk %d: %v", i, err)
					continue
				}
				passed++
			}
		})
	}
	t.Logf("%d files, %d modules: %d round-tripped, %d failed, %d not accepted by the parser",
		len(files), modules, passed, failed, rejected)
	if passed == 0 {
		t.Errorf("no module round-tripped")
	}
}
