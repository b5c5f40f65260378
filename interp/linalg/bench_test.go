package linalg

import (
	"fmt"
	"math/rand"
	"runtime"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Figures (go test -bench . -benchtime 1s) on a 16-core Intel Xeon with
// AVX-512 (the H100/H200 hosts), 2026-11-27, AVX-512 kernels:
//
//	dot_general f32   64³: 38.3   256³: 122.4   1024³: 561.9 GFLOP/s
//	                  (gonum's Sgemm, same 1024³: 70.3; AVX2 kernels: ~400;
//	                  batch 64 × 64³: 168.8)
//	convolution f32   NHWC 3×3 same padding, n1 32² 16→32: 22.5,
//	                  n8 56² 64→64: 299.2, n32 28² 128→128: 551.5 GFLOP/s
//	fft c64           64 lines of 256: 2.39, of 4096: 5.15 GFLOP/s (5·N·log2 N)
func benchKernel(b *testing.B, op *stablehlo.Op, flops float64, args ...*tensor.Buffer) {
	k, err := interp.Build(op, nil)
	if err != nil {
		b.Fatal(err)
	}
	rt := op.Results[0].Type.(*stablehlo.TensorType)
	res := []*tensor.Buffer{tensor.New(stablehlo.ElementDType(rt), rt.Shape)}
	ctx := &interp.Ctx{Parallelism: runtime.GOMAXPROCS(0)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := k(ctx, args, res); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkDotGeneralF32 is a square f32 matmul at three sizes, plus a
// batched product of small matrices (batch spread over goroutines).
func BenchmarkDotGeneralF32(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int64{64, 256, 1024} {
		b.Run(fmt.Sprintf("%dx%dx%d", n, n, n), func(b *testing.B) {
			op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, n, n), tt(tensor.F32, n, n)}, []*stablehlo.TensorType{tt(tensor.F32, n, n)},
				stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}})
			benchKernel(b, op, 2*float64(n*n*n), randBuf(rng, tensor.F32, n, n), randBuf(rng, tensor.F32, n, n))
		})
	}
	b.Run("1024x1024x1024_gonum", func(b *testing.B) {
		forceGonumGemm = true
		defer func() { forceGonumGemm = false }()
		n := int64(1024)
		op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, n, n), tt(tensor.F32, n, n)}, []*stablehlo.TensorType{tt(tensor.F32, n, n)},
			stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}}})
		benchKernel(b, op, 2*float64(n*n*n), randBuf(rng, tensor.F32, n, n), randBuf(rng, tensor.F32, n, n))
	})
	b.Run("batch64_64x64x64", func(b *testing.B) {
		op := mkOp("stablehlo.dot_general", []*stablehlo.TensorType{tt(tensor.F32, 64, 64, 64), tt(tensor.F32, 64, 64, 64)}, []*stablehlo.TensorType{tt(tensor.F32, 64, 64, 64)},
			stablehlo.NamedAttr{Name: "dot_dimension_numbers", Value: &stablehlo.DotDimensionNumbersAttr{LhsBatching: []int64{0}, RhsBatching: []int64{0}, LhsContracting: []int64{2}, RhsContracting: []int64{1}}})
		benchKernel(b, op, 2*64*64*64*64, randBuf(rng, tensor.F32, 64, 64, 64), randBuf(rng, tensor.F32, 64, 64, 64))
	})
}

// BenchmarkConvolutionF32 is an NHWC 3×3 same-padded convolution at three
// sizes (batch × spatial × in → out channels).
func BenchmarkConvolutionF32(b *testing.B) {
	rng := rand.New(rand.NewSource(2))
	for _, s := range []struct{ n, hw, ci, co int64 }{{1, 32, 16, 32}, {8, 56, 64, 64}, {32, 28, 128, 128}} {
		b.Run(fmt.Sprintf("n%d_%dx%d_%dto%d", s.n, s.hw, s.hw, s.ci, s.co), func(b *testing.B) {
			c := convCase{dn: nhwc, lhs: []int64{s.n, s.hw, s.hw, s.ci}, rhs: []int64{3, 3, s.ci, s.co},
				stride: []int64{1, 1}, lDil: []int64{1, 1}, rDil: []int64{1, 1}, pad: []int64{1, 1, 1, 1}, fgc: 1, bgc: 1}
			op := convOp(c, tensor.F32, tensor.F32)
			flops := 2 * float64(s.n*s.hw*s.hw*s.co*s.ci*9)
			benchKernel(b, op, flops, randBuf(rng, tensor.F32, c.lhs...), randBuf(rng, tensor.F32, c.rhs...))
		})
	}
}

// BenchmarkFFTC64 is a batched 1-D complex FFT.
func BenchmarkFFTC64(b *testing.B) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int64{256, 4096} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			op := fftOp("FFT", tt(tensor.C64, 64, n), tt(tensor.C64, 64, n), n)
			benchKernel(b, op, 5*64*float64(n)*log2(float64(n)), randBuf(rng, tensor.C64, 64, n))
		})
	}
}

func log2(x float64) float64 {
	n := 0.0
	for x > 1 {
		x /= 2
		n++
	}
	return n
}

// BenchmarkConvCNN is the three convolutions of bench/models.py's CNN train
// step at its second layer (batch 32, 32×32, 16→16 channels, NHWC, 3×3 same
// padding) — forward, input gradient ([0,1,o,i] kernel) and weight gradient
// ([f,0,1,b]x[i,0,1,o]->[0,1,b,f]) — on the channels-last GEMM path and on
// the offset-table path; gemm-go is the GEMM path without the BLAS.
func BenchmarkConvCNN(b *testing.B) {
	rng := rand.New(rand.NewSource(3))
	one2 := []int64{1, 1}
	pad := []int64{1, 1, 1, 1}
	cases := []convCase{
		{"fwd", nhwc, []int64{32, 32, 32, 16}, []int64{3, 3, 16, 16}, one2, one2, one2, pad, nil, 1, 1},
		{"input-grad", hwoi, []int64{32, 32, 32, 16}, []int64{3, 3, 16, 16}, one2, one2, one2, pad, nil, 1, 1},
		{"weight-grad", wgrad, []int64{32, 32, 32, 16}, []int64{32, 32, 32, 16}, one2, one2, one2, pad, nil, 1, 1},
		{"fwd-c3", nhwc, []int64{32, 32, 32, 3}, []int64{3, 3, 3, 16}, one2, one2, one2, pad, nil, 1, 1},
		{"fwd-l5", nhwc, []int64{32, 8, 8, 32}, []int64{3, 3, 32, 64}, one2, one2, one2, pad, nil, 1, 1},
		{"weight-grad-l5", wgrad, []int64{32, 8, 8, 32}, []int64{32, 8, 8, 64}, one2, one2, one2, pad, nil, 1, 1},
		{"fwd-n32-28-128", nhwc, []int64{32, 28, 28, 128}, []int64{3, 3, 128, 128}, one2, one2, one2, pad, nil, 1, 1},
	}
	for _, c := range cases {
		out := convOutShape(c)
		flops := 2 * float64(prod(out)) * float64(prod(c.rhs)) / float64(c.rhs[c.dn.KernelOutputFeature])
		for _, path := range []string{"gemm", "gemm-go", "offsets"} {
			b.Run(c.name+"/"+path, func(b *testing.B) {
				noConvFast, useBLAS = path == "offsets", path != "gemm-go"
				defer func() { noConvFast, useBLAS = false, true }()
				benchKernel(b, convOp(c, tensor.F32, tensor.F32), flops, randBuf(rng, tensor.F32, c.lhs...), randBuf(rng, tensor.F32, c.rhs...))
			})
		}
	}
}
