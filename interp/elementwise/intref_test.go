package elementwise

import (
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// wrapTo reduces an int64 to the value range of an integer type (two's
// complement), returning the canonical value (sign-extended or zero-extended).
func wrapTo(d tensor.DType, v int64) int64 {
	b := intBits(d)
	if b >= 64 {
		return v
	}
	s := uint(64 - b)
	if d.IsSigned() {
		return v << s >> s
	}
	return int64(uint64(v) << s >> s)
}

// refInt computes a binary op on integers of type d from the spec's rules,
// in int64/uint64 arithmetic, independently of the kernels.
func refInt(op string, d tensor.DType, a, b int64) int64 {
	nb := uint64(intBits(d))
	unsigned := d.IsUnsigned()
	amt := uint64(b)
	if nb < 64 {
		amt &= 1<<nb - 1
	}
	ua, ub := uint64(a), uint64(b) // unsigned views (a, b canonical)
	switch op {
	case "add":
		return wrapTo(d, a+b)
	case "subtract":
		return wrapTo(d, a-b)
	case "multiply":
		return wrapTo(d, a*b)
	case "divide":
		if b == 0 {
			return wrapTo(d, -1)
		}
		if unsigned {
			return wrapTo(d, int64(ua/ub))
		}
		if b == -1 {
			return wrapTo(d, -a) // INT_MIN / -1 wraps to INT_MIN
		}
		return wrapTo(d, a/b)
	case "remainder":
		if b == 0 {
			return a
		}
		if unsigned {
			return wrapTo(d, int64(ua%ub))
		}
		if b == -1 {
			return 0
		}
		return wrapTo(d, a%b)
	case "maximum", "minimum":
		less := a < b
		if unsigned {
			less = ua < ub
		}
		if less == (op == "minimum") {
			return a
		}
		return b
	case "and":
		return a & b
	case "or":
		return a | b
	case "xor":
		return a ^ b
	case "shift_left":
		if amt >= nb {
			return 0
		}
		return wrapTo(d, a<<amt)
	case "shift_right_logical":
		if amt >= nb {
			return 0
		}
		bits := ua
		if nb < 64 {
			bits &= 1<<nb - 1
		}
		return wrapTo(d, int64(bits>>amt))
	case "shift_right_arithmetic":
		if amt >= nb {
			amt = nb - 1
		}
		return wrapTo(d, wrapTo(signedOf(d), a)>>amt)
	case "power":
		if !unsigned && b < 0 {
			switch a {
			case 1:
				return 1
			case -1:
				if b%2 != 0 {
					return -1
				}
				return 1
			}
			return 0
		}
		r := int64(1)
		for i := uint64(0); i < ub && i < 200; i++ { // wraps; cycles long before 200 for our samples
			r = wrapTo(d, r*a)
		}
		if ub >= 200 {
			return refPowSquare(d, a, ub)
		}
		return r
	}
	panic(op)
}

func refPowSquare(d tensor.DType, a int64, e uint64) int64 {
	r := int64(1)
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = wrapTo(d, r*a)
		}
		a = wrapTo(d, a*a)
	}
	return r
}

// signedOf is the signed type of the same width (arithmetic shifts of
// unsigned types replicate the top bit).
func signedOf(d tensor.DType) tensor.DType {
	switch d {
	case tensor.U2:
		return tensor.I2
	case tensor.U4:
		return tensor.I4
	case tensor.U8:
		return tensor.I8
	case tensor.U16:
		return tensor.I16
	case tensor.U32:
		return tensor.I32
	case tensor.U64:
		return tensor.I64
	}
	return d
}

// TestIntBinaryReference: every integer binary op on every integer type,
// exhaustively for 2- and 4-bit types (all pairs) and on random and edge
// values for wider ones, against refInt.
func TestIntBinaryReference(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for _, d := range []tensor.DType{tensor.I2, tensor.I4, tensor.U2, tensor.U4, tensor.I8, tensor.U8, tensor.I16, tensor.U16, tensor.I32, tensor.U32, tensor.I64, tensor.U64, tensor.Index} {
		var as, bs []int64
		if nb := intBits(d); nb <= 4 {
			for x := int64(0); x < 1<<nb; x++ {
				for y := int64(0); y < 1<<nb; y++ {
					as, bs = append(as, wrapTo(d, x)), append(bs, wrapTo(d, y))
				}
			}
		} else {
			edge := []int64{0, 1, -1, 2, -2, 3, 7, int64(intBits(d)), int64(intBits(d)) - 1, wrapTo(d, 1<<(intBits(d)-1)), wrapTo(d, 1<<(intBits(d)-1)-1)}
			for _, x := range edge {
				for _, y := range edge {
					as, bs = append(as, wrapTo(d, x)), append(bs, wrapTo(d, y))
				}
			}
			for i := 0; i < 2000; i++ {
				as, bs = append(as, wrapTo(d, int64(r.Uint64()))), append(bs, wrapTo(d, int64(r.Uint64()>>uint(r.Intn(64)))))
			}
		}
		for _, op := range binaryOps {
			if op == "atan2" {
				continue
			}
			f, err := BinaryFunc(op, d)
			if err != nil {
				t.Errorf("%s %v: %v", op, d, err)
				continue
			}
			dst := tensor.AlignedBytes(len(as) * d.StorageSize())
			f(dst, rawInts(d, as...), rawInts(d, bs...))
			got := readInts(d, dst)
			bad := 0
			for i := range got {
				want := refInt(op, d, as[i], bs[i])
				if got[i] != want {
					if bad++; bad <= 3 {
						t.Errorf("%s %v (%d, %d): got %d want %d", op, d, as[i], bs[i], got[i], want)
					}
				}
			}
		}
	}
}

// TestIntUnaryReference: every integer unary op on every integer type
// (all values of 2/4-bit types, edge and random values otherwise).
func TestIntUnaryReference(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	ref := func(op string, d tensor.DType, a int64) int64 {
		nb := intBits(d)
		u := uint64(a)
		if nb < 64 {
			u &= 1<<nb - 1
		}
		switch op {
		case "abs":
			if a < 0 {
				return wrapTo(d, -a)
			}
			return a
		case "negate":
			return wrapTo(d, -a)
		case "sign":
			switch {
			case a > 0 || d.IsUnsigned() && a != 0:
				return 1
			case a == 0:
				return 0
			}
			return -1
		case "not":
			return wrapTo(d, ^a)
		case "popcnt":
			c := int64(0)
			for ; u != 0; u &= u - 1 {
				c++
			}
			return wrapTo(d, c) // popcnt(-1 : i2) = 2 wraps to -2
		case "count_leading_zeros":
			c := int64(0)
			for i := nb - 1; i >= 0 && u>>uint(i)&1 == 0; i-- {
				c++
			}
			return wrapTo(d, c)
		}
		panic(op)
	}
	for _, d := range []tensor.DType{tensor.I2, tensor.I4, tensor.U2, tensor.U4, tensor.I8, tensor.U8, tensor.I16, tensor.U16, tensor.I32, tensor.U32, tensor.I64, tensor.U64, tensor.Index} {
		var as []int64
		if nb := intBits(d); nb <= 8 {
			for x := int64(0); x < 1<<nb; x++ {
				as = append(as, wrapTo(d, x))
			}
		} else {
			for _, x := range []int64{0, 1, -1, 1 << (nb - 1), 1<<(nb-1) - 1} {
				as = append(as, wrapTo(d, x))
			}
			for i := 0; i < 1000; i++ {
				as = append(as, wrapTo(d, int64(r.Uint64()>>uint(r.Intn(64)))))
			}
		}
		for _, op := range []string{"abs", "negate", "sign", "not", "popcnt", "count_leading_zeros"} {
			if d.IsUnsigned() && op == "abs" {
				continue
			}
			f, err := UnaryFunc(op, d)
			if err != nil {
				t.Errorf("%s %v: %v", op, d, err)
				continue
			}
			dst := tensor.AlignedBytes(len(as) * d.StorageSize())
			f(dst, rawInts(d, as...))
			for i, g := range readInts(d, dst) {
				if w := ref(op, d, as[i]); g != w {
					t.Errorf("%s %v (%d): got %d want %d", op, d, as[i], g, w)
					break
				}
			}
		}
	}
}
