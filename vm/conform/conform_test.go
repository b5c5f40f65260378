package conform

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
)

// TestConformance runs both conformance directories. It fails when a file
// panics, when the pass count falls below the floor recorded in
// testdata/floor_<dir>.txt, or when a file is skipped for a reason other than
// the allowed ones. It logs every failure.
func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, dir := range []string{"stablehlo-interpret", "stablehlo-testdata"} {
		t.Run(dir, func(t *testing.T) {
			root := shareddata.Dir(t, filepath.Join("conformance", dir))
			paths, err := Files(root)
			if err != nil {
				t.Fatal(err)
			}
			var files []*File
			for _, p := range paths {
				f := RunFile(p, Options{})
				files = append(files, f)
				for _, c := range f.Cases {
					if c.Status == Fail {
						t.Logf("FAIL %s#%d: %s", filepath.Base(p), c.Index, firstLine(c.Reason))
					}
					if strings.HasPrefix(c.Reason, "panic:") {
						t.Errorf("%s#%d panicked: %s", filepath.Base(p), c.Index, c.Reason)
					}
					if c.Status == Skip && !allowedSkip(c.Reason) {
						t.Errorf("%s#%d skipped for a reason not allowed: %s", filepath.Base(p), c.Index, c.Reason)
					}
				}
			}
			s := Tally(files)
			ran := s.Passed + s.Failed
			t.Logf("%s: %v (%.1f%% of %d non-skipped files)", dir, s, 100*float64(s.Passed)/float64(max(ran, 1)), ran)
			floor := readFloor(t, dir)
			if s.Passed < floor {
				t.Errorf("%d files pass, below the recorded floor %d", s.Passed, floor)
			}
		})
	}
}

func allowedSkip(reason string) bool {
	for _, p := range []string{"collective", "infeed/outfeed", "send/recv", "dynamic shape", "quantized type"} {
		if strings.HasPrefix(reason, p) {
			return true
		}
	}
	return false
}

func readFloor(t *testing.T, dir string) int {
	data, err := os.ReadFile(filepath.Join("testdata", "floor_"+dir+".txt"))
	if err != nil {
		t.Fatalf("no recorded floor: %v", err)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
