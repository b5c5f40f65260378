package structural

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
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

// BenchmarkSortJAX sorts rows of f32 with JAX's comparator (recognised as a
// key function): n rows of n elements.
func BenchmarkSortJAX(b *testing.B) {
	for _, n := range []int64{256, 1024} {
		b.Run(fmt.Sprintf("f32_%dx%d", n, n), func(b *testing.B) {
			ty := typeStr(tensor.F32, []int64{n, n})
			src := `func.func @main(%k: ` + ty + `, %v: ` + ty + `) -> ` + ty + ` {
  %r:2 = "stablehlo.sort"(%k, %v) ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %i1: tensor<f32>, %i2: tensor<f32>):` + jaxFloatComparator[strings.Index(jaxFloatComparator, "\n      %cst"):] + `
  }) {dimension = 1 : i64, is_stable = true} : (` + ty + `, ` + ty + `) -> (` + ty + `, ` + ty + `)
  return %r#0 : ` + ty + `
}`
			r := rand.New(rand.NewSource(1))
			in := []*tensor.Buffer{randBuffer(r, tensor.F32, []int64{n, n}), randBuffer(r, tensor.F32, []int64{n, n})}
			benchKernel(b, src, in, []*tensor.Buffer{tensor.New(tensor.F32, []int64{n, n}), tensor.New(tensor.F32, []int64{n, n})})
		})
	}
}

// BenchmarkGatherRows gathers n random rows of a 4096×256 f32 table
// (an embedding lookup).
func BenchmarkGatherRows(b *testing.B) {
	for _, n := range []int64{256, 4096, 65536} {
		b.Run(fmt.Sprintf("rows_%d", n), func(b *testing.B) {
			src := fmt.Sprintf(`func.func @main(%%t: tensor<4096x256xf32>, %%i: tensor<%dx1xi32>) -> tensor<%dx256xf32> {
  %%0 = "stablehlo.gather"(%%t, %%i) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 256>} : (tensor<4096x256xf32>, tensor<%dx1xi32>) -> tensor<%dx256xf32>
  return %%0 : tensor<%dx256xf32>
}`, n, n, n, n, n)
			idx := tensor.New(tensor.I32, []int64{n, 1})
			r := rand.New(rand.NewSource(2))
			for i, v := range tensor.View[int32](idx) {
				_ = v
				tensor.View[int32](idx)[i] = int32(r.Intn(4096))
			}
			out := tensor.New(tensor.F32, []int64{n, 256})
			benchKernel(b, src, []*tensor.Buffer{tensor.New(tensor.F32, []int64{4096, 256}), idx}, []*tensor.Buffer{out})
			b.SetBytes(int64(len(out.Data)))
		})
	}
}

// BenchmarkMaxPool is reduce_window max, 2×2 windows with stride 2, NHWC f32.
func BenchmarkMaxPool(b *testing.B) {
	for _, hw := range []int64{32, 64, 128} {
		b.Run(fmt.Sprintf("f32_8x%dx%dx64", hw, hw), func(b *testing.B) {
			in, out := []int64{8, hw, hw, 64}, []int64{8, hw / 2, hw / 2, 64}
			src := fmt.Sprintf(`func.func @main(%%a: %s, %%i: tensor<f32>) -> %s {
  %%0 = "stablehlo.reduce_window"(%%a, %%i) ({
  ^bb0(%%x: tensor<f32>, %%y: tensor<f32>):
    %%s = stablehlo.maximum %%x, %%y : tensor<f32>
    stablehlo.return %%s : tensor<f32>
  }) {window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>} : (%s, tensor<f32>) -> %s
  return %%0 : %s
}`, typeStr(tensor.F32, in), typeStr(tensor.F32, out), typeStr(tensor.F32, in), typeStr(tensor.F32, out), typeStr(tensor.F32, out))
			benchKernel(b, src, []*tensor.Buffer{tensor.New(tensor.F32, in), tensor.New(tensor.F32, nil)}, []*tensor.Buffer{tensor.New(tensor.F32, out)})
		})
	}
}

// BenchmarkScatterAddRows adds n rows of 256 f32 into a 4096×256 table at
// random row indices (an embedding gradient).
func BenchmarkScatterAddRows(b *testing.B) {
	for _, n := range []int64{256, 4096, 65536} {
		b.Run(fmt.Sprintf("rows_%d", n), func(b *testing.B) {
			src := fmt.Sprintf(`func.func @main(%%t: tensor<4096x256xf32>, %%i: tensor<%dx1xi32>, %%u: tensor<%dx256xf32>) -> tensor<4096x256xf32> {
  %%0 = "stablehlo.scatter"(%%t, %%i, %%u) ({
  ^bb0(%%x: tensor<f32>, %%y: tensor<f32>):
    %%s = stablehlo.add %%x, %%y : tensor<f32>
    stablehlo.return %%s : tensor<f32>
  }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>} : (tensor<4096x256xf32>, tensor<%dx1xi32>, tensor<%dx256xf32>) -> tensor<4096x256xf32>
  return %%0 : tensor<4096x256xf32>
}`, n, n, n, n)
			idx := tensor.New(tensor.I32, []int64{n, 1})
			r := rand.New(rand.NewSource(3))
			for i := range tensor.View[int32](idx) {
				tensor.View[int32](idx)[i] = int32(r.Intn(4096))
			}
			upd := tensor.New(tensor.F32, []int64{n, 256})
			benchKernel(b, src, []*tensor.Buffer{tensor.New(tensor.F32, []int64{4096, 256}), idx, upd}, []*tensor.Buffer{tensor.New(tensor.F32, []int64{4096, 256})})
			b.SetBytes(int64(len(upd.Data)))
		})
	}
}
