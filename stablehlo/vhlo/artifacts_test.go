package vhlo

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirbc"
)

// sharedDir finds shared/ beside the repository root (the package is two levels
// down), skipping the test when the data is absent.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", sub))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("test data %s absent: %v", dir, err)
	}
	return dir
}

func readBytecode(t *testing.T, path string) (*stablehlo.Module, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return mlirbc.Read(data)
}

func TestInvalidFutureArtifact(t *testing.T) {
	dir := sharedDir(t, "conformance/stablehlo-vhlo")
	_, err := readBytecode(t, filepath.Join(dir, "invalid_vhlo_future.mlir.bc"))
	if err == nil {
		t.Fatal("a StableHLO_v2.0.0 artifact with vhlo.constant_v99 was accepted")
	}
	if !strings.Contains(err.Error(), "constant_v99") && !strings.Contains(err.Error(), "2.0.0") {
		t.Errorf("error %q names neither the op nor the version", err)
	}
}

// opNameRE finds op names in StableHLO text, generic ("stablehlo.add") or pretty
// (= stablehlo.add, or a bare op at the start of a line).
var opNameRE = regexp.MustCompile(`(?:^|[^#!\w.<])"?((?:stablehlo|func|sdy)\.[a-z_\-0-9]+)"?(?: [^=]|\()`)

// textOpCounts is the stopgap check used until the text parser is available:
// how often each op name occurs in the text (comments stripped).
func textOpCounts(src string) map[string]int {
	counts := map[string]int{}
	for _, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		for _, m := range opNameRE.FindAllStringSubmatch(line, -1) {
			counts[m[1]]++
		}
	}
	return counts
}

func moduleOpCounts(m *stablehlo.Module) map[string]int {
	counts := map[string]int{}
	m.Walk(func(op *stablehlo.Op) bool {
		counts[op.Name]++
		return true
	})
	return counts
}

// leftoverVHLO lists any op or attribute that still looks like VHLO.
func leftoverVHLO(m *stablehlo.Module) []string {
	var bad []string
	m.Walk(func(op *stablehlo.Op) bool {
		if strings.HasPrefix(op.Name, "vhlo.") {
			bad = append(bad, op.Name)
		}
		return true
	})
	return bad
}

func TestConformanceArtifactsRead(t *testing.T) {
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
			if bad := leftoverVHLO(m); len(bad) > 0 {
				t.Fatalf("unconverted VHLO ops: %v", bad)
			}
			src, err := os.ReadFile(strings.TrimSuffix(f, ".bc"))
			if err != nil {
				t.Skipf("no text sibling: %v", err)
			}
			want := textOpCounts(string(src))
			got := moduleOpCounts(m)
			// func.return / func.call are often printed as bare return/call.
			for _, n := range []string{"func.return", "func.call"} {
				delete(want, n)
				delete(got, n)
			}
			var diffs []string
			for k := range union(want, got) {
				if want[k] != got[k] {
					diffs = append(diffs, k)
				}
			}
			sort.Strings(diffs)
			for _, k := range diffs {
				t.Errorf("%s: %d in bytecode, %d in text", k, got[k], want[k])
			}
		})
	}
}

func union(a, b map[string]int) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// Every VHLO version of a corpus program must read to the same IR. (The plain
// module.mlirbc is JAX's module before XLA's serialization passes — chlo ops
// not yet expanded, constants not hoisted — so it is a different program text.)
// expandedFor09 are corpus cases that use ops 0.9.0 cannot express, which XLA's
// compatibility expander rewrote into other ops for that target: their 0.9.0
// artifact is a different (equivalent) program.
var expandedFor09 = map[string]string{
	"gather_scatter": "gather batching dims (VHLO 1.1.0) expanded to iota+concatenate",
}

func TestCorpusVersionsAgree(t *testing.T) {
	dir := sharedDir(t, "corpus/jax-0.11.2")
	cases, _ := filepath.Glob(filepath.Join(dir, "*", "module.mlir"))
	if len(cases) == 0 {
		t.Skip("no corpus cases")
	}
	for _, c := range cases {
		cdir := filepath.Dir(c)
		t.Run(filepath.Base(cdir), func(t *testing.T) {
			arts, _ := filepath.Glob(filepath.Join(cdir, "module.vhlo-*.bc"))
			sort.Strings(arts)
			if len(arts) == 0 {
				t.Skip("no VHLO artifacts")
			}
			var ref *stablehlo.Module
			var refName string
			for _, a := range arts {
				if why, ok := expandedFor09[filepath.Base(cdir)]; ok && strings.HasSuffix(a, "-0.9.0.bc") {
					t.Logf("not comparing %s: %s", filepath.Base(a), why)
					if _, err := readBytecode(t, a); err != nil {
						t.Errorf("%s: %v", filepath.Base(a), err)
					}
					continue
				}
				if _, err := os.Stat(a); err != nil {
					continue
				}
				m, err := readBytecode(t, a)
				if err != nil {
					t.Errorf("%s: %v", filepath.Base(a), err)
					continue
				}
				if bad := leftoverVHLO(m); len(bad) > 0 {
					t.Errorf("%s: unconverted VHLO ops %v", filepath.Base(a), bad)
				}
				if ref == nil {
					ref, refName = m, filepath.Base(a)
					continue
				}
				if err := stablehlo.Equal(ref, m); err != nil {
					t.Errorf("%s vs %s: %v", refName, filepath.Base(a), err)
				}
			}
		})
	}
}

// Corrupted artifacts must give errors, never panics: every byte of a small
// artifact and a sample of bytes of a large one are overwritten in turn.
func TestCorruptArtifactsDoNotPanic(t *testing.T) {
	dir := sharedDir(t, "conformance/stablehlo-vhlo")
	for _, tc := range []struct {
		file string
		step int
	}{
		{"vhlo_emit_version_api.1_1_0.mlir.bc", 1},
		{"stablehlo_legalize_to_vhlo.1_20_0.mlir.bc", 211},
		{"stablehlo_legalize_to_vhlo.0_9_0.mlir.bc", 199},
	} {
		data, err := os.ReadFile(filepath.Join(dir, tc.file))
		if err != nil {
			t.Skipf("%s absent: %v", tc.file, err)
		}
		for pos := 0; pos < len(data); pos += tc.step {
			for _, b := range []byte{0x00, 0xFF, data[pos] ^ 0x02} {
				mut := append([]byte(nil), data...)
				mut[pos] = b
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Fatalf("%s with byte %d set to %#x: panic: %v", tc.file, pos, b, r)
						}
					}()
					_, _ = mlirbc.Read(mut)
				}()
			}
		}
	}
}
