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
