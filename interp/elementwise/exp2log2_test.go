package elementwise

import (
	"math"
	"math/cmplx"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// TestComplexExp2Log2: exp2 and log2 (VHLO 1.23.0) on complex types against
// 2^z = exp(z ln 2) and log(z)/ln 2 from Go's cmplx package, and exactness
// where it is expected (integer powers of two on the real axis).
func TestComplexExp2Log2(t *testing.T) {
	zs := []complex128{0, 1, -1, 3, -3.5, complex(0.5, 0.25), complex(-2, 3), complex(10, -7), complex(1e-8, 1e-8), complex(100, 1)}
	for _, d := range []tensor.DType{tensor.C64, tensor.C128} {
		tol := 1e-13
		if d == tensor.C64 {
			tol = 1e-6
		}
		for _, op := range []string{"exp2", "log2"} {
			f, err := UnaryFunc(op, d)
			if err != nil {
				t.Fatalf("%s %v: %v", op, d, err)
			}
			sz := d.StorageSize()
			src := tensor.AlignedBytes(len(zs) * sz)
			for i, z := range zs {
				if d == tensor.C64 {
					tensor.ViewBytes[complex64](src)[i] = complex64(z)
				} else {
					tensor.ViewBytes[complex128](src)[i] = z
				}
			}
			dst := tensor.AlignedBytes(len(src))
			f(dst, src)
			for i, z := range zs {
				if d == tensor.C64 {
					z = complex128(complex64(z))
				}
				var got complex128
				if d == tensor.C64 {
					got = complex128(tensor.ViewBytes[complex64](dst)[i])
				} else {
					got = tensor.ViewBytes[complex128](dst)[i]
				}
				want := cmplx.Exp(z * math.Ln2)
				if op == "log2" {
					want = cmplx.Log(z) / math.Ln2
				}
				if z == 0 && op == "log2" {
					if !math.IsInf(real(got), -1) {
						t.Errorf("log2 %v (0) = %v, want -Inf real part", d, got)
					}
					continue
				}
				if cmplx.Abs(got-want) > tol*math.Max(1, cmplx.Abs(want)) {
					t.Errorf("%s %v (%v) = %v, want %v", op, d, z, got, want)
				}
				if op == "exp2" && imag(z) == 0 && real(z) == math.Trunc(real(z)) && got != complex(math.Exp2(real(z)), 0) {
					t.Errorf("exp2 %v (%v) = %v, want exactly %v", d, z, got, math.Exp2(real(z)))
				}
			}
		}
	}
}
