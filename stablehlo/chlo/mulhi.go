package chlo

import (
	"fmt"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// mulhi is chlo.mulhi (jax 0.12.1's lax.mulhi on jaxlib with XLA version 84
// or later): the high half of the double-width product of two integers of
// one type. Up to 32 bits the product fits a 64-bit integer of the same
// signedness; 64-bit operands are multiplied in 32-bit halves as unsigned,
// and the signed result corrected by subtracting the other operand for each
// negative one (two's complement: a = a_u - 2^64 when a < 0).
func mulhi(b *builder, x, y *stablehlo.Value) *stablehlo.Value {
	d := elemOf(x)
	n := int64(d.Bits())
	signed := d.IsSigned()
	if n <= 32 {
		wide := tensor.U64
		shift := "shift_right_logical"
		if signed {
			wide, shift = tensor.I64, "shift_right_arithmetic"
		}
		p := b.mul(b.convert(x, wide), b.convert(y, wide))
		return b.convert(b.bin(shift, p, b.constInt(n, p)), d)
	}
	a, c := b.convert(x, tensor.U64), b.convert(y, tensor.U64)
	k32, mask := b.constInt(32, a), b.constInt(0xFFFFFFFF, a)
	shr := func(v *stablehlo.Value) *stablehlo.Value { return b.bin("shift_right_logical", v, k32) }
	aLo, aHi, cLo, cHi := b.and(a, mask), shr(a), b.and(c, mask), shr(c)
	loLo, hiLo, loHi, hiHi := b.mul(aLo, cLo), b.mul(aHi, cLo), b.mul(aLo, cHi), b.mul(aHi, cHi)
	// The middle column: at most (2^32-1) + (2^32-1) + (2^32-1)^2 < 2^64.
	mid := b.add(b.add(shr(loLo), b.and(hiLo, mask)), loHi)
	hi := b.add(b.add(hiHi, shr(hiLo)), shr(mid))
	if signed {
		zero := b.constInt(0, x)
		zu := b.constInt(0, a)
		hi = b.sub(hi, b.sel(b.cmp("LT", x, zero), c, zu))
		hi = b.sub(hi, b.sel(b.cmp("LT", y, zero), a, zu))
	}
	return b.convert(hi, d)
}

// mulhiTypes checks chlo.mulhi's operands: one integer type, not i1.
func mulhiTypes(x, y *stablehlo.Value) error {
	d := elemOf(x)
	if elemOf(y) != d || !d.IsInteger() || d == tensor.I1 {
		return fmt.Errorf("mulhi of %s and %s: want one integer type", elemOf(x), elemOf(y))
	}
	return nil
}
