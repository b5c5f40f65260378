package linalg

import (
	"fmt"
	"math/bits"
	"sync"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	register("stablehlo.rng_bit_generator", buildRngBitGenerator)
	registerCustomCall("hlovm_threefry2x32", buildThreefryCall)
}

// rng_bit_generator reproduces XLA's bit streams exactly (XLA's
// RngBitGeneratorExpander and its prng library define them; the facts used
// here are the algorithms' constants and the order in which counters map to
// output elements):
//
//   - THREE_FRY: state u64[2] = [key, counter]. Threefry-2x32 with 20 rounds.
//     64-bit outputs use counter+i for element i. 32-bit and narrower outputs
//     split the shape in two along its first even dimension (else its largest),
//     generate one 2×32-bit block per element of the half shape, and interleave
//     the two words along the split dimension; narrower types keep the low bits.
//   - PHILOX: state u64[3] = [key, counter_lo, counter_hi] (u64[2]: [key,
//     counter_lo] with the key doubling as counter_hi). Philox-4x32 with 10
//     rounds on a 128-bit counter; words are emitted round-robin.
//   - DEFAULT is PHILOX, which is what XLA:CPU expands it to.

type rngPlan struct {
	alg      string
	n        int
	shape    []int64
	outT     tensor.DType
	stateLen int
}

func buildRngBitGenerator(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 1 || len(op.Results) != 2 {
		return nil, fmt.Errorf("expected 1 operand and 2 results")
	}
	st, err := tensorType(op.Operands[0])
	if err != nil {
		return nil, err
	}
	ot, err := tensorType(op.Results[1])
	if err != nil {
		return nil, err
	}
	sd := stablehlo.ElementDType(st)
	if len(st.Shape) != 1 || (sd != tensor.U64 && sd != tensor.I64) {
		return nil, fmt.Errorf("state must be a 1-D ui64 tensor, got %v", st)
	}
	p := &rngPlan{alg: enumAttr(op, "rng_algorithm"), shape: ot.Shape, outT: stablehlo.ElementDType(ot), stateLen: int(st.Shape[0])}
	if p.alg == "" || p.alg == "DEFAULT" {
		p.alg = "PHILOX"
	}
	p.n = int(tensor.NumElements(ot.Shape))
	switch p.alg {
	case "THREE_FRY":
		if p.stateLen != 2 {
			return nil, fmt.Errorf("THREE_FRY needs a u64[2] state, got %v", st)
		}
	case "PHILOX":
		if p.stateLen != 2 && p.stateLen != 3 {
			return nil, fmt.Errorf("PHILOX needs a u64[2] or u64[3] state, got %v", st)
		}
	default:
		return nil, fmt.Errorf("unknown rng_algorithm %q", p.alg)
	}
	if p.outT == tensor.I1 || p.outT.IsComplex() || p.outT == tensor.Invalid || p.outT.Bits() > 64 {
		return nil, fmt.Errorf("unsupported output element type %v", p.outT)
	}
	return p.kernel, nil
}

// threefry2x32 is Threefry-2x32 with 20 rounds (Random123's threefry2x32_20,
// which is also JAX's threefry2x32 primitive). It is written out round by
// round: with the rotation amounts and key schedule constant, the compiler
// keeps everything in registers, about 4x faster than the rolled loop.
func threefry2x32(k0, k1, x0, x1 uint32) (uint32, uint32) {
	k2 := 0x1BD11BDA ^ k0 ^ k1
	x0 += k0
	x1 += k1
	x0, x1 = tfRound(x0, x1, 13)
	x0, x1 = tfRound(x0, x1, 15)
	x0, x1 = tfRound(x0, x1, 26)
	x0, x1 = tfRound(x0, x1, 6)
	x0, x1 = x0+k1, x1+k2+1
	x0, x1 = tfRound(x0, x1, 17)
	x0, x1 = tfRound(x0, x1, 29)
	x0, x1 = tfRound(x0, x1, 16)
	x0, x1 = tfRound(x0, x1, 24)
	x0, x1 = x0+k2, x1+k0+2
	x0, x1 = tfRound(x0, x1, 13)
	x0, x1 = tfRound(x0, x1, 15)
	x0, x1 = tfRound(x0, x1, 26)
	x0, x1 = tfRound(x0, x1, 6)
	x0, x1 = x0+k0, x1+k1+3
	x0, x1 = tfRound(x0, x1, 17)
	x0, x1 = tfRound(x0, x1, 29)
	x0, x1 = tfRound(x0, x1, 16)
	x0, x1 = tfRound(x0, x1, 24)
	x0, x1 = x0+k1, x1+k2+4
	x0, x1 = tfRound(x0, x1, 13)
	x0, x1 = tfRound(x0, x1, 15)
	x0, x1 = tfRound(x0, x1, 26)
	x0, x1 = tfRound(x0, x1, 6)
	x0, x1 = x0+k2, x1+k0+5
	return x0, x1
}

// threefry2x32Pair hashes two counters (a0, a1) and (b0, b1) under one key,
// the two interleaved: each round depends on the one before, so a single
// hash is latency-bound, and a second independent chain fills the idle
// execution units (1.4-1.7x the throughput of one at a time).
func threefry2x32Pair(k0, k1, a0, a1, b0, b1 uint32) (uint32, uint32, uint32, uint32) {
	k2 := 0x1BD11BDA ^ k0 ^ k1
	a0, b0 = a0+k0, b0+k0
	a1, b1 = a1+k1, b1+k1
	a0, a1 = tfRound(a0, a1, 13)
	b0, b1 = tfRound(b0, b1, 13)
	a0, a1 = tfRound(a0, a1, 15)
	b0, b1 = tfRound(b0, b1, 15)
	a0, a1 = tfRound(a0, a1, 26)
	b0, b1 = tfRound(b0, b1, 26)
	a0, a1 = tfRound(a0, a1, 6)
	b0, b1 = tfRound(b0, b1, 6)
	a0, a1 = a0+k1, a1+k2+1
	b0, b1 = b0+k1, b1+k2+1
	a0, a1 = tfRound(a0, a1, 17)
	b0, b1 = tfRound(b0, b1, 17)
	a0, a1 = tfRound(a0, a1, 29)
	b0, b1 = tfRound(b0, b1, 29)
	a0, a1 = tfRound(a0, a1, 16)
	b0, b1 = tfRound(b0, b1, 16)
	a0, a1 = tfRound(a0, a1, 24)
	b0, b1 = tfRound(b0, b1, 24)
	a0, a1 = a0+k2, a1+k0+2
	b0, b1 = b0+k2, b1+k0+2
	a0, a1 = tfRound(a0, a1, 13)
	b0, b1 = tfRound(b0, b1, 13)
	a0, a1 = tfRound(a0, a1, 15)
	b0, b1 = tfRound(b0, b1, 15)
	a0, a1 = tfRound(a0, a1, 26)
	b0, b1 = tfRound(b0, b1, 26)
	a0, a1 = tfRound(a0, a1, 6)
	b0, b1 = tfRound(b0, b1, 6)
	a0, a1 = a0+k0, a1+k1+3
	b0, b1 = b0+k0, b1+k1+3
	a0, a1 = tfRound(a0, a1, 17)
	b0, b1 = tfRound(b0, b1, 17)
	a0, a1 = tfRound(a0, a1, 29)
	b0, b1 = tfRound(b0, b1, 29)
	a0, a1 = tfRound(a0, a1, 16)
	b0, b1 = tfRound(b0, b1, 16)
	a0, a1 = tfRound(a0, a1, 24)
	b0, b1 = tfRound(b0, b1, 24)
	a0, a1 = a0+k1, a1+k2+4
	b0, b1 = b0+k1, b1+k2+4
	a0, a1 = tfRound(a0, a1, 13)
	b0, b1 = tfRound(b0, b1, 13)
	a0, a1 = tfRound(a0, a1, 15)
	b0, b1 = tfRound(b0, b1, 15)
	a0, a1 = tfRound(a0, a1, 26)
	b0, b1 = tfRound(b0, b1, 26)
	a0, a1 = tfRound(a0, a1, 6)
	b0, b1 = tfRound(b0, b1, 6)
	a0, a1 = a0+k2, a1+k0+5
	b0, b1 = b0+k2, b1+k0+5
	return a0, a1, b0, b1
}

// tfRound is one Threefry mix step; inlined with a constant r it becomes a
// rotate by an immediate.
func tfRound(x0, x1 uint32, r int) (uint32, uint32) {
	x0 += x1
	return x0, bits.RotateLeft32(x1, r) ^ x0
}

// threefry2x32Rolled is the textbook loop form, kept as the reference the
// unrolled threefry2x32 is tested against.
func threefry2x32Rolled(k0, k1, x0, x1 uint32) (uint32, uint32) {
	rot := [8]int{13, 15, 26, 6, 17, 29, 16, 24}
	ks := [3]uint32{k0, k1, 0x1BD11BDA ^ k0 ^ k1}
	x0 += k0
	x1 += k1
	for blk := 0; blk < 5; blk++ {
		for r := 0; r < 4; r++ {
			x0 += x1
			x1 = bits.RotateLeft32(x1, rot[(blk%2)*4+r])
			x1 ^= x0
		}
		x0 += ks[(blk+1)%3]
		x1 += ks[(blk+2)%3] + uint32(blk+1)
	}
	return x0, x1
}

// hlovm_threefry2x32 is the custom call python/jax_hlovm lowers JAX's
// threefry2x32 primitive to, in place of the ~160 element-wise passes of
// JAX's generic lowering: operands key0, key1, x0, x1 and results out0, out1,
// all ui32. The results share one shape; each operand has that shape or holds
// a single element (a scalar key, left unbroadcast by the lowering so that
// it costs no memory traffic), which applies to every element.
func buildThreefryCall(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 4 || len(op.Results) != 2 {
		return nil, fmt.Errorf("hlovm_threefry2x32: expected 4 operands and 2 results, got %d and %d", len(op.Operands), len(op.Results))
	}
	var shape []int64
	for i, r := range op.Results {
		t, err := tensorType(r)
		if err != nil {
			return nil, err
		}
		if stablehlo.ElementDType(t) != tensor.U32 {
			return nil, fmt.Errorf("hlovm_threefry2x32: result %d must be ui32, got %v", i, t)
		}
		if i == 0 {
			shape = t.Shape
		} else if !sameShape(t.Shape, shape) {
			return nil, fmt.Errorf("hlovm_threefry2x32: results differ in shape: %v and %v", shape, t.Shape)
		}
	}
	n := prod(shape)
	var scalar [4]bool
	for i, o := range op.Operands {
		t, err := tensorType(o)
		if err != nil {
			return nil, err
		}
		if stablehlo.ElementDType(t) != tensor.U32 {
			return nil, fmt.Errorf("hlovm_threefry2x32: operand %d must be ui32, got %v", i, t)
		}
		switch {
		case sameShape(t.Shape, shape):
		case prod(t.Shape) == 1:
			scalar[i] = true
		default:
			return nil, fmt.Errorf("hlovm_threefry2x32: operand %d has shape %v, want %v or one element", i, t.Shape, shape)
		}
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(args) != 4 || len(results) != 2 {
			return fmt.Errorf("hlovm_threefry2x32: expected 4 operands and 2 results")
		}
		var in [4][]uint32
		for i, a := range args {
			in[i] = tensor.View[uint32](a)
			want := n
			if scalar[i] {
				want = 1
			}
			if int64(len(in[i])) != want {
				return fmt.Errorf("hlovm_threefry2x32: operand %d holds %d elements, want %d", i, len(in[i]), want)
			}
		}
		y0, y1 := tensor.View[uint32](results[0]), tensor.View[uint32](results[1])
		if int64(len(y0)) != n || int64(len(y1)) != n {
			return fmt.Errorf("hlovm_threefry2x32: results hold %d and %d elements, want %d", len(y0), len(y1), n)
		}
		par := 1
		if ctx != nil {
			par = ctx.Parallelism
		}
		return parallelChunks(int(n), par, 1<<14, func(lo, hi int) {
			threefryRange(in, scalar, y0, y1, lo, hi)
		})
	}, nil
}

// threefryRange fills y0[lo:hi], y1[lo:hi]. The common case (scalar keys,
// full counters) gets its own loop, with the key schedule out of the loop.
func threefryRange(in [4][]uint32, scalar [4]bool, y0, y1 []uint32, lo, hi int) {
	if scalar[0] && scalar[1] && !scalar[2] && !scalar[3] {
		k0, k1 := in[0][0], in[1][0]
		x0, x1 := in[2][lo:hi], in[3][lo:hi]
		o0, o1 := y0[lo:hi], y1[lo:hi]
		x1 = x1[:len(x0)]
		o0, o1 = o0[:len(x0)], o1[:len(x0)]
		i := 0
		for ; i+1 < len(x0); i += 2 {
			o0[i], o1[i], o0[i+1], o1[i+1] = threefry2x32Pair(k0, k1, x0[i], x1[i], x0[i+1], x1[i+1])
		}
		if i < len(x0) {
			o0[i], o1[i] = threefry2x32(k0, k1, x0[i], x1[i])
		}
		return
	}
	at := func(j, i int) uint32 {
		if scalar[j] {
			return in[j][0]
		}
		return in[j][i]
	}
	for i := lo; i < hi; i++ {
		y0[i], y1[i] = threefry2x32(at(0, i), at(1, i), at(2, i), at(3, i))
	}
}

// parallelChunks splits [0, n) into up to par contiguous chunks of at least
// minChunk elements; the first runs on the calling goroutine. A panic in any
// chunk comes back as an error: unrecovered in a goroutine, it would take the
// whole host process (the Python interpreter) down.
func parallelChunks(n, par, minChunk int, fn func(lo, hi int)) error {
	w := max(1, min(par, n/max(1, minChunk)))
	step := (n + w - 1) / max(1, w)
	run := func(lo, hi int) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error: %v", r)
			}
		}()
		fn(lo, hi)
		return nil
	}
	if w <= 1 {
		return run(0, n)
	}
	errs := make([]error, w)
	var wg sync.WaitGroup
	for c := 1; c*step < n; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[c] = run(c*step, min(n, (c+1)*step))
		}()
	}
	errs[0] = run(0, min(n, step))
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func philox4x32(x [4]uint32, k0, k1 uint32) [4]uint32 {
	for r := 0; r < 10; r++ {
		hi0, lo0 := bits.Mul32(x[0], 0xD2511F53)
		hi1, lo1 := bits.Mul32(x[2], 0xCD9E8D57)
		x = [4]uint32{hi1 ^ x[1] ^ k0, lo1, hi0 ^ x[3] ^ k1, lo0}
		k0 += 0x9E3779B9
		k1 += 0xBB67AE85
	}
	return x
}

// splitDim is the dimension XLA halves for 32-bit Threefry outputs.
func splitDim(shape []int64) int {
	for i, d := range shape {
		if d%2 == 0 {
			return i
		}
	}
	best := -1
	for i, d := range shape {
		if best == -1 || d > shape[best] {
			best = i
		}
	}
	return best
}

func (p *rngPlan) kernel(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
	if len(args) != 1 || len(results) != 2 {
		return fmt.Errorf("rng_bit_generator: expected 1 operand and 2 results")
	}
	state := append([]uint64(nil), tensor.View[uint64](args[0])[:p.stateLen]...)
	key := state[0]
	k0, k1 := uint32(key), uint32(key>>32)
	wide := p.outT.Bits() > 32
	out := make([]uint64, p.n)
	newState := append([]uint64(nil), state...)
	switch p.alg {
	case "THREE_FRY":
		ctr := state[1]
		if wide {
			for i := range out {
				c := ctr + uint64(i)
				y0, y1 := threefry2x32(k0, k1, uint32(c), uint32(c>>32))
				out[i] = uint64(y0) | uint64(y1)<<32
			}
			newState[1] = ctr + uint64(p.n)
			break
		}
		if len(p.shape) == 0 {
			y0, _ := threefry2x32(k0, k1, uint32(ctr), uint32(ctr>>32))
			out[0] = uint64(y0)
			newState[1] = ctr + 1
			break
		}
		sd := splitDim(p.shape)
		ds := p.shape[sd]
		hs := (ds + 1) / 2
		pre := prod(p.shape[:sd])
		post := prod(p.shape[sd+1:])
		var L uint64
		for a := int64(0); a < pre; a++ {
			for h := int64(0); h < hs; h++ {
				for b := int64(0); b < post; b++ {
					c := ctr + L
					L++
					y0, y1 := threefry2x32(k0, k1, uint32(c), uint32(c>>32))
					s := 2 * h
					out[(a*ds+s)*post+b] = uint64(y0)
					if s+1 < ds {
						out[(a*ds+s+1)*post+b] = uint64(y1)
					}
				}
			}
		}
		newState[1] = ctr + uint64(pre*hs*post)
	case "PHILOX":
		lo, hi := state[1], state[0]
		if p.stateLen >= 3 {
			hi = state[2]
		}
		per := 4
		if wide {
			per = 2
		}
		nv := (p.n + per - 1) / per
		for j := 0; j < nv; j++ {
			cl, carry := bits.Add64(lo, uint64(j), 0)
			ch := hi + carry
			y := philox4x32([4]uint32{uint32(cl), uint32(cl >> 32), uint32(ch), uint32(ch >> 32)}, k0, k1)
			if wide {
				w := [2]uint64{uint64(y[0]) | uint64(y[1])<<32, uint64(y[2]) | uint64(y[3])<<32}
				for i := 0; i < 2 && 2*j+i < p.n; i++ {
					out[2*j+i] = w[i]
				}
			} else {
				for i := 0; i < 4 && 4*j+i < p.n; i++ {
					out[4*j+i] = uint64(y[i])
				}
			}
		}
		nl, carry := bits.Add64(lo, uint64(nv), 0)
		newState[1] = nl
		if p.stateLen >= 3 {
			newState[2] = hi + carry
		}
	}
	copy(tensor.View[uint64](results[0]), newState)
	writeBits(results[1], out)
	return nil
}

// writeBits stores raw bit patterns, keeping the low bits for narrow types
// (sub-byte signed types sign-extended in their byte, as tensor.Buffer stores them).
func writeBits(dst *tensor.Buffer, v []uint64) {
	switch dst.DType.StorageSize() {
	case 8:
		copy(tensor.View[uint64](dst), v)
	case 4:
		o := tensor.View[uint32](dst)
		for i, x := range v {
			o[i] = uint32(x)
		}
	case 2:
		o := tensor.View[uint16](dst)
		for i, x := range v {
			o[i] = uint16(x)
		}
	case 1:
		w := dst.DType.Bits()
		for i, x := range v {
			b := uint8(x)
			if w < 8 {
				b &= 1<<w - 1
				if dst.DType.IsSigned() && b&(1<<(w-1)) != 0 {
					b |= ^uint8(0) << w
				}
			}
			dst.Data[i] = b
		}
	}
}
