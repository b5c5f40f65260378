package elementwise

import (
	"fmt"
	"math"
	"math/cmplx"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// buildSelect: pred is i1 of the operands' shape or a scalar.
func buildSelect(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 3, 1)
	if err != nil {
		return nil, err
	}
	if ins[0] != tensor.I1 || ins[1] != ins[2] || ins[1] != outs[0] {
		return nil, fmt.Errorf("types %v, %v, %v -> %v do not fit select", ins[0], ins[1], ins[2], outs[0])
	}
	sz := outs[0].StorageSize()
	scalarPred := len(shapeOf(op.Operands[0])) == 0
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(args) != 3 || len(results) != 1 {
			return fmt.Errorf("select kernel got %d operands and %d results", len(args), len(results))
		}
		d, t, f, p := results[0].Data, args[1].Data, args[2].Data, args[0].Data
		n := len(d) / sz
		if len(t) != len(d) || len(f) != len(d) || (scalarPred && len(p) != 1) || (!scalarPred && len(p) != n) {
			return fmt.Errorf("select: buffer sizes %d, %d, %d, %d do not match the result's %d", len(p), len(t), len(f), len(d), len(d))
		}
		if scalarPred {
			if p[0] != 0 {
				copy(d, t)
			} else {
				copy(d, f)
			}
			return nil
		}
		if serial(ctx, n, grain) {
			selectRun(sz, d, p, t, f, 0, n)
			return nil
		}
		parallelFor(ctx, n, func(lo, hi int) { selectRun(sz, d, p, t, f, lo, hi) })
		return nil
	}, nil
}

func selectTyped[T tensor.Elem](d, p, t, f []byte, lo, hi int) {
	dv, tv, fv := tensor.ViewBytes[T](d), tensor.ViewBytes[T](t), tensor.ViewBytes[T](f)
	for i := lo; i < hi; i++ {
		// Load both, then choose: a conditional move, not a branch that
		// random masks would mispredict.
		v := fv[i]
		if p[i] != 0 {
			v = tv[i]
		}
		dv[i] = v
	}
}

func selectRun(sz int, d, p, t, f []byte, lo, hi int) {
	switch sz {
	case 1:
		selectTyped[uint8](d, p, t, f, lo, hi)
	case 2:
		selectTyped[uint16](d, p, t, f, lo, hi)
	case 4:
		selectTyped[uint32](d, p, t, f, lo, hi)
	case 8:
		selectTyped[uint64](d, p, t, f, lo, hi)
	default:
		for i := lo; i < hi; i++ {
			src := f
			if p[i] != 0 {
				src = t
			}
			copy(d[i*sz:(i+1)*sz], src[i*sz:(i+1)*sz])
		}
	}
}

// buildClamp: min(max(operand, lo), hi) with the maximum/minimum semantics of
// the element type; lo and hi are scalars or of the operand's shape.
func buildClamp(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 3, 1)
	if err != nil {
		return nil, err
	}
	d := outs[0]
	if ins[0] != d || ins[1] != d || ins[2] != d {
		return nil, fmt.Errorf("types %v, %v, %v -> %v do not fit clamp", ins[0], ins[1], ins[2], d)
	}
	if d.IsComplex() {
		return nil, fmt.Errorf("clamp is not defined on %v", d)
	}
	fmax, err := binaryFor("maximum", d)
	if err != nil {
		return nil, err
	}
	fmin, err := binaryFor("minimum", d)
	if err != nil {
		return nil, err
	}
	sz := d.StorageSize()
	loScalar := len(shapeOf(op.Operands[0])) == 0
	hiScalar := len(shapeOf(op.Operands[2])) == 0
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(args) != 3 || len(results) != 1 {
			return fmt.Errorf("clamp kernel got %d operands and %d results", len(args), len(results))
		}
		lo, x, hi, dst := args[0].Data, args[1].Data, args[2].Data, results[0].Data
		n := len(dst) / sz
		ok := len(x) == len(dst) && (loScalar && len(lo) == sz || len(lo) == len(dst)) && (hiScalar && len(hi) == sz || len(hi) == len(dst))
		if !ok {
			return fmt.Errorf("clamp: buffer sizes %d, %d, %d do not match the result's %d", len(lo), len(x), len(hi), len(dst))
		}
		parallelFor(ctx, n, func(a, b int) {
			const blk = 256
			var lob, hib []byte
			if loScalar {
				lob = repeat(lo, min(blk, b-a))
			}
			if hiScalar {
				hib = repeat(hi, min(blk, b-a))
			}
			tmp := tensor.AlignedBytes(min(blk, b-a) * sz)
			for s := a; s < b; s += blk {
				e := min(s+blk, b)
				k := e - s
				l, h := lob, hib
				if !loScalar {
					l = lo[s*sz : e*sz]
				}
				if !hiScalar {
					h = hi[s*sz : e*sz]
				}
				// max into scratch first: the VM may hand dst the storage of any
				// dying operand (lo, x or hi), so every operand element must be
				// read before the element of dst at the same index is written.
				fmax(tmp[:k*sz], x[s*sz:e*sz], l[:k*sz])
				fmin(dst[s*sz:e*sz], tmp[:k*sz], h[:k*sz])
			}
		})
		return nil
	}, nil
}

// repeat returns n copies of one element's bytes, 8-byte aligned.
func repeat(elem []byte, n int) []byte {
	out := tensor.AlignedBytes(len(elem) * n)
	for i := 0; i < n; i++ {
		copy(out[i*len(elem):], elem)
	}
	return out
}

func buildConstant(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	_, outs, err := opTypes(op, 0, 1)
	if err != nil {
		return nil, err
	}
	attr, ok := op.Attr("value").(*stablehlo.DenseElementsAttr)
	if !ok {
		return nil, fmt.Errorf("value attribute %v is not a dense elements attribute", op.Attr("value"))
	}
	sz := outs[0].StorageSize()
	if stablehlo.ElementDType(attr.Type) != outs[0] {
		return nil, fmt.Errorf("value of type %v does not match result element type %v", attr.Type, outs[0])
	}
	data := attr.Data
	splat := attr.Splat || (len(data) == sz && tensor.NumElements(shapeOf(op.Results[0])) != 1)
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(results) != 1 {
			return fmt.Errorf("constant kernel got %d results", len(results))
		}
		d := results[0].Data
		if splat {
			if len(data) != sz {
				return fmt.Errorf("constant: splat holds %d bytes, want %d", len(data), sz)
			}
			for i := 0; i < len(d); i += sz {
				copy(d[i:i+sz], data)
			}
		} else {
			if len(data) != len(d) {
				return fmt.Errorf("constant: value holds %d bytes, result %d", len(data), len(d))
			}
			copy(d, data)
		}
		// The attribute keeps only a sub-byte type's bits (-1 : i4 is 0x0F, as
		// MLIR does); buffers hold signed ones sign-extended to the byte.
		fixNarrow(outs[0], d)
		return nil
	}, nil
}

func buildIota(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	_, outs, err := opTypes(op, 0, 1)
	if err != nil {
		return nil, err
	}
	d := outs[0]
	shape := shapeOf(op.Results[0])
	dimAttr, ok := op.Attr("iota_dimension").(*stablehlo.IntegerAttr)
	if !ok {
		return nil, fmt.Errorf("missing iota_dimension")
	}
	dim := dimAttr.Value
	if dim < 0 || dim >= int64(len(shape)) {
		return nil, fmt.Errorf("iota_dimension %d out of range for rank %d", dim, len(shape))
	}
	if kindOf(d) == 0 {
		return nil, fmt.Errorf("element type %v is not supported by iota", d)
	}
	var store func(dst []byte, src []int64)
	if d.IsComplex() || d.IsFloat() || d.IsInteger() || d.IsBool() {
		store = storeInts[int64](d)
	}
	stride := tensor.Strides(shape)[dim]
	size := shape[dim]
	sz := d.StorageSize()
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(results) != 1 {
			return fmt.Errorf("iota kernel got %d results", len(results))
		}
		dst := results[0].Data
		n := len(dst) / sz
		parallelFor(ctx, n, func(lo, hi int) {
			const blk = 1024
			idx := make([]int64, min(blk, hi-lo))
			for s := lo; s < hi; s += blk {
				e := min(s+blk, hi)
				for i := s; i < e; i++ {
					idx[i-s] = (int64(i) / stride) % size
				}
				store(dst[s*sz:e*sz], idx[:e-s])
			}
		})
		return nil
	}, nil
}

// buildComplex makes complex numbers from real and imaginary parts.
func buildComplex(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 2, 1)
	if err != nil {
		return nil, err
	}
	if ins[0] != ins[1] || outs[0].ComplexPart() != ins[0] {
		return nil, fmt.Errorf("types %v, %v -> %v do not fit complex", ins[0], ins[1], outs[0])
	}
	var f binaryFn
	if outs[0] == tensor.C64 {
		f = bin(func(d []complex64, a, b []float32) {
			for i := range d {
				d[i] = complex(a[i], b[i])
			}
		})
	} else {
		f = bin(func(d []complex128, a, b []float64) {
			for i := range d {
				d[i] = complex(a[i], b[i])
			}
		})
	}
	return binaryKernel(f, ins[0].StorageSize(), outs[0].StorageSize()), nil
}

// buildPart builds real, imag and abs for complex operands (result is the part
// type); for float operands real is a copy, imag is zero.
func buildPart(name string) interp.Builder {
	return func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		ins, outs, err := opTypes(op, 1, 1)
		if err != nil {
			return nil, err
		}
		a, d := ins[0], outs[0]
		var f unaryFn
		switch {
		case a.IsComplex() && a.ComplexPart() == d:
			part := map[string]func(complex128) float64{
				"real": func(z complex128) float64 { return real(z) },
				"imag": func(z complex128) float64 { return imag(z) },
				"abs":  cmplx.Abs,
			}[name]
			if a == tensor.C64 {
				f = un(func(o []float32, s []complex64) {
					for i, z := range s {
						o[i] = float32(part(complex128(z)))
					}
				})
			} else {
				f = un(func(o []float64, s []complex128) {
					for i, z := range s {
						o[i] = part(z)
					}
				})
			}
		case a == d && name == "real" && a.IsFloat():
			f = func(dst, src []byte) { copy(dst, src) }
		case a == d && name == "imag" && a.IsFloat():
			zero := tensor.FloatToBits(d, 0)
			sz := d.StorageSize()
			f = func(dst, src []byte) {
				for i := 0; i < len(dst); i += sz {
					for j := 0; j < sz; j++ {
						dst[i+j] = byte(zero >> (8 * j))
					}
				}
			}
		case a == d && name == "abs":
			f, err = unaryFor("abs", a)
			if err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("types %v -> %v do not fit %s", a, d, name)
		}
		return unaryKernel(f, a.StorageSize(), d.StorageSize()), nil
	}
}

func buildIsFinite(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 1, 1)
	if err != nil {
		return nil, err
	}
	a := ins[0]
	if !a.IsFloat() || outs[0] != tensor.I1 {
		return nil, fmt.Errorf("types %v -> %v do not fit is_finite", a, outs[0])
	}
	fin := func(d []byte, s []float32) {
		for i, v := range s {
			d[i] = 0
			if !math.IsInf(float64(v), 0) && v == v {
				d[i] = 1
			}
		}
	}
	var f unaryFn
	switch a {
	case tensor.F32:
		f = un(func(d []uint8, s []float32) { fin(d, s) })
	case tensor.F64:
		f = un(func(d []uint8, s []float64) {
			for i, v := range s {
				d[i] = 0
				if !math.IsInf(v, 0) && v == v {
					d[i] = 1
				}
			}
		})
	default:
		g := lowpTo(codecFor(a), 1, func(d []byte, s, _ []float32) { fin(d, s) })
		f = func(dst, src []byte) { g(dst, src, nil) }
	}
	return unaryKernel(f, a.StorageSize(), 1), nil
}

func buildConvert(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 1, 1)
	if err != nil {
		return nil, err
	}
	f, err := convertFor(ins[0], outs[0])
	if err != nil {
		return nil, err
	}
	g := grainCheap
	if kindOf(ins[0]) == gLowp || kindOf(outs[0]) == gLowp || ins[0].IsComplex() {
		g = grainMedium
	}
	return unaryKernelGrain(f, ins[0].StorageSize(), outs[0].StorageSize(), g), nil
}

// reducePrecision rounds bit patterns of a float with expBits/manBits to
// exponentBits/mantissaBits (RNE), flushing overflow to ±Inf and values at or
// below the reduced format's smallest normal exponent to ±0, as XLA does.
func reducePrecision(x uint64, expBits, manBits int, exponentBits, mantissaBits int) uint64 {
	total := 1 + expBits + manBits
	signMask := uint64(1) << (total - 1)
	expMask := (uint64(1)<<expBits - 1) << manBits
	manMask := uint64(1)<<manBits - 1
	isNaN := x&expMask == expMask && x&manMask != 0
	if isNaN {
		if mantissaBits > 0 {
			return x
		}
		return x&signMask | expMask // no mantissa left to hold a NaN: Inf
	}
	if mantissaBits < manBits {
		lastBit := uint64(1) << (manBits - mantissaBits)
		bias := (lastBit >> 1) - 1 + (x&lastBit)>>(manBits-mantissaBits)
		x = (x + bias) & ^(lastBit - 1)
		x &= signMask | expMask | manMask
	}
	if exponentBits < expBits {
		ebias := uint64(1)<<(expBits-1) - 1
		rbias := uint64(1)<<(exponentBits-1) - 1
		maxE, minE := ebias+rbias, ebias-rbias
		e := (x & expMask) >> manBits
		switch {
		case e > maxE:
			x = x&signMask | expMask
		case e <= minE:
			x &= signMask
		}
	}
	return x
}

func buildReducePrecision(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 1, 1)
	if err != nil {
		return nil, err
	}
	d := ins[0]
	if !d.IsFloat() || outs[0] != d {
		return nil, fmt.Errorf("types %v -> %v do not fit reduce_precision", d, outs[0])
	}
	eb, ok1 := op.Attr("exponent_bits").(*stablehlo.IntegerAttr)
	mb, ok2 := op.Attr("mantissa_bits").(*stablehlo.IntegerAttr)
	if !ok1 || !ok2 || eb.Value < 1 || mb.Value < 0 {
		return nil, fmt.Errorf("bad exponent_bits/mantissa_bits %v, %v", op.Attr("exponent_bits"), op.Attr("mantissa_bits"))
	}
	e, m := int(min(eb.Value, 64)), int(min(mb.Value, 64))
	f32 := func(dst, src []float32) {
		for i, v := range src {
			dst[i] = math.Float32frombits(uint32(reducePrecision(uint64(math.Float32bits(v)), 8, 23, e, m)))
		}
	}
	var f unaryFn
	switch d {
	case tensor.F32:
		f = un(f32)
	case tensor.F64:
		f = un(func(dst, src []float64) {
			for i, v := range src {
				dst[i] = math.Float64frombits(reducePrecision(math.Float64bits(v), 11, 52, e, m))
			}
		})
	default:
		f = lowpUnary(codecFor(d), f32)
	}
	return unaryKernel(f, d.StorageSize(), d.StorageSize()), nil
}

// buildBitcast reinterprets storage. Equal widths copy bytes (sub-byte types
// re-extend their bits); a wider operand splits into a trailing dimension of
// narrower elements and the reverse, little-endian, as the spec defines.
func buildBitcast(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
	ins, outs, err := opTypes(op, 1, 1)
	if err != nil {
		return nil, err
	}
	a, d := ins[0], outs[0]
	ab, db := a.Bits(), d.Bits()
	var f unaryFn
	switch {
	case ab == db && ab < 8:
		// Sub-byte (and i1): keep the low bits, re-extend for the result type.
		m := byte(1<<ab - 1)
		f = func(dst, src []byte) {
			for i, v := range src {
				dst[i] = v & m
			}
			fixNarrow(d, dst)
		}
	case ab%8 == 0 && db%8 == 0 && a.StorageSize()*8 == ab && d.StorageSize()*8 == db:
		f = func(dst, src []byte) { copy(dst, src) }
	default:
		return nil, fmt.Errorf("bitcast from %v to %v is not supported", a, d)
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(args) != 1 || len(results) != 1 || len(args[0].Data) != len(results[0].Data) {
			return fmt.Errorf("bitcast_convert: operand and result sizes differ")
		}
		f(results[0].Data, args[0].Data)
		return nil
	}, nil
}
