package stablehlo

import (
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// Pretty (custom assembly) forms. Each printer checks that the op has exactly
// the shape its form can express (operand/result counts, attribute kinds, no
// stray regions) and returns false without writing anything otherwise; the op is
// then printed in the generic form. Attributes a form does not consume go into
// its attr-dict, as MLIR's printOptionalAttrDict does.

// unaryOps print `%x : T` (custom<SameOperandsAndResultType>).
var unaryOps = setOf("abs", "cbrt", "ceil", "convert", "count_leading_zeros", "cosine", "exp2", "exponential",
	"exponential_minus_one", "floor", "log", "log2", "log_plus_one", "logistic", "not", "negate",
	"popcnt", "real", "imag", "round_nearest_afz", "round_nearest_even", "rsqrt", "sign", "sine", "sqrt",
	"tan", "tanh")

// functionalUnaryOps print `%x : (T) -> R` (their operand and result types
// always differ).
var functionalUnaryOps = setOf("is_finite")

// binaryOps print `%a, %b : T`.
var binaryOps = setOf("add", "atan2", "divide", "maximum", "minimum", "multiply", "power",
	"remainder", "shift_left", "shift_right_arithmetic", "shift_right_logical", "subtract",
	"and", "or", "xor")

// operandsFunctionalOps print `%a, %b : (T, U) -> R`.
var operandsFunctionalOps = setOf("reshape", "bitcast_convert", "dynamic_update_slice")

// dimsForms maps ops printed `%x, <keyword> = [..]` to their attribute and keyword.
var dimsForms = map[string][2]string{
	"stablehlo.broadcast_in_dim": {"broadcast_dimensions", "dims"},
	"stablehlo.transpose":        {"permutation", "dims"},
	"stablehlo.broadcast":        {"broadcast_sizes", "sizes"},
	"stablehlo.reverse":          {"dimensions", "dims"},
}

// chloUnaryOps print `%x : T -> R` (CHLO's unary assembly format).
var chloUnaryOps = map[string]bool{}

// chloBinaryOps print `%a, %b : T, U -> R`.
var chloBinaryOps = map[string]bool{"chlo.next_after": true}

func init() {
	for _, n := range []string{"acos", "acosh", "asin", "asinh", "atan", "atanh", "bessel_i1e", "conj",
		"cosh", "digamma", "erf", "erf_inv", "erfc", "is_inf", "is_neg_inf", "is_pos_inf", "lgamma",
		"sinh", "square", "tan"} {
		chloUnaryOps["chlo."+n] = true
	}
}

// compactReduceOps are the commutative binary ops a reduce body may consist of
// for the `applies` form.
var compactReduceOps = setOf("add", "multiply", "maximum", "minimum", "and", "or", "xor")

func setOf(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m["stablehlo."+n] = true
	}
	return m
}

// simple reports that the op has no regions or successors and no nil values,
// so a one-line form can print it.
func simple(op *Op) bool {
	if len(op.Regions) != 0 || len(op.Successors) != 0 {
		return false
	}
	return noNil(op)
}

func noNil(op *Op) bool {
	for _, v := range op.Operands {
		if v == nil || v.Type == nil {
			return false
		}
	}
	for _, v := range op.Results {
		if v == nil || v.Type == nil {
			return false
		}
	}
	return true
}

func counts(op *Op, operands, results int) bool {
	return len(op.Operands) == operands && len(op.Results) == results
}

// allTypesEqual reports that every operand and result has the same type.
func allTypesEqual(op *Op) bool {
	var first Type
	for _, v := range append(append([]*Value{}, op.Operands...), op.Results...) {
		if first == nil {
			first = v.Type
		} else if !TypesEqual(first, v.Type) {
			return false
		}
	}
	return true
}

// sameOrFunctional is custom<SameOperandsAndResultType>: one type when all agree.
func sameOrFunctional(op *Op) string {
	if len(op.Results) == 1 && allTypesEqual(op) {
		return typeStr(op.Results[0].Type)
	}
	return opFuncType(op)
}

func i64Array(a Attribute) ([]int64, bool) {
	d, ok := a.(*DenseArrayAttr)
	if !ok || d.Elem != tensor.I64 {
		return nil, false
	}
	return d.Ints, true
}

func boolArray(a Attribute) ([]int64, bool) {
	d, ok := a.(*DenseArrayAttr)
	if !ok || d.Elem != tensor.I1 {
		return nil, false
	}
	return d.Ints, true
}

func intList(v []int64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = strconv.FormatInt(x, 10)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func boolList(v []int64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = BoolAttr{x != 0}.String()
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// intValue is the value of an IntegerAttr of an integer type.
func intValue(a Attribute) (int64, bool) {
	ia, ok := a.(*IntegerAttr)
	if !ok || ia.Type == nil {
		return 0, false
	}
	return ia.Value, true
}

func enumValue(a Attribute, kind string) (string, bool) {
	e, ok := a.(EnumAttr)
	if !ok || e.Kind != kind || e.Value == "" {
		return "", false
	}
	for _, c := range e.Value {
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return "", false
		}
	}
	return e.Value, true
}

// precisionList is the `[DEFAULT, HIGH]` of a precision_config array.
func precisionList(a Attribute) (string, bool) {
	arr, ok := a.(*ArrayAttr)
	if !ok {
		return "", false
	}
	parts := make([]string, len(arr.Elems))
	for i, e := range arr.Elems {
		v, ok := enumValue(e, "precision")
		if !ok {
			return "", false
		}
		parts[i] = v
	}
	return "[" + strings.Join(parts, ", ") + "]", true
}

// pretty writes the custom form of op (after the "%r = " prefix) and reports
// whether it did.
func (p *printer) pretty(op *Op, ind int, dialect string) bool {
	if !noNil(op) {
		return false
	}
	name := op.Name
	short := name
	if dialect != "" && strings.HasPrefix(name, dialect+".") {
		short = strings.TrimPrefix(name, dialect+".")
	}
	w := func(s string) bool { p.b.WriteString(s); return true }
	attrs := op.Attrs

	switch {
	case name == "func.return" || name == "stablehlo.return":
		if !simple(op) || len(op.Results) != 0 || attrDict(attrs) != "" {
			return false
		}
		if len(op.Operands) == 0 {
			return w(short)
		}
		return w(short + " " + p.vals(op.Operands) + " : " + typeList(valueTypes(op.Operands)))

	case name == "func.call":
		callee, ok := op.Attr("callee").(*SymbolRefAttr)
		if !simple(op) || !ok || attrDict(attrs, "callee") != "" {
			return false
		}
		return w(short + " " + callee.String() + "(" + p.vals(op.Operands) + ") : " + opFuncType(op))

	case name == "stablehlo.constant":
		v := op.Attr("value")
		if !simple(op) || !counts(op, 0, 1) || v == nil {
			return false
		}
		text := v.String()
		if !strings.HasSuffix(text, " : "+typeStr(op.Results[0].Type)) {
			return false // e.g. quantized constants: the value's type differs
		}
		return w(name + attrDict(attrs, "value") + " " + text)

	case unaryOps[name]:
		if !simple(op) || !counts(op, 1, 1) {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + attrDict(attrs) + " : " + sameOrFunctional(op))

	case functionalUnaryOps[name]:
		if !simple(op) || !counts(op, 1, 1) {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + attrDict(attrs) + " : " + opFuncType(op))

	case binaryOps[name]:
		if !simple(op) || !counts(op, 2, 1) {
			return false
		}
		return w(name + " " + p.vals(op.Operands) + attrDict(attrs) + " : " + sameOrFunctional(op))

	case operandsFunctionalOps[name]:
		if !simple(op) || len(op.Operands) == 0 || len(op.Results) != 1 {
			return false
		}
		return w(name + " " + p.vals(op.Operands) + attrDict(attrs) + " : " + opFuncType(op))

	case chloUnaryOps[name]:
		if !simple(op) || !counts(op, 1, 1) {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + attrDict(attrs) + " : " + typeStr(op.Operands[0].Type) + " -> " + typeStr(op.Results[0].Type))

	case chloBinaryOps[name]:
		if !simple(op) || !counts(op, 2, 1) {
			return false
		}
		return w(name + " " + p.vals(op.Operands) + attrDict(attrs) + " : " + typeList(valueTypes(op.Operands)) + " -> " + typeStr(op.Results[0].Type))

	case name == "chlo.top_k":
		// chlo.top_k(%x, k = 3) : T -> (V, I)
		k, ok := intValue(op.Attr("k"))
		if !simple(op) || !counts(op, 1, 2) || !ok {
			return false
		}
		return w(name + "(" + p.val(op.Operands[0]) + ", k = " + strconv.FormatInt(k, 10) + ")" + attrDict(attrs, "k") +
			" : " + typeStr(op.Operands[0].Type) + " -> (" + typeList(valueTypes(op.Results)) + ")")

	case name == "sdy.mesh":
		// sdy.mesh @mesh = <["a"=2]>
		sym, ok1 := op.Attr("sym_name").(StringAttr)
		mesh, ok2 := op.Attr("mesh").(OpaqueAttr)
		if !simple(op) || !counts(op, 0, 0) || !ok1 || !ok2 || !strings.HasPrefix(mesh.Text, "#sdy.mesh<") ||
			attrDict(attrs, "sym_name", "mesh") != "" {
			return false
		}
		return w(name + " " + (&SymbolRefAttr{Root: sym.Value}).String() + " = " + strings.TrimPrefix(mesh.Text, "#sdy.mesh"))

	case name == "sdy.sharding_constraint":
		// sdy.sharding_constraint %x <@mesh, [{"a"}]> : T
		sh, ok := op.Attr("sharding").(OpaqueAttr)
		if !simple(op) || !counts(op, 1, 1) || !ok || !strings.HasPrefix(sh.Text, "#sdy.sharding<") ||
			!TypesEqual(op.Operands[0].Type, op.Results[0].Type) {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + " " + strings.TrimPrefix(sh.Text, "#sdy.sharding") +
			attrDict(attrs, "sharding") + " : " + typeStr(op.Results[0].Type))

	case name == "stablehlo.complex":
		if !simple(op) || !counts(op, 2, 1) {
			return false
		}
		return w(name + " " + p.vals(op.Operands) + attrDict(attrs) + " : " + complexOpType(op))

	case name == "stablehlo.select":
		if !simple(op) || !counts(op, 3, 1) {
			return false
		}
		t := opFuncType(op)
		if TypesEqual(op.Operands[1].Type, op.Operands[2].Type) && TypesEqual(op.Operands[1].Type, op.Results[0].Type) {
			t = typeStr(op.Operands[0].Type) + ", " + typeStr(op.Results[0].Type)
		}
		return w(name + " " + p.vals(op.Operands) + attrDict(attrs) + " : " + t)

	case name == "stablehlo.clamp" || name == "stablehlo.fma":
		if !simple(op) || !counts(op, 3, 1) {
			return false
		}
		return w(name + " " + p.vals(op.Operands) + attrDict(attrs) + " : " + sameOrFunctional(op))

	case name == "stablehlo.compare":
		dir, ok := enumValue(op.Attr("comparison_direction"), "comparison_direction")
		if !simple(op) || !counts(op, 2, 1) || !ok {
			return false
		}
		s := name + " " + dir + ", " + p.vals(op.Operands)
		if ct := op.Attr("compare_type"); ct != nil {
			v, ok := enumValue(ct, "comparison_type")
			if !ok {
				return false
			}
			s += ", " + v
		}
		return w(s + attrDict(attrs, "comparison_direction", "compare_type") + " : " + opFuncType(op))

	case name == "stablehlo.broadcast_in_dim", name == "stablehlo.transpose",
		name == "stablehlo.broadcast", name == "stablehlo.reverse":
		f := dimsForms[name]
		attr, kw := f[0], f[1]
		dims, ok := i64Array(op.Attr(attr))
		if !simple(op) || !counts(op, 1, 1) || !ok {
			return false
		}
		t := opFuncType(op)
		if name == "stablehlo.reverse" {
			t = sameOrFunctional(op)
		}
		return w(name + " " + p.val(op.Operands[0]) + ", " + kw + " = " + intList(dims) + attrDict(attrs, attr) + " : " + t)

	case name == "stablehlo.iota":
		d, ok := intValue(op.Attr("iota_dimension"))
		if !simple(op) || !counts(op, 0, 1) || !ok {
			return false
		}
		return w(name + " dim = " + strconv.FormatInt(d, 10) + attrDict(attrs, "iota_dimension") + " : " + typeStr(op.Results[0].Type))

	case name == "stablehlo.concatenate":
		d, ok := intValue(op.Attr("dimension"))
		if !simple(op) || len(op.Operands) == 0 || len(op.Results) != 1 || !ok {
			return false
		}
		return w(name + " " + p.vals(op.Operands) + ", dim = " + strconv.FormatInt(d, 10) + attrDict(attrs, "dimension") + " : " + opFuncType(op))

	case name == "stablehlo.slice":
		start, ok1 := i64Array(op.Attr("start_indices"))
		limit, ok2 := i64Array(op.Attr("limit_indices"))
		strides, ok3 := i64Array(op.Attr("strides"))
		if !simple(op) || !counts(op, 1, 1) || !ok1 || !ok2 || !ok3 || len(start) != len(limit) || len(start) != len(strides) {
			return false
		}
		parts := make([]string, len(start))
		for i := range start {
			parts[i] = strconv.FormatInt(start[i], 10) + ":" + strconv.FormatInt(limit[i], 10)
			if strides[i] != 1 {
				parts[i] += ":" + strconv.FormatInt(strides[i], 10)
			}
		}
		return w(name + " " + p.val(op.Operands[0]) + " [" + strings.Join(parts, ", ") + "]" +
			attrDict(attrs, "start_indices", "limit_indices", "strides") + " : " + opFuncType(op))

	case name == "stablehlo.dynamic_slice":
		sizes, ok := i64Array(op.Attr("slice_sizes"))
		if !simple(op) || len(op.Operands) == 0 || len(op.Results) != 1 || !ok {
			return false
		}
		s := name + " " + p.vals(op.Operands) + ", sizes = " + intList(sizes)
		return w(s + attrDict(attrs, "slice_sizes") + " : " + opFuncType(op))

	case name == "stablehlo.pad":
		low, ok1 := i64Array(op.Attr("edge_padding_low"))
		high, ok2 := i64Array(op.Attr("edge_padding_high"))
		interior, ok3 := i64Array(op.Attr("interior_padding"))
		if !simple(op) || !counts(op, 2, 1) || !ok1 || !ok2 || !ok3 {
			return false
		}
		return w(name + " " + p.vals(op.Operands) + ", low = " + intList(low) + ", high = " + intList(high) +
			", interior = " + intList(interior) +
			attrDict(attrs, "edge_padding_low", "edge_padding_high", "interior_padding") + " : " + opFuncType(op))

	case name == "stablehlo.get_tuple_element":
		idx, ok := intValue(op.Attr("index"))
		if !simple(op) || !counts(op, 1, 1) || !ok {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + "[" + strconv.FormatInt(idx, 10) + "]" +
			attrDict(attrs, "index") + " : " + opFuncType(op))

	case name == "stablehlo.tuple":
		if !simple(op) || len(op.Operands) == 0 || len(op.Results) != 1 {
			return false
		}
		tt, ok := op.Results[0].Type.(*TupleType)
		if !ok || len(tt.Elems) != len(op.Operands) {
			return false
		}
		for i, e := range tt.Elems {
			if !TypesEqual(e, op.Operands[i].Type) {
				return false
			}
		}
		return w(name + " " + p.vals(op.Operands) + attrDict(attrs) + " : " + typeStr(tt))

	case name == "stablehlo.rng_bit_generator":
		alg, ok := enumValue(op.Attr("rng_algorithm"), "rng_algorithm")
		if !simple(op) || len(op.Operands) != 1 || len(op.Results) == 0 || !ok {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + ", algorithm = " + alg + attrDict(attrs, "rng_algorithm") + " : " + opFuncType(op))

	case name == "stablehlo.fft":
		typ, ok1 := enumValue(op.Attr("fft_type"), "fft_type")
		length, ok2 := i64Array(op.Attr("fft_length"))
		if !simple(op) || !counts(op, 1, 1) || !ok1 || !ok2 {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + ", type = " + typ + ", length = " + intList(length) +
			attrDict(attrs, "fft_type", "fft_length") + " : " + opFuncType(op))

	case name == "stablehlo.cholesky":
		if !simple(op) || !counts(op, 1, 1) {
			return false
		}
		s := name + " " + p.val(op.Operands[0])
		if l := op.Attr("lower"); l != nil {
			b, ok := l.(BoolAttr)
			if !ok {
				return false
			}
			s += ", lower = " + b.String()
		}
		return w(s + attrDict(attrs, "lower") + " : " + opFuncType(op))

	case name == "stablehlo.reduce_precision":
		e, ok1 := intValue(op.Attr("exponent_bits"))
		m, ok2 := intValue(op.Attr("mantissa_bits"))
		if !simple(op) || !counts(op, 1, 1) || !ok1 || !ok2 || e < 0 || m < 0 {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + ", format = e" + strconv.FormatInt(e, 10) + "m" + strconv.FormatInt(m, 10) +
			attrDict(attrs, "exponent_bits", "mantissa_bits") + " : " + sameOrFunctional(op))

	case name == "stablehlo.optimization_barrier":
		if !simple(op) || len(op.Operands) == 0 || len(op.Operands) != len(op.Results) {
			return false
		}
		for i := range op.Operands {
			if !TypesEqual(op.Operands[i].Type, op.Results[i].Type) {
				return false
			}
		}
		return w(name + attrDict(attrs) + " " + p.vals(op.Operands) + " : " + typeList(valueTypes(op.Operands)))

	case name == "stablehlo.get_dimension_size":
		d, ok := intValue(op.Attr("dimension"))
		if !simple(op) || !counts(op, 1, 1) || !ok {
			return false
		}
		return w(name + " " + p.val(op.Operands[0]) + ", dim = " + strconv.FormatInt(d, 10) + attrDict(attrs, "dimension") + " : " + opFuncType(op))

	case name == "stablehlo.replica_id", name == "stablehlo.partition_id", name == "stablehlo.create_token":
		if !simple(op) || !counts(op, 0, 1) {
			return false
		}
		return w(name + attrDict(attrs) + " : " + typeStr(op.Results[0].Type))

	case name == "stablehlo.after_all":
		if !simple(op) || len(op.Results) != 1 {
			return false
		}
		s := name
		if len(op.Operands) > 0 {
			s += " " + p.vals(op.Operands)
		}
		return w(s + attrDict(attrs) + " : " + typeStr(op.Results[0].Type))

	case name == "stablehlo.dot_general":
		return p.dotGeneral(op)
	case name == "stablehlo.dot":
		if !simple(op) || !counts(op, 2, 1) {
			return false
		}
		s := name + " " + p.vals(op.Operands)
		if pc := op.Attr("precision_config"); pc != nil {
			l, ok := precisionList(pc)
			if !ok {
				return false
			}
			s += ", precision = " + l
		}
		return w(s + attrDict(attrs, "precision_config") + " : " + opFuncType(op))
	case name == "stablehlo.convolution":
		return p.convolution(op)
	case name == "stablehlo.custom_call":
		target, ok := op.Attr("call_target_name").(StringAttr)
		if !simple(op) || !ok {
			return false
		}
		// MLIR's verifier wants operand_layouts and result_layouts both or
		// neither; the canonical IR drops an empty one as a default, so it is
		// written back here (readers drop it again).
		if op.Attr("operand_layouts") != nil && op.Attr("result_layouts") == nil {
			attrs = withAttr(attrs, "result_layouts", &ArrayAttr{})
		} else if op.Attr("result_layouts") != nil && op.Attr("operand_layouts") == nil {
			attrs = withAttr(attrs, "operand_layouts", &ArrayAttr{})
		}
		return w(name + " " + (&SymbolRefAttr{Root: target.Value}).String() + "(" + p.vals(op.Operands) + ")" +
			attrDict(attrs, "call_target_name") + " : " + opFuncType(op))
	case name == "stablehlo.reduce":
		return p.reduce(op, ind)
	case name == "stablehlo.while":
		return p.while(op, ind)
	}
	return false
}

// complexOpType is custom<ComplexOpType>: the result type alone when both
// operands have the type whose complex version is the result.
func complexOpType(op *Op) string {
	l, r, res := op.Operands[0].Type, op.Operands[1].Type, op.Results[0].Type
	lt, ok1 := l.(*TensorType)
	rt, ok2 := res.(*TensorType)
	if ok1 && ok2 && TypesEqual(l, r) && lt.Encoding == nil && rt.Encoding == nil {
		ld, rd := ElementDType(lt), ElementDType(rt)
		if rd.IsComplex() && rd.ComplexPart() == ld && intsEqual(lt.Shape, rt.Shape) {
			return typeStr(res)
		}
	}
	return opFuncType(op)
}

func intsEqual(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// dotGeneral: %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1],
// precision = [DEFAULT, DEFAULT], algorithm = <...> : (...) -> ...
func (p *printer) dotGeneral(op *Op) bool {
	dn, ok := op.Attr("dot_dimension_numbers").(*DotDimensionNumbersAttr)
	if !simple(op) || !counts(op, 2, 1) || !ok {
		return false
	}
	s := op.Name + " " + p.vals(op.Operands) + ", "
	if len(dn.LhsBatching) > 0 || len(dn.RhsBatching) > 0 {
		s += "batching_dims = " + intList(dn.LhsBatching) + " x " + intList(dn.RhsBatching) + ", "
	}
	s += "contracting_dims = " + intList(dn.LhsContracting) + " x " + intList(dn.RhsContracting)
	if pc := op.Attr("precision_config"); pc != nil {
		l, ok := precisionList(pc)
		if !ok {
			return false
		}
		s += ", precision = " + l
	}
	if alg := op.Attr("algorithm"); alg != nil {
		a, ok := alg.(*DotAlgorithmAttr)
		if !ok || a.LhsPrecisionType == nil || a.RhsPrecisionType == nil || a.AccumulationType == nil {
			return false
		}
		s += ", algorithm = " + strings.TrimPrefix(a.String(), "#stablehlo.dot_algorithm")
	}
	p.b.WriteString(s + attrDict(op.Attrs, "dot_dimension_numbers", "precision_config", "algorithm") + " : " + opFuncType(op))
	return true
}

// convDims is the condensed [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f] form, or false
// when the numbering cannot be written that way.
func convDims(d *ConvDimensionNumbersAttr) (string, bool) {
	n := len(d.InputSpatial)
	if len(d.KernelSpatial) != n || len(d.OutputSpatial) != n {
		return "", false
	}
	part := func(a, b int64, aName, bName string, spatial []int64) (string, bool) {
		slots := make([]string, n+2)
		put := func(i int64, s string) bool {
			if i < 0 || i >= int64(len(slots)) || slots[i] != "" {
				return false
			}
			slots[i] = s
			return true
		}
		if !put(a, aName) || !put(b, bName) {
			return "", false
		}
		for i, x := range spatial {
			if !put(x, strconv.Itoa(i)) {
				return "", false
			}
		}
		return "[" + strings.Join(slots, ", ") + "]", true
	}
	in, ok1 := part(d.InputBatch, d.InputFeature, "b", "f", d.InputSpatial)
	k, ok2 := part(d.KernelInputFeature, d.KernelOutputFeature, "i", "o", d.KernelSpatial)
	out, ok3 := part(d.OutputBatch, d.OutputFeature, "b", "f", d.OutputSpatial)
	if !ok1 || !ok2 || !ok3 {
		return "", false
	}
	return in + "x" + k + "->" + out, true
}

// convolution: stablehlo.convolution(%l, %r) dim_numbers = ..., window = {stride =
// [..], pad = [[..]], lhs_dilate = [..], rhs_dilate = [..], reverse = [..]} {rest} : (...) -> ...
func (p *printer) convolution(op *Op) bool {
	dn, ok := op.Attr("dimension_numbers").(*ConvDimensionNumbersAttr)
	if !simple(op) || !counts(op, 2, 1) || !ok {
		return false
	}
	dims, ok := convDims(dn)
	if !ok {
		return false
	}
	var win []string
	for _, f := range []struct{ attr, key string }{{"window_strides", "stride"}, {"padding", "pad"},
		{"lhs_dilation", "lhs_dilate"}, {"rhs_dilation", "rhs_dilate"}, {"window_reversal", "reverse"}} {
		a := op.Attr(f.attr)
		if a == nil {
			continue
		}
		var text string
		switch f.attr {
		case "padding":
			t, ok := padPairs(a)
			if !ok {
				return false
			}
			text = t
		case "window_reversal":
			v, ok := boolArray(a)
			if !ok {
				return false
			}
			text = boolList(v)
		default:
			v, ok := i64Array(a)
			if !ok {
				return false
			}
			text = intList(v)
		}
		win = append(win, f.key+" = "+text)
	}
	p.b.WriteString(op.Name + "(" + p.vals(op.Operands) + ") dim_numbers = " + dims +
		", window = {" + strings.Join(win, ", ") + "}" +
		attrDict(op.Attrs, "dimension_numbers", "window_strides", "padding", "lhs_dilation", "rhs_dilation", "window_reversal") +
		" : " + opFuncType(op))
	return true
}

// padPairs prints a tensor<Nx2xi64> padding attribute as [[lo, hi], ...].
func padPairs(a Attribute) (string, bool) {
	d, ok := a.(*DenseElementsAttr)
	if !ok || d.Type == nil || ElementDType(d.Type) != tensor.I64 || len(d.Type.Shape) != 2 || d.Type.Shape[1] != 2 || d.Type.Shape[0] < 0 {
		return "", false
	}
	raw := d.RawData()
	n := d.Type.Shape[0]
	if int64(len(raw)) != n*16 {
		return "", false
	}
	parts := make([]string, n)
	for i := int64(0); i < n; i++ {
		lo := int64(binary.LittleEndian.Uint64(raw[i*16:]))
		hi := int64(binary.LittleEndian.Uint64(raw[i*16+8:]))
		parts[i] = "[" + strconv.FormatInt(lo, 10) + ", " + strconv.FormatInt(hi, 10) + "]"
	}
	return "[" + strings.Join(parts, ", ") + "]", true
}

// reduce: stablehlo.reduce(%x init: %c) applies stablehlo.add across dimensions = [1] : (...) -> ...
// or, for any other body,
// stablehlo.reduce(%x init: %c) across dimensions = [1] : (...) -> ...
//
//	reducer(%a: T, %b: T) { ... }
func (p *printer) reduce(op *Op, ind int) bool {
	dims, ok := i64Array(op.Attr("dimensions"))
	n := len(op.Operands) / 2
	if !ok || len(op.Successors) != 0 || len(op.Regions) != 1 || n == 0 || len(op.Operands) != 2*n ||
		len(op.Results) == 0 || attrDict(op.Attrs, "dimensions") != "" {
		return false
	}
	r := op.Regions[0]
	if r == nil || len(r.Blocks) != 1 || r.Blocks[0] == nil || len(r.Blocks[0].Args) != 2*n {
		return false
	}
	body := r.Blocks[0]
	for _, a := range body.Args {
		if a == nil || a.Type == nil || (p.opts.Locations && known(a.Loc)) {
			// The reducer(...) header has no room for argument locations.
			return false
		}
	}
	parts := make([]string, n)
	for i := 0; i < n; i++ {
		parts[i] = "(" + p.val(op.Operands[i]) + " init: " + p.val(op.Operands[n+i]) + ")"
	}
	head := op.Name + strings.Join(parts, ", ")
	tail := "dimensions = " + intList(dims) + " : " + opFuncType(op)
	if inner := compactReducer(op, body); inner != "" && !(p.opts.Locations && (known(body.Ops[0].Loc) || known(body.Ops[1].Loc))) {
		// (The compact form drops the body's locations, so it is not used when they are printed.)
		p.b.WriteString(head + " applies " + inner + " across " + tail)
		return true
	}
	p.b.WriteString(head + " across " + tail + "\n")
	p.indent(ind)
	p.b.WriteString(" reducer")
	for i := 0; i < n; i++ {
		p.b.WriteString("(" + p.argDecl(body.Args[i]) + ", " + p.argDecl(body.Args[n+i]) + ")")
		if i < n-1 {
			p.b.WriteString(" ")
		}
	}
	p.b.WriteString(" ")
	p.region(r, ind, false, "")
	return true
}

// compactReducer returns the name of the body's single op when the reduce can
// print as `applies <op>`: one input, the body computes one commutative binary
// op (no attributes) of its two arguments in order, on rank-0 tensors of the
// input's element type, and returns exactly its result.
func compactReducer(op *Op, body *Block) string {
	if len(op.Operands) != 2 || len(body.Ops) != 2 || len(body.Args) != 2 {
		return ""
	}
	inner, ret := body.Ops[0], body.Ops[1]
	if inner == nil || ret == nil || !compactReduceOps[inner.Name] || !simple(inner) || !counts(inner, 2, 1) || len(inner.Attrs) != 0 {
		return ""
	}
	if ret.Name != "stablehlo.return" || !simple(ret) || len(ret.Results) != 0 || len(ret.Attrs) != 0 ||
		len(ret.Operands) != 1 || ret.Operands[0] != inner.Results[0] {
		return ""
	}
	if inner.Operands[0] != body.Args[0] || inner.Operands[1] != body.Args[1] {
		return ""
	}
	in, ok := op.Operands[0].Type.(*TensorType)
	if !ok {
		return ""
	}
	want := (&TensorType{Shape: []int64{}, Elem: in.Elem}).String()
	for _, t := range []Type{body.Args[0].Type, body.Args[1].Type, inner.Results[0].Type} {
		if typeStr(t) != want {
			return ""
		}
	}
	return inner.Name
}

// while: stablehlo.while(%iterArg = %a, ...) : T, ... cond { ... } do { ... }
func (p *printer) while(op *Op, ind int) bool {
	n := len(op.Operands)
	if len(op.Regions) != 2 || len(op.Successors) != 0 || len(op.Results) != n || attrDict(op.Attrs) != "" {
		return false
	}
	for _, r := range op.Regions {
		if r == nil || len(r.Blocks) != 1 || r.Blocks[0] == nil || len(r.Blocks[0].Args) != n {
			return false
		}
		for i, a := range r.Blocks[0].Args {
			if a == nil || !TypesEqual(a.Type, op.Operands[i].Type) || !TypesEqual(a.Type, op.Results[i].Type) {
				return false
			}
		}
	}
	cond, body := op.Regions[0].Blocks[0], op.Regions[1].Blocks[0]
	for i := range cond.Args {
		// The header names the arguments once for both regions.
		if p.val(cond.Args[i]) != p.val(body.Args[i]) {
			return false
		}
		if p.opts.Locations && (known(cond.Args[i].Loc) || known(body.Args[i].Loc)) {
			return false // the header has no room for a per-region argument location
		}
	}
	parts := make([]string, n)
	for i := range parts {
		parts[i] = p.val(body.Args[i]) + " = " + p.val(op.Operands[i])
	}
	p.b.WriteString(op.Name + "(" + strings.Join(parts, ", ") + ")")
	if n > 0 {
		p.b.WriteString(" : " + typeList(valueTypes(op.Operands)))
	}
	p.b.WriteString("\n")
	p.indent(ind)
	p.b.WriteString("cond ")
	p.region(op.Regions[0], ind, false, "")
	p.b.WriteString(" do ")
	p.region(op.Regions[1], ind, false, "")
	return true
}

// known reports a location other than none or loc(unknown): one that a form
// without room for it would lose.
func known(l Location) bool {
	if l == nil {
		return false
	}
	_, unknown := l.(UnknownLoc)
	return !unknown
}

// withAttr is a sorted copy of attrs with one more attribute.
func withAttr(attrs []NamedAttr, name string, v Attribute) []NamedAttr {
	out := append(append([]NamedAttr{}, attrs...), NamedAttr{name, v})
	SortAttrs(out)
	return out
}
