package elementwise

import (
	"math"
	"sync"

	"github.com/hlovm/hlovm/tensor"
)

// BF16ToF32 widens a bfloat16 bit pattern (exact).
func BF16ToF32(b uint16) float32 { return math.Float32frombits(uint32(b) << 16) }

// F32ToBF16 rounds to nearest even; NaN stays NaN (quietened, sign kept).
func F32ToBF16(f float32) uint16 {
	u := math.Float32bits(f)
	if u&0x7fffffff > 0x7f800000 {
		return uint16(u>>16) | 0x40
	}
	u += 0x7fff + (u>>16)&1
	return uint16(u >> 16)
}

// F16ToF32 widens an IEEE half bit pattern (exact).
func F16ToF32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	man := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f: // Inf, NaN (payload kept)
		return math.Float32frombits(sign | 0x7f800000 | man<<13)
	case exp != 0:
		return math.Float32frombits(sign | (exp+112)<<23 | man<<13)
	case man == 0:
		return math.Float32frombits(sign)
	}
	// Subnormal half: man * 2^-24, exact in f32.
	f := float32(man) * (1.0 / (1 << 24))
	if sign != 0 {
		f = -f
	}
	return f
}

// F32ToF16 rounds to nearest even; overflow becomes infinity; NaN stays NaN.
func F32ToF16(f float32) uint16 {
	u := math.Float32bits(f)
	sign := uint16(u>>16) & 0x8000
	a := u & 0x7fffffff
	switch {
	case a > 0x7f800000:
		return sign | 0x7e00 | uint16(a>>13)&0x3ff
	case a >= 0x477ff000: // >= 65520 rounds to Inf
		return sign | 0x7c00
	case a >= 0x38800000: // normal half range (>= 2^-14)
		a += 0xfff + (a>>13)&1
		return sign | uint16((a-0x38000000)>>13)
	case a < 0x33000000: // < 2^-25: rounds to zero (2^-25 itself is a tie to 0)
		return sign
	}
	// Subnormal half: align the 24-bit significand to 2^-24 units, RNE.
	e := a >> 23
	m := a&0x7fffff | 0x800000
	shift := 126 - e // value = m * 2^(e-150); unit 2^-24 => shift right by 126-e
	q := m >> shift
	rem := m & (1<<shift - 1)
	half := uint32(1) << (shift - 1)
	if rem > half || rem == half && q&1 == 1 {
		q++
	}
	return sign | uint16(q)
}

// TF32 keeps f32's layout with 10 mantissa bits; storage holds the 19 bits in
// the low bits of a uint32.
func tf32ToF32(b uint32) float32 { return math.Float32frombits((b & 0x7ffff) << 13) }

func f32ToTF32(f float32) uint32 {
	u := math.Float32bits(f)
	if u&0x7fffffff > 0x7f800000 {
		return (u>>13 | 1<<9) & 0x7ffff
	}
	u += 0xfff + (u>>13)&1
	return (u >> 13) & 0x7ffff
}

// codec turns runs of a narrow float type into float32 and back.
type codec struct {
	size int
	dec  func(dst []float32, src []byte)
	enc  func(dst []byte, src []float32)
}

var byteTables [64][256]float32 // per DType: decoded value of every 8-bit pattern

func init() {
	for _, d := range tensor.AllDTypes() {
		if d.IsFloat() && d.StorageSize() == 1 {
			for i := 0; i < 256; i++ {
				byteTables[d][i] = float32(tensor.FloatFromBits(d, uint64(i)))
			}
		}
	}
}

func codecFor(d tensor.DType) codec {
	switch d {
	case tensor.BF16:
		return codec{2, func(dst []float32, src []byte) {
			s := tensor.ViewBytes[uint16](src)
			for i := range dst {
				dst[i] = BF16ToF32(s[i])
			}
		}, func(dst []byte, src []float32) {
			o := tensor.ViewBytes[uint16](dst)
			for i, v := range src {
				o[i] = F32ToBF16(v)
			}
		}}
	case tensor.F16:
		return codec{2, func(dst []float32, src []byte) {
			s := tensor.ViewBytes[uint16](src)
			for i := range dst {
				dst[i] = F16ToF32(s[i])
			}
		}, func(dst []byte, src []float32) {
			o := tensor.ViewBytes[uint16](dst)
			for i, v := range src {
				o[i] = F32ToF16(v)
			}
		}}
	case tensor.TF32:
		return codec{4, func(dst []float32, src []byte) {
			s := tensor.ViewBytes[uint32](src)
			for i := range dst {
				dst[i] = tf32ToF32(s[i])
			}
		}, func(dst []byte, src []float32) {
			o := tensor.ViewBytes[uint32](dst)
			for i, v := range src {
				o[i] = f32ToTF32(v)
			}
		}}
	}
	// 8-bit and smaller formats: table decode; encode by search (f8.go).
	tab := &byteTables[d]
	dec := func(dst []float32, src []byte) {
		for i := range dst {
			dst[i] = tab[src[i]]
		}
	}
	if e := byteEncoders[d]; e != nil {
		return codec{1, dec, func(dst []byte, src []float32) {
			for i, v := range src {
				dst[i] = e.encode(v)
			}
		}}
	}
	return codec{1, dec, func(dst []byte, src []float32) {
		for i, v := range src {
			dst[i] = byte(tensor.FloatToBits(d, float64(v)))
		}
	}}
}

// encodeF64 rounds float64 values into float type d once (no double rounding
// through f32).
func encodeF64(d tensor.DType) func(dst []byte, src []float64) {
	switch d {
	case tensor.F64:
		return func(dst []byte, src []float64) { copy(tensor.ViewBytes[float64](dst), src) }
	case tensor.F32:
		return func(dst []byte, src []float64) {
			o := tensor.ViewBytes[float32](dst)
			for i, v := range src {
				o[i] = float32(v)
			}
		}
	}
	c := codecFor(d)
	return func(dst []byte, src []float64) {
		var one [1]float32
		for i, v := range src {
			f := float32(v)
			if float64(f) == v || v != v {
				one[0] = f
				c.enc(dst[i*c.size:(i+1)*c.size], one[:])
				continue
			}
			b := tensor.FloatToBits(d, v)
			switch c.size {
			case 1:
				dst[i] = byte(b)
			case 2:
				dst[2*i], dst[2*i+1] = byte(b), byte(b>>8)
			case 4:
				dst[4*i], dst[4*i+1], dst[4*i+2], dst[4*i+3] = byte(b), byte(b>>8), byte(b>>16), byte(b>>24)
			}
		}
	}
}

// lowpBlock is how many elements a low-precision kernel decodes at a time.
const lowpBlock = 512

// scratchPool recycles the two decode blocks a low-precision loop needs, so a
// kernel call allocates nothing.
var scratchPool = sync.Pool{New: func() any { return new([2 * lowpBlock]float32) }}

// lowpUnary runs an f32 loop on a narrow float type: decode, compute, round once.
func lowpUnary(c codec, f func(d, a []float32)) unaryFn {
	return func(dst, a []byte) {
		n := len(a) / c.size
		scratch := scratchPool.Get().(*[2 * lowpBlock]float32)
		defer scratchPool.Put(scratch)
		for lo := 0; lo < n; lo += lowpBlock {
			hi := min(lo+lowpBlock, n)
			s := scratch[:hi-lo]
			c.dec(s, a[lo*c.size:hi*c.size])
			f(s, s)
			c.enc(dst[lo*c.size:hi*c.size], s)
		}
	}
}

func lowpBinary(c codec, f func(d, a, b []float32)) binaryFn {
	return func(dst, a, b []byte) {
		n := len(a) / c.size
		scratch := scratchPool.Get().(*[2 * lowpBlock]float32)
		defer scratchPool.Put(scratch)
		for lo := 0; lo < n; lo += lowpBlock {
			hi := min(lo+lowpBlock, n)
			s, t := scratch[:hi-lo], scratch[lowpBlock:lowpBlock+hi-lo]
			c.dec(s, a[lo*c.size:hi*c.size])
			c.dec(t, b[lo*c.size:hi*c.size])
			f(s, s, t)
			c.enc(dst[lo*c.size:hi*c.size], s)
		}
	}
}

// lowpTo runs an f32 loop whose result is not of the operand type (compare,
// is_finite): decode, then f writes raw results for the block.
func lowpTo(c codec, dsz int, f func(d []byte, a, b []float32)) binaryFn {
	return func(dst, a, b []byte) {
		n := len(a) / c.size
		scratch := scratchPool.Get().(*[2 * lowpBlock]float32)
		defer scratchPool.Put(scratch)
		for lo := 0; lo < n; lo += lowpBlock {
			hi := min(lo+lowpBlock, n)
			s, t := scratch[:hi-lo], scratch[lowpBlock:lowpBlock+hi-lo]
			c.dec(s, a[lo*c.size:hi*c.size])
			if b != nil {
				c.dec(t, b[lo*c.size:hi*c.size])
			}
			f(dst[lo*dsz:hi*dsz], s, t)
		}
	}
}
