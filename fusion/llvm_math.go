package fusion

import (
	"fmt"
	"math"
)

// Vectorisable single-precision math for the native tier: branch-free code
// (selects for the special cases) that LLVM's loop vectoriser turns into
// SIMD, instead of one libm call per element. The approximations are the
// classic Cody–Waite reductions with minimax polynomials (Cephes' single
// precision coefficients); each is within a few units in the last place of
// the correctly rounded result, well inside the conformance tolerances, but
// not always bit-identical to tier 0 (which rounds the float64 result).

// fc is an f32 constant in LLVM's notation (the double with the same value).
func fc(v float32) string { return fmt.Sprintf("0x%016X", math.Float64bits(float64(v))) }

func (e *emitter) f(op string, a, b string) string {
	r := e.fresh()
	e.line("%s = %s float %s, %s", r, op, a, b)
	return r
}

func (e *emitter) fcmp(pred, a, b string) string {
	r := e.fresh()
	e.line("%s = fcmp %s float %s, %s", r, pred, a, b)
	return r
}

func (e *emitter) sel(c, a, b string) string {
	r := e.fresh()
	e.line("%s = select i1 %s, float %s, float %s", r, c, a, b)
	return r
}

func (e *emitter) fabs(x string) string {
	e.declare("llvm.fabs.f32", "declare float @llvm.fabs.f32(float)")
	r := e.fresh()
	e.line("%s = call float @llvm.fabs.f32(float %s)", r, x)
	return r
}

// poly evaluates c[0]*x^(n-1) + ... + c[n-1] by Horner's rule.
func (e *emitter) poly(x string, c ...float32) string {
	acc := fc(c[0])
	for _, k := range c[1:] {
		acc = e.f("fadd", e.f("fmul", acc, x), fc(k))
	}
	return acc
}

// ldexp2 is x * 2^n for an integer n in [-300, 300], as two scalings so
// that subnormal results and large exponents stay exact.
func (e *emitter) ldexp2(x, n string) string {
	h := e.fresh()
	e.line("%s = ashr i32 %s, 1", h, n)
	l := e.fresh()
	e.line("%s = sub i32 %s, %s", l, n, h)
	scale := func(k string) string {
		b := e.fresh()
		e.line("%s = add i32 %s, 127", b, k)
		s := e.fresh()
		e.line("%s = shl i32 %s, 23", s, b)
		f := e.fresh()
		e.line("%s = bitcast i32 %s to float", f, s)
		return f
	}
	return e.f("fmul", e.f("fmul", x, scale(h)), scale(l))
}

// expF32 is e^x.
func (e *emitter) expF32(x string) string {
	e.declare("llvm.roundeven.f32", "declare float @llvm.roundeven.f32(float)")
	// Clamp the argument so the reduction stays finite; the special
	// results are selected at the end.
	lo := e.fcmp("olt", x, fc(-104))
	xc := e.sel(lo, fc(-104), x)
	hi := e.fcmp("ogt", xc, fc(89))
	xc = e.sel(hi, fc(89), xc)
	t := e.f("fmul", xc, fc(float32(math.Log2E)))
	n := e.fresh()
	e.line("%s = call float @llvm.roundeven.f32(float %s)", n, t)
	r := e.f("fsub", xc, e.f("fmul", n, fc(0.693359375)))
	r = e.f("fsub", r, e.f("fmul", n, fc(-2.12194440e-4)))
	p := e.poly(r, 1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1)
	r2 := e.f("fmul", r, r)
	y := e.f("fadd", e.f("fadd", e.f("fmul", p, r2), r), "1.0")
	ni := e.fresh()
	e.line("%s = fptosi float %s to i32", ni, n)
	y = e.ldexp2(y, ni)
	// Overflow, underflow and NaN as exp defines them.
	over := e.fcmp("ogt", x, fc(88.72284))
	y = e.sel(over, fc(float32(math.Inf(1))), y)
	under := e.fcmp("olt", x, fc(-103.97208))
	y = e.sel(under, "0.0", y)
	nan := e.fcmp("uno", x, x)
	return e.sel(nan, x, y)
}

// logF32 is the natural logarithm.
func (e *emitter) logF32(x string) string {
	// Subnormals are scaled into the normal range first.
	sub := e.fcmp("olt", x, fc(1.17549435e-38))
	xs := e.sel(sub, e.f("fmul", x, fc(8388608)), x)
	bias := e.fresh()
	e.line("%s = select i1 %s, i32 150, i32 127", bias, sub)
	bits := e.fresh()
	e.line("%s = bitcast float %s to i32", bits, xs)
	ex := e.fresh()
	e.line("%s = lshr i32 %s, 23", ex, bits)
	ex2 := e.fresh()
	e.line("%s = and i32 %s, 255", ex2, ex)
	// m in [0.5, 1): the mantissa with exponent 126; e = exponent - 126.
	mb := e.fresh()
	e.line("%s = and i32 %s, 8388607", mb, bits)
	mb2 := e.fresh()
	e.line("%s = or i32 %s, 1056964608", mb2, mb)
	m := e.fresh()
	e.line("%s = bitcast i32 %s to float", m, mb2)
	ei := e.fresh()
	e.line("%s = sub i32 %s, %s", ei, ex2, bias)
	ei1 := e.fresh()
	e.line("%s = add i32 %s, 1", ei1, ei)
	// m < sqrt(1/2): use 2m - 1 and e - 1, so m - 1 is in [-0.29, 0.41].
	small := e.fcmp("olt", m, fc(0.707106781186547524))
	eSel := e.fresh()
	e.line("%s = select i1 %s, i32 %s, i32 %s", eSel, small, ei, ei1)
	m2 := e.sel(small, e.f("fadd", m, m), m)
	f := e.f("fsub", m2, "1.0")
	ef := e.fresh()
	e.line("%s = sitofp i32 %s to float", ef, eSel)
	z := e.f("fmul", f, f)
	p := e.poly(f, 7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
		-1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1)
	y := e.f("fmul", e.f("fmul", f, z), p)
	y = e.f("fadd", y, e.f("fmul", ef, fc(-2.12194440e-4)))
	y = e.f("fsub", y, e.f("fmul", z, "0.5"))
	y = e.f("fadd", f, y)
	y = e.f("fadd", y, e.f("fmul", ef, fc(0.693359375)))
	// log(0) = -inf, log(negative) = NaN, log(inf) = inf, NaN stays.
	zero := e.fcmp("oeq", x, "0.0")
	y = e.sel(zero, fc(float32(math.Inf(-1))), y)
	inf := e.fcmp("oeq", x, fc(float32(math.Inf(1))))
	y = e.sel(inf, x, y)
	neg := e.fcmp("ult", x, "0.0") // also true for NaN
	return e.sel(neg, fc(float32(math.NaN())), y)
}

// tanhF32: an odd polynomial near zero, 1 - 2/(e^2|x| + 1) elsewhere.
func (e *emitter) tanhF32(x string) string {
	ax := e.fabs(x)
	z := e.f("fmul", x, x)
	p := e.poly(z, -5.70498872745e-3, 2.06390887954e-2, -5.37397155531e-2, 1.33314422036e-1, -3.33332819422e-1)
	near := e.f("fadd", e.f("fmul", e.f("fmul", p, z), x), x)
	big := e.fcmp("ogt", ax, fc(9))
	axc := e.sel(big, fc(9), ax)
	t := e.expF32(e.f("fadd", axc, axc))
	far := e.f("fsub", "1.0", e.f("fdiv", "2.0", e.f("fadd", t, "1.0")))
	e.declare("llvm.copysign.f32", "declare float @llvm.copysign.f32(float, float)")
	fs := e.fresh()
	e.line("%s = call float @llvm.copysign.f32(float %s, float %s)", fs, far, x)
	small := e.fcmp("olt", ax, fc(0.625))
	return e.sel(small, near, fs) // NaN: small is false, far is NaN
}

// logisticF32 is 1/(1+e^-x), written per sign to keep both tails accurate.
func (e *emitter) logisticF32(x string) string {
	ax := e.fabs(x)
	nax := e.fresh()
	e.line("%s = fneg float %s", nax, ax)
	t := e.expF32(nax) // e^-|x| in (0, 1]
	d := e.f("fadd", t, "1.0")
	pos := e.f("fdiv", "1.0", d)
	neg := e.f("fdiv", t, d)
	ge := e.fcmp("oge", x, "0.0")
	y := e.sel(ge, pos, neg)
	nan := e.fcmp("uno", x, x)
	return e.sel(nan, x, y)
}

// log1pF32 is log(1+x) by log(u)·x/(u-1) with u = 1+x rounded: the ratio
// cancels u's rounding error (Goldberg's method), so small x keep their
// precision.
func (e *emitter) log1pF32(x string) string {
	u := e.f("fadd", x, "1.0")
	l := e.logF32(u)
	d := e.f("fsub", u, "1.0")
	r := e.f("fmul", l, e.f("fdiv", x, d))
	exact := e.fcmp("oeq", d, "0.0") // 1+x rounded to 1: log1p(x) = x
	r = e.sel(exact, x, r)
	// u = inf (x = inf, or x near float's maximum): log(u); x = -1: -inf;
	// x < -1 or NaN: log gives NaN.
	inf := e.fcmp("oeq", u, fc(float32(math.Inf(1))))
	r = e.sel(inf, l, r)
	neg1 := e.fcmp("ole", u, "0.0")
	r = e.sel(neg1, l, r)
	nan := e.fcmp("uno", x, x)
	return e.sel(nan, x, r)
}
