package cudatier

import (
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/fusion"
)

func nvrtcOrSkip(t *testing.T) *cuda.NVRTC {
	t.Helper()
	venv, _ := filepath.Abs(filepath.Join("..", ".venv"))
	n, err := cuda.OpenNVRTC(venv)
	if err != nil {
		t.Skipf("NVRTC absent (pip install -r python/requirements.txt): %v", err)
	}
	return n
}

// expKernel is out = exp(x) + c over n elements of dtype, c a splat whose
// bits pick distinct kernels.
func expKernel(dtype string, n int64, c byte) *fusion.Kernel {
	bits := hex.EncodeToString([]byte{c, 0, 0, 0})
	if dtype == "f64" {
		bits += "00000000"
	}
	return &fusion.Kernel{Version: fusion.KernelVersion, Space: []int64{n},
		Inputs: []fusion.Input{{DType: dtype, Shape: []int64{n}, Access: fusion.Elem}},
		Body: []fusion.Inst{{Op: "exponential", DType: dtype, Args: []int{0}}, {Op: "constant", DType: dtype, Bits: bits},
			{Op: "add", DType: dtype, Args: []int{1, 2}}},
		Outputs: []int{3}, OutShapes: [][]int64{{n}}}
}

func TestImageKey(t *testing.T) {
	k, src := expKernel("f32", 8, 1), "src"
	base := imageKey(k, src, "sm_90", "12.9")
	for name, key := range map[string][32]byte{
		"kernel":  imageKey(expKernel("f32", 8, 2), src, "sm_90", "12.9"),
		"source":  imageKey(k, src+" ", "sm_90", "12.9"),
		"target":  imageKey(k, src, "compute_90", "12.9"),
		"version": imageKey(k, src, "sm_90", "13.0"),
	} {
		if key == base {
			t.Errorf("the key does not change with the %s", name)
		}
	}
	if imageKey(k, src, "sm_90", "12.9") != base {
		t.Error("the key is not deterministic")
	}
}

// TestCompileImage: a CUBIN for the device's architecture, from the disk
// cache the second time; PTX where NVRTC cannot make the CUBIN; a source
// NVRTC rejects is an error naming both targets.
func TestCompileImage(t *testing.T) {
	n := nvrtcOrSkip(t)
	k := expKernel("f64", 1000, 3)
	src, err := fusion.EmitCUDA(k, "kern")
	if err != nil {
		t.Fatal(err)
	}
	c := &compiler{nvrtc: n, arch: "sm_90"}
	img, err := c.compile(k, src, "kern")
	if err != nil || img.target != "sm_90" || string(img.data[:4]) != "\x7fELF" {
		t.Fatalf("want a CUBIN for sm_90: %s, %d bytes, %v", img.target, len(img.data), err)
	}
	again, err := c.compile(k, src, "kern")
	if err != nil || string(again.data) != string(img.data) || c.compiles.Load() != 1 || c.diskHits.Load() != 1 {
		t.Errorf("second compile: %v; %d compiles, %d disk hits (want 1 and 1)", err, c.compiles.Load(), c.diskHits.Load())
	}
	old := &compiler{nvrtc: n, arch: "sm_1"} // no such architecture: PTX instead
	img, err = old.compile(k, src, "kern")
	if err != nil || img.target != cuda.Arch || !strings.Contains(string(img.data), ".entry kern") || old.ptxFallbacks.Load() != 1 {
		t.Errorf("want PTX for %s: %s, %v, %d fallbacks", cuda.Arch, img.target, err, old.ptxFallbacks.Load())
	}
	if _, err := c.compile(k, src+"\nthis is not CUDA;\n", "kern"); err == nil || !strings.Contains(err.Error(), "sm_90") || !strings.Contains(err.Error(), cuda.Arch) {
		t.Errorf("a bad source: want an error naming both targets, got %v", err)
	}
}
