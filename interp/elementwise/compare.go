package elementwise

import (
	"fmt"
	"math"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

type ordered interface{ integer | float }

// cmpLoop writes 0/1 for each pair under direction dir (EQ NE LT LE GT GE).
func cmpLoop[T ordered](dir string) func(d []uint8, a, b []T) {
	switch dir {
	case "EQ":
		return func(d []uint8, a, b []T) {
			for i := range d {
				d[i] = b2u(a[i] == b[i])
			}
		}
	case "NE":
		return func(d []uint8, a, b []T) {
			for i := range d {
				d[i] = b2u(a[i] != b[i])
			}
		}
	case "LT":
		return func(d []uint8, a, b []T) {
			for i := range d {
				d[i] = b2u(a[i] < b[i])
			}
		}
	case "LE":
		return func(d []uint8, a, b []T) {
			for i := range d {
				d[i] = b2u(a[i] <= b[i])
			}
		}
	case "GT":
		return func(d []uint8, a, b []T) {
			for i := range d {
				d[i] = b2u(a[i] > b[i])
			}
		}
	case "GE":
		return func(d []uint8, a, b []T) {
			for i := range d {
				d[i] = b2u(a[i] >= b[i])
			}
		}
	}
	return nil
}

// b2u is 1 for true; a top-level function so the compiler inlines it.
func b2u(x bool) uint8 {
	if x {
		return 1
	}
	return 0
}

// totalKey maps a float to an integer whose signed order is IEEE totalOrder:
// -NaN < -Inf < ... < -0 < +0 < ... < +Inf < +NaN.
func totalKey32(f float32) int32 {
	k := int32(math.Float32bits(f))
	if k < 0 {
		k ^= math.MaxInt32
	}
	return k
}

func totalKey64(f float64) int64 {
	k := int64(math.Float64bits(f))
	if k < 0 {
		k ^= math.MaxInt64
	}
	return k
}

func totalLoop32(dir string) func(d []uint8, a, b []float32) {
	c := cmpLoop[int32](dir)
	return func(d []uint8, a, b []float32) {
		ka, kb := make([]int32, len(d)), make([]int32, len(d))
		for i := range d {
			ka[i], kb[i] = totalKey32(a[i]), totalKey32(b[i])
		}
		c(d, ka, kb)
	}
}

func totalLoop64(dir string) func(d []uint8, a, b []float64) {
	c := cmpLoop[int64](dir)
	return func(d []uint8, a, b []float64) {
		ka, kb := make([]int64, len(d)), make([]int64, len(d))
		for i := range d {
			ka[i], kb[i] = totalKey64(a[i]), totalKey64(b[i])
		}
		c(d, ka, kb)
	}
}

// complexCmp compares lexicographically (real part, then imaginary part).
func complexCmp[T cplx](dir string) func(d []uint8, a, b []T) {
	test := map[string]func(x, y complex128) bool{
		"EQ": func(x, y complex128) bool { return x == y },
		"NE": func(x, y complex128) bool { return x != y },
		"LT": clexLess,
		"LE": func(x, y complex128) bool { return x == y || clexLess(x, y) },
		"GT": func(x, y complex128) bool { return clexLess(y, x) },
		"GE": func(x, y complex128) bool { return x == y || clexLess(y, x) },
	}[dir]
	if test == nil {
		return nil
	}
	return func(d []uint8, a, b []T) {
		for i := range d {
			d[i] = 0
			if test(complex128(a[i]), complex128(b[i])) {
				d[i] = 1
			}
		}
	}
}

func cmpBin[T tensor.Elem](f func(d []uint8, a, b []T)) binaryFn {
	if f == nil {
		return nil
	}
	return bin(f)
}

// CompareFunc returns the raw loop of stablehlo.compare on element type d:
// dst gets one byte (0/1) per element. cmpType is FLOAT, TOTALORDER, SIGNED,
// UNSIGNED or "" / NOTYPE (chosen from the element type).
func CompareFunc(dir, cmpType string, d tensor.DType) (func(dst, a, b []byte), error) {
	f, err := compareFor(dir, cmpType, d)
	return f, err
}

func compareFor(dir, cmpType string, d tensor.DType) (binaryFn, error) {
	if cmpLoop[int8](dir) == nil {
		return nil, fmt.Errorf("unknown comparison_direction %q", dir)
	}
	total := cmpType == "TOTALORDER"
	var f binaryFn
	switch kindOf(d) {
	case gBool, gU8:
		f = cmpBin(cmpLoop[uint8](dir))
	case gI8:
		f = cmpBin(cmpLoop[int8](dir))
	case gI16:
		f = cmpBin(cmpLoop[int16](dir))
	case gI32:
		f = cmpBin(cmpLoop[int32](dir))
	case gI64:
		f = cmpBin(cmpLoop[int64](dir))
	case gU16:
		f = cmpBin(cmpLoop[uint16](dir))
	case gU32:
		f = cmpBin(cmpLoop[uint32](dir))
	case gU64:
		f = cmpBin(cmpLoop[uint64](dir))
	case gF32:
		if total {
			f = cmpBin(totalLoop32(dir))
		} else {
			f = cmpBin(cmpLoop[float32](dir))
		}
	case gF64:
		if total {
			f = cmpBin(totalLoop64(dir))
		} else {
			f = cmpBin(cmpLoop[float64](dir))
		}
	case gLowp:
		if total && d.StorageSize() >= 2 {
			// bf16/f16/tf32 order exactly like f32 once widened (sign and
			// payload kept).
			f = lowpTo(codecFor(d), 1, func(dst []byte, a, b []float32) { totalLoop32(dir)(dst, a, b) })
		} else if total {
			// 8-bit and smaller formats: order on the sign-magnitude bit patterns.
			f = lowpTotalBits(d, dir)
		} else {
			g := cmpLoop[float32](dir)
			f = lowpTo(codecFor(d), 1, func(dst []byte, a, b []float32) { g(dst, a, b) })
		}
	case gC64:
		f = cmpBin(complexCmp[complex64](dir))
	case gC128:
		f = cmpBin(complexCmp[complex128](dir))
	}
	if f == nil {
		return nil, fmt.Errorf("element type %v is not supported by compare", d)
	}
	return f, nil
}

// lowpTotalBits orders one-byte float patterns as sign-magnitude integers.
func lowpTotalBits(d tensor.DType, dir string) binaryFn {
	nb := d.Bits()
	c := cmpLoop[int16](dir)
	key := func(v byte) int16 {
		m := int16(v) & (1<<(nb-1) - 1)
		if d == tensor.F8E8M0FNU { // unsigned format: plain order
			return int16(v)
		}
		if v>>(nb-1)&1 == 1 {
			return -m - 1
		}
		return m
	}
	return func(dst, a, b []byte) {
		ka, kb := make([]int16, len(dst)), make([]int16, len(dst))
		for i := range dst {
			ka[i], kb[i] = key(a[i]), key(b[i])
		}
		c(dst, ka, kb)
	}
}

func buildCompare(op *stablehlo.Op) (binaryFn, int, error) {
	ins, outs, err := opTypes(op, 2, 1)
	if err != nil {
		return nil, 0, err
	}
	if ins[0] != ins[1] || outs[0] != tensor.I1 {
		return nil, 0, fmt.Errorf("operand types %v, %v and result %v do not fit compare", ins[0], ins[1], outs[0])
	}
	dir, _ := op.Attr("comparison_direction").(stablehlo.EnumAttr)
	ct, _ := op.Attr("compare_type").(stablehlo.EnumAttr)
	f, err := compareFor(dir.Value, ct.Value, ins[0])
	return f, ins[0].StorageSize(), err
}
