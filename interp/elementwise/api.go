package elementwise

import (
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// BinaryFunc returns the raw element loop of a binary element-wise op
// ("add" or "stablehlo.add", also maximum, minimum, multiply, and, or, xor, ...)
// on element type d. dst, a and b hold the same number of elements in raw
// storage (d.StorageSize() bytes each, 8-byte aligned when their element type
// needs it); dst may alias a or b. Reduce, scatter and similar kernels use it to
// run a recognised body without going through the VM.
func BinaryFunc(op string, d tensor.DType) (func(dst, a, b []byte), error) {
	f, err := binaryFor(strings.TrimPrefix(op, "stablehlo."), d)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// UnaryFunc returns the raw element loop of a unary op whose result has the
// operand's element type (negate, exponential, not, ...).
func UnaryFunc(op string, d tensor.DType) (func(dst, a []byte), error) {
	f, err := unaryFor(strings.TrimPrefix(op, "stablehlo."), d)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// ConvertFunc returns the raw loop of stablehlo.convert from type a to type d.
func ConvertFunc(a, d tensor.DType) (func(dst, src []byte), error) {
	f, err := convertFor(a, d)
	if err != nil {
		return nil, err
	}
	return f, nil
}
