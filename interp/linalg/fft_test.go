package linalg

import (
	"math"
	"math/cmplx"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// naiveDFT computes the k-dimensional DFT over the innermost dims of x
// (shape), forward or inverse (scaled by 1/N), by the definition.
func naiveDFT(x []complex128, shape []int64, k int, inv bool) []complex128 {
	r := len(shape)
	fshape := shape[r-k:]
	fn := int(prod(fshape))
	out := make([]complex128, len(x))
	if fn == 0 {
		return out
	}
	sign := -1.0
	if inv {
		sign = 1
	}
	for b := 0; b < len(x)/fn; b++ {
		for o := 0; o < fn; o++ {
			oi := unravel(int64(o), fshape)
			var s complex128
			for i := 0; i < fn; i++ {
				ii := unravel(int64(i), fshape)
				ph := 0.0
				for d := range fshape {
					ph += float64(oi[d]*ii[d]) / float64(fshape[d])
				}
				s += x[b*fn+i] * cmplx.Exp(complex(0, sign*2*math.Pi*ph))
			}
			if inv {
				s /= complex(float64(fn), 0)
			}
			out[b*fn+o] = s
		}
	}
	return out
}

func fftOp(kind string, inT, outT *stablehlo.TensorType, length ...int64) *stablehlo.Op {
	return mkOp("stablehlo.fft", []*stablehlo.TensorType{inT}, []*stablehlo.TensorType{outT},
		stablehlo.NamedAttr{Name: "fft_type", Value: stablehlo.EnumAttr{Kind: "fft_type", Value: kind}},
		stablehlo.NamedAttr{Name: "fft_length", Value: i64arr(length...)})
}

func TestFFTAgainstNaiveDFT(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	shapes := [][]int64{{8}, {7}, {2, 12}, {3, 5}, {2, 4, 6}, {1, 3, 5, 7}, {2, 1}, {16, 9}, {2, 100}, {3, 128}}
	for _, shape := range shapes {
		for k := 1; k <= 3 && k <= len(shape); k++ {
			for _, ct := range []tensor.DType{tensor.C64, tensor.C128} {
				x := randBuf(rng, ct, shape...)
				for _, inv := range []bool{false, true} {
					kind := "FFT"
					if inv {
						kind = "IFFT"
					}
					got := runOp(t, fftOp(kind, tt(ct, shape...), tt(ct, shape...), shape[len(shape)-k:]...), x)[0]
					want := tensor.New(ct, shape)
					storeC128(want, naiveDFT(loadC128(x), shape, k, inv))
					if err := closeEnough(got, want, 1e-5); err != nil {
						t.Errorf("%s %v k=%d %v: %v", kind, shape, k, ct, err)
					}
				}
				// RFFT of the real part, then IRFFT back.
				rt := ct.ComplexPart()
				xr := tensor.New(rt, shape)
				storeF64(xr, loadF64(x))
				hs := append([]int64(nil), shape...)
				hs[len(hs)-1] = hs[len(hs)-1]/2 + 1
				spec := runOp(t, fftOp("RFFT", tt(rt, shape...), tt(ct, hs...), shape[len(shape)-k:]...), xr)[0]
				full := naiveDFT(loadC128(xr), shape, k, false)
				n := int(shape[len(shape)-1])
				h := int(hs[len(hs)-1])
				var trunc []complex128
				for i := 0; i < len(full)/n; i++ {
					trunc = append(trunc, full[i*n:i*n+h]...)
				}
				want := tensor.New(ct, hs)
				storeC128(want, trunc)
				if err := closeEnough(spec, want, 1e-5); err != nil {
					t.Errorf("RFFT %v k=%d: %v", shape, k, err)
				}
				back := runOp(t, fftOp("IRFFT", tt(ct, hs...), tt(rt, shape...), shape[len(shape)-k:]...), spec)[0]
				if err := closeEnough(back, xr, 1e-5); err != nil {
					t.Errorf("IRFFT(RFFT) %v k=%d: %v", shape, k, err)
				}
			}
		}
	}
}

func TestIRFFTIgnoresImaginaryDC(t *testing.T) {
	// XLA (like numpy) drops the imaginary parts of the DC and Nyquist terms.
	in := tensor.New(tensor.C128, []int64{3})
	copy(tensor.View[complex128](in), []complex128{complex(4, 7), complex(1, 2), complex(2, -5)})
	got := loadF64(runOp(t, fftOp("IRFFT", tt(tensor.C128, 3), tt(tensor.F64, 4), 4), in)[0])
	full := []complex128{4, complex(1, 2), 2, complex(1, -2)}
	want := naiveDFT(full, []int64{4}, 1, true)
	for i := range got {
		if math.Abs(got[i]-real(want[i])) > 1e-12 {
			t.Fatalf("got %v want %v", got, want)
		}
	}
}

func TestFFTErrors(t *testing.T) {
	if _, err := tryRun(fftOp("FFT", tt(tensor.C64, 8), tt(tensor.C64, 8), 4), tensor.New(tensor.C64, []int64{8})); err == nil {
		t.Fatal("fft_length not matching the operand accepted")
	}
	if _, err := tryRun(fftOp("RFFT", tt(tensor.C64, 8), tt(tensor.C64, 5), 8), tensor.New(tensor.C64, []int64{8})); err == nil {
		t.Fatal("complex RFFT operand accepted")
	}
}
