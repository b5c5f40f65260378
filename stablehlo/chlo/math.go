package chlo

import (
	"math"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func intOfWidth(bits int) tensor.DType {
	switch bits {
	case 8:
		return tensor.I8
	case 16:
		return tensor.I16
	case 32:
		return tensor.I32
	case 64:
		return tensor.I64
	}
	return tensor.Invalid
}

// The expansions below follow StableHLO's ChloLegalizeToStablehlo.cpp and
// ChloDecompositionPatterns*.td: same formulas, coefficients and op order.
// Coefficient tables the pass declares as float are float32 here, so each value
// is the correctly rounded float literal, as in C++.

type val = *stablehlo.Value

// poly evaluates coefficients (highest degree first) by Horner's rule.
func poly[F float32 | float64](b *builder, x val, cs []F) val {
	if len(cs) == 0 {
		return b.constLike(0, x)
	}
	p := b.constLike(float64(cs[0]), x)
	for _, c := range cs[1:] {
		p = b.mul(p, x)
		p = b.add(p, b.constLike(float64(c), x))
	}
	return p
}

// chebyshev evaluates a Chebyshev series (Clenshaw recurrence).
func chebyshev[F float32 | float64](b *builder, x val, cs []F) val {
	b0 := b.constLike(0, x)
	b1 := b.constLike(0, x)
	b2 := b.constLike(0, x)
	for _, c := range cs {
		b2 = b1
		b1 = b0
		b0 = b.mul(x, b1)
		b0 = b.sub(b0, b2)
		b0 = b.add(b0, b.constLike(float64(c), x))
	}
	r := b.sub(b0, b2)
	return b.mul(r, b.constLike(0.5, x))
}

func besselI1e[F float32 | float64](b *builder, x val, ca, cb []F) val {
	z := b.abs(x)
	half := b.constLike(0.5, x)
	two := b.constLike(2, x)
	thirtyTwo := b.constLike(32, x)
	eight := b.constLike(8, x)
	tmp := b.mul(half, z)
	tmp = b.sub(tmp, two)
	xLe8 := chebyshev(b, tmp, ca)
	xLe8 = b.mul(z, xLe8)
	tmp = b.div(thirtyTwo, z)
	tmp = b.sub(tmp, two)
	xGt8 := chebyshev(b, tmp, cb)
	xGt8 = b.div(xGt8, b.sqrt(z))
	isLe8 := b.cmp("LE", z, eight)
	s := b.sel(isLe8, xLe8, xGt8)
	return b.mul(b.un("sign", x), s)
}

func besselI1eF32(b *builder, x val) val {
	a := []float32{
		9.38153738649577178388e-9, -4.44505912879632808065e-8,
		2.00329475355213526229e-7, -8.56872026469545474066e-7,
		3.47025130813767847674e-6, -1.32731636560394358279e-5,
		4.78156510755005422638e-5, -1.61760815825896745588e-4,
		5.12285956168575772895e-4, -1.51357245063125314899e-3,
		4.15642294431288815669e-3, -1.05640848946261981558e-2,
		2.47264490306265168283e-2, -5.29459812080949914269e-2,
		1.02643658689847095384e-1, -1.76416518357834055153e-1,
		2.52587186443633654823e-1}
	c := []float32{
		-3.83538038596423702205e-9, -2.63146884688951950684e-8,
		-2.51223623787020892529e-7, -3.88256480887769039346e-6,
		-1.10588938762623716291e-4, -9.76109749136146840777e-3,
		7.78576235018280120474e-1}
	return besselI1e(b, x, a, c)
}

func besselI1eF64(b *builder, x val) val {
	a := []float64{
		2.77791411276104639959e-18, -2.11142121435816608115e-17,
		1.55363195773620046921e-16, -1.10559694773538630805e-15,
		7.60068429473540693410e-15, -5.04218550472791168711e-14,
		3.22379336594557470981e-13, -1.98397439776494371520e-12,
		1.17361862988909016308e-11, -6.66348972350202774223e-11,
		3.62559028155211703701e-10, -1.88724975172282928790e-9,
		9.38153738649577178388e-9, -4.44505912879632808065e-8,
		2.00329475355213526229e-7, -8.56872026469545474066e-7,
		3.47025130813767847674e-6, -1.32731636560394358279e-5,
		4.78156510755005422638e-5, -1.61760815825896745588e-4,
		5.12285956168575772895e-4, -1.51357245063125314899e-3,
		4.15642294431288815669e-3, -1.05640848946261981558e-2,
		2.47264490306265168283e-2, -5.29459812080949914269e-2,
		1.02643658689847095384e-1, -1.76416518357834055153e-1,
		2.52587186443633654823e-1}
	c := []float64{
		7.51729631084210481353e-18, 4.41434832307170791151e-18,
		-4.65030536848935832153e-17, -3.20952592199342395980e-17,
		2.96262899764595013876e-16, 3.30820231092092828324e-16,
		-1.88035477551078244854e-15, -3.81440307243700780478e-15,
		1.04202769841288027642e-14, 4.27244001671195135429e-14,
		-2.10154184277266431302e-14, -4.08355111109219731823e-13,
		-7.19855177624590851209e-13, 2.03562854414708950722e-12,
		1.41258074366137813316e-11, 3.25260358301548823856e-11,
		-1.89749581235054123450e-11, -5.58974346219658380687e-10,
		-3.83538038596423702205e-9, -2.63146884688951950684e-8,
		-2.51223623787020892529e-7, -3.88256480887769039346e-6,
		-1.10588938762623716291e-4, -9.76109749136146840777e-3,
		7.78576235018280120474e-1}
	return besselI1e(b, x, a, c)
}

// --- erf / erfc (Cephes for f64, Eigen-style rational for f32) ---

func erfcF64GeOne(b *builder, x val) val {
	const maxlog = 7.09782712893383996843e2
	p := []float64{
		2.46196981473530512524e-10, 5.64189564831068821977e-1,
		7.46321056442269912687e0, 4.86371970985681366614e1,
		1.96520832956077098242e2, 5.26445194995477358631e2,
		9.34528527171957607540e2, 1.02755188689515710272e3,
		5.57535335369399327526e2}
	q := []float64{
		1.00000000000000000000e0, 1.32281951154744992508e1,
		8.67072140885989742329e1, 3.54937778887819891062e2,
		9.75708501743205489753e2, 1.82390916687909736289e3,
		2.24633760818710981792e3, 1.65666309194161350182e3,
		5.57535340817727675546e2}
	r := []float64{
		5.64189583547755073984e-1, 1.27536670759978104416e0,
		5.01905042251180477414e0, 6.16021097993053585195e0,
		7.40974269950448939160e0, 2.97886665372100240670e0}
	s := []float64{
		1.00000000000000000000e0, 2.26052863220117276590e0,
		9.39603524938001434673e0, 1.20489539808096656605e1,
		1.70814450747565897222e1, 9.60896809063285878198e0,
		3.36907645100081516050e0}
	xSq := b.mul(x, x)
	z := b.neg(xSq)
	expZ := b.exp(z)
	absX := b.abs(x)
	polP := poly(b, absX, p)
	expZP := b.mul(expZ, polP)
	polQ := poly(b, absX, q)
	approx18 := b.div(expZP, polQ)
	polR := poly(b, absX, r)
	expZR := b.mul(expZ, polR)
	polS := poly(b, absX, s)
	approx8Inf := b.div(expZR, polS)
	eight := b.constLike(8, x)
	lt8 := b.cmp("LT", absX, eight)
	approx := b.sel(lt8, approx18, approx8Inf)
	zLt := b.cmp("LT", z, b.constLike(-maxlog, x))
	zero := b.constLike(0, x)
	clamped := b.sel(zLt, zero, approx)
	xLt0 := b.cmp("LT", x, zero)
	two := b.constLike(2, x)
	twoSub := b.sub(two, clamped)
	return b.sel(xLt0, twoSub, clamped)
}

func erfF64LeOne(b *builder, x val) val {
	t := []float64{
		9.60497373987051638749e0, 9.00260197203842689217e1,
		2.23200534594684319226e3, 7.00332514112805075473e3,
		5.55923013010394962768e4}
	u := []float64{
		1.00000000000000000000e0, 3.35617141647503099647e1,
		5.21357949780152679795e2, 4.59432382970980127987e3,
		2.26290000613890934246e4, 4.92673942608635921086e4}
	xSq := b.mul(x, x)
	polyT := poly(b, xSq, t)
	xT := b.mul(x, polyT)
	polyU := poly(b, xSq, u)
	return b.div(xT, polyU)
}

func erfF64(b *builder, x val) val {
	erfA := erfF64LeOne(b, x)
	one := b.constLike(1, x)
	erfcA := erfcF64GeOne(b, x)
	erfcBased := b.sub(one, erfcA)
	absX := b.abs(x)
	lt1 := b.cmp("LT", absX, one)
	return b.sel(lt1, erfA, erfcBased)
}

func erfcF64(b *builder, x val) val {
	erfcA := erfcF64GeOne(b, x)
	one := b.constLike(1, x)
	erfA := erfF64LeOne(b, x)
	erfBased := b.sub(one, erfA)
	absX := b.abs(x)
	lt1 := b.cmp("LT", absX, one)
	return b.sel(lt1, erfBased, erfcA)
}

func erfcF32GeOne(b *builder, x val) val {
	const maxlog = 88.72283905206835
	p := []float32{
		+2.326819970068386e-2, -1.387039388740657e-1, +3.687424674597105e-1,
		-5.824733027278666e-1, +6.210004621745983e-1, -4.944515323274145e-1,
		+3.404879937665872e-1, -2.741127028184656e-1, +5.638259427386472e-1}
	r := []float32{
		-1.047766399936249e+1, +1.297719955372516e+1, -7.495518717768503e+0,
		+2.921019019210786e+0, -1.015265279202700e+0, +4.218463358204948e-1,
		-2.820767439740514e-1, +5.641895067754075e-1}
	xSq := b.mul(x, x)
	z := b.neg(xSq)
	absX := b.abs(x)
	one := b.constLike(1, x)
	recipXSq := b.div(one, xSq)
	expZ := b.exp(z)
	oneDivAbsX := b.div(one, absX)
	expZDiv := b.mul(expZ, oneDivAbsX)
	two := b.constLike(2, x)
	lt2 := b.cmp("LT", absX, two)
	polP := poly(b, recipXSq, p)
	polR := poly(b, recipXSq, r)
	pl := b.sel(lt2, polP, polR)
	approx := b.mul(expZDiv, pl)
	zLt := b.cmp("LT", z, b.constLike(-maxlog, x))
	zero := b.constLike(0, x)
	clamped := b.sel(zLt, zero, approx)
	xLt0 := b.cmp("LT", x, zero)
	twoSub := b.sub(two, clamped)
	return b.sel(xLt0, twoSub, clamped)
}

func erfF32LeOne(b *builder, x val) val {
	t := []float32{
		+7.853861353153693e-5, -8.010193625184903e-4, +5.188327685732524e-3,
		-2.685381193529856e-2, +1.128358514861418e-1, -3.761262582423300e-1,
		+1.128379165726710e+0}
	xSq := b.mul(x, x)
	return b.mul(x, poly(b, xSq, t))
}

func erfF32(b *builder, x val) val {
	alpha := []float32{
		-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06,
		-5.69250639462346e-05, -7.34990630326855e-04, -2.95459980854025e-03,
		-1.60960333262415e-02}
	beta := []float32{
		-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03,
		-7.37332916720468e-03, -1.42647390514189e-02}
	lb := b.constLike(-4, x)
	ub := b.constLike(4, x)
	x = b.emit("stablehlo.clamp", []val{lb, x, ub}, x.Type)
	xSq := b.mul(x, x)
	alphaP := poly(b, xSq, alpha)
	betaP := poly(b, xSq, beta)
	xAlpha := b.mul(x, alphaP)
	erf := b.div(xAlpha, betaP)
	lbErf := b.constLike(-1, x)
	ubErf := b.constLike(1, x)
	return b.emit("stablehlo.clamp", []val{lbErf, erf, ubErf}, erf.Type)
}

func erfcF32(b *builder, x val) val {
	erfcA := erfcF32GeOne(b, x)
	one := b.constLike(1, x)
	erfA := erfF32LeOne(b, x)
	erfBased := b.sub(one, erfA)
	absX := b.abs(x)
	lt1 := b.cmp("LT", absX, one)
	return b.sel(lt1, erfBased, erfcA)
}

// --- erf_inv (Giles' approximation) ---

func erfInv32(b *builder, x val) val {
	lt5 := [9]float32{
		2.81022636e-08, 3.43273939e-07, -3.5233877e-06,
		-4.39150654e-06, 0.00021858087, -0.00125372503,
		-0.00417768164, 0.246640727, 1.50140941}
	ge5 := [9]float32{
		-0.000200214257, 0.000100950558, 0.00134934322,
		-0.00367342844, 0.00573950773, -0.0076224613,
		0.00943887047, 1.00167406, 2.83297682}
	minusXSq := b.mul(x, b.neg(x))
	w := b.neg(b.log1p(minusXSq))
	lt := b.cmp("LT", w, b.constLike(5, x))
	coef := func(i int) val {
		return b.sel(lt, b.constLike(float64(lt5[i]), x), b.constLike(float64(ge5[i]), x))
	}
	wa := b.sub(w, b.constLike(2.5, x))
	wb := b.sub(b.sqrt(w), b.constLike(3, x))
	w = b.sel(lt, wa, wb)
	p := coef(0)
	for i := 1; i < 9; i++ {
		c := coef(i)
		p = b.add(c, b.mul(p, w))
	}
	result := b.mul(p, x)
	isOne := b.cmp("EQ", b.abs(x), b.constLike(1, x))
	inf := b.mul(x, b.infLike(x, false))
	return b.sel(isOne, inf, result)
}

func erfInv64(b *builder, x val) val {
	lt625 := [23]float64{
		-3.6444120640178196996e-21, -1.685059138182016589e-19,
		1.2858480715256400167e-18, 1.115787767802518096e-17,
		-1.333171662854620906e-16, 2.0972767875968561637e-17,
		6.6376381343583238325e-15, -4.0545662729752068639e-14,
		-8.1519341976054721522e-14, 2.6335093153082322977e-12,
		-1.2975133253453532498e-11, -5.4154120542946279317e-11,
		1.051212273321532285e-09, -4.1126339803469836976e-09,
		-2.9070369957882005086e-08, 4.2347877827932403518e-07,
		-1.3654692000834678645e-06, -1.3882523362786468719e-05,
		0.0001867342080340571352, -0.00074070253416626697512,
		-0.0060336708714301490533, 0.24015818242558961693,
		1.6536545626831027356}
	lt16 := [19]float64{
		2.2137376921775787049e-09, 9.0756561938885390979e-08,
		-2.7517406297064545428e-07, 1.8239629214389227755e-08,
		1.5027403968909827627e-06, -4.013867526981545969e-06,
		2.9234449089955446044e-06, 1.2475304481671778723e-05,
		-4.7318229009055733981e-05, 6.8284851459573175448e-05,
		2.4031110387097893999e-05, -0.0003550375203628474796,
		0.00095328937973738049703, -0.0016882755560235047313,
		0.0024914420961078508066, -0.0037512085075692412107,
		0.005370914553590063617, 1.0052589676941592334,
		3.0838856104922207635}
	ge16 := [17]float64{
		-2.7109920616438573243e-11, -2.5556418169965252055e-10,
		1.5076572693500548083e-09, -3.7894654401267369937e-09,
		7.6157012080783393804e-09, -1.4960026627149240478e-08,
		2.9147953450901080826e-08, -6.7711997758452339498e-08,
		2.2900482228026654717e-07, -9.9298272942317002539e-07,
		4.5260625972231537039e-06, -1.9681778105531670567e-05,
		7.5995277030017761139e-05, -0.00021503011930044477347,
		-0.00013871931833623122026, 1.0103004648645343977,
		4.8499064014085844221}
	minusXSq := b.mul(x, b.neg(x))
	w := b.neg(b.log1p(minusXSq))
	isLt625 := b.cmp("LT", w, b.constLike(6.25, x))
	isLt16 := b.cmp("LT", w, b.constLike(16, x))
	coef := func(i int) val {
		c := b.constLike(lt625[i], x)
		if i < 19 {
			c = b.sel(isLt625, c, b.constLike(lt16[i], x))
		}
		if i < 17 {
			c = b.sel(isLt16, c, b.constLike(ge16[i], x))
		}
		return c
	}
	sqrtW := b.sqrt(w)
	wMinus := b.sub(w, b.constLike(3.125, x))
	s2 := b.sel(isLt16, b.constLike(3.25, w), b.constLike(5, w))
	s2r := b.sub(sqrtW, s2)
	w = b.sel(isLt625, wMinus, s2r)
	p := coef(0)
	for i := 1; i < 17; i++ {
		c := coef(i)
		p = b.add(c, b.mul(p, w))
	}
	for i := 17; i < 19; i++ {
		c := coef(i)
		p = b.sel(isLt16, b.add(c, b.mul(p, w)), p)
	}
	for i := 19; i < 23; i++ {
		c := coef(i)
		p = b.sel(isLt625, b.add(c, b.mul(p, w)), p)
	}
	result := b.mul(p, x)
	isOne := b.cmp("EQ", b.abs(x), b.constLike(1, x))
	inf := b.mul(x, b.infLike(x, false))
	return b.sel(isOne, inf, result)
}

// --- lgamma / digamma (Lanczos, g = 7, n = 9) ---

const (
	lanczosGamma = 7.0
	lanczosBase  = 0.99999999999980993227684700473478
)

var lanczosCoeffs = [8]float64{
	676.520368121885098567009190444019, -1259.13921672240287047156078755283,
	771.3234287776530788486528258894, -176.61502916214059906584551354,
	12.507343278686904814458936853, -0.13857109526572011689554707,
	9.984369578019570859563e-6, 1.50563273514931155834e-7}

func lgamma(b *builder, x val) val {
	half := b.constLike(0.5, x)
	reflect := b.cmp("LT", x, half)
	negX := b.neg(x)
	one := b.constLike(1, x)
	xm1 := b.sub(x, one)
	z := b.sel(reflect, negX, xm1)
	a := b.constLike(lanczosBase, x)
	for i, c := range lanczosCoeffs {
		coeff := b.constLike(c, x)
		idx := b.constLike(float64(i+1), x)
		q := b.div(coeff, b.add(z, idx))
		a = b.add(a, q)
	}
	lph := b.constLike(lanczosGamma+0.5, x)
	t := b.add(lph, z)
	logTerm := b.constLike(math.Log(lanczosGamma+0.5), x)
	log1pTerm := b.log1p(b.div(z, lph))
	logT := b.add(logTerm, log1pTerm)
	tDivLogT := b.div(t, logT)
	sum := b.sub(b.add(z, half), tDivLogT)
	r := b.mul(sum, logT)
	logA := b.log(a)
	lg := b.add(b.add(b.constLike((math.Log(2)+math.Log(math.Pi))/2, x), r), logA)
	abs := b.abs(x)
	absFrac := b.sub(abs, b.floor(abs))
	reduce := b.cmp("LT", half, absFrac)
	absFrac = b.sel(reduce, b.sub(one, absFrac), absFrac)
	denom := b.log(b.un("sine", b.mul(b.constLike(math.Pi, x), absFrac)))
	refl := b.sub(b.sub(b.constLike(math.Log(math.Pi), x), denom), lg)
	finite := b.emit("stablehlo.is_finite", []val{denom}, withElem(denom.Type, tensor.I1))
	negDenom := b.neg(denom)
	refl = b.sel(finite, refl, negDenom)
	lg = b.sel(reflect, refl, lg)
	// chlo.is_inf(x), lowered in place: |x| == +inf.
	xIsInf := isPosInf(b, b.abs(x))
	return b.sel(xIsInf, b.infLike(x, false), lg)
}

func digamma(b *builder, x val) val {
	half := b.constLike(0.5, x)
	reflect := b.cmp("LT", x, half)
	negX := b.neg(x)
	one := b.constLike(1, x)
	xm1 := b.sub(x, one)
	z := b.sel(reflect, negX, xm1)
	zero := b.constLike(0, x)
	a := b.constLike(lanczosBase, x)
	aPrime := zero
	for i, c := range lanczosCoeffs {
		coeff := b.constLike(c, x)
		idx := b.constLike(float64(i+1), x)
		zTerm := b.add(z, idx)
		aPrime = b.sub(aPrime, b.div(coeff, b.mul(zTerm, zTerm)))
		a = b.add(a, b.div(coeff, zTerm))
	}
	lph := b.constLike(lanczosGamma+0.5, x)
	t := b.add(lph, z)
	logTerm := b.constLike(math.Log(lanczosGamma+0.5), x)
	log1pTerm := b.log1p(b.div(z, lph))
	logT := b.add(logTerm, log1pTerm)
	aPrimeDivA := b.div(aPrime, a)
	gDivT := b.div(b.constLike(lanczosGamma, x), t)
	dg := b.sub(b.add(logT, aPrimeDivA), gDivT)
	reducedX := b.add(x, b.abs(b.floor(b.add(x, b.constLike(0.5, x)))))
	pi := b.constLike(math.Pi, x)
	piX := b.mul(pi, reducedX)
	cos := b.un("cosine", piX)
	sin := b.un("sine", piX)
	refl := b.sub(dg, b.div(b.mul(pi, cos), sin))
	dg = b.sel(reflect, refl, dg)
	isZero := b.cmp("EQ", x, zero)
	isLtZero := b.cmp("LT", x, zero)
	isInt := b.cmp("EQ", x, b.floor(x))
	isNegInt := b.and(isLtZero, isInt)
	withNan := b.sel(isNegInt, b.constLike(math.NaN(), x), dg)
	return b.sel(isZero, b.constLike(math.Inf(-1), x), withNan)
}

// --- zeta / polygamma ---

func zeta(b *builder, x, q val) val {
	const terms, iters = 12, 9
	const twoTermsMinusOne = 2*terms - 1
	coeffs := [terms]float64{
		-7.1661652561756670113e18, 1.8152105401943546773e17,
		-4.5979787224074726105e15, 1.1646782814350067249e14,
		-2.950130727918164224e12, 7.47242496e10,
		-1.8924375803183791606e9, 47900160.0,
		-1209600.0, 30240.0, -720.0, 12.0}
	zero := b.constLike(0, q)
	one := b.constLike(1, q)
	acc := q
	negX := b.neg(x)
	powerSum := b.bin("power", q, negX)
	var qNegPower val
	for i := 0; i < iters; i++ {
		acc = b.add(acc, one)
		qNegPower = b.bin("power", acc, negX)
		powerSum = b.add(powerSum, qNegPower)
	}
	acc = b.add(acc, one)
	qNegPower = b.bin("power", acc, negX)
	oneLikeX := b.constLike(1, x)
	correction := b.div(b.mul(qNegPower, acc), b.sub(x, oneLikeX))
	rsqrtAcc := b.div(one, b.mul(acc, acc))
	hornerSum := zero
	for i := 0; i < terms-1; i++ {
		fl := b.add(x, b.constLike(float64(twoTermsMinusOne-1-2*i), x))
		fr := b.add(x, b.constLike(float64(twoTermsMinusOne-2-2*i), x))
		hornerProduct := b.mul(fl, fr)
		hornerSum = b.mul(hornerProduct, b.mul(rsqrtAcc, b.add(hornerSum, b.constLike(1/coeffs[i], acc))))
	}
	halfLike := b.constLike(0.5, qNegPower)
	xDivAcc := b.div(x, acc)
	tail := b.mul(qNegPower, b.add(halfLike, b.mul(xDivAcc, b.add(b.constLike(1/coeffs[terms-1], acc), hornerSum))))
	accurate := b.add(b.add(powerSum, correction), tail)
	absQNeg := b.abs(qNegPower)
	absPowerSum := b.abs(powerSum)
	// APFloat::getSmallest: the least positive denormal, bit pattern 1.
	smallest := b.constBits(1, acc)
	out := b.sel(b.cmp("LT", absQNeg, b.mul(absPowerSum, smallest)), powerSum, accurate)
	nan := b.constLike(math.NaN(), x)
	out = b.sel(b.cmp("LT", x, oneLikeX), nan, out)
	qLeZero := b.cmp("LE", q, zero)
	xNotInt := b.cmp("NE", x, b.floor(x))
	domainErr := b.and(qLeZero, xNotInt)
	out = b.sel(domainErr, nan, out)
	inf := b.constLike(math.Inf(1), x)
	qIsInt := b.cmp("EQ", q, b.floor(q))
	atPole := b.and(qLeZero, qIsInt)
	two := b.constLike(2, x)
	xIsInt := b.cmp("EQ", x, b.floor(x))
	xIsEven := b.cmp("EQ", b.bin("remainder", x, two), zero)
	xIsEvenInt := b.and(xIsInt, xIsEven)
	out = b.sel(atPole, b.sel(xIsEvenInt, inf, nan), out)
	return b.sel(b.cmp("EQ", x, one), inf, out)
}

func polygamma(b *builder, n, x val) val {
	one := b.constLike(1, x)
	two := b.constLike(2, x)
	sign := b.sub(b.mul(two, b.bin("remainder", n, two)), one)
	np1 := b.add(n, one)
	expLg := b.exp(unaryUpcast(b, "lgamma", np1))
	z := zetaUpcast(b, np1, x)
	result := b.mul(b.mul(sign, expLg), z)
	zero := b.constLike(0, x)
	nEq0 := b.cmp("EQ", n, zero)
	result = b.sel(nEq0, unaryUpcast(b, "digamma", x), result)
	nonInt := b.cmp("NE", n, b.floor(n))
	negative := b.cmp("LT", n, zero)
	nonNatural := b.or(nonInt, negative)
	return b.sel(nonNatural, b.constLike(math.NaN(), x), result)
}

func zetaUpcast(b *builder, x, q val) val {
	return withUpcast(b, []val{x, q}, func(b *builder, a []val) val { return zeta(b, a[0], a[1]) })
}

// --- hyperbolic ---

func coshApprox(b *builder, x val) val {
	logHalf := b.log(b.constLike(0.5, x))
	expAdd := b.exp(b.add(x, logHalf))
	expSub := b.exp(b.sub(logHalf, x))
	return b.add(expAdd, expSub)
}

func sinhLarge(b *builder, x val) val {
	logHalf := b.log(b.constLike(0.5, x))
	expAdd := b.exp(b.add(x, logHalf))
	expSub := b.exp(b.sub(logHalf, x))
	return b.sub(expAdd, expSub)
}

func sinhApprox(b *builder, x val) val {
	large := sinhLarge(b, x)
	expm1 := b.un("exponential_minus_one", x)
	one := b.constLike(1, x)
	oneHalf := b.constLike(0.5, x)
	expm1p1 := b.add(expm1, one)
	ratio := b.div(expm1, expm1p1)
	sum := b.add(expm1, ratio)
	small := b.mul(oneHalf, sum)
	absX := b.abs(x)
	lt1 := b.cmp("LT", absX, one)
	return b.sel(lt1, small, large)
}

// --- next_after ---

func nextAfter(b *builder, x, y val) val {
	d := stablehlo.ElementDType(x.Type)
	bits := d.Bits()
	var it = intOfWidth(bits)
	if it == 0 {
		b.fail("next_after of %s unsupported", d)
		return x
	}
	intTy := withElem(x.Type, it)
	bc := func(v val, t stablehlo.Type) val {
		return b.emit("stablehlo.bitcast_convert", []val{v}, t)
	}
	xi := bc(x, intTy)
	yi := bc(y, intTy)
	xNan := b.cmp("NE", x, x)
	yNan := b.cmp("NE", y, y)
	nanIn := b.or(xNan, yNan)
	nanV := b.constLike(math.NaN(), x)
	nanI := bc(nanV, intTy)
	signBit := int64(1) << (bits - 1)
	signMask := b.constInt(signBit, xi)
	negSignMask := b.constInt(^signBit, xi)
	xAbs := b.and(xi, negSignMask)
	yAbs := b.and(yi, negSignMask)
	eq := b.cmp("EQ", x, y)
	zero := b.constInt(0, xi)
	xZero := b.cmp("EQ", xAbs, zero)
	yZero := b.cmp("EQ", yAbs, zero)
	xSign := b.and(xi, signMask)
	ySign := b.and(yi, signMask)
	one := b.constInt(1, xi)
	xZeroYNonZero := b.or(ySign, one)
	disagree := b.cmp("NE", xSign, ySign)
	larger := b.cmp("GT", xAbs, yAbs)
	smaller := b.or(larger, disagree)
	minusOne := b.constInt(-1, xi)
	adj := b.sel(smaller, minusOne, one)
	res := b.add(xi, adj)
	res = b.sel(xZero, b.sel(yZero, yi, xZeroYNonZero), res)
	res = b.sel(eq, yi, res)
	res = b.sel(nanIn, nanI, res)
	return bc(res, x.Type)
}

// --- DRR patterns (ChloDecompositionPatterns.td, ...Math.td) ---

// tan: current StableHLO has a tan op; the pattern maps chlo.tan onto it
// (default result accuracy), for real and complex operands alike.
func tan(b *builder, x val) val {
	return b.un("tan", x)
}

func atanh(b *builder, x val) val {
	if stablehlo.ElementDType(x.Type).IsComplex() {
		return b.mul(b.sub(b.log1p(x), b.log1p(b.neg(x))), b.constLike(0.5, x))
	}
	c := b.cmp("GT", b.abs(x), b.constLike(1, x))
	nan := b.constLike(math.NaN(), x)
	v := b.mul(b.sub(b.log1p(x), b.log1p(b.neg(x))), b.constLike(0.5, x))
	return b.sel(c, nan, v)
}

func asinReal(b *builder, x val) val {
	two := b.constLike(2, x)
	one := b.constLike(1, x)
	s := b.sqrt(b.mul(b.sub(one, x), b.add(one, x)))
	return b.mul(two, b.bin("atan2", x, b.add(one, s)))
}

func acosReal(b *builder, x val) val {
	two := b.constLike(2, x)
	one := b.constLike(1, x)
	sub := b.sub(one, x)
	addOne := b.add(one, x)
	s := b.sqrt(b.mul(sub, addOne))
	return b.mul(two, b.bin("atan2", s, addOne))
}

func acoshReal(b *builder, x val) val {
	maxF := b.maxFiniteLike(x)
	c2 := b.constLike(2, x)
	c := b.cmp("GE", x, b.div(maxF, c2))
	big := b.add(b.log(c2), b.log(x))
	c1 := b.constLike(1, x)
	s := b.sqrt(b.sub(x, c1))
	small := b.log1p(b.mul(s, b.add(b.sqrt(b.add(x, c1)), s)))
	return b.sel(c, big, small)
}

func asinhReal(b *builder, x val) val {
	sign := b.un("sign", x)
	ax := b.abs(x)
	c := b.cmp("GE", ax, b.sqrt(b.maxFiniteLike(x)))
	big := b.add(b.log(b.constLike(2, x)), b.log(ax))
	ax2 := b.mul(ax, ax)
	one := b.constLike(1, x)
	small := b.log1p(b.add(ax, b.div(ax2, b.add(one, b.sqrt(b.add(one, ax2))))))
	return b.mul(sign, b.sel(c, big, small))
}
