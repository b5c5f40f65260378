package cudatier

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
	"github.com/hlovm/hlovm/vm/conform"
)

// recorder is a fusion.Device that takes nothing and keeps every kernel
// offered to it: exactly the kernels tier 1 builds for what ran.
type recorder struct {
	mu   sync.Mutex
	seen map[string]*fusion.Kernel
}

func (r *recorder) Name() string { return "recorder" }

func (r *recorder) Prepare(k *fusion.Kernel) (fusion.DeviceKernel, error) {
	r.mu.Lock()
	r.seen[k.Hash()] = k
	r.mu.Unlock()
	return nil, errors.New("recording only")
}

// TestSuiteKernelsCompile runs the conformance suites (folded and not) and
// the JAX corpus on tier 1 with every region promoted, records every fused
// kernel built, and compiles each one the emitter takes to a CUBIN for
// sm_90: what the CUDA tier would be handed, all compiling without a GPU.
// It runs only with HLOVM_CUDA_KERNELS_OUT, where it writes the kernels
// (one JSON a line) for TestDeviceKernelFile on a GPU machine: it takes
// minutes, and fusion's TestCUDACompile already compiles the kernels Fuse
// makes for the same files.
func TestSuiteKernelsCompile(t *testing.T) {
	out := os.Getenv("HLOVM_CUDA_KERNELS_OUT")
	if out == "" {
		t.Skip("HLOVM_CUDA_KERNELS_OUT is not set (fusion's TestCUDACompile compiles the suites' kernels; this records tier 1's for the GPU check)")
	}
	nv := nvrtcOrSkip(t)
	rec := &recorder{seen: map[string]*fusion.Kernel{}}
	fusion.SetDevice(rec)
	defer fusion.SetDevice(nil)
	t.Setenv("HLOVM_TIERS", "fused")
	t.Setenv(tiers.ThresholdEnv, "0")
	for _, run := range []struct {
		dir    string
		noFold bool
	}{{"stablehlo-interpret", false}, {"stablehlo-interpret", true}, {"stablehlo-testdata", false}} {
		paths, err := conform.Files(shareddata.Dir(t, filepath.Join("conformance", run.dir)))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			conform.RunFile(p, conform.Options{NoFold: run.noFold})
		}
	}
	fromSuites := len(rec.seen)
	dir := shareddata.Dir(t, "corpus/jax-0.11.2")
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		f := filepath.Join(dir, e.Name(), "module.vhlo-1.20.0.bc")
		if _, err := os.Stat(f); err != nil {
			continue
		}
		_, p, _, err := engine.BuildFile(f, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		exe, err := (&tiers.Tier{Threshold: 0, Set: true}).Prepare(p)
		if err != nil {
			t.Fatal(err)
		}
		engine.Run(context.Background(), exe, corpusInputs(t, filepath.Join(dir, e.Name(), "io.npz"), p), vm.Options{})
		tiers.Unwatch(p)
	}
	hashes := make([]string, 0, len(rec.seen))
	for h := range rec.seen {
		hashes = append(hashes, h)
	}
	sort.Strings(hashes)
	declined := map[string]int{}
	emitted := 0
	var lines strings.Builder
	for _, h := range hashes {
		k := rec.seen[h]
		lines.WriteString(k.Encode() + "\n")
		src, err := fusion.EmitCUDA(k, "hlo_"+h)
		if err != nil {
			s := err.Error()
			if i := strings.Index(s, " = "); i >= 0 {
				s = s[i+3:]
			}
			declined[s]++
			continue
		}
		emitted++
		if _, err := nv.CompileCUBIN(src, "hlo_"+h, "sm_90"); err != nil {
			t.Errorf("kernel %s does not compile: %v\n%s", h, err, k)
		}
	}
	var reasons []string
	for r, c := range declined {
		reasons = append(reasons, fmt.Sprintf("%5d  %s", c, r))
	}
	sort.Strings(reasons)
	t.Logf("%d distinct kernels built on tier 1 (%d from the conformance suites, the rest from the corpus); %d emitted, all compiled for sm_90 unless listed above; the emitter declines %d:\n%s",
		len(hashes), fromSuites, emitted, len(hashes)-emitted, strings.Join(reasons, "\n"))
	if emitted < 100 {
		t.Errorf("only %d kernels emitted", emitted)
	}
	if err := os.WriteFile(out, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
