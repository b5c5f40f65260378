package stablehlo

import (
	"encoding/hex"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// Attribute is an MLIR attribute. String gives the MLIR text form as it appears in
// an attribute dictionary (typed attributes carry their ` : type` suffix). The
// form is canonical, so two attributes are equal iff their strings are (AttrsEqual).
type Attribute interface {
	String() string
	isAttr()
}

// NamedAttr is one entry of an attribute dictionary.
type NamedAttr struct {
	Name  string
	Value Attribute
}

// UnitAttr is the presence-only attribute (`unit`, or a bare key in a dictionary).
type UnitAttr struct{}

// BoolAttr is `true` / `false` (MLIR's i1 IntegerAttr).
type BoolAttr struct{ Value bool }

// IntegerAttr is an integer of an integer or index type. Value holds the bits,
// sign-extended for signless/signed types and zero-extended for unsigned ones.
type IntegerAttr struct {
	Type  Type // ScalarType of an integer DType or Index
	Value int64
}

// FloatAttr is a float of a float type; Bits is its bit pattern in that format.
type FloatAttr struct {
	Type Type // ScalarType of a float DType
	Bits uint64
}

// StringAttr is a string (bytes, not necessarily UTF-8).
type StringAttr struct{ Value string }

// TypeAttr wraps a type.
type TypeAttr struct{ Type Type }

// SymbolRefAttr is @root or @root::@nested.
type SymbolRefAttr struct {
	Root   string
	Nested []string
}

// ArrayAttr is [a, b, ...].
type ArrayAttr struct{ Elems []Attribute }

// DictAttr is {k = v, ...}; entries are kept sorted by name as MLIR does.
type DictAttr struct{ Entries []NamedAttr }

// DenseArrayAttr is array<i64: 1, 2> (also i1, i8, i16, i32, f32, f64 arrays).
// Integer and bool elements are in Ints; float elements as bit patterns in Ints.
type DenseArrayAttr struct {
	Elem tensor.DType
	Ints []int64
}

// DenseElementsAttr is dense<...> : tensor<...>. Data is the row-major raw
// storage (tensor.DType.StorageSize bytes per element, little-endian; i1 one byte
// 0 or 1 per element; complex: real then imaginary). A splat holds exactly one
// element; NewDenseElements canonicalises, so equal tensors have equal Data.
type DenseElementsAttr struct {
	Type  *TensorType
	Data  []byte
	Splat bool
}

// DenseStringElementsAttr is a tensor of strings (rare; kept for completeness).
type DenseStringElementsAttr struct {
	Type   *TensorType
	Values []string
}

// EnumAttr is a StableHLO enum such as #stablehlo<comparison_direction EQ>.
// Kind is the enum's mnemonic (comparison_direction, comparison_type, precision,
// fft_type, rng_algorithm, rng_distribution, transpose, result_accuracy_mode) and
// Value its case.
type EnumAttr struct {
	Kind  string
	Value string
}

// DotDimensionNumbersAttr is #stablehlo.dot<...>.
type DotDimensionNumbersAttr struct {
	LhsBatching, RhsBatching, LhsContracting, RhsContracting []int64
}

// GatherDimensionNumbersAttr is #stablehlo.gather<...>.
type GatherDimensionNumbersAttr struct {
	OffsetDims, CollapsedSliceDims, OperandBatchingDims, StartIndicesBatchingDims, StartIndexMap []int64
	IndexVectorDim                                                                               int64
}

// ScatterDimensionNumbersAttr is #stablehlo.scatter<...>.
type ScatterDimensionNumbersAttr struct {
	UpdateWindowDims, InsertedWindowDims, InputBatchingDims, ScatterIndicesBatchingDims, ScatterDimsToOperandDims []int64
	IndexVectorDim                                                                                                int64
}

// ConvDimensionNumbersAttr is #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>.
type ConvDimensionNumbersAttr struct {
	InputBatch, InputFeature                int64
	InputSpatial                            []int64
	KernelInputFeature, KernelOutputFeature int64
	KernelSpatial                           []int64
	OutputBatch, OutputFeature              int64
	OutputSpatial                           []int64
}

// OutputOperandAliasAttr is #stablehlo.output_operand_alias<...>.
type OutputOperandAliasAttr struct {
	OutputTupleIndices  []int64
	OperandIndex        int64
	OperandTupleIndices []int64
}

// ChannelHandleAttr is #stablehlo.channel_handle<handle = N, type = M>.
type ChannelHandleAttr struct{ Handle, Type int64 }

// TypeExtensionsAttr is #stablehlo.type_extensions<bounds = [...]> (printed as
// #stablehlo.bounds<...> inside a tensor type). A bound may be tensor.Dynamic.
type TypeExtensionsAttr struct{ Bounds []int64 }

// ResultAccuracyAttr is #stablehlo.result_accuracy<...>.
type ResultAccuracyAttr struct {
	Atol, Rtol float64
	Ulps       int64
	Mode       string // DEFAULT, HIGHEST, TOLERANCE
}

// DotAlgorithmAttr is #stablehlo.dot_algorithm<...>.
type DotAlgorithmAttr struct {
	LhsPrecisionType, RhsPrecisionType, AccumulationType Type
	LhsComponentCount, RhsComponentCount                 int64
	NumPrimitiveOperations                               int64
	AllowImpreciseAccumulation                           bool
}

// OpaqueAttr is an attribute of a dialect the IR does not model, kept as its text
// form (for example #sdy.op_sharding_rule<...>, #sdy.sharding<...>).
type OpaqueAttr struct{ Text string }

func (UnitAttr) isAttr()                     {}
func (BoolAttr) isAttr()                     {}
func (*IntegerAttr) isAttr()                 {}
func (*FloatAttr) isAttr()                   {}
func (StringAttr) isAttr()                   {}
func (*TypeAttr) isAttr()                    {}
func (*SymbolRefAttr) isAttr()               {}
func (*ArrayAttr) isAttr()                   {}
func (*DictAttr) isAttr()                    {}
func (*DenseArrayAttr) isAttr()              {}
func (*DenseElementsAttr) isAttr()           {}
func (*DenseStringElementsAttr) isAttr()     {}
func (EnumAttr) isAttr()                     {}
func (*DotDimensionNumbersAttr) isAttr()     {}
func (*GatherDimensionNumbersAttr) isAttr()  {}
func (*ScatterDimensionNumbersAttr) isAttr() {}
func (*ConvDimensionNumbersAttr) isAttr()    {}
func (*OutputOperandAliasAttr) isAttr()      {}
func (*ChannelHandleAttr) isAttr()           {}
func (*TypeExtensionsAttr) isAttr()          {}
func (*ResultAccuracyAttr) isAttr()          {}
func (*DotAlgorithmAttr) isAttr()            {}
func (OpaqueAttr) isAttr()                   {}

// AttrsEqual compares two attributes (nil equals only nil).
func AttrsEqual(a, b Attribute) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.String() == b.String()
}

func (UnitAttr) String() string { return "unit" }

func (a BoolAttr) String() string {
	if a.Value {
		return "true"
	}
	return "false"
}

func (a *IntegerAttr) String() string {
	return a.ValueString() + " : " + a.Type.String()
}

// ValueString is the integer without its type.
func (a *IntegerAttr) ValueString() string {
	if d := ElementDType(a.Type); d.IsUnsigned() {
		return strconv.FormatUint(uint64(a.Value)&mask(d.Bits()), 10)
	}
	return strconv.FormatInt(a.Value, 10)
}

func mask(bits int) uint64 {
	if bits >= 64 {
		return math.MaxUint64
	}
	return 1<<bits - 1
}

func (a *FloatAttr) String() string { return a.ValueString() + " : " + a.Type.String() }

// ValueString is the float without its type.
func (a *FloatAttr) ValueString() string { return FormatFloat(ElementDType(a.Type), a.Bits) }

// Float64 is the value as a float64.
func (a *FloatAttr) Float64() float64 { return tensor.FloatFromBits(ElementDType(a.Type), a.Bits) }

// FormatFloat prints a float of type d given by its bit pattern the way MLIR does:
// decimal when that reads back to the same bits, the hex bit pattern (0x7FC00000)
// for NaN and infinities.
func FormatFloat(d tensor.DType, bits uint64) string {
	v := tensor.FloatFromBits(d, bits)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		n := (d.Bits() + 3) / 4
		if d == tensor.TF32 {
			n = 8
		}
		s := strings.ToUpper(strconv.FormatUint(bits&mask(d.Bits()), 16))
		for len(s) < n {
			s = "0" + s
		}
		return "0x" + s
	}
	bitSize := 64
	if d != tensor.F64 {
		bitSize = 32 // every narrower format is exactly representable in float32
	}
	s := strconv.FormatFloat(v, 'e', 6, bitSize)
	if back, err := strconv.ParseFloat(s, 64); err != nil || tensor.FloatToBits(d, back) != bits&mask(d.Bits()) {
		s = strconv.FormatFloat(v, 'e', -1, bitSize)
	}
	return s
}

func (a StringAttr) String() string { return QuoteString(a.Value) }

// QuoteString writes s as an MLIR string literal.
func QuoteString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteByte('\\')
			b.WriteString(strings.ToUpper(hex.EncodeToString([]byte{c})))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (a *TypeAttr) String() string { return a.Type.String() }

func (a *SymbolRefAttr) String() string {
	s := "@" + symbolName(a.Root)
	for _, n := range a.Nested {
		s += "::@" + symbolName(n)
	}
	return s
}

// symbolName quotes a symbol that is not a bare identifier.
func symbolName(s string) string {
	if s == "" {
		return `""`
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		// MLIR's bare-id: (letter|_) (letter|digit|[_$.])*; anything else is quoted.
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (i > 0 && (c == '$' || c == '.' || c >= '0' && c <= '9'))) {
			return QuoteString(s)
		}
	}
	return s
}

func (a *ArrayAttr) String() string {
	parts := make([]string, len(a.Elems))
	for i, e := range a.Elems {
		parts[i] = e.String()
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (a *DictAttr) String() string {
	parts := make([]string, len(a.Entries))
	for i, e := range a.Entries {
		if _, unit := e.Value.(UnitAttr); unit {
			parts[i] = attrName(e.Name)
		} else {
			parts[i] = attrName(e.Name) + " = " + e.Value.String()
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// attrName quotes a dictionary key that is not a bare identifier.
func attrName(s string) string {
	if s == "" {
		return `""`
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (i > 0 && (c == '$' || c == '.' || c >= '0' && c <= '9'))) {
			return QuoteString(s)
		}
	}
	return s
}

// Get returns the entry named name, or nil.
func (a *DictAttr) Get(name string) Attribute {
	for _, e := range a.Entries {
		if e.Name == name {
			return e.Value
		}
	}
	return nil
}

// NewDict builds a dictionary, sorting its entries by name.
func NewDict(entries []NamedAttr) *DictAttr {
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name })
	return &DictAttr{Entries: entries}
}

func (a *DenseArrayAttr) String() string {
	if len(a.Ints) == 0 {
		return "array<" + a.Elem.String() + ">"
	}
	parts := make([]string, len(a.Ints))
	for i, v := range a.Ints {
		switch {
		case a.Elem == tensor.I1:
			parts[i] = BoolAttr{v != 0}.String()
		case a.Elem.IsFloat():
			parts[i] = FormatFloat(a.Elem, uint64(v))
		default:
			parts[i] = strconv.FormatInt(v, 10)
		}
	}
	return "array<" + a.Elem.String() + ": " + strings.Join(parts, ", ") + ">"
}

// NewDenseElements builds a dense attribute from full row-major data (one element
// per StorageSize bytes; i1 as 0/1 bytes), detecting splats.
func NewDenseElements(t *TensorType, data []byte) *DenseElementsAttr {
	es := ElementDType(t).StorageSize()
	data = normalizeSubByte(ElementDType(t), data)
	if ElementDType(t) == tensor.I1 {
		norm := make([]byte, len(data))
		for i, b := range data {
			if b != 0 {
				norm[i] = 1
			}
		}
		data = norm
	}
	if tensor.NumElements(t.Shape) == 0 {
		// A zero-element tensor has no data, however the producer spelled it.
		return &DenseElementsAttr{Type: t, Data: []byte{}}
	}
	a := &DenseElementsAttr{Type: t, Data: data}
	if es > 0 && len(data) >= es && len(data)%es == 0 {
		first := data[:es]
		splat := true
		for off := es; off < len(data); off += es {
			if string(data[off:off+es]) != string(first) {
				splat = false
				break
			}
		}
		if splat {
			a.Data = append([]byte(nil), first...)
			a.Splat = true
		}
	}
	return a
}

// normalizeSubByte puts i2/i4 elements in the storage convention tensor.Buffer
// uses — one byte, sign-extended — and ui2/ui4 elements masked to their bits,
// whatever a producer wrote in the unused high bits (MLIR writes them as zero).
// It copies only when something changes.
func normalizeSubByte(d tensor.DType, data []byte) []byte {
	bits := d.Bits()
	if bits >= 8 || !(d.IsSigned() || d.IsUnsigned()) {
		return data
	}
	var out []byte
	for i, b := range data {
		n := b & byte(1<<bits-1)
		if d.IsSigned() && n>>(bits-1) == 1 {
			n |= ^byte(1<<bits - 1)
		}
		if n != b {
			if out == nil {
				out = append([]byte(nil), data...)
			}
			out[i] = n
		}
	}
	if out == nil {
		return data
	}
	return out
}

// NumElements of the attribute's tensor type.
func (a *DenseElementsAttr) NumElements() int64 { return tensor.NumElements(a.Type.Shape) }

// RawData returns the full row-major data, expanding a splat.
func (a *DenseElementsAttr) RawData() []byte {
	if !a.Splat {
		return a.Data
	}
	n := a.NumElements()
	if n <= 1 {
		return a.Data
	}
	out := make([]byte, 0, int64(len(a.Data))*n)
	for i := int64(0); i < n; i++ {
		out = append(out, a.Data...)
	}
	return out
}

func (a *DenseElementsAttr) String() string {
	return "dense<" + a.ValueString() + "> : " + a.Type.String()
}

// ValueString prints the literal between dense< and >: a splat value, nested
// lists, or "0x…" hex of the raw data for more than 100 elements, as MLIR does.
func (a *DenseElementsAttr) ValueString() string {
	d := ElementDType(a.Type)
	es := d.StorageSize()
	if a.Splat && a.NumElements() != 0 {
		return formatElement(d, a.Data[:es])
	}
	n := a.NumElements()
	if n > 100 || es == 0 || d == tensor.Invalid {
		raw := a.Data
		if d == tensor.TF32 {
			// MLIR's raw form stores tf32 in 3 bytes per element.
			raw = make([]byte, 0, len(a.Data)/4*3)
			for i := 0; i+4 <= len(a.Data); i += 4 {
				raw = append(raw, a.Data[i:i+3]...)
			}
		}
		if bits := d.Bits(); bits < 8 && (d.IsSigned() || d.IsUnsigned()) {
			// MLIR's raw form keeps only the element's bits.
			raw = make([]byte, len(a.Data))
			for i, b := range a.Data {
				raw[i] = b & byte(1<<bits-1)
			}
		}
		return `"0x` + strings.ToUpper(hex.EncodeToString(raw)) + `"`
	}
	if n == 0 {
		// MLIR prints every zero-element literal as dense<> (a nested "[]" would
		// infer shape [0] and not match e.g. tensor<0x3xi32>).
		return ""
	}
	var b strings.Builder
	var rec func(dim int, off int64) int64
	rec = func(dim int, off int64) int64 {
		if dim == len(a.Type.Shape) {
			b.WriteString(formatElement(d, a.Data[off*int64(es):(off+1)*int64(es)]))
			return off + 1
		}
		b.WriteByte('[')
		for i := int64(0); i < a.Type.Shape[dim]; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			off = rec(dim+1, off)
		}
		b.WriteByte(']')
		return off
	}
	rec(0, 0)
	return b.String()
}

// formatElement prints one element of raw storage.
func formatElement(d tensor.DType, raw []byte) string {
	var u uint64
	for i := len(raw) - 1; i >= 0; i-- {
		u = u<<8 | uint64(raw[i])
	}
	switch {
	case d == tensor.I1:
		return BoolAttr{u != 0}.String()
	case d.IsComplex():
		h := len(raw) / 2
		p := d.ComplexPart()
		return "(" + formatElement(p, raw[:h]) + "," + formatElement(p, raw[h:]) + ")"
	case d.IsFloat():
		return FormatFloat(d, u)
	case d.IsUnsigned():
		return strconv.FormatUint(u&mask(d.Bits()), 10)
	default:
		bits := d.Bits()
		v := int64(u << (64 - bits) >> (64 - bits))
		if bits < 64 {
			v = int64(u<<(64-bits)) >> (64 - bits)
		}
		return strconv.FormatInt(v, 10)
	}
}

func (a *DenseStringElementsAttr) String() string {
	parts := make([]string, len(a.Values))
	for i, v := range a.Values {
		parts[i] = QuoteString(v)
	}
	if len(parts) == 1 {
		return "dense<" + parts[0] + "> : " + a.Type.String()
	}
	return "dense<[" + strings.Join(parts, ", ") + "]> : " + a.Type.String()
}

func (a EnumAttr) String() string { return "#stablehlo<" + a.Kind + " " + a.Value + ">" }

func ints(v []int64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		if x == tensor.Dynamic {
			parts[i] = "?"
		} else {
			parts[i] = strconv.FormatInt(x, 10)
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// String prints only the non-empty fields, as StableHLO does.
func (a *DotDimensionNumbersAttr) String() string {
	var parts []string
	add := func(name string, v []int64) {
		if len(v) > 0 {
			parts = append(parts, name+" = "+ints(v))
		}
	}
	add("lhs_batching_dimensions", a.LhsBatching)
	add("rhs_batching_dimensions", a.RhsBatching)
	add("lhs_contracting_dimensions", a.LhsContracting)
	add("rhs_contracting_dimensions", a.RhsContracting)
	return "#stablehlo.dot<" + strings.Join(parts, ", ") + ">"
}

func (a *GatherDimensionNumbersAttr) String() string {
	var parts []string
	add := func(name string, v []int64) {
		if len(v) > 0 {
			parts = append(parts, name+" = "+ints(v))
		}
	}
	add("offset_dims", a.OffsetDims)
	add("collapsed_slice_dims", a.CollapsedSliceDims)
	add("operand_batching_dims", a.OperandBatchingDims)
	add("start_indices_batching_dims", a.StartIndicesBatchingDims)
	add("start_index_map", a.StartIndexMap)
	parts = append(parts, "index_vector_dim = "+strconv.FormatInt(a.IndexVectorDim, 10))
	return "#stablehlo.gather<" + strings.Join(parts, ", ") + ">"
}

func (a *ScatterDimensionNumbersAttr) String() string {
	var parts []string
	add := func(name string, v []int64) {
		if len(v) > 0 {
			parts = append(parts, name+" = "+ints(v))
		}
	}
	add("update_window_dims", a.UpdateWindowDims)
	add("inserted_window_dims", a.InsertedWindowDims)
	add("input_batching_dims", a.InputBatchingDims)
	add("scatter_indices_batching_dims", a.ScatterIndicesBatchingDims)
	add("scatter_dims_to_operand_dims", a.ScatterDimsToOperandDims)
	parts = append(parts, "index_vector_dim = "+strconv.FormatInt(a.IndexVectorDim, 10))
	return "#stablehlo.scatter<" + strings.Join(parts, ", ") + ">"
}

// String uses the raw form, which can express any numbering.
func (a *ConvDimensionNumbersAttr) String() string {
	return "#stablehlo.conv<raw input_batch_dimension = " + strconv.FormatInt(a.InputBatch, 10) +
		", input_feature_dimension = " + strconv.FormatInt(a.InputFeature, 10) +
		", input_spatial_dimensions = " + ints(a.InputSpatial) +
		", kernel_input_feature_dimension = " + strconv.FormatInt(a.KernelInputFeature, 10) +
		", kernel_output_feature_dimension = " + strconv.FormatInt(a.KernelOutputFeature, 10) +
		", kernel_spatial_dimensions = " + ints(a.KernelSpatial) +
		", output_batch_dimension = " + strconv.FormatInt(a.OutputBatch, 10) +
		", output_feature_dimension = " + strconv.FormatInt(a.OutputFeature, 10) +
		", output_spatial_dimensions = " + ints(a.OutputSpatial) + ">"
}

func (a *OutputOperandAliasAttr) String() string {
	return "#stablehlo.output_operand_alias<output_tuple_indices = " + ints(a.OutputTupleIndices) +
		", operand_index = " + strconv.FormatInt(a.OperandIndex, 10) +
		", operand_tuple_indices = " + ints(a.OperandTupleIndices) + ">"
}

func (a *ChannelHandleAttr) String() string {
	return "#stablehlo.channel_handle<handle = " + strconv.FormatInt(a.Handle, 10) + ", type = " + strconv.FormatInt(a.Type, 10) + ">"
}

func (a *TypeExtensionsAttr) String() string {
	return "#stablehlo.type_extensions<bounds = " + ints(a.Bounds) + ">"
}

func (a *TypeExtensionsAttr) boundsString() string {
	s := ints(a.Bounds)
	return "#stablehlo.bounds<" + s[1:len(s)-1] + ">"
}

func (a *ResultAccuracyAttr) String() string {
	return "#stablehlo.result_accuracy<atol = " + FormatFloat(tensor.F64, math.Float64bits(a.Atol)) +
		", rtol = " + FormatFloat(tensor.F64, math.Float64bits(a.Rtol)) +
		", ulps = " + strconv.FormatInt(a.Ulps, 10) +
		", mode = #stablehlo.result_accuracy_mode<" + a.Mode + ">>"
}

func (a *DotAlgorithmAttr) String() string {
	allow := "false"
	if a.AllowImpreciseAccumulation {
		allow = "true"
	}
	return "#stablehlo.dot_algorithm<lhs_precision_type = " + a.LhsPrecisionType.String() +
		", rhs_precision_type = " + a.RhsPrecisionType.String() +
		", accumulation_type = " + a.AccumulationType.String() +
		", lhs_component_count = " + strconv.FormatInt(a.LhsComponentCount, 10) +
		", rhs_component_count = " + strconv.FormatInt(a.RhsComponentCount, 10) +
		", num_primitive_operations = " + strconv.FormatInt(a.NumPrimitiveOperations, 10) +
		", allow_imprecise_accumulation = " + allow + ">"
}

func (a OpaqueAttr) String() string { return a.Text }
