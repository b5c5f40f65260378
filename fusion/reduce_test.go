package fusion

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// reduceKernel is out = x + x (kept as an output when keep) and the
// reduction op over dimensions [lo, hi) of x + x, starting at init.
func reduceKernel(d tensor.DType, space []int64, op string, lo, hi int, init []byte, keep bool) *Kernel {
	n := tensor.NumElements(space)
	k := &Kernel{Version: KernelVersion, Space: space,
		Inputs: []Input{{DType: d.String(), Shape: []int64{n}, Access: Elem}},
		Body:   []Inst{{Op: "add", DType: d.String(), Args: []int{0, 0}}}}
	if d == tensor.I1 {
		k.Body[0].Op = "or" // i1 add is or already; keep the body plain
	}
	if keep {
		k.Outputs, k.OutShapes = []int{1}, [][]int64{space}
	}
	var shape []int64
	shape = append(shape, space[:lo]...)
	shape = append(shape, space[hi:]...)
	k.Reduce = &Reduction{Op: op, Value: 1, Lo: lo, Hi: hi, Init: hex.EncodeToString(init), Shape: shape}
	return k
}

// refReduce folds x + x element by element, in row-major order, with Go's
// own arithmetic on type T (max and min as tier 0's: NaN propagates,
// -0 < +0), floats accumulating in float64 for the reference sum.
func refReduce[T int8 | uint8 | int32 | int64 | float32 | float64](xs []T, space []int64, op string, lo, hi int, init T) []T {
	var outer, red, inner int64 = 1, 1, 1
	for i, s := range space {
		switch {
		case i < lo:
			outer *= s
		case i < hi:
			red *= s
		default:
			inner *= s
		}
	}
	out := make([]T, outer*inner)
	for i := range out {
		out[i] = init
	}
	for i, x := range xs {
		v := x + x
		o := (int64(i)/(red*inner))*inner + int64(i)%inner
		switch op {
		case "add":
			out[o] += v
		case "multiply":
			out[o] *= v
		case "maximum":
			out[o] = max(out[o], v)
		case "minimum":
			out[o] = min(out[o], v)
		}
	}
	return out
}

func leBytes(bits uint64, sz int) []byte {
	b := make([]byte, sz)
	for i := range b {
		b[i] = byte(bits >> (8 * i))
	}
	return b
}

// TestReduceKernels: a kernel's reduction against a plain fold, for each
// op, block of dimensions (innermost, outermost, middle, all), element type,
// init value, with and without the element-wise output, on the portable
// executor and on machine code, one and two workers. Integer, maximum and
// minimum results must be exact (NaN propagates as on tier 0); float sums
// and products may differ by summation order only: within R·ε·Σ|vᵢ| for a
// result folding R values vᵢ (ε the type's unit roundoff), the bound on the
// rounding of any order of R-1 additions (products: R·ε·|result|).
func TestReduceKernels(t *testing.T) {
	_, jitErr := JIT()
	saved := NativeMinElements
	NativeMinElements = 1
	defer func() { NativeMinElements = saved }()
	r := rand.New(rand.NewSource(14))
	spaces := [][]int64{{3, 5, 7}, {8, 64, 80}, {1100}}
	blocks := map[int][][2]int{3: {{2, 3}, {1, 3}, {0, 3}, {0, 1}, {0, 2}, {1, 2}}, 1: {{0, 1}}}
	type tc struct {
		d    tensor.DType
		op   string
		init float64
	}
	cases := []tc{
		{tensor.F32, "add", 0}, {tensor.F32, "add", 2.5}, {tensor.F32, "maximum", math.Inf(-1)},
		{tensor.F32, "minimum", math.Inf(1)}, {tensor.F32, "multiply", 1},
		{tensor.F64, "add", 0}, {tensor.F64, "maximum", math.Inf(-1)}, {tensor.F64, "minimum", 7},
		{tensor.I32, "add", 0}, {tensor.I32, "add", 11}, {tensor.I32, "maximum", math.MinInt32},
		{tensor.I32, "minimum", math.MaxInt32}, {tensor.I32, "multiply", 1},
		{tensor.I64, "add", -3}, {tensor.U8, "maximum", 0}, {tensor.I8, "minimum", 5},
		{tensor.I1, "and", 1}, {tensor.I1, "or", 0}, {tensor.I1, "maximum", 0}, {tensor.I1, "minimum", 1},
	}
	for _, space := range spaces {
		n := tensor.NumElements(space)
		for _, blk := range blocks[len(space)] {
			for ci, c := range cases {
				if (c.op == "multiply") && n > 200 && c.d.IsFloat() {
					continue // products of thousands of values overflow: the small space covers them
				}
				keep := ci%2 == 0
				sz := c.d.StorageSize()
				x := tensor.New(c.d, []int64{n})
				for i := int64(0); i < n; i++ {
					var bits uint64
					switch {
					case c.d == tensor.F32:
						v := float32(r.NormFloat64())
						if c.op == "multiply" {
							v = float32(0.5 + r.Float64()*0.2)
						}
						if i%97 == 13 && c.op != "add" && c.op != "multiply" {
							v = float32(math.NaN())
						}
						bits = uint64(math.Float32bits(v))
					case c.d == tensor.F64:
						v := r.NormFloat64()
						if i%89 == 5 && c.op != "add" {
							v = math.NaN()
						}
						bits = math.Float64bits(v)
					case c.d == tensor.I1:
						bits = uint64(r.Intn(2))
						if c.op == "and" || c.op == "minimum" {
							bits = uint64(min(1, r.Intn(50))) // mostly true: some results stay true
						}
					default:
						bits = r.Uint64()
						if c.op == "multiply" {
							bits = uint64(r.Intn(3) - 1)
						}
					}
					copy(x.Data[int(i)*sz:], leBytes(bits, sz))
				}
				var initBits uint64
				switch c.d {
				case tensor.F32:
					initBits = uint64(math.Float32bits(float32(c.init)))
				case tensor.F64:
					initBits = math.Float64bits(c.init)
				default:
					initBits = uint64(int64(c.init))
				}
				init := leBytes(initBits, sz)
				k := reduceKernel(c.d, space, c.op, blk[0], blk[1], init, keep)
				if err := k.Check(); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(k.String(), "reduce "+c.op) {
					t.Fatalf("String() does not show the reduction:\n%s", k)
				}
				k2, err := Decode(k.Encode())
				if err != nil || k2.Hash() != k.Hash() {
					t.Fatalf("encode/decode round trip: %v", err)
				}
				want := wantReduce(t, c.d, x, space, c.op, blk[0], blk[1], init)
				for _, native := range []bool{false, true} {
					if native && jitErr != nil {
						continue
					}
					for _, par := range []int{1, 2} {
						name := fmt.Sprintf("%v/%s/init=%g/space=%v/dims=%v/native=%v/p=%d/keep=%v", c.d, c.op, c.init, space, blk, native, par, keep)
						e, err := Prepare(k)
						if err != nil {
							t.Fatalf("%s: %v", name, err)
						}
						if native {
							if e.native, e.nativeErr = compileNative(k); e.native == nil {
								t.Fatalf("%s: not native: %v", name, e.nativeErr)
							}
						}
						var outs []*tensor.Buffer
						if keep {
							outs = append(outs, tensor.New(c.d, space))
						}
						res := tensor.New(c.d, k.Reduce.Shape)
						for i := range res.Data {
							res.Data[i] = 0xAB // must be overwritten by init
						}
						outs = append(outs, res)
						if err := e.Run(&interp.Ctx{Parallelism: par}, []*tensor.Buffer{x}, outs); err != nil {
							t.Fatalf("%s: %v", name, err)
						}
						if keep {
							checkDoubled(t, name, c.d, x, outs[0])
						}
						compareReduce(t, name, c.d, c.op, res, want, int64(len(x.Data)/sz)/int64(len(want.sum)))
					}
				}
			}
		}
	}
}

// reduceWant is the reference result and, for float sums, Σ|vᵢ| per result.
type reduceWant struct {
	vals *tensor.Buffer
	sum  []float64
}

func wantReduce(t *testing.T, d tensor.DType, x *tensor.Buffer, space []int64, op string, lo, hi int, init []byte) reduceWant {
	t.Helper()
	initOf := func() uint64 {
		var u uint64
		for i := len(init) - 1; i >= 0; i-- {
			u = u<<8 | uint64(init[i])
		}
		return u
	}
	var shape []int64
	shape = append(shape, space[:lo]...)
	shape = append(shape, space[hi:]...)
	out := tensor.New(d, shape)
	var abs []float64
	switch d {
	case tensor.F32:
		xs := tensor.ViewBytes[float32](x.Data)
		w := make([]float64, len(xs))
		for i, v := range xs {
			w[i] = float64(v)
		}
		// Sums and products in float64, rounded once: the exact result
		// within the tolerance.
		got := refReduce(w, space, op, lo, hi, float64(math.Float32frombits(uint32(initOf()))))
		a := make([]float64, len(w))
		for i, v := range w {
			a[i] = math.Abs(v)
		}
		abs = refReduce(a, space, "add", lo, hi, 0)
		for i, v := range got {
			tensor.ViewBytes[float32](out.Data)[i] = float32(v)
		}
	case tensor.F64:
		xs := tensor.ViewBytes[float64](x.Data)
		copy(tensor.ViewBytes[float64](out.Data), refReduce(xs, space, op, lo, hi, math.Float64frombits(initOf())))
		a := make([]float64, len(xs))
		for i, v := range xs {
			a[i] = math.Abs(v)
		}
		abs = refReduce(a, space, "add", lo, hi, 0)
	case tensor.I32:
		copy(tensor.ViewBytes[int32](out.Data), refReduce(tensor.ViewBytes[int32](x.Data), space, op, lo, hi, int32(initOf())))
	case tensor.I64:
		copy(tensor.ViewBytes[int64](out.Data), refReduce(tensor.ViewBytes[int64](x.Data), space, op, lo, hi, int64(initOf())))
	case tensor.U8:
		copy(out.Data, refReduce(x.Data, space, op, lo, hi, uint8(initOf())))
	case tensor.I8:
		copy(tensor.ViewBytes[int8](out.Data), refReduce(tensor.ViewBytes[int8](x.Data), space, op, lo, hi, int8(initOf())))
	case tensor.I1:
		// x | x = x; and is minimum and or is maximum on {0, 1}.
		o := map[string]string{"and": "minimum", "or": "maximum", "maximum": "maximum", "minimum": "minimum"}[op]
		half := make([]uint8, len(x.Data))
		copy(half, x.Data)
		// refReduce doubles its values: fold x>>0 through a shifted copy.
		res := refReduce(half, space, o, lo, hi, uint8(initOf())*2)
		for i, v := range res {
			out.Data[i] = v / 2
		}
	default:
		t.Fatalf("no reference for %v", d)
	}
	if abs == nil {
		abs = make([]float64, tensor.NumElements(shape))
	}
	return reduceWant{vals: out, sum: abs}
}

func checkDoubled(t *testing.T, name string, d tensor.DType, x, out *tensor.Buffer) {
	t.Helper()
	sz := d.StorageSize()
	for i := 0; i+sz <= len(x.Data); i += sz {
		var want []byte
		switch d {
		case tensor.F32:
			v := math.Float32frombits(uint32(bitsOf(x.Data[i : i+sz])))
			want = leBytes(uint64(math.Float32bits(v+v)), 4)
		case tensor.F64:
			v := math.Float64frombits(bitsOf(x.Data[i : i+sz]))
			want = leBytes(math.Float64bits(v+v), 8)
		case tensor.I1:
			want = x.Data[i : i+1]
		default:
			want = leBytes(bitsOf(x.Data[i:i+sz])*2, sz)
		}
		if got := out.Data[i : i+sz]; string(got) != string(want) && !(d.IsFloat() && isNaNBits(d, got) && isNaNBits(d, want)) {
			t.Fatalf("%s: element-wise output %d = %x, want %x", name, i/sz, got, want)
		}
	}
}

func bitsOf(b []byte) uint64 {
	var u uint64
	for i := len(b) - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	return u
}

func isNaNBits(d tensor.DType, b []byte) bool {
	if d == tensor.F32 {
		f := math.Float32frombits(uint32(bitsOf(b)))
		return f != f
	}
	f := math.Float64frombits(bitsOf(b))
	return f != f
}

func compareReduce(t *testing.T, name string, d tensor.DType, op string, got *tensor.Buffer, want reduceWant, red int64) {
	t.Helper()
	sz := d.StorageSize()
	for i := 0; i+sz <= len(got.Data); i += sz {
		g, w := got.Data[i:i+sz], want.vals.Data[i:i+sz]
		if string(g) == string(w) {
			continue
		}
		if !d.IsFloat() {
			t.Fatalf("%s: result %d = %x, want %x", name, i/sz, g, w)
		}
		if isNaNBits(d, g) && isNaNBits(d, w) {
			continue
		}
		gf, wf := tensor.FloatFromBits(d, bitsOf(g)), tensor.FloatFromBits(d, bitsOf(w))
		if op != "add" && op != "multiply" {
			t.Fatalf("%s: result %d = %g, want %g (exactly)", name, i/sz, gf, wf)
		}
		eps := math.Pow(2, -24)
		if d == tensor.F64 {
			eps = math.Pow(2, -53)
		}
		bound := float64(red+1) * eps * 2 * want.sum[i/sz] // the values folded are 2x
		if op == "multiply" {
			bound = float64(red+1) * eps * math.Abs(wf)
		}
		if math.Abs(gf-wf) > bound+math.SmallestNonzeroFloat64 {
			t.Fatalf("%s: result %d = %g, want %g within %g", name, i/sz, gf, wf, bound)
		}
	}
}

// TestReduceCheck: Check rejects malformed reductions.
func TestReduceCheck(t *testing.T) {
	good := func() *Kernel {
		return reduceKernel(tensor.F32, []int64{4, 6}, "add", 1, 2, make([]byte, 4), false)
	}
	if err := good().Check(); err != nil {
		t.Fatalf("a good kernel: %v", err)
	}
	for name, mut := range map[string]func(k *Kernel){
		"value out of range": func(k *Kernel) { k.Reduce.Value = 9 },
		"unknown op":         func(k *Kernel) { k.Reduce.Op = "divide" },
		"float and":          func(k *Kernel) { k.Reduce.Op = "and" },
		"empty block":        func(k *Kernel) { k.Reduce.Hi = 1 },
		"block past rank":    func(k *Kernel) { k.Reduce.Hi = 3 },
		"short init":         func(k *Kernel) { k.Reduce.Init = "00" },
		"bad init hex":       func(k *Kernel) { k.Reduce.Init = "zz00zz00" },
		"wrong shape":        func(k *Kernel) { k.Reduce.Shape = []int64{6} },
		"old version":        func(k *Kernel) { k.Version = 1 },
	} {
		k := good()
		mut(k)
		if err := k.Check(); err == nil {
			t.Errorf("%s: Check accepted it", name)
		}
	}
	// The GPU emitters decline reductions (the kernel stays on the CPU).
	if _, err := EmitCUDA(good(), "k"); err == nil || !strings.Contains(err.Error(), "reduction") {
		t.Errorf("EmitCUDA: %v", err)
	}
	if _, err := EmitMSL(good(), "k"); err == nil || !strings.Contains(err.Error(), "reduction") {
		t.Errorf("EmitMSL: %v", err)
	}
}
