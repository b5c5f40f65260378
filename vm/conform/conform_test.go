package conform

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/cudatier"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/backend"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/metal"
	"github.com/hlovm/hlovm/tiers"
)

// TestConformance runs both conformance directories. It fails when a file
// panics, when the pass count falls below the floor recorded in
// testdata/floor_<dir>.txt, or when a file is skipped for a reason other than
// the allowed ones. It logs every failure.
func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	// Each directory on tier 0 (HLOVM_TIERS=0) and on tier 1 with every
	// region promoted at its first entry; tier 1 must pass exactly the
	// cases tier 0 passes.
	passedOn := map[string]map[string]bool{}
	type tierRun struct {
		dir    string
		noFold bool
		tier   string
	}
	runs := []tierRun{{"stablehlo-interpret", false, "0"}, {"stablehlo-testdata", false, "0"}, {"stablehlo-interpret", true, "0"},
		{"stablehlo-interpret", false, "fused"}, {"stablehlo-testdata", false, "fused"}, {"stablehlo-interpret", true, "fused"}}
	if v, _ := backend.FromEnv(); v == backend.CUDA || v == backend.Metal {
		// Asked for: tier 1 again with every fused kernel the GPU tier
		// takes on the GPU (whatever its size), at tier 0's pass set.
		g := v.String()
		runs = append(runs, tierRun{"stablehlo-interpret", false, g}, tierRun{"stablehlo-testdata", false, g},
			tierRun{"stablehlo-interpret", true, g})
	}
	for _, run := range runs {
		dir, noFold := run.dir, run.noFold
		name := dir
		if noFold {
			// The interpret files compute on constants, which folding would
			// run at compile time: run them again through the VM.
			name += "-nofold"
		}
		key := name
		name += "/tier-" + run.tier
		t.Run(name, func(t *testing.T) {
			if run.tier == "cuda" {
				defer useCUDA(t)()
				t.Setenv("HLOVM_TIERS", "fused")
			} else if run.tier == "metal" {
				defer useMetal(t)()
				t.Setenv("HLOVM_TIERS", "fused")
			} else {
				t.Setenv("HLOVM_TIERS", run.tier)
			}
			fusion.NativeMinElements = 1 // the suites' small arrays reach the code generator too
			t.Setenv("HLOVM_HOT_THRESHOLD", "0")
			_, _, promoted0 := tiers.Counts()
			defer func() {
				_, _, promoted := tiers.Counts()
				t.Logf("tier %s: %d regions promoted", run.tier, promoted-promoted0)
				if run.tier != "0" && noFold && promoted == promoted0 {
					t.Errorf("no region was promoted on tier %s", run.tier)
				}
			}()
			root := shareddata.Dir(t, filepath.Join("conformance", dir))
			paths, err := Files(root)
			if err != nil {
				t.Fatal(err)
			}
			var files []*File
			for _, p := range paths {
				f := RunFile(p, Options{NoFold: noFold})
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
			passed := map[string]bool{}
			for _, f := range files {
				for _, c := range f.Cases {
					if c.Status == Pass {
						passed[filepath.Base(f.Path)+"#"+strconv.Itoa(c.Index)] = true
					}
				}
			}
			if ref := passedOn[key]; ref != nil {
				for c := range ref {
					if !passed[c] {
						t.Errorf("%s passes on tier 0, not on tier %s", c, run.tier)
					}
				}
				for c := range passed {
					if !ref[c] {
						t.Logf("%s passes on tier %s, not on tier 0", c, run.tier)
					}
				}
			} else {
				passedOn[key] = passed
			}
			s := Tally(files)
			ran := s.Passed + s.Failed
			t.Logf("%s: %v (%.1f%% of %d non-skipped files)", dir, s, 100*float64(s.Passed)/float64(max(ran, 1)), ran)
			if ran > 0 && float64(s.Passed) < 0.98*float64(ran) {
				t.Errorf("%d of %d non-skipped files pass, below 98%%", s.Passed, ran)
			}
			floor := readFloor(t, dir)
			if s.Passed < floor {
				t.Errorf("%d files pass, below the recorded floor %d", s.Passed, floor)
			}
			if known := readKnownFailures(t, dir); known != nil {
				for _, f := range files {
					name := filepath.Base(f.Path)
					cause, listed := known[name]
					switch {
					case f.Status == Fail && !listed:
						t.Errorf("%s fails and is not in testdata/known_failures_%s.txt: %s", name, dir, firstLine(f.Reason()))
					case f.Status != Fail && listed:
						t.Errorf("%s is listed as failing (%s) but %v now: take it off the list and raise the floor", name, cause, f.Status)
					}
				}
			}
		})
	}
}

// useCUDA registers the CUDA tier for every kernel size and returns what
// unregisters it and reports what ran on the GPU; it fails the test when
// CUDA is unusable (it was asked for).
func useCUDA(t *testing.T) func() {
	d, err := cudatier.Open()
	if err != nil {
		t.Fatalf("%s=cuda, but CUDA is unusable: %v", backend.Env, err)
	}
	d.SetMinElements(0)
	fusion.SetDevice(d)
	built0, declined0 := fusion.DeviceCounts()
	s0 := d.Stats()
	return func() {
		fusion.SetDevice(nil)
		built, declined := fusion.DeviceCounts()
		s := d.Stats()
		t.Logf("%s: %d kernels built for the GPU, %d declined (CPU); %d launches, %d runs fell back to the CPU",
			d.Describe(), built-built0, declined-declined0, s.Launches-s0.Launches, s.Fallbacks-s0.Fallbacks)
		if s.Launches == s0.Launches {
			t.Error("no kernel ran on the GPU")
		}
	}
}

// useMetal is useCUDA for the Metal tier (macOS on Apple silicon).
func useMetal(t *testing.T) func() {
	r, err := metal.Default()
	if err != nil {
		t.Fatalf("%s=metal, but Metal is unusable: %v", backend.Env, err)
	}
	r.MinElements = 0
	fusion.SetDevice(r)
	built0, declined0 := fusion.DeviceCounts()
	s0 := r.Stats()
	return func() {
		fusion.SetDevice(nil)
		built, declined := fusion.DeviceCounts()
		s := r.Stats()
		t.Logf("%s: %d kernels built for the GPU, %d declined (CPU); %d dispatches, %d runs fell back to the CPU",
			r.Describe(), built-built0, declined-declined0, s.Launches-s0.Launches, s.Fallbacks-s0.Fallbacks)
		if s.Launches == s0.Launches {
			t.Error("no kernel ran on the GPU")
		}
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

// readKnownFailures reads testdata/known_failures_<dir>.txt ("file: cause"
// lines, # comments), or nil when there is none.
func readKnownFailures(t *testing.T, dir string) map[string]string {
	data, err := os.ReadFile(filepath.Join("testdata", "known_failures_"+dir+".txt"))
	if err != nil {
		return nil
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, cause, ok := strings.Cut(line, ": ")
		if !ok {
			t.Fatalf("known_failures_%s.txt: no cause in %q", dir, line)
		}
		known[name] = cause
	}
	return known
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// TestRunFile checks the runner itself on small files: passing and failing
// checks, skips, probes, --args and FileCheck output matching.
func TestRunFile(t *testing.T) {
	tests := []struct {
		name, src string
		status    Status
		reason    string
	}{
		{"pass", `
func.func @f() {
  %a = stablehlo.constant dense<[1, 2]> : tensor<2xi32>
  %b = stablehlo.add %a, %a : tensor<2xi32>
  check.expect_eq_const %b, dense<[2, 4]> : tensor<2xi32>
  func.return
}`, Pass, ""},
		{"fail", `
func.func @f() {
  %a = stablehlo.constant dense<[1, 2]> : tensor<2xi32>
  %b = stablehlo.add %a, %a : tensor<2xi32>
  check.expect_eq_const %b, dense<[2, 5]> : tensor<2xi32>
  func.return
}`, Fail, "element 1 is 4, expected 5"},
		{"almost", `
func.func @f() {
  %a = stablehlo.constant dense<1.0> : tensor<f32>
  check.expect_almost_eq_const %a, dense<1.00001> : tensor<f32>
  check.expect_close %a, %a, max_ulp_difference = 0 : tensor<f32>, tensor<f32>
  func.return
}`, Pass, ""},
		{"not close", `
func.func @f() {
  %a = stablehlo.constant dense<1.0> : tensor<f32>
  %b = stablehlo.constant dense<1.001> : tensor<f32>
  check.expect_close %a, %b : tensor<f32>, tensor<f32>
  func.return
}`, Fail, "ULP apart"},
		{"sub-byte constants", `
func.func @f() {
  %a = stablehlo.constant dense<[-1, 1]> : tensor<2xi4>
  %b = stablehlo.negate %a : tensor<2xi4>
  check.expect_eq_const %b, dense<[1, -1]> : tensor<2xi4>
  func.return
}`, Pass, ""},
		{"dynamic shape skipped", `
func.func @f(%a: tensor<?xf32>) -> tensor<?xf32> {
  return %a : tensor<?xf32>
}`, Skip, "dynamic shape"},
		{"collective skipped", `
func.func @f() {
  %a = stablehlo.constant dense<1.0> : tensor<f32>
  %b = "stablehlo.all_reduce"(%a) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %s = stablehlo.add %x, %y : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) {replica_groups = dense<[[0]]> : tensor<1x1xi64>} : (tensor<f32>) -> tensor<f32>
  func.return
}`, Skip, "collective"},
		{"args and FileCheck", `// RUN: stablehlo-translate %s --interpret --args="[dense<[1, 2]> : tensor<2xi32>, dense<3> : tensor<2xi32>]" | FileCheck %s
func.func @main(%a: tensor<2xi32>, %b: tensor<2xi32>) -> tensor<2xi32> {
  %0 = stablehlo.add %a, %b : tensor<2xi32>
  return %0 : tensor<2xi32>
}
// CHECK:      tensor<2xi32> {
// CHECK-NEXT:   [4, 5]
// CHECK-NEXT: }`, Pass, ""},
		{"FileCheck mismatch", `// RUN: stablehlo-translate --interpret %s | FileCheck %s
func.func @main() -> tensor<2x2xi8> {
  %0 = stablehlo.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>
  return %0 : tensor<2x2xi8>
}
// CHECK:      tensor<2x2xi8> {
// CHECK-NEXT:   [
// CHECK-NEXT:     [1, 2],
// CHECK-NEXT:     [3, 5]`, Fail, "[3, 5]"},
		{"probe", `
func.func @f() {
  %a = stablehlo.constant dense<[1, 2]> : tensor<2xi32>
  %b = interpreter.probe %a, probe_id = "p" : tensor<2xi32>
  check.expect_serialized_eq %a, probe_id = "p" : tensor<2xi32>
  func.return
}`, Pass, ""},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".mlir")
		if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
			t.Fatal(err)
		}
		f := RunFile(path, Options{})
		if f.Status != tc.status || !strings.Contains(f.Reason(), tc.reason) {
			t.Errorf("%s: %v %q, want %v %q", tc.name, f.Status, f.Reason(), tc.status, tc.reason)
		}
	}
}
