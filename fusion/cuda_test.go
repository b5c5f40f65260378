package fusion

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/tensor"
)

// EnvCUDAKernels names a file of kernels (one canonical JSON a line) the
// CUDA tests read instead of collecting them from ../shared, so a test
// binary runs on a GPU machine without the conformance files; with
// EnvCUDAKernelsOut the collecting test writes that file.
const (
	EnvCUDAKernels    = "HLOVM_CUDA_KERNELS"
	EnvCUDAKernelsOut = "HLOVM_CUDA_KERNELS_OUT"
)

// cudaTestKernels are the distinct kernels Fuse makes for the StableHLO
// conformance files (both suites) and the JAX corpus.
func cudaTestKernels(t *testing.T) []*Kernel {
	t.Helper()
	if f := os.Getenv(EnvCUDAKernels); f != "" {
		return cudaReadKernels(t, f)
	}
	var files []string
	conf, _ := filepath.Glob(filepath.Join(shareddata.Dir(t, "conformance/stablehlo-testdata"), "*.mlir"))
	files = append(files, conf...)
	interpret, _ := filepath.Glob(filepath.Join(shareddata.Dir(t, "conformance/stablehlo-interpret"), "*.mlir"))
	files = append(files, interpret...)
	corpus, _ := filepath.Glob(filepath.Join(shareddata.Dir(t, "corpus/jax-0.11.2"), "*", "module.vhlo-1.20.0.bc"))
	files = append(files, corpus...)
	if len(conf) < 1000 || len(corpus) < 30 {
		t.Fatalf("found %d conformance files and %d corpus programs", len(conf), len(corpus))
	}
	seen := map[string]bool{}
	var out []*Kernel
	failed := 0
	for _, f := range files {
		// The passes up to lowering (ReadFile): conformance files call
		// check ops the lowering does not take, and Fuse wants the IR.
		m, _, err := engine.ReadFile(f, engine.Options{})
		if err != nil {
			failed++
			continue
		}
		rep, err := Fuse(m)
		if err != nil {
			t.Errorf("%s: Fuse: %v", f, err)
			continue
		}
		for _, k := range rep.Kernels {
			if h := k.Hash(); !seen[h] {
				seen[h] = true
				out = append(out, k)
			}
		}
	}
	t.Logf("%d programs (%d did not read), %d distinct kernels", len(files), failed, len(out))
	if p := os.Getenv(EnvCUDAKernelsOut); p != "" {
		var b strings.Builder
		for _, k := range out {
			b.WriteString(k.Encode() + "\n")
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func cudaReadKernels(t *testing.T, path string) []*Kernel {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*Kernel
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		k, err := Decode(sc.Text())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, k)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func cudaNVRTCOrSkip(t *testing.T) *cuda.NVRTC {
	t.Helper()
	venv, _ := filepath.Abs(filepath.Join("..", ".venv"))
	n, err := cuda.OpenNVRTC(venv)
	if err != nil {
		t.Skipf("NVRTC absent (pip install -r python/requirements.txt): %v", err)
	}
	return n
}

// cudaDeclineReason is an emitter error without the value number: "op: why".
func cudaDeclineReason(err error) string {
	s := err.Error()
	if i := strings.Index(s, " = "); i >= 0 {
		s = s[i+3:]
	}
	return s
}

type cudaCompiled struct {
	k         *Kernel
	name, src string
	ptx       []byte
}

// cudaCompileAll emits every kernel and compiles what was emitted: to PTX
// for compute_90 (what RunKernel loads), or with arch ("sm_90") to that
// architecture's machine code, which also runs ptxas as the driver would.
func cudaCompileAll(t *testing.T, n *cuda.NVRTC, ks []*Kernel, arch string) []cudaCompiled {
	declined := map[string]int{}
	var out []cudaCompiled
	emitted := 0
	for i, k := range ks {
		name := fmt.Sprintf("hlo_k%d", i)
		src, err := EmitCUDA(k, name)
		if err != nil {
			declined[cudaDeclineReason(err)]++
			continue
		}
		emitted++
		var ptx []byte
		if arch == "" {
			ptx, err = n.CompilePTX(src, name)
		} else {
			ptx, err = n.CompileCUBIN(src, name, arch)
		}
		if err != nil {
			t.Errorf("kernel %d does not compile: %v\n%s\n%s", i, err, k, src)
			continue
		}
		out = append(out, cudaCompiled{k, name, src, ptx})
	}
	var reasons []string
	for r, c := range declined {
		reasons = append(reasons, fmt.Sprintf("%5d  %s", c, r))
	}
	sort.Strings(reasons)
	target := cuda.Arch
	if arch != "" {
		target = arch
	}
	t.Logf("NVRTC %d.%d: %d kernels, %d emitted, %d compiled for %s, %d declined:\n%s",
		n.Major, n.Minor, len(ks), emitted, len(out), target, len(ks)-emitted, strings.Join(reasons, "\n"))
	return out
}

// TestCUDACompile emits every conformance and corpus kernel as CUDA C and
// compiles it to machine code for sm_90 (the H100's); every emitted kernel
// must compile.
func TestCUDACompile(t *testing.T) {
	n := cudaNVRTCOrSkip(t)
	ks := cudaTestKernels(t)
	if len(ks) < 100 {
		t.Fatalf("only %d kernels", len(ks))
	}
	out := cudaCompileAll(t, n, ks, "sm_90")
	if len(out) < len(ks)/2 {
		t.Errorf("only %d of %d kernels compiled", len(out), len(ks))
	}
}

// TestCUDASemantics checks the emitted code's text for the rules that keep it
// exact, without a compiler.
func TestCUDASemantics(t *testing.T) {
	k := &Kernel{Version: KernelVersion, Space: []int64{4},
		Inputs: []Input{{DType: "f32", Shape: []int64{4}, Access: Elem}, {DType: "f32", Shape: []int64{}, Access: Scalar}},
		Body: []Inst{{Op: "maximum", DType: "f32", Args: []int{0, 1}}, {Op: "exponential", DType: "f32", Args: []int{2}},
			{Op: "convert", DType: "i32", Args: []int{3}}},
		Outputs: []int{3}, OutShapes: [][]int64{{4}}}
	if _, err := EmitCUDA(k, "k"); err == nil || !strings.Contains(err.Error(), "convert f32 to i32") {
		t.Errorf("float to integer convert: want declined, got %v", err)
	}
	k.Body = k.Body[:2]
	src, err := EmitCUDA(k, "k")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"hlo_maxf(v0, v1)", "(float)(exp((double)v2))", "const float v1 = in1[0];"} {
		if !strings.Contains(src, want) {
			t.Errorf("missing %q in\n%s", want, src)
		}
	}
	if strings.Contains(src, "fmaxf") {
		t.Errorf("fmaxf does not propagate NaN:\n%s", src)
	}
}

// TestCUDADoubleMath: math functions of f64 are emitted as libdevice's
// double-precision functions, and those of f32 are computed in double and
// rounded once; no float variant (expf) and no fast intrinsic (__expf,
// __fdividef, rsqrtf) appears in either kernel. (Inside libdevice, double
// tanh and cbrt seed an estimate in f32 and refine it in double; that is
// its implementation of the double function, not a fast path.)
func TestCUDADoubleMath(t *testing.T) {
	fast := regexp.MustCompile(`\b(__[a-z0-9]+f|__fdividef|rsqrtf?|[a-z0-9]+f)\(`)
	ops := []string{"power", "atan2", "remainder", "fma", "rsqrt", "sign"}
	for op := range cudaMath1 {
		ops = append(ops, op)
	}
	for op := range cudaExact1 {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	for _, dt := range []string{"f64", "f32"} {
		for _, op := range ops {
			nargs := 1
			if _, bin := cudaBinaryArity[op]; bin {
				nargs = 2
			} else if op == "fma" {
				nargs = 3
			}
			var ins []Input
			var args []int
			for i := range nargs {
				ins = append(ins, Input{DType: dt, Shape: []int64{4}, Access: Elem})
				args = append(args, i)
			}
			k := &Kernel{Version: KernelVersion, Space: []int64{4}, Inputs: ins,
				Body: []Inst{{Op: op, DType: dt, Args: args}}, Outputs: []int{nargs}, OutShapes: [][]int64{{4}}}
			src, err := EmitCUDA(k, "k")
			if err != nil {
				t.Errorf("%s %s: %v", op, dt, err)
				continue
			}
			body := src[strings.Index(src, `extern "C"`):]
			if m := fast.FindString(body); m != "" && !(dt == "f32" && exactFloat(m)) {
				t.Errorf("%s %s: %q in\n%s", op, dt, m, body)
			}
			if dt == "f64" && strings.Contains(body, "(float)") {
				t.Errorf("%s f64 narrows to float:\n%s", op, body)
			}
		}
	}
}

// exactFloat: float functions that are exact or correctly rounded in
// float (the f32 kernels' abs, sqrt with -prec-sqrt, rounding, fmod, fma),
// so computing them in double would change nothing.
func exactFloat(call string) bool {
	switch call {
	case "fabsf(", "sqrtf(", "floorf(", "ceilf(", "rintf(", "roundf(", "fmodf(", "fmaf(":
		return true
	}
	return false
}

// cudaMathOps are the ops whose results may differ from tier 0 in the last
// places (libdevice against Go's math); the rest must agree bit for bit.
var cudaMathOps = map[string]bool{"exponential": true, "exponential_minus_one": true, "log": true,
	"log_plus_one": true, "sine": true, "cosine": true, "tan": true, "tanh": true, "cbrt": true,
	"exp2": true, "log2": true, "logistic": true, "power": true, "atan2": true}

// cudaRandomInput fills a buffer of d: floats mostly normal of several scales
// with the special values mixed in, integers of every bit pattern and small
// ones (shift counts, divisors), booleans.
func cudaRandomInput(r *rand.Rand, d tensor.DType, shape []int64) *tensor.Buffer {
	b := tensor.New(d, shape)
	n := int(tensor.NumElements(shape))
	sz := d.StorageSize()
	for i := range n {
		var u uint64
		switch d {
		case tensor.F32, tensor.F64:
			var x float64
			switch p := r.Intn(40); {
			case p == 0:
				x = [...]float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5}[r.Intn(8)]
			case p < 5:
				x = r.NormFloat64() * 1e3
			case p < 8:
				x = float64(r.Intn(21) - 10)
			default:
				x = r.NormFloat64() * 2
			}
			if d == tensor.F32 {
				u = uint64(math.Float32bits(float32(x)))
			} else {
				u = math.Float64bits(x)
			}
		case tensor.I1:
			u = uint64(r.Intn(2))
		default:
			if r.Intn(2) == 0 {
				u = uint64(r.Intn(70) - 3)
			} else {
				u = r.Uint64()
			}
		}
		for j := range sz {
			b.Data[i*sz+j] = byte(u >> (8 * j))
		}
	}
	return b
}

// cudaAgree compares an output of the GPU with tier 0's: bit for bit, or
// for kernels with math functions (approx true) within 4 ulps for f32 and, for
// f64, within a relative 1e-13: libdevice and Go's math differ in the last
// places of a double, and later subtractions (series, reflections) magnify
// that. NaN matches NaN. It returns the first bad element (-1: none) and the
// largest distance in ulps seen.
func cudaAgree(d tensor.DType, got, want []byte, approx bool) (bad int, msg string, maxUlps uint64) {
	sz := d.StorageSize()
	for i := 0; i*sz < len(want); i++ {
		g, w := got[i*sz:(i+1)*sz], want[i*sz:(i+1)*sz]
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
			if string(g) != string(w) {
				return i, fmt.Sprintf("% x, want % x", g, w), maxUlps
			}
			continue
		}
		if ua == ub || (a != a && b != b) {
			continue
		}
		ulps := uint64(math.MaxUint64)
		if (a < 0) == (b < 0) && a == a && b == b {
			ulps = max(ua, ub) - min(ua, ub)
		}
		ok := approx && (ulps <= 4 || d == tensor.F64 && math.Abs(a-b) <= 1e-13*math.Abs(b))
		if !ok {
			return i, fmt.Sprintf("%v (0x%x), want %v (0x%x)", a, ua, b, ub), maxUlps
		}
		maxUlps = max(maxUlps, ulps)
	}
	return -1, "", maxUlps
}

// TestCUDARun runs every compiled kernel on the GPU on random inputs and
// compares it with the portable executor (tier 0's loops).
func TestCUDARun(t *testing.T) {
	d, err := cuda.OpenDriver()
	if err != nil {
		t.Skipf("no CUDA driver: %v", err)
	}
	t.Logf("%s, compute capability %d.%d, driver %d", d.Name, d.CC[0], d.CC[1], d.Version)
	n := cudaNVRTCOrSkip(t)
	compiled := cudaCompileAll(t, n, cudaTestKernels(t), "")
	r := rand.New(rand.NewSource(15))
	ran, withMath, mathExact, bad := 0, 0, 0, 0
	var maxUlps uint64
	for ci, c := range compiled {
		ex, err := Prepare(c.k)
		if err != nil {
			t.Errorf("kernel %d: Prepare: %v", ci, err)
			continue
		}
		args := make([]*tensor.Buffer, len(c.k.Inputs))
		ins := make([][]byte, len(args))
		for i, in := range c.k.Inputs {
			args[i] = cudaRandomInput(r, parseDType(in.DType), in.Shape)
			ins[i] = args[i].Data
		}
		want := make([]*tensor.Buffer, len(c.k.Outputs))
		got := make([][]byte, len(want))
		for o, v := range c.k.Outputs {
			want[o] = tensor.New(c.k.ValueDType(v), c.k.OutShapes[o])
			got[o] = make([]byte, len(want[o].Data))
		}
		if err := ex.Run(nil, args, want); err != nil {
			t.Errorf("kernel %d: portable run: %v", ci, err)
			continue
		}
		if err := d.RunKernel(c.ptx, c.name, c.k.NumElements(), ins, got); err != nil {
			t.Errorf("kernel %d: %v", ci, err)
			continue
		}
		ran++
		hasMath := false
		for _, in := range c.k.Body {
			hasMath = hasMath || cudaMathOps[in.Op]
		}
		if hasMath {
			withMath++
		}
		var kernelUlps uint64
		for o, v := range c.k.Outputs {
			i, msg, u := cudaAgree(c.k.ValueDType(v), got[o], want[o].Data, hasMath)
			kernelUlps = max(kernelUlps, u)
			if i >= 0 {
				bad++
				if bad <= 20 {
					t.Errorf("kernel %d output %d element %d: %s\n%s", ci, o, i, msg, c.k)
				}
				break
			}
		}
		if hasMath && kernelUlps == 0 {
			mathExact++
		}
		maxUlps = max(maxUlps, kernelUlps)
	}
	t.Logf("%d kernels ran on the GPU: %d without math functions (bit for bit), %d with (%d of them bit for bit, the rest within %d ulps at most); %d disagree",
		ran, ran-withMath, withMath, mathExact, maxUlps, bad)
}

// cudaEdgeKernel is out = op(a, b) over len(a) elements of d, or of
// compare's i1 when dir is set.
func cudaEdgeKernel(op, dir string, d tensor.DType, n int64) *Kernel {
	out := d.String()
	if dir != "" {
		out = "i1"
	}
	return &Kernel{Version: KernelVersion, Space: []int64{n},
		Inputs: []Input{{DType: d.String(), Shape: []int64{n}, Access: Elem}, {DType: d.String(), Shape: []int64{n}, Access: Elem}},
		Body:   []Inst{{Op: op, DType: out, Args: []int{0, 1}, Dir: dir}}, Outputs: []int{2}, OutShapes: [][]int64{{n}}}
}

// TestCUDAEdgeCases runs the cases C leaves undefined or gets wrong for
// StableHLO on the GPU against the portable executor: every pair of
// NaN, ±0, ±Inf for maximum/minimum/compare, INT_MIN/-1 and x/0 for integer
// division, shift counts out of range and negative.
func TestCUDAEdgeCases(t *testing.T) {
	d, err := cuda.OpenDriver()
	if err != nil {
		t.Skipf("no CUDA driver: %v", err)
	}
	n := cudaNVRTCOrSkip(t)
	pairs := func(vals []uint64) (a, b []uint64) {
		for _, x := range vals {
			for _, y := range vals {
				a, b = append(a, x), append(b, y)
			}
		}
		return
	}
	f32s := []uint64{0, 0x80000000, 0x7fc00000, 0xffc00000, 0x7f800000, 0xff800000, 0x3f800000, 0xbf800000, 1}
	f64s := []uint64{0, 1 << 63, 0x7ff8000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x3ff0000000000000, 1}
	i32s := []uint64{0, 1, 0xffffffff, 0x80000000, 0x7fffffff, 31, 32, 33, 0xffffffe0, 7}
	i8s := []uint64{0, 1, 0xff, 0x80, 0x7f, 7, 8, 9, 0xf8}
	i64s := []uint64{0, 1, math.MaxUint64, 1 << 63, 1<<63 - 1, 63, 64, 65}
	cases := []struct {
		ops  []string
		dir  string
		d    tensor.DType
		vals []uint64
	}{
		{[]string{"maximum", "minimum", "add", "multiply", "divide", "remainder", "power", "atan2"}, "", tensor.F32, f32s},
		{[]string{"maximum", "minimum", "divide", "remainder"}, "", tensor.F64, f64s},
		{[]string{"compare"}, "LT", tensor.F32, f32s}, {[]string{"compare"}, "NE", tensor.F64, f64s},
		{[]string{"compare"}, "GE", tensor.U32, i32s}, {[]string{"compare"}, "LT", tensor.I8, i8s},
	}
	for _, d := range []tensor.DType{tensor.I32, tensor.U32, tensor.I8, tensor.U8, tensor.I64, tensor.U64} {
		vals := i32s
		switch d.StorageSize() {
		case 1:
			vals = i8s
		case 8:
			vals = i64s
		}
		cases = append(cases, struct {
			ops  []string
			dir  string
			d    tensor.DType
			vals []uint64
		}{[]string{"divide", "remainder", "power", "shift_left", "shift_right_logical", "shift_right_arithmetic",
			"maximum", "minimum", "multiply", "subtract"}, "", d, vals})
	}
	checked := 0
	for _, c := range cases {
		a, b := pairs(c.vals)
		for _, op := range c.ops {
			k := cudaEdgeKernel(op, c.dir, c.d, int64(len(a)))
			src, err := EmitCUDA(k, "edge")
			if err != nil {
				t.Errorf("%s %v: %v", op, c.d, err)
				continue
			}
			ptx, err := n.CompilePTX(src, "edge")
			if err != nil {
				t.Errorf("%s %v: %v", op, c.d, err)
				continue
			}
			args := []*tensor.Buffer{tensor.New(c.d, k.Space), tensor.New(c.d, k.Space)}
			sz := c.d.StorageSize()
			for i := range a {
				for j := range sz {
					args[0].Data[i*sz+j], args[1].Data[i*sz+j] = byte(a[i]>>(8*j)), byte(b[i]>>(8*j))
				}
			}
			ex, err := Prepare(k)
			if err != nil {
				t.Fatal(err)
			}
			want := []*tensor.Buffer{tensor.New(k.ValueDType(2), k.Space)}
			if err := ex.Run(nil, args, want); err != nil {
				t.Fatal(err)
			}
			got := [][]byte{make([]byte, len(want[0].Data))}
			if err := d.RunKernel(ptx, "edge", k.NumElements(), [][]byte{args[0].Data, args[1].Data}, got); err != nil {
				t.Fatal(err)
			}
			if i, msg, _ := cudaAgree(k.ValueDType(2), got[0], want[0].Data, cudaMathOps[op]); i >= 0 {
				t.Errorf("%s %s %v (0x%x, 0x%x): %s", op, c.dir, c.d, a[i], b[i], msg)
			}
			checked++
		}
	}
	t.Logf("%d edge-case kernels agree", checked)
}
