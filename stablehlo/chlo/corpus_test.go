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

// TestCorpusTextEqualsVHLO is the acceptance test: JAX's program with chlo ops
// (text, and plain bytecode), legalized, equals every VHLO artifact XLA
// serialized from it, modulo what MLIR's canonicalizer does (constants hoisted
// and merged, dead ops dropped).
func TestCorpusTextEqualsVHLO(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "jax-0.11.2")
	for _, c := range []string{"ew_special", "ew_transcendental", "random_threefry", "reduce", "sort"} {
		for _, src := range []string{"module.mlir", "module.mlirbc"} {
			for _, art := range []string{"module.vhlo-1.20.0.bc", "module.vhlo-1.16.2.bc", "module.vhlo-0.9.0.bc"} {
				t.Run(c+"/"+src+"/"+art, func(t *testing.T) {
					compareCorpus(t, filepath.Join(dir, c), src, art)
				})
			}
		}
	}
}

func readModule(t *testing.T, path string) *stablehlo.Module {
	t.Helper()
	if strings.HasSuffix(path, ".mlir") {
		return parseText(t, path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		// e.g. no VHLO 0.9.0 artifact where XLA could not downgrade the
		// program (composites do not exist in 0.9.0; see the corpus manifest).
		t.Skip("no artifact " + path + " in the corpus")
	}
	m, err := mlirbc.Read(data)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return m
}

func compareCorpus(t *testing.T, dir, src, art string) {
	txt := readModule(t, filepath.Join(dir, src))
	if !hasChlo(txt) {
		t.Fatalf("%s has no chlo op; the test would prove nothing", src)
	}
	// How many dead ops JAX's program has before legalization: the
	// expansions must add none (dce below would hide them).
	deadBefore := dce(readModule(t, filepath.Join(dir, src)))
	if err := Legalize(txt); err != nil {
		t.Fatal(err)
	}
	if hasChlo(txt) {
		t.Fatal("chlo ops remain after Legalize")
	}
	vh := readModule(t, filepath.Join(dir, art))
	if n := dce(txt); n != deadBefore {
		t.Errorf("legalized program has %d dead ops, the original %d: the expansion emits unused ops", n, deadBefore)
	}
	dce(vh)
	stablehlo.HoistConstants(txt)
	stablehlo.HoistConstants(vh)
	if err := stablehlo.Equal(txt, vh); err != nil {
		t.Errorf("legalized %s != %s: %v", src, art, err)
		if os.Getenv("CHLO_DUMP") != "" {
			base := "/tmp/chlo_" + filepath.Base(dir) + "_" + src + "_" + art
			os.WriteFile(base+".legalized.mlir", []byte(stablehlo.Print(txt)), 0o644)
			os.WriteFile(base+".vhlo.mlir", []byte(stablehlo.Print(vh)), 0o644)
		}
	}
}

// TestCorpusAllLegalize: every corpus program (text and plain bytecode)
// legalizes without error and without chlo ops left; programs without chlo
// ops come out equal to how they went in.
func TestCorpusAllLegalize(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "jax-0.11.2")
	cases, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(cases) == 0 {
		t.Skip("no corpus cases under " + dir)
	}
	for _, c := range cases {
		for _, src := range []string{"module.mlir", "module.mlirbc"} {
			path := filepath.Join(c, src)
			if _, err := os.Stat(path); err != nil {
				continue
			}
			m := readModule(t, path)
			had := hasChlo(m)
			if err := Legalize(m); err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			if hasChlo(m) {
				t.Errorf("%s: chlo ops remain", path)
			}
			if !had {
				if err := stablehlo.Equal(m, readModule(t, path)); err != nil {
					t.Errorf("%s: Legalize changed a program without chlo ops: %v", path, err)
				}
			}
		}
	}
}
