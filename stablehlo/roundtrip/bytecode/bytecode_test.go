// Package bytecode_test round-trips the bytecode test programs through the text
// form: read (plain bytecode or VHLO artifact) → Print → Parse gives an Equal
// module. Bytecode carries real locations, so this also exercises loc(...).
package bytecode_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/stablehlo/roundtrip"
)

func TestBytecodePrintParseRoundTrip(t *testing.T) {
	shared, err := roundtrip.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	var files []string
	for _, pat := range []string{
		filepath.Join(shared, "corpus", "*", "*", "module.mlirbc"),
		filepath.Join(shared, "corpus", "*", "*", "module.vhlo-*.bc"),
		filepath.Join(shared, "conformance", "stablehlo-vhlo", "*.mlir.bc"),
	} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Skipf("no bytecode files under %s", shared)
	}
	var passed, failed, rejected int
	for _, path := range files {
		rel, _ := filepath.Rel(shared, path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, err := load.Bytes(data, rel)
			if err != nil {
				// Invalid inputs (e.g. invalid_vhlo_future) and reader gaps are
				// the readers' tests' business.
				rejected++
				if !strings.Contains(rel, "invalid") {
					t.Logf("not read: %v", err)
				}
				return
			}
			if err := roundtrip.Check(m); err != nil {
				failed++
				t.Error(err)
				return
			}
			passed++
		})
	}
	t.Logf("%d bytecode files: %d round-tripped, %d failed, %d not read", len(files), passed, failed, rejected)
	if passed == 0 {
		t.Errorf("no module round-tripped")
	}
}
