package cudatier

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tensor"
)

// gpuOrSkip opens the device with every kernel size taken, or skips
// naming what is missing.
func gpuOrSkip(t *testing.T) *Device {
	t.Helper()
	if _, err := cuda.OpenDriver(); err != nil {
		t.Skipf("no GPU: %v", err)
	}
	nvrtcOrSkip(t)
	d, err := Open()
	if err != nil {
		t.Fatalf("a driver and NVRTC are present, but the device does not open: %v", err)
	}
	d.SetMinElements(0)
	t.Logf("%s", d.Describe())
	return d
}

// mathOps may differ from tier 0 in the last places (libdevice against
// Go's math); everything else must agree bit for bit.
var mathOps = map[string]bool{"exponential": true, "exponential_minus_one": true, "log": true,
	"log_plus_one": true, "sine": true, "cosine": true, "tan": true, "tanh": true, "cbrt": true,
	"exp2": true, "log2": true, "logistic": true, "power": true, "atan2": true}

func hasMath(k *fusion.Kernel) bool {
	for _, in := range k.Body {
		if mathOps[in.Op] {
			return true
		}
	}
	return false
}

// randomBuffer fills a buffer of d: floats of several scales with the
// special values mixed in, integers of every bit pattern and small ones
// (shift counts, divisors), booleans.
func randomBuffer(r *rand.Rand, d tensor.DType, shape []int64) *tensor.Buffer {
	b := tensor.New(d, shape)
	sz := d.StorageSize()
	for i := range int(tensor.NumElements(shape)) {
		var u uint64
		switch d {
		case tensor.F32, tensor.F64:
			x := r.NormFloat64() * 2
			switch p := r.Intn(40); {
			case p == 0:
				x = [...]float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1}[r.Intn(7)]
			case p < 5:
				x = r.NormFloat64() * 1e3
			}
			u = math.Float64bits(x)
			if d == tensor.F32 {
				u = uint64(math.Float32bits(float32(x)))
			}
		case tensor.I1:
			u = uint64(r.Intn(2))
		default:
			u = r.Uint64()
			if r.Intn(2) == 0 {
				u = uint64(r.Intn(70) - 3)
			}
		}
		for j := range sz {
			b.Data[i*sz+j] = byte(u >> (8 * j))
		}
	}
	return b
}

// agree compares the GPU's output with tier 0's at the conformance
// suites' standard: bit for bit, except with math functions (approx)
// within 4 ulps for f32 and a relative 1e-13 for f64 (libdevice and Go's
// math differ in a double's last places; later subtractions magnify
// that). NaN matches NaN. It returns the first bad element's description.
func agree(d tensor.DType, got, want []byte, approx bool) string {
	sz := d.StorageSize()
	for i := 0; i*sz < len(want); i++ {
		g, w := got[i*sz:(i+1)*sz], want[i*sz:(i+1)*sz]
		if string(g) == string(w) {
			continue
		}
		var a, b float64
		var ua, ub uint64
		switch d {
		case tensor.F32:
			ua, ub = uint64(binary.LittleEndian.Uint32(g)), uint64(binary.LittleEndian.Uint32(w))
			a, b = float64(math.Float32frombits(uint32(ua))), float64(math.Float32frombits(uint32(ub)))
		case tensor.F64:
			ua, ub = binary.LittleEndian.Uint64(g), binary.LittleEndian.Uint64(w)
			a, b = math.Float64frombits(ua), math.Float64frombits(ub)
		default:
			return fmt.Sprintf("element %d: % x, want % x", i, g, w)
		}
		if a != a && b != b {
			continue
		}
		ulps := uint64(math.MaxUint64)
		if (a < 0) == (b < 0) && a == a && b == b {
			ulps = max(ua, ub) - min(ua, ub)
		}
		if approx && (ulps <= 4 || d == tensor.F64 && math.Abs(a-b) <= 1e-13*math.Abs(b)) {
			continue
		}
		return fmt.Sprintf("element %d: %v (0x%x), want %v (0x%x)", i, a, ua, b, ub)
	}
	return ""
}

// check runs k through the device and through the portable executor on
// the same random inputs and compares every output.
func check(t *testing.T, d *Device, k *fusion.Kernel, r *rand.Rand) bool {
	t.Helper()
	dk, err := d.Prepare(k)
	if err != nil {
		t.Errorf("Prepare: %v\n%s", err, k)
		return false
	}
	cpu, err := fusion.Prepare(k)
	if err != nil {
		t.Fatal(err)
	}
	args := make([]*tensor.Buffer, len(k.Inputs))
	for i, in := range k.Inputs {
		args[i] = randomBuffer(r, k.ValueDType(i), in.Shape)
	}
	got := make([]*tensor.Buffer, len(k.Outputs))
	want := make([]*tensor.Buffer, len(k.Outputs))
	for o, v := range k.Outputs {
		got[o] = tensor.New(k.ValueDType(v), k.OutShapes[o])
		want[o] = tensor.New(k.ValueDType(v), k.OutShapes[o])
	}
	if err := cpu.Run(nil, args, want); err != nil {
		t.Fatal(err)
	}
	if err := dk.Run(nil, args, got); err != nil {
		t.Errorf("GPU run: %v\n%s", err, k)
		return false
	}
	for o, v := range k.Outputs {
		if msg := agree(k.ValueDType(v), got[o].Data, want[o].Data, hasMath(k)); msg != "" {
			t.Errorf("output %d: %s\n%s", o, msg, k)
			return false
		}
	}
	return true
}

// handKernels cover each element type the tier takes (f32, f64, i32, i1)
// with every access (element, scalar, broadcast), math functions, compares
// to i1 and selects, at sizes packed into the launch's one upload and
// sizes copied on their own.
func handKernels() []*fusion.Kernel {
	el := func(dt string, n int64) fusion.Input {
		return fusion.Input{DType: dt, Shape: []int64{n}, Access: fusion.Elem}
	}
	sc := func(dt string) fusion.Input { return fusion.Input{DType: dt, Shape: []int64{}, Access: fusion.Scalar} }
	// A [1, cols] row broadcast over [rows, cols].
	row := func(dt string, rows, cols int64) fusion.Input {
		return fusion.Input{DType: dt, Shape: []int64{1, cols}, Access: fusion.Bcast, View: []int64{rows, cols}, Dims: []int64{0, 1}}
	}
	k := func(space []int64, ins []fusion.Input, body []fusion.Inst, outs ...int) *fusion.Kernel {
		shapes := make([][]int64, len(outs))
		for i := range outs {
			shapes[i] = space
		}
		return &fusion.Kernel{Version: fusion.KernelVersion, Space: space, Inputs: ins, Body: body, Outputs: outs, OutShapes: shapes}
	}
	var out []*fusion.Kernel
	for _, n := range []int64{1000, 300_001} { // 4 KB inputs are packed, 1.2 MB ones copied alone
		for _, ft := range []string{"f32", "f64"} {
			rows := n / 1000
			cols := n / rows
			space := []int64{rows * cols}
			out = append(out,
				// exp(x)*y + s, tanh, max against a broadcast row
				k(space, []fusion.Input{el(ft, rows*cols), el(ft, rows*cols), sc(ft)}, []fusion.Inst{
					{Op: "exponential", DType: ft, Args: []int{0}}, {Op: "multiply", DType: ft, Args: []int{3, 1}},
					{Op: "add", DType: ft, Args: []int{4, 2}}, {Op: "tanh", DType: ft, Args: []int{5}}}, 5, 6),
				k([]int64{rows, cols}, []fusion.Input{{DType: ft, Shape: []int64{rows, cols}, Access: fusion.Elem}, row(ft, rows, cols)}, []fusion.Inst{
					{Op: "maximum", DType: ft, Args: []int{0, 1}}, {Op: "log_plus_one", DType: ft, Args: []int{2}},
					{Op: "sine", DType: ft, Args: []int{3}}, {Op: "power", DType: ft, Args: []int{4, 1}},
					{Op: "compare", DType: "i1", Args: []int{0, 1}, Dir: "LT"}, {Op: "select", DType: ft, Args: []int{6, 5, 0}},
					{Op: "divide", DType: ft, Args: []int{7, 1}}}, 8, 6),
			)
		}
		out = append(out,
			k([]int64{n}, []fusion.Input{el("i32", n), el("i32", n), sc("i32")}, []fusion.Inst{
				{Op: "multiply", DType: "i32", Args: []int{0, 1}}, {Op: "add", DType: "i32", Args: []int{3, 2}},
				{Op: "divide", DType: "i32", Args: []int{4, 1}}, {Op: "remainder", DType: "i32", Args: []int{0, 1}},
				{Op: "shift_right_arithmetic", DType: "i32", Args: []int{0, 1}}, {Op: "shift_left", DType: "i32", Args: []int{7, 2}},
				{Op: "compare", DType: "i1", Args: []int{5, 6}, Dir: "GT", CmpType: "SIGNED"}, {Op: "convert", DType: "f32", Args: []int{8}}},
				5, 6, 8, 9, 10),
			k([]int64{n}, []fusion.Input{el("i1", n), el("i1", n), el("f32", n)}, []fusion.Inst{
				{Op: "and", DType: "i1", Args: []int{0, 1}}, {Op: "xor", DType: "i1", Args: []int{3, 0}},
				{Op: "not", DType: "i1", Args: []int{4}}, {Op: "select", DType: "f32", Args: []int{5, 2, 2}},
				{Op: "convert", DType: "i32", Args: []int{5}}}, 3, 4, 5, 6, 7),
		)
	}
	return out
}

// TestDeviceKernels runs kernels of f32, f64, i32 and i1 through the CUDA
// tier and compares them with tier 0's loops; the copies and launches are
// counted.
func TestDeviceKernels(t *testing.T) {
	d := gpuOrSkip(t)
	r := rand.New(rand.NewSource(15))
	before := d.Stats()
	ks := handKernels()
	for i, k := range ks {
		if !check(t, d, k, r) {
			t.Logf("kernel %d failed", i)
		}
	}
	s := d.Stats()
	if s.Launches-before.Launches != int64(len(ks)) || s.ToDevice == before.ToDevice || s.FromDevice == before.FromDevice || s.Fallbacks != before.Fallbacks {
		t.Errorf("counters: %+v, before %+v (want %d launches, copies both ways, no fallback)", s, before, len(ks))
	}
	// The same kernels again: the pool answers every allocation.
	for _, k := range ks {
		check(t, d, k, r)
	}
	if s2 := d.Stats(); s2.PoolMisses != s.PoolMisses {
		t.Errorf("the second pass allocated device memory: %d pool misses, %d before", s2.PoolMisses, s.PoolMisses)
	}
	t.Logf("%+v", d.Stats())
}

// envKernels is fusion's test variable for the kernel file.
const envKernels = "HLOVM_CUDA_KERNELS"

// TestDeviceKernelFile runs every kernel of $HLOVM_CUDA_KERNELS (the
// conformance and corpus kernels, one JSON a line: fusion's
// TestCUDACompile writes the file with HLOVM_CUDA_KERNELS_OUT) through the
// tier, against tier 0.
func TestDeviceKernelFile(t *testing.T) {
	path := os.Getenv(envKernels)
	if path == "" {
		t.Skipf("%s is not set (fusion's TestCUDACompile writes the file with HLOVM_CUDA_KERNELS_OUT)", envKernels)
	}
	d := gpuOrSkip(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	r := rand.New(rand.NewSource(16))
	ran, declined, bad := 0, map[string]int{}, 0
	for sc.Scan() {
		k, err := fusion.Decode(sc.Text())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fusion.EmitCUDA(k, "k"); err != nil {
			s := err.Error()
			if i := strings.Index(s, " = "); i >= 0 {
				s = s[i+3:]
			}
			declined[s]++
			continue
		}
		ran++
		if !check(t, d, k, r) {
			bad++
		}
	}
	t.Logf("%d kernels ran on the GPU, %d disagree or failed; declined by the emitter: %v; %+v", ran, bad, declined, d.Stats())
	if ran < 100 {
		t.Errorf("only %d kernels ran", ran)
	}
}

// TestFallback: a kernel whose launch fails runs on the CPU with the right
// answer, is counted, and records why it left the GPU.
func TestFallback(t *testing.T) {
	d := gpuOrSkip(t)
	k := expKernel("f32", 5000, 9)
	dk, err := d.Prepare(k)
	if err != nil {
		t.Fatal(err)
	}
	dk.(*kernel).fn = 0 // not a function: cuLaunchKernel refuses it, the context survives
	r := rand.New(rand.NewSource(17))
	x := randomBuffer(r, tensor.F32, k.Inputs[0].Shape)
	got, want := tensor.New(tensor.F32, k.OutShapes[0]), tensor.New(tensor.F32, k.OutShapes[0])
	cpu, _ := fusion.Prepare(k)
	if err := cpu.Run(nil, []*tensor.Buffer{x}, []*tensor.Buffer{want}); err != nil {
		t.Fatal(err)
	}
	before := d.Stats().Fallbacks
	if err := dk.Run(nil, []*tensor.Buffer{x}, []*tensor.Buffer{got}); err != nil {
		t.Fatal(err)
	}
	if msg := agree(tensor.F32, got.Data, want.Data, false); msg != "" {
		t.Errorf("fallback result: %s", msg)
	}
	if d.Stats().Fallbacks != before+1 {
		t.Errorf("fallbacks %d, want %d", d.Stats().Fallbacks, before+1)
	}
	if p, _ := fusion.PlacementOf(k.Hash()); p.Where != "portable" || !strings.Contains(p.Reason, "cuLaunchKernel") {
		t.Errorf("placement %+v, want portable naming cuLaunchKernel", p)
	}
	if b := d.broken.Load(); b != nil {
		t.Fatalf("a refused launch marked the device broken: %s", *b)
	}
	// The device still runs other kernels; this one stays off it.
	check(t, d, expKernel("f32", 5000, 10), r)
	if _, err := d.Prepare(k); err == nil {
		t.Error("a kernel that failed on the device was taken again")
	}
}

// TestDeclines: what stays on the CPU says why.
func TestDeclines(t *testing.T) {
	d := gpuOrSkip(t)
	bf := expKernel("f32", 100, 11)
	bf.Inputs[0].DType, bf.Body[0].DType, bf.Body[1].DType, bf.Body[2].DType = "bf16", "bf16", "bf16", "bf16"
	bf.Body[1].Bits = hex.EncodeToString([]byte{1, 0})
	for _, tc := range []struct {
		name string
		k    *fusion.Kernel
		min  int64
		want string
	}{
		{"small", expKernel("f32", 100, 12), 1000, "100 elements: below the CUDA tier's 1000"},
		{"bf16", bf, 0, "element type bf16"},
	} {
		d.SetMinElements(tc.min)
		_, err := d.Prepare(tc.k)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error saying %q", tc.name, err, tc.want)
		}
	}
	d.SetMinElements(0)
}
