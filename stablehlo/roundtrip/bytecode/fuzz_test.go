package bytecode_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/stablehlo/roundtrip"
)

// FuzzBytecodeRoundTrip: whatever bytecode the readers accept must survive
// print → parse. Seeds are the small corpus artifacts; run with
// go test ./stablehlo/roundtrip/bytecode/ -run XXX -fuzz FuzzBytecodeRoundTrip.
func FuzzBytecodeRoundTrip(f *testing.F) {
	if shared, err := roundtrip.SharedDir(); err == nil {
		seeds, _ := filepath.Glob(filepath.Join(shared, "corpus", "*", "*", "module.*bc"))
		for _, s := range seeds {
			if data, err := os.ReadFile(s); err == nil && len(data) < 3000 {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !load.IsBytecode(data) {
			return
		}
		m, err := load.Bytes(data, "fuzz.bc")
		if err != nil || m == nil || stablehlo.Equal(m, m) != nil {
			return
		}
		if err := roundtrip.Check(m); err != nil {
			t.Fatal(err)
		}
	})
}
