package tensor

import "math"

// floatFormat describes a binary floating-point format narrower than or equal to f64.
type floatFormat struct {
	expBits, manBits int
	bias             int
	noSign           bool // f8E8M0FNU
	hasInf           bool // IEEE-style infinities (all-ones exponent, zero mantissa)
	nanIEEE          bool // NaN = all-ones exponent, non-zero mantissa
	nanAllOnes       bool // FN types: only exponent and mantissa all ones is NaN
	nanNegZero       bool // FNUZ types: the negative-zero pattern is the only NaN
	noNaN            bool // f4/f6 FN types have neither NaN nor Inf
}

var formats = map[DType]floatFormat{
	F16:           {expBits: 5, manBits: 10, bias: 15, hasInf: true, nanIEEE: true},
	BF16:          {expBits: 8, manBits: 7, bias: 127, hasInf: true, nanIEEE: true},
	F32:           {expBits: 8, manBits: 23, bias: 127, hasInf: true, nanIEEE: true},
	F64:           {expBits: 11, manBits: 52, bias: 1023, hasInf: true, nanIEEE: true},
	TF32:          {expBits: 8, manBits: 10, bias: 127, hasInf: true, nanIEEE: true},
	F8E5M2:        {expBits: 5, manBits: 2, bias: 15, hasInf: true, nanIEEE: true},
	F8E4M3:        {expBits: 4, manBits: 3, bias: 7, hasInf: true, nanIEEE: true},
	F8E3M4:        {expBits: 3, manBits: 4, bias: 3, hasInf: true, nanIEEE: true},
	F8E4M3FN:      {expBits: 4, manBits: 3, bias: 7, nanAllOnes: true},
	F8E4M3FNUZ:    {expBits: 4, manBits: 3, bias: 8, nanNegZero: true},
	F8E5M2FNUZ:    {expBits: 5, manBits: 2, bias: 16, nanNegZero: true},
	F8E4M3B11FNUZ: {expBits: 4, manBits: 3, bias: 11, nanNegZero: true},
	F8E8M0FNU:     {expBits: 8, manBits: 0, bias: 127, noSign: true, nanAllOnes: true},
	F4E2M1FN:      {expBits: 2, manBits: 1, bias: 1, noNaN: true},
	F6E2M3FN:      {expBits: 2, manBits: 3, bias: 1, noNaN: true},
	F6E3M2FN:      {expBits: 3, manBits: 2, bias: 3, noNaN: true},
}

func (f floatFormat) totalBits() int {
	n := f.expBits + f.manBits
	if !f.noSign {
		n++
	}
	return n
}

// FloatFromBits decodes the bit pattern of a value of float type d (in the low
// bits of b) to a float64. Every format here is exactly representable in float64.
func FloatFromBits(d DType, b uint64) float64 {
	switch d {
	case F64:
		return math.Float64frombits(b)
	case F32:
		return float64(math.Float32frombits(uint32(b)))
	}
	f, ok := formats[d]
	if !ok {
		return math.NaN()
	}
	b &= 1<<f.totalBits() - 1
	neg := false
	if !f.noSign {
		neg = b>>(f.expBits+f.manBits)&1 == 1
	}
	exp := int(b>>f.manBits) & (1<<f.expBits - 1)
	man := b & (1<<f.manBits - 1)
	expMax := 1<<f.expBits - 1
	switch {
	case f.nanNegZero && neg && exp == 0 && man == 0:
		return math.NaN()
	case f.nanAllOnes && exp == expMax && man == 1<<f.manBits-1:
		return math.NaN()
	case f.nanIEEE && exp == expMax && man != 0:
		return math.NaN()
	case f.hasInf && exp == expMax && man == 0:
		if neg {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	var v float64
	if f.noSign {
		v = math.Ldexp(1, exp-f.bias)
	} else if exp == 0 {
		v = math.Ldexp(float64(man), 1-f.bias-f.manBits)
	} else {
		v = math.Ldexp(float64(man|1<<f.manBits), exp-f.bias-f.manBits)
	}
	if neg {
		v = -v
	}
	return v
}

// FloatToBits encodes v in float type d, rounding to nearest even. Values too large
// for the format become infinity where it has one, and NaN otherwise (saturation is
// the job of a convert op, not of the encoder); f4/f6 formats, which have neither,
// clamp to the largest finite value.
func FloatToBits(d DType, v float64) uint64 {
	switch d {
	case F64:
		return math.Float64bits(v)
	case F32:
		return uint64(math.Float32bits(float32(v)))
	}
	f, ok := formats[d]
	if !ok {
		return 0
	}
	signBit := uint64(0)
	if !f.noSign {
		signBit = 1 << (f.expBits + f.manBits)
	}
	expMax := 1<<f.expBits - 1
	nan := func() uint64 {
		switch {
		case f.nanNegZero:
			return signBit
		case f.nanAllOnes:
			return uint64(expMax)<<f.manBits | (1<<f.manBits - 1)
		case f.nanIEEE:
			return uint64(expMax)<<f.manBits | 1<<(f.manBits-1)
		}
		return 0 // no NaN: f4/f6
	}
	if math.IsNaN(v) {
		return nan()
	}
	var sign uint64
	if math.Signbit(v) {
		if f.noSign {
			return nan()
		}
		sign = signBit
		v = -v
	}
	// Largest finite magnitude.
	maxExp, maxMan := expMax, uint64(1<<f.manBits-1)
	switch {
	case f.hasInf || f.nanIEEE:
		maxExp = expMax - 1
	case f.nanAllOnes && !f.noSign:
		maxMan = 1<<f.manBits - 2
	case f.noSign:
		maxExp = expMax - 1
	}
	overflow := func() uint64 {
		if f.hasInf {
			return sign | uint64(expMax)<<f.manBits
		}
		if f.noNaN {
			return sign | uint64(maxExp)<<f.manBits | maxMan
		}
		if f.nanAllOnes && !f.noSign {
			return sign | nan() // FN types keep the sign on NaN (ml_dtypes, APFloat)
		}
		return nan()
	}
	if math.IsInf(v, 0) {
		return overflow()
	}
	if f.noSign {
		// f8E8M0FNU: powers of two only; round in log space to nearest, ties up.
		if v == 0 {
			return nan()
		}
		fr, e := math.Frexp(v) // v = fr * 2^e, fr in [0.5,1)
		e--                    // v = (2fr) * 2^e, 2fr in [1,2)
		if 2*fr >= math.Sqrt2 {
			e++
		}
		be := e + f.bias
		if be < 0 {
			be = 0
		}
		if be > maxExp {
			return nan()
		}
		return uint64(be)
	}
	if v == 0 {
		if f.nanNegZero {
			return 0 // FNUZ types have no negative zero
		}
		return sign
	}
	// Scale so that the value's integer part holds the mantissa with the implicit bit.
	fr, e := math.Frexp(v) // v = fr * 2^e, fr in [0.5, 1)
	exp := e - 1 + f.bias  // biased exponent for normal numbers
	var mant uint64
	if exp <= 0 {
		// Subnormal: v / 2^(1-bias-manBits)
		scaled := math.Ldexp(v, f.bias-1+f.manBits)
		mant = roundEven(scaled)
		if mant >= 1<<f.manBits {
			exp, mant = 1, mant-(1<<f.manBits)
		} else {
			exp = 0
		}
	} else {
		scaled := math.Ldexp(fr, f.manBits+1) // in [2^manBits, 2^(manBits+1))
		mant = roundEven(scaled)
		if mant == 1<<(f.manBits+1) {
			mant >>= 1
			exp++
		}
		mant -= 1 << f.manBits
	}
	if exp > maxExp || (exp == maxExp && mant > maxMan) {
		return overflow()
	}
	out := sign | uint64(exp)<<f.manBits | mant
	if f.nanNegZero && out == signBit {
		return 0
	}
	return out
}

func roundEven(x float64) uint64 { return uint64(math.RoundToEven(x)) }
