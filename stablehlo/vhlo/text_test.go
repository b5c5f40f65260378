package vhlo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// Each conformance artifact must equal its StableHLO source parsed as text.
func TestConformanceMatchesText(t *testing.T) {
	dir := sharedDir(t, "conformance/stablehlo-vhlo")
	files, _ := filepath.Glob(filepath.Join(dir, "*.mlir.bc"))
	if len(files) == 0 {
		t.Skip("no conformance artifacts")
	}
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasPrefix(name, "invalid_") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			m, err := readBytecode(t, f)
			if err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(strings.TrimSuffix(f, ".bc"))
			if err != nil {
				t.Skipf("no text sibling: %v", err)
			}
			tm, err := mlirtext.Parse(src, strings.TrimSuffix(name, ".bc"))
			if err != nil {
				t.Fatalf("text parser: %v", err)
			}
			compareFuncs(t, tm, m)
		})
	}
}

// compareFuncs reports every function that differs (stablehlo.Equal on the
// whole module stops at the first), then checks the module as a whole.
func compareFuncs(t *testing.T, text, bc *stablehlo.Module) {
	t.Helper()
	bad := 0
	for _, tf := range text.Funcs() {
		bf := bc.Func(stablehlo.FuncName(tf))
		if bf == nil {
			t.Errorf("@%s: only in the text", stablehlo.FuncName(tf))
			continue
		}
		if err := stablehlo.Equal(&stablehlo.Module{Ops: []*stablehlo.Op{tf}}, &stablehlo.Module{Ops: []*stablehlo.Op{bf}}); err != nil {
			bad++
			t.Errorf("text vs bytecode: %v", err)
		}
	}
	if bad == 0 {
		if err := stablehlo.Equal(text, bc); err != nil {
			t.Errorf("text vs bytecode: %v", err)
		}
	}
}

// hasChlo: JAX's module.mlir still holds chlo ops, which XLA's serialization
// expands into StableHLO before writing the artifact.
func hasChlo(src []byte) bool { return strings.Contains(string(src), "chlo.") }

// transformedBySerialization are cases where XLA's serialization passes
// changed more than constant placement (checked by hand).
var transformedBySerialization = map[string]string{
	"ew_complex":             "exponential of complex<f32> expanded into real/imag/exp/cos/sin ops",
	"linalg_cpu_customcalls": "unused lapack_sorgqr_ffi call removed and case ops on constant indices folded",
}

// Every VHLO artifact of a corpus case must equal the JAX text it came from,
// exactly or after stablehlo.HoistConstants on both (XLA's serialization runs
// MLIR's canonicalizer, which hoists constants out of regions and merges
// duplicates). Cases whose program XLA changed further are listed and logged.
func TestCorpusMatchesText(t *testing.T) {
	dir := sharedDir(t, "corpus/jax-0.11.2")
	cases, _ := filepath.Glob(filepath.Join(dir, "*", "module.mlir"))
	if len(cases) == 0 {
		t.Skip("no corpus cases")
	}
	exact, hoisted, total := 0, 0, 0
	for _, c := range cases {
		cdir := filepath.Dir(c)
		t.Run(filepath.Base(cdir), func(t *testing.T) {
			src, err := os.ReadFile(c)
			if err != nil {
				t.Fatal(err)
			}
			arts, _ := filepath.Glob(filepath.Join(cdir, "module.vhlo-*.bc"))
			for _, a := range arts {
				if _, skip := expandedFor09[filepath.Base(cdir)]; skip && strings.HasSuffix(a, "-0.9.0.bc") {
					continue
				}
				tm, err := mlirtext.Parse(src, c)
				if err != nil {
					t.Fatalf("text parser: %v", err)
				}
				m, err := readBytecode(t, a)
				if err != nil {
					t.Errorf("%s: %v", filepath.Base(a), err)
					continue
				}
				total++
				if stablehlo.Equal(tm, m) == nil {
					exact++
					continue
				}
				stablehlo.HoistConstants(tm)
				stablehlo.HoistConstants(m)
				err = stablehlo.Equal(tm, m)
				switch why, transformed := transformedBySerialization[filepath.Base(cdir)]; {
				case err == nil:
					hoisted++
				case hasChlo(src):
					t.Logf("%s: not compared: the text has chlo ops that the artifact expanded", filepath.Base(a))
				case transformed:
					t.Logf("%s: not compared: %s", filepath.Base(a), why)
				default:
					t.Errorf("%s vs text: %v", filepath.Base(a), err)
				}
			}
		})
	}
	t.Logf("of %d artifacts, %d equal their text exactly and %d after hoisting constants", total, exact, hoisted)
}
