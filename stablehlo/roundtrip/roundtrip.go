// Package roundtrip checks that the pretty printer (stablehlo.Print) and the
// text parser (mlirtext.Parse) agree. Its tests run the check over every test
// program of shared/: text (roundtrip_test.go) and bytecode (bytecode/).
package roundtrip

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// Check prints m, parses the text and compares the result with m
// (stablehlo.Equal). It also checks that printing is a fixpoint (the re-parsed
// module prints to the same text) and that the form with locations parses to
// the same module and prints back identically, so locations survive.
func Check(m *stablehlo.Module) error {
	text := stablehlo.Print(m)
	back, err := mlirtext.Parse([]byte(text), "printed.mlir")
	if err != nil {
		return fmt.Errorf("printed text does not parse: %v\n%s", err, excerpt(text, err))
	}
	if err := stablehlo.Equal(m, back); err != nil {
		return fmt.Errorf("parse(print(m)) differs from m: %v", err)
	}
	if again := stablehlo.Print(back); again != text {
		return fmt.Errorf("printing is not a fixpoint:\n%s", firstDiff(text, again))
	}
	opts := stablehlo.PrintOptions{Locations: true}
	withLocs := stablehlo.PrintWith(m, opts)
	backLocs, err := mlirtext.Parse([]byte(withLocs), "printed.mlir")
	if err != nil {
		return fmt.Errorf("printed text with locations does not parse: %v\n%s", err, excerpt(withLocs, err))
	}
	if err := stablehlo.Equal(m, backLocs); err != nil {
		return fmt.Errorf("parse(print with locations) differs from m: %v", err)
	}
	if again := stablehlo.PrintWith(backLocs, opts); again != withLocs {
		return fmt.Errorf("locations do not survive print → parse:\n%s", firstDiff(withLocs, again))
	}
	return nil
}

// SharedDir finds <repo root>/../shared from this source file's location.
func SharedDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", errors.New("cannot locate the source file to find shared/")
	}
	dir := filepath.Dir(file)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("repository root (go.mod) not found; shared/ is beside it")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		return "", fmt.Errorf("shared test data not found at %s", shared)
	}
	return shared, nil
}

// excerpt shows the printed line an error's "printed.mlir:line:col" points at.
func excerpt(text string, err error) string {
	lines := strings.Split(text, "\n")
	msg := err.Error()
	if i := strings.Index(msg, "printed.mlir:"); i >= 0 {
		rest := msg[i+len("printed.mlir:"):]
		if j := strings.IndexByte(rest, ':'); j > 0 {
			if n, err := strconv.Atoi(rest[:j]); err == nil && n >= 1 && n <= len(lines) {
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
