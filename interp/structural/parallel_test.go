package structural

import (
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// TestParallelPaths runs sizes large enough for the kernels to split work
// over goroutines and checks them against direct computations.
func TestParallelPaths(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	t.Run("gather_rows", func(t *testing.T) {
		table := randBuffer(r, tensor.F32, []int64{1000, 300})
		idx := tensor.New(tensor.I32, []int64{1000, 1})
		iv := tensor.View[int32](idx)
		for i := range iv {
			iv[i] = int32(r.Intn(1100) - 50) // some out of range: clamped
		}
		got := runMain(t, `func.func @main(%t: tensor<1000x300xf32>, %i: tensor<1000x1xi32>) -> tensor<1000x300xf32> {
  %0 = "stablehlo.gather"(%t, %i) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 300>} : (tensor<1000x300xf32>, tensor<1000x1xi32>) -> tensor<1000x300xf32>
  return %0 : tensor<1000x300xf32>
}`, table, idx)[0]
		tv, gv := tensor.View[float32](table), tensor.View[float32](got)
		for i, k := range iv {
			k = max(0, min(k, 999))
			for j := 0; j < 300; j++ {
				if gv[i*300+j] != tv[int(k)*300+j] {
					t.Fatalf("row %d (index %d) column %d wrong", i, iv[i], j)
				}
			}
		}
	})
	t.Run("reduce_all_blocked", func(t *testing.T) {
		n := int64(300000)
		in := randBuffer(r, tensor.F32, []int64{n})
		init := tensor.New(tensor.F32, nil)
		got := runMain(t, reduceSrc(tensor.F32, []int64{n}, []int64{0}, nil, "stablehlo.add"), in, init)[0]
		var want float64
		for _, v := range tensor.View[float32](in) {
			want += float64(v)
		}
		if g := float64(tensor.View[float32](got)[0]); !floatClose(g, want, 1e-6) {
			t.Fatalf("sum %v, want %v", g, want)
		}
		// Max is exact whatever the blocking.
		got = runMain(t, reduceSrc(tensor.F32, []int64{n}, []int64{0}, nil, "stablehlo.maximum"), in, init)[0]
		m := float32(0)
		for _, v := range tensor.View[float32](in) {
			m = max(m, v)
		}
		if tensor.View[float32](got)[0] != m {
			t.Fatalf("max %v, want %v", tensor.View[float32](got)[0], m)
		}
	})
	t.Run("reduce_rows_and_columns", func(t *testing.T) {
		in := randBuffer(r, tensor.I32, []int64{700, 600})
		init := tensor.New(tensor.I32, nil)
		for _, dim := range []int64{0, 1} {
			want := naiveReduce(in, []int64{dim}, tensor.I32, sv{}, func(a, b sv) sv { return applyBin(binAdd, tensor.I32, a, b) })
			got := runMain(t, reduceSrc(tensor.I32, []int64{700, 600}, []int64{dim}, want.Shape, "stablehlo.add"), in, init)[0]
			if err := compareBuffers(got, want, false); err != nil {
				t.Fatalf("dim %d: %v", dim, err)
			}
		}
	})
	t.Run("reduce_generic_bf16", func(t *testing.T) {
		in := randBuffer(r, tensor.BF16, []int64{300, 200})
		init := tensor.New(tensor.BF16, nil)
		for _, dim := range []int64{0, 1} {
			want := naiveReduce(in, []int64{dim}, tensor.BF16, sv{}, func(a, b sv) sv { return applyBin(binAdd, tensor.BF16, a, b) })
			got := runMain(t, reduceSrc(tensor.BF16, []int64{300, 200}, []int64{dim}, want.Shape, "stablehlo.add"), in, init)[0]
			if err := compareBuffers(got, want, false); err != nil {
				t.Fatalf("dim %d: %v", dim, err)
			}
		}
	})
	t.Run("scatter_add_split", func(t *testing.T) {
		// Many duplicate rows: every result element gets several updates.
		src := `func.func @main(%a: tensor<200x300xf32>, %i: tensor<3000x1xi32>, %u: tensor<3000x300xf32>) -> tensor<200x300xf32> {
  %0 = "stablehlo.scatter"(%a, %i, %u) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %s = stablehlo.add %x, %y : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) {scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>} : (tensor<200x300xf32>, tensor<3000x1xi32>, tensor<3000x300xf32>) -> tensor<200x300xf32>
  return %0 : tensor<200x300xf32>
}`
		k := buildOnly(t, src)
		a := randBuffer(r, tensor.F32, []int64{200, 300})
		idx := tensor.New(tensor.I32, []int64{3000, 1})
		for i := range tensor.View[int32](idx) {
			tensor.View[int32](idx)[i] = int32(r.Intn(210) - 5)
		}
		u := randBuffer(r, tensor.F32, []int64{3000, 300})
		serial, split := tensor.New(tensor.F32, a.Shape), tensor.New(tensor.F32, a.Shape)
		if err := k(&interp.Ctx{Parallelism: 1}, []*tensor.Buffer{a, idx, u}, []*tensor.Buffer{serial}); err != nil {
			t.Fatal(err)
		}
		if err := k(&interp.Ctx{Parallelism: 8}, []*tensor.Buffer{a, idx, u}, []*tensor.Buffer{split}); err != nil {
			t.Fatal(err)
		}
		if string(serial.Data) != string(split.Data) {
			t.Fatal("split scatter differs from the serial one")
		}
		// And against a direct computation.
		want := append([]float32(nil), tensor.View[float32](a)...)
		for i, row := range tensor.View[int32](idx) {
			if row < 0 || row >= 200 {
				continue
			}
			for j := 0; j < 300; j++ {
				want[int(row)*300+j] += tensor.View[float32](u)[i*300+j]
			}
		}
		for i, v := range tensor.View[float32](serial) {
			if v != want[i] {
				t.Fatalf("element %d = %v, want %v", i, v, want[i])
			}
		}
	})
	t.Run("transpose_big", func(t *testing.T) {
		in := randBuffer(r, tensor.F32, []int64{600, 700})
		got := runMain(t, `func.func @main(%a: tensor<600x700xf32>) -> tensor<700x600xf32> {
  %0 = stablehlo.transpose %a, dims = [1, 0] : (tensor<600x700xf32>) -> tensor<700x600xf32>
  return %0 : tensor<700x600xf32>
}`, in)[0]
		iv, gv := tensor.View[float32](in), tensor.View[float32](got)
		for i := 0; i < 600; i++ {
			for j := 0; j < 700; j++ {
				if gv[j*600+i] != iv[i*700+j] {
					t.Fatalf("element (%d,%d) wrong", i, j)
				}
			}
		}
	})
}
