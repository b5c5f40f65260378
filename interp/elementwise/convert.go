package elementwise

import (
	"fmt"
	"math"

	"github.com/hlovm/hlovm/tensor"
)

// Conversion goes through one wide form per family, so N types need 2N
// functions rather than N^2 loops: signed and bool → int64, unsigned → uint64,
// float → float64 (every float format is exact in float64), complex → complex128.
type wide uint8

const (
	wInt wide = iota
	wUint
	wFloat
	wComplex
)

func wideOf(d tensor.DType) wide {
	switch {
	case d.IsBool() || d.IsSigned():
		return wInt
	case d.IsUnsigned():
		return wUint
	case d.IsFloat():
		return wFloat
	}
	return wComplex
}

// wideBuf is one block of values in wide form.
type wideBuf struct {
	i []int64
	u []uint64
	f []float64
	c []complex128
}

func widen[T ordered, W int64 | uint64 | float64](dst []W, src []byte) {
	s := tensor.ViewBytes[T](src)
	for i := range dst {
		dst[i] = W(s[i])
	}
}

// loader fills the block's wide slice of the operand's family from raw data.
func loader(d tensor.DType) func(w *wideBuf, src []byte) {
	switch kindOf(d) {
	case gBool, gU8:
		if d.IsBool() {
			return func(w *wideBuf, src []byte) { widen[uint8](w.i, src) }
		}
		return func(w *wideBuf, src []byte) { widen[uint8](w.u, src) }
	case gI8:
		return func(w *wideBuf, src []byte) { widen[int8](w.i, src) }
	case gI16:
		return func(w *wideBuf, src []byte) { widen[int16](w.i, src) }
	case gI32:
		return func(w *wideBuf, src []byte) { widen[int32](w.i, src) }
	case gI64:
		return func(w *wideBuf, src []byte) { widen[int64](w.i, src) }
	case gU16:
		return func(w *wideBuf, src []byte) { widen[uint16](w.u, src) }
	case gU32:
		return func(w *wideBuf, src []byte) { widen[uint32](w.u, src) }
	case gU64:
		return func(w *wideBuf, src []byte) { widen[uint64](w.u, src) }
	case gF32:
		return func(w *wideBuf, src []byte) { widen[float32](w.f, src) }
	case gF64:
		return func(w *wideBuf, src []byte) { copy(w.f, tensor.ViewBytes[float64](src)) }
	case gLowp:
		c := codecFor(d)
		return func(w *wideBuf, src []byte) {
			tmp := make([]float32, len(w.f))
			c.dec(tmp, src)
			for i, v := range tmp {
				w.f[i] = float64(v)
			}
		}
	case gC64:
		return func(w *wideBuf, src []byte) {
			s := tensor.ViewBytes[complex64](src)
			for i := range w.c {
				w.c[i] = complex128(s[i])
			}
		}
	case gC128:
		return func(w *wideBuf, src []byte) { copy(w.c, tensor.ViewBytes[complex128](src)) }
	}
	return nil
}

func narrowTo[T ordered, W int64 | uint64](dst []byte, src []W) {
	o := tensor.ViewBytes[T](dst)
	for i, v := range src {
		o[i] = T(v)
	}
}

// intRange is the value range of an integer type.
func intRange(d tensor.DType) (lo int64, hi uint64) {
	b := intBits(d)
	if d.IsUnsigned() {
		if b == 64 {
			return 0, math.MaxUint64
		}
		return 0, 1<<b - 1
	}
	return -1 << (b - 1), 1<<(b-1) - 1
}

// storeInts writes integer values (int64 or uint64 wide form) as type d.
// Integer to integer wraps (two's complement), as StableHLO defines.
func storeInts[W int64 | uint64](d tensor.DType) func(dst []byte, src []W) {
	switch kindOf(d) {
	case gBool:
		return func(dst []byte, src []W) {
			for i, v := range src {
				dst[i] = 0
				if v != 0 {
					dst[i] = 1
				}
			}
		}
	case gI8:
		return func(dst []byte, src []W) { narrowTo[int8](dst, src); fixNarrow(d, dst) }
	case gU8:
		return func(dst []byte, src []W) { narrowTo[uint8](dst, src); fixNarrow(d, dst) }
	case gI16:
		return narrowTo[int16, W]
	case gU16:
		return narrowTo[uint16, W]
	case gI32:
		return narrowTo[int32, W]
	case gU32:
		return narrowTo[uint32, W]
	case gI64:
		return narrowTo[int64, W]
	case gU64:
		return narrowTo[uint64, W]
	case gF32:
		return func(dst []byte, src []W) {
			o := tensor.ViewBytes[float32](dst)
			for i, v := range src {
				o[i] = float32(v)
			}
		}
	case gF64:
		return func(dst []byte, src []W) {
			o := tensor.ViewBytes[float64](dst)
			for i, v := range src {
				o[i] = float64(v)
			}
		}
	case gLowp:
		enc := encodeF64(d)
		return func(dst []byte, src []W) {
			f := make([]float64, len(src))
			for i, v := range src {
				f[i] = float64(v)
			}
			enc(dst, f)
		}
	case gC64:
		return func(dst []byte, src []W) {
			o := tensor.ViewBytes[complex64](dst)
			for i, v := range src {
				o[i] = complex(float32(v), 0)
			}
		}
	case gC128:
		return func(dst []byte, src []W) {
			o := tensor.ViewBytes[complex128](dst)
			for i, v := range src {
				o[i] = complex(float64(v), 0)
			}
		}
	}
	return nil
}

// storeFloats writes float64 values as type d. Float to integer follows XLA:
// NaN becomes 0 and out-of-range values saturate to the type's limits;
// in range, the value is truncated toward zero.
func storeFloats(d tensor.DType) func(dst []byte, src []float64) {
	switch wideOf(d) {
	case wInt, wUint:
		if d.IsBool() {
			return func(dst []byte, src []float64) {
				for i, v := range src {
					dst[i] = 0
					if v != 0 {
						dst[i] = 1
					}
				}
			}
		}
		lo, hi := intRange(d)
		flo, fhi := float64(lo), float64(hi) // fhi may round up (2^63, 2^64): ">=" then saturates right
		if d.IsUnsigned() {
			st := storeInts[uint64](d)
			return func(dst []byte, src []float64) {
				u := make([]uint64, len(src))
				for i, v := range src {
					switch {
					case v != v || v <= 0:
						u[i] = 0
					case v >= fhi:
						u[i] = hi
					default:
						u[i] = uint64(v)
					}
				}
				st(dst, u)
			}
		}
		st := storeInts[int64](d)
		return func(dst []byte, src []float64) {
			s := make([]int64, len(src))
			for i, v := range src {
				switch {
				case v != v:
					s[i] = 0
				case v <= flo:
					s[i] = lo
				case v >= fhi:
					s[i] = int64(hi)
				default:
					s[i] = int64(v)
				}
			}
			st(dst, s)
		}
	case wFloat:
		return encodeF64(d)
	}
	if d == tensor.C64 {
		return func(dst []byte, src []float64) {
			o := tensor.ViewBytes[complex64](dst)
			for i, v := range src {
				o[i] = complex(float32(v), 0)
			}
		}
	}
	return func(dst []byte, src []float64) {
		o := tensor.ViewBytes[complex128](dst)
		for i, v := range src {
			o[i] = complex(v, 0)
		}
	}
}

// storeComplex writes complex values as d: complex to complex keeps both parts,
// anything else (bool included) takes the real part, as XLA does.
func storeComplex(d tensor.DType) func(dst []byte, src []complex128) {
	switch d {
	case tensor.C64:
		return func(dst []byte, src []complex128) {
			o := tensor.ViewBytes[complex64](dst)
			for i, v := range src {
				o[i] = complex64(v)
			}
		}
	case tensor.C128:
		return func(dst []byte, src []complex128) { copy(tensor.ViewBytes[complex128](dst), src) }
	}
	sf := storeFloats(d)
	return func(dst []byte, src []complex128) {
		f := make([]float64, len(src))
		for i, v := range src {
			f[i] = real(v)
		}
		sf(dst, f)
	}
}

// convertFor builds the raw loop converting from type a to type d.
func convertFor(a, d tensor.DType) (unaryFn, error) {
	if a == d {
		return func(dst, src []byte) { copy(dst, src) }, nil
	}
	// Fast paths for the common float conversions.
	switch {
	case a == tensor.F32 && d == tensor.F64:
		return un(func(o []float64, s []float32) {
			for i, v := range s {
				o[i] = float64(v)
			}
		}), nil
	case a == tensor.F64 && d == tensor.F32:
		return un(func(o []float32, s []float64) {
			for i, v := range s {
				o[i] = float32(v)
			}
		}), nil
	case a == tensor.F32 && (d == tensor.BF16 || d == tensor.F16):
		c := codecFor(d)
		return func(dst, src []byte) { c.enc(dst, tensor.ViewBytes[float32](src)) }, nil
	case (a == tensor.BF16 || a == tensor.F16) && d == tensor.F32:
		c := codecFor(a)
		return func(dst, src []byte) { c.dec(tensor.ViewBytes[float32](dst), src) }, nil
	}
	if f := directConvert(a, d); f != nil {
		return f, nil
	}
	load := loader(a)
	if load == nil || kindOf(d) == 0 {
		return nil, fmt.Errorf("conversion from %v to %v is not supported", a, d)
	}
	asz, dsz := a.StorageSize(), d.StorageSize()
	const blk = 1024
	var store func(w *wideBuf, dst []byte)
	switch wideOf(a) {
	case wInt:
		st := storeInts[int64](d)
		store = func(w *wideBuf, dst []byte) { st(dst, w.i) }
	case wUint:
		st := storeInts[uint64](d)
		store = func(w *wideBuf, dst []byte) { st(dst, w.u) }
	case wFloat:
		st := storeFloats(d)
		store = func(w *wideBuf, dst []byte) { st(dst, w.f) }
	default:
		st := storeComplex(d)
		store = func(w *wideBuf, dst []byte) { st(dst, w.c) }
	}
	fam := wideOf(a)
	return func(dst, src []byte) {
		n := len(src) / asz
		var w wideBuf
		m := min(n, blk)
		switch fam {
		case wInt:
			w.i = make([]int64, m)
		case wUint:
			w.u = make([]uint64, m)
		case wFloat:
			w.f = make([]float64, m)
		default:
			w.c = make([]complex128, m)
		}
		full := w
		for lo := 0; lo < n; lo += blk {
			hi := min(lo+blk, n)
			k := hi - lo
			w = wideBuf{i: cut(full.i, k), u: cut(full.u, k), f: cut(full.f, k), c: cut(full.c, k)}
			load(&w, src[lo*asz:hi*asz])
			store(&w, dst[lo*dsz:hi*dsz])
		}
	}, nil
}

func cut[T any](s []T, k int) []T {
	if s == nil {
		return nil
	}
	return s[:k]
}
