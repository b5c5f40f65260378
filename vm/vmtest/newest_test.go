package vmtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
)

// newestDir holds programs written by the newest jax this project supports
// (testdata/gen_newest.py): what that jaxlib sends a plugin that advertises
// its StableHLO version, including the ops newer than the 0.11.2 corpus
// (fma, exp2, log2), with XLA:CPU's outputs.
const newestDir = "testdata/jax-0.12.1"

// TestNewestJAX runs every case of newestDir in both forms (the portable
// artifact XLA serialized for a plugin, and JAX's text) and compares with
// XLA:CPU's outputs.
func TestNewestJAX(t *testing.T) {
	ents, err := os.ReadDir(newestDir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(newestDir, e.Name())
		arts, _ := filepath.Glob(filepath.Join(dir, "module.vhlo-*.bc"))
		if len(arts) != 1 {
			t.Errorf("%s: want one portable artifact, found %d", e.Name(), len(arts))
			continue
		}
		for _, file := range []string{filepath.Base(arts[0]), "module.mlir"} {
			c := corpusCase{name: e.Name(), dir: dir, file: file}
			n++
			t.Run(e.Name()+"/"+file, func(t *testing.T) {
				_, _, diffs, err := runCase(c, bytecode.Options{})
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range diffs {
					t.Error(d)
				}
			})
		}
	}
	if n < 20 {
		t.Errorf("only %d programs in %s", n, newestDir)
	}
}
