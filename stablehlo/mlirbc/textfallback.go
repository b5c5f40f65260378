package mlirbc

import (
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Assembly-format fallback entries (§2.7) hold MLIR text. Writers use it for
// the staged builtin float types (f8E4M3FN, tf32, ...) and for dialects without
// a bytecode encoding. The simple builtin forms are parsed here; anything else
// is kept verbatim as an opaque type or attribute (this package must not depend
// on the text parser).

// parseTypeText parses element types, none, !stablehlo.token, complex<...> and
// simple ranked/unranked tensor types; other text becomes an OpaqueType.
func parseTypeText(s string) stablehlo.Type {
	s = strings.TrimSpace(s)
	if t, ok := simpleType(s); ok {
		return t
	}
	return stablehlo.OpaqueType{Text: s}
}

func simpleType(s string) (stablehlo.Type, bool) {
	if d, ok := tensor.ParseDType(s); ok {
		return stablehlo.Scalar(d), true
	}
	if q, ok := parseQuantText(s); ok {
		return q, true
	}
	switch s {
	case "none":
		return stablehlo.NoneType{}, true
	case "!stablehlo.token":
		return stablehlo.TokenType{}, true
	}
	if strings.HasPrefix(s, "complex<") && strings.HasSuffix(s, ">") {
		if e, ok := simpleType(s[len("complex<") : len(s)-1]); ok {
			// complex of f32/f64 was handled by ParseDType; others stay text.
			return stablehlo.OpaqueType{Text: "complex<" + e.String() + ">"}, true
		}
		return nil, false
	}
	if !strings.HasPrefix(s, "tensor<") || !strings.HasSuffix(s, ">") {
		return nil, false
	}
	body := s[len("tensor<") : len(s)-1]
	if elem := strings.TrimLeft(body, "0123456789?x*"); strings.ContainsAny(body, ",<") &&
		!strings.HasPrefix(elem, "complex<") && !strings.HasPrefix(elem, "!quant.uniform<") {
		return nil, false // encodings and other parameterised types: keep as text
	}
	if rest, ok := strings.CutPrefix(body, "*x"); ok {
		e, ok := simpleType(rest)
		if !ok {
			return nil, false
		}
		return stablehlo.UnrankedTensorType{Elem: e}, true
	}
	shape := []int64{}
	for {
		i := strings.IndexByte(body, 'x')
		if i < 0 {
			break
		}
		dim := body[:i]
		if dim == "?" {
			shape = append(shape, tensor.Dynamic)
		} else if n, err := strconv.ParseInt(dim, 10, 64); err == nil && n >= 0 && dim[0] != '+' {
			shape = append(shape, n)
		} else {
			break // the element type itself (e.g. complex<...>) contains 'x'
		}
		body = body[i+1:]
	}
	e, ok := simpleType(body)
	if !ok {
		return nil, false
	}
	switch e.(type) {
	case stablehlo.ScalarType, *stablehlo.QuantType:
	default:
		return nil, false
	}
	return &stablehlo.TensorType{Shape: shape, Elem: e}, true
}

// parseAttrText keeps a text-fallback attribute verbatim, except the plain
// unit/true/false spellings.
func parseAttrText(s string) stablehlo.Attribute {
	s = strings.TrimSpace(s)
	switch s {
	case "unit":
		return stablehlo.UnitAttr{}
	case "true":
		return stablehlo.BoolAttr{Value: true}
	case "false":
		return stablehlo.BoolAttr{Value: false}
	}
	return stablehlo.OpaqueAttr{Text: s}
}
