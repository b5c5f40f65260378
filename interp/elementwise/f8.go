package elementwise

import (
	"math"
	"sort"

	"github.com/hlovm/hlovm/tensor"
)

// byteEncoder rounds float32 to a float format of at most 8 bits faster than
// the generic tensor.FloatToBits: a binary search over the format's
// non-negative finite values and the midpoints between them, with each tie
// resolved once at build time by the generic encoder (so RNE, and every
// format's zero, NaN and overflow rules, come from one place). Values beyond
// the largest finite one, NaN and the unsigned f8E8M0FNU go to the generic
// encoder.
type byteEncoder struct {
	d       tensor.DType
	vals    []float32 // non-negative finite values, ascending
	bits    []byte    // their patterns
	mids    []float32 // mids[k] is halfway between vals[k] and vals[k+1]
	tie     []byte    // pattern a value exactly at mids[k] rounds to
	signBit byte
	fnuz    bool // no negative zero: -0 and tiny negatives encode as 0
}

func newByteEncoder(d tensor.DType) *byteEncoder {
	if d == tensor.F8E8M0FNU {
		return nil
	}
	e := &byteEncoder{d: d, signBit: byte(1) << (d.Bits() - 1)}
	e.fnuz = math.IsNaN(tensor.FloatFromBits(d, uint64(e.signBit)))
	type vb struct {
		v float32
		b byte
	}
	var all []vb
	for b := 0; b < int(e.signBit); b++ {
		v := tensor.FloatFromBits(d, uint64(b))
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		all = append(all, vb{float32(v), byte(b)})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v < all[j].v })
	for i, x := range all {
		e.vals = append(e.vals, x.v)
		e.bits = append(e.bits, x.b)
		if i+1 < len(all) {
			// Midpoints of formats this narrow are exact in float32.
			m := (x.v + all[i+1].v) / 2
			e.mids = append(e.mids, m)
			e.tie = append(e.tie, byte(tensor.FloatToBits(d, float64(m))))
		}
	}
	return e
}

func (e *byteEncoder) encode(x float32) byte {
	a := x
	neg := math.Signbit(float64(x))
	if neg {
		a = -x
	}
	if !(a <= e.vals[len(e.vals)-1]) { // NaN or beyond the largest finite value
		return byte(tensor.FloatToBits(e.d, float64(x)))
	}
	// k: the largest index with vals[k] <= a.
	lo, hi := 0, len(e.vals)-1 // vals[lo] <= a < vals[hi+1] once lo == hi
	for lo < hi {
		m := int(uint(lo+hi+1) >> 1)
		if e.vals[m] <= a {
			lo = m
		} else {
			hi = m - 1
		}
	}
	k := lo
	var b byte
	switch {
	case a == e.vals[k] || k == len(e.mids):
		b = e.bits[k]
	case a < e.mids[k]:
		b = e.bits[k]
	case a > e.mids[k]:
		b = e.bits[k+1]
	default:
		b = e.tie[k]
	}
	if neg {
		if b == 0 && e.fnuz {
			return 0
		}
		b |= e.signBit
	}
	return b
}

var byteEncoders [64]*byteEncoder

func init() {
	for _, d := range tensor.AllDTypes() {
		if d.IsFloat() && d.StorageSize() == 1 {
			byteEncoders[d] = newByteEncoder(d)
		}
	}
}
