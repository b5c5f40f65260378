package elementwise

import (
	"fmt"
	"math"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// stablehlo.fma (VHLO 1.24.0): a*b+c rounded once, on every float type.
//
// f64 uses math.FMA. Narrower types are computed in float64 with the sum
// rounded to odd: the product of two operands of at most 24 significant bits
// is exact in float64, the sum's rounding error is recovered exactly
// (TwoSum), and a float64 rounded to odd, having at least two bits more than
// the target, then rounds to the nearest target value exactly as the infinite
// precision result would (Boldo and Melquiond, "Emulation of FMA and
// correctly rounded sums: proved algorithms using rounding to odd", 2008).
// Plain a*b+c in float64 would round twice.

// fmaRoundOdd returns a*b+c for operands whose product is exact in float64,
// rounded to odd at float64's precision.
func fmaRoundOdd(a, b, c float64) float64 {
	p := a * b
	s := p + c
	if math.IsInf(s, 0) || s != s {
		return s
	}
	// TwoSum: s + e == p + c exactly.
	bv := s - p
	e := (p - (s - bv)) + (c - bv)
	if e == 0 {
		return s
	}
	bits := math.Float64bits(s)
	if bits&1 != 0 {
		return s // already odd
	}
	// Move one ulp toward the exact value: the odd neighbour on its side.
	if (e > 0) == (s > 0) {
		bits++
	} else {
		bits--
	}
	return math.Float64frombits(bits)
}

func fmaF64(d, a, b, c []float64, lo, hi int) {
	for i := lo; i < hi; i++ {
		d[i] = math.FMA(a[i], b[i], c[i])
	}
}

func fmaF32(d, a, b, c []float32, lo, hi int) {
	for i := lo; i < hi; i++ {
		d[i] = float32(fmaRoundOdd(float64(a[i]), float64(b[i]), float64(c[i])))
	}
}

// fmaLowp runs fma on a narrow float type: decode to float64 (exact), fused
// sum rounded to odd, one rounding into the type.
func fmaLowp(dt tensor.DType) func(d, a, b, c []byte, lo, hi int) {
	c := codecFor(dt)
	enc := encodeF64(dt)
	sz := c.size
	return func(d, a, b, cc []byte, lo, hi int) {
		var x, y, z [lowpBlock]float32
		var r [lowpBlock]float64
		for s := lo; s < hi; s += lowpBlock {
			e := min(s+lowpBlock, hi)
			k := e - s
			c.dec(x[:k], a[s*sz:e*sz])
			c.dec(y[:k], b[s*sz:e*sz])
			c.dec(z[:k], cc[s*sz:e*sz])
			for i := 0; i < k; i++ {
				r[i] = fmaRoundOdd(float64(x[i]), float64(y[i]), float64(z[i]))
			}
			enc(d[s*sz:e*sz], r[:k])
		}
	}
}

// fmaRange is the raw fma loop over elements [lo, hi) of float type dt.
func fmaRange(dt tensor.DType) func(d, a, b, c []byte, lo, hi int) {
	switch dt {
	case tensor.F64:
		return func(d, a, b, c []byte, lo, hi int) {
			fmaF64(tensor.ViewBytes[float64](d), tensor.ViewBytes[float64](a), tensor.ViewBytes[float64](b), tensor.ViewBytes[float64](c), lo, hi)
		}
	case tensor.F32:
		return func(d, a, b, c []byte, lo, hi int) {
			fmaF32(tensor.ViewBytes[float32](d), tensor.ViewBytes[float32](a), tensor.ViewBytes[float32](b), tensor.ViewBytes[float32](c), lo, hi)
		}
	}
	return fmaLowp(dt)
}

func buildFMA(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 3, 1)
	if err != nil {
		return nil, err
	}
	dt := outs[0]
	if ins[0] != dt || ins[1] != dt || ins[2] != dt {
		return nil, fmt.Errorf("types %v, %v, %v -> %v are not one element type", ins[0], ins[1], ins[2], dt)
	}
	if !dt.IsFloat() || dt.IsComplex() {
		return nil, fmt.Errorf("fma is defined on float types, not %v", dt)
	}
	if !sameShape(op) {
		return nil, fmt.Errorf("operand and result shapes differ")
	}
	run := fmaRange(dt)
	sz := dt.StorageSize()
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(args) != 3 || len(results) != 1 {
			return fmt.Errorf("fma kernel got %d operands and %d results", len(args), len(results))
		}
		d, a, b, c := results[0].Data, args[0].Data, args[1].Data, args[2].Data
		if len(a) != len(d) || len(b) != len(d) || len(c) != len(d) {
			return fmt.Errorf("fma: buffer sizes %d, %d, %d do not match the result's %d", len(a), len(b), len(c), len(d))
		}
		// Each element reads its own a, b, c before writing d: safe when d
		// shares storage with a dying operand.
		parallelForGrain(ctx, len(d)/sz, grainMedium, func(lo, hi int) { run(d, a, b, c, lo, hi) })
		return nil
	}, nil
}
