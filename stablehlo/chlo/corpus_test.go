package chlo

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirbc"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	_ "github.com/hlovm/hlovm/stablehlo/vhlo"
)

// sharedDir is <repo>/../shared, found from this file's location.
func sharedDir(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	dir := filepath.Join(root, "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared/ test data not found beside the repository: " + dir)
	}
	return dir
}

func parseText(t *testing.T, path string) *stablehlo.Module {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Skip("missing " + path)
	}
	m, err := mlirtext.Parse(src, path)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return m
}

func hasChlo(m *stablehlo.Module) bool {
	found := false
	m.Walk(func(op *stablehlo.Op) bool {
		if strings.HasPrefix(op.Name, "chlo.") {
			found = true
		}
		return true
	})
	return found
}

// TestCorpusTextEqualsVHLO is the acceptance test: JAX's text (with chlo ops),
// legalized, equals the VHLO artifact XLA serialized from it, modulo MLIR's
// constant hoisting/merging.
func TestCorpusTextEqualsVHLO(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "jax-0.11.2")
	for _, c := range []string{"ew_special", "ew_transcendental", "random_threefry", "reduce", "sort"} {
		t.Run(c, func(t *testing.T) {
			txt := parseText(t, filepath.Join(dir, c, "module.mlir"))
			if !hasChlo(txt) {
				t.Fatalf("%s: text has no chlo op; the test would prove nothing", c)
			}
			// How many dead ops JAX's text has before legalization: the
			// expansions must add none (dce below would hide them).
			deadBefore := dce(parseText(t, filepath.Join(dir, c, "module.mlir")))
			if err := Legalize(txt); err != nil {
				t.Fatal(err)
			}
			if hasChlo(txt) {
				t.Fatal("chlo ops remain after Legalize")
			}
			bc, err := os.ReadFile(filepath.Join(dir, c, "module.vhlo-1.20.0.bc"))
			if err != nil {
				t.Skip("missing VHLO artifact")
			}
			vh, err := mlirbc.Read(bc)
			if err != nil {
				t.Fatalf("read VHLO: %v", err)
			}
			// MLIR's canonicalizer (run by XLA) also drops dead ops; JAX's
			// text keeps some (ew_special's while body).
			if n := dce(txt); n != deadBefore {
				t.Errorf("legalized text has %d dead ops, the original %d: the expansion emits unused ops", n, deadBefore)
			}
			dce(vh)
			stablehlo.HoistConstants(txt)
			stablehlo.HoistConstants(vh)
			if err := stablehlo.Equal(txt, vh); err != nil {
				t.Errorf("legalized text != VHLO: %v", err)
				if os.Getenv("CHLO_DUMP") != "" {
					os.WriteFile("/tmp/chlo_"+c+"_text.mlir", []byte(stablehlo.Print(txt)), 0o644)
					os.WriteFile("/tmp/chlo_"+c+"_vhlo.mlir", []byte(stablehlo.Print(vh)), 0o644)
				}
			}
		})
	}
}
