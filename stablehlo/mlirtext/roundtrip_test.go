package mlirtext

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

// TestPrintParseRoundTrip: Parse → stablehlo.Print → Parse gives an Equal module
// for every chunk of every test input (a failure here may be a printer bug; the
// message says which file and chunk). stablehlo/roundtrip has the printer-side
// fixpoint test.
func TestPrintParseRoundTrip(t *testing.T) {
	files := corpusFiles(t)
	count, fails := 0, 0
	for _, set := range []string{"own", "corpus", "interpret", "testdata", "vhlo"} {
		for _, f := range files[set] {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			mods, errs := ParseSplit(src, f)
			for i, m := range mods {
				if errs[i] != nil {
					continue // TestCorpusParses reports these
				}
				count++
				text := stablehlo.Print(m)
				m2, err := Parse([]byte(text), filepath.Base(f)+".printed")
				if err == nil {
					err = stablehlo.Equal(m, m2)
				}
				if err != nil {
					fails++
					if fails <= 20 {
						t.Errorf("%s chunk %d: %v", f, i, err)
					}
				}
			}
		}
	}
	t.Logf("%d modules round-tripped, %d failed", count, fails)
}
