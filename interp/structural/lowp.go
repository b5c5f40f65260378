package structural

import (
	"math"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// Typed reductions for bf16 and f16: values are widened to f32, combined in
// f32 and rounded back to the 16-bit type after every step, as XLA computes
// them (and as the generic path does, at a tenth of the speed).

type lowpCodec struct {
	dec func(uint16) float32
	enc func(float32) uint16
}

func lowpCodecFor(d tensor.DType) (lowpCodec, bool) {
	switch d {
	case tensor.BF16:
		return lowpCodec{func(b uint16) float32 { return math.Float32frombits(uint32(b) << 16) }, bf16Bits}, true
	case tensor.F16:
		return lowpCodec{halfToFloat32, halfBits}, true
	}
	return lowpCodec{}, false
}

// lowpReduce returns the kernel for a recognised binary body on bf16/f16, or
// nil for ops it does not cover.
func lowpReduce(d tensor.DType, k binKind, plan reducePlan) interp.Kernel {
	c, ok := lowpCodecFor(d)
	if !ok {
		return nil
	}
	var f func(a, b float32) float32
	switch k {
	case binAdd:
		f = func(a, b float32) float32 { return c.dec(c.enc(a + b)) }
	case binMul:
		f = func(a, b float32) float32 { return c.dec(c.enc(a * b)) }
	case binMax:
		f = maxChain[float32] // the result is an operand: no rounding
	case binMin:
		f = minChain[float32]
	default:
		return nil
	}
	return func(ctx *interp.Ctx, args, res []*tensor.Buffer) error {
		in := tensor.View[uint16](args[0])
		out := tensor.View[uint16](res[0])
		init := c.dec(tensor.View[uint16](args[1])[0])
		// Accumulate in f32 (each step already rounded to the 16-bit type).
		acc := make([]float32, len(out))
		for i := range acc {
			acc[i] = init
		}
		run := func(p reducePlan) {
			p.walk(func(inOff, outOff, n, is, os int64) {
				if os == 0 {
					a := acc[outOff]
					for j := int64(0); j < n; j++ {
						a = f(a, c.dec(in[inOff+j*is]))
					}
					acc[outOff] = a
					return
				}
				for j := int64(0); j < n; j++ {
					o := outOff + j*os
					acc[o] = f(acc[o], c.dec(in[inOff+j*is]))
				}
			})
		}
		parts := plan.split(parallelism(ctx, int64(len(in))*8))
		parallelFor(len(parts), int64(len(parts)), func(lo, hi int64) {
			for i := lo; i < hi; i++ {
				run(parts[i])
			}
		})
		for i, a := range acc {
			out[i] = c.enc(a)
		}
		return nil
	}
}
