package mlirtext

import (
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// The pretty (custom assembly) forms of StableHLO, func, check, interpreter and
// sdy ops. Most ops share one shape — operands, "keyword = value" items, an
// optional attribute dictionary and a type signature — handled by
// parseDefaultPretty with a per-op keyword table; the rest have handlers here.

var prettyOps map[string]func(*parser, *opState)

func init() {
	prettyOps = map[string]func(*parser, *opState){
		"func.func":                      (*parser).parseFunc,
		"func.call":                      (*parser).parseCall,
		"stablehlo.constant":             (*parser).parseConstant,
		"chlo.constant":                  (*parser).parseConstant,
		"stablehlo.compare":              (*parser).parseCompare,
		"stablehlo.slice":                (*parser).parseSlice,
		"stablehlo.get_tuple_element":    (*parser).parseGetTupleElement,
		"stablehlo.custom_call":          (*parser).parseCustomCall,
		"stablehlo.composite":            (*parser).parseComposite,
		"stablehlo.reduce":               (*parser).parseReduce,
		"stablehlo.while":                (*parser).parseWhile,
		"stablehlo.convolution":          (*parser).parseConvolution,
		"stablehlo.dynamic_conv":         (*parser).parseConvolution,
		"sdy.mesh":                       (*parser).parseSdyMesh,
		"sdy.sharding_constraint":        (*parser).parseSdyShardingConstraint,
		"stablehlo.complex":              func(p *parser, st *opState) { p.parseDefaultPrettyDerive(st, deriveComplex) },
		"stablehlo.real":                 func(p *parser, st *opState) { p.parseDefaultPrettyDerive(st, deriveRealImag) },
		"stablehlo.imag":                 func(p *parser, st *opState) { p.parseDefaultPrettyDerive(st, deriveRealImag) },
		"check.expect_eq_const":          (*parser).parseDefaultPretty,
		"check.expect_almost_eq_const":   (*parser).parseDefaultPretty,
		"stablehlo.optimization_barrier": (*parser).parseDefaultPretty,
		"chlo.top_k":                     (*parser).parseTopK,
		"arith.constant":                 (*parser).parseArithConstant,
		"vhlo.func_v1":                   (*parser).parseFunc,
		"scf.for":                        (*parser).parseScfFor,
		"sdy.reshard":                    (*parser).parseSdyShardingConstraint,
		"sdy.manual_computation":         (*parser).parseSdyManualComputation,
		"sdy.named_computation":          (*parser).parseSdyNamedComputation,
		"sdy.sharding_group":             (*parser).parseSdyShardingGroup,
		"tensor.insert":                  (*parser).parseTensorInsert,
	}
}

type kwKind uint8

const (
	kwDims kwKind = iota // [1, 2] → array<i64>
	kwI64
	kwI32
	kwUI32
	kwUI64
	kwF64
	kwBool
	kwEnum
	kwPrecision // [DEFAULT, HIGH] → [#stablehlo<precision ...>]
	kwBatchDims // [0] x [0] → dot_dimension_numbers
	kwContractDims
	kwString
	kwFormat    // e8m10 → exponent_bits, mantissa_bits
	kwAlgorithm // <...> → #stablehlo.dot_algorithm
)

type kwSpec struct {
	attr string
	kind kwKind
	enum string
}

// prettyKeywords maps each op's pretty keywords to its ODS attribute names.
var prettyKeywords = map[string]map[string]kwSpec{
	"stablehlo.iota":             {"dim": {"iota_dimension", kwI64, ""}},
	"stablehlo.dynamic_iota":     {"dim": {"iota_dimension", kwI64, ""}},
	"stablehlo.broadcast_in_dim": {"dims": {"broadcast_dimensions", kwDims, ""}},
	"stablehlo.dynamic_broadcast_in_dim": {
		"dims":                          {"broadcast_dimensions", kwDims, ""},
		"known_expanding_dimensions":    {"known_expanding_dimensions", kwDims, ""},
		"known_nonexpanding_dimensions": {"known_nonexpanding_dimensions", kwDims, ""},
	},
	"stablehlo.transpose":     {"dims": {"permutation", kwDims, ""}},
	"stablehlo.reverse":       {"dims": {"dimensions", kwDims, ""}},
	"stablehlo.broadcast":     {"sizes": {"broadcast_sizes", kwDims, ""}},
	"stablehlo.concatenate":   {"dim": {"dimension", kwI64, ""}},
	"stablehlo.dynamic_slice": {"sizes": {"slice_sizes", kwDims, ""}},
	"stablehlo.pad": {
		"low":      {"edge_padding_low", kwDims, ""},
		"high":     {"edge_padding_high", kwDims, ""},
		"interior": {"interior_padding", kwDims, ""},
	},
	"stablehlo.reduce_precision":   {"format": {"", kwFormat, ""}},
	"stablehlo.get_dimension_size": {"dim": {"dimension", kwI64, ""}},
	"stablehlo.set_dimension_size": {"dim": {"dimension", kwI64, ""}},
	"stablehlo.cholesky":           {"lower": {"lower", kwBool, ""}},
	"stablehlo.fft": {
		"type":   {"fft_type", kwEnum, "fft_type"},
		"length": {"fft_length", kwDims, ""},
	},
	"stablehlo.rng":               {"distribution": {"rng_distribution", kwEnum, "rng_distribution"}},
	"stablehlo.rng_bit_generator": {"algorithm": {"rng_algorithm", kwEnum, "rng_algorithm"}},
	"stablehlo.einsum":            {"config": {"einsum_config", kwString, ""}},
	"stablehlo.unary_einsum":      {"config": {"einsum_config", kwString, ""}},
	"stablehlo.dot":               {"precision": {"precision_config", kwPrecision, ""}},
	"stablehlo.dot_general": {
		"batching_dims":    {"", kwBatchDims, ""},
		"contracting_dims": {"", kwContractDims, ""},
		"precision":        {"precision_config", kwPrecision, ""},
		"algorithm":        {"algorithm", kwAlgorithm, ""},
	},
	"check.expect_almost_eq":       {"tolerance": {"tolerance", kwF64, ""}},
	"check.expect_almost_eq_const": {"tolerance": {"tolerance", kwF64, ""}},
	"check.expect_close": {
		"max_ulp_difference": {"max_ulp_difference", kwUI64, ""},
		"min_ulp_difference": {"min_ulp_difference", kwUI64, ""},
	},
	"check.expect_serialized_eq": {
		"probe_id": {"probe_id", kwString, ""},
		"iter":     {"iteration", kwUI32, ""},
	},
	"interpreter.probe": {"probe_id": {"probe_id", kwString, ""}},
}

// ops whose pretty form has a positional attribute (named "value").
var positionalValue = map[string]bool{
	"check.expect_eq_const":        true,
	"check.expect_almost_eq_const": true,
}

func (p *parser) parseDefaultPretty(st *opState) { p.parseDefaultPrettyDerive(st, nil) }

// parseDefaultPrettyDerive reads: operands and keyword items separated by commas,
// an optional attribute dictionary and an optional ": types" signature.
func (p *parser) parseDefaultPrettyDerive(st *opState, derive func([]stablehlo.Type) []stablehlo.Type) {
	kws := prettyKeywords[st.name]
	if p.hasPrefix("()") {
		// Pairwise ops with no operands print "()" (optimization_barrier()).
		p.pos += 2
		goto tail
	}
	for {
		c := p.peek()
		switch {
		case c == '%':
			st.operands = append(st.operands, p.valueUse())
		case p.atKeywordItem():
			p.keywordItem(st, kws)
		case positionalValue[st.name] && st.attrByName("value") == nil && len(st.operands) > 0:
			st.set("value", p.parseAttr(true))
		default:
			if len(st.operands) > 0 || len(st.attrs) > 0 {
				p.errf("expected operand or keyword, found %s", p.near())
			}
			goto tail
		}
		if !p.tryByte(',') {
			break
		}
	}
tail:
	if st.name == "stablehlo.dot_general" && st.attrByName("dot_dimension_numbers") == nil {
		st.set("dot_dimension_numbers", &stablehlo.DotDimensionNumbersAttr{})
	}
	p.optAttrDict(st)
	if p.peek() == ':' && p.peekAt(1) != ':' {
		p.parseSig(st, derive)
	} else if st.nres > 0 {
		if v, ok := st.attrByName("value").(*stablehlo.DenseElementsAttr); ok && st.nres == 1 {
			st.results = []stablehlo.Type{v.Type}
			return
		}
		p.errf("expected ':' and the result types")
	}
}

func (st *opState) attrByName(name string) stablehlo.Attribute {
	for _, a := range st.attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

// atKeywordItem: an identifier followed by '=' (not '==').
func (p *parser) atKeywordItem() bool {
	save := p.pos
	defer func() { p.pos = save }()
	if p.bareIdent() == "" {
		return false
	}
	return p.peek() == '=' && p.peekAt(1) != '='
}

func (p *parser) keywordItem(st *opState, kws map[string]kwSpec) {
	start := p.pos
	kw := p.bareIdent()
	p.expectByte('=', "after "+kw)
	spec, ok := kws[kw]
	if !ok {
		// An op we have no table for: keep the value under the keyword.
		if kws != nil {
			p.errAt(start, "unknown keyword %q", kw)
		}
		st.set(kw, p.parseAttr(false))
		return
	}
	switch spec.kind {
	case kwDims:
		st.set(spec.attr, i64Array(p.intList()))
	case kwI64:
		st.set(spec.attr, i64Attr(p.int64Lit()))
	case kwI32:
		st.set(spec.attr, i32Attr(p.int64Lit()))
	case kwUI32:
		st.set(spec.attr, &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.U32), Value: extendInt(tensor.U32, p.int64Lit())})
	case kwUI64:
		st.set(spec.attr, &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.U64), Value: p.int64Lit()})
	case kwF64:
		st.set(spec.attr, &stablehlo.FloatAttr{Type: stablehlo.Scalar(tensor.F64), Bits: floatBitsOf(p, tensor.F64)})
	case kwBool:
		st.set(spec.attr, stablehlo.BoolAttr{Value: p.boolLit()})
	case kwEnum:
		st.set(spec.attr, p.enumValue(spec.enum))
	case kwString:
		st.set(spec.attr, stablehlo.StringAttr{Value: p.stringLit()})
	case kwPrecision:
		p.expectByte('[', "opening precision list")
		arr := &stablehlo.ArrayAttr{Elems: []stablehlo.Attribute{}}
		if !p.tryByte(']') {
			for {
				arr.Elems = append(arr.Elems, p.enumValue("precision"))
				if p.tryByte(']') {
					break
				}
				p.expectByte(',', "in precision list")
			}
		}
		st.set(spec.attr, arr)
	case kwBatchDims, kwContractDims:
		dn, _ := st.attrByName("dot_dimension_numbers").(*stablehlo.DotDimensionNumbersAttr)
		if dn == nil {
			dn = &stablehlo.DotDimensionNumbersAttr{}
			st.set("dot_dimension_numbers", dn)
		}
		l := p.intList()
		p.expectKeyword("x")
		r := p.intList()
		if spec.kind == kwBatchDims {
			dn.LhsBatching, dn.RhsBatching = l, r
		} else {
			dn.LhsContracting, dn.RhsContracting = l, r
		}
	case kwFormat:
		f := p.expectIdent("format eXmY")
		e, m, ok := parseFormat(f)
		if !ok {
			p.errAt(start, "bad format %q (want eXmY)", f)
		}
		st.set("exponent_bits", i32Attr(e))
		st.set("mantissa_bits", i32Attr(m))
	case kwAlgorithm:
		p.expectByte('<', "opening dot algorithm")
		st.set(spec.attr, p.dotAlgorithmBody())
	}
}

func floatBitsOf(p *parser, d tensor.DType) uint64 {
	start := p.pos
	text, _, isH := p.number()
	b, ok := floatBits(d, text, isH)
	if !ok {
		p.errAt(start, "bad float %s", text)
	}
	return b
}

func parseFormat(f string) (int64, int64, bool) {
	if !strings.HasPrefix(f, "e") {
		return 0, 0, false
	}
	i := strings.IndexByte(f, 'm')
	if i < 0 {
		return 0, 0, false
	}
	e, err1 := strconv.ParseInt(f[1:i], 10, 32)
	m, err2 := strconv.ParseInt(f[i+1:], 10, 32)
	return e, m, err1 == nil && err2 == nil
}

func (p *parser) optAttrDict(st *opState) {
	if p.peek() == '{' {
		st.attrs = append(st.attrs, p.parseAttrDict()...)
	}
}

// parseSig reads ": signature" and sets the result types: a function type gives
// them directly; a type list gives them per result (or one type for all, or the
// last type for a single result, as SameOperandsAndResultType and select print).
func (p *parser) parseSig(st *opState, derive func([]stablehlo.Type) []stablehlo.Type) {
	p.expectByte(':', "before types")
	if p.peek() == '(' {
		ft := p.parseFunctionType()
		p.typePlaceholders(st.operands, ft.Inputs)
		st.results = ft.Results
		return
	}
	var tys []stablehlo.Type
	for {
		tys = append(tys, p.parseType())
		save := p.pos
		if !p.tryByte(',') {
			break
		}
		if !p.atType() {
			p.pos = save
			break
		}
	}
	if p.tryStr("->") {
		// "T -> R" or "T, U -> (R, S)" (chlo's type($x) -> type($r) formats).
		p.typePlaceholders(st.operands, tys)
		if p.peek() == '(' {
			st.results = p.parseTypeListParens()
		} else {
			st.results = []stablehlo.Type{p.parseType()}
		}
		return
	}
	if len(tys) == len(st.operands) {
		p.typePlaceholders(st.operands, tys)
	} else if len(tys) == 1 {
		for _, v := range st.operands {
			p.typePlaceholders([]*stablehlo.Value{v}, tys)
		}
	}
	switch {
	case derive != nil:
		st.results = derive(tys)
	case st.nres == 0:
		st.results = nil
	case len(tys) == st.nres:
		st.results = tys
	case st.nres == 1 && len(tys) == 2 && st.name == "stablehlo.select":
		// select prints "pred type, result type".
		st.results = tys[1:]
	default:
		p.errAt(st.pos, "%d types given for %d results", len(tys), st.nres)
	}
}

// withElem returns t with its element type replaced (for complex/real/imag).
func withElem(t stablehlo.Type, d tensor.DType) stablehlo.Type {
	switch t := t.(type) {
	case *stablehlo.TensorType:
		return &stablehlo.TensorType{Shape: t.Shape, Elem: stablehlo.Scalar(d), Encoding: t.Encoding}
	case stablehlo.UnrankedTensorType:
		return stablehlo.UnrankedTensorType{Elem: stablehlo.Scalar(d)}
	}
	return t
}

// complex %a, %b : tensor<2xf32> has result tensor<2xcomplex<f32>>.
func deriveComplex(tys []stablehlo.Type) []stablehlo.Type {
	t := tys[len(tys)-1]
	switch stablehlo.ElementDType(t) {
	case tensor.F32:
		return []stablehlo.Type{withElem(t, tensor.C64)}
	case tensor.F64:
		return []stablehlo.Type{withElem(t, tensor.C128)}
	}
	return []stablehlo.Type{t}
}

// real/imag %a : tensor<2xcomplex<f32>> has result tensor<2xf32>.
func deriveRealImag(tys []stablehlo.Type) []stablehlo.Type {
	t := tys[len(tys)-1]
	if d := stablehlo.ElementDType(t); d.IsComplex() {
		return []stablehlo.Type{withElem(t, d.ComplexPart())}
	}
	return []stablehlo.Type{t}
}

// ---- func ----

// parseFunc reads func.func [visibility] @name(args) [-> results] [attributes {...}] [{body}].
func (p *parser) parseFunc(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	var vis string
	switch {
	case p.tryKeyword("public"):
	case p.tryKeyword("private"):
		vis = "private"
	case p.tryKeyword("nested"):
		vis = "nested"
	}
	name := p.symbolName()
	st.set("sym_name", stablehlo.StringAttr{Value: name})
	outerFunc := p.curFunc
	p.curFunc = name
	defer func() { p.curFunc = outerFunc }()
	if vis != "" {
		st.set("sym_visibility", stablehlo.StringAttr{Value: vis})
	}
	p.expectByte('(', "opening argument list")
	var args []argDef
	var inTypes []stablehlo.Type
	var argAttrs []stablehlo.Attribute
	anyArgAttr := false
	named := false
	if !p.tryByte(')') {
		for i := 0; ; i++ {
			p.ws()
			if p.peek() == '%' {
				apos := p.pos
				an := p.argName()
				p.expectByte(':', "after argument name")
				t := p.parseType()
				named = true
				d := p.optDict()
				if len(d.Entries) > 0 {
					anyArgAttr = true
				}
				v := &stablehlo.Value{Type: t, Index: i, Name: an, Loc: stablehlo.UnknownLoc{}}
				if l := p.optLoc(); l != nil {
					v.Loc = l
				}
				args = append(args, argDef{an, v, apos})
				inTypes = append(inTypes, t)
				argAttrs = append(argAttrs, d)
			} else {
				if named {
					p.errf("expected argument name")
				}
				inTypes = append(inTypes, p.parseType())
				d := p.optDict()
				if len(d.Entries) > 0 {
					anyArgAttr = true
				}
				argAttrs = append(argAttrs, d)
				p.optLoc()
			}
			if p.tryByte(')') {
				break
			}
			p.expectByte(',', "in argument list")
		}
	}
	var outTypes []stablehlo.Type
	var resAttrs []stablehlo.Attribute
	anyResAttr := false
	if p.tryStr("->") {
		if p.peek() == '(' {
			save := p.pos
			p.pos++
			// "(T {attrs}, ...)" — or a function type used as the single result.
			if p.peek() == '(' || p.peek() == ')' && false {
				p.pos = save
				outTypes = append(outTypes, p.parseType())
				resAttrs = append(resAttrs, stablehlo.NewDict(nil))
			} else if !p.tryByte(')') {
				for {
					outTypes = append(outTypes, p.parseType())
					d := p.optDict()
					if len(d.Entries) > 0 {
						anyResAttr = true
					}
					resAttrs = append(resAttrs, d)
					if p.tryByte(')') {
						break
					}
					p.expectByte(',', "in result list")
				}
			}
		} else {
			outTypes = append(outTypes, p.parseType())
			resAttrs = append(resAttrs, stablehlo.NewDict(nil))
		}
	}
	if inTypes == nil {
		inTypes = []stablehlo.Type{}
	}
	if outTypes == nil {
		outTypes = []stablehlo.Type{}
	}
	st.set("function_type", &stablehlo.TypeAttr{Type: &stablehlo.FunctionType{Inputs: inTypes, Results: outTypes}})
	if anyArgAttr {
		st.set("arg_attrs", &stablehlo.ArrayAttr{Elems: argAttrs})
	}
	if anyResAttr {
		st.set("res_attrs", &stablehlo.ArrayAttr{Elems: resAttrs})
	}
	if p.tryKeyword("attributes") {
		st.attrs = append(st.attrs, p.parseAttrDict()...)
	}
	if p.peek() == '{' {
		if !named && len(inTypes) > 0 {
			p.errf("a function with a body needs named arguments")
		}
		if args == nil {
			args = []argDef{}
		}
		st.regions = []*stablehlo.Region{p.parseRegion(args, true)}
	} else {
		st.regions = []*stablehlo.Region{{}}
	}
	if st.name == "vhlo.func_v1" {
		// VHLO prints its function attributes after the body.
		p.optAttrDict(st)
	}
}

func (p *parser) optDict() *stablehlo.DictAttr {
	if p.peek() == '{' {
		return stablehlo.NewDict(p.parseAttrDict())
	}
	return stablehlo.NewDict([]stablehlo.NamedAttr{})
}

// parseCall reads call @f(%a, ...) [{attrs}] : (T) -> R.
func (p *parser) parseCall(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.set("callee", p.parseSymbolRef())
	p.operandsInParens(st)
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

func (p *parser) operandsInParens(st *opState) {
	p.expectByte('(', "opening operand list")
	if p.tryByte(')') {
		return
	}
	for {
		st.operands = append(st.operands, p.valueUse())
		if p.tryByte(')') {
			return
		}
		p.expectByte(',', "in operand list")
	}
}

// ---- stablehlo ----

// parseConstant reads constant [{attrs}] value, or the generic-like
// constant() <{value = ...}> : () -> T used for quantized constants.
func (p *parser) parseConstant(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	p.optAttrDict(st)
	start := p.pos
	v := p.parseAttr(true)
	st.set("value", v)
	switch v := v.(type) {
	case *stablehlo.DenseElementsAttr:
		st.results = []stablehlo.Type{v.Type}
	case *stablehlo.DenseStringElementsAttr:
		st.results = []stablehlo.Type{v.Type}
	default:
		p.errAt(start, "constant value must be an elements attribute, got %s", v)
	}
}

// parseCompare reads compare DIR, %a, %b[, TYPE] [{attrs}] : sig.
func (p *parser) parseCompare(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.set("comparison_direction", p.enumValue("comparison_direction"))
	p.expectByte(',', "after comparison direction")
	st.operands = append(st.operands, p.valueUse())
	p.expectByte(',', "between compare operands")
	st.operands = append(st.operands, p.valueUse())
	if p.tryByte(',') {
		st.set("compare_type", p.enumValue("comparison_type"))
	}
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// parseSlice reads slice %x [s:l(:stride)?, ...] [{attrs}] : sig.
func (p *parser) parseSlice(st *opState) {
	st.operands = append(st.operands, p.valueUse())
	if p.peek() == ',' {
		// Older keyword form: start_indices = [...], limit_indices = ..., strides = ...
		p.pos++
		for {
			kw := p.expectIdent("slice keyword")
			p.expectByte('=', "after "+kw)
			st.set(kw, i64Array(p.intList()))
			if !p.tryByte(',') {
				break
			}
		}
	} else {
		p.expectByte('[', "opening slice ranges")
		var starts, limits, strides []int64
		if !p.tryByte(']') {
			for {
				starts = append(starts, p.int64Lit())
				p.expectByte(':', "in slice range")
				limits = append(limits, p.int64Lit())
				s := int64(1)
				if p.tryByte(':') {
					s = p.int64Lit()
				}
				strides = append(strides, s)
				if p.tryByte(']') {
					break
				}
				p.expectByte(',', "in slice ranges")
			}
		}
		st.set("start_indices", i64Array(nonNil(starts)))
		st.set("limit_indices", i64Array(nonNil(limits)))
		st.set("strides", i64Array(nonNil(strides)))
	}
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

func nonNil(v []int64) []int64 {
	if v == nil {
		return []int64{}
	}
	return v
}

// parseGetTupleElement reads get_tuple_element %t[i] [{attrs}] : sig.
func (p *parser) parseGetTupleElement(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.operands = append(st.operands, p.valueUse())
	p.expectByte('[', "before tuple index")
	st.set("index", i32Attr(p.int64Lit()))
	p.expectByte(']', "after tuple index")
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// parseCustomCall reads custom_call @target(%a, ...) [{attrs}] : sig.
func (p *parser) parseCustomCall(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.set("call_target_name", stablehlo.StringAttr{Value: p.symbolName()})
	p.operandsInParens(st)
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// parseComposite reads composite "name" %a, ... [{attrs}] : sig.
func (p *parser) parseComposite(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.set("name", stablehlo.StringAttr{Value: p.stringLit()})
	if p.peek() == '%' {
		for {
			st.operands = append(st.operands, p.valueUse())
			if !p.tryByte(',') {
				break
			}
		}
	}
	if p.peek() == '(' {
		// Optional regions: ({ ... }, { ... }).
		p.pos++
		for {
			st.regions = append(st.regions, p.parseRegion(nil, false))
			if p.tryByte(')') {
				break
			}
			p.expectByte(',', "in region list")
		}
	}
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// parseReduce reads the compact form
//
//	reduce(%x init: %c) applies stablehlo.add across dimensions = [1] : sig
//
// and the full form
//
//	reduce(%x init: %c) across dimensions = [1] : sig reducer(%a: T, %b: T) {...}
func (p *parser) parseReduce(st *opState) {
	if p.peek() == '(' && p.peekAt(1) != '%' {
		p.parseGenericBody(st)
		return
	}
	var inputs, inits []*stablehlo.Value
	for {
		p.expectByte('(', "opening reduce operand")
		inputs = append(inputs, p.valueUse())
		p.expectKeyword("init")
		p.expectByte(':', "after init")
		inits = append(inits, p.valueUse())
		p.expectByte(')', "closing reduce operand")
		if !p.tryByte(',') {
			break
		}
	}
	st.operands = append(append(st.operands, inputs...), inits...)
	var applies string
	appliesPos := 0
	if p.tryKeyword("applies") {
		p.ws()
		appliesPos = p.pos
		applies = p.expectIdent("reduction op name")
	}
	p.expectKeyword("across")
	p.expectKeyword("dimensions")
	p.expectByte('=', "after dimensions")
	st.set("dimensions", i64Array(p.intList()))
	p.optAttrDict(st)
	p.parseSig(st, nil)
	if applies != "" {
		if len(inits) != 1 {
			p.errAt(appliesPos, "the compact reduce form needs exactly one input")
		}
		et := scalarOf(inits[0].Type)
		if et == nil {
			p.errAt(appliesPos, "cannot derive the reducer argument type from the init value")
		}
		a := &stablehlo.Value{Type: et, Index: 0, Loc: stablehlo.UnknownLoc{}}
		b := &stablehlo.Value{Type: et, Index: 1, Loc: stablehlo.UnknownLoc{}}
		inner := stablehlo.NewOp(applies, []*stablehlo.Value{a, b}, []stablehlo.Type{et})
		inner.Loc = stablehlo.UnknownLoc{}
		ret := stablehlo.NewOp("stablehlo.return", []*stablehlo.Value{inner.Results[0]}, nil)
		ret.Operands = []*stablehlo.Value{inner.Results[0]}
		ret.Loc = stablehlo.UnknownLoc{}
		st.regions = []*stablehlo.Region{{Blocks: []*stablehlo.Block{{Args: []*stablehlo.Value{a, b}, Ops: []*stablehlo.Op{inner, ret}}}}}
		st.locOps = []*stablehlo.Op{inner, ret}
		st.locArgs = []*stablehlo.Value{a, b}
		return
	}
	p.expectKeyword("reducer")
	var firsts, seconds []argDef
	for p.peek() == '(' {
		p.pos++
		firsts = append(firsts, p.typedArg())
		p.expectByte(',', "between reducer arguments")
		seconds = append(seconds, p.typedArg())
		p.expectByte(')', "closing reducer arguments")
	}
	if len(firsts) != len(inputs) {
		p.errf("reducer has %d argument pairs for %d inputs", len(firsts), len(inputs))
	}
	st.regions = []*stablehlo.Region{p.parseRegion(append(firsts, seconds...), false)}
}

// scalarOf is the rank-0 tensor type of t's element type (the reducer argument type).
func scalarOf(t stablehlo.Type) stablehlo.Type {
	switch t := t.(type) {
	case *stablehlo.TensorType:
		return &stablehlo.TensorType{Shape: []int64{}, Elem: t.Elem}
	case stablehlo.UnrankedTensorType:
		return &stablehlo.TensorType{Shape: []int64{}, Elem: t.Elem}
	}
	return nil
}

// typedArg reads %name: T [loc].
func (p *parser) typedArg() argDef {
	p.ws()
	pos := p.pos
	n := p.argName()
	p.expectByte(':', "after argument name")
	v := &stablehlo.Value{Type: p.parseType(), Name: n, Loc: stablehlo.UnknownLoc{}}
	if l := p.optLoc(); l != nil {
		v.Loc = l
	}
	return argDef{n, v, pos}
}

// parseWhile reads while(%iterArg = %init, ...) : T, ... [attributes {...}] cond {...} do {...}.
func (p *parser) parseWhile(st *opState) {
	if p.peek() == '(' && p.peekAt(1) != '%' && p.peekAt(1) != ')' {
		p.parseGenericBody(st)
		return
	}
	save := p.pos
	p.expectByte('(', "opening while operands")
	if p.peek() == '%' {
		// Distinguish the generic form "(%a, %b) ({...})": pretty names are followed by '='.
		p.argName()
		if p.peek() != '=' {
			p.pos = save
			p.parseGenericBody(st)
			return
		}
		p.pos = save + 1
	}
	type iter struct {
		name string
		pos  int
	}
	var iters []iter
	if !p.tryByte(')') {
		for {
			p.ws()
			pos := p.pos
			n := p.argName()
			p.expectByte('=', "after while iteration argument")
			st.operands = append(st.operands, p.valueUse())
			iters = append(iters, iter{n, pos})
			if p.tryByte(')') {
				break
			}
			p.expectByte(',', "in while operands")
		}
	}
	var tys []stablehlo.Type
	if p.tryByte(':') {
		for len(tys) < len(iters) {
			tys = append(tys, p.parseType())
			if len(tys) < len(iters) {
				p.expectByte(',', "in while types")
			}
		}
	}
	if len(tys) != len(iters) {
		p.errf("while has %d operands but %d types", len(iters), len(tys))
	}
	p.typePlaceholders(st.operands, tys)
	st.results = tys
	if p.tryKeyword("attributes") {
		st.attrs = append(st.attrs, p.parseAttrDict()...)
	} else {
		p.optAttrDict(st)
	}
	mk := func() []argDef {
		out := make([]argDef, len(iters))
		for i, it := range iters {
			out[i] = argDef{it.name, &stablehlo.Value{Type: tys[i], Name: it.name, Loc: stablehlo.UnknownLoc{}}, it.pos}
		}
		return out
	}
	p.expectKeyword("cond")
	cond := p.parseRegion(mk(), false)
	p.expectKeyword("do")
	body := p.parseRegion(mk(), false)
	st.regions = []*stablehlo.Region{cond, body}
}

// parseConvolution reads convolution(%lhs, %rhs) dim_numbers = ..., window = {...} [{attrs}] : sig.
func (p *parser) parseConvolution(st *opState) {
	p.operandsInParens(st)
	for {
		if !p.atKeywordItem() {
			break
		}
		start := p.pos
		kw := p.bareIdent()
		p.expectByte('=', "after "+kw)
		switch kw {
		case "dim_numbers":
			st.set("dimension_numbers", p.convDims())
		case "window":
			p.convWindow(st)
		default:
			p.errAt(start, "unknown convolution keyword %q", kw)
		}
		if !p.tryByte(',') {
			break
		}
	}
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

func (p *parser) convWindow(st *opState) {
	p.expectByte('{', "opening convolution window")
	if p.tryByte('}') {
		return
	}
	for {
		start := p.pos
		kw := p.expectIdent("window field")
		p.expectByte('=', "after "+kw)
		switch kw {
		case "stride":
			st.set("window_strides", i64Array(p.intList()))
		case "lhs_dilate":
			st.set("lhs_dilation", i64Array(p.intList()))
		case "rhs_dilate":
			st.set("rhs_dilation", i64Array(p.intList()))
		case "reverse":
			p.expectByte('[', "opening reverse list")
			arr := &stablehlo.DenseArrayAttr{Elem: tensor.I1, Ints: []int64{}}
			if !p.tryByte(']') {
				for {
					arr.Ints = append(arr.Ints, p.arrayElem(tensor.I1))
					if p.tryByte(']') {
						break
					}
					p.expectByte(',', "in reverse list")
				}
			}
			st.set("window_reversal", arr)
		case "pad":
			p.expectByte('[', "opening padding")
			var data []byte
			n := int64(0)
			if !p.tryByte(']') {
				for {
					pair := p.intList()
					if len(pair) != 2 {
						p.errAt(start, "padding entries must be [low, high]")
					}
					for _, v := range pair {
						for i := 0; i < 8; i++ {
							data = append(data, byte(uint64(v)>>(8*i)))
						}
					}
					n++
					if p.tryByte(']') {
						break
					}
					p.expectByte(',', "in padding")
				}
			}
			st.set("padding", stablehlo.NewDenseElements(stablehlo.Tensor(tensor.I64, n, 2), data))
		default:
			p.errAt(start, "unknown window field %q", kw)
		}
		if p.tryByte('}') {
			return
		}
		p.expectByte(',', "in convolution window")
	}
}

// ---- sdy ----

// parseSdyMesh reads sdy.mesh @name = <...>.
func (p *parser) parseSdyMesh(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.set("sym_name", stablehlo.StringAttr{Value: p.symbolName()})
	p.expectByte('=', "after mesh name")
	p.ws()
	if p.peek() == '#' {
		st.set("mesh", p.parseAttr(false))
	} else {
		if p.peek() != '<' {
			p.errf("expected '<' for mesh")
		}
		st.set("mesh", stablehlo.OpaqueAttr{Text: "#sdy.mesh" + normalizeBody(p.balanced())})
	}
	p.optAttrDict(st)
}

// parseSdyShardingConstraint reads sdy.sharding_constraint %x <@mesh, ...> : T.
func (p *parser) parseSdyShardingConstraint(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.operands = append(st.operands, p.valueUse())
	p.ws()
	if p.peek() == '#' {
		st.set("sharding", p.parseAttr(false))
	} else {
		if p.peek() != '<' {
			p.errf("expected '<' for sharding")
		}
		st.set("sharding", stablehlo.OpaqueAttr{Text: "#sdy.sharding" + normalizeBody(p.balanced())})
	}
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// parseTopK reads chlo.top_k(%x, k = N) [{attrs}] : T -> (R, I).
func (p *parser) parseTopK(st *opState) {
	p.expectByte('(', "after chlo.top_k")
	st.operands = append(st.operands, p.valueUse())
	for p.tryByte(',') {
		start := p.pos
		kw := p.expectIdent("keyword")
		p.expectByte('=', "after "+kw)
		switch kw {
		case "k":
			st.set("k", i64Attr(p.int64Lit()))
		case "recall_target":
			st.set("recall_target", &stablehlo.FloatAttr{Type: stablehlo.Scalar(tensor.F32), Bits: floatBitsOf(p, tensor.F32)})
		default:
			p.errAt(start, "unknown chlo.top_k keyword %q", kw)
		}
	}
	p.expectByte(')', "closing chlo.top_k operands")
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// parseArithConstant reads arith.constant [{attrs}] value (the value carries the type).
func (p *parser) parseArithConstant(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	p.optAttrDict(st)
	start := p.pos
	v := p.parseAttr(true)
	st.set("value", v)
	var t stablehlo.Type
	switch v := v.(type) {
	case *stablehlo.IntegerAttr:
		t = v.Type
	case *stablehlo.FloatAttr:
		t = v.Type
	case stablehlo.BoolAttr:
		t = stablehlo.Scalar(tensor.I1)
	case *stablehlo.DenseElementsAttr:
		t = v.Type
	default:
		p.errAt(start, "arith.constant value must be a typed number or elements attribute")
	}
	st.results = []stablehlo.Type{t}
}

// parseScfFor reads scf.for %i = %lb to %ub step %s [: T] [iter_args(%a = %x, ...) -> (T, ...)] {body}.
// (It appears in StableHLO's mixed-dialect tests.)
func (p *parser) parseScfFor(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	p.ws()
	ivPos := p.pos
	iv := p.argName()
	p.expectByte('=', "after induction variable")
	lb := p.valueUse()
	p.expectKeyword("to")
	ub := p.valueUse()
	p.expectKeyword("step")
	step := p.valueUse()
	st.operands = append(st.operands, lb, ub, step)
	ivType := lb.Type
	if p.peek() == ':' {
		p.pos++
		ivType = p.parseType()
	}
	args := []argDef{{iv, &stablehlo.Value{Type: ivType, Name: iv, Loc: stablehlo.UnknownLoc{}}, ivPos}}
	var iters []argDef
	if p.tryKeyword("iter_args") {
		p.expectByte('(', "after iter_args")
		for {
			p.ws()
			pos := p.pos
			n := p.argName()
			p.expectByte('=', "in iter_args")
			st.operands = append(st.operands, p.valueUse())
			iters = append(iters, argDef{n, &stablehlo.Value{Name: n, Loc: stablehlo.UnknownLoc{}}, pos})
			if p.tryByte(')') {
				break
			}
			p.expectByte(',', "in iter_args")
		}
		p.expectStr("->", "after iter_args")
		var tys []stablehlo.Type
		if p.peek() == '(' {
			tys = p.parseTypeListParens()
		} else {
			tys = []stablehlo.Type{p.parseType()}
		}
		if len(tys) != len(iters) {
			p.errf("scf.for has %d iter_args but %d types", len(iters), len(tys))
		}
		for i := range iters {
			iters[i].v.Type = tys[i]
		}
		st.results = tys
	}
	if ivType == nil {
		ivType = stablehlo.Scalar(tensor.Index)
		args[0].v.Type = ivType
	}
	st.regions = []*stablehlo.Region{p.parseRegion(append(args, iters...), false)}
	p.optAttrDict(st)
}

// parseTensorInsert reads tensor.insert %scalar into %dest[%i, ...] : T.
func (p *parser) parseTensorInsert(st *opState) {
	if p.peek() == '(' {
		p.parseGenericBody(st)
		return
	}
	st.operands = append(st.operands, p.valueUse())
	p.expectKeyword("into")
	st.operands = append(st.operands, p.valueUse())
	p.expectByte('[', "before indices")
	if !p.tryByte(']') {
		for {
			st.operands = append(st.operands, p.valueUse())
			if p.tryByte(']') {
				break
			}
			p.expectByte(',', "in indices")
		}
	}
	p.optAttrDict(st)
	p.expectByte(':', "before type")
	t := p.parseType()
	st.results = []stablehlo.Type{t}
}

// sdyKeywordText reads the text after "kw=" of an sdy op: a bracketed or quoted
// value kept verbatim (normalized spacing).
func (p *parser) sdyKeywordText() string {
	p.ws()
	switch p.peek() {
	case '[', '{', '<', '(':
		return normalizeBody(p.balanced())
	case '"':
		return strconv.Quote(p.stringLit())
	}
	return p.expectIdent("sdy value")
}

// sdyShardingAttrs reads in_shardings=[...] out_shardings=[...] manual_axes={...}.
func (p *parser) sdyShardingAttrs(st *opState) {
	for {
		save := p.pos
		kw := p.bareIdent()
		if kw == "" || p.peek() != '=' {
			p.pos = save
			return
		}
		p.pos++
		text := p.sdyKeywordText()
		switch kw {
		case "in_shardings", "out_shardings":
			st.set(kw, stablehlo.OpaqueAttr{Text: "#sdy.sharding_per_value<" + text + ">"})
		case "manual_axes":
			st.set(kw, stablehlo.OpaqueAttr{Text: "#sdy<manual_axes" + text + ">"})
		default:
			p.errAt(save, "unknown sdy keyword %q", kw)
		}
	}
}

// parseSdyManualComputation reads
// sdy.manual_computation(%x) in_shardings=[...] out_shardings=[...] manual_axes={...} (%a: T) {...} : sig.
func (p *parser) parseSdyManualComputation(st *opState) {
	p.operandsInParens(st)
	p.sdyShardingAttrs(st)
	p.regionWithArgs(st)
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// parseSdyNamedComputation reads sdy.named_computation<"name">(%x) [shardings] (%a: T) {...} : sig.
func (p *parser) parseSdyNamedComputation(st *opState) {
	p.expectByte('<', "before the computation name")
	st.set("name", stablehlo.StringAttr{Value: p.stringLit()})
	p.expectByte('>', "after the computation name")
	p.operandsInParens(st)
	p.sdyShardingAttrs(st)
	p.regionWithArgs(st)
	p.optAttrDict(st)
	p.parseSig(st, nil)
}

// regionWithArgs reads (%a: T, ...) {body}.
func (p *parser) regionWithArgs(st *opState) {
	p.expectByte('(', "opening region arguments")
	args := []argDef{}
	if !p.tryByte(')') {
		for {
			args = append(args, p.typedArg())
			if p.tryByte(')') {
				break
			}
			p.expectByte(',', "in region arguments")
		}
	}
	st.regions = append(st.regions, p.parseRegion(args, true))
}

// parseSdyShardingGroup reads sdy.sharding_group %x group_id=N : T.
func (p *parser) parseSdyShardingGroup(st *opState) {
	st.operands = append(st.operands, p.valueUse())
	p.expectKeyword("group_id")
	p.expectByte('=', "after group_id")
	st.set("group_id", i64Attr(p.int64Lit()))
	p.optAttrDict(st)
	p.parseSig(st, nil)
}
