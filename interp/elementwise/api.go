package elementwise

import (
	"fmt"
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

// SelectFunc returns the raw loop of stablehlo.select with an element-wise
// predicate (one byte per element) on values of type d.
func SelectFunc(d tensor.DType) func(dst, pred, onTrue, onFalse []byte) {
	sz := d.StorageSize()
	return func(dst, pred, t, f []byte) { selectRun(sz, dst, pred, t, f, 0, len(pred)) }
}

// ClampFunc returns the raw loop of stablehlo.clamp with element-wise bounds
// on type d. dst must not alias an operand.
func ClampFunc(d tensor.DType) (func(dst, lo, x, hi []byte), error) {
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
	return func(dst, lo, x, hi []byte) {
		fmax(dst, x, lo)
		fmin(dst, dst, hi)
	}, nil
}

// FMAFunc returns the raw loop of stablehlo.fma on float type d.
func FMAFunc(d tensor.DType) (func(dst, a, b, c []byte), error) {
	if !d.IsFloat() || d.IsComplex() {
		return nil, fmt.Errorf("fma is defined on float types, not %v", d)
	}
	run := fmaRange(d)
	sz := d.StorageSize()
	return func(dst, a, b, c []byte) { run(dst, a, b, c, 0, len(dst)/sz) }, nil
}
