package mlirbc

import (
	"math"
	"testing"
)

// The quant dialect encodings (codes 4 and 5) and the assembly-text fallback
// give the same QuantType.
func TestQuantTypes(t *testing.T) {
	s := base()
	s.strings = append(s.strings, "quant") // 7
	s.dialects = append(s.dialects, 7)     // dialect 2
	// builtin types: t0 i32, t1 i8, t2 f32
	s.types = append(s.types, cat(enc(0), enc(8<<2)), cat(enc(5)))
	f64 := func(v float64) []byte { // zigzag varint of the bits, as a signed varint
		u := math.Float64bits(v)
		return enc(u<<1 ^ uint64(int64(u)>>63))
	}
	sv := func(v int64) []byte { return enc(uint64(v<<1) ^ uint64(v>>63)) }
	perTensor := cat(enc(4), enc(1), enc(1), enc(2), f64(0.5), sv(3), sv(-128), sv(127))
	bounded := cat(enc(4), enc(1), enc(1), enc(2), f64(2.5), sv(0), sv(-100), sv(100))
	unsigned := cat(enc(4), enc(0), enc(1), enc(2), f64(0.5), sv(3), sv(0), sv(255))
	perAxis := cat(enc(5), enc(1), enc(1), enc(2), enc(0), sv(-128), sv(127), enc(2), f64(0.5), f64(0.25), enc(2), sv(3), sv(-1))
	wrongStorage := cat(enc(4), enc(1), enc(2), enc(2), f64(0.5), sv(3), sv(-128), sv(127))
	var payloads = [][]byte{perTensor, bounded, unsigned, perAxis, wrongStorage}
	for _, p := range payloads {
		s.extraTypes = append(s.extraTypes, [2][]byte{{2}, p})
	}
	s.ir = cat(enc(1<<1), enc(0), []byte{0}, enc(0))
	info, err := Inspect(s.bytes())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"!quant.uniform<i8:f32, 0.5:3>",
		"!quant.uniform<i8<-100:100>:f32, 2.5>",
		"!quant.uniform<u8:f32, 0.5:3>",
		"!quant.uniform<i8:f32:0, {0.5:3, 0.25:-1}>",
	}
	for i, text := range texts {
		q, ok := parseQuantText(text)
		if !ok {
			t.Fatalf("%s does not parse", text)
		}
		got := info.Types[3+i]
		if got.Err != nil || got.Value != q.String() {
			t.Errorf("quant type %d: bytecode %s (%v), text %s", i, got.Value, got.Err, q)
		}
	}
	if info.Types[7].Err == nil {
		t.Errorf("a float storage type was accepted: %s", info.Types[7].Value)
	}
	for _, bad := range []string{"!quant.uniform<f32:f32, 1.0>", "!quant.uniform<i8:i8, 1.0>", "!quant.uniform<i8:f32>", "!quant.any<i8:f32>"} {
		if q, ok := parseQuantText(bad); ok {
			t.Errorf("%s parsed as %s", bad, q)
		}
	}
}
