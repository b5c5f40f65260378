package cuda

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"
)

// repoVenv is the project's virtualenv, where python/requirements.txt puts
// the NVRTC wheel.
const repoVenv = "../.venv"

func nvrtcOrSkip(t *testing.T) *NVRTC {
	t.Helper()
	n, err := OpenNVRTC(repoVenv)
	if err != nil {
		t.Skipf("NVRTC absent: %v", err)
	}
	return n
}

const axpy = `extern "C" __global__ void axpy(const void* const* bufs, long long n) {
  const float* x = (const float*)bufs[0];
  const float* y = (const float*)bufs[1];
  float* out = (float*)bufs[2];
  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (long long)gridDim.x * blockDim.x)
    out[i] = 2.5f * x[i] + y[i];
}
`

func TestCompilePTX(t *testing.T) {
	n := nvrtcOrSkip(t)
	t.Logf("NVRTC %d.%d at %s", n.Major, n.Minor, n.Path)
	ptx, err := n.CompilePTX(axpy, "axpy")
	if err != nil {
		t.Fatal(err)
	}
	s := string(ptx)
	if !strings.Contains(s, ".target sm_90") || !strings.Contains(s, ".entry axpy") || ptx[len(ptx)-1] != 0 {
		t.Fatalf("unexpected PTX:\n%s", s)
	}
	// -fmad=false: the multiply and the add stay two roundings.
	if strings.Contains(s, "fma.rn.f32") {
		t.Errorf("a*b+c was contracted into an fma:\n%s", s)
	}
}

// TestCompileCUBIN makes machine code for sm_90 without a GPU: an ELF
// image, as cuModuleLoadData takes it.
func TestCompileCUBIN(t *testing.T) {
	n := nvrtcOrSkip(t)
	for _, tc := range []struct {
		arch string
		ok   bool
	}{{"sm_90", true}, {"sm_1", false}} {
		cubin, err := n.CompileCUBIN(axpy, "axpy", tc.arch)
		if tc.ok && (err != nil || len(cubin) < 4 || string(cubin[:4]) != "\x7fELF") {
			t.Errorf("%s: want an ELF image, got %d bytes, %v", tc.arch, len(cubin), err)
		}
		if !tc.ok && err == nil {
			t.Errorf("%s: an architecture that does not exist compiled", tc.arch)
		}
	}
}

func TestCompileError(t *testing.T) {
	n := nvrtcOrSkip(t)
	_, err := n.CompilePTX(`extern "C" __global__ void k() { undefined_thing(); }`, "bad")
	var ce *CompileError
	if !errors.As(err, &ce) || !strings.Contains(ce.Log, "undefined_thing") {
		t.Fatalf("want a compile error naming the identifier, got %v", err)
	}
}

func TestFindNVRTCEnv(t *testing.T) {
	t.Setenv(EnvNVRTC, t.TempDir())
	if _, err := FindNVRTC(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("an empty HLOVM_NVRTC directory: want ErrNotFound, got %v", err)
	}
}

// TestRunKernel runs axpy on the GPU (skipped without a driver).
func TestRunKernel(t *testing.T) {
	d, err := OpenDriver()
	if err != nil {
		t.Skipf("no CUDA driver: %v", err)
	}
	t.Logf("%s, compute capability %d.%d, driver %d", d.Name, d.CC[0], d.CC[1], d.Version)
	n := nvrtcOrSkip(t)
	ptx, err := n.CompilePTX(axpy, "axpy")
	if err != nil {
		t.Fatal(err)
	}
	const count = 2_100_003 // over the grid of 4096 blocks (the stride loop wraps), not a multiple of the block size
	x, y, out := make([]byte, 4*count), make([]byte, 4*count), make([]byte, 4*count)
	for i := range count {
		binary.LittleEndian.PutUint32(x[4*i:], math.Float32bits(float32(i)))
		binary.LittleEndian.PutUint32(y[4*i:], math.Float32bits(float32(-i)/3))
	}
	if err := d.RunKernel(ptx, "axpy", count, [][]byte{x, y}, [][]byte{out}); err != nil {
		t.Fatal(err)
	}
	for i := range count {
		want := 2.5*float32(i) + float32(-i)/3
		if got := math.Float32frombits(binary.LittleEndian.Uint32(out[4*i:])); got != want {
			t.Fatalf("out[%d] = %v, want %v", i, got, want)
		}
	}
	if err := d.RunKernel(ptx, "nosuch", count, [][]byte{x, y}, [][]byte{out}); err == nil || !strings.Contains(err.Error(), "cuModuleGetFunction") {
		t.Fatalf("a missing kernel: want a cuModuleGetFunction error, got %v", err)
	}
}
