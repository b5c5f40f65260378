package elementwise

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

var benchSizes = []int64{1 << 10, 1 << 16, 1 << 22}

// benchOp runs op on n-element operands of type d; SetBytes counts operands
// and result, so MB/s is memory traffic.
func benchOp(b *testing.B, name string, nIn int, d tensor.DType) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("%v/%d", d, n), func(b *testing.B) {
			ins := make([]*stablehlo.TensorType, nIn)
			args := make([]*tensor.Buffer, nIn)
			for i := range ins {
				ins[i] = tt(d, n)
				args[i] = tensor.New(d, []int64{n})
				fill, _ := ConvertFunc(tensor.F32, d)
				src := tensor.New(tensor.F32, []int64{n})
				for j, v := range tensor.View[float32](src) {
					_ = v
					tensor.View[float32](src)[j] = float32(j%1000)*0.01 - 5
				}
				fill(args[i].Data, src.Data)
			}
			k, err := interp.Build(mkOp("stablehlo."+name, ins, tt(d, n)), nil)
			if err != nil {
				b.Fatal(err)
			}
			out := []*tensor.Buffer{tensor.New(d, []int64{n})}
			ctx := &interp.Ctx{Parallelism: runtime.GOMAXPROCS(0)}
			b.SetBytes(int64(nIn+1) * n * int64(d.StorageSize()))
			for b.Loop() {
				if err := k(ctx, args, out); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkAdd(b *testing.B) {
	benchOp(b, "add", 2, tensor.F32)
	benchOp(b, "add", 2, tensor.BF16)
}

func BenchmarkExp(b *testing.B) {
	benchOp(b, "exponential", 1, tensor.F32)
}

func BenchmarkConvertF32ToBF16(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			k, _ := interp.Build(mkOp("stablehlo.convert", []*stablehlo.TensorType{tt(tensor.F32, n)}, tt(tensor.BF16, n)), nil)
			args := []*tensor.Buffer{tensor.New(tensor.F32, []int64{n})}
			out := []*tensor.Buffer{tensor.New(tensor.BF16, []int64{n})}
			ctx := &interp.Ctx{Parallelism: runtime.GOMAXPROCS(0)}
			b.SetBytes(6 * n)
			for b.Loop() {
				_ = k(ctx, args, out)
			}
		})
	}
}

// BenchmarkCopy is the memory-bandwidth reference: a parallel copy of n f32
// (SetBytes counts read and write like the kernels above).
func BenchmarkCopy(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src, dst := make([]byte, 4*n), make([]byte, 4*n)
			ctx := &interp.Ctx{Parallelism: runtime.GOMAXPROCS(0)}
			b.SetBytes(8 * n)
			for b.Loop() {
				parallelFor(ctx, int(n), func(lo, hi int) { copy(dst[4*lo:4*hi], src[4*lo:4*hi]) })
			}
		})
	}
}
