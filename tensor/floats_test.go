package tensor

import (
	"math"
	"testing"
)

func TestFloatBitsKnownValues(t *testing.T) {
	cases := []struct {
		d    DType
		v    float64
		bits uint64
	}{
		{F16, 1, 0x3c00},
		{F16, -2, 0xc000},
		{F16, 65504, 0x7bff},
		{F16, math.Inf(1), 0x7c00},
		{F16, 5.960464477539063e-08, 0x0001}, // smallest subnormal
		{BF16, 1, 0x3f80},
		{BF16, -0.5, 0xbf00},
		{F8E4M3FN, 448, 0x7e},
		{F8E4M3FN, 1, 0x38},
		{F8E5M2, 57344, 0x7b},
		{F8E5M2, math.Inf(-1), 0xfc},
		{F8E4M3FNUZ, 1, 0x40},
		{F8E5M2FNUZ, 1, 0x40},
		{F8E4M3B11FNUZ, 1, 0x58},
		{F8E4M3, 1, 0x38},
		{F8E3M4, 1, 0x30},
		{F8E8M0FNU, 1, 0x7f},
		{F8E8M0FNU, 0.5, 0x7e},
		{F4E2M1FN, 6, 0x7},
		{F4E2M1FN, -0.5, 0x9},
		{F6E2M3FN, 7.5, 0x1f},
		{F6E3M2FN, 28, 0x1f},
		{TF32, 1, 0x3f800 >> 0},
	}
	for _, c := range cases {
		if c.d == TF32 {
			c.bits = 127 << 10
		}
		if got := FloatToBits(c.d, c.v); got != c.bits {
			t.Errorf("FloatToBits(%v, %v) = %#x, want %#x", c.d, c.v, got, c.bits)
		}
		if got := FloatFromBits(c.d, c.bits); got != c.v {
			t.Errorf("FloatFromBits(%v, %#x) = %v, want %v", c.d, c.bits, got, c.v)
		}
	}
}

func TestFloatBitsRoundTripEveryPattern(t *testing.T) {
	for d := range formats {
		if d == F32 || d == F64 {
			continue
		}
		n := formats[d].totalBits()
		for b := uint64(0); b < 1<<n; b++ {
			v := FloatFromBits(d, b)
			got := FloatToBits(d, v)
			if math.IsNaN(v) {
				if !math.IsNaN(FloatFromBits(d, got)) {
					t.Fatalf("%v: NaN %#x re-encoded as non-NaN %#x", d, b, got)
				}
				continue
			}
			if got != b {
				t.Fatalf("%v: %#x -> %v -> %#x", d, b, v, got)
			}
		}
	}
}

func TestFloatToBitsRoundsToNearestEven(t *testing.T) {
	// 1 + 2^-11 is halfway between 1 and the next f16; ties go to even (1).
	if got := FloatToBits(F16, 1+math.Ldexp(1, -11)); got != 0x3c00 {
		t.Errorf("tie rounding: got %#x", got)
	}
	if got := FloatToBits(F16, 1+3*math.Ldexp(1, -11)); got != 0x3c02 {
		t.Errorf("tie rounding up to even: got %#x", got)
	}
}
