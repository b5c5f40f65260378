package structural

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
)

// runConformanceFile runs every case of one conformance file with the mini
// evaluator. A case whose ops are not all registered is skipped.
func runConformanceFile(path string, noProg bool) (pass, fail, skip int, msgs []string) {
	src, err := os.ReadFile(path)
	if err != nil {
		return 0, 1, 0, []string{err.Error()}
	}
	for _, chunk := range strings.Split(string(src), "\n// -----") {
		if !strings.Contains(chunk, "func.func") {
			continue
		}
		m, err := parseModule(chunk)
		if err != nil {
			skip++
			continue
		}
		vm := newMiniVM(m)
		vm.noProg = noProg
		funcs := m.Funcs()
		if m.Func("main") != nil {
			funcs = funcs[:0]
			funcs = append(funcs, m.Func("main"))
		}
		for _, f := range funcs {
			if len(f.Body().Args) != 0 {
				continue
			}
			_, err := vm.runBlock(f.Body(), nil)
			switch {
			case err == nil:
				pass++
			case errors.Is(err, errUnsupported):
				skip++
				skipReasons[err.Error()]++
			default:
				fail++
				msgs = append(msgs, filepath.Base(path)+": "+err.Error())
			}
		}
	}
	return
}

var skipReasons = map[string]int{}

func runConformanceDir(t *testing.T, rel string, noProg bool) (pass, fail, skip int) {
	dir := shareddata.Dir(t, rel)
	files, _ := filepath.Glob(filepath.Join(dir, "*.mlir"))
	sort.Strings(files)
	for _, f := range files {
		if filepath.Base(f) == "check.mlir" {
			continue // tests the check ops' own tolerances, not kernels
		}
		p, fl, s, msgs := runConformanceFile(f, noProg)
		pass += p
		fail += fl
		skip += s
		for _, m := range msgs {
			if len(m) > 400 {
				m = m[:400]
			}
			t.Log(m)
		}
	}
	return
}

// TestConformance runs the conformance cases that only need this package's
// kernels (plus constants and checks). Floors guard against regressions.
func TestConformance(t *testing.T) {
	for _, c := range []struct {
		dir   string
		floor int
	}{
		{"conformance/stablehlo-interpret", 58},
		{"conformance/stablehlo-testdata", 1062},
	} {
		pass, fail, skip := runConformanceDir(t, c.dir, false)
		t.Logf("%s: %d passed, %d failed, %d skipped (ops of other packages)", c.dir, pass, fail, skip)
		if testing.Verbose() {
			for r, n := range skipReasons {
				t.Logf("skip %4d %s", n, r)
			}
			clear(skipReasons)
		}
		if fail > 0 {
			t.Errorf("%s: %d cases failed", c.dir, fail)
		}
		if pass < c.floor {
			t.Errorf("%s: %d passed, below the floor %d", c.dir, pass, c.floor)
		}
	}
}

// TestConformanceViaCallable reruns the conformance cases with every region
// body forced through the Callable (VM) fallback instead of the fast paths;
// bodies made only of block arguments and constants (scatter's "set") run
// entirely here, so this checks the fallback plumbing on real cases.
func TestConformanceViaCallable(t *testing.T) {
	pass, fail, _ := runConformanceDir(t, "conformance/stablehlo-testdata", true)
	clear(skipReasons)
	t.Logf("stablehlo-testdata via Callable: %d passed, %d failed", pass, fail)
	if fail > 0 {
		t.Errorf("%d cases failed through the Callable path", fail)
	}
	if pass < 250 {
		t.Errorf("%d passed through the Callable path, below the floor 250", pass)
	}
}
