package conform

import (
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// formatResult prints a value as the reference interpreter prints a result:
//
//	tensor<2x2xi8> {
//	  [
//	    [1, 2],
//	    [3, 4]
//	  ]
//	}
//
// with scalars on one line (tensor<ui8> {1}), floats as %e with six digits,
// booleans as true/false and complex numbers as [re, im].
func formatResult(t stablehlo.Type, b *tensor.Buffer) string {
	if len(b.Shape) == 0 {
		return t.String() + " {" + formatScalar(b, 0) + "}"
	}
	return t.String() + " {\n  " + formatDims(b, 0, 0, "  ") + "\n}"
}

// formatDims prints dimension dim of b starting at element offset off.
func formatDims(b *tensor.Buffer, dim int, off int64, indent string) string {
	n := b.Shape[dim]
	if dim == len(b.Shape)-1 {
		parts := make([]string, n)
		for i := int64(0); i < n; i++ {
			parts[i] = formatScalar(b, off+i)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if n == 0 {
		return "[]"
	}
	stride := tensor.NumElements(b.Shape[dim+1:])
	inner := indent + "  "
	parts := make([]string, n)
	for i := int64(0); i < n; i++ {
		parts[i] = inner + formatDims(b, dim+1, off+i*stride, inner)
	}
	return "[\n" + strings.Join(parts, ",\n") + "\n" + indent + "]"
}

func formatScalar(b *tensor.Buffer, i int64) string {
	d := b.DType
	sz := int64(d.StorageSize())
	raw := b.Data[i*sz : (i+1)*sz]
	var bits uint64
	for k := len(raw) - 1; k >= 0; k-- {
		bits = bits<<8 | uint64(raw[k])
	}
	switch {
	case d == tensor.I1:
		return strconv.FormatBool(bits != 0)
	case d.IsSigned():
		shift := 64 - 8*uint(sz)
		return strconv.FormatInt(int64(bits<<shift)>>shift, 10)
	case d.IsUnsigned():
		return strconv.FormatUint(bits, 10)
	case d.IsFloat():
		return formatFloat(tensor.FloatFromBits(d, bits))
	case d.IsComplex():
		p := d.ComplexPart()
		half := sz / 2
		var re, im uint64
		for k := half - 1; k >= 0; k-- {
			re = re<<8 | uint64(raw[k])
			im = im<<8 | uint64(raw[half+k])
		}
		return "[" + formatFloat(tensor.FloatFromBits(p, re)) + ", " + formatFloat(tensor.FloatFromBits(p, im)) + "]"
	}
	return "?"
}

func formatFloat(v float64) string {
	switch s := strconv.FormatFloat(v, 'e', 6, 64); s {
	case "NaN":
		return "nan"
	case "+Inf":
		return "inf"
	case "-Inf":
		return "-inf"
	default:
		return s
	}
}
