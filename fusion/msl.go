package fusion

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/hlovm/hlovm/interp/elementwise"
	"github.com/hlovm/hlovm/tensor"
)

// MSLNoDouble is why a kernel with an f64 or c128 value has no Metal form:
// vmtrace shows it as the region's reason for staying on the CPU tier.
const MSLNoDouble = "Metal has no double: the region stays on the CPU tier"

// MSLNoComplex is the same for c64 (Metal has float2 but no complex math).
const MSLNoComplex = "Metal has no complex type: the region stays on the CPU tier"

// MSLMaxBuffers is how many buffers a kernel may bind: Metal has 31 buffer
// slots per encoder and the element count takes one.
const MSLMaxBuffers = 30

// EmitMSL writes kernel k as a Metal Shading Language compute kernel
//
//	kernel void NAME(device const T0* in0 [[buffer(0)]], ...,
//	                 device U0* out0 [[buffer(I)]], ...,
//	                 constant uint64_t& n [[buffer(I+O)]],
//	                 uint gid [[thread_position_in_grid]],
//	                 uint gsize [[threads_per_grid]])
//
// one typed buffer per input and output (plain argument slots: no argument
// buffers, so no Metal 3 GPU addresses), walking the n elements grid-stride,
// so any grid size computes every element once.
//
// It computes what EmitLLVM and the portable executor compute: IEEE
// arithmetic written out (no fast math; StableHLO's NaN and signed-zero rules
// for maximum and minimum, which Metal's fmax does not follow), math through
// metal::precise, f16 and bf16 computed in float and rounded to their type
// after every op as tier 0 does, integer arithmetic wrapping (in unsigned
// types: signed overflow is undefined in MSL as in C++), shifts with
// out-of-range counts defined. An op or type it cannot express exactly is an
// error; f64 and c128 are declined with MSLNoDouble.
//
// The source needs MSL 3.1 (bfloat) and must be compiled with fast math off
// (MTLCompileOptions mathMode safe, or fastMathEnabled NO): fast math would
// let the compiler drop the NaN tests maximum and minimum rely on.
func EmitMSL(k *Kernel, name string) (string, error) {
	if k.Reduce != nil {
		return "", fmt.Errorf("msl: kernels with a reduction are not emitted (they run on the CPU)")
	}
	e := &mslEmitter{k: k, nIn: len(k.Inputs), helpers: map[string]string{}}
	return e.emit(name)
}

type mslEmitter struct {
	k       *Kernel
	nIn     int
	pre     strings.Builder // before the loop: scalar inputs
	body    strings.Builder // the loop body for element i
	vals    []string        // expression naming each value at element i
	helpers map[string]string
	tmp     int
}

func (e *mslEmitter) line(format string, args ...any) {
	fmt.Fprintf(&e.body, "    "+format+"\n", args...)
}

func (e *mslEmitter) fresh() string {
	e.tmp++
	return fmt.Sprintf("t%d", e.tmp)
}

// mslStore is the MSL type an element is stored as (i1 as a byte).
func mslStore(d tensor.DType) (string, error) {
	switch d {
	case tensor.F32:
		return "float", nil
	case tensor.F16:
		return "half", nil
	case tensor.BF16:
		return "bfloat", nil
	case tensor.I1, tensor.U8:
		return "uint8_t", nil
	case tensor.I8:
		return "int8_t", nil
	case tensor.I16:
		return "int16_t", nil
	case tensor.U16:
		return "uint16_t", nil
	case tensor.I32:
		return "int32_t", nil
	case tensor.U32:
		return "uint32_t", nil
	case tensor.I64:
		return "int64_t", nil
	case tensor.U64:
		return "uint64_t", nil
	case tensor.F64, tensor.C128:
		return "", errors.New(MSLNoDouble)
	case tensor.C64:
		return "", errors.New(MSLNoComplex)
	}
	return "", fmt.Errorf("element type %v is not in the Metal tier", d)
}

// mslCompute is the type a value is computed in: f16 and bf16 in float
// (holding a value of their type exactly), i1 as bool.
func mslCompute(d tensor.DType) string {
	switch d {
	case tensor.F16, tensor.BF16:
		return "float"
	case tensor.I1:
		return "bool"
	}
	t, _ := mslStore(d)
	return t
}

func isMSLFloat(d tensor.DType) bool { return d == tensor.F32 || d == tensor.F16 || d == tensor.BF16 }

// Integer companions of an integer type: same width unsigned and signed,
// and the unsigned/signed type of at least 32 bits its arithmetic runs in
// (narrower operands would be promoted to int, where a product can overflow).
func mslUnsigned(d tensor.DType) string {
	return map[int]string{1: "uint8_t", 2: "uint16_t", 4: "uint32_t", 8: "uint64_t"}[d.StorageSize()]
}

func mslSigned(d tensor.DType) string {
	return map[int]string{1: "int8_t", 2: "int16_t", 4: "int32_t", 8: "int64_t"}[d.StorageSize()]
}

func mslWideU(d tensor.DType) string {
	if d.StorageSize() == 8 {
		return "uint64_t"
	}
	return "uint32_t"
}

func mslWideS(d tensor.DType) string {
	if d.StorageSize() == 8 {
		return "int64_t"
	}
	return "int32_t"
}

// round makes a float result a value of f16 or bf16 (round to nearest even).
func mslRound(expr string, d tensor.DType) string {
	switch d {
	case tensor.F16:
		return "float(half(" + expr + "))"
	case tensor.BF16:
		return "float(bfloat(" + expr + "))"
	}
	return expr
}

// Helpers are written into the kernel's source once each, guarded so that
// several kernels can share one translation unit (the shim's test driver
// compiles many at a time; Metal compiles one library per kernel anyway).
var mslHelpers = map[string]string{
	// StableHLO maximum/minimum: NaN if either is NaN, and -0 < +0.
	// Metal's fmax/fmin return the other operand for a NaN.
	"hlo_max": `static inline float hlo_max(float a, float b) {
  if (isnan(a) || isnan(b)) return a + b;
  if (a == b) return signbit(a) ? b : a;
  return a > b ? a : b;
}`,
	"hlo_min": `static inline float hlo_min(float a, float b) {
  if (isnan(a) || isnan(b)) return a + b;
  if (a == b) return signbit(a) ? a : b;
  return a < b ? a : b;
}`,
	// Metal has no log1p or expm1: Goldberg's and Kahan's forms, which
	// cancel the rounding error of 1+x (of exp(x)) through log.
	"hlo_log1p": `static inline float hlo_log1p(float x) {
  float u = 1.0f + x;
  if (u == 1.0f) return x;
  if (isinf(u) && u > 0.0f) return u;
  return precise::log(u) * (x / (u - 1.0f));
}`,
	"hlo_expm1": `static inline float hlo_expm1(float x) {
  float u = precise::exp(x);
  if (u == 1.0f) return x;
  float um1 = u - 1.0f;
  if (um1 == -1.0f) return -1.0f;
  if (isinf(u)) return u;
  return um1 * (x / precise::log(u));
}`,
	// Metal has no cbrt: pow of |x| and one Newton step (pow(x, 1/3f) is
	// off by the rounding of 1/3).
	"hlo_cbrt": `static inline float hlo_cbrt(float x) {
  float y = copysign(precise::pow(fabs(x), 1.0f / 3.0f), x);
  if (y == 0.0f || !isfinite(y)) return y;
  return y + (x / (y * y) - y) * (1.0f / 3.0f);
}`,
	// 1/(1+e^-x) for x >= 0, e^x/(1+e^x) below: no overflow either way.
	"hlo_logistic": `static inline float hlo_logistic(float x) {
  if (x >= 0.0f) return 1.0f / (1.0f + precise::exp(-x));
  float t = precise::exp(x);
  return t / (1.0f + t);
}`,
}

func (e *mslEmitter) helper(name string) string {
	e.helpers[name] = mslHelpers[name]
	return name
}

func (e *mslEmitter) emit(name string) (string, error) {
	k := e.k
	nv := e.nIn + len(k.Body)
	// The type check first: f64 anywhere declines the kernel with the
	// reason vmtrace shows, before any op-specific message.
	var typeErr error
	for v := range nv {
		if _, err := mslStore(k.ValueDType(v)); err != nil {
			if err.Error() == MSLNoDouble {
				return "", err
			}
			if typeErr == nil {
				typeErr = err
			}
		}
	}
	if typeErr != nil {
		return "", typeErr
	}
	if nb := e.nIn + len(k.Outputs); nb > MSLMaxBuffers {
		return "", fmt.Errorf("%d buffers: Metal binds at most %d besides the element count", nb, MSLMaxBuffers)
	}
	e.vals = make([]string, nv)
	var params []string
	for i, in := range k.Inputs {
		d := k.ValueDType(i)
		st, _ := mslStore(d)
		params = append(params, fmt.Sprintf("device const %s* in%d [[buffer(%d)]]", st, i, i))
		v := fmt.Sprintf("v%d", i)
		switch in.Access {
		case Scalar:
			fmt.Fprintf(&e.pre, "  const %s %s = %s;\n", mslCompute(d), v, e.load(fmt.Sprintf("in%d[0]", i), d))
		case Elem:
			e.line("const %s %s = %s;", mslCompute(d), v, e.load(fmt.Sprintf("in%d[i]", i), d))
		case Bcast:
			idx := e.bcastIndex(in)
			e.line("const %s %s = %s;", mslCompute(d), v, e.load(fmt.Sprintf("in%d[%s]", i, idx), d))
		default:
			return "", fmt.Errorf("input %d: access %q", i, in.Access)
		}
		e.vals[i] = v
	}
	for j, in := range k.Body {
		x, err := e.inst(in)
		if err != nil {
			return "", fmt.Errorf("%%%d = %s: %v", e.nIn+j, in.Op, err)
		}
		v := fmt.Sprintf("v%d", e.nIn+j)
		e.line("const %s %s = %s;", mslCompute(parseDType(in.DType)), v, x)
		e.vals[e.nIn+j] = v
	}
	for o, v := range k.Outputs {
		d := k.ValueDType(v)
		st, _ := mslStore(d)
		params = append(params, fmt.Sprintf("device %s* out%d [[buffer(%d)]]", st, o, e.nIn+o))
		x := e.vals[v]
		switch d {
		case tensor.I1:
			x = fmt.Sprintf("uint8_t(%s ? 1 : 0)", x)
		case tensor.F16, tensor.BF16:
			x = fmt.Sprintf("%s(%s)", st, x) // exact: the value is of that type
		}
		e.line("out%d[i] = %s;", o, x)
	}
	params = append(params, fmt.Sprintf("constant uint64_t& n [[buffer(%d)]]", e.nIn+len(k.Outputs)),
		"uint gid [[thread_position_in_grid]]", "uint gsize [[threads_per_grid]]")

	var s strings.Builder
	s.WriteString("#include <metal_stdlib>\nusing namespace metal;\n\n")
	names := make([]string, 0, len(e.helpers))
	for h := range e.helpers {
		names = append(names, h)
	}
	sort.Strings(names)
	for _, h := range names {
		guard := "HLOVM_" + strings.ToUpper(h)
		fmt.Fprintf(&s, "#ifndef %s\n#define %s\n%s\n#endif\n\n", guard, guard, e.helpers[h])
	}
	fmt.Fprintf(&s, "kernel void %s(\n    %s) {\n", name, strings.Join(params, ",\n    "))
	s.WriteString(e.pre.String())
	s.WriteString("  for (uint64_t i = gid; i < n; i += gsize) {\n")
	s.WriteString(e.body.String())
	s.WriteString("  }\n}\n")
	return s.String(), nil
}

// load turns a stored element into its compute value.
func (e *mslEmitter) load(x string, d tensor.DType) string {
	switch d {
	case tensor.I1:
		return "(" + x + " != 0)"
	case tensor.F16, tensor.BF16:
		return "float(" + x + ")"
	}
	return x
}

// bcastIndex is the source index of element i of a broadcast view: the
// view's multi-index by division from the last dimension, then the source's
// strides (0 along dimensions the source does not vary in).
func (e *mslEmitter) bcastIndex(in Input) string {
	rank := len(in.View)
	stride := make([]int64, rank)
	s := int64(1)
	for j := len(in.Shape) - 1; j >= 0; j-- {
		if in.Shape[j] != 1 {
			stride[in.Dims[j]] = s
		}
		s *= in.Shape[j]
	}
	var terms []string
	rem := "i"
	for d := rank - 1; d >= 0; d-- {
		idx := rem
		if d > 0 {
			if stride[d] != 0 {
				idx = fmt.Sprintf("(%s %% %dul)", rem, in.View[d])
			}
			q := e.fresh()
			e.line("const uint64_t %s = %s / %dul;", q, rem, in.View[d])
			rem = q
		}
		if stride[d] != 0 {
			terms = append(terms, fmt.Sprintf("%s * %dul", idx, stride[d]))
		}
	}
	if len(terms) == 0 {
		return "0"
	}
	return strings.Join(terms, " + ")
}

// mslConst is a splat constant as an MSL expression of its compute type:
// floats by their bits (exact, NaN payloads kept), integers through their
// unsigned pattern.
func mslConst(d tensor.DType, bits string) (string, error) {
	b, err := hex.DecodeString(bits)
	if err != nil || len(b) != d.StorageSize() {
		return "", fmt.Errorf("constant bits %q", bits)
	}
	var u uint64
	for i := len(b) - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	switch d {
	case tensor.F32:
		return fmt.Sprintf("as_type<float>(0x%08Xu)", uint32(u)), nil
	case tensor.F16:
		return fmt.Sprintf("as_type<float>(0x%08Xu)", math.Float32bits(elementwise.F16ToF32(uint16(u)))), nil
	case tensor.BF16:
		return fmt.Sprintf("as_type<float>(0x%08Xu)", uint32(u)<<16), nil
	case tensor.I1:
		if u&1 != 0 {
			return "true", nil
		}
		return "false", nil
	}
	ut := mslUnsigned(d)
	t, _ := mslStore(d)
	if t == ut {
		return fmt.Sprintf("%s(0x%Xul)", ut, u), nil
	}
	return fmt.Sprintf("as_type<%s>(%s(0x%Xul))", t, ut, u), nil
}

func (e *mslEmitter) inst(in Inst) (string, error) {
	d := parseDType(in.DType)
	t := mslCompute(d)
	need := func(n int) error {
		if len(in.Args) != n {
			return fmt.Errorf("%d arguments, want %d", len(in.Args), n)
		}
		return nil
	}
	if in.Op != "constant" && in.Op != "iota" && len(in.Args) == 0 {
		return "", fmt.Errorf("no arguments")
	}
	arg := func(j int) string { return e.vals[in.Args[j]] }
	argT := func(j int) tensor.DType { return e.k.ValueDType(in.Args[j]) }
	for j := range in.Args {
		if in.Op != "select" && in.Op != "convert" && in.Op != "bitcast_convert" && in.Op != "compare" && argT(j) != d {
			return "", fmt.Errorf("argument %d is %v, not %v", j, argT(j), d)
		}
	}
	fl := isMSLFloat(d)
	switch in.Op {
	case "constant":
		return mslConst(d, in.Bits)
	case "copy":
		return arg(0), need(1)
	case "iota":
		r := fmt.Sprintf("((i / %dul) %% %dul)", in.Stride, in.Extent)
		if fl {
			return mslRound("float("+r+")", d), nil
		}
		if d == tensor.I1 {
			return "", fmt.Errorf("iota of i1")
		}
		return fmt.Sprintf("%s(%s)", t, r), nil
	case "bitcast_convert":
		if err := need(1); err != nil {
			return "", err
		}
		return e.bitcast(arg(0), argT(0), d)
	case "add", "subtract", "multiply":
		if err := need(2); err != nil {
			return "", err
		}
		op := map[string]string{"add": "+", "subtract": "-", "multiply": "*"}[in.Op]
		switch {
		case fl:
			return mslRound(fmt.Sprintf("%s %s %s", arg(0), op, arg(1)), d), nil
		case d == tensor.I1:
			// i1 add is or, multiply is and, as tier 0.
			switch in.Op {
			case "add":
				return fmt.Sprintf("(%s || %s)", arg(0), arg(1)), nil
			case "multiply":
				return fmt.Sprintf("(%s && %s)", arg(0), arg(1)), nil
			}
			return "", fmt.Errorf("i1 subtract")
		}
		w := mslWideU(d)
		return fmt.Sprintf("%s(%s(%s) %s %s(%s))", t, w, arg(0), op, w, arg(1)), nil
	case "divide", "remainder":
		if err := need(2); err != nil {
			return "", err
		}
		a, b := arg(0), arg(1)
		switch {
		case fl && in.Op == "divide":
			return mslRound(fmt.Sprintf("%s / %s", a, b), d), nil
		case fl:
			// fmod is exact (IEEE), so one rounding to f16/bf16 is exact too.
			return mslRound(fmt.Sprintf("precise::fmod(%s, %s)", a, b), d), nil
		case d == tensor.I1:
			return "", fmt.Errorf("i1 %s", in.Op)
		}
		// x/0 is all ones and x%0 is x (XLA's definition); MIN/-1 wraps to
		// MIN and MIN%-1 is 0, as tier 0 (both undefined in MSL as in C++).
		w := mslWideU(d)
		minus1 := "false"
		if isSigned(d) {
			minus1 = fmt.Sprintf("%s == %s(-1)", b, t)
		}
		if in.Op == "divide" {
			return fmt.Sprintf("(%s == 0 ? %s(~%s(0)) : %s ? %s(%s(0) - %s(%s)) : %s(%s / %s))", b, t, w, minus1, t, w, w, a, t, a, b), nil
		}
		return fmt.Sprintf("(%s == 0 ? %s : %s ? %s(0) : %s(%s %% %s))", b, a, minus1, t, t, a, b), nil
	case "power":
		if err := need(2); err != nil {
			return "", err
		}
		switch {
		case fl:
			return mslRound(fmt.Sprintf("precise::pow(%s, %s)", arg(0), arg(1)), d), nil
		case d == tensor.I1:
			return "", fmt.Errorf("i1 power")
		}
		return fmt.Sprintf("hlo_ipow_%s(%s, %s)", t, arg(0), arg(1)), e.ipow(d)
	case "atan2":
		if !fl {
			return "", fmt.Errorf("atan2 on %v", d)
		}
		return mslRound(fmt.Sprintf("precise::atan2(%s, %s)", arg(0), arg(1)), d), need(2)
	case "sign":
		if err := need(1); err != nil {
			return "", err
		}
		switch {
		case fl:
			// NaN and signed zeros are their own sign.
			return fmt.Sprintf("(isnan(%s) || %s == 0.0f ? %s : copysign(1.0f, %s))", arg(0), arg(0), arg(0), arg(0)), nil
		case d == tensor.I1:
			return arg(0), nil
		case isSigned(d):
			return fmt.Sprintf("%s(%s > 0 ? 1 : %s == 0 ? 0 : -1)", t, arg(0), arg(0)), nil
		}
		return fmt.Sprintf("%s(%s != 0 ? 1 : 0)", t, arg(0)), nil
	case "popcnt", "count_leading_zeros":
		if err := need(1); err != nil {
			return "", err
		}
		switch {
		case fl:
			return "", fmt.Errorf("%s on %v", in.Op, d)
		case d == tensor.I1 && in.Op == "popcnt":
			return arg(0), nil
		case d == tensor.I1:
			return "!" + arg(0), nil
		}
		// Metal's popcount and clz count within the argument's own width.
		f := map[string]string{"popcnt": "popcount", "count_leading_zeros": "clz"}[in.Op]
		return fmt.Sprintf("%s(%s(%s(%s)))", t, f, mslUnsigned(d), arg(0)), nil
	case "maximum", "minimum":
		if err := need(2); err != nil {
			return "", err
		}
		if fl {
			return fmt.Sprintf("%s(%s, %s)", e.helper(map[string]string{"maximum": "hlo_max", "minimum": "hlo_min"}[in.Op]), arg(0), arg(1)), nil
		}
		if d == tensor.I1 {
			return fmt.Sprintf("(%s %s %s)", arg(0), map[string]string{"maximum": "||", "minimum": "&&"}[in.Op], arg(1)), nil
		}
		c := map[string]string{"maximum": ">", "minimum": "<"}[in.Op]
		return fmt.Sprintf("(%s %s %s ? %s : %s)", arg(0), c, arg(1), arg(0), arg(1)), nil
	case "and", "or", "xor":
		if err := need(2); err != nil {
			return "", err
		}
		if fl {
			return "", fmt.Errorf("float %s", in.Op)
		}
		if d == tensor.I1 {
			op := map[string]string{"and": "&&", "or": "||", "xor": "!="}[in.Op]
			return fmt.Sprintf("(%s %s %s)", arg(0), op, arg(1)), nil
		}
		op := map[string]string{"and": "&", "or": "|", "xor": "^"}[in.Op]
		return fmt.Sprintf("%s(%s %s %s)", t, arg(0), op, arg(1)), nil
	case "not":
		if fl {
			return "", fmt.Errorf("float not")
		}
		if d == tensor.I1 {
			return "!" + arg(0), need(1)
		}
		return fmt.Sprintf("%s(~%s)", t, arg(0)), need(1)
	case "shift_left", "shift_right_logical", "shift_right_arithmetic":
		if err := need(2); err != nil {
			return "", err
		}
		if fl || d == tensor.I1 {
			return "", fmt.Errorf("%s on %v", in.Op, d)
		}
		// The count is unsigned: >= the width (or negative) shifts
		// everything out: 0, or the sign for arithmetic shifts.
		bits := d.StorageSize() * 8
		ut := mslUnsigned(d)
		cnt := fmt.Sprintf("%s(%s)", ut, arg(1))
		big := fmt.Sprintf("%s >= %d", cnt, bits)
		switch in.Op {
		case "shift_left":
			return fmt.Sprintf("(%s ? %s(0) : %s(%s(%s(%s)) << %s))", big, t, t, mslWideU(d), ut, arg(0), cnt), nil
		case "shift_right_logical":
			return fmt.Sprintf("(%s ? %s(0) : %s(%s(%s(%s)) >> %s))", big, t, t, mslWideU(d), ut, arg(0), cnt), nil
		}
		st := mslSigned(d)
		s := fmt.Sprintf("%s(%s(%s))", mslWideS(d), st, arg(0))
		return fmt.Sprintf("(%s ? %s(%s < 0 ? -1 : 0) : %s(%s >> %s))", big, t, s, t, s, cnt), nil
	case "negate":
		if err := need(1); err != nil {
			return "", err
		}
		switch {
		case fl:
			return "-" + arg(0), nil
		case d == tensor.I1:
			return arg(0), nil // 0 - x in one bit
		}
		w := mslWideU(d)
		return fmt.Sprintf("%s(%s(0) - %s(%s))", t, w, w, arg(0)), nil
	case "abs":
		if err := need(1); err != nil {
			return "", err
		}
		switch {
		case fl:
			return "fabs(" + arg(0) + ")", nil
		case d == tensor.I1 || !isSigned(d):
			return arg(0), nil
		}
		// abs of the most negative value is itself, as llvm.abs.
		w := mslWideU(d)
		return fmt.Sprintf("%s(%s < 0 ? %s(0) - %s(%s) : %s(%s))", t, arg(0), w, w, arg(0), w, arg(0)), nil
	case "sqrt", "floor", "ceil", "round_nearest_even", "round_nearest_afz", "rsqrt",
		"exponential", "exponential_minus_one", "log", "log_plus_one", "sine", "cosine", "tan",
		"tanh", "cbrt", "exp2", "log2", "logistic":
		if err := need(1); err != nil {
			return "", err
		}
		if !fl {
			return "", fmt.Errorf("%s on %v", in.Op, d)
		}
		f := map[string]string{
			"sqrt": "precise::sqrt", "floor": "floor", "ceil": "ceil", "round_nearest_even": "rint",
			"round_nearest_afz": "round", "rsqrt": "precise::rsqrt", "exponential": "precise::exp",
			"log": "precise::log", "sine": "precise::sin", "cosine": "precise::cos", "tan": "precise::tan",
			"tanh": "precise::tanh", "exp2": "precise::exp2", "log2": "precise::log2",
		}[in.Op]
		switch in.Op {
		case "exponential_minus_one":
			f = e.helper("hlo_expm1")
		case "log_plus_one":
			f = e.helper("hlo_log1p")
		case "cbrt":
			f = e.helper("hlo_cbrt")
		case "logistic":
			f = e.helper("hlo_logistic")
		}
		return mslRound(fmt.Sprintf("%s(%s)", f, arg(0)), d), nil
	case "compare":
		if err := need(2); err != nil {
			return "", err
		}
		a := argT(0)
		if argT(1) != a {
			return "", fmt.Errorf("compare of %v and %v", a, argT(1))
		}
		op := map[string]string{"EQ": "==", "NE": "!=", "LT": "<", "LE": "<=", "GT": ">", "GE": ">="}[in.Dir]
		if op == "" {
			return "", fmt.Errorf("direction %q", in.Dir)
		}
		if isMSLFloat(a) {
			if in.CmpType == "TOTALORDER" {
				return "", fmt.Errorf("total-order compare")
			}
			// C++ comparisons are IEEE's: false with a NaN, except !=.
			return fmt.Sprintf("(%s %s %s)", arg(0), op, arg(1)), nil
		}
		if a == tensor.I1 {
			return fmt.Sprintf("(uint8_t(%s) %s uint8_t(%s))", arg(0), op, arg(1)), nil
		}
		signed := isSigned(a)
		switch in.CmpType {
		case "SIGNED":
			signed = true
		case "UNSIGNED":
			signed = false
		}
		ct := mslUnsigned(a)
		if signed {
			ct = mslSigned(a)
		}
		return fmt.Sprintf("(%s(%s) %s %s(%s))", ct, arg(0), op, ct, arg(1)), nil
	case "select":
		if err := need(3); err != nil {
			return "", err
		}
		if argT(0) != tensor.I1 || argT(1) != d || argT(2) != d {
			return "", fmt.Errorf("select of %v on %v, %v", argT(0), argT(1), argT(2))
		}
		return fmt.Sprintf("(%s ? %s : %s)", arg(0), arg(1), arg(2)), nil
	case "clamp":
		if err := need(3); err != nil {
			return "", err
		}
		// clamp(lo, x, hi) = minimum(maximum(x, lo), hi), as tier 0.
		if fl {
			return fmt.Sprintf("%s(%s(%s, %s), %s)", e.helper("hlo_min"), e.helper("hlo_max"), arg(1), arg(0), arg(2)), nil
		}
		if d == tensor.I1 {
			return fmt.Sprintf("((%s || %s) && %s)", arg(1), arg(0), arg(2)), nil
		}
		m := e.fresh()
		e.line("const %s %s = %s > %s ? %s : %s;", t, m, arg(1), arg(0), arg(1), arg(0))
		return fmt.Sprintf("(%s < %s ? %s : %s)", m, arg(2), m, arg(2)), nil
	case "fma":
		if err := need(3); err != nil {
			return "", err
		}
		if !fl {
			return "", fmt.Errorf("fma on %v", d)
		}
		return mslRound(fmt.Sprintf("fma(%s, %s, %s)", arg(0), arg(1), arg(2)), d), nil
	case "convert":
		if err := need(1); err != nil {
			return "", err
		}
		return e.convert(arg(0), argT(0), d)
	}
	return "", fmt.Errorf("not in the Metal tier")
}

// ipow adds integer power by squaring for type d: a negative exponent gives
// 1 for base 1, +-1 for base -1 and 0 otherwise, as tier 0.
func (e *mslEmitter) ipow(d tensor.DType) error {
	t := mslCompute(d)
	w := mslWideU(d)
	neg := "false"
	if isSigned(d) {
		neg = "b < 0"
	}
	name := "hlo_ipow_" + t
	e.helpers[name] = fmt.Sprintf(`static inline %[1]s %[2]s(%[1]s a, %[1]s b) {
  if (%[4]s) return a == 1 ? %[1]s(1) : a == %[1]s(-1) ? ((b & 1) ? a : %[1]s(1)) : %[1]s(0);
  %[3]s r = 1, x = %[3]s(a);
  for (%[5]s e = %[5]s(b); e != 0; e >>= 1) {
    if (e & 1) r *= x;
    x *= x;
  }
  return %[1]s(r);
}`, t, name, w, neg, mslUnsigned(d))
	return nil
}

// bitcast reinterprets storage bits. f16 and bf16 values live in float, so
// their bits go through half (exact) or the top of a float's bits.
func (e *mslEmitter) bitcast(x string, from, to tensor.DType) (string, error) {
	if from.StorageSize() != to.StorageSize() || from == tensor.I1 || to == tensor.I1 {
		return "", fmt.Errorf("bitcast %v to %v", from, to)
	}
	if from == to {
		return x, nil
	}
	var bits string // the source as its unsigned storage pattern
	switch from {
	case tensor.F16:
		bits = fmt.Sprintf("as_type<uint16_t>(half(%s))", x)
	case tensor.BF16:
		bits = fmt.Sprintf("uint16_t(as_type<uint32_t>(%s) >> 16)", x)
	default:
		bits = fmt.Sprintf("as_type<%s>(%s)", mslUnsigned(from), x)
	}
	switch to {
	case tensor.F16:
		return fmt.Sprintf("float(as_type<half>(%s))", bits), nil
	case tensor.BF16:
		return fmt.Sprintf("as_type<float>(uint32_t(%s) << 16)", bits), nil
	}
	t, _ := mslStore(to)
	return fmt.Sprintf("as_type<%s>(%s)", t, bits), nil
}

// convert handles what EmitLLVM handles (between floats, integers to
// floats, between integers) where one rounding is guaranteed; float to
// integer and anything to i1 are declined, as there.
func (e *mslEmitter) convert(x string, from, to tensor.DType) (string, error) {
	tt := mslCompute(to)
	switch {
	case from == to:
		return x, nil
	case isMSLFloat(from) && isMSLFloat(to):
		// The float holds the source exactly; one rounding to the target.
		return mslRound(x, to), nil
	case !isMSLFloat(from) && isMSLFloat(to):
		if from == tensor.I1 {
			return fmt.Sprintf("(%s ? 1.0f : 0.0f)", x), nil
		}
		// Integers of up to 16 bits are exact in float, so float then the
		// target rounds once; wider ones to f16 too (|x| >= 2^24 is past
		// f16's range either way), but to bf16 they would round twice.
		if to == tensor.BF16 && from.StorageSize() > 2 {
			return "", fmt.Errorf("convert %v to %v would round twice through f32", from, to)
		}
		return mslRound(fmt.Sprintf("float(%s)", x), to), nil
	case !isMSLFloat(from) && !isMSLFloat(to) && to != tensor.I1:
		if from == tensor.I1 {
			return fmt.Sprintf("%s(%s ? 1 : 0)", tt, x), nil
		}
		// C++ conversions truncate, sign- or zero-extend by the source.
		return fmt.Sprintf("%s(%s)", tt, x), nil
	}
	return "", fmt.Errorf("convert %v to %v", from, to)
}
