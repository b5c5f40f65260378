package elementwise

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

func sameFloat(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return a == b && math.Signbit(a) == math.Signbit(b)
}

// TestDecodeAllPatterns checks the fast bf16, f16 and tf32 widenings and the
// one-byte tables against tensor.FloatFromBits for every bit pattern.
func TestDecodeAllPatterns(t *testing.T) {
	for _, tc := range []struct {
		d   tensor.DType
		dec func(uint64) float32
		n   uint64
	}{
		{tensor.BF16, func(b uint64) float32 { return BF16ToF32(uint16(b)) }, 1 << 16},
		{tensor.F16, func(b uint64) float32 { return F16ToF32(uint16(b)) }, 1 << 16},
		{tensor.TF32, func(b uint64) float32 { return tf32ToF32(uint32(b)) }, 1 << 19},
	} {
		for b := uint64(0); b < tc.n; b++ {
			if got, want := float64(tc.dec(b)), tensor.FloatFromBits(tc.d, b); !sameFloat(got, want) {
				t.Fatalf("%v %#x: got %v want %v", tc.d, b, got, want)
			}
		}
	}
	for _, d := range tensor.AllDTypes() {
		if !d.IsFloat() || d.StorageSize() != 1 {
			continue
		}
		c := codecFor(d)
		for b := 0; b < 1<<d.Bits(); b++ {
			got := make([]float32, 1)
			c.dec(got, []byte{byte(b)})
			if want := tensor.FloatFromBits(d, uint64(b)); !sameFloat(float64(got[0]), want) && !(math.IsNaN(want) && math.IsNaN(float64(got[0]))) {
				t.Fatalf("%v %#x: got %v want %v", d, b, got[0], want)
			}
		}
	}
}

// encodeCases are f32 values that exercise rounding of narrower formats: every
// bf16/f16 value, the midpoints between neighbours (ties), values a hair
// either side, and random bit patterns.
func encodeCases() []float32 {
	var out []float32
	for b := uint32(0); b < 1<<16; b++ {
		for _, f := range []float32{BF16ToF32(uint16(b)), F16ToF32(uint16(b))} {
			out = append(out, f)
			u := math.Float32bits(f)
			out = append(out, math.Float32frombits(u+1), math.Float32frombits(u-1))
		}
		lo, hi := F16ToF32(uint16(b)), F16ToF32(uint16(b+1))
		out = append(out, (lo+hi)/2)
		lo, hi = BF16ToF32(uint16(b)), BF16ToF32(uint16(b+1))
		out = append(out, (lo+hi)/2)
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		out = append(out, math.Float32frombits(r.Uint32()))
	}
	return out
}

func TestEncodeMatchesGeneric(t *testing.T) {
	cases := encodeCases()
	for _, tc := range []struct {
		d   tensor.DType
		enc func(float32) uint64
	}{
		{tensor.BF16, func(f float32) uint64 { return uint64(F32ToBF16(f)) }},
		{tensor.F16, func(f float32) uint64 { return uint64(F32ToF16(f)) }},
		{tensor.TF32, func(f float32) uint64 { return uint64(f32ToTF32(f)) }},
	} {
		for _, f := range cases {
			got, want := tc.enc(f), tensor.FloatToBits(tc.d, float64(f))
			if got == want {
				continue
			}
			if f != f && math.IsNaN(tensor.FloatFromBits(tc.d, got)) {
				continue // NaN payloads may differ; NaN must stay NaN
			}
			t.Fatalf("%v of %g (%#x): got %#x want %#x", tc.d, f, math.Float32bits(f), got, want)
		}
	}
}

func BenchmarkF32ToBF16(b *testing.B) {
	src := encodeCases()[:1<<16]
	dst := make([]uint16, len(src))
	b.SetBytes(int64(4 * len(src)))
	for b.Loop() {
		for i, v := range src {
			dst[i] = F32ToBF16(v)
		}
	}
}

func BenchmarkF32ToF16(b *testing.B) {
	src := encodeCases()[:1<<16]
	dst := make([]uint16, len(src))
	b.SetBytes(int64(4 * len(src)))
	for b.Loop() {
		for i, v := range src {
			dst[i] = F32ToF16(v)
		}
	}
}

// TestByteEncoderMatchesGeneric checks the one-byte float encoders against
// tensor.FloatToBits on every value of each format, every midpoint, the f32
// neighbours of both, both signs, and random f32 patterns.
func TestByteEncoderMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for _, d := range tensor.AllDTypes() {
		if !d.IsFloat() || d.StorageSize() != 1 {
			continue
		}
		var xs []float32
		for b := 0; b < 1<<d.Bits(); b++ {
			v := float32(tensor.FloatFromBits(d, uint64(b)))
			w := float32(tensor.FloatFromBits(d, uint64(b+1)))
			for _, x := range []float32{v, (v + w) / 2, 2 * v, v * 1.5} {
				u := math.Float32bits(x)
				xs = append(xs, x, -x, math.Float32frombits(u+1), math.Float32frombits(u-1), -math.Float32frombits(u+1))
			}
		}
		for i := 0; i < 20000; i++ {
			xs = append(xs, math.Float32frombits(r.Uint32()), float32(r.NormFloat64()))
		}
		xs = append(xs, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 0, float32(negz))
		c := codecFor(d)
		got := make([]byte, len(xs))
		c.enc(got, xs)
		for i, x := range xs {
			want := byte(tensor.FloatToBits(d, float64(x)))
			if got[i] != want && !(x != x && math.IsNaN(tensor.FloatFromBits(d, uint64(got[i])))) {
				t.Fatalf("%v encode %g (%#x): got %#x want %#x", d, x, math.Float32bits(x), got[i], want)
			}
		}
	}
}

func BenchmarkEncodeF8E4M3FN(b *testing.B) {
	src := make([]float32, 4096)
	for i := range src {
		src[i] = float32(i%977)*0.37 - 150
	}
	dst := make([]byte, len(src))
	c := codecFor(tensor.F8E4M3FN)
	b.SetBytes(int64(len(src) * 4))
	for b.Loop() {
		c.enc(dst, src)
	}
}

func BenchmarkEncodeF8E4M3FNGeneric(b *testing.B) {
	src := make([]float32, 4096)
	for i := range src {
		src[i] = float32(i%977)*0.37 - 150
	}
	dst := make([]byte, len(src))
	b.SetBytes(int64(len(src) * 4))
	for b.Loop() {
		for i, v := range src {
			dst[i] = byte(tensor.FloatToBits(tensor.F8E4M3FN, float64(v)))
		}
	}
}
