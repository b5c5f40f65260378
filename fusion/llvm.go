package fusion

import (
	"encoding/hex"
	"fmt"
	"math"
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// EmitLLVM writes kernel k as an LLVM IR function
//
//	void NAME(ptr bufs, i64 lo, i64 hi)
//
// (bufs: the inputs' then the outputs' base addresses; [lo, hi) the elements
// to compute) for the native CPU tier. It computes what the portable executor
// computes: IEEE arithmetic the same way, math functions of f32 in double
// through libm and rounded once (as tier 0 does through Go's math), so
// results agree bit for bit except where libm and Go's math differ in the
// last place of a double. An op or element type it cannot express exactly
// is an error (the kernel then runs on the portable executor).
func EmitLLVM(k *Kernel, name string) (string, error) {
	e := &emitter{k: k, nIn: len(k.Inputs)}
	return e.emit(name)
}

type emitter struct {
	k     *Kernel
	nIn   int
	body  strings.Builder
	pre   strings.Builder // entry block: buffer pointers, loop-invariant loads
	decls map[string]string
	tmp   int
	vals  []string // SSA name of each kernel value at element %i
}

func (e *emitter) fresh() string {
	e.tmp++
	return fmt.Sprintf("%%t%d", e.tmp)
}

func (e *emitter) line(format string, args ...any) {
	fmt.Fprintf(&e.body, "  "+format+"\n", args...)
}

func (e *emitter) declare(name, sig string) {
	if e.decls == nil {
		e.decls = map[string]string{}
	}
	e.decls[name] = sig
}

// llvmType is the compute type of an element type; ok false when the
// native tier does not handle it.
func llvmType(d tensor.DType) (string, bool) {
	switch d {
	case tensor.F32:
		return "float", true
	case tensor.F64:
		return "double", true
	case tensor.I8, tensor.U8:
		return "i8", true
	case tensor.I16, tensor.U16:
		return "i16", true
	case tensor.I32, tensor.U32:
		return "i32", true
	case tensor.I64, tensor.U64:
		return "i64", true
	case tensor.I1:
		return "i1", true
	}
	return "", false
}

// memType is how an element is stored (i1 as a byte).
func memType(d tensor.DType) string {
	if d == tensor.I1 {
		return "i8"
	}
	t, _ := llvmType(d)
	return t
}

func (e *emitter) emit(name string) (string, error) {
	k := e.k
	nv := e.nIn + len(k.Body)
	e.vals = make([]string, nv)
	for v := range nv {
		if _, ok := llvmType(k.ValueDType(v)); !ok {
			return "", fmt.Errorf("element type %v", k.ValueDType(v))
		}
	}
	// Buffer pointers.
	nb := e.nIn + k.NumResults()
	for b := range nb {
		fmt.Fprintf(&e.pre, "  %%bp%d = getelementptr ptr, ptr %%bufs, i64 %d\n", b, b)
		fmt.Fprintf(&e.pre, "  %%buf%d = load ptr, ptr %%bp%d\n", b, b)
	}
	// Inputs.
	for i, in := range k.Inputs {
		d := k.ValueDType(i)
		mt := memType(d)
		switch in.Access {
		case Scalar:
			fmt.Fprintf(&e.pre, "  %%s%d = load %s, ptr %%buf%d\n", i, mt, i)
			e.vals[i] = e.fromMem(fmt.Sprintf("%%s%d", i), d, true)
		case Elem:
			p := e.fresh()
			e.line("%s = getelementptr %s, ptr %%buf%d, i64 %%i", p, mt, i)
			x := e.fresh()
			e.line("%s = load %s, ptr %s", x, mt, p)
			e.vals[i] = e.fromMem(x, d, false)
		case Bcast:
			idx := e.bcastIndex(in)
			p := e.fresh()
			e.line("%s = getelementptr %s, ptr %%buf%d, i64 %s", p, mt, i, idx)
			x := e.fresh()
			e.line("%s = load %s, ptr %s", x, mt, p)
			e.vals[i] = e.fromMem(x, d, false)
		}
	}
	for j, in := range k.Body {
		v, err := e.inst(in)
		if err != nil {
			return "", fmt.Errorf("%%%d = %s: %v", e.nIn+j, in.Op, err)
		}
		e.vals[e.nIn+j] = v
	}
	for o, v := range k.Outputs {
		d := k.ValueDType(v)
		mt := memType(d)
		x := e.vals[v]
		if d == tensor.I1 {
			z := e.fresh()
			e.line("%s = zext i1 %s to i8", z, x)
			x = z
		}
		p := e.fresh()
		e.line("%s = getelementptr %s, ptr %%buf%d, i64 %%i", p, mt, e.nIn+o)
		e.line("store %s %s, ptr %s", mt, x, p)
	}
	var rows *rowLoop
	if k.Reduce != nil {
		var err error
		if rows, err = e.reduce(k.Reduce); err != nil {
			return "", fmt.Errorf("reduction: %v", err)
		}
	}
	var s strings.Builder
	for n, sig := range e.decls {
		_ = n
		s.WriteString(sig + "\n")
	}
	fmt.Fprintf(&s, "define void @%s(ptr noalias %%bufs, i64 %%lo, i64 %%hi) nounwind {\nentry:\n", name)
	s.WriteString(e.pre.String())
	if rows != nil {
		// Rows of L contiguous elements (lo and hi are whole slabs): the
		// element loop runs per row, its fold kept in a register or
		// stored into a contiguous run of results.
		s.WriteString("  %empty = icmp sge i64 %lo, %hi\n  br i1 %empty, label %exit, label %rows\n")
		s.WriteString("rows:\n  %row = phi i64 [ %lo, %entry ], [ %rownext, %rowend ]\n")
		fmt.Fprintf(&s, "  %%rowhi = add nuw nsw i64 %%row, %d\n", rows.l)
		s.WriteString(rows.pre)
		s.WriteString("  br label %loop\n")
		s.WriteString("loop:\n  %i = phi i64 [ %row, %rows ], [ %inext, %loop ]\n")
		s.WriteString(rows.phi)
		s.WriteString(e.body.String())
		s.WriteString("  %inext = add nuw nsw i64 %i, 1\n  %more = icmp slt i64 %inext, %rowhi\n  br i1 %more, label %loop, label %rowend, !llvm.loop !0\n")
		s.WriteString("rowend:\n")
		s.WriteString(rows.post)
		s.WriteString("  %rownext = add nuw nsw i64 %row, " + fmt.Sprint(rows.l) + "\n  %rmore = icmp slt i64 %rownext, %hi\n  br i1 %rmore, label %rows, label %exit\n")
	} else {
		s.WriteString("  %empty = icmp sge i64 %lo, %hi\n  br i1 %empty, label %exit, label %loop\n")
		s.WriteString("loop:\n  %i = phi i64 [ %lo, %entry ], [ %inext, %loop ]\n")
		s.WriteString(e.body.String())
		s.WriteString("  %inext = add nuw nsw i64 %i, 1\n  %more = icmp slt i64 %inext, %hi\n  br i1 %more, label %loop, label %exit, !llvm.loop !0\n")
	}
	s.WriteString("exit:\n  ret void\n}\n")
	s.WriteString("!0 = distinct !{!0, !1}\n!1 = !{!\"llvm.loop.mustprogress\"}\n")
	return s.String(), nil
}

// rowLoop is the loop nest of a kernel with a reduction: rows of l
// elements, with code at the row's start (pre), the element loop's extra
// phis and the row's end (post).
type rowLoop struct {
	l              int64
	pre, phi, post string
}

// reduce emits the fold of the reduced value at element %i. The ranges a
// call computes are whole slabs (runNative), so each result is folded by one
// thread. Innermost reductions (inner = 1) fold a row of the reduced block
// in a register, float adds and products reassociable so that the loop
// vectorises (only the order of the float fold differs from element order);
// otherwise a row of inner elements folds into as many consecutive results
// (load, op, store: independent elements).
func (e *emitter) reduce(r *Reduction) (*rowLoop, error) {
	d := e.k.ValueDType(r.Value)
	if !reduceOK(r.Op, d) {
		return nil, fmt.Errorf("%s of %v", r.Op, d)
	}
	_, red, inner := r.Split(e.k.Space)
	slab := red * inner
	mt := memType(d)
	t, _ := llvmType(d)
	buf := fmt.Sprintf("%%buf%d", e.nIn+len(e.k.Outputs))
	// op folds x into acc, emitted as the body's own binary op.
	op := func(acc, x string, reassoc bool) (string, error) {
		if reassoc && isFloat(d) && (r.Op == "add" || r.Op == "multiply") {
			out := e.fresh()
			e.line("%s = f%s reassoc %s %s, %s", out, map[string]string{"add": "add", "multiply": "mul"}[r.Op], t, acc, x)
			return out, nil
		}
		saved := e.vals
		e.vals = []string{acc, x}
		v, err := e.inst(Inst{Op: r.Op, DType: d.String(), Args: []int{0, 1}})
		e.vals = saved
		return v, err
	}
	toMem := func(v string) (string, string) {
		if d != tensor.I1 {
			return v, ""
		}
		z := e.fresh()
		return z, fmt.Sprintf("  %s = zext i1 %s to i8\n", z, v)
	}
	rl := &rowLoop{}
	if inner == 1 {
		rl.l = red
		o := e.fresh()
		p := e.fresh()
		old := e.fresh()
		rl.pre = fmt.Sprintf("  %s = udiv i64 %%row, %d\n  %s = getelementptr %s, ptr %s, i64 %s\n  %s = load %s, ptr %s\n",
			o, slab, p, mt, buf, o, old, mt, p)
		acc0 := old
		if d == tensor.I1 {
			acc0 = e.fresh()
			rl.pre += fmt.Sprintf("  %s = icmp ne i8 %s, 0\n", acc0, old)
		}
		acc := e.fresh()
		v, err := op(acc, e.vals[r.Value], true)
		if err != nil {
			return nil, err
		}
		rl.phi = fmt.Sprintf("  %s = phi %s [ %s, %%rows ], [ %s, %%loop ]\n", acc, t, acc0, v)
		m, conv := toMem(v)
		rl.post = conv + fmt.Sprintf("  store %s %s, ptr %s\n", mt, m, p)
		return rl, nil
	}
	rl.l = inner
	ob := e.fresh()
	q := e.fresh()
	rl.pre = fmt.Sprintf("  %s = udiv i64 %%row, %d\n  %s = mul i64 %s, %d\n", q, slab, ob, q, inner)
	j := e.fresh()
	e.line("%s = sub i64 %%i, %%row", j)
	o := e.fresh()
	e.line("%s = add i64 %s, %s", o, ob, j)
	p := e.fresh()
	e.line("%s = getelementptr %s, ptr %s, i64 %s", p, mt, buf, o)
	old := e.fresh()
	e.line("%s = load %s, ptr %s", old, mt, p)
	v, err := op(e.fromMem(old, d, false), e.vals[r.Value], false)
	if err != nil {
		return nil, err
	}
	if d == tensor.I1 {
		z := e.fresh()
		e.line("%s = zext i1 %s to i8", z, v)
		v = z
	}
	e.line("store %s %s, ptr %s", mt, v, p)
	return rl, nil
}

// fromMem turns a loaded element into its compute value (i1 from a byte).
func (e *emitter) fromMem(x string, d tensor.DType, pre bool) string {
	if d != tensor.I1 {
		return x
	}
	t := e.fresh()
	if pre {
		fmt.Fprintf(&e.pre, "  %s = icmp ne i8 %s, 0\n", t, x)
	} else {
		e.line("%s = icmp ne i8 %s, 0", t, x)
	}
	return t
}

// bcastIndex computes the source index of element %i of a broadcast view:
// the view's multi-index by division, then the source's strides.
func (e *emitter) bcastIndex(in Input) string {
	rank := len(in.View)
	stride := make([]int64, rank)
	s := int64(1)
	for j := len(in.Shape) - 1; j >= 0; j-- {
		if in.Shape[j] != 1 {
			stride[in.Dims[j]] = s
		}
		s *= in.Shape[j]
	}
	acc := "0"
	rem := "%i"
	for d := rank - 1; d >= 0; d-- {
		var idx string
		if d == 0 {
			idx = rem
		} else {
			idx = e.fresh()
			e.line("%s = urem i64 %s, %d", idx, rem, in.View[d])
			q := e.fresh()
			e.line("%s = udiv i64 %s, %d", q, rem, in.View[d])
			rem = q
		}
		if stride[d] == 0 {
			continue
		}
		m := e.fresh()
		e.line("%s = mul i64 %s, %d", m, idx, stride[d])
		n := e.fresh()
		e.line("%s = add i64 %s, %s", n, acc, m)
		acc = n
	}
	return acc
}

func isFloat(d tensor.DType) bool { return d == tensor.F32 || d == tensor.F64 }

func isSigned(d tensor.DType) bool {
	switch d {
	case tensor.I8, tensor.I16, tensor.I32, tensor.I64:
		return true
	}
	return false
}

// FastMath selects the vectorisable f32 exp, log, tanh and logistic
// (llvm_math.go) over libm calls in double.
var FastMath = true

// libm1 are unary functions computed in double through libm, as tier 0
// computes them in float64 through Go's math (the same function: the
// correctly rounded or nearly so libm result rounds to the same float).
var libm1 = map[string]string{
	"exponential": "exp", "exponential_minus_one": "expm1", "log": "log", "log_plus_one": "log1p",
	"sine": "sin", "cosine": "cos", "tan": "tan", "tanh": "tanh", "cbrt": "cbrt",
	"exp2": "exp2", "log2": "log2",
}

func (e *emitter) inst(in Inst) (string, error) {
	d := parseDType(in.DType)
	t, _ := llvmType(d)
	arg := func(j int) string { return e.vals[in.Args[j]] }
	argT := func(j int) tensor.DType { return e.k.ValueDType(in.Args[j]) }
	out := e.fresh()
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
			return fmt.Sprintf("0x%016X", math.Float64bits(float64(math.Float32frombits(uint32(u))))), nil
		case tensor.F64:
			return fmt.Sprintf("0x%016X", u), nil
		case tensor.I1:
			if u&1 != 0 {
				return "true", nil
			}
			return "false", nil
		}
		// Integers: the bit pattern, sign-extended for LLVM's decimal form.
		bits := d.StorageSize() * 8
		v := int64(u<<(64-bits)) >> (64 - bits)
		return fmt.Sprintf("%d", v), nil
	case "copy":
		return arg(0), nil
	case "iota":
		q := e.fresh()
		e.line("%s = udiv i64 %%i, %d", q, in.Stride)
		r := e.fresh()
		e.line("%s = urem i64 %s, %d", r, q, in.Extent)
		switch {
		case isFloat(d):
			e.line("%s = uitofp i64 %s to %s", out, r, t)
		case t == "i64":
			return r, nil
		default:
			e.line("%s = trunc i64 %s to %s", out, r, t)
		}
		return out, nil
	case "bitcast_convert":
		from := argT(0)
		ft, _ := llvmType(from)
		if from.StorageSize() != d.StorageSize() || from == tensor.I1 || d == tensor.I1 {
			return "", fmt.Errorf("bitcast %v to %v", from, d)
		}
		if ft == t {
			return arg(0), nil // same width integers: the same bits
		}
		e.line("%s = bitcast %s %s to %s", out, ft, arg(0), t)
		return out, nil
	case "add", "subtract", "multiply":
		op := map[string]string{"add": "add", "subtract": "sub", "multiply": "mul"}[in.Op]
		if isFloat(d) {
			e.line("%s = f%s %s %s, %s", out, op, t, arg(0), arg(1))
		} else if d == tensor.I1 {
			// i1 add is or (saturating boolean), multiply is and, as tier 0.
			switch in.Op {
			case "add":
				e.line("%s = or i1 %s, %s", out, arg(0), arg(1))
			case "multiply":
				e.line("%s = and i1 %s, %s", out, arg(0), arg(1))
			default:
				return "", fmt.Errorf("i1 subtract")
			}
		} else {
			e.line("%s = %s %s %s, %s", out, op, t, arg(0), arg(1))
		}
		return out, nil
	case "divide":
		if !isFloat(d) {
			return "", fmt.Errorf("integer divide")
		}
		e.line("%s = fdiv %s %s, %s", out, t, arg(0), arg(1))
		return out, nil
	case "maximum", "minimum":
		if isFloat(d) {
			f := "llvm." + in.Op + "." + map[string]string{"float": "f32", "double": "f64"}[t]
			e.declare(f, fmt.Sprintf("declare %s @%s(%s, %s)", t, f, t, t))
			e.line("%s = call %s @%s(%s %s, %s %s)", out, t, f, t, arg(0), t, arg(1))
			return out, nil
		}
		pred := map[bool]string{true: "s", false: "u"}[isSigned(d)] + map[string]string{"maximum": "gt", "minimum": "lt"}[in.Op]
		c := e.fresh()
		e.line("%s = icmp %s %s %s, %s", c, pred, t, arg(0), arg(1))
		e.line("%s = select i1 %s, %s %s, %s %s", out, c, t, arg(0), t, arg(1))
		return out, nil
	case "and", "or", "xor":
		if isFloat(d) {
			return "", fmt.Errorf("float %s", in.Op)
		}
		e.line("%s = %s %s %s, %s", out, in.Op, t, arg(0), arg(1))
		return out, nil
	case "not":
		if isFloat(d) {
			return "", fmt.Errorf("float not")
		}
		e.line("%s = xor %s %s, -1", out, t, arg(0)) // i1: xor with true
		return out, nil
	case "shift_left", "shift_right_logical", "shift_right_arithmetic":
		if isFloat(d) || d == tensor.I1 {
			return "", fmt.Errorf("%s on %v", in.Op, d)
		}
		bits := d.StorageSize() * 8
		// Shift counts are unsigned here: out of range (>= bits, or a
		// negative count) gives 0, or the sign for arithmetic shifts.
		big := e.fresh()
		e.line("%s = icmp uge %s %s, %d", big, t, arg(1), bits)
		sh := e.fresh()
		op := map[string]string{"shift_left": "shl", "shift_right_logical": "lshr", "shift_right_arithmetic": "ashr"}[in.Op]
		e.line("%s = %s %s %s, %s", sh, op, t, arg(0), arg(1))
		fill := "0"
		if in.Op == "shift_right_arithmetic" {
			fill = e.fresh()
			e.line("%s = ashr %s %s, %d", fill, t, arg(0), bits-1)
		}
		e.line("%s = select i1 %s, %s %s, %s %s", out, big, t, fill, t, sh)
		return out, nil
	case "negate":
		if isFloat(d) {
			e.line("%s = fneg %s %s", out, t, arg(0))
		} else {
			e.line("%s = sub %s 0, %s", out, t, arg(0))
		}
		return out, nil
	case "abs":
		if isFloat(d) {
			f := "llvm.fabs." + map[string]string{"float": "f32", "double": "f64"}[t]
			e.declare(f, fmt.Sprintf("declare %s @%s(%s)", t, f, t))
			e.line("%s = call %s @%s(%s %s)", out, t, f, t, arg(0))
			return out, nil
		}
		if !isSigned(d) {
			return arg(0), nil
		}
		f := "llvm.abs." + t
		e.declare(f, fmt.Sprintf("declare %s @%s(%s, i1)", t, f, t))
		e.line("%s = call %s @%s(%s %s, i1 false)", out, t, f, t, arg(0))
		return out, nil
	case "sqrt", "floor", "ceil", "round_nearest_even", "round_nearest_afz":
		if !isFloat(d) {
			return "", fmt.Errorf("%s on %v", in.Op, d)
		}
		name := map[string]string{"sqrt": "sqrt", "floor": "floor", "ceil": "ceil", "round_nearest_even": "roundeven", "round_nearest_afz": "round"}[in.Op]
		f := "llvm." + name + "." + map[string]string{"float": "f32", "double": "f64"}[t]
		e.declare(f, fmt.Sprintf("declare %s @%s(%s)", t, f, t))
		e.line("%s = call %s @%s(%s %s)", out, t, f, t, arg(0))
		return out, nil
	case "rsqrt":
		if !isFloat(d) {
			return "", fmt.Errorf("rsqrt on %v", d)
		}
		x := e.toDouble(arg(0), d)
		e.declare("llvm.sqrt.f64", "declare double @llvm.sqrt.f64(double)")
		s := e.fresh()
		e.line("%s = call double @llvm.sqrt.f64(double %s)", s, x)
		r := e.fresh()
		e.line("%s = fdiv double 1.0, %s", r, s)
		return e.fromDouble(r, d), nil
	case "logistic":
		if !isFloat(d) {
			return "", fmt.Errorf("logistic on %v", d)
		}
		if d == tensor.F32 && FastMath {
			return e.logisticF32(arg(0)), nil
		}
		// x >= 0: 1/(1+e^-x); else e^x/(1+e^x), in double (tier 0's form).
		x := e.toDouble(arg(0), d)
		e.declare("exp", "declare double @exp(double) nounwind readnone")
		pos := e.fresh()
		e.line("%s = fcmp oge double %s, 0.0", pos, x)
		nx := e.fresh()
		e.line("%s = fneg double %s", nx, x)
		ea := e.fresh()
		e.line("%s = call double @exp(double %s)", ea, nx)
		one := e.fresh()
		e.line("%s = fadd double 1.0, %s", one, ea)
		p := e.fresh()
		e.line("%s = fdiv double 1.0, %s", p, one)
		eb := e.fresh()
		e.line("%s = call double @exp(double %s)", eb, x)
		two := e.fresh()
		e.line("%s = fadd double 1.0, %s", two, eb)
		n := e.fresh()
		e.line("%s = fdiv double %s, %s", n, eb, two)
		r := e.fresh()
		e.line("%s = select i1 %s, double %s, double %s", r, pos, p, n)
		return e.fromDouble(r, d), nil
	case "compare":
		a := argT(0)
		var pred string
		switch {
		case isFloat(a):
			if in.CmpType == "TOTALORDER" {
				return "", fmt.Errorf("total-order compare")
			}
			pred = map[string]string{"EQ": "oeq", "NE": "une", "LT": "olt", "LE": "ole", "GT": "ogt", "GE": "oge"}[in.Dir]
			if pred == "" {
				return "", fmt.Errorf("direction %q", in.Dir)
			}
			at, _ := llvmType(a)
			e.line("%s = fcmp %s %s %s, %s", out, pred, at, arg(0), arg(1))
			return out, nil
		default:
			signed := isSigned(a)
			switch in.CmpType {
			case "SIGNED":
				signed = true
			case "UNSIGNED":
				signed = false
			}
			if a == tensor.I1 {
				signed = false
			}
			p := map[string]string{"EQ": "eq", "NE": "ne"}[in.Dir]
			if p == "" {
				base := map[string]string{"LT": "lt", "LE": "le", "GT": "gt", "GE": "ge"}[in.Dir]
				if base == "" {
					return "", fmt.Errorf("direction %q", in.Dir)
				}
				p = map[bool]string{true: "s", false: "u"}[signed] + base
			}
			at, _ := llvmType(a)
			e.line("%s = icmp %s %s %s, %s", out, p, at, arg(0), arg(1))
			return out, nil
		}
	case "select":
		e.line("%s = select i1 %s, %s %s, %s %s", out, arg(0), t, arg(1), t, arg(2))
		return out, nil
	case "fma":
		if !isFloat(d) {
			return "", fmt.Errorf("fma on %v", d)
		}
		f := "llvm.fma." + map[string]string{"float": "f32", "double": "f64"}[t]
		e.declare(f, fmt.Sprintf("declare %s @%s(%s, %s, %s)", t, f, t, t, t))
		e.line("%s = call %s @%s(%s %s, %s %s, %s %s)", out, t, f, t, arg(0), t, arg(1), t, arg(2))
		return out, nil
	case "convert":
		return e.convert(arg(0), argT(0), d)
	}
	if d == tensor.F32 && FastMath {
		switch in.Op {
		case "exponential":
			return e.expF32(arg(0)), nil
		case "log":
			return e.logF32(arg(0)), nil
		case "log_plus_one":
			return e.log1pF32(arg(0)), nil
		case "tanh":
			return e.tanhF32(arg(0)), nil
		}
	}
	if fn, ok := libm1[in.Op]; ok && isFloat(d) {
		e.declare(fn, fmt.Sprintf("declare double @%s(double) nounwind readnone", fn))
		x := e.toDouble(arg(0), d)
		r := e.fresh()
		e.line("%s = call double @%s(double %s)", r, fn, x)
		return e.fromDouble(r, d), nil
	}
	return "", fmt.Errorf("not in the native tier")
}

func (e *emitter) toDouble(x string, d tensor.DType) string {
	if d == tensor.F64 {
		return x
	}
	r := e.fresh()
	e.line("%s = fpext float %s to double", r, x)
	return r
}

func (e *emitter) fromDouble(x string, d tensor.DType) string {
	if d == tensor.F64 {
		return x
	}
	r := e.fresh()
	e.line("%s = fptrunc double %s to float", r, x)
	return r
}

// convert handles the conversions whose result is defined exactly the same
// way everywhere: between floats, integers to floats, and between integers.
func (e *emitter) convert(x string, from, to tensor.DType) (string, error) {
	ft, _ := llvmType(from)
	tt, _ := llvmType(to)
	out := e.fresh()
	switch {
	case from == to:
		return x, nil
	case isFloat(from) && isFloat(to):
		op := "fpext"
		if from == tensor.F64 {
			op = "fptrunc"
		}
		e.line("%s = %s %s %s to %s", out, op, ft, x, tt)
	case !isFloat(from) && isFloat(to):
		op := "uitofp"
		if isSigned(from) {
			op = "sitofp"
		}
		e.line("%s = %s %s %s to %s", out, op, ft, x, tt)
	case !isFloat(from) && !isFloat(to) && to != tensor.I1:
		fb, tb := from.StorageSize()*8, to.StorageSize()*8
		if from == tensor.I1 {
			fb = 1
		}
		switch {
		case fb > tb:
			e.line("%s = trunc %s %s to %s", out, ft, x, tt)
		case fb < tb && isSigned(from):
			e.line("%s = sext %s %s to %s", out, ft, x, tt)
		case fb < tb:
			e.line("%s = zext %s %s to %s", out, ft, x, tt)
		default:
			return x, nil // same width, other signedness: same bits
		}
	default:
		return "", fmt.Errorf("convert %v to %v", from, to)
	}
	return out, nil
}
