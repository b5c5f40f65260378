package elementwise

import (
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// TestCompareReference: every direction, FLOAT and TOTALORDER, on every
// element type, against comparisons of decoded values (IEEE for FLOAT; the
// sign-magnitude order of the bit patterns for TOTALORDER; lexicographic for
// complex; numeric for integers).
func TestCompareReference(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	dirs := []string{"EQ", "NE", "LT", "LE", "GT", "GE"}
	holds := func(dir string, c int) bool { // c: -1, 0, 1; 2 = unordered
		switch dir {
		case "EQ":
			return c == 0
		case "NE":
			return c != 0
		case "LT":
			return c == -1
		case "LE":
			return c == -1 || c == 0
		case "GT":
			return c == 1
		}
		return c == 1 || c == 0
	}
	cmp3 := func(a, b float64) int {
		switch {
		case a != a || b != b:
			return 2
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	for _, d := range tensor.AllDTypes() {
		sz := d.StorageSize()
		n := 3000
		raw := func() []byte {
			b := tensor.AlignedBytes(n * sz)
			r.Read(b)
			if d == tensor.I1 {
				for i := range b {
					b[i] &= 1
				}
			}
			fixNarrow(d, b)
			if d.IsFloat() && d.Bits() < 8*sz { // keep patterns within the type's bits
				for i := 0; i < n; i++ {
					putBits(b[i*sz:(i+1)*sz], getBits(b[i*sz:(i+1)*sz])&(1<<d.Bits()-1))
				}
			}
			return b
		}
		a, b := raw(), raw()
		copy(b[:n/4*sz], a[:n/4*sz]) // a quarter of the pairs are equal
		for _, typ := range []string{"", "TOTALORDER"} {
			for _, dir := range dirs {
				f, err := CompareFunc(dir, typ, d)
				if err != nil {
					t.Errorf("%v %s: %v", d, dir, err)
					continue
				}
				dst := make([]byte, n)
				f(dst, a, b)
				bad := 0
				for i := 0; i < n; i++ {
					ea, eb := a[i*sz:(i+1)*sz], b[i*sz:(i+1)*sz]
					var c int
					switch {
					case d.IsFloat() && typ == "TOTALORDER":
						c = cmpInt(totalRef(d, getBits(ea)), totalRef(d, getBits(eb)))
					case d.IsFloat():
						c = cmp3(tensor.FloatFromBits(d, getBits(ea)), tensor.FloatFromBits(d, getBits(eb)))
					case d.IsComplex():
						p := d.ComplexPart()
						h := sz / 2
						ra, rb := tensor.FloatFromBits(p, getBits(ea[:h])), tensor.FloatFromBits(p, getBits(eb[:h]))
						ia, ib := tensor.FloatFromBits(p, getBits(ea[h:])), tensor.FloatFromBits(p, getBits(eb[h:]))
						switch {
						case ra == rb && ia == ib:
							c = 0
						case ra < rb || ra == rb && ia < ib:
							c = -1
						case ra > rb || ra == rb && ia > ib:
							c = 1
						default:
							c = 2
						}
					case d.IsUnsigned() || d.IsBool():
						x, y := getBits(ea), getBits(eb)
						c = 0
						if x < y {
							c = -1
						} else if x > y {
							c = 1
						}
					default:
						x, y := readInts(d, ea)[0], readInts(d, eb)[0]
						c = cmpInt(x, y)
					}
					if want := holds(dir, c); (dst[i] == 1) != want {
						if bad++; bad <= 2 {
							t.Errorf("%v %s %s element %d (%x vs %x): got %d", d, typ, dir, i, ea, eb, dst[i])
						}
					}
				}
			}
		}
	}
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// totalRef orders a float's bit pattern as sign-magnitude (f8E8M0FNU, which
// has no sign, as plain unsigned).
func totalRef(d tensor.DType, u uint64) int64 {
	nb := d.Bits()
	if d == tensor.F8E8M0FNU {
		return int64(u)
	}
	mag := int64(u & (1<<(nb-1) - 1))
	if nb == 64 {
		mag = int64(u &^ (1 << 63))
	}
	if u>>(nb-1)&1 == 1 {
		return -mag - 1
	}
	return mag
}
