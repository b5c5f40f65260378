package roundtrip_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/stablehlo/roundtrip"
)

// FuzzRoundTrip: whatever text the parser accepts must survive print → parse.
// Seeds are the corpus programs and the edge cases; run with
// go test ./stablehlo/roundtrip/ -run XXX -fuzz FuzzRoundTrip.
func FuzzRoundTrip(f *testing.F) {
	if shared, err := roundtrip.SharedDir(); err == nil {
		seeds, _ := filepath.Glob(filepath.Join(shared, "corpus", "*", "*", "module.mlir"))
		for _, s := range seeds {
			// Small programs only: big ones make each execution slow.
			if data, err := os.ReadFile(s); err == nil && len(data) < 4000 {
				f.Add(data)
			}
		}
	}
	for _, src := range edgeModules {
		f.Add([]byte(src))
	}
	for _, c := range edgeCases {
		f.Add([]byte("func.func @main" + c.sig + " {" + c.body + "\n}\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := mlirtext.Parse(data, "fuzz.mlir")
		if err != nil || m == nil {
			return
		}
		if stablehlo.Equal(m, m) != nil {
			// Not comparable: e.g. an op using its own result (graph-region
			// style), which Equal cannot match up.
			return
		}
		if err := roundtrip.Check(m); err != nil {
			t.Fatal(err)
		}
	})
}
