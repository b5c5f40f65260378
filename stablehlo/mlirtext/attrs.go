package mlirtext

import (
	"math"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// parseAttr reads one attribute value. typed allows the optional ": type" suffix
// of integer, float and string literals (off where a ':' belongs to the op, as in
// pretty "kw = 1 : tensor<...>" forms). dense<...> always takes its type.
func (p *parser) parseAttr(typed bool) stablehlo.Attribute {
	p.enter()
	defer p.leave()
	start := p.pos
	c := p.peek()
	switch {
	case c == '[':
		p.pos++
		arr := &stablehlo.ArrayAttr{Elems: []stablehlo.Attribute{}}
		if p.tryByte(']') {
			return arr
		}
		for {
			arr.Elems = append(arr.Elems, p.parseAttr(true))
			if p.tryByte(']') {
				return arr
			}
			p.expectByte(',', "in array attribute")
		}
	case c == '{':
		return stablehlo.NewDict(p.parseAttrDict())
	case c == '"':
		s := p.stringLit()
		if typed && p.peek() == ':' && p.peekAt(1) != ':' {
			// A typed string ("x" : i32) keeps its value; the type is dropped.
			p.pos++
			p.parseType()
		}
		return stablehlo.StringAttr{Value: s}
	case c == '@':
		return p.parseSymbolRef()
	case c == '#':
		return p.parseHashAttr()
	case c == '-' || c == '+' || isDigit(c):
		return p.parseNumberAttr(typed)
	case c == '!' || c == '(':
		return &stablehlo.TypeAttr{Type: p.parseType()}
	}
	id := p.peekIdent()
	switch id {
	case "true", "false":
		p.bareIdent()
		v := id == "true"
		if typed && p.peek() == ':' && p.peekAt(1) != ':' {
			p.pos++
			p.parseType()
		}
		return stablehlo.BoolAttr{Value: v}
	case "unit":
		p.bareIdent()
		return stablehlo.UnitAttr{}
	case "dense":
		p.bareIdent()
		return p.parseDense(start)
	case "dense_resource":
		p.bareIdent()
		return p.parseDenseResource(start)
	case "array":
		p.bareIdent()
		return p.parseDenseArray(start)
	case "affine_map", "affine_set", "sparse", "strided", "distinct", "loc":
		p.bareIdent()
		p.ws()
		if id == "distinct" && p.peek() == '[' {
			id += p.balanced()
		}
		if p.peek() != '<' && p.peek() != '(' {
			p.errf("expected '<' after %s", id)
		}
		text := id + normalizeBody(p.balanced())
		if id == "sparse" {
			p.expectByte(':', "after sparse elements")
			text += " : " + p.parseType().String()
		}
		return stablehlo.OpaqueAttr{Text: text}
	}
	if p.atType() {
		return &stablehlo.TypeAttr{Type: p.parseType()}
	}
	p.errAt(start, "expected attribute, found %s", p.near())
	return nil
}

// parseAttrDict reads {name = value, bare, "quoted" = value}.
func (p *parser) parseAttrDict() []stablehlo.NamedAttr {
	p.expectByte('{', "opening attribute dictionary")
	out := []stablehlo.NamedAttr{}
	if p.tryByte('}') {
		return out
	}
	for {
		var name string
		if p.peek() == '"' {
			name = p.stringLit()
		} else {
			name = p.bareIdent()
			if name == "" {
				p.errf("expected attribute name, found %s", p.near())
			}
		}
		var v stablehlo.Attribute = stablehlo.UnitAttr{}
		if p.tryByte('=') {
			v = p.parseAttr(true)
		}
		out = append(out, stablehlo.NamedAttr{Name: name, Value: v})
		if p.tryByte('}') {
			return out
		}
		p.expectByte(',', "in attribute dictionary")
	}
}

// symbolName reads @name or @"quoted name" (after the '@').
func (p *parser) symbolName() string {
	p.expectByte('@', "before symbol")
	if p.pos < len(p.src) && p.src[p.pos] == '"' {
		return p.stringLit()
	}
	s := p.suffixID()
	if s == "" {
		p.errf("expected symbol name after '@'")
	}
	return s
}

func (p *parser) parseSymbolRef() *stablehlo.SymbolRefAttr {
	s := &stablehlo.SymbolRefAttr{Root: p.symbolName()}
	for p.pos+2 < len(p.src) && p.src[p.pos] == ':' && p.src[p.pos+1] == ':' && p.src[p.pos+2] == '@' {
		p.pos += 2
		s.Nested = append(s.Nested, p.symbolName())
	}
	return s
}

// parseNumberAttr reads an integer or float, with an optional ": type".
func (p *parser) parseNumberAttr(typed bool) stablehlo.Attribute {
	start := p.pos
	text, isF, isH := p.number()
	var t stablehlo.Type
	if typed && p.peek() == ':' && p.peekAt(1) != ':' {
		p.pos++
		t = p.parseType()
	}
	if t == nil {
		if isF {
			t = stablehlo.Scalar(tensor.F64)
		} else {
			t = stablehlo.Scalar(tensor.I64)
		}
	}
	d := stablehlo.ElementDType(t)
	switch {
	case d == tensor.I1:
		v, ok := parseIntText(text, isH)
		if !ok || isF {
			p.errAt(start, "bad i1 value %s", text)
		}
		return stablehlo.BoolAttr{Value: v != 0}
	case d.IsInteger():
		if isF {
			p.errAt(start, "float literal %s for integer type %s", text, t)
		}
		v, ok := parseIntText(text, isH)
		if !ok {
			p.errAt(start, "integer %s out of range", text)
		}
		return &stablehlo.IntegerAttr{Type: t, Value: extendInt(d, v)}
	case d.IsFloat():
		bits, ok := floatBits(d, text, isH)
		if !ok {
			p.errAt(start, "bad float literal %s", text)
		}
		return &stablehlo.FloatAttr{Type: t, Bits: bits}
	}
	p.errAt(start, "number with non-scalar type %s", t)
	return nil
}

// extendInt sign- or zero-extends the low bits of v as the IR stores integers.
func extendInt(d tensor.DType, v int64) int64 {
	bits := d.Bits()
	if bits >= 64 || bits == 0 {
		return v
	}
	if d.IsUnsigned() {
		return int64(uint64(v) & (1<<bits - 1))
	}
	return v << (64 - bits) >> (64 - bits)
}

// floatBits converts a literal to the bit pattern of float type d: hex is the bit
// pattern itself, decimal is rounded to nearest even (f32 parsed directly so
// rounding happens once).
func floatBits(d tensor.DType, text string, isHex bool) (uint64, bool) {
	if isHex {
		neg := strings.HasPrefix(text, "-")
		v, ok := parseIntText(strings.TrimPrefix(text, "-"), true)
		if !ok || neg {
			return 0, false
		}
		bits := d.Bits()
		if d == tensor.TF32 {
			bits = 32
		}
		if bits < 64 && uint64(v)>>bits != 0 {
			return 0, false
		}
		return uint64(v), true
	}
	switch strings.TrimLeft(text, "+-") {
	case "inf", "nan":
		return 0, false
	}
	if d == tensor.F32 {
		f, err := strconv.ParseFloat(text, 32)
		if err != nil && !isRangeErr(err) {
			return 0, false
		}
		return uint64(math.Float32bits(float32(f))), true
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !isRangeErr(err) {
		return 0, false
	}
	if d == tensor.F8E8M0FNU {
		return e8m0Literal(f), true
	}
	return tensor.FloatToBits(d, f), true
}

// e8m0Literal reads a decimal literal into f8E8M0FNU (powers of two only, no
// zero, no sign) the way MLIR's parser (APFloat) does: round to nearest in
// value with ties up, zero and values below the range to the smallest value
// 2^-127, negative values and values above the range to NaN. (A convert op's
// semantics differ; this is only how a literal reads.)
func e8m0Literal(v float64) uint64 {
	const nan = 0xFF
	switch {
	case math.IsNaN(v) || v < 0 || math.IsInf(v, 1):
		return nan
	case v == 0:
		return 0
	}
	fr, e := math.Frexp(v) // v = fr * 2^e, fr in [0.5, 1)
	e--                    // v = 2fr * 2^e, 2fr in [1, 2)
	if 2*fr >= 1.5 {
		e++
	}
	switch be := e + 127; {
	case be < 0:
		return 0
	case be > 254:
		return nan
	default:
		return uint64(be)
	}
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// parseHashAttr reads #alias, #stablehlo<enum X>, #stablehlo.struct<...> or an
// opaque dialect attribute.
func (p *parser) parseHashAttr() stablehlo.Attribute {
	start := p.pos
	p.pos++
	name := p.suffixID()
	if name == "" {
		p.errAt(start, "expected attribute name after '#'")
	}
	if p.pos >= len(p.src) || p.src[p.pos] != '<' {
		if a, ok := p.attrAliases[name]; ok {
			return a
		}
		if p.resolveAlias(false, name) {
			if a, ok := p.attrAliases[name]; ok {
				return a
			}
		}
		p.errAt(start, "undefined attribute alias #%s", name)
	}
	if a, ok := p.parseStablehloAttr(name, start); ok {
		return a
	}
	return stablehlo.OpaqueAttr{Text: "#" + name + normalizeBody(p.balanced())}
}

// enumKinds lists the StableHLO enum attribute mnemonics and their cases.
var enumKinds = map[string][]string{
	"comparison_direction": {"EQ", "NE", "GE", "GT", "LE", "LT"},
	"comparison_type":      {"NOTYPE", "FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED"},
	"precision":            {"DEFAULT", "HIGH", "HIGHEST"},
	"fft_type":             {"FFT", "IFFT", "RFFT", "IRFFT"},
	"rng_algorithm":        {"DEFAULT", "THREE_FRY", "PHILOX"},
	"rng_distribution":     {"UNIFORM", "NORMAL"},
	"transpose":            {"TRANSPOSE_INVALID", "NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"},
	"result_accuracy_mode": {"DEFAULT", "HIGHEST", "TOLERANCE"},
}

func (p *parser) enumValue(kind string) stablehlo.EnumAttr {
	start := p.pos
	v := p.expectIdent(kind + " value")
	for _, c := range enumKinds[kind] {
		if c == v {
			return stablehlo.EnumAttr{Kind: kind, Value: v}
		}
	}
	p.errAt(start, "unknown %s value %q", kind, v)
	return stablehlo.EnumAttr{}
}

// parseStablehloAttr handles the #stablehlo attributes the IR models; ok is
// false for any other dialect attribute.
func (p *parser) parseStablehloAttr(name string, start int) (stablehlo.Attribute, bool) {
	switch name {
	case "stablehlo":
		p.expectByte('<', "")
		kind := p.expectIdent("enum kind")
		if _, ok := enumKinds[kind]; !ok {
			p.errAt(start, "unknown #stablehlo enum %q", kind)
		}
		e := p.enumValue(kind)
		p.expectByte('>', "closing enum attribute")
		return e, true
	case "stablehlo.result_accuracy_mode":
		p.expectByte('<', "")
		e := p.enumValue("result_accuracy_mode")
		p.expectByte('>', "closing enum attribute")
		return e, true
	case "stablehlo.dot":
		p.expectByte('<', "")
		a := &stablehlo.DotDimensionNumbersAttr{}
		p.structFields("#stablehlo.dot", map[string]func(){
			"lhs_batching_dimensions":    func() { a.LhsBatching = p.intList() },
			"rhs_batching_dimensions":    func() { a.RhsBatching = p.intList() },
			"lhs_contracting_dimensions": func() { a.LhsContracting = p.intList() },
			"rhs_contracting_dimensions": func() { a.RhsContracting = p.intList() },
		})
		return a, true
	case "stablehlo.gather":
		p.expectByte('<', "")
		a := &stablehlo.GatherDimensionNumbersAttr{}
		p.structFields("#stablehlo.gather", map[string]func(){
			"offset_dims":                 func() { a.OffsetDims = p.intList() },
			"collapsed_slice_dims":        func() { a.CollapsedSliceDims = p.intList() },
			"operand_batching_dims":       func() { a.OperandBatchingDims = p.intList() },
			"start_indices_batching_dims": func() { a.StartIndicesBatchingDims = p.intList() },
			"start_index_map":             func() { a.StartIndexMap = p.intList() },
			"index_vector_dim":            func() { a.IndexVectorDim = p.int64Lit() },
		})
		return a, true
	case "stablehlo.scatter":
		p.expectByte('<', "")
		a := &stablehlo.ScatterDimensionNumbersAttr{}
		p.structFields("#stablehlo.scatter", map[string]func(){
			"update_window_dims":            func() { a.UpdateWindowDims = p.intList() },
			"inserted_window_dims":          func() { a.InsertedWindowDims = p.intList() },
			"input_batching_dims":           func() { a.InputBatchingDims = p.intList() },
			"scatter_indices_batching_dims": func() { a.ScatterIndicesBatchingDims = p.intList() },
			"scatter_dims_to_operand_dims":  func() { a.ScatterDimsToOperandDims = p.intList() },
			"index_vector_dim":              func() { a.IndexVectorDim = p.int64Lit() },
		})
		return a, true
	case "stablehlo.conv":
		p.expectByte('<', "")
		var a *stablehlo.ConvDimensionNumbersAttr
		if p.tryKeyword("raw") {
			a = &stablehlo.ConvDimensionNumbersAttr{}
			p.structFields("#stablehlo.conv", map[string]func(){
				"input_batch_dimension":           func() { a.InputBatch = p.int64Lit() },
				"input_feature_dimension":         func() { a.InputFeature = p.int64Lit() },
				"input_spatial_dimensions":        func() { a.InputSpatial = p.intList() },
				"kernel_input_feature_dimension":  func() { a.KernelInputFeature = p.int64Lit() },
				"kernel_output_feature_dimension": func() { a.KernelOutputFeature = p.int64Lit() },
				"kernel_spatial_dimensions":       func() { a.KernelSpatial = p.intList() },
				"output_batch_dimension":          func() { a.OutputBatch = p.int64Lit() },
				"output_feature_dimension":        func() { a.OutputFeature = p.int64Lit() },
				"output_spatial_dimensions":       func() { a.OutputSpatial = p.intList() },
			})
			return a, true
		}
		a = p.convDims()
		p.expectByte('>', "closing #stablehlo.conv")
		return a, true
	case "stablehlo.output_operand_alias":
		p.expectByte('<', "")
		a := &stablehlo.OutputOperandAliasAttr{}
		p.structFields("#stablehlo.output_operand_alias", map[string]func(){
			"output_tuple_indices":  func() { a.OutputTupleIndices = p.intList() },
			"operand_index":         func() { a.OperandIndex = p.int64Lit() },
			"operand_tuple_indices": func() { a.OperandTupleIndices = p.intList() },
		})
		if a.OutputTupleIndices == nil {
			a.OutputTupleIndices = []int64{}
		}
		if a.OperandTupleIndices == nil {
			a.OperandTupleIndices = []int64{}
		}
		return a, true
	case "stablehlo.channel_handle":
		p.expectByte('<', "")
		a := &stablehlo.ChannelHandleAttr{}
		p.structFields("#stablehlo.channel_handle", map[string]func(){
			"handle": func() { a.Handle = p.int64Lit() },
			"type":   func() { a.Type = p.int64Lit() },
		})
		return a, true
	case "stablehlo.type_extensions":
		p.expectByte('<', "")
		a := &stablehlo.TypeExtensionsAttr{Bounds: []int64{}}
		p.structFields("#stablehlo.type_extensions", map[string]func(){
			"bounds": func() { a.Bounds = p.intList() },
		})
		return a, true
	case "stablehlo.bounds":
		p.expectByte('<', "")
		a := &stablehlo.TypeExtensionsAttr{Bounds: []int64{}}
		if !p.tryByte('>') {
			for {
				a.Bounds = append(a.Bounds, p.dimOrDynamic())
				if p.tryByte('>') {
					break
				}
				p.expectByte(',', "in #stablehlo.bounds")
			}
		}
		return a, true
	case "stablehlo.result_accuracy":
		p.expectByte('<', "")
		return p.resultAccuracyBody(), true
	case "stablehlo.dot_algorithm":
		p.expectByte('<', "")
		return p.dotAlgorithmBody(), true
	}
	return nil, false
}

func (p *parser) resultAccuracyBody() *stablehlo.ResultAccuracyAttr {
	a := &stablehlo.ResultAccuracyAttr{Mode: "DEFAULT"}
	p.structFields("#stablehlo.result_accuracy", map[string]func(){
		"atol": func() { a.Atol = p.float64Lit() },
		"rtol": func() { a.Rtol = p.float64Lit() },
		"ulps": func() { a.Ulps = p.int64Lit() },
		"mode": func() {
			e, ok := p.parseAttr(false).(stablehlo.EnumAttr)
			if !ok || e.Kind != "result_accuracy_mode" {
				p.errf("result_accuracy mode must be #stablehlo.result_accuracy_mode<...>")
			}
			a.Mode = e.Value
		},
	})
	return a
}

func (p *parser) dotAlgorithmBody() *stablehlo.DotAlgorithmAttr {
	a := &stablehlo.DotAlgorithmAttr{}
	p.structFields("#stablehlo.dot_algorithm", map[string]func(){
		"lhs_precision_type":           func() { a.LhsPrecisionType = p.parseType() },
		"rhs_precision_type":           func() { a.RhsPrecisionType = p.parseType() },
		"accumulation_type":            func() { a.AccumulationType = p.parseType() },
		"lhs_component_count":          func() { a.LhsComponentCount = p.int64Lit() },
		"rhs_component_count":          func() { a.RhsComponentCount = p.int64Lit() },
		"num_primitive_operations":     func() { a.NumPrimitiveOperations = p.int64Lit() },
		"allow_imprecise_accumulation": func() { a.AllowImpreciseAccumulation = p.boolLit() },
	})
	if a.LhsPrecisionType == nil || a.RhsPrecisionType == nil || a.AccumulationType == nil {
		p.errf("#stablehlo.dot_algorithm needs lhs_precision_type, rhs_precision_type and accumulation_type")
	}
	return a
}

// structFields reads "name = value, ..." up to the closing '>' (already past '<'),
// dispatching each field to its reader.
func (p *parser) structFields(what string, fields map[string]func()) {
	if p.tryByte('>') {
		return
	}
	for {
		start := p.pos
		name := p.expectIdent(what + " field name")
		f, ok := fields[name]
		if !ok {
			p.errAt(start, "unknown field %q in %s", name, what)
		}
		p.expectByte('=', "after "+name)
		f()
		if p.tryByte('>') {
			return
		}
		p.expectByte(',', "in "+what)
	}
}

// intList reads [1, 2, ?] (? is a dynamic size).
func (p *parser) intList() []int64 {
	p.expectByte('[', "opening integer list")
	out := []int64{}
	if p.tryByte(']') {
		return out
	}
	for {
		out = append(out, p.dimOrDynamic())
		if p.tryByte(']') {
			return out
		}
		p.expectByte(',', "in integer list")
	}
}

func (p *parser) dimOrDynamic() int64 {
	if p.tryByte('?') {
		return tensor.Dynamic
	}
	return p.int64Lit()
}

func (p *parser) boolLit() bool {
	switch p.bareIdent() {
	case "true":
		return true
	case "false":
		return false
	}
	p.errf("expected true or false")
	return false
}

func (p *parser) float64Lit() float64 {
	start := p.pos
	text, _, isH := p.number()
	bits, ok := floatBits(tensor.F64, text, isH)
	if !ok {
		p.errAt(start, "bad float %s", text)
	}
	return math.Float64frombits(bits)
}

// convDims reads [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f].
func (p *parser) convDims() *stablehlo.ConvDimensionNumbersAttr {
	a := &stablehlo.ConvDimensionNumbersAttr{}
	in := p.convDimList("input", 'b', 'f', &a.InputBatch, &a.InputFeature)
	a.InputSpatial = in
	p.ws()
	if p.pos >= len(p.src) || p.src[p.pos] != 'x' {
		p.errf("expected 'x' in convolution dimension numbers")
	}
	p.pos++
	a.KernelSpatial = p.convDimList("kernel", 'i', 'o', &a.KernelInputFeature, &a.KernelOutputFeature)
	p.expectStr("->", "in convolution dimension numbers")
	a.OutputSpatial = p.convDimList("output", 'b', 'f', &a.OutputBatch, &a.OutputFeature)
	return a
}

func (p *parser) convDimList(what string, c1, c2 byte, d1, d2 *int64) []int64 {
	p.expectByte('[', "opening "+what+" dimensions")
	type sp struct{ idx, pos int64 }
	var spatial []sp
	seen1, seen2 := false, false
	for i := int64(0); ; i++ {
		p.ws()
		start := p.pos
		switch {
		case p.pos < len(p.src) && isDigit(p.src[p.pos]):
			v := p.int64Lit()
			spatial = append(spatial, sp{v, i})
		default:
			id := p.bareIdent()
			switch {
			case len(id) == 1 && id[0] == c1 && !seen1:
				*d1, seen1 = i, true
			case len(id) == 1 && id[0] == c2 && !seen2:
				*d2, seen2 = i, true
			default:
				p.errAt(start, "unexpected %q in %s convolution dimensions", id, what)
			}
		}
		if p.tryByte(']') {
			break
		}
		p.expectByte(',', "in convolution dimensions")
		if i > 1<<16 {
			p.errf("too many convolution dimensions")
		}
	}
	if !seen1 || !seen2 {
		p.errf("%s convolution dimensions need '%c' and '%c'", what, c1, c2)
	}
	out := make([]int64, len(spatial))
	filled := make([]bool, len(spatial))
	for _, s := range spatial {
		if s.idx < 0 || s.idx >= int64(len(out)) || filled[s.idx] {
			p.errf("bad spatial dimension %d in %s convolution dimensions", s.idx, what)
		}
		out[s.idx] = s.pos
		filled[s.idx] = true
	}
	return out
}

// parseDenseArray reads array<i64: 1, 2> (after "array").
func (p *parser) parseDenseArray(start int) *stablehlo.DenseArrayAttr {
	p.expectByte('<', "after array")
	t := p.parseType()
	s, ok := t.(stablehlo.ScalarType)
	if !ok {
		p.errAt(start, "array element type must be scalar, got %s", t)
	}
	a := &stablehlo.DenseArrayAttr{Elem: s.DType, Ints: []int64{}}
	if p.tryByte('>') {
		return a
	}
	p.expectByte(':', "after array element type")
	for {
		a.Ints = append(a.Ints, p.arrayElem(s.DType))
		if p.tryByte('>') {
			return a
		}
		p.expectByte(',', "in array")
	}
}

func (p *parser) arrayElem(d tensor.DType) int64 {
	start := p.pos
	if d == tensor.I1 {
		if p.atNumber() {
			return p.int64Lit() & 1
		}
		if p.boolLit() {
			return 1
		}
		return 0
	}
	text, isF, isH := p.number()
	if d.IsFloat() {
		bits, ok := floatBits(d, text, isH)
		if !ok {
			p.errAt(start, "bad %s value %s", d, text)
		}
		return int64(bits)
	}
	if isF || !d.IsInteger() {
		p.errAt(start, "bad %s value %s", d, text)
	}
	v, ok := parseIntText(text, isH)
	if !ok {
		p.errAt(start, "integer %s out of range", text)
	}
	return extendInt(d, v)
}

// i64Array is a pretty "[0, 1]" list as the array<i64: 0, 1> StableHLO stores.
func i64Array(v []int64) *stablehlo.DenseArrayAttr {
	return &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: v}
}

func i64Attr(v int64) *stablehlo.IntegerAttr {
	return &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: v}
}

func i32Attr(v int64) *stablehlo.IntegerAttr {
	return &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: extendInt(tensor.I32, v)}
}
