package mlirbc

import (
	"math"
	"testing"
)

func TestVarInt(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
	}{
		{"01", 0}, {"03", 1}, {"05", 2}, {"8d", 70}, {"ff", 127},
		{"0201", 64}, {"feff", 1<<14 - 1}, {"0400 02", 1 << 14},
		{"0200", 0},       // non-shortest two-byte zero
		{"0803 0000", 48}, // non-shortest four-byte form: 0x00000308>>4
		{"00 ffffffffffffffff", math.MaxUint64},
		{"00 0100000000000000", 1},
		{"80 ffffffffffffff", 1<<56 - 1},
	}
	for _, tc := range tests {
		c := NewCursor(mustHex(tc.in), 100)
		got, err := c.VarInt()
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.in, got, tc.want)
		}
		if c.Remaining() != 0 {
			t.Errorf("%s: %d bytes left", tc.in, c.Remaining())
		}
	}
	for _, bad := range []string{"", "02", "04 00", "00 01020304050607", "80 010203"} {
		c := NewCursor(mustHex(bad), 7)
		if _, err := c.VarInt(); err == nil {
			t.Errorf("%q: truncated varint accepted", bad)
		}
	}
}

func TestSignedVarIntAndFlag(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{{"01", 0}, {"03", -1}, {"05", 1}, {"07", -2}, {"00 feffffffffffffff", math.MaxInt64}, {"00 ffffffffffffffff", math.MinInt64}}
	for _, tc := range tests {
		got, err := NewCursor(mustHex(tc.in), 0).SVarInt()
		if err != nil || got != tc.want {
			t.Errorf("%s: got %d, %v; want %d", tc.in, got, err, tc.want)
		}
	}
	v, flag, err := NewCursor(mustHex("0b"), 0).VarIntFlag() // 5<<1|1
	if err != nil || v != 2 || !flag {
		// 0x0b → 5 → value 2, flag 1
		t.Errorf("VarIntFlag(0b) = %d %v %v", v, flag, err)
	}
}

func TestAPInt(t *testing.T) {
	f := &file{}
	tests := []struct {
		in    string
		width int
		want  uint64
	}{
		{"ff", 8, 0xff},
		{"0f", 4, 0xf},
		{"03", 64, math.MaxUint64},        // zigzag(-1) for i64
		{"d0ffffff3f", 32, 0xffffffff},    // an i32 -1, written zero-extended (§2.1)
		{"05 03 01", 128, math.MaxUint64}, // two words: -1, 0
	}
	for _, tc := range tests {
		r := &EntryReader{Cursor: *NewCursor(mustHex(tc.in), 0), file: f}
		got, err := r.APInt(tc.width)
		if err != nil || got != tc.want {
			t.Errorf("APInt(%s, %d) = %x, %v; want %x", tc.in, tc.width, got, err, tc.want)
		}
	}
}
