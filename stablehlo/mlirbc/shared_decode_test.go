package mlirbc

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

func TestDenseRawData(t *testing.T) {
	for _, c := range []struct {
		name   string
		d      tensor.DType
		n      int64
		blob   []byte
		packed bool
		want   []byte
		ok     bool
	}{
		{"full f32", tensor.F32, 2, make([]byte, 8), false, make([]byte, 8), true},
		{"splat f32", tensor.F32, 3, []byte{1, 2, 3, 4}, false, []byte{1, 2, 3, 4}, true},
		{"empty", tensor.F32, 0, nil, false, nil, true},
		{"splat of zero elements", tensor.I32, 0, []byte{1, 0, 0, 0}, false, []byte{1, 0, 0, 0}, true},
		{"short f32", tensor.F32, 2, make([]byte, 6), false, nil, false},
		{"i1 0xFF splat", tensor.I1, 5, []byte{0xFF}, true, []byte{1}, true},
		{"i1 packed", tensor.I1, 10, []byte{0b101, 0b10}, true, []byte{1, 0, 1, 0, 0, 0, 0, 0, 0, 1}, true},
		{"i1 unpacked", tensor.I1, 2, []byte{1, 0}, true, []byte{1, 0}, true},
		{"i1 packed not allowed", tensor.I1, 10, []byte{0b101, 0b10}, false, nil, false},
		{"i1 oversized empty", tensor.I1, -1, nil, true, nil, false},
	} {
		got, ok := DenseRawData(c.d, c.n, c.blob, c.packed)
		if ok != c.ok || !bytes.Equal(got, c.want) {
			t.Errorf("%s: got %v, %v; want %v, %v", c.name, got, ok, c.want, c.ok)
		}
		if ok && len(got) > 0 && len(c.blob) > 0 && &got[0] == &c.blob[0] {
			t.Errorf("%s: result aliases the blob", c.name)
		}
	}
}

func TestQuantStorageRange(t *testing.T) {
	for _, c := range []struct {
		bits   int
		signed bool
		lo, hi int64
	}{
		{8, true, -128, 127},
		{8, false, 0, 255},
		{4, true, -8, 7},
		{64, true, math.MinInt64, math.MaxInt64},
		{64, false, 0, -1},
	} {
		if lo, hi := QuantStorageRange(c.bits, c.signed); lo != c.lo || hi != c.hi {
			t.Errorf("QuantStorageRange(%d, %v) = %d, %d; want %d, %d", c.bits, c.signed, lo, hi, c.lo, c.hi)
		}
	}
}

func TestSignExtend(t *testing.T) {
	for _, c := range []struct {
		u    uint64
		bits int
		want int64
	}{
		{0xFF, 8, -1}, {0x7F, 8, 127}, {1, 1, -1}, {0xF, 4, -1}, {math.MaxUint64, 64, -1}, {5, 0, 5},
	} {
		if got := SignExtend(c.u, c.bits); got != c.want {
			t.Errorf("SignExtend(%#x, %d) = %d; want %d", c.u, c.bits, got, c.want)
		}
	}
}

// QuantParams' own checks keep their messages (no prefix for the quant
// dialect) and name the offset.
func TestQuantParamsErrors(t *testing.T) {
	s := base()
	s.strings = append(s.strings, "quant") // 7
	s.dialects = append(s.dialects, 7)     // dialect 2
	// builtin types: t0 i32, t1 i8, t2 f32
	s.types = append(s.types, cat(enc(0), enc(8<<2)), cat(enc(5)))
	f64 := func(v float64) []byte {
		u := math.Float64bits(v)
		return enc(u<<1 ^ uint64(int64(u)>>63))
	}
	sv := func(v int64) []byte { return enc(uint64(v<<1) ^ uint64(v>>63)) }
	mismatch := cat(enc(5), enc(1), enc(1), enc(2), enc(0), sv(-128), sv(127), enc(2), f64(0.5), f64(0.25), enc(1), sv(3))
	bigDim := cat(enc(5), enc(1), enc(1), enc(2), enc(1<<32), sv(-128), sv(127), enc(1), f64(0.5), enc(1), sv(3))
	for _, p := range [][]byte{mismatch, bigDim} {
		s.extraTypes = append(s.extraTypes, [2][]byte{{2}, p})
	}
	s.ir = cat(enc(1<<1), enc(0), []byte{0}, enc(0))
	info, err := Inspect(s.bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{": 2 scales but 1 zero points", ": quantized dimension 4294967296"} {
		got := info.Types[3+i]
		if got.Err == nil || !strings.Contains(got.Err.Error(), want) || !strings.Contains(got.Err.Error(), "at byte ") {
			t.Errorf("quant type %d: got %s (%v), want an error with %q", i, got.Value, got.Err, want)
		}
	}
}

// MLIR's raw data holds tf32 in 3 bytes per element; the IR widens it to 4.
func TestDenseRawDataTF32(t *testing.T) {
	one, two := []byte{0x00, 0xfc, 0x01}, []byte{0x00, 0x00, 0x02} // 1.0 and 2.0: 127<<10, 128<<10
	got, ok := DenseRawData(tensor.TF32, 2, append(append([]byte{}, one...), two...), false)
	if !ok || string(got) != "\x00\xfc\x01\x00\x00\x00\x02\x00" {
		t.Fatalf("got % x, %v", got, ok)
	}
	for i, want := range []float64{1, 2} {
		bits := uint64(got[4*i]) | uint64(got[4*i+1])<<8 | uint64(got[4*i+2])<<16
		if v := tensor.FloatFromBits(tensor.TF32, bits); v != want {
			t.Errorf("element %d = %v, want %v", i, v, want)
		}
	}
	if got, ok := DenseRawData(tensor.TF32, 5, one, false); !ok || len(got) != 4 {
		t.Errorf("splat: % x, %v", got, ok)
	}
}
