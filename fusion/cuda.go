package fusion

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// EmitCUDA writes kernel k as CUDA C:
//
//	extern "C" __global__ void NAME(const void* const* bufs, long long n)
//
// (bufs: the device addresses of the inputs, then of the outputs; n the
// elements of the space), a grid-stride loop over the space. It computes
// what the portable executor computes, op for op as EmitLLVM does: IEEE
// arithmetic (compiled without fast math and with -fmad=false, so only
// stablehlo.fma fuses), StableHLO's maximum/minimum (NaN wins, -0 < +0,
// which fmaxf/fminf do not do), shifts with out-of-range counts, wrapping
// integer arithmetic (through unsigned types: signed overflow is undefined
// in C), and math functions of f32 in double rounded once, as tier 0 does
// through Go's math. An op or type it cannot express exactly is an error
// (the kernel then stays off the GPU).
func EmitCUDA(k *Kernel, name string) (string, error) {
	if err := k.Check(); err != nil {
		return "", err
	}
	if k.Reduce != nil {
		return "", fmt.Errorf("cuda: kernels with a reduction are not emitted (they run on the CPU)")
	}
	e := &cudaEmitter{k: k, nIn: len(k.Inputs)}
	return e.emit(name)
}

type cudaEmitter struct {
	k    *Kernel
	nIn  int
	pre  strings.Builder // before the loop: buffer pointers, scalar loads
	body strings.Builder
	vals []string // C expression (a name) of each kernel value at element i
}

// cudaPrelude holds the helpers kernels share. NVRTC has no <cstdint>, so
// only built-in types appear.
const cudaPrelude = `#define HLO static __device__ __forceinline__
// StableHLO maximum/minimum: NaN if either is NaN, and -0 orders below +0.
HLO float hlo_maxf(float a, float b) { return a != a ? a : b != b ? b : a == b ? ((__float_as_uint(a) >> 31) ? b : a) : (a > b ? a : b); }
HLO float hlo_minf(float a, float b) { return a != a ? a : b != b ? b : a == b ? ((__float_as_uint(a) >> 31) ? a : b) : (a < b ? a : b); }
HLO double hlo_max(double a, double b) { return a != a ? a : b != b ? b : a == b ? ((__double_as_longlong(a) < 0) ? b : a) : (a > b ? a : b); }
HLO double hlo_min(double a, double b) { return a != a ? a : b != b ? b : a == b ? ((__double_as_longlong(a) < 0) ? a : b) : (a < b ? a : b); }
// sign: NaN and ±0 stay, else ±1.
HLO double hlo_sign(double x) { return (x != x || x == 0) ? x : (x > 0 ? 1.0 : -1.0); }
// logistic as tier 0 computes it, in double: exact and finite at the tails.
HLO double hlo_logistic(double x) { if (x >= 0) return 1 / (1 + exp(-x)); double e = exp(x); return e / (1 + e); }
// Integer power by squaring with wrapping products (W: the unsigned type of
// the arithmetic); negative exponents as tier 0: 1 for base 1, ±1 for -1, else 0.
template <typename T, typename W> HLO T hlo_ipow(T a, T b) {
  if (b < (T)0) { if (a == (T)1) return 1; if ((T)-1 < (T)0 && a == (T)-1) return (b & 1) ? a : (T)1; return 0; }
  T r = 1;
  while (b != 0) { if (b & 1) r = (T)((W)r * (W)a); a = (T)((W)a * (W)a); b = (T)(b >> 1); }
  return r;
}
`

// cudaType is the C type of an element type's compute values; ok false
// when the CUDA tier does not handle it.
func cudaType(d tensor.DType) (string, bool) {
	switch d {
	case tensor.F32:
		return "float", true
	case tensor.F64:
		return "double", true
	case tensor.I8:
		return "signed char", true
	case tensor.I16:
		return "short", true
	case tensor.I32:
		return "int", true
	case tensor.I64:
		return "long long", true
	case tensor.U8:
		return "unsigned char", true
	case tensor.U16:
		return "unsigned short", true
	case tensor.U32:
		return "unsigned int", true
	case tensor.U64:
		return "unsigned long long", true
	case tensor.I1:
		return "bool", true
	}
	return "", false
}

// cudaMem is how an element is stored (i1 as a byte).
func cudaMem(d tensor.DType) string {
	if d == tensor.I1 {
		return "unsigned char"
	}
	t, _ := cudaType(d)
	return t
}

// cudaUnsigned and cudaSigned are the same-width integer types of either
// signedness (for shifts, compares and wrapping arithmetic).
func cudaUnsigned(d tensor.DType) string {
	return map[int]string{1: "unsigned char", 2: "unsigned short", 4: "unsigned int", 8: "unsigned long long"}[d.StorageSize()]
}

func cudaSigned(d tensor.DType) string {
	return map[int]string{1: "signed char", 2: "short", 4: "int", 8: "long long"}[d.StorageSize()]
}

// cudaWide is the unsigned type integer arithmetic runs in: narrower types
// promote to int in C, whose overflow is undefined, so they go through
// unsigned int.
func cudaWide(d tensor.DType) string {
	if d.StorageSize() == 8 {
		return "unsigned long long"
	}
	return "unsigned int"
}

func (e *cudaEmitter) line(format string, args ...any) {
	fmt.Fprintf(&e.body, "    "+format+"\n", args...)
}

func (e *cudaEmitter) emit(name string) (string, error) {
	k := e.k
	nv := e.nIn + len(k.Body)
	e.vals = make([]string, nv)
	for v := range nv {
		if _, ok := cudaType(k.ValueDType(v)); !ok {
			return "", fmt.Errorf("element type %v", k.ValueDType(v))
		}
	}
	for i, in := range k.Inputs {
		d := k.ValueDType(i)
		t, _ := cudaType(d)
		mt := cudaMem(d)
		fmt.Fprintf(&e.pre, "  const %s* in%d = (const %s*)bufs[%d];\n", mt, i, mt, i)
		v := fmt.Sprintf("v%d", i)
		e.vals[i] = v
		load := func(idx string) string {
			if d == tensor.I1 {
				return fmt.Sprintf("in%d[%s] != 0", i, idx)
			}
			return fmt.Sprintf("in%d[%s]", i, idx)
		}
		switch in.Access {
		case Scalar:
			fmt.Fprintf(&e.pre, "  const %s %s = %s;\n", t, v, load("0"))
		case Elem:
			e.line("const %s %s = %s;", t, v, load("i"))
		case Bcast:
			e.line("const %s %s = %s;", t, v, load(e.bcastIndex(i, in)))
		}
	}
	for o, v := range k.Outputs {
		mt := cudaMem(k.ValueDType(v))
		fmt.Fprintf(&e.pre, "  %s* out%d = (%s*)bufs[%d];\n", mt, o, mt, e.nIn+o)
	}
	for j, in := range k.Body {
		v := e.nIn + j
		x, err := e.inst(in)
		if err != nil {
			return "", fmt.Errorf("%%%d = %s: %v", v, in.Op, err)
		}
		t, _ := cudaType(parseDType(in.DType))
		e.vals[v] = fmt.Sprintf("v%d", v)
		e.line("const %s v%d = %s;", t, v, x)
	}
	for o, v := range k.Outputs {
		x := e.vals[v]
		if k.ValueDType(v) == tensor.I1 {
			x = "(unsigned char)" + x
		}
		e.line("out%d[i] = %s;", o, x)
	}
	var s strings.Builder
	s.WriteString(cudaPrelude)
	fmt.Fprintf(&s, "extern \"C\" __global__ void %s(const void* const* bufs, long long n) {\n", name)
	s.WriteString(e.pre.String())
	s.WriteString("  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (long long)gridDim.x * blockDim.x) {\n")
	s.WriteString(e.body.String())
	s.WriteString("  }\n}\n")
	return s.String(), nil
}

// bcastIndex is the source index of element i of a broadcast view: the
// view's multi-index by division, then the source's strides.
func (e *cudaEmitter) bcastIndex(v int, in Input) string {
	rank := len(in.View)
	stride := make([]int64, rank)
	s := int64(1)
	for j := len(in.Shape) - 1; j >= 0; j-- {
		if in.Shape[j] != 1 {
			stride[in.Dims[j]] = s
		}
		s *= in.Shape[j]
	}
	name := fmt.Sprintf("b%d", v)
	e.line("unsigned long long %s = 0, %s_r = (unsigned long long)i;", name, name)
	for d := rank - 1; d >= 0; d-- {
		// Dimensions above the outermost the input varies along need no
		// division.
		needed := false
		for dd := 0; dd <= d; dd++ {
			needed = needed || stride[dd] != 0
		}
		if !needed {
			break
		}
		if stride[d] != 0 {
			if d == 0 {
				e.line("%s += %s_r * %dULL;", name, name, stride[d])
			} else {
				e.line("%s += (%s_r %% %dULL) * %dULL;", name, name, in.View[d], stride[d])
			}
		}
		if d > 0 {
			e.line("%s_r /= %dULL;", name, in.View[d])
		}
	}
	return name
}

// cudaMath1 are the unary math functions computed in double (CUDA's
// libdevice) and rounded once for f32, as tier 0 computes them in float64.
var cudaMath1 = map[string]string{
	"exponential": "exp", "exponential_minus_one": "expm1", "log": "log", "log_plus_one": "log1p",
	"sine": "sin", "cosine": "cos", "tan": "tan", "tanh": "tanh", "cbrt": "cbrt",
	"exp2": "exp2", "log2": "log2", "logistic": "hlo_logistic",
}

// cudaExact1 are the unary float functions that are exact (or correctly
// rounded) in either precision: f for float, the plain name for double.
var cudaExact1 = map[string]string{
	"abs": "fabs", "sqrt": "sqrt", "floor": "floor", "ceil": "ceil",
	"round_nearest_even": "rint", "round_nearest_afz": "round",
}

func (e *cudaEmitter) inst(in Inst) (string, error) {
	d := parseDType(in.DType)
	t, _ := cudaType(d)
	arg := func(j int) string { return e.vals[in.Args[j]] }
	argT := func(j int) tensor.DType { return e.k.ValueDType(in.Args[j]) }
	want := map[string]int{"constant": 0, "iota": 0, "select": 3, "clamp": 3, "fma": 3}
	n, ok := want[in.Op]
	if !ok {
		n = 1
		if _, bin := cudaBinaryArity[in.Op]; bin {
			n = 2
		}
	}
	if len(in.Args) != n {
		return "", fmt.Errorf("%d arguments, want %d", len(in.Args), n)
	}
	flt := isFloat(d)
	f32 := d == tensor.F32
	fsuf := "" // libdevice's float variant
	if f32 {
		fsuf = "f"
	}
	w := ""
	if !flt && d != tensor.I1 {
		w = cudaWide(d)
	}
	boolean := d == tensor.I1
	switch in.Op {
	case "constant":
		b, err := hex.DecodeString(in.Bits)
		if err != nil || len(b) != d.StorageSize() {
			return "", fmt.Errorf("constant bits")
		}
		var u uint64
		for i := len(b) - 1; i >= 0; i-- {
			u = u<<8 | uint64(b[i])
		}
		switch d {
		case tensor.F32:
			return fmt.Sprintf("__uint_as_float(0x%08XU)", uint32(u)), nil
		case tensor.F64:
			return fmt.Sprintf("__longlong_as_double(0x%016XLL)", u), nil
		case tensor.I1:
			return map[bool]string{true: "true", false: "false"}[u&1 != 0], nil
		}
		return fmt.Sprintf("(%s)0x%XULL", t, u), nil
	case "copy":
		return arg(0), nil
	case "iota":
		if boolean {
			return "", fmt.Errorf("iota of i1")
		}
		return fmt.Sprintf("(%s)(((unsigned long long)i / %dULL) %% %dULL)", t, in.Stride, in.Extent), nil
	case "bitcast_convert":
		from := argT(0)
		if from.StorageSize() != d.StorageSize() || from == tensor.I1 || boolean {
			return "", fmt.Errorf("bitcast %v to %v", from, d)
		}
		switch {
		case isFloat(from) && flt, !isFloat(from) && !flt:
			return fmt.Sprintf("(%s)%s", t, arg(0)), nil // same width: same bits
		case from == tensor.F32:
			return fmt.Sprintf("(%s)__float_as_uint(%s)", t, arg(0)), nil
		case from == tensor.F64:
			return fmt.Sprintf("(%s)__double_as_longlong(%s)", t, arg(0)), nil
		case f32:
			return fmt.Sprintf("__uint_as_float((unsigned int)%s)", arg(0)), nil
		default:
			return fmt.Sprintf("__longlong_as_double((long long)%s)", arg(0)), nil
		}
	case "add", "subtract", "multiply":
		op := map[string]string{"add": "+", "subtract": "-", "multiply": "*"}[in.Op]
		switch {
		case flt:
			return fmt.Sprintf("%s %s %s", arg(0), op, arg(1)), nil
		case boolean:
			// i1 add is or, multiply is and, as tier 0.
			switch in.Op {
			case "add":
				return fmt.Sprintf("%s || %s", arg(0), arg(1)), nil
			case "multiply":
				return fmt.Sprintf("%s && %s", arg(0), arg(1)), nil
			}
			return "", fmt.Errorf("i1 subtract")
		}
		return fmt.Sprintf("(%s)((%s)%s %s (%s)%s)", t, w, arg(0), op, w, arg(1)), nil
	case "divide", "remainder":
		a, b := arg(0), arg(1)
		switch {
		case flt && in.Op == "divide":
			return a + " / " + b, nil
		case flt:
			// fmod is exact, so tier 0's math.Mod in double rounds to it.
			return fmt.Sprintf("fmod%s(%s, %s)", fsuf, a, b), nil
		case boolean:
			return "", fmt.Errorf("i1 %s", in.Op)
		}
		// x/0 is all ones and x%0 is x (XLA's definition); MIN/-1 wraps to
		// MIN and MIN%-1 is 0, as Go computes them (C leaves both undefined).
		minus1 := "false"
		if isSigned(d) {
			minus1 = fmt.Sprintf("%s == (%s)-1", b, t)
		}
		if in.Op == "divide" {
			return fmt.Sprintf("%s == 0 ? (%s)~(%s)0 : %s ? (%s)(0 - (%s)%s) : (%s)(%s / %s)", b, t, w, minus1, t, w, a, t, a, b), nil
		}
		return fmt.Sprintf("%s == 0 ? %s : %s ? (%s)0 : (%s)(%s %% %s)", b, a, minus1, t, t, a, b), nil
	case "power":
		switch {
		case flt:
			return e.viaDouble(fmt.Sprintf("pow((double)%s, (double)%s)", arg(0), arg(1)), d), nil
		case boolean:
			return "", fmt.Errorf("i1 power")
		}
		return fmt.Sprintf("hlo_ipow<%s, %s>(%s, %s)", t, w, arg(0), arg(1)), nil
	case "atan2":
		if !flt {
			return "", fmt.Errorf("atan2 on %v", d)
		}
		return e.viaDouble(fmt.Sprintf("atan2((double)%s, (double)%s)", arg(0), arg(1)), d), nil
	case "maximum", "minimum":
		return e.maxMin(in.Op, d, arg(0), arg(1)), nil
	case "clamp":
		// min(max(operand, lo), hi): args are lo, operand, hi.
		return e.maxMin("minimum", d, "("+e.maxMin("maximum", d, arg(1), arg(0))+")", arg(2)), nil
	case "and", "or", "xor":
		switch {
		case flt:
			return "", fmt.Errorf("float %s", in.Op)
		case boolean:
			return fmt.Sprintf("%s %s %s", arg(0), map[string]string{"and": "&&", "or": "||", "xor": "!="}[in.Op], arg(1)), nil
		}
		return fmt.Sprintf("(%s)(%s %s %s)", t, arg(0), map[string]string{"and": "&", "or": "|", "xor": "^"}[in.Op], arg(1)), nil
	case "not":
		switch {
		case flt:
			return "", fmt.Errorf("float not")
		case boolean:
			return "!" + arg(0), nil
		}
		return fmt.Sprintf("(%s)~%s", t, arg(0)), nil
	case "shift_left", "shift_right_logical", "shift_right_arithmetic":
		if flt || boolean {
			return "", fmt.Errorf("%s on %v", in.Op, d)
		}
		bits := d.StorageSize() * 8
		ut, st := cudaUnsigned(d), cudaSigned(d)
		a, c := arg(0), fmt.Sprintf("(%s)%s", ut, arg(1)) // counts are unsigned
		// Out of range counts give 0, or the sign for arithmetic shifts
		// (of the bit pattern, also for unsigned types).
		switch in.Op {
		case "shift_left":
			return fmt.Sprintf("%s >= %d ? (%s)0 : (%s)((%s)%s << %s)", c, bits, t, t, w, a, c), nil
		case "shift_right_logical":
			return fmt.Sprintf("%s >= %d ? (%s)0 : (%s)((%s)%s >> %s)", c, bits, t, t, ut, a, c), nil
		}
		return fmt.Sprintf("(%s)((%s)%s >> (%s >= %d ? %d : %s))", t, st, a, c, bits, bits-1, c), nil
	case "negate":
		switch {
		case flt:
			return "-" + arg(0), nil
		case boolean:
			return "", fmt.Errorf("i1 negate")
		}
		return fmt.Sprintf("(%s)(0 - (%s)%s)", t, w, arg(0)), nil
	case "abs":
		switch {
		case flt:
			return fmt.Sprintf("fabs%s(%s)", fsuf, arg(0)), nil
		case !isSigned(d):
			return arg(0), nil // unsigned and i1: itself
		}
		return fmt.Sprintf("%s < 0 ? (%s)(0 - (%s)%s) : %s", arg(0), t, w, arg(0), arg(0)), nil
	case "sign":
		switch {
		case flt:
			return e.viaDouble(fmt.Sprintf("hlo_sign((double)%s)", arg(0)), d), nil
		case boolean:
			return arg(0), nil
		case isSigned(d):
			return fmt.Sprintf("%s > 0 ? (%s)1 : %s == 0 ? (%s)0 : (%s)-1", arg(0), t, arg(0), t, t), nil
		}
		return fmt.Sprintf("(%s)(%s != 0)", t, arg(0)), nil
	case "popcnt", "count_leading_zeros":
		switch {
		case flt:
			return "", fmt.Errorf("%s on %v", in.Op, d)
		case boolean && in.Op == "popcnt":
			return arg(0), nil
		case boolean:
			return "!" + arg(0), nil
		}
		bits := d.StorageSize() * 8
		ut := cudaUnsigned(d)
		if in.Op == "popcnt" {
			if bits == 64 {
				return fmt.Sprintf("(%s)__popcll((unsigned long long)%s)", t, arg(0)), nil
			}
			return fmt.Sprintf("(%s)__popc((unsigned int)(%s)%s)", t, ut, arg(0)), nil
		}
		if bits == 64 {
			return fmt.Sprintf("(%s)__clzll((long long)%s)", t, arg(0)), nil
		}
		return fmt.Sprintf("(%s)(__clz((int)(unsigned int)(%s)%s) - %d)", t, ut, arg(0), 32-bits), nil
	case "rsqrt":
		if !flt {
			return "", fmt.Errorf("rsqrt on %v", d)
		}
		// 1/sqrt in double, as tier 0 (CUDA's rsqrt is not correctly rounded).
		return e.viaDouble(fmt.Sprintf("1.0 / sqrt((double)%s)", arg(0)), d), nil
	case "compare":
		return e.compare(in, argT(0), arg(0), arg(1))
	case "select":
		return fmt.Sprintf("%s ? %s : %s", arg(0), arg(1), arg(2)), nil
	case "fma":
		if !flt {
			return "", fmt.Errorf("fma on %v", d)
		}
		return fmt.Sprintf("fma%s(%s, %s, %s)", fsuf, arg(0), arg(1), arg(2)), nil
	case "convert":
		return e.convert(arg(0), argT(0), d)
	}
	if fn, ok := cudaExact1[in.Op]; ok && flt {
		return fmt.Sprintf("%s%s(%s)", fn, fsuf, arg(0)), nil
	}
	if fn, ok := cudaMath1[in.Op]; ok && flt {
		return e.viaDouble(fmt.Sprintf("%s((double)%s)", fn, arg(0)), d), nil
	}
	return "", fmt.Errorf("not in the CUDA tier")
}

// cudaBinaryArity lists the two-argument ops (for the argument count check).
var cudaBinaryArity = map[string]struct{}{
	"add": {}, "subtract": {}, "multiply": {}, "divide": {}, "remainder": {}, "power": {}, "atan2": {},
	"maximum": {}, "minimum": {}, "and": {}, "or": {}, "xor": {}, "shift_left": {},
	"shift_right_logical": {}, "shift_right_arithmetic": {}, "compare": {},
}

// viaDouble rounds a double expression to the value's type once.
func (e *cudaEmitter) viaDouble(x string, d tensor.DType) string {
	if d == tensor.F32 {
		return "(float)(" + x + ")"
	}
	return x
}

func (e *cudaEmitter) maxMin(op string, d tensor.DType, a, b string) string {
	switch d {
	case tensor.F32:
		return fmt.Sprintf("hlo_%sf(%s, %s)", op[:3], a, b)
	case tensor.F64:
		return fmt.Sprintf("hlo_%s(%s, %s)", op[:3], a, b)
	case tensor.I1:
		// max is or, min is and (true > false).
		return fmt.Sprintf("(%s %s %s)", a, map[string]string{"maximum": "||", "minimum": "&&"}[op], b)
	}
	cmp := map[string]string{"maximum": ">", "minimum": "<"}[op]
	return fmt.Sprintf("(%s %s %s ? %s : %s)", a, cmp, b, a, b)
}

func (e *cudaEmitter) compare(in Inst, a tensor.DType, x, y string) (string, error) {
	op := map[string]string{"EQ": "==", "NE": "!=", "LT": "<", "LE": "<=", "GT": ">", "GE": ">="}[in.Dir]
	if op == "" {
		return "", fmt.Errorf("direction %q", in.Dir)
	}
	if isFloat(a) {
		if in.CmpType == "TOTALORDER" {
			return "", fmt.Errorf("total-order compare")
		}
		// C's float compares are IEEE's: ordered, except != which is true
		// for NaN.
		return fmt.Sprintf("%s %s %s", x, op, y), nil
	}
	if a == tensor.I1 {
		return fmt.Sprintf("%s %s %s", x, op, y), nil // unsigned: false < true
	}
	signed := isSigned(a)
	switch in.CmpType {
	case "SIGNED":
		signed = true
	case "UNSIGNED":
		signed = false
	}
	ct := cudaUnsigned(a)
	if signed {
		ct = cudaSigned(a)
	}
	return fmt.Sprintf("(%s)%s %s (%s)%s", ct, x, op, ct, y), nil
}

// convert handles the conversions defined exactly the same way everywhere
// (as EmitLLVM does): between floats (round to nearest even), integers to
// floats, and between integers (truncate, or extend by the source's
// signedness); i1 converts as 0 and 1. Float to integer (saturation and NaN
// rules differ) and anything to i1 are declined.
func (e *cudaEmitter) convert(x string, from, to tensor.DType) (string, error) {
	t, _ := cudaType(to)
	switch {
	case from == to:
		return x, nil
	case to == tensor.I1, isFloat(from) && !isFloat(to):
		return "", fmt.Errorf("convert %v to %v", from, to)
	}
	return fmt.Sprintf("(%s)%s", t, x), nil
}
