package structural

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

var benchSizes = []int64{256, 1024, 4096}

// benchKernel builds the single op of src's @main and times it; SetBytes is
// the input size, so MB/s compares directly with BenchmarkCopy.
func benchKernel(b *testing.B, src string, in []*tensor.Buffer, outs []*tensor.Buffer) {
	m, err := parseModule(src)
	if err != nil {
		b.Fatal(err)
	}
	var op *stablehlo.Op
	for _, o := range m.Func("main").Body().Ops {
		if interp.Has(o.Name) {
			op = o
		}
	}
	k, err := interp.Build(op, miniEnv{newMiniVM(m)})
	if err != nil {
		b.Fatal(err)
	}
	ctx := &interp.Ctx{Parallelism: runtime.GOMAXPROCS(0)}
	b.SetBytes(int64(len(in[0].Data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := k(ctx, in, outs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCopy is the bandwidth reference: one copy() of an n×n f32 array.
func BenchmarkCopy(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("f32_%dx%d", n, n), func(b *testing.B) {
			src, dst := tensor.New(tensor.F32, []int64{n, n}), tensor.New(tensor.F32, []int64{n, n})
			b.SetBytes(int64(len(src.Data)))
			for i := 0; i < b.N; i++ {
				copy(dst.Data, src.Data)
			}
		})
	}
}

func BenchmarkTranspose(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("f32_%dx%d", n, n), func(b *testing.B) {
			ty := typeStr(tensor.F32, []int64{n, n})
			src := fmt.Sprintf(`func.func @main(%%a: %s) -> %s {
  %%0 = stablehlo.transpose %%a, dims = [1, 0] : (%s) -> %s
  return %%0 : %s
}`, ty, ty, ty, ty, ty)
			benchKernel(b, src, []*tensor.Buffer{tensor.New(tensor.F32, []int64{n, n})}, []*tensor.Buffer{tensor.New(tensor.F32, []int64{n, n})})
		})
	}
}

// BenchmarkReduceSum reduces an n×n f32 array along the inner (rows) and the
// outer (columns) dimension.
func BenchmarkReduceSum(b *testing.B) {
	for _, dim := range []int64{1, 0} {
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("f32_%dx%d_dim%d", n, n, dim), func(b *testing.B) {
				src := reduceSrc(tensor.F32, []int64{n, n}, []int64{dim}, []int64{n}, "stablehlo.add")
				in := []*tensor.Buffer{tensor.New(tensor.F32, []int64{n, n}), tensor.New(tensor.F32, nil)}
				benchKernel(b, src, in, []*tensor.Buffer{tensor.New(tensor.F32, []int64{n})})
			})
		}
	}
}

// BenchmarkReduceSumAll reduces every element to a scalar.
func BenchmarkReduceSumAll(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("f32_%dx%d", n, n), func(b *testing.B) {
			src := reduceSrc(tensor.F32, []int64{n, n}, []int64{0, 1}, nil, "stablehlo.add")
			in := []*tensor.Buffer{tensor.New(tensor.F32, []int64{n, n}), tensor.New(tensor.F32, nil)}
			benchKernel(b, src, in, []*tensor.Buffer{tensor.New(tensor.F32, nil)})
		})
	}
}
