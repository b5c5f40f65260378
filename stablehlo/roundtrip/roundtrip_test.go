// Package roundtrip_test checks that the pretty printer and the text parser
// agree: for every test program the parser accepts, Parse → Print → Parse gives
// an Equal module, and printing is a fixpoint (printing the re-parsed module
// gives the same text).
package roundtrip_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// sharedDir is <repo root>/../shared.
func sharedDir(t *testing.T) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Skip("cannot locate the test file to find shared/")
	}
	dir := filepath.Dir(file)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found; shared/ is beside it")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared test data not found at %s", shared)
	}
	return shared
}

// inputs lists the text test programs: every corpus module.mlir and every
// conformance .mlir file.
func inputs(t *testing.T) []string {
	shared := sharedDir(t)
	var files []string
	corpus, _ := filepath.Glob(filepath.Join(shared, "corpus", "*", "*", "module.mlir"))
	files = append(files, corpus...)
	for _, suite := range []string{"stablehlo-interpret", "stablehlo-testdata", "stablehlo-vhlo"} {
		m, _ := filepath.Glob(filepath.Join(shared, "conformance", suite, "*.mlir"))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Skipf("no .mlir files under %s", shared)
	}
	return files
}

// result of one chunk (module) of one file.
type stats struct {
	modules, parseRejected, roundTripped, failed int
}

func TestPrintParseRoundTrip(t *testing.T) {
	files := inputs(t)
	shared := sharedDir(t)
	var total stats
	for _, path := range files {
		rel, _ := filepath.Rel(shared, path)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		t.Run(rel, func(t *testing.T) {
			mods, errs := mlirtext.ParseSplit(src, rel)
			for i, m := range mods {
				total.modules++
				if errs[i] != nil || m == nil {
					// The parser's own tests judge what it must accept; here only
					// accepted programs are round-tripped.
					total.parseRejected++
					continue
				}
				if err := roundTrip(m); err != nil {
					total.failed++
					t.Errorf("chunk %d: %v", i, err)
					continue
				}
				total.roundTripped++
			}
		})
	}
	t.Logf("%d files, %d modules: %d round-tripped, %d failed, %d not accepted by the parser",
		len(files), total.modules, total.roundTripped, total.failed, total.parseRejected)
	if total.roundTripped == 0 {
		t.Errorf("no module round-tripped")
	}
}

// roundTrip prints m, parses the text and compares; it also checks that the
// text is a fixpoint and that the form with locations parses to the same module.
func roundTrip(m *stablehlo.Module) error {
	text := stablehlo.Print(m)
	back, err := mlirtext.Parse([]byte(text), "printed.mlir")
	if err != nil {
		return fmt.Errorf("printed text does not parse: %v\n%s", err, excerpt(text, err))
	}
	if err := stablehlo.Equal(m, back); err != nil {
		return fmt.Errorf("parse(print(m)) differs from m: %v\n%s", err, text)
	}
	if again := stablehlo.Print(back); again != text {
		return fmt.Errorf("printing is not a fixpoint:\n%s", firstDiff(text, again))
	}
	withLocs := stablehlo.PrintWith(m, stablehlo.PrintOptions{Locations: true})
	backLocs, err := mlirtext.Parse([]byte(withLocs), "printed-locs.mlir")
	if err != nil {
		return fmt.Errorf("printed text with locations does not parse: %v\n%s", err, excerpt(withLocs, err))
	}
	if err := stablehlo.Equal(m, backLocs); err != nil {
		return fmt.Errorf("parse(print with locations) differs: %v", err)
	}
	if again := stablehlo.PrintWith(backLocs, stablehlo.PrintOptions{Locations: true}); again != withLocs {
		return fmt.Errorf("locations do not survive print → parse:\n%s", firstDiff(withLocs, again))
	}
	return nil
}

// excerpt shows the printed line an error's "file:line:col" points at, or the
// start of the text.
func excerpt(text string, err error) string {
	lines := strings.Split(text, "\n")
	msg := err.Error()
	for _, name := range []string{"printed.mlir:", "printed-locs.mlir:"} {
		if i := strings.Index(msg, name); i >= 0 {
			rest := msg[i+len(name):]
			n := 0
			for _, c := range rest {
				if c < '0' || c > '9' {
					break
				}
				n = n*10 + int(c-'0')
			}
			if n >= 1 && n <= len(lines) {
				return "line " + strconv.Itoa(n) + ": " + clip(lines[n-1])
			}
		}
	}
	return clip(text)
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n first:  " + clip(x) + "\n second: " + clip(y)
		}
	}
	return "(same lines)"
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}
