package vhlo

import (
	"os"
	"path/filepath"
	"sort"
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

// textOnlyDialect names corpus cases whose module.mlir still holds ops that
// XLA's serialization legalizes away (chlo), so the artifact is a different
// program text; they are compared by op signatures only.
func hasChlo(src []byte) bool { return strings.Contains(string(src), "chlo.") }

// transformedBySerialization are cases where XLA's serialization passes
// changed more than constant placement and duplicates (checked by hand).
var transformedBySerialization = map[string]string{
	"ew_complex":             "exponential of complex<f32> expanded into real/imag/exp/cos/sin ops",
	"linalg_cpu_customcalls": "unused lapack_sorgqr_ffi call removed and case ops on constant indices folded",
}

// opSignatures is the set of distinct ops as name + attributes + result types.
// It is a set because JAX's module.mlir is printed before the passes XLA's
// serialization runs (MLIR canonicalizer and CSE: constants hoisted, duplicate
// ops merged), which the artifacts went through.
func opSignatures(m *stablehlo.Module) map[string]int {
	out := map[string]int{}
	m.Walk(func(op *stablehlo.Op) bool {
		var types []string
		for _, r := range op.Results {
			types = append(types, r.Type.String())
		}
		key := op.Name + " " + attrText(op) + " -> " + strings.Join(types, ", ")
		out[key] = 1
		return true
	})
	return out
}

// Every VHLO artifact of a corpus case must match the JAX text it came from:
// exactly (stablehlo.Equal) where XLA's serialization did not move constants,
// and op by op (names, attributes, result types) always.
func TestCorpusMatchesText(t *testing.T) {
	dir := sharedDir(t, "corpus/jax-0.11.2")
	cases, _ := filepath.Glob(filepath.Join(dir, "*", "module.mlir"))
	if len(cases) == 0 {
		t.Skip("no corpus cases")
	}
	exact, total := 0, 0
	for _, c := range cases {
		cdir := filepath.Dir(c)
		t.Run(filepath.Base(cdir), func(t *testing.T) {
			src, err := os.ReadFile(c)
			if err != nil {
				t.Fatal(err)
			}
			tm, err := mlirtext.Parse(src, c)
			if err != nil {
				t.Fatalf("text parser: %v", err)
			}
			arts, _ := filepath.Glob(filepath.Join(cdir, "module.vhlo-*.bc"))
			for _, a := range arts {
				if _, skip := expandedFor09[filepath.Base(cdir)]; skip && strings.HasSuffix(a, "-0.9.0.bc") {
					continue
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
				if hasChlo(src) {
					t.Logf("%s: text has chlo ops that the artifact expanded; not compared", filepath.Base(a))
					continue
				}
				if why, ok := transformedBySerialization[filepath.Base(cdir)]; ok {
					t.Logf("%s: not compared: %s", filepath.Base(a), why)
					continue
				}
				want, got := opSignatures(tm), opSignatures(m)
				var diffs []string
				for k := range union(want, got) {
					if want[k] != got[k] {
						diffs = append(diffs, k)
					}
				}
				sort.Strings(diffs)
				for _, k := range diffs {
					t.Errorf("%s: %d in bytecode, %d in text: %s", filepath.Base(a), got[k], want[k], truncate(k))
				}
			}
		})
	}
	t.Logf("%d of %d artifacts equal their text exactly", exact, total)
}

func truncate(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}
