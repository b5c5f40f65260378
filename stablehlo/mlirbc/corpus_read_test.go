package mlirbc

import (
	"os"
	"path/filepath"
	"testing"
)

// Every plain-bytecode corpus module must read completely.
func TestReadCorpusPlain(t *testing.T) {
	for _, path := range sharedGlob(t, "corpus/*/*/module.mlirbc") {
		name := filepath.Base(filepath.Dir(path))
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Read(data)
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Funcs()) == 0 {
				t.Errorf("no func.func in %s", path)
			}
			if m.Portable {
				t.Errorf("plain bytecode marked portable")
			}
		})
	}
}
