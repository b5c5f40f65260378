package fusion

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
)

// mslCompiler finds a host C++ compiler for the shim: HLOVM_MSL_CXX, else
// clang++, else g++ (12 or newer: _Float16 on x86-64).
func mslCompiler() (string, error) {
	if c := os.Getenv("HLOVM_MSL_CXX"); c != "" {
		return c, nil
	}
	for _, c := range []string{"clang++", "g++"} {
		if p, err := exec.LookPath(c); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no clang++ or g++ on PATH (set HLOVM_MSL_CXX)")
}

// mslShimDir is metal/shim beside this package.
func mslShimDir(t *testing.T) string {
	d, err := filepath.Abs(filepath.Join("..", "metal", "shim"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(d, "metal_stdlib")); err != nil {
		t.Fatalf("the shim header is missing: %v", err)
	}
	return d
}

// mslKernels is every distinct kernel Fuse makes from the JAX corpus and the
// StableHLO conformance files (all three directories), as tiers and
// vm/conform find them.
func mslKernels(t *testing.T) []*Kernel {
	seen := map[string]bool{}
	var out []*Kernel
	add := func(rep *Report) {
		for _, k := range rep.Kernels {
			if h := k.Hash(); !seen[h] {
				seen[h] = true
				out = append(out, k)
			}
		}
	}
	corpus := shareddata.Dir(t, "corpus/jax-0.11.2")
	files, _ := filepath.Glob(filepath.Join(corpus, "*", "module.vhlo-1.20.0.bc"))
	newest, _ := filepath.Glob("../vm/vmtest/testdata/jax-*/*/module.vhlo-*.bc")
	files = append(files, newest...)
	if len(files) < 40 {
		t.Fatalf("found %d corpus programs", len(files))
	}
	for _, f := range files {
		m, _, err := engine.ReadFile(f, engine.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		rep, err := Fuse(m)
		if err != nil {
			t.Fatalf("%s: fuse: %v", f, err)
		}
		add(rep)
	}
	// stablehlo-vhlo's legalization tests are single ops: they add a kernel
	// or so, read all the same so that every conformance file is covered.
	for _, dir := range []string{"stablehlo-interpret", "stablehlo-testdata", "stablehlo-vhlo"} {
		root := shareddata.Dir(t, filepath.Join("conformance", dir))
		files, _ := filepath.Glob(filepath.Join(root, "*.mlir"))
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			mods, errs := mlirtext.ParseSplit(src, filepath.Base(f))
			for i, m := range mods {
				if errs[i] != nil {
					continue // the conformance runner reports these
				}
				if _, err := engine.Normalize(m, engine.Options{}); err != nil {
					continue
				}
				if rep, err := Fuse(m); err == nil {
					add(rep)
				}
			}
		}
	}
	return out
}

// mslRandom fills b with elements of d: floats mostly in [-3, 3] with NaN,
// infinities and signed zeros mixed in (maximum/minimum's rules), integers
// half small (shift counts in and out of range) and half any bits.
func mslRandom(r *rand.Rand, d tensor.DType, b []byte) {
	sz := d.StorageSize()
	for i := 0; i < len(b)/sz; i++ {
		var u uint64
		switch {
		case d == tensor.I1:
			u = uint64(r.Intn(2))
		case d.IsFloat():
			var f float64
			switch x := r.Intn(40); x {
			case 0:
				f = math.NaN()
			case 1:
				f = math.Inf(1)
			case 2:
				f = math.Inf(-1)
			case 3:
				f = 0
			case 4:
				f = math.Copysign(0, -1)
			default:
				f = r.Float64()*6 - 3
			}
			u = tensor.FloatToBits(d, f)
		case r.Intn(2) == 0:
			u = uint64(r.Intn(2*8*sz+5) - 8*sz - 2)
		default:
			u = r.Uint64()
		}
		for j := 0; j < sz; j++ {
			b[i*sz+j] = byte(u >> (8 * j))
		}
	}
}

// mslClose: integers exactly; floats both NaN, or equal, or within 3 units
// in the last place of their type, or within 1e-4 relative (the
// conformance suites' tolerance): Metal's precise functions and the host's
// libm are not tier 0's float64 math.
func mslClose(d tensor.DType, g, w []byte) (int, bool) {
	sz := d.StorageSize()
	for i := 0; i < len(g)/sz; i++ {
		gb, wb := g[i*sz:(i+1)*sz], w[i*sz:(i+1)*sz]
		if bytes.Equal(gb, wb) {
			continue
		}
		if !d.IsFloat() {
			if d == tensor.I1 && (gb[0] != 0) == (wb[0] != 0) {
				continue
			}
			return i, false
		}
		var gu, wu uint64
		for j := sz - 1; j >= 0; j-- {
			gu, wu = gu<<8|uint64(gb[j]), wu<<8|uint64(wb[j])
		}
		gf, wf := tensor.FloatFromBits(d, gu), tensor.FloatFromBits(d, wu)
		switch {
		case math.IsNaN(gf) || math.IsNaN(wf):
			if math.IsNaN(gf) && math.IsNaN(wf) {
				continue
			}
		case math.IsInf(gf, 0) || math.IsInf(wf, 0):
		case gf == wf:
			continue
		case math.Signbit(gf) == math.Signbit(wf) && max(gu, wu)-min(gu, wu) <= 3:
			continue
		case math.Abs(gf-wf) <= 1e-4*max(1, math.Abs(wf)):
			continue
		}
		return i, false
	}
	return 0, true
}

// mslGrid is the driver's grid size: small and odd, so the grid-stride loop
// takes many turns and uneven last ones.
const mslGrid = 37

// mslDriver writes a C++ program running kernels ks (named k<idx>) in two
// translation units, so that the kernels see the shim and nothing of the
// host's C++ library (whose math overloads would clash with Metal's): the
// kernels' unit, with a C entry per kernel walking the grid, and main,
// which reads per kernel its index, element count and buffers (inputs, then
// zeroed outputs) from the input file, runs it and writes the outputs back.
func mslDriver(ks []*Kernel, srcs []string, idx []int) (kernels, main string) {
	var s, m strings.Builder
	for _, src := range srcs {
		s.WriteString(src)
		s.WriteString("\n")
	}
	m.WriteString(`#include <stdio.h>
#include <stdint.h>
#include <vector>
typedef std::vector<std::vector<unsigned char> > Bufs;
static void put(FILE* f, const std::vector<unsigned char>& b) {
  uint64_t n = b.size();
  fwrite(&n, 8, 1, f);
  fwrite(b.data(), 1, b.size(), f);
}
`)
	for j, k := range ks {
		nIn := len(k.Inputs)
		var args []string
		for i := range k.Inputs {
			st, _ := mslStore(k.ValueDType(i))
			args = append(args, fmt.Sprintf("(const %s*)B[%d]", st, i))
		}
		for o, v := range k.Outputs {
			st, _ := mslStore(k.ValueDType(v))
			args = append(args, fmt.Sprintf("(%s*)B[%d]", st, nIn+o))
		}
		fmt.Fprintf(&s, "extern \"C\" void hlovm_run_%d(unsigned char** B, uint64_t n) {\n  for (uint g = 0; g < %d; g++) k%d(%s, n, g, %d);\n}\n",
			idx[j], mslGrid, idx[j], strings.Join(args, ", "), mslGrid)
		fmt.Fprintf(&m, "extern \"C\" void hlovm_run_%d(unsigned char** B, uint64_t n);\n", idx[j])
	}
	m.WriteString(`int main(int argc, char** argv) {
  if (argc != 3) return 2;
  FILE* in = fopen(argv[1], "rb");
  FILE* out = fopen(argv[2], "wb");
  if (!in || !out) return 2;
  uint64_t head[3];
  while (fread(head, 8, 3, in) == 3) {
    uint64_t which = head[0], n = head[1], nb = head[2];
    Bufs B(nb);
    std::vector<unsigned char*> P(nb);
    for (uint64_t b = 0; b < nb; b++) {
      uint64_t len;
      if (fread(&len, 8, 1, in) != 1) return 3;
      B[b].resize(len + 1); // never empty: data() is a valid pointer
      B[b].resize(len);
      if (len && fread(B[b].data(), 1, len, in) != len) return 3;
      P[b] = B[b].data();
    }
    switch (which) {
`)
	for j, k := range ks {
		fmt.Fprintf(&m, "    case %d:\n      hlovm_run_%d(P.data(), n);\n", idx[j], idx[j])
		for o := range k.Outputs {
			fmt.Fprintf(&m, "      put(out, B[%d]);\n", len(k.Inputs)+o)
		}
		m.WriteString("      break;\n")
	}
	m.WriteString("    default:\n      return 4;\n    }\n  }\n  fclose(out);\n  return 0;\n}\n")
	return s.String(), m.String()
}

// mslFlags are the compiler's options: C++17 as Metal's C++14 base allows,
// no contraction of a*b+c (each op is its own statement in the kernel, and
// tier 0 rounds each), no fast math, Metal's attributes ignored.
var mslFlags = []string{"-std=c++17", "-O1", "-ffp-contract=off", "-fno-fast-math", "-Wno-attributes"}

// mslCompile writes and compiles the kernels' unit (an object when main is
// empty: checking one kernel) or links it with main into the program name.
func mslCompile(cxx, shim, dir, name, kernels, main string) error {
	ksrc := filepath.Join(dir, name+".cc")
	if err := os.WriteFile(ksrc, []byte(kernels), 0o644); err != nil {
		return err
	}
	args := append(append([]string{}, mslFlags...), "-I", shim)
	if main == "" {
		args = append(args, "-c", "-o", filepath.Join(dir, name+".o"), ksrc)
	} else {
		msrc := filepath.Join(dir, name+"_main.cc")
		if err := os.WriteFile(msrc, []byte(main), 0o644); err != nil {
			return err
		}
		args = append(args, "-o", filepath.Join(dir, name), ksrc, msrc, "-lm")
	}
	out, err := exec.Command(cxx, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v\n%s", err, out)
	}
	return nil
}

// mslCase is one kernel's inputs and tier 0's outputs.
type mslCase struct {
	k         *Kernel
	ins, want []*tensor.Buffer
}

var mslValueNumber = regexp.MustCompile(`^%\d+ = `)

// TestMSLShim emits every fused kernel of the corpus and the conformance
// files as MSL, compiles the kernels as C++ against the shim, runs them over
// a grid on random inputs and compares them with the portable executor.
func TestMSLShim(t *testing.T) {
	cxx, err := mslCompiler()
	if err != nil {
		t.Skip(err)
	}
	ks := mslKernels(t)
	emitted, compiled, matched, declined := mslCheck(t, cxx, ks)
	t.Logf("%d kernels: %d emitted, %d compiled, %d matched tier 0; declined:\n%s",
		len(ks), emitted, compiled, matched, mslReasons(declined))
	if emitted < 100 {
		t.Errorf("only %d kernels emitted", emitted)
	}
}

func mslReasons(declined map[string]int) string {
	var reasons []string
	for r, n := range declined {
		reasons = append(reasons, fmt.Sprintf("%5d  %s", n, r))
	}
	sort.Strings(reasons)
	return strings.Join(reasons, "\n")
}

// mslCheck emits ks, compiles and runs what emits against the shim and
// compares every output with the portable executor (errors for kernels
// that do not compile or differ). It returns the counts and the reasons of
// the kernels declined.
func mslCheck(t *testing.T, cxx string, ks []*Kernel) (emitted, compiled, matched int, declined map[string]int) {
	shim := mslShimDir(t)
	declined = map[string]int{}
	var cases []mslCase
	var srcs []string
	for j, k := range ks {
		src, err := EmitMSL(k, fmt.Sprintf("k%d", len(cases)))
		if err != nil {
			declined[mslValueNumber.ReplaceAllString(err.Error(), "")]++
			continue
		}
		r := rand.New(rand.NewSource(int64(j)))
		c := mslCase{k: k}
		for _, in := range k.Inputs {
			d := parseDType(in.DType)
			b := tensor.New(d, in.Shape)
			mslRandom(r, d, b.Data)
			c.ins = append(c.ins, b)
		}
		for o, v := range k.Outputs {
			c.want = append(c.want, tensor.New(k.ValueDType(v), k.OutShapes[o]))
		}
		e, err := Prepare(k)
		if err != nil {
			t.Fatalf("kernel %d does not prepare: %v", j, err)
		}
		if err := e.Run(nil, c.ins, c.want); err != nil {
			t.Fatalf("kernel %d: portable executor: %v", j, err)
		}
		cases = append(cases, c)
		srcs = append(srcs, src)
	}
	dir := t.TempDir()
	const batch = 48
	for lo := 0; lo < len(cases); lo += batch {
		hi := min(lo+batch, len(cases))
		idx := make([]int, 0, hi-lo)
		var bk []*Kernel
		var bs []string
		for j := lo; j < hi; j++ {
			idx, bk, bs = append(idx, j), append(bk, cases[j].k), append(bs, srcs[j])
		}
		name := fmt.Sprintf("batch%d", lo/batch)
		k, m := mslDriver(bk, bs, idx)
		if err := mslCompile(cxx, shim, dir, name, k, m); err != nil {
			// Find the kernels that do not compile, and leave them out.
			idx, bk, bs = idx[:0], bk[:0], bs[:0]
			for j := lo; j < hi; j++ {
				if err := mslCompile(cxx, shim, dir, fmt.Sprintf("k%d", j), srcs[j], ""); err != nil {
					t.Errorf("kernel %d does not compile: %v\n%s\n%s", j, err, cases[j].k, srcs[j])
					continue
				}
				idx, bk, bs = append(idx, j), append(bk, cases[j].k), append(bs, srcs[j])
			}
			k, m = mslDriver(bk, bs, idx)
			if err := mslCompile(cxx, shim, dir, name, k, m); err != nil {
				t.Fatalf("the driver does not compile: %v", err)
			}
		}
		compiled += len(idx)
		var in bytes.Buffer
		for _, j := range idx {
			c := cases[j]
			nb := len(c.ins) + len(c.want)
			binary.Write(&in, binary.LittleEndian, []uint64{uint64(j), uint64(c.k.NumElements()), uint64(nb)})
			for _, b := range c.ins {
				binary.Write(&in, binary.LittleEndian, uint64(len(b.Data)))
				in.Write(b.Data)
			}
			for _, b := range c.want {
				binary.Write(&in, binary.LittleEndian, uint64(len(b.Data)))
				in.Write(make([]byte, len(b.Data)))
			}
		}
		inPath, outPath := filepath.Join(dir, name+".in"), filepath.Join(dir, name+".out")
		if err := os.WriteFile(inPath, in.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(filepath.Join(dir, name), inPath, outPath).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		got, err := os.ReadFile(outPath)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range idx {
			c := cases[j]
			ok := true
			for o, w := range c.want {
				if len(got) < 8 {
					t.Fatalf("kernel %d: output %d missing", j, o)
				}
				n := binary.LittleEndian.Uint64(got)
				g := got[8 : 8+n]
				got = got[8+n:]
				if at, same := mslClose(w.DType, g, w.Data); !same && ok {
					ok = false
					sz := w.DType.StorageSize()
					t.Errorf("kernel %d output %d element %d: shim %x, tier 0 %x\n%s\n%s", j, o, at,
						g[at*sz:(at+1)*sz], w.Data[at*sz:(at+1)*sz], c.k, srcs[j])
				}
			}
			if ok {
				matched++
			}
		}
	}
	return len(cases), compiled, matched, declined
}

// TestMSLDeclinesDouble: f64 anywhere in a kernel gives the reason vmtrace
// shows, exactly, even where an op would be declined for its own reason.
func TestMSLDeclinesDouble(t *testing.T) {
	k := &Kernel{Version: KernelVersion, Space: []int64{4},
		Inputs: []Input{{DType: "f32", Shape: []int64{4}, Access: Elem}},
		Body: []Inst{{Op: "popcnt", DType: "f32", Args: []int{0}},
			{Op: "convert", DType: "f64", Args: []int{1}}},
		Outputs: []int{2}, OutShapes: [][]int64{{4}}}
	if _, err := EmitMSL(k, "k"); err == nil || err.Error() != MSLNoDouble {
		t.Errorf("f64 kernel: %v, want %q", err, MSLNoDouble)
	}
	k.Body[1].DType = "f32"
	k.Body[1].Op = "copy"
	if _, err := EmitMSL(k, "k"); err == nil || err.Error() == MSLNoDouble {
		t.Errorf("f32 popcnt: %v, want an op reason", err)
	}
}

// mslSweep is one small kernel per op and element type the MSL emitter may
// meet, with an element-wise and a broadcast operand (and a scalar for
// clamp), for what the corpus lacks (f16, bf16, unsigned and narrow
// integers, every conversion and bitcast). Kernels tier 0 cannot run are
// left out.
func mslSweep() []*Kernel {
	types := []string{"f32", "f16", "bf16", "i1", "i8", "ui8", "i16", "ui16", "i32", "ui32", "i64", "ui64"}
	space := []int64{4, 37}
	elem := func(d string) Input { return Input{DType: d, Shape: space, Access: Elem} }
	bcast := func(d string) Input {
		return Input{DType: d, Shape: []int64{37}, Access: Bcast, View: space, Dims: []int64{1}}
	}
	mk := func(ins []Input, body ...Inst) *Kernel {
		return &Kernel{Version: KernelVersion, Space: space, Inputs: ins, Body: body,
			Outputs: []int{len(ins) + len(body) - 1}, OutShapes: [][]int64{space}}
	}
	var ks []*Kernel
	for _, ds := range types {
		d := parseDType(ds)
		if d == tensor.Invalid {
			panic("unknown type " + ds)
		}
		for _, op := range []string{"add", "subtract", "multiply", "divide", "remainder", "power",
			"maximum", "minimum", "and", "or", "xor", "shift_left", "shift_right_logical",
			"shift_right_arithmetic", "atan2"} {
			ks = append(ks, mk([]Input{elem(ds), bcast(ds)}, Inst{Op: op, DType: ds, Args: []int{0, 1}}))
		}
		for _, op := range []string{"negate", "abs", "sign", "not", "popcnt", "count_leading_zeros",
			"sqrt", "rsqrt", "cbrt", "exponential", "exponential_minus_one", "log", "log_plus_one",
			"exp2", "log2", "logistic", "sine", "cosine", "tan", "tanh", "floor", "ceil",
			"round_nearest_afz", "round_nearest_even"} {
			ks = append(ks, mk([]Input{elem(ds)}, Inst{Op: op, DType: ds, Args: []int{0}}))
		}
		for _, dir := range []string{"EQ", "NE", "LT", "LE", "GT", "GE"} {
			ks = append(ks, mk([]Input{elem(ds), bcast(ds)}, Inst{Op: "compare", DType: "i1", Args: []int{0, 1}, Dir: dir}))
		}
		ks = append(ks,
			mk([]Input{elem("i1"), elem(ds), bcast(ds)}, Inst{Op: "select", DType: ds, Args: []int{0, 1, 2}}),
			mk([]Input{{DType: ds, Shape: nil, Access: Scalar}, elem(ds), bcast(ds)}, Inst{Op: "clamp", DType: ds, Args: []int{0, 1, 2}}),
			mk([]Input{elem(ds), bcast(ds), elem(ds)}, Inst{Op: "fma", DType: ds, Args: []int{0, 1, 2}}),
			mk(nil, Inst{Op: "iota", DType: ds, Stride: 3, Extent: 5}, Inst{Op: "copy", DType: ds, Args: []int{0}}))
		var c uint64 = 3
		if d.IsFloat() {
			c = tensor.FloatToBits(d, -1.5)
		} else if d == tensor.I1 {
			c = 1
		}
		bits := make([]byte, d.StorageSize())
		for j := range bits {
			bits[j] = byte(c >> (8 * j))
		}
		ks = append(ks, mk([]Input{elem(ds)}, Inst{Op: "constant", DType: ds, Bits: fmt.Sprintf("%x", bits)},
			Inst{Op: "add", DType: ds, Args: []int{0, 1}}))
		if d.IsFloat() {
			// (a + 2^k) - 2^k with 2^k where the type's unit is 2: only a
			// result rounded to the type after every op loses a's fraction.
			big := map[tensor.DType]float64{tensor.F32: 1 << 24, tensor.F16: 2048, tensor.BF16: 256}[d]
			b := tensor.FloatToBits(d, big)
			hexBits := fmt.Sprintf("%x", []byte{byte(b), byte(b >> 8), byte(b >> 16), byte(b >> 24)}[:d.StorageSize()])
			ks = append(ks, mk([]Input{elem(ds)}, Inst{Op: "constant", DType: ds, Bits: hexBits},
				Inst{Op: "add", DType: ds, Args: []int{0, 1}}, Inst{Op: "subtract", DType: ds, Args: []int{2, 1}}))
		}
		for _, to := range types {
			ks = append(ks, mk([]Input{elem(ds)}, Inst{Op: "convert", DType: to, Args: []int{0}}))
			if to != ds && parseDType(to).StorageSize() == d.StorageSize() {
				ks = append(ks, mk([]Input{elem(ds)}, Inst{Op: "bitcast_convert", DType: to, Args: []int{0}}))
			}
		}
	}
	var out []*Kernel
	for _, k := range ks {
		if _, err := Prepare(k); err == nil {
			out = append(out, k)
		}
	}
	return out
}

// TestMSLOps runs the sweep through the shim: every kernel that emits must
// compile and match tier 0.
func TestMSLOps(t *testing.T) {
	cxx, err := mslCompiler()
	if err != nil {
		t.Skip(err)
	}
	ks := mslSweep()
	emitted, compiled, matched, declined := mslCheck(t, cxx, ks)
	t.Logf("%d sweep kernels: %d emitted, %d compiled, %d matched tier 0; declined:\n%s",
		len(ks), emitted, compiled, matched, mslReasons(declined))
	if emitted < len(ks)*3/4 {
		t.Errorf("only %d of %d sweep kernels emitted", emitted, len(ks))
	}
}

// TestEmitMSLText checks the emitted source's shape without a compiler: the
// entry point and its bindings, precise math, StableHLO's maximum, the
// broadcast index and f16 rounding after each op.
func TestEmitMSLText(t *testing.T) {
	k := &Kernel{Version: KernelVersion, Space: []int64{2, 3},
		Inputs: []Input{{DType: "f16", Shape: []int64{2, 3}, Access: Elem},
			{DType: "f16", Shape: []int64{3}, Access: Bcast, View: []int64{2, 3}, Dims: []int64{1}}},
		Body: []Inst{{Op: "exponential", DType: "f16", Args: []int{0}},
			{Op: "maximum", DType: "f16", Args: []int{2, 1}}},
		Outputs: []int{3}, OutShapes: [][]int64{{2, 3}}}
	src, err := EmitMSL(k, "fused_0")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"#include <metal_stdlib>",
		"kernel void fused_0(",
		"device const half* in0 [[buffer(0)]]",
		"device const half* in1 [[buffer(1)]]",
		"device half* out0 [[buffer(2)]]",
		"constant uint64_t& n [[buffer(3)]]",
		"uint gid [[thread_position_in_grid]]",
		"uint gsize [[threads_per_grid]]",
		"for (uint64_t i = gid; i < n; i += gsize)",
		"float(half(precise::exp(v0)))",
		"hlo_max(v2, v1)",
		"in1[(i % 3ul) * 1ul]",
		"out0[i] = half(v3);",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("the kernel lacks %q:\n%s", want, src)
		}
	}
	for _, bad := range []string{"double", "fast::", "fmax"} {
		if strings.Contains(src, bad) {
			t.Errorf("the kernel uses %q:\n%s", bad, src)
		}
	}
}
