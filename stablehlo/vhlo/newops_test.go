package vhlo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// TestNewOps: the ops newer than VHLO 1.20.0 (exp2, log2, fma) read the same
// from jaxlib 0.12.1's portable artifacts, its plain bytecode, its printout
// and our source text (testdata/gen_newops.py writes them), print in their
// pretty forms and parse back.
func TestNewOps(t *testing.T) {
	src, err := os.ReadFile("testdata/newops.mlir")
	if err != nil {
		t.Fatal(err)
	}
	want, err := mlirtext.Parse(src, "newops.mlir")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	want.Walk(func(op *stablehlo.Op) bool { counts[op.Name]++; return true })
	if counts["stablehlo.fma"] != 5 || counts["stablehlo.exp2"] != 4 || counts["stablehlo.log2"] != 3 {
		t.Fatalf("source ops: %v", counts)
	}
	files, _ := filepath.Glob("testdata/newops.*")
	n := 0
	for _, f := range files {
		var m *stablehlo.Module
		switch {
		case strings.HasSuffix(f, ".bc"), strings.HasSuffix(f, ".mlirbc"):
			m, err = readBytecode(t, f)
		case strings.HasSuffix(f, ".printed.mlir"):
			var data []byte
			if data, err = os.ReadFile(f); err == nil {
				m, err = mlirtext.Parse(data, f)
			}
		default:
			continue
		}
		n++
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if err := stablehlo.Equal(m, want); err != nil {
			t.Errorf("%s differs from newops.mlir: %v", f, err)
		}
	}
	if n != 4 {
		t.Errorf("read %d golden files, want 4 (two artifacts, plain bytecode, printout)", n)
	}
	printed := stablehlo.Print(want)
	for _, form := range []string{"stablehlo.fma %", "stablehlo.exp2 %", "stablehlo.log2 %"} {
		if !strings.Contains(printed, form) {
			t.Errorf("printout lacks the pretty form %q:\n%s", form, printed)
		}
	}
	back, err := mlirtext.Parse([]byte(printed), "printed")
	if err != nil {
		t.Fatalf("printout does not parse: %v\n%s", err, printed)
	}
	if err := stablehlo.Equal(back, want); err != nil {
		t.Errorf("print → parse: %v", err)
	}
}

// The op table records the version that introduced each new op, as measured
// with jaxlib 0.12.1: its writer refuses the op for any older target.
func TestNewOpsVersions(t *testing.T) {
	for _, tc := range []struct {
		op, since string
	}{{"vhlo.exp2_v1", "1.23.0"}, {"vhlo.log2_v1", "1.23.0"}, {"vhlo.fma_v1", "1.24.0"}} {
		info := ops[tc.op]
		if info == nil {
			t.Errorf("%s missing from the op table", tc.op)
			continue
		}
		if info.since != tc.since {
			t.Errorf("%s since %s, want %s (measured with jaxlib 0.12.1)", tc.op, info.since, tc.since)
		}
	}
}
