package roundtrip_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
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

// TestGoldenFixpoint parses the printer's golden files (built by hand in
// stablehlo/print_test.go to cover forms the test programs lack: quantized
// constants, successors, quoted symbols, dot algorithms, ...) and checks that
// the parsed module prints back to exactly the golden text.
func TestGoldenFixpoint(t *testing.T) {
	goldens, _ := filepath.Glob(filepath.Join("..", "testdata", "print", "*.golden"))
	if len(goldens) == 0 {
		t.Skip("no golden files in stablehlo/testdata/print")
	}
	for _, path := range goldens {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, err := mlirtext.Parse(src, path)
			if err != nil {
				t.Fatalf("golden text does not parse: %v", err)
			}
			opts := stablehlo.PrintOptions{Locations: strings.Contains(path, "locations")}
			if got := stablehlo.PrintWith(m, opts); got != string(src) {
				t.Errorf("parsed golden prints differently:\n%s", firstLineDiff(string(src), got))
			}
			if err := roundtrip.Check(m); err != nil {
				t.Error(err)
			}
		})
	}
}

func firstLineDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return "golden: " + x + "\nprinted: " + y
		}
	}
	return "(same lines)"
}
