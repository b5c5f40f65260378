package elementwise

import (
	"encoding/binary"
	"math"
	"math/cmplx"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Raw storage helpers written independently of the kernels under test.

func putBits(dst []byte, u uint64) {
	for i := range dst {
		dst[i] = byte(u >> (8 * i))
	}
}

func getBits(src []byte) uint64 {
	var u uint64
	for i, b := range src {
		u |= uint64(b) << (8 * i)
	}
	return u
}

// rawInts encodes integer values (bit patterns for unsigned) as type d.
func rawInts(d tensor.DType, vals ...int64) []byte {
	sz := d.StorageSize()
	out := tensor.AlignedBytes(sz * len(vals))
	for i, v := range vals {
		putBits(out[i*sz:(i+1)*sz], uint64(v))
	}
	return out
}

// readInts decodes integers of type d: sign-extended for signed types.
func readInts(d tensor.DType, raw []byte) []int64 {
	sz := d.StorageSize()
	out := make([]int64, len(raw)/sz)
	for i := range out {
		u := getBits(raw[i*sz : (i+1)*sz])
		if d.IsSigned() && sz < 8 {
			s := uint(64 - 8*sz)
			out[i] = int64(u<<s) >> s
		} else {
			out[i] = int64(u)
		}
	}
	return out
}

func rawFloats(d tensor.DType, vals ...float64) []byte {
	sz := d.StorageSize()
	out := tensor.AlignedBytes(sz * len(vals))
	for i, v := range vals {
		putBits(out[i*sz:(i+1)*sz], tensor.FloatToBits(d, v))
	}
	return out
}

func readFloats(d tensor.DType, raw []byte) []float64 {
	sz := d.StorageSize()
	out := make([]float64, len(raw)/sz)
	for i := range out {
		out[i] = tensor.FloatFromBits(d, getBits(raw[i*sz:(i+1)*sz]))
	}
	return out
}

var (
	nan  = math.NaN()
	inf  = math.Inf(1)
	negz = math.Copysign(0, -1)
)

func TestIntBinary(t *testing.T) {
	const minI32, maxU32 = math.MinInt32, int64(math.MaxUint32)
	for _, tc := range []struct {
		op      string
		d       tensor.DType
		a, b, w []int64
	}{
		{"add", tensor.I4, []int64{7, -8, 3}, []int64{1, -1, -5}, []int64{-8, 7, -2}},
		{"add", tensor.U4, []int64{15, 3}, []int64{1, 4}, []int64{0, 7}},
		{"add", tensor.I2, []int64{1, -2}, []int64{1, -1}, []int64{-2, 1}},
		{"add", tensor.U2, []int64{3, 2}, []int64{1, 1}, []int64{0, 3}},
		{"add", tensor.I1, []int64{0, 1, 1}, []int64{0, 0, 1}, []int64{0, 1, 1}},
		{"multiply", tensor.I1, []int64{0, 1, 1}, []int64{1, 0, 1}, []int64{0, 0, 1}},
		{"multiply", tensor.I8, []int64{100, -128}, []int64{3, -1}, []int64{44, -128}},
		{"subtract", tensor.U8, []int64{0}, []int64{1}, []int64{255}},
		{"divide", tensor.I32, []int64{7, -7, 5, minI32, 3}, []int64{2, 2, 0, -1, -1}, []int64{3, -3, -1, minI32, -3}},
		{"divide", tensor.U32, []int64{7, 5}, []int64{0, 2}, []int64{maxU32, 2}},
		{"divide", tensor.I4, []int64{-8, 7, 3}, []int64{-1, 0, 2}, []int64{-8, -1, 1}},
		{"divide", tensor.I64, []int64{math.MinInt64}, []int64{-1}, []int64{math.MinInt64}},
		{"remainder", tensor.I32, []int64{7, -7, 5, minI32, -7}, []int64{2, 2, 0, -1, -2}, []int64{1, -1, 5, 0, -1}},
		{"remainder", tensor.U16, []int64{7, 9}, []int64{0, 4}, []int64{7, 1}},
		{"shift_left", tensor.I8, []int64{1, 1, 1, -1, 3}, []int64{7, 8, -1, 1, 100}, []int64{-128, 0, 0, -2, 0}},
		{"shift_left", tensor.U2, []int64{1, 3, 1}, []int64{1, 1, 2}, []int64{2, 2, 0}},
		{"shift_left", tensor.I4, []int64{1, 1}, []int64{3, 4}, []int64{-8, 0}},
		{"shift_right_arithmetic", tensor.I8, []int64{-128, -128, 64, -3, 5}, []int64{7, 100, 1, -1, 8}, []int64{-1, -1, 32, -1, 0}},
		{"shift_right_arithmetic", tensor.I4, []int64{-8, 6}, []int64{2, 5}, []int64{-2, 0}},
		{"shift_right_arithmetic", tensor.U8, []int64{0x80, 0x40}, []int64{1, 1}, []int64{0xC0, 0x20}},
		{"shift_right_logical", tensor.I8, []int64{-128, -1, -1}, []int64{7, 8, 1}, []int64{1, 0, 127}},
		{"shift_right_logical", tensor.I4, []int64{-8, -1, -1}, []int64{1, 3, 4}, []int64{4, 1, 0}},
		{"shift_right_logical", tensor.U64, []int64{-1, -1}, []int64{63, 64}, []int64{1, 0}},
		{"power", tensor.I32, []int64{2, -1, -1, 1, 3, 0, -2}, []int64{10, 3, -2, -5, -1, 0, 3}, []int64{1024, -1, 1, 1, 0, 1, -8}},
		{"power", tensor.U8, []int64{2, 3}, []int64{9, 5}, []int64{0, 243}},
		{"maximum", tensor.I16, []int64{-5, 3}, []int64{2, -7}, []int64{2, 3}},
		{"minimum", tensor.U32, []int64{maxU32, 3}, []int64{2, 7}, []int64{2, 3}},
		{"maximum", tensor.I1, []int64{0, 1, 0}, []int64{0, 0, 1}, []int64{0, 1, 1}},
		{"and", tensor.U8, []int64{0xF0}, []int64{0x3C}, []int64{0x30}},
		{"or", tensor.I1, []int64{0, 1}, []int64{0, 0}, []int64{0, 1}},
		{"xor", tensor.I4, []int64{-1, 5}, []int64{7, 3}, []int64{-8, 6}},
	} {
		f, err := BinaryFunc(tc.op, tc.d)
		if err != nil {
			t.Errorf("%s %v: %v", tc.op, tc.d, err)
			continue
		}
		dst := tensor.AlignedBytes(len(tc.a) * tc.d.StorageSize())
		f(dst, rawInts(tc.d, tc.a...), rawInts(tc.d, tc.b...))
		got := readInts(tc.d, dst)
		for i := range got {
			if got[i] != tc.w[i] {
				t.Errorf("%s %v (%d, %d): got %d want %d", tc.op, tc.d, tc.a[i], tc.b[i], got[i], tc.w[i])
			}
		}
	}
}

func TestIntUnary(t *testing.T) {
	for _, tc := range []struct {
		op   string
		d    tensor.DType
		a, w []int64
	}{
		{"abs", tensor.I8, []int64{-128, -5, 5}, []int64{-128, 5, 5}},
		{"negate", tensor.I32, []int64{math.MinInt32, 5}, []int64{math.MinInt32, -5}},
		{"negate", tensor.U4, []int64{1, 0}, []int64{15, 0}},
		{"sign", tensor.I32, []int64{-5, 0, 7}, []int64{-1, 0, 1}},
		{"sign", tensor.U8, []int64{0, 200}, []int64{0, 1}},
		{"not", tensor.I1, []int64{0, 1}, []int64{1, 0}},
		{"not", tensor.U4, []int64{0, 5}, []int64{15, 10}},
		{"not", tensor.I2, []int64{0, 1}, []int64{-1, -2}},
		{"popcnt", tensor.I4, []int64{-1, -8, 3}, []int64{4, 1, 2}},
		{"popcnt", tensor.I64, []int64{-1}, []int64{64}},
		{"count_leading_zeros", tensor.I4, []int64{1, -1, 0}, []int64{3, 0, 4}},
		{"count_leading_zeros", tensor.I32, []int64{0, 1, -1}, []int64{32, 31, 0}},
		{"count_leading_zeros", tensor.U64, []int64{1, 0}, []int64{63, 64}},
		{"count_leading_zeros", tensor.U2, []int64{1, 2, 0}, []int64{1, 0, 2}},
	} {
		f, err := UnaryFunc(tc.op, tc.d)
		if err != nil {
			t.Errorf("%s %v: %v", tc.op, tc.d, err)
			continue
		}
		dst := tensor.AlignedBytes(len(tc.a) * tc.d.StorageSize())
		f(dst, rawInts(tc.d, tc.a...))
		got := readInts(tc.d, dst)
		for i := range got {
			if got[i] != tc.w[i] {
				t.Errorf("%s %v (%d): got %d want %d", tc.op, tc.d, tc.a[i], got[i], tc.w[i])
			}
		}
	}
}

var floatTypes = []tensor.DType{tensor.F32, tensor.F64, tensor.BF16, tensor.F16, tensor.F8E4M3FN, tensor.F8E5M2, tensor.TF32}

func TestFloatBinary(t *testing.T) {
	for _, tc := range []struct {
		op      string
		types   []tensor.DType
		a, b, w []float64
	}{
		{"maximum", floatTypes, []float64{nan, 1, negz, 0, 2}, []float64{1, nan, 0, negz, -3}, []float64{nan, nan, 0, 0, 2}},
		{"minimum", floatTypes, []float64{nan, 1, negz, 0, 2}, []float64{1, nan, 0, negz, -3}, []float64{nan, nan, negz, negz, -3}},
		{"divide", []tensor.DType{tensor.F32, tensor.F64, tensor.BF16, tensor.F16}, []float64{1, -1, 0, 6}, []float64{0, 0, 0, 4}, []float64{inf, -inf, nan, 1.5}},
		{"remainder", floatTypes[:4], []float64{5.5, -5.5, 5, 1}, []float64{2, 2, -3, 0}, []float64{1.5, -1.5, 2, nan}},
		{"add", []tensor.DType{tensor.BF16}, []float64{1, 1}, []float64{1.0 / 256, 3.0 / 256}, []float64{1, 1.015625}},
		{"add", []tensor.DType{tensor.F16}, []float64{65504, 65504}, []float64{16, 15}, []float64{inf, 65504}},
		{"add", []tensor.DType{tensor.F8E4M3FN}, []float64{448, 1}, []float64{64, 0.0625}, []float64{nan, 1}},
		{"power", floatTypes[:4], []float64{2, 0, -8, 4}, []float64{10, 0, 1.0 / 3, 0.5}, []float64{1024, 1, nan, 2}},
		{"atan2", floatTypes[:2], []float64{0, negz, 1}, []float64{-1, -1, 0}, []float64{math.Pi, -math.Pi, math.Pi / 2}},
		{"subtract", floatTypes, []float64{inf, 1}, []float64{inf, 1}, []float64{nan, 0}},
	} {
		for _, d := range tc.types {
			f, err := BinaryFunc(tc.op, d)
			if err != nil {
				t.Errorf("%s %v: %v", tc.op, d, err)
				continue
			}
			dst := tensor.AlignedBytes(len(tc.a) * d.StorageSize())
			f(dst, rawFloats(d, tc.a...), rawFloats(d, tc.b...))
			got := readFloats(d, dst)
			for i := range got {
				want := tensor.FloatFromBits(d, tensor.FloatToBits(d, tc.w[i]))
				if !sameFloat(got[i], want) {
					t.Errorf("%s %v (%v, %v): got %v want %v", tc.op, d, tc.a[i], tc.b[i], got[i], want)
				}
			}
		}
	}
}

func TestFloatUnary(t *testing.T) {
	for _, tc := range []struct {
		op    string
		types []tensor.DType
		a, w  []float64
	}{
		{"round_nearest_even", floatTypes[:4], []float64{0.5, 1.5, 2.5, -0.5, -2.5}, []float64{0, 2, 2, negz, -2}},
		{"round_nearest_afz", floatTypes[:4], []float64{0.5, 1.5, 2.5, -0.5, -2.5}, []float64{1, 2, 3, -1, -3}},
		{"sign", floatTypes, []float64{-2, negz, 0, nan, 3}, []float64{-1, negz, 0, nan, 1}},
		{"abs", floatTypes, []float64{-2, negz, -inf}, []float64{2, 0, inf}},
		{"negate", floatTypes[:4], []float64{0, 1}, []float64{negz, -1}},
		{"floor", floatTypes[:4], []float64{-1.5, 1.5, negz}, []float64{-2, 1, negz}},
		{"ceil", floatTypes[:4], []float64{-1.5, 1.5}, []float64{-1, 2}},
		{"sqrt", floatTypes[:4], []float64{4, -1, negz, inf}, []float64{2, nan, negz, inf}},
		{"rsqrt", floatTypes[:4], []float64{4, 0}, []float64{0.5, inf}},
		{"cbrt", floatTypes[:4], []float64{-8, 27}, []float64{-2, 3}},
		{"log", floatTypes[:4], []float64{1, 0, -1}, []float64{0, -inf, nan}},
		{"logistic", floatTypes[:4], []float64{0, -inf, inf, -1000}, []float64{0.5, 0, 1, 0}},
		{"exponential", floatTypes[:4], []float64{0, -inf, 1000}, []float64{1, 0, inf}},
		{"exponential_minus_one", floatTypes[:2], []float64{0, 1e-20}, []float64{0, 1e-20}},
		{"log_plus_one", floatTypes[:2], []float64{0, 1e-20, -1}, []float64{0, 1e-20, -inf}},
		{"tanh", floatTypes[:4], []float64{0, inf, -100}, []float64{0, 1, -1}},
	} {
		for _, d := range tc.types {
			f, err := UnaryFunc(tc.op, d)
			if err != nil {
				t.Errorf("%s %v: %v", tc.op, d, err)
				continue
			}
			dst := tensor.AlignedBytes(len(tc.a) * d.StorageSize())
			f(dst, rawFloats(d, tc.a...))
			got := readFloats(d, dst)
			for i := range got {
				want := tensor.FloatFromBits(d, tensor.FloatToBits(d, tc.w[i]))
				if !sameFloat(got[i], want) {
					t.Errorf("%s %v (%v): got %v want %v", tc.op, d, tc.a[i], got[i], want)
				}
			}
		}
	}
}

// TestF32MathAccuracy compares f32 transcendental results with float64 math
// rounded once: they must agree within 1 ulp over a sweep of inputs.
func TestF32MathAccuracy(t *testing.T) {
	ref := map[string]func(float64) float64{"exponential": math.Exp, "log": math.Log, "tanh": math.Tanh,
		"sine": math.Sin, "cosine": math.Cos, "tan": math.Tan, "logistic": func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
		"exponential_minus_one": math.Expm1, "log_plus_one": math.Log1p, "cbrt": math.Cbrt}
	var xs []float64
	for x := -20.0; x < 20; x += 0.0137 {
		xs = append(xs, float64(float32(x)))
	}
	for op, r := range ref {
		f, _ := UnaryFunc(op, tensor.F32)
		src := rawFloats(tensor.F32, xs...)
		dst := tensor.AlignedBytes(len(src))
		f(dst, src)
		got := tensor.ViewBytes[float32](dst)
		for i, x := range xs {
			w := float32(r(x))
			if got[i] != w && !(w != w && got[i] != got[i]) {
				d := int64(math.Float32bits(got[i])) - int64(math.Float32bits(w))
				if d > 1 || d < -1 {
					t.Errorf("%s(%v) = %v, want %v", op, x, got[i], w)
				}
			}
		}
	}
}

func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		dir, typ string
		d        tensor.DType
		a, b     []float64
		ai, bi   []int64
		w        []byte
	}{
		{dir: "EQ", d: tensor.F32, a: []float64{nan, 0, 1}, b: []float64{nan, negz, 1}, w: []byte{0, 1, 1}},
		{dir: "NE", d: tensor.F64, a: []float64{nan, 0}, b: []float64{nan, negz}, w: []byte{1, 0}},
		{dir: "LT", d: tensor.BF16, a: []float64{1, nan, -inf}, b: []float64{nan, 1, 0}, w: []byte{0, 0, 1}},
		{dir: "LT", typ: "TOTALORDER", d: tensor.F32, a: []float64{negNaN(), negz, 0, nan, -inf}, b: []float64{-inf, 0, nan, nan, negz}, w: []byte{1, 1, 1, 0, 1}},
		{dir: "LT", typ: "TOTALORDER", d: tensor.F64, a: []float64{negNaN(), negz, 0}, b: []float64{-inf, 0, nan}, w: []byte{1, 1, 1}},
		{dir: "LT", typ: "TOTALORDER", d: tensor.TF32, a: []float64{negz, -1, 2, 1}, b: []float64{0, negz, 1, 2}, w: []byte{1, 1, 0, 1}},
		{dir: "GE", typ: "TOTALORDER", d: tensor.F16, a: []float64{negz, nan}, b: []float64{0, inf}, w: []byte{0, 1}},
		{dir: "LT", typ: "TOTALORDER", d: tensor.F8E4M3FN, a: []float64{negz, -1, 2}, b: []float64{0, negz, 1}, w: []byte{1, 1, 0}},
		{dir: "GT", d: tensor.U32, ai: []int64{math.MaxUint32, 0}, bi: []int64{1, 0}, w: []byte{1, 0}},
		{dir: "GT", d: tensor.I32, ai: []int64{-1, 3}, bi: []int64{1, 3}, w: []byte{0, 0}},
		{dir: "LT", d: tensor.I4, ai: []int64{-8, 7}, bi: []int64{7, -8}, w: []byte{1, 0}},
		{dir: "GT", d: tensor.U4, ai: []int64{15}, bi: []int64{0}, w: []byte{1}},
		{dir: "LE", d: tensor.I1, ai: []int64{0, 1, 1}, bi: []int64{1, 0, 1}, w: []byte{1, 0, 1}},
	} {
		f, err := CompareFunc(tc.dir, tc.typ, tc.d)
		if err != nil {
			t.Errorf("%s %v: %v", tc.dir, tc.d, err)
			continue
		}
		var a, b []byte
		if tc.ai != nil {
			a, b = rawInts(tc.d, tc.ai...), rawInts(tc.d, tc.bi...)
		} else {
			a, b = rawFloats(tc.d, tc.a...), rawFloats(tc.d, tc.b...)
			if tc.typ == "TOTALORDER" {
				// FloatToBits drops NaN signs; put them back by hand.
				for i, v := range tc.a {
					if math.IsNaN(v) && math.Signbit(v) {
						sz := tc.d.StorageSize()
						putBits(a[i*sz:(i+1)*sz], getBits(a[i*sz:(i+1)*sz])|1<<(tc.d.Bits()-1))
					}
				}
			}
		}
		dst := make([]byte, len(tc.w))
		f(dst, a, b)
		for i := range dst {
			if dst[i] != tc.w[i] {
				t.Errorf("compare %s %s %v element %d: got %d want %d", tc.dir, tc.typ, tc.d, i, dst[i], tc.w[i])
			}
		}
	}
	c, _ := CompareFunc("LT", "FLOAT", tensor.C64)
	dst := make([]byte, 3)
	c(dst, rawC64(1+5i, 1+1i, 2), rawC64(2, 1+2i, 1+9i))
	if string(dst) != "\x01\x01\x00" {
		t.Errorf("complex LT: got %v", dst)
	}
	if _, err := CompareFunc("XX", "", tensor.F32); err == nil {
		t.Error("bad direction accepted")
	}
}

func negNaN() float64 { return math.Copysign(math.NaN(), -1) }

func rawC64(vals ...complex64) []byte {
	out := tensor.AlignedBytes(8 * len(vals))
	copy(tensor.ViewBytes[complex64](out), vals)
	return out
}

func TestConvert(t *testing.T) {
	for _, tc := range []struct {
		from, to tensor.DType
		f        []float64 // float inputs (when from is float)
		i        []int64   // integer inputs
		wf       []float64 // float outputs
		wi       []int64   // integer outputs
	}{
		{from: tensor.F32, to: tensor.I32, f: []float64{nan, 1e10, -1e10, -2.7, 2.7}, wi: []int64{0, math.MaxInt32, math.MinInt32, -2, 2}},
		{from: tensor.F32, to: tensor.U8, f: []float64{-1, 300, 255.9, nan}, wi: []int64{0, 255, 255, 0}},
		{from: tensor.F64, to: tensor.I4, f: []float64{100, -100, 7.9}, wi: []int64{7, -8, 7}},
		{from: tensor.F64, to: tensor.I64, f: []float64{1e19, -1e19, inf}, wi: []int64{math.MaxInt64, math.MinInt64, math.MaxInt64}},
		{from: tensor.F64, to: tensor.U64, f: []float64{1e20, 1.8446744073709552e19}, wi: []int64{-1, -1}},
		{from: tensor.F32, to: tensor.I1, f: []float64{0, negz, 2, nan}, wi: []int64{0, 0, 1, 1}},
		{from: tensor.I32, to: tensor.I4, i: []int64{8, 15, -9}, wi: []int64{-8, -1, 7}},
		{from: tensor.U8, to: tensor.I8, i: []int64{255}, wi: []int64{-1}},
		{from: tensor.I8, to: tensor.U64, i: []int64{-1}, wi: []int64{-1}},
		{from: tensor.I1, to: tensor.I32, i: []int64{1, 0}, wi: []int64{1, 0}},
		{from: tensor.I64, to: tensor.I1, i: []int64{0, 256}, wi: []int64{0, 1}},
		{from: tensor.F32, to: tensor.BF16, f: []float64{1 + 1.0/256, 1 + 3.0/256}, wf: []float64{1, 1.015625}},
		// Rounded once from f64: via f32 this would be a tie and go to 1.
		{from: tensor.F64, to: tensor.F16, f: []float64{1 + math.Ldexp(1, -11) + math.Ldexp(1, -40)}, wf: []float64{1 + math.Ldexp(1, -10)}},
		{from: tensor.F32, to: tensor.F8E4M3FN, f: []float64{1000, 0.3}, wf: []float64{nan, 0.3125}},
		{from: tensor.F32, to: tensor.F8E5M2, f: []float64{1e6}, wf: []float64{inf}},
		{from: tensor.U64, to: tensor.F32, i: []int64{-1}, wf: []float64{1.8446744073709552e19}},
		{from: tensor.I64, to: tensor.BF16, i: []int64{257, -3}, wf: []float64{256, -3}},
		{from: tensor.I4, to: tensor.F16, i: []int64{-8, 7}, wf: []float64{-8, 7}},
		{from: tensor.BF16, to: tensor.F16, f: []float64{1e10, 3}, wf: []float64{inf, 3}},
	} {
		fn, err := ConvertFunc(tc.from, tc.to)
		if err != nil {
			t.Errorf("%v->%v: %v", tc.from, tc.to, err)
			continue
		}
		var src []byte
		if tc.f != nil {
			src = rawFloats(tc.from, tc.f...)
		} else {
			src = rawInts(tc.from, tc.i...)
		}
		n := len(src) / tc.from.StorageSize()
		dst := tensor.AlignedBytes(n * tc.to.StorageSize())
		fn(dst, src)
		if tc.wi != nil {
			for i, g := range readInts(tc.to, dst) {
				if g != tc.wi[i] {
					t.Errorf("%v->%v element %d: got %d want %d", tc.from, tc.to, i, g, tc.wi[i])
				}
			}
		} else {
			for i, g := range readFloats(tc.to, dst) {
				if w := tc.wf[i]; !sameFloat(g, w) {
					t.Errorf("%v->%v element %d: got %v want %v", tc.from, tc.to, i, g, w)
				}
			}
		}
	}
	// complex: real part to reals; reals gain a zero imaginary part.
	fn, _ := ConvertFunc(tensor.C64, tensor.F32)
	dst := tensor.AlignedBytes(4)
	fn(dst, rawC64(3+4i))
	if g := tensor.ViewBytes[float32](dst)[0]; g != 3 {
		t.Errorf("c64->f32: got %v", g)
	}
	fn, _ = ConvertFunc(tensor.I32, tensor.C128)
	dst = tensor.AlignedBytes(16)
	fn(dst, rawInts(tensor.I32, -2))
	if g := tensor.ViewBytes[complex128](dst)[0]; g != -2 {
		t.Errorf("i32->c128: got %v", g)
	}
}

// Kernel-level tests build real ops so attribute handling is covered too.

func tt(d tensor.DType, shape ...int64) *stablehlo.TensorType { return stablehlo.Tensor(d, shape...) }

func mkOp(name string, ins []*stablehlo.TensorType, out *stablehlo.TensorType, attrs ...stablehlo.NamedAttr) *stablehlo.Op {
	vals := make([]*stablehlo.Value, len(ins))
	for i, t := range ins {
		vals[i] = &stablehlo.Value{Type: t}
	}
	op := stablehlo.NewOp(name, vals, []stablehlo.Type{out})
	op.Attrs = attrs
	stablehlo.SortAttrs(op.Attrs)
	return op
}

func run(t *testing.T, op *stablehlo.Op, args ...*tensor.Buffer) *tensor.Buffer {
	t.Helper()
	k, err := interp.Build(op, nil)
	if err != nil {
		t.Fatal(err)
	}
	tp := op.Results[0].Type.(*stablehlo.TensorType)
	out := tensor.New(stablehlo.ElementDType(tp), tp.Shape)
	for i := range out.Data {
		out.Data[i] = 0xAB // stale data must be overwritten
	}
	if err := k(&interp.Ctx{Parallelism: 4}, args, []*tensor.Buffer{out}); err != nil {
		t.Fatal(err)
	}
	return out
}

func buf(d tensor.DType, shape []int64, raw []byte) *tensor.Buffer {
	b := tensor.New(d, shape)
	copy(b.Data, raw)
	return b
}

func TestSelectClamp(t *testing.T) {
	s := run(t, mkOp("stablehlo.select", []*stablehlo.TensorType{tt(tensor.I1, 3), tt(tensor.F64, 3), tt(tensor.F64, 3)}, tt(tensor.F64, 3)),
		buf(tensor.I1, []int64{3}, []byte{1, 0, 1}), buf(tensor.F64, []int64{3}, rawFloats(tensor.F64, 1, 2, 3)), buf(tensor.F64, []int64{3}, rawFloats(tensor.F64, 4, 5, 6)))
	if g := readFloats(tensor.F64, s.Data); g[0] != 1 || g[1] != 5 || g[2] != 3 {
		t.Errorf("select: %v", g)
	}
	s = run(t, mkOp("stablehlo.select", []*stablehlo.TensorType{tt(tensor.I1), tt(tensor.C128, 2), tt(tensor.C128, 2)}, tt(tensor.C128, 2)),
		buf(tensor.I1, nil, []byte{0}), tensor.New(tensor.C128, []int64{2}), buf(tensor.C128, []int64{2}, rawFloats(tensor.F64, 1, 2, 3, 4)))
	if g := readFloats(tensor.F64, s.Data); g[0] != 1 || g[3] != 4 {
		t.Errorf("select scalar pred: %v", g)
	}
	c := run(t, mkOp("stablehlo.clamp", []*stablehlo.TensorType{tt(tensor.F32), tt(tensor.F32, 4), tt(tensor.F32)}, tt(tensor.F32, 4)),
		buf(tensor.F32, nil, rawFloats(tensor.F32, -1)), buf(tensor.F32, []int64{4}, rawFloats(tensor.F32, -5, 0.5, 7, nan)), buf(tensor.F32, nil, rawFloats(tensor.F32, 1)))
	if g := readFloats(tensor.F32, c.Data); g[0] != -1 || g[1] != 0.5 || g[2] != 1 || !math.IsNaN(g[3]) {
		t.Errorf("clamp: %v", g)
	}
	c = run(t, mkOp("stablehlo.clamp", []*stablehlo.TensorType{tt(tensor.I4, 2), tt(tensor.I4, 2), tt(tensor.I4, 2)}, tt(tensor.I4, 2)),
		buf(tensor.I4, []int64{2}, rawInts(tensor.I4, -2, 0)), buf(tensor.I4, []int64{2}, rawInts(tensor.I4, -8, 7)), buf(tensor.I4, []int64{2}, rawInts(tensor.I4, 3, 5)))
	if g := readInts(tensor.I4, c.Data); g[0] != -2 || g[1] != 5 {
		t.Errorf("clamp i4: %v", g)
	}
}

func TestIotaConstant(t *testing.T) {
	for _, d := range []tensor.DType{tensor.I4, tensor.U8, tensor.I64, tensor.F32, tensor.BF16, tensor.F8E4M3FN, tensor.C64} {
		out := run(t, mkOp("stablehlo.iota", nil, tt(d, 2, 3), stablehlo.NamedAttr{Name: "iota_dimension", Value: &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: 1}}))
		conv, _ := ConvertFunc(d, tensor.F64)
		f := tensor.AlignedBytes(6 * 8)
		conv(f, out.Data)
		want := []float64{0, 1, 2, 0, 1, 2}
		for i, g := range tensor.ViewBytes[float64](f) {
			if g != want[i] {
				t.Errorf("iota %v: %v", d, tensor.ViewBytes[float64](f))
				break
			}
		}
	}
	// Sub-byte signed values arrive masked to their bits (-3 : i4 is 0x0D).
	i4 := run(t, mkOp("stablehlo.constant", nil, tt(tensor.I4, 2), stablehlo.NamedAttr{Name: "value", Value: stablehlo.NewDenseElements(tt(tensor.I4, 2), []byte{0x0D, 0x07})}))
	if g := readInts(tensor.I4, i4.Data); g[0] != -3 || g[1] != 7 {
		t.Errorf("i4 constant: %v", g)
	}
	attr := stablehlo.NewDenseElements(tt(tensor.I16, 3), rawInts(tensor.I16, 7, 7, 7))
	out := run(t, mkOp("stablehlo.constant", nil, tt(tensor.I16, 3), stablehlo.NamedAttr{Name: "value", Value: attr}))
	if g := readInts(tensor.I16, out.Data); g[0] != 7 || g[2] != 7 {
		t.Errorf("splat constant: %v", g)
	}
}

func TestBitcastReducePrecision(t *testing.T) {
	out := run(t, mkOp("stablehlo.bitcast_convert", []*stablehlo.TensorType{tt(tensor.F32, 2)}, tt(tensor.I8, 2, 4)), buf(tensor.F32, []int64{2}, rawFloats(tensor.F32, 1, -2)))
	if g := binary.LittleEndian.Uint32(out.Data); g != 0x3f800000 {
		t.Errorf("bitcast f32->i8: %#x", g)
	}
	out = run(t, mkOp("stablehlo.bitcast_convert", []*stablehlo.TensorType{tt(tensor.I4, 2)}, tt(tensor.U4, 2)), buf(tensor.I4, []int64{2}, rawInts(tensor.I4, -1, -8)))
	if g := readInts(tensor.U4, out.Data); g[0] != 15 || g[1] != 8 {
		t.Errorf("bitcast i4->ui4: %v", g)
	}
	ia := func(v int64) *stablehlo.IntegerAttr {
		return &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I32), Value: v}
	}
	rp := mkOp("stablehlo.reduce_precision", []*stablehlo.TensorType{tt(tensor.F32, 5)}, tt(tensor.F32, 5),
		stablehlo.NamedAttr{Name: "exponent_bits", Value: ia(5)}, stablehlo.NamedAttr{Name: "mantissa_bits", Value: ia(10)})
	in := []float64{65520, 1e-8, nan, 1 + math.Ldexp(1, -11), 1.0 / 3}
	out = run(t, rp, buf(tensor.F32, []int64{5}, rawFloats(tensor.F32, in...)))
	g := readFloats(tensor.F32, out.Data)
	for i, x := range in {
		w := tensor.FloatFromBits(tensor.F16, tensor.FloatToBits(tensor.F16, x)) // f16 is (5, 10)
		if i == 1 {
			w = 0 // XLA flushes f16 subnormals here
		}
		if !sameFloat(g[i], w) {
			t.Errorf("reduce_precision(%v) = %v, want %v", x, g[i], w)
		}
	}
}

func TestComplexOps(t *testing.T) {
	out := run(t, mkOp("stablehlo.abs", []*stablehlo.TensorType{tt(tensor.C64, 1)}, tt(tensor.F32, 1)), buf(tensor.C64, []int64{1}, rawC64(3+4i)))
	if g := readFloats(tensor.F32, out.Data); g[0] != 5 {
		t.Errorf("abs c64: %v", g)
	}
	out = run(t, mkOp("stablehlo.complex", []*stablehlo.TensorType{tt(tensor.F32, 1), tt(tensor.F32, 1)}, tt(tensor.C64, 1)),
		buf(tensor.F32, []int64{1}, rawFloats(tensor.F32, 1)), buf(tensor.F32, []int64{1}, rawFloats(tensor.F32, -2)))
	if g := tensor.View[complex64](out)[0]; g != 1-2i {
		t.Errorf("complex: %v", g)
	}
	out = run(t, mkOp("stablehlo.imag", []*stablehlo.TensorType{tt(tensor.C64, 1)}, tt(tensor.F32, 1)), buf(tensor.C64, []int64{1}, rawC64(1-2i)))
	if g := readFloats(tensor.F32, out.Data); g[0] != -2 {
		t.Errorf("imag: %v", g)
	}
	f, _ := BinaryFunc("divide", tensor.C64)
	dst := tensor.AlignedBytes(8)
	f(dst, rawC64(1+1i), rawC64(1-1i))
	if g := tensor.ViewBytes[complex64](dst)[0]; g != 1i {
		t.Errorf("complex divide: %v", g)
	}
	l, _ := UnaryFunc("log_plus_one", tensor.C128)
	d16 := tensor.AlignedBytes(16)
	for _, z := range []complex128{1e-20 + 1e-20i, 1e200 + 1e200i, -2 + 0i, 3 - 4i} {
		src := tensor.AlignedBytes(16)
		tensor.ViewBytes[complex128](src)[0] = z
		l(d16, src)
		got := tensor.ViewBytes[complex128](d16)[0]
		want := cmplx.Log(1 + z)
		if z == 1e-20+1e-20i {
			want = z // log(1+z) ~ z; 1+z would round away z entirely
		}
		if cmplx.Abs(got-want) > 1e-12*cmplx.Abs(want) {
			t.Errorf("log_plus_one(%v) = %v, want %v", z, got, want)
		}
	}
	u, _ := UnaryFunc("sign", tensor.C64)
	u(dst, rawC64(3+4i))
	if g := tensor.ViewBytes[complex64](dst)[0]; math.Abs(float64(real(g))-0.6) > 1e-7 || math.Abs(float64(imag(g))-0.8) > 1e-7 {
		t.Errorf("complex sign: %v", g)
	}
}

// TestBuildErrors: unsupported combinations are errors naming the reason, not
// panics.
func TestBuildErrors(t *testing.T) {
	for _, tc := range []struct {
		op   *stablehlo.Op
		want string
	}{
		{mkOp("stablehlo.shift_left", []*stablehlo.TensorType{tt(tensor.F32, 2), tt(tensor.F32, 2)}, tt(tensor.F32, 2)), "not supported"},
		{mkOp("stablehlo.subtract", []*stablehlo.TensorType{tt(tensor.I1, 2), tt(tensor.I1, 2)}, tt(tensor.I1, 2)), "not supported"},
		{mkOp("stablehlo.add", []*stablehlo.TensorType{tt(tensor.F32, 2), tt(tensor.F64, 2)}, tt(tensor.F32, 2)), "element type"},
		{mkOp("stablehlo.clamp", []*stablehlo.TensorType{tt(tensor.C64), tt(tensor.C64, 2), tt(tensor.C64)}, tt(tensor.C64, 2)), "clamp"},
		{mkOp("stablehlo.sqrt", []*stablehlo.TensorType{tt(tensor.I32, 2)}, tt(tensor.I32, 2)), "not supported"},
		{mkOp("stablehlo.iota", nil, tt(tensor.F32, 2), stablehlo.NamedAttr{Name: "iota_dimension", Value: &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: 3}}), "out of range"},
		{mkOp("stablehlo.add", []*stablehlo.TensorType{{Shape: []int64{2}, Elem: &stablehlo.QuantType{Storage: tensor.I8, Expressed: tensor.F32, Axis: -1, Scales: []float64{1}}}, tt(tensor.I8, 2)}, tt(tensor.I8, 2)), "quantized"},
		{mkOp("stablehlo.add", []*stablehlo.TensorType{tt(tensor.F32, tensor.Dynamic), tt(tensor.F32, 2)}, tt(tensor.F32, 2)), "dynamic"},
	} {
		_, err := interp.Build(tc.op, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want one containing %q", tc.op.Name, err, tc.want)
		}
	}
	// A kernel given buffers of the wrong size reports it.
	k, _ := interp.Build(mkOp("stablehlo.add", []*stablehlo.TensorType{tt(tensor.F32, 2), tt(tensor.F32, 2)}, tt(tensor.F32, 2)), nil)
	err := k(&interp.Ctx{}, []*tensor.Buffer{tensor.New(tensor.F32, []int64{2}), tensor.New(tensor.F32, []int64{3})}, []*tensor.Buffer{tensor.New(tensor.F32, []int64{2})})
	if err == nil {
		t.Error("size mismatch not reported")
	}
}

// TestParallelMatchesSerial runs a large op with several goroutines and checks
// every chunk against a serial run.
func TestParallelMatchesSerial(t *testing.T) {
	const n = 100003
	op := mkOp("stablehlo.add", []*stablehlo.TensorType{tt(tensor.BF16, n), tt(tensor.BF16, n)}, tt(tensor.BF16, n))
	a, b := tensor.New(tensor.BF16, []int64{n}), tensor.New(tensor.BF16, []int64{n})
	av, bv := tensor.View[uint16](a), tensor.View[uint16](b)
	for i := range av {
		av[i], bv[i] = F32ToBF16(float32(i)*0.37), F32ToBF16(float32(i%101)-50)
	}
	k, _ := interp.Build(op, nil)
	p, s := tensor.New(tensor.BF16, []int64{n}), tensor.New(tensor.BF16, []int64{n})
	if err := k(&interp.Ctx{Parallelism: 7}, []*tensor.Buffer{a, b}, []*tensor.Buffer{p}); err != nil {
		t.Fatal(err)
	}
	_ = k(&interp.Ctx{Parallelism: 1}, []*tensor.Buffer{a, b}, []*tensor.Buffer{s})
	for i, v := range tensor.View[uint16](p) {
		w := F32ToBF16(BF16ToF32(av[i]) + BF16ToF32(bv[i]))
		if v != w || tensor.View[uint16](s)[i] != w {
			t.Fatalf("element %d: parallel %#x serial %#x want %#x", i, v, tensor.View[uint16](s)[i], w)
		}
	}
}
