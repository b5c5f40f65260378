package linalg

import (
	"fmt"
	"math/cmplx"
	"sync"

	"gonum.org/v1/gonum/dsp/fourier"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() { register("stablehlo.fft", buildFFT) }

// fftPlan is an fft op specialised at build time. All four kinds run in
// complex128 through gonum's mixed-radix FFT (any length) one axis at a time
// over the innermost len(fft_length) dimensions; complex64 and f32 results
// are rounded once at the end.
type fftPlan struct {
	kind    string // FFT, IFFT, RFFT, IRFFT
	length  []int64
	inShape []int64
	full    []int64 // shape with the fft dims at full length
	outT    tensor.DType
	single  bool // f32/c64: round to single precision after each axis, as XLA's f32 FFT stores between passes
}

func buildFFT(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 1 || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected 1 operand and 1 result")
	}
	it, err := tensorType(op.Operands[0])
	if err != nil {
		return nil, err
	}
	ot, err := tensorType(op.Results[0])
	if err != nil {
		return nil, err
	}
	p := &fftPlan{kind: enumAttr(op, "fft_type"), inShape: it.Shape, outT: stablehlo.ElementDType(ot)}
	p.length, _ = i64s(op.Attr("fft_length"))
	k := len(p.length)
	r := len(it.Shape)
	if k < 1 || k > 3 || k > r {
		return nil, fmt.Errorf("fft_length %v must have 1 to 3 entries, at most the rank %d", p.length, r)
	}
	inD := dtypeOf(op.Operands[0])
	p.full = append([]int64(nil), it.Shape...)
	copy(p.full[r-k:], p.length)
	want := append([]int64(nil), p.full...)
	switch p.kind {
	case "FFT", "IFFT":
		if !inD.IsComplex() || !p.outT.IsComplex() {
			return nil, fmt.Errorf("%s needs complex operand and result", p.kind)
		}
		if !sameShape(it.Shape, p.full) {
			return nil, fmt.Errorf("operand shape %v does not end in fft_length %v", it.Shape, p.length)
		}
	case "RFFT":
		if !inD.IsFloat() || !p.outT.IsComplex() {
			return nil, fmt.Errorf("RFFT needs a float operand and complex result")
		}
		if !sameShape(it.Shape, p.full) {
			return nil, fmt.Errorf("operand shape %v does not end in fft_length %v", it.Shape, p.length)
		}
		if want[r-1] != 0 {
			want[r-1] = want[r-1]/2 + 1
		}
	case "IRFFT":
		if !inD.IsComplex() || !p.outT.IsFloat() {
			return nil, fmt.Errorf("IRFFT needs a complex operand and float result")
		}
		half := append([]int64(nil), p.full...)
		if half[r-1] != 0 {
			half[r-1] = half[r-1]/2 + 1
		}
		if !sameShape(it.Shape, half) {
			return nil, fmt.Errorf("operand shape %v, want %v for fft_length %v", it.Shape, half, p.length)
		}
	default:
		return nil, fmt.Errorf("unknown fft_type %q", p.kind)
	}
	if !sameShape(ot.Shape, want) {
		return nil, fmt.Errorf("result shape %v, want %v", ot.Shape, want)
	}
	p.single = p.outT == tensor.C64 || p.outT == tensor.F32
	return p.kernel, nil
}

func roundC64(v []complex128) {
	for i, x := range v {
		v[i] = complex128(complex64(x))
	}
}

func sameShape(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// transformAxis applies an unnormalised 1-D DFT (inverse when inv, scaled by
// 1/n) along axis of data, whose shape is shape; lines run over par
// goroutines, each with its own gonum plan (plans are not shareable).
func transformAxis(data []complex128, shape []int64, axis int, inv bool, par int) {
	n := int(shape[axis])
	if n <= 1 || len(data) == 0 {
		return
	}
	inner := int(prod(shape[axis+1:]))
	lines := len(data) / n
	scale := complex(1/float64(n), 0)
	var r2 *radix2
	var bs *bluestein
	var dd *directDFT
	switch {
	case n&(n-1) == 0:
		r2 = radix2Plan(n)
	case n > bluesteinMin:
		bs = bluesteinPlan(n)
	case primeAbove5(n):
		dd = directPlan(n)
	}
	parallelRange(lines, par, max(1, 4096/n), func(lo, hi int) {
		var t *fourier.CmplxFFT
		var work []complex128
		switch {
		case bs != nil:
			work = make([]complex128, bs.m)
		case dd != nil:
			work = make([]complex128, n)
		case r2 == nil:
			t = getPlan(n)
			defer putPlan(n, t)
		}
		line := make([]complex128, n)
		for l := lo; l < hi; l++ {
			o, in := l/inner, l%inner
			base := o*n*inner + in
			for j := 0; j < n; j++ {
				line[j] = data[base+j*inner]
			}
			switch {
			case r2 != nil:
				r2.transform(line, inv)
			case bs != nil:
				bs.transform(line, work, inv)
			case dd != nil:
				dd.transform(line, work, inv)
			case inv:
				t.Sequence(line, line)
			default:
				t.Coefficients(line, line)
			}
			if inv {
				for j := range line {
					line[j] *= scale
				}
			}
			for j := 0; j < n; j++ {
				data[base+j*inner] = line[j]
			}
		}
	})
}

func (p *fftPlan) kernel(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
	if len(args) != 1 || len(results) != 1 {
		return fmt.Errorf("fft: expected 1 operand and 1 result")
	}
	r := len(p.inShape)
	k := len(p.length)
	par := 1
	if ctx != nil && ctx.Parallelism > 1 {
		par = ctx.Parallelism
	}
	switch p.kind {
	case "FFT", "IFFT":
		data := loadC128(args[0])
		for ax := r - k; ax < r; ax++ {
			transformAxis(data, p.full, ax, p.kind == "IFFT", par)
			if p.single {
				roundC64(data)
			}
		}
		storeC128(results[0], data)
	case "RFFT":
		data := loadC128(args[0]) // real operand, imaginary parts zero
		for ax := r - k; ax < r; ax++ {
			transformAxis(data, p.full, ax, false, par)
			if p.single {
				roundC64(data)
			}
		}
		n := int(p.full[r-1])
		h := n/2 + 1
		if n == 0 {
			h = 0
		}
		rows := 0
		if n > 0 {
			rows = len(data) / n
		}
		out := make([]complex128, rows*h)
		for i := 0; i < rows; i++ {
			copy(out[i*h:(i+1)*h], data[i*n:i*n+h])
		}
		storeC128(results[0], out)
	case "IRFFT":
		half := loadC128(args[0])
		// inverse over the outer fft axes on the half spectrum, then the
		// Hermitian-completed inverse over the last axis.
		for ax := r - k; ax < r-1; ax++ {
			transformAxis(half, p.inShape, ax, true, par)
			if p.single {
				roundC64(half)
			}
		}
		n := int(p.full[r-1])
		h := int(p.inShape[r-1])
		rows := 0
		if h > 0 {
			rows = len(half) / h
		}
		out := make([]float64, rows*n)
		if n > 0 {
			var r2 *radix2
			var bs *bluestein
			var dd *directDFT
			switch {
			case n&(n-1) == 0:
				r2 = radix2Plan(n)
			case n > bluesteinMin:
				bs = bluesteinPlan(n)
			case primeAbove5(n):
				dd = directPlan(n)
			}
			parallelRange(rows, par, max(1, 4096/n), func(lo, hi int) {
				var t *fourier.CmplxFFT
				var work []complex128
				switch {
				case bs != nil:
					work = make([]complex128, bs.m)
				case dd != nil:
					work = make([]complex128, n)
				case r2 == nil:
					t = getPlan(n)
					defer putPlan(n, t)
				}
				line := make([]complex128, n)
				for i := lo; i < hi; i++ {
					src := half[i*h : (i+1)*h]
					for j := 0; j < n; j++ {
						if j < h {
							line[j] = src[j]
						} else {
							line[j] = cmplx.Conj(src[n-j])
						}
					}
					switch {
					case r2 != nil:
						r2.transform(line, true)
					case bs != nil:
						bs.transform(line, work, true)
					case dd != nil:
						dd.transform(line, work, true)
					default:
						t.Sequence(line, line)
					}
					for j := 0; j < n; j++ {
						out[i*n+j] = real(line[j]) / float64(n)
					}
				}
			})
		}
		storeF64(results[0], out)
	}
	return nil
}

// Plans (twiddle tables) cost O(n) sines and cosines to build, more than a
// transform of a few lines; they are pooled per length. A gonum plan holds
// scratch space, so each is used by one goroutine at a time.
var fftPlans sync.Map // int -> *sync.Pool of *fourier.CmplxFFT

func getPlan(n int) *fourier.CmplxFFT {
	if p, ok := fftPlans.Load(n); ok {
		if t, ok := p.(*sync.Pool).Get().(*fourier.CmplxFFT); ok {
			return t
		}
	}
	return fourier.NewCmplxFFT(n)
}

func putPlan(n int, t *fourier.CmplxFFT) {
	p, _ := fftPlans.LoadOrStore(n, &sync.Pool{})
	p.(*sync.Pool).Put(t)
}
