package linalg

import (
	"path/filepath"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Known-answer vectors of Random123 (threefry2x32_20 and philox4x32_10 with a
// zero key and counter).
func TestRandom123KnownAnswers(t *testing.T) {
	if y0, y1 := threefry2x32(0, 0, 0, 0); y0 != 0x6b200159 || y1 != 0x99ba4efe {
		t.Errorf("threefry2x32(0,0) = %#x %#x", y0, y1)
	}
	y := philox4x32([4]uint32{}, 0, 0)
	if y != [4]uint32{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8} {
		t.Errorf("philox4x32(0,0) = %#x", y)
	}
	if y0, y1 := threefry2x32(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff); y0 != 0x1cb996fc || y1 != 0xbb002be7 {
		t.Errorf("threefry2x32(ones) = %#x %#x", y0, y1)
	}
}

func rngOp(alg string, stateLen int64, outT *stablehlo.TensorType) *stablehlo.Op {
	return mkOp("stablehlo.rng_bit_generator", []*stablehlo.TensorType{tt(tensor.U64, stateLen)},
		[]*stablehlo.TensorType{tt(tensor.U64, stateLen), outT},
		stablehlo.NamedAttr{Name: "rng_algorithm", Value: stablehlo.EnumAttr{Kind: "rng_algorithm", Value: alg}})
}

// The corpus case bitcasts a u32[4] key into the u64[2] state and draws a
// u32[4,4] with THREE_FRY; io.npz holds XLA:CPU's outputs.
func TestRngThreeFryMatchesXLA(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/rng_bit_generator")
	io, err := readNPZ(filepath.Join(dir, "io.npz"))
	if err != nil {
		t.Fatal(err)
	}
	state := &tensor.Buffer{DType: tensor.U64, Shape: []int64{2}, Data: io["in0"].Data}
	res := runOp(t, rngOp("THREE_FRY", 2, tt(tensor.U32, 4, 4)), state)
	if string(res[0].Data) != string(io["out0"].Data) {
		t.Errorf("state: got %v want %v", tensor.View[uint32](res[0]), tensor.View[uint32](io["out0"]))
	}
	if string(res[1].Data) != string(io["out1"].Data) {
		t.Errorf("bits: got %v want %v", tensor.View[uint32](res[1]), tensor.View[uint32](io["out1"]))
	}
}

func TestRngShapesAndStates(t *testing.T) {
	st := tensor.New(tensor.U64, []int64{3})
	copy(tensor.View[uint64](st), []uint64{42, ^uint64(0) - 1, 7})
	// PHILOX with a u64[3] state: the 128-bit counter carries into the high word.
	res := runOp(t, rngOp("PHILOX", 3, tt(tensor.U32, 5, 3)), st)
	ns := tensor.View[uint64](res[0])
	if ns[0] != 42 || ns[1] != 2 || ns[2] != 8 { // 15 words = 4 blocks: lo wraps from 2^64-2 to 2
		t.Errorf("philox state %v", ns)
	}
	// the first block uses counter (2^64-2, 7) as the definition says
	y := philox4x32([4]uint32{0xfffffffe, 0xffffffff, 7, 0}, 42, 0)
	got := tensor.View[uint32](res[1])
	for i := 0; i < 4; i++ {
		if got[i] != y[i] {
			t.Errorf("philox word %d: %#x want %#x", i, got[i], y[i])
		}
	}
	// 64-bit THREE_FRY: counter+i per element.
	st2 := tensor.New(tensor.U64, []int64{2})
	copy(tensor.View[uint64](st2), []uint64{0x0123456789abcdef, 100})
	res = runOp(t, rngOp("THREE_FRY", 2, tt(tensor.U64, 3)), st2)
	if tensor.View[uint64](res[0])[1] != 103 {
		t.Errorf("threefry state %v", tensor.View[uint64](res[0]))
	}
	y0, y1 := threefry2x32(0x89abcdef, 0x01234567, 102, 0)
	if tensor.View[uint64](res[1])[2] != uint64(y0)|uint64(y1)<<32 {
		t.Errorf("threefry u64 element 2")
	}
	// odd shapes, narrow and float types, scalars, DEFAULT: all must run.
	for _, alg := range []string{"THREE_FRY", "PHILOX", "DEFAULT"} {
		for _, ot := range []*stablehlo.TensorType{tt(tensor.U32, 3, 5), tt(tensor.F32), tt(tensor.U8, 7), tt(tensor.I4, 3), tt(tensor.F16, 2, 3), tt(tensor.F64, 5), tt(tensor.U32, 0)} {
			if _, err := tryRun(rngOp(alg, 2, ot), st2); err != nil {
				t.Errorf("%s %v: %v", alg, ot, err)
			}
		}
	}
	// 32-bit THREE_FRY on an odd shape: the largest dim is split, and the
	// halves interleave along it.
	res = runOp(t, rngOp("THREE_FRY", 2, tt(tensor.U32, 3, 5)), st2)
	g := tensor.View[uint32](res[1])
	// element (1, 3): half index (1, 1) -> linear 1*3+1 = 4, second word
	_, w := threefry2x32(0x89abcdef, 0x01234567, 104, 0)
	if g[1*5+3] != w {
		t.Errorf("threefry split interleave: got %#x want %#x", g[8], w)
	}
	if tensor.View[uint64](res[0])[1] != 100+9 {
		t.Errorf("threefry 32-bit state advance %v", tensor.View[uint64](res[0]))
	}
}
