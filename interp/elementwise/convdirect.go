package elementwise

import "github.com/hlovm/hlovm/tensor"

// Direct conversion loops for the pairs where Go's own conversion is exactly
// StableHLO's: integer (or bool, stored 0/1) to integer (two's complement
// wrap) or to f32/f64 (round to nearest even), and f32/f64 to f32/f64. One
// pass, no wide intermediate. Float to integer (saturating, NaN → 0), anything
// to bool (x != 0), narrow floats and complex take the general path.

type real_ interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64
}

func convLoop[D, S real_](dst []D, src []S) {
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] = D(v)
	}
}

// directTo picks the destination loop for source element type S.
func directTo[S real_](d tensor.DType, srcIsFloat bool) unaryFn {
	switch kindOf(d) {
	case gF32:
		return un(convLoop[float32, S])
	case gF64:
		return un(convLoop[float64, S])
	}
	if srcIsFloat {
		return nil
	}
	switch kindOf(d) {
	case gI8:
		return withFix1(d, un(convLoop[int8, S]))
	case gI16:
		return un(convLoop[int16, S])
	case gI32:
		return un(convLoop[int32, S])
	case gI64:
		return un(convLoop[int64, S])
	case gU8:
		return withFix1(d, un(convLoop[uint8, S]))
	case gU16:
		return un(convLoop[uint16, S])
	case gU32:
		return un(convLoop[uint32, S])
	case gU64:
		return un(convLoop[uint64, S])
	}
	return nil
}

// directConvert returns a one-pass loop from a to d, or nil.
func directConvert(a, d tensor.DType) unaryFn {
	if d.IsBool() {
		return nil
	}
	switch kindOf(a) {
	case gBool, gU8:
		return directTo[uint8](d, false)
	case gI8:
		return directTo[int8](d, false)
	case gI16:
		return directTo[int16](d, false)
	case gI32:
		return directTo[int32](d, false)
	case gI64:
		return directTo[int64](d, false)
	case gU16:
		return directTo[uint16](d, false)
	case gU32:
		return directTo[uint32](d, false)
	case gU64:
		return directTo[uint64](d, false)
	case gF32:
		return directTo[float32](d, true)
	case gF64:
		return directTo[float64](d, true)
	}
	return nil
}
