package elementwise

import (
	"math"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// TestConvertAllPairs converts sample values between every pair of element
// types and checks each result against a reference written from the rules
// (tensor's generic float codec, two's complement wrapping, NaN→0 and
// saturation for float→int, real part of complex, x != 0 for bool).
func TestConvertAllPairs(t *testing.T) {
	types := tensor.AllDTypes()
	intSamples := []int64{0, 1, -1, 5, -7, 100, -128, 127, 255, 1 << 20, math.MinInt64, math.MaxInt64}
	floatSamples := []float64{0, negz, 1, -1.5, 2.5, 3.75, 0.3, -0.7, 1e10, -1e10, 65504, 1e-3, 3e38, 448, nan, inf, -inf}
	for _, from := range types {
		var src []byte
		var vals []float64 // value of each sample as float64 (ints: exact when small)
		var ivals []int64  // integer samples (bit patterns for unsigned)
		fsz := from.StorageSize()
		switch {
		case from.IsFloat():
			for _, v := range floatSamples {
				b := tensor.FloatToBits(from, v)
				buf := make([]byte, fsz)
				putBits(buf, b)
				src = append(src, buf...)
				vals = append(vals, tensor.FloatFromBits(from, b))
			}
		case from.IsComplex():
			part := from.ComplexPart()
			for _, v := range floatSamples {
				buf := make([]byte, fsz)
				putBits(buf[:fsz/2], tensor.FloatToBits(part, v))
				putBits(buf[fsz/2:], tensor.FloatToBits(part, 2))
				src = append(src, buf...)
				vals = append(vals, tensor.FloatFromBits(part, tensor.FloatToBits(part, v)))
			}
		default:
			for _, v := range intSamples {
				// Reduce to a value of the source type the way storage holds it.
				buf := rawInts(tensor.I64, v)
				w := readInts(tensor.I64, buf)[0]
				b := intBits(from)
				if from.IsBool() {
					w &= 1
				} else if b < 64 {
					s := uint(64 - b)
					if from.IsSigned() {
						w = w << s >> s
					} else {
						w = int64(uint64(w) << s >> s)
					}
				}
				ivals = append(ivals, w)
				src = append(src, rawInts(from, w)...)
			}
		}
		aligned := tensor.AlignedBytes(len(src))
		copy(aligned, src)
		n := len(src) / fsz
		for _, to := range types {
			f, err := ConvertFunc(from, to)
			if err != nil {
				t.Errorf("%v->%v: %v", from, to, err)
				continue
			}
			dst := tensor.AlignedBytes(n * to.StorageSize())
			f(dst, aligned)
			for i := 0; i < n; i++ {
				got := dst[i*to.StorageSize() : (i+1)*to.StorageSize()]
				var want []byte
				if ivals != nil {
					want = refFromInt(from, ivals[i], to)
				} else {
					want = refFromFloat(vals[i], to)
					if from.IsComplex() && to.IsComplex() { // the imaginary part (2) carries over
						putBits(want[len(want)/2:], tensor.FloatToBits(to.ComplexPart(), 2))
					}
				}
				if string(got) != string(want) && !bothNaN(to, got, want) {
					t.Errorf("%v->%v sample %d (%v): got %x want %x", from, to, i, sampleString(ivals, vals, i), got, want)
				}
			}
		}
	}
}

func sampleString(ivals []int64, vals []float64, i int) any {
	if ivals != nil {
		return ivals[i]
	}
	return vals[i]
}

func bothNaN(d tensor.DType, a, b []byte) bool {
	if d.IsComplex() {
		h := len(a) / 2
		p := d.ComplexPart()
		return (string(a[:h]) == string(b[:h]) || bothNaN(p, a[:h], b[:h])) && (string(a[h:]) == string(b[h:]) || bothNaN(p, a[h:], b[h:]))
	}
	if !d.IsFloat() {
		return false
	}
	return math.IsNaN(tensor.FloatFromBits(d, getBits(a))) && math.IsNaN(tensor.FloatFromBits(d, getBits(b)))
}

func refFromInt(from tensor.DType, v int64, to tensor.DType) []byte {
	out := make([]byte, to.StorageSize())
	fv := float64(v)
	if from.IsUnsigned() {
		fv = float64(uint64(v))
	}
	switch {
	case to.IsBool():
		if v != 0 {
			out[0] = 1
		}
	case to.IsSigned() || to.IsUnsigned():
		b := intBits(to)
		w := v
		if b < 64 {
			s := uint(64 - b)
			if to.IsSigned() {
				w = w << s >> s
			} else {
				w = int64(uint64(w) << s >> s)
			}
		}
		putBits(out, uint64(w))
	case to.IsFloat():
		putBits(out, tensor.FloatToBits(to, fv))
	default:
		putBits(out[:len(out)/2], tensor.FloatToBits(to.ComplexPart(), fv))
	}
	return out
}

func refFromFloat(v float64, to tensor.DType) []byte {
	out := make([]byte, to.StorageSize())
	switch {
	case to.IsBool():
		if v != 0 {
			out[0] = 1
		}
	case to.IsSigned() || to.IsUnsigned():
		lo, hi := intRangeRef(to)
		var w int64
		switch {
		case math.IsNaN(v):
			w = 0
		case v <= lo:
			w = int64(lo)
		case v >= hi:
			switch {
			case to == tensor.U64:
				w = -1 // max uint64
			case intBits(to) == 64:
				w = math.MaxInt64 // float64(MaxInt64) rounds up to 2^63
			default:
				w = int64(hi)
			}
		case to == tensor.U64 && v >= 1<<63:
			w = int64(uint64(v))
		default:
			w = int64(v)
		}
		putBits(out, uint64(w))
		if to.IsSigned() && to.StorageSize() < 8 {
			putBits(out, uint64(w)) // two's complement bytes, sign-extended
		}
	case to.IsFloat():
		putBits(out, tensor.FloatToBits(to, v))
	default:
		putBits(out[:len(out)/2], tensor.FloatToBits(to.ComplexPart(), v))
	}
	return out
}

// intRangeRef is the saturation range as float64 bounds.
func intRangeRef(d tensor.DType) (lo, hi float64) {
	b := intBits(d)
	if d.IsUnsigned() {
		return 0, math.Ldexp(1, b) - 1
	}
	return -math.Ldexp(1, b-1), math.Ldexp(1, b-1) - 1
}
