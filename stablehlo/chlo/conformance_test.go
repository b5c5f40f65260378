package chlo

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// knownUnsupported are the chlo op/element-kind pairs Legalize refuses on
// purpose (none at present). Any other failure fails the test.
var knownUnsupported = map[string]bool{}

// TestConformanceChloOpsLegalize: every function of the StableHLO test suites
// that uses chlo ops legalizes without error, except the known-unsupported
// kinds, which must fail with an error naming the op.
func TestConformanceChloOpsLegalize(t *testing.T) {
	root := filepath.Join(sharedDir(t), "conformance")
	var files []string
	for _, sub := range []string{"stablehlo-testdata", "stablehlo-interpret"} {
		fs, _ := filepath.Glob(filepath.Join(root, sub, "*.mlir"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no conformance .mlir files under " + root)
	}
	ok, refused := map[string]int{}, map[string]int{}
	withChlo := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil || !strings.Contains(string(src), "chlo.") {
			continue
		}
		mods, errs := mlirtext.ParseSplit(src, f)
		for i, m := range mods {
			if errs[i] != nil || m == nil || !hasChlo(m) {
				continue
			}
			withChlo++
			kinds := chloKinds(m)
			err := Legalize(m)
			if err == nil {
				if hasChlo(m) {
					t.Errorf("%s: chlo ops remain after Legalize", filepath.Base(f))
				}
				for k := range kinds {
					ok[k]++
				}
				continue
			}
			// The error must name a known-unsupported kind present in the module.
			named := ""
			for k := range kinds {
				if knownUnsupported[k] && strings.Contains(err.Error(), strings.Split(k, "/")[0]+" ") {
					named = k
				}
			}
			if named == "" {
				t.Errorf("%s: %v", filepath.Base(f), err)
				continue
			}
			refused[named]++
		}
	}
	if withChlo == 0 {
		t.Fatal("no module with chlo ops found; the test proves nothing")
	}
	t.Logf("%d modules with chlo ops; legalized kinds: %s; refused (known unsupported): %s", withChlo, summary(ok), summary(refused))
}

// chloKinds lists op/element-kind pairs ("chlo.tan/complex", "chlo.tan/f32").
func chloKinds(m *stablehlo.Module) map[string]bool {
	out := map[string]bool{}
	m.Walk(func(op *stablehlo.Op) bool {
		if strings.HasPrefix(op.Name, "chlo.") && len(op.Operands) > 0 {
			d := stablehlo.ElementDType(op.Operands[0].Type)
			k := d.String()
			if d.IsComplex() {
				k = "complex"
			}
			out[op.Name+"/"+k] = true
		}
		return true
	})
	return out
}

func summary(m map[string]int) string {
	var ks []string
	for k, n := range m {
		ks = append(ks, k+"×"+itoa(n))
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

func itoa(n int) string {
	s := ""
	if n == 0 {
		return "0"
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
