package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/metrics/trace"
	"github.com/hlovm/hlovm/tiers"
)

// Each case uses its own program: engine's cache shares a Program (and its
// entry counters and tier manager) between runs of the same bytes.
func TestTiersReport(t *testing.T) {
	for _, tc := range []struct {
		name, dir, file, tiersEnv string
		runs                      string
		// want: per region func, its tier and a substring of its reason.
		want map[string]struct {
			tier   int
			reason string
		}
		text []string
	}{
		{
			name: "while promotes", dir: "while_fori", file: "module.vhlo-1.20.0.bc", runs: "3",
			want: map[string]struct {
				tier   int
				reason string
			}{
				"@main":             {1, ""},
				"@main.while2.body": {1, ""},
				"@main.while2.cond": {0, "no element-wise chain"},
			},
			text: []string{"promoted", "declined", "kernel 0: ", "0 miss, 1 hits", "tier 1 time"},
		},
		{
			name: "tier 0 pinned", dir: "cond_switch", file: "module.mlir", runs: "2", tiersEnv: "0",
			want: map[string]struct {
				tier   int
				reason string
			}{"@main": {0, "tier 0 only"}},
			text: []string{"tier interp", "tier 0 only", "0 miss, 1 hits"},
		},
		{
			name: "one run stays cold", dir: "ew_arith", file: "module.mlir", runs: "1",
			want: map[string]struct {
				tier   int
				reason string
			}{"@main": {0, "not hot: 1 entries, threshold 2"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("HLOVM_TIERS", tc.tiersEnv)
			dir := shareddata.Dir(t, "corpus/jax-0.11.2/"+tc.dir)
			file, inputs := filepath.Join(dir, tc.file), filepath.Join(dir, "io.npz")
			// JSON first: the cache keeps the Program and its counters, so
			// the text run after it reports one more run.
			var stdout, stderr bytes.Buffer
			if code := run([]string{"tiers", file, "--inputs", inputs, "--runs", tc.runs, "--json"}, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			var r tiers.Report
			if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
				t.Fatalf("%v:\n%s", err, stdout.String())
			}
			got := map[string]tiers.RegionReport{}
			for _, x := range r.Regions {
				got[x.Func] = x
				if x.Entries != x.Tier0Entries+x.Tier1Entries {
					t.Errorf("%s: %d entries, %d on tier 0 + %d on tier 1", x.Func, x.Entries, x.Tier0Entries, x.Tier1Entries)
				}
			}
			for fn, w := range tc.want {
				x, ok := got[fn]
				if !ok {
					t.Errorf("no region %s in %+v", fn, r.Regions)
					continue
				}
				if x.Tier != w.tier || !strings.Contains(x.Reason, w.reason) {
					t.Errorf("%s: tier %d reason %q, want tier %d reason containing %q", fn, x.Tier, x.Reason, w.tier, w.reason)
				}
				if x.Tier == 1 && (len(x.Kernels) == 0 || len(x.Kernels[0].Ops) == 0 || x.PromotedAt == 0 || x.CompileNS == 0) {
					t.Errorf("%s: promoted without kernels, entry or compile time: %+v", fn, x)
				}
			}
			stdout.Reset()
			if code := run([]string{"tiers", file, "--inputs", inputs, "--runs", "1"}, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			for _, s := range tc.text {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("report lacks %q:\n%s", s, stdout.String())
				}
			}
		})
	}
}

// The trace of `run --trace` and `tiers --trace` is valid Trace Event
// Format and holds executions, aggregated regions and ops, and (tiers)
// background compiles and promotions.
func TestTraceFiles(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/while_nested")
	for _, tc := range []struct {
		name string
		args []string
		cats []string
	}{
		{"run", []string{"run", "--repeat", "2"}, []string{"execute", "region.tier0", "op"}},
		{"tiers", []string{"tiers", "--runs", "4", "--threshold", "1"}, []string{"execute", "compile", "tier", "region.tier1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "trace.json")
			args := append(tc.args, filepath.Join(dir, "module.mlir"), "--inputs", filepath.Join(dir, "io.npz"), "--trace", out)
			var stdout, stderr bytes.Buffer
			if code := run(args, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := trace.Validate(data); err != nil {
				t.Fatal(err)
			}
			var f struct {
				TraceEvents []struct{ Cat string } `json:"traceEvents"`
			}
			if err := json.Unmarshal(data, &f); err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, e := range f.TraceEvents {
				seen[e.Cat] = true
			}
			for _, c := range tc.cats {
				if !seen[c] {
					t.Errorf("no %q event in the trace (have %v)", c, seen)
				}
			}
		})
	}
}

func TestTiersDump(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/ew_transcendental")
	dump := t.TempDir()
	defer tiers.SetDumpDir("")
	var stdout, stderr bytes.Buffer
	args := []string{"tiers", filepath.Join(dir, "module.mlir"), "--inputs", filepath.Join(dir, "io.npz"), "--runs", "2", "--threshold", "1", "--dump", dump}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var kinds = map[string]int{}
	filepath.WalkDir(dump, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			for _, suf := range []string{".fused.mlir", ".txt", ".ll", ".ll.err"} {
				if strings.HasSuffix(p, suf) {
					kinds[suf]++
				}
			}
		}
		return nil
	})
	if kinds[".fused.mlir"] == 0 || kinds[".txt"] == 0 || kinds[".ll"]+kinds[".ll.err"] == 0 {
		t.Fatalf("dump holds %v; want fused IR, kernel IR and LLVM IR files\n%s", kinds, stdout.String())
	}
}

func TestTiersUsage(t *testing.T) {
	for _, args := range [][]string{{"tiers"}, {"tiers", "a", "b"}, {"tiers", "x", "--runs", "0"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
