package structural

import (
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// buildOnly parses src and builds the kernel of its first registered op.
func buildOnly(t *testing.T, src string) interp.Kernel {
	t.Helper()
	m, err := parseModule(src)
	if err != nil {
		t.Fatal(err)
	}
	var op *stablehlo.Op
	for _, o := range m.Func("main").Body().Ops {
		if op == nil && interp.Has(o.Name) {
			op = o
		}
	}
	k, err := interp.Build(op, miniEnv{newMiniVM(m)})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func i32s(shape []int64, v ...int32) *tensor.Buffer {
	b := tensor.New(tensor.I32, shape)
	copy(tensor.View[int32](b), v)
	return b
}

// TestInPlaceAliasing: the ops declared in-place give the same result when
// result 0 shares storage with any argument of its size, as the VM may do.
func TestInPlaceAliasing(t *testing.T) {
	dus := buildOnly(t, `func.func @main(%a: tensor<4xi32>, %u: tensor<4xi32>, %i: tensor<i32>) -> tensor<4xi32> {
  %0 = stablehlo.dynamic_update_slice %a, %u, %i : (tensor<4xi32>, tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}`)
	dus1 := buildOnly(t, `func.func @main(%a: tensor<1xi32>, %u: tensor<1xi32>, %i: tensor<i32>) -> tensor<1xi32> {
  %0 = stablehlo.dynamic_update_slice %a, %u, %i : (tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1xi32>
  return %0 : tensor<1xi32>
}`)
	sc := buildOnly(t, `func.func @main(%a: tensor<4xi32>, %i: tensor<4x1xi32>, %u: tensor<4xi32>) -> tensor<4xi32> {
  %0 = "stablehlo.scatter"(%a, %i, %u) ({
  ^bb0(%x: tensor<i32>, %y: tensor<i32>):
    %s = stablehlo.add %x, %y : tensor<i32>
    stablehlo.return %s : tensor<i32>
  }) {scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>} : (tensor<4xi32>, tensor<4x1xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}`)
	ctx := &interp.Ctx{Parallelism: 1}
	type tc struct {
		name  string
		k     interp.Kernel
		args  func() []*tensor.Buffer
		alias int
	}
	cases := []tc{
		{"dus_operand", dus, func() []*tensor.Buffer {
			return []*tensor.Buffer{i32s([]int64{4}, 1, 2, 3, 4), i32s([]int64{4}, 5, 6, 7, 8), i32s(nil, 2)}
		}, 0},
		{"dus_update", dus, func() []*tensor.Buffer {
			return []*tensor.Buffer{i32s([]int64{4}, 1, 2, 3, 4), i32s([]int64{4}, 5, 6, 7, 8), i32s(nil, 2)}
		}, 1},
		{"dus1_index", dus1, func() []*tensor.Buffer {
			return []*tensor.Buffer{i32s([]int64{1}, 1), i32s([]int64{1}, 9), i32s(nil, 0)}
		}, 2},
		{"scatter_operand", sc, func() []*tensor.Buffer {
			return []*tensor.Buffer{i32s([]int64{4}, 1, 2, 3, 4), i32s([]int64{4, 1}, 3, 0, 0, 1), i32s([]int64{4}, 10, 20, 30, 40)}
		}, 0},
		{"scatter_indices", sc, func() []*tensor.Buffer {
			return []*tensor.Buffer{i32s([]int64{4}, 1, 2, 3, 4), i32s([]int64{4, 1}, 3, 0, 0, 1), i32s([]int64{4}, 10, 20, 30, 40)}
		}, 1},
		{"scatter_updates", sc, func() []*tensor.Buffer {
			return []*tensor.Buffer{i32s([]int64{4}, 1, 2, 3, 4), i32s([]int64{4, 1}, 3, 0, 0, 1), i32s([]int64{4}, 10, 20, 30, 40)}
		}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := c.args()
			want := tensor.New(args[0].DType, args[0].Shape)
			if err := c.k(ctx, args, []*tensor.Buffer{want}); err != nil {
				t.Fatal(err)
			}
			args = c.args()
			a := args[c.alias]
			got := &tensor.Buffer{DType: args[0].DType, Shape: args[0].Shape, Data: a.Data}
			if err := c.k(ctx, args, []*tensor.Buffer{got}); err != nil {
				t.Fatal(err)
			}
			if err := compareBuffers(got, want, false); err != nil {
				t.Fatal(err)
			}
		})
	}
}
