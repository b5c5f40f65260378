package mlirtext

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

// sharedDir finds shared/ beside the repository root (<root>/../shared).
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs("../../../shared")
	if err == nil {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	t.Skip("shared/ test data not found beside the repository")
	return ""
}

// corpusFiles lists the text inputs the parser must read.
func corpusFiles(t testing.TB) map[string][]string {
	sh := sharedDir(t)
	globs := map[string]string{
		"corpus":    "corpus/*/*/module.mlir",
		"interpret": "conformance/stablehlo-interpret/*.mlir",
		"testdata":  "conformance/stablehlo-testdata/*.mlir",
		"vhlo":      "conformance/stablehlo-vhlo/*.mlir",
	}
	out := map[string][]string{}
	own, _ := filepath.Glob("testdata/*.mlir")
	out["own"] = own
	for k, g := range globs {
		m, _ := filepath.Glob(filepath.Join(sh, g))
		sort.Strings(m)
		out[k] = m
	}
	return out
}

// expectedToFail reports chunks the StableHLO tests themselves mark as invalid.
func expectedToFail(chunk string) bool {
	return strings.Contains(chunk, "expected-error")
}

func splitChunks(src string) []string {
	var out []string
	cur := []string{}
	for _, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "// -----" {
			out = append(out, strings.Join(cur, "\n"))
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	return append(out, strings.Join(cur, "\n"))
}

func TestCorpusParses(t *testing.T) {
	files := corpusFiles(t)
	for _, set := range []string{"own", "corpus", "interpret", "testdata", "vhlo"} {
		t.Run(set, func(t *testing.T) {
			var failures []string
			parsed, skipped, skippedParsed := 0, 0, 0
			for _, f := range files[set] {
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				chunks := splitChunks(string(src))
				mods, errs := ParseSplit(src, f)
				if len(mods) != len(chunks) || len(errs) != len(chunks) {
					t.Fatalf("%s: %d chunks, ParseSplit gave %d", f, len(chunks), len(mods))
				}
				for i, err := range errs {
					if expectedToFail(chunks[i]) {
						// Not required to parse (many are rejected only by the
						// verifier, so they usually do); counted apart.
						skipped++
						if err == nil {
							skippedParsed++
						}
						continue
					}
					if err != nil {
						failures = append(failures, err.Error())
						continue
					}
					if mods[i] == nil {
						failures = append(failures, f+": nil module without error")
						continue
					}
					parsed++
				}
			}
			t.Logf("%s: %d files, %d chunks parsed, %d failed; %d skipped as marked expected-error by StableHLO (%d of them parse anyway)", set, len(files[set]), parsed, len(failures), skipped, skippedParsed)
			for i, f := range failures {
				if i >= 40 {
					t.Logf("... and %d more", len(failures)-40)
					break
				}
				t.Errorf("%s", f)
			}
		})
	}
}

var _ = stablehlo.Equal
