//go:build linux

package metal

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm/conform"
)

// EnvShimSuites turns on TestConformanceThroughShim and
// TestCorpusThroughShim.
const EnvShimSuites = "HLOVM_METAL_SHIM_SUITES"

// TestConformanceThroughShim runs the StableHLO conformance suites on tier 1
// with the runtime registered as fusion's device over the fake Metal device:
// every fused kernel the suites make is emitted as MSL, compiled through
// metal/shim and run on the cases' own inputs, and the suites' checks
// (expect_almost_eq, expect_close: the conformance tolerances) judge the
// results. Every case tier 0 passes must pass. It compiles one shared
// library per distinct kernel (222 for the golden files) and runs every suite
// twice, about a minute on two busy cores, so it runs only when asked.
func TestConformanceThroughShim(t *testing.T) {
	if os.Getenv(EnvShimSuites) == "" {
		t.Skipf("set %s=1: compiles every fused kernel of the conformance suites through metal/shim (about a minute)", EnvShimSuites)
	}
	r, f := testRuntime(t)
	t.Setenv("HLOVM_HOT_THRESHOLD", "0")
	for _, run := range []struct {
		dir    string
		noFold bool
	}{{"stablehlo-interpret", false}, {"stablehlo-interpret", true}, {"stablehlo-testdata", false}} {
		name := run.dir
		if run.noFold {
			name += "-nofold"
		}
		t.Run(name, func(t *testing.T) {
			paths, err := conform.Files(shareddata.Dir(t, filepath.Join("conformance", run.dir)))
			if err != nil {
				t.Fatal(err)
			}
			passes := func(tier string) (map[string]bool, conform.Summary) {
				t.Setenv("HLOVM_TIERS", tier)
				var files []*conform.File
				passed := map[string]bool{}
				for _, p := range paths {
					fl := conform.RunFile(p, conform.Options{NoFold: run.noFold})
					files = append(files, fl)
					for _, c := range fl.Cases {
						if c.Status == conform.Pass {
							passed[filepath.Base(p)+"#"+strconv.Itoa(c.Index)] = true
						}
					}
				}
				return passed, conform.Tally(files)
			}
			ref, s0 := passes("0")
			fusion.SetDevice(r)
			defer fusion.SetDevice(nil)
			built0, declined0 := fusion.DeviceCounts()
			_, _, d0 := r.Counts()
			_, _, promoted0 := tiers.Counts()
			got, s1 := passes("fused")
			built, declined := fusion.DeviceCounts()
			_, _, d1 := r.Counts()
			_, _, promoted := tiers.Counts()
			for c := range ref {
				if !got[c] {
					t.Errorf("%s passes on tier 0, not with its kernels through the shim", c)
				}
			}
			t.Logf("tier 0: %v; tier 1 through the shim: %v; %d regions promoted, %d kernels built for the device, %d declined (CPU), %d dispatches, %d libraries compiled so far",
				s0, s1, promoted-promoted0, built-built0, declined-declined0, d1-d0, f.libs)
			if d1 == d0 {
				t.Error("no kernel ran through the shim")
			}
		})
	}
	f.check(t, 1+len(r.pipelines))
}
