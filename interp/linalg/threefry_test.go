package linalg

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func threefryCallOp(in [4]*stablehlo.TensorType, out *stablehlo.TensorType) *stablehlo.Op {
	return mkOp("stablehlo.custom_call", in[:], []*stablehlo.TensorType{out, out},
		stablehlo.NamedAttr{Name: "call_target_name", Value: stablehlo.StringAttr{Value: "hlovm_threefry2x32"}})
}

func u32buf(shape []int64, v ...uint32) *tensor.Buffer {
	b := tensor.New(tensor.U32, shape)
	copy(tensor.View[uint32](b), v)
	return b
}

// Random123's known-answer vectors for threefry2x32_20, all three in one
// call, one per element.
func TestThreefryCallKnownAnswers(t *testing.T) {
	s := tt(tensor.U32, 3)
	op := threefryCallOp([4]*stablehlo.TensorType{s, s, s, s}, s)
	res := runOp(t, op,
		u32buf(s.Shape, 0, 0xffffffff, 0x13198a2e),
		u32buf(s.Shape, 0, 0xffffffff, 0x03707344),
		u32buf(s.Shape, 0, 0xffffffff, 0x243f6a88),
		u32buf(s.Shape, 0, 0xffffffff, 0x85a308d3))
	want0 := []uint32{0x6b200159, 0x1cb996fc, 0xc4923a9c}
	want1 := []uint32{0x99ba4efe, 0xbb002be7, 0x483df7a0}
	g0, g1 := tensor.View[uint32](res[0]), tensor.View[uint32](res[1])
	for i := range want0 {
		if g0[i] != want0[i] || g1[i] != want1[i] {
			t.Errorf("vector %d: got (%#x, %#x) want (%#x, %#x)", i, g0[i], g1[i], want0[i], want1[i])
		}
	}
	if y0, y1 := threefry2x32(0x13198a2e, 0x03707344, 0x243f6a88, 0x85a308d3); y0 != 0xc4923a9c || y1 != 0x483df7a0 {
		t.Errorf("threefry2x32(pi digits) = %#x %#x", y0, y1)
	}
}

func TestThreefryUnrolledMatchesRolled(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 100000; i++ {
		k0, k1, x0, x1 := rng.Uint32(), rng.Uint32(), rng.Uint32(), rng.Uint32()
		a0, a1 := threefry2x32(k0, k1, x0, x1)
		b0, b1 := threefry2x32Rolled(k0, k1, x0, x1)
		if a0 != b0 || a1 != b1 {
			t.Fatalf("(%#x %#x %#x %#x): unrolled (%#x %#x), rolled (%#x %#x)", k0, k1, x0, x1, a0, a1, b0, b1)
		}
		y0, y1 := rng.Uint32(), rng.Uint32()
		c0, c1 := threefry2x32Rolled(k0, k1, y0, y1)
		p0, p1, q0, q1 := threefry2x32Pair(k0, k1, x0, x1, y0, y1)
		if p0 != b0 || p1 != b1 || q0 != c0 || q1 != c1 {
			t.Fatalf("pair (%#x %#x %#x %#x %#x %#x): (%#x %#x %#x %#x), want (%#x %#x %#x %#x)", k0, k1, x0, x1, y0, y1, p0, p1, q0, q1, b0, b1, c0, c1)
		}
	}
}

// Every combination of one-element and full operands, on a size that splits
// into several chunks (runOp runs with Parallelism 4) and is not a multiple
// of the chunk count, against the scalar function element by element.
func TestThreefryCallBroadcastAndChunks(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	shape := []int64{3, 40001}
	n := int(prod(shape))
	full := [4]*tensor.Buffer{}
	for j := range full {
		full[j] = tensor.New(tensor.U32, shape)
		v := tensor.View[uint32](full[j])
		for i := range v {
			v[i] = rng.Uint32()
		}
	}
	one := [4]*tensor.Buffer{}
	for j := range one {
		one[j] = u32buf(nil, rng.Uint32())
	}
	for mask := 0; mask < 16; mask++ {
		var types [4]*stablehlo.TensorType
		var args [4]*tensor.Buffer
		for j := 0; j < 4; j++ {
			if mask&(1<<j) != 0 {
				types[j], args[j] = tt(tensor.U32), one[j]
				if j == 1 { // a one-element operand of rank 2 broadcasts too
					types[j], args[j] = tt(tensor.U32, 1, 1), u32buf([]int64{1, 1}, tensor.View[uint32](one[j])[0])
				}
			} else {
				types[j], args[j] = tt(tensor.U32, shape...), full[j]
			}
		}
		res := runOp(t, threefryCallOp(types, tt(tensor.U32, shape...)), args[:]...)
		g0, g1 := tensor.View[uint32](res[0]), tensor.View[uint32](res[1])
		at := func(j, i int) uint32 {
			v := tensor.View[uint32](args[j])
			if len(v) == 1 {
				return v[0]
			}
			return v[i]
		}
		for i := 0; i < n; i++ {
			w0, w1 := threefry2x32Rolled(at(0, i), at(1, i), at(2, i), at(3, i))
			if g0[i] != w0 || g1[i] != w1 {
				t.Fatalf("mask %04b element %d: got (%#x %#x) want (%#x %#x)", mask, i, g0[i], g1[i], w0, w1)
			}
		}
	}
}

func TestThreefryCallEmptyAndErrors(t *testing.T) {
	z := tt(tensor.U32, 0, 5)
	if _, err := tryRun(threefryCallOp([4]*stablehlo.TensorType{tt(tensor.U32), tt(tensor.U32), z, z}, z),
		u32buf(nil, 1), u32buf(nil, 2), tensor.New(tensor.U32, z.Shape), tensor.New(tensor.U32, z.Shape)); err != nil {
		t.Errorf("empty: %v", err)
	}
	s := tt(tensor.U32, 4)
	bad := map[string]*stablehlo.Op{
		"must be ui32":    threefryCallOp([4]*stablehlo.TensorType{s, s, tt(tensor.I32, 4), s}, s),
		"has shape":       threefryCallOp([4]*stablehlo.TensorType{s, s, s, tt(tensor.U32, 2)}, s),
		"result 0 must":   threefryCallOp([4]*stablehlo.TensorType{s, s, s, s}, tt(tensor.F32, 4)),
		"expected 4 oper": mkOp("stablehlo.custom_call", []*stablehlo.TensorType{s, s, s}, []*stablehlo.TensorType{s, s}, stablehlo.NamedAttr{Name: "call_target_name", Value: stablehlo.StringAttr{Value: "hlovm_threefry2x32"}}),
	}
	for want, op := range bad {
		if _, err := interp.Build(op, nil); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want an error containing %q, got %v", want, err)
		}
	}
	// A buffer shorter than its type says is an error, not a crash.
	k, err := interp.Build(threefryCallOp([4]*stablehlo.TensorType{s, s, s, s}, s), nil)
	if err != nil {
		t.Fatal(err)
	}
	short := u32buf([]int64{2}, 1, 2)
	full := u32buf(s.Shape, 1, 2, 3, 4)
	out := []*tensor.Buffer{tensor.New(tensor.U32, s.Shape), tensor.New(tensor.U32, s.Shape)}
	if err := k(&interp.Ctx{Parallelism: 2}, []*tensor.Buffer{full, full, short, full}, out); err == nil {
		t.Error("short operand: no error")
	}
}

// A panic in a chunk on another goroutine comes back as an error.
func TestParallelChunksRecoversPanics(t *testing.T) {
	for _, bad := range []int{0, 5000, 9999} {
		err := parallelChunks(10000, 4, 100, func(lo, hi int) {
			if lo <= bad && bad < hi {
				var s []int
				_ = s[bad]
			}
		})
		if err == nil || !strings.Contains(err.Error(), "internal error") {
			t.Errorf("panic at %d: got %v", bad, err)
		}
	}
	covered := make([]int, 1001)
	if err := parallelChunks(1001, 3, 10, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			covered[i]++
		}
	}); err != nil {
		t.Fatal(err)
	}
	for i, c := range covered {
		if c != 1 {
			t.Fatalf("element %d covered %d times", i, c)
		}
	}
}

// BenchmarkThreefryCall is what jax.random.bits of 10M uint32 costs in the
// kernel: scalar keys, full counters, two outputs.
func BenchmarkThreefryCall(b *testing.B) {
	const n = 1 << 22
	s := tt(tensor.U32, n)
	op := threefryCallOp([4]*stablehlo.TensorType{tt(tensor.U32), tt(tensor.U32), s, s}, s)
	k, err := interp.Build(op, nil)
	if err != nil {
		b.Fatal(err)
	}
	x0, x1 := tensor.New(tensor.U32, s.Shape), tensor.New(tensor.U32, s.Shape)
	for i := range tensor.View[uint32](x0) {
		tensor.View[uint32](x0)[i] = uint32(i)
	}
	args := []*tensor.Buffer{u32buf(nil, 0), u32buf(nil, 42), x0, x1}
	res := []*tensor.Buffer{tensor.New(tensor.U32, s.Shape), tensor.New(tensor.U32, s.Shape)}
	for _, par := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("par%d", par), func(b *testing.B) {
			ctx := &interp.Ctx{Parallelism: par}
			for i := 0; i < b.N; i++ {
				if err := k(ctx, args, res); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/elem")
		})
	}
}
