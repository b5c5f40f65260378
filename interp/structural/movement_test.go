package structural

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// runMain parses src, runs @main on the inputs and returns its results.
func runMain(t testing.TB, src string, inputs ...*tensor.Buffer) []*tensor.Buffer {
	t.Helper()
	m, err := parseModule(src)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	out, err := newMiniVM(m).call("main", inputs)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, src)
	}
	return out
}

// runCheck runs a module whose @main has no arguments and checks with
// check.expect_eq_const; it fails when no check ran.
func runCheck(t *testing.T, src string) {
	t.Helper()
	m, err := parseModule(src)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	vm := newMiniVM(m)
	if _, err := vm.call("main", nil); err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	if vm.checks == 0 {
		t.Fatalf("no check ran")
	}
}

func randBuffer(r *rand.Rand, d tensor.DType, shape []int64) *tensor.Buffer {
	b := tensor.New(d, shape)
	st := storer(d)
	for i := int64(0); i < b.NumElements(); i++ {
		var v sv
		switch {
		case d.IsFloat():
			v.f = float64(r.Intn(2001)-1000) / 64
		case d.IsComplex():
			v.c = complex(float64(r.Intn(200)-100), float64(r.Intn(200)-100))
		default:
			v.i = r.Int63()
		}
		st(b.Data, i, v)
	}
	return b
}

func typeStr(d tensor.DType, shape []int64) string {
	return stablehlo.Tensor(d, shape...).String()
}

func ints2s(v []int64) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}

// unravel converts a linear index to a multi-index.
func unravel(i int64, shape []int64) []int64 {
	idx := make([]int64, len(shape))
	for k := len(shape) - 1; k >= 0; k-- {
		if shape[k] > 0 {
			idx[k] = i % shape[k]
			i /= shape[k]
		}
	}
	return idx
}

func ravel(idx, shape []int64) int64 {
	var off int64
	for k := range shape {
		off = off*shape[k] + idx[k]
	}
	return off
}

func elemEqual(a, b *tensor.Buffer, i, j int64) bool {
	es := int64(a.DType.StorageSize())
	return string(a.Data[i*es:(i+1)*es]) == string(b.Data[j*es:(j+1)*es])
}

func TestTransposeRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	dts := []tensor.DType{tensor.F32, tensor.U8, tensor.I16, tensor.C128, tensor.F64}
	shapes := [][]int64{{3, 5}, {70, 45}, {2, 3, 4}, {33, 1, 40}, {2, 3, 4, 5}, {64, 64}, {5}, {}}
	for _, shape := range shapes {
		for _, d := range dts {
			perm := r.Perm(len(shape))
			p64 := make([]int64, len(perm))
			out := make([]int64, len(perm))
			for i, p := range perm {
				p64[i] = int64(p)
				out[i] = shape[p]
			}
			src := fmt.Sprintf(`func.func @main(%%a: %s) -> %s {
  %%0 = stablehlo.transpose %%a, dims = [%s] : (%s) -> %s
  return %%0 : %s
}`, typeStr(d, shape), typeStr(d, out), ints2s(p64), typeStr(d, shape), typeStr(d, out), typeStr(d, out))
			in := randBuffer(r, d, shape)
			got := runMain(t, src, in)[0]
			for i := int64(0); i < got.NumElements(); i++ {
				oi := unravel(i, out)
				ii := make([]int64, len(shape))
				for k, p := range perm {
					ii[p] = oi[k]
				}
				if !elemEqual(got, in, i, ravel(ii, shape)) {
					t.Fatalf("transpose %v perm %v %v: element %v wrong", shape, perm, d, oi)
				}
			}
		}
	}
}

func TestDataMovement(t *testing.T) {
	cases := []struct{ name, body string }{
		{"broadcast_in_dim", `
  %a = stablehlo.constant dense<[[1], [2]]> : tensor<2x1xi32>
  %r = stablehlo.broadcast_in_dim %a, dims = [0, 2] : (tensor<2x1xi32>) -> tensor<2x3x2xi32>
  check.expect_eq_const %r, dense<[[[1, 1], [1, 1], [1, 1]], [[2, 2], [2, 2], [2, 2]]]> : tensor<2x3x2xi32>`},
		{"broadcast_scalar_bf16", `
  %a = stablehlo.constant dense<1.5> : tensor<bf16>
  %r = stablehlo.broadcast_in_dim %a, dims = [] : (tensor<bf16>) -> tensor<2x2xbf16>
  check.expect_eq_const %r, dense<1.5> : tensor<2x2xbf16>`},
		{"reshape", `
  %a = stablehlo.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi8>
  %r = stablehlo.reshape %a : (tensor<2x3xi8>) -> tensor<3x2xi8>
  check.expect_eq_const %r, dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi8>`},
		{"slice_strided", `
  %a = stablehlo.constant dense<[[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14]]> : tensor<3x5xi64>
  %r = stablehlo.slice %a [0:3:2, 1:5:3] : (tensor<3x5xi64>) -> tensor<2x2xi64>
  check.expect_eq_const %r, dense<[[1, 4], [11, 14]]> : tensor<2x2xi64>`},
		{"reverse", `
  %a = stablehlo.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xui16>
  %r = stablehlo.reverse %a, dims = [0, 1] : tensor<2x3xui16>
  check.expect_eq_const %r, dense<[[6, 5, 4], [3, 2, 1]]> : tensor<2x3xui16>`},
		{"concatenate", `
  %a = stablehlo.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %b = stablehlo.constant dense<[[5], [6]]> : tensor<2x1xi32>
  %r = stablehlo.concatenate %a, %b, %a, dim = 1 : (tensor<2x2xi32>, tensor<2x1xi32>, tensor<2x2xi32>) -> tensor<2x5xi32>
  check.expect_eq_const %r, dense<[[1, 2, 5, 1, 2], [3, 4, 6, 3, 4]]> : tensor<2x5xi32>`},
		{"pad_interior_negative", `
  %a = stablehlo.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %p = stablehlo.constant dense<0> : tensor<i32>
  %r = stablehlo.pad %a, %p, low = [0, -1], high = [1, -1], interior = [1, 2] : (tensor<2x3xi32>, tensor<i32>) -> tensor<4x5xi32>
  check.expect_eq_const %r, dense<[[0, 0, 2, 0, 0], [0, 0, 0, 0, 0], [0, 0, 5, 0, 0], [0, 0, 0, 0, 0]]> : tensor<4x5xi32>`},
		{"pad_all_negative", `
  %a = stablehlo.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %p = stablehlo.constant dense<9> : tensor<i32>
  %r = stablehlo.pad %a, %p, low = [-2], high = [1], interior = [0] : (tensor<4xi32>, tensor<i32>) -> tensor<3xi32>
  check.expect_eq_const %r, dense<[3, 4, 9]> : tensor<3xi32>`},
		{"pad_bool", `
  %a = stablehlo.constant dense<[true, true]> : tensor<2xi1>
  %p = stablehlo.constant dense<false> : tensor<i1>
  %r = stablehlo.pad %a, %p, low = [1], high = [1], interior = [1] : (tensor<2xi1>, tensor<i1>) -> tensor<5xi1>
  check.expect_eq_const %r, dense<[false, true, false, true, false]> : tensor<5xi1>`},
		{"dynamic_slice_clamped", `
  %a = stablehlo.constant dense<[[0, 1, 2], [3, 4, 5], [6, 7, 8]]> : tensor<3x3xi32>
  %i = stablehlo.constant dense<-5> : tensor<i64>
  %j = stablehlo.constant dense<7> : tensor<ui8>
  %r = stablehlo.dynamic_slice %a, %i, %j, sizes = [2, 2] : (tensor<3x3xi32>, tensor<i64>, tensor<ui8>) -> tensor<2x2xi32>
  check.expect_eq_const %r, dense<[[1, 2], [4, 5]]> : tensor<2x2xi32>`},
		{"dynamic_update_slice_clamped", `
  %a = stablehlo.constant dense<[[0, 1, 2], [3, 4, 5], [6, 7, 8]]> : tensor<3x3xf32>
  %u = stablehlo.constant dense<[[-1.0, -2.0]]> : tensor<1x2xf32>
  %i = stablehlo.constant dense<9> : tensor<i32>
  %j = stablehlo.constant dense<-1> : tensor<i32>
  %r = stablehlo.dynamic_update_slice %a, %u, %i, %j : (tensor<3x3xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<3x3xf32>
  check.expect_eq_const %r, dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [-1.0, -2.0, 8.0]]> : tensor<3x3xf32>`},
		{"zero_sized", `
  %a = stablehlo.constant dense<> : tensor<0x3xf32>
  %r = stablehlo.transpose %a, dims = [1, 0] : (tensor<0x3xf32>) -> tensor<3x0xf32>
  %p = stablehlo.constant dense<2.0> : tensor<f32>
  %q = stablehlo.pad %r, %p, low = [0, 1], high = [0, 1], interior = [0, 0] : (tensor<3x0xf32>, tensor<f32>) -> tensor<3x2xf32>
  check.expect_eq_const %q, dense<2.0> : tensor<3x2xf32>`},
		{"get_dimension_size", `
  %a = stablehlo.constant dense<0.0> : tensor<2x7xf32>
  %r = stablehlo.get_dimension_size %a, dim = 1 : (tensor<2x7xf32>) -> tensor<i32>
  check.expect_eq_const %r, dense<7> : tensor<i32>`},
		{"complex_slice", `
  %a = stablehlo.constant dense<[(1.0, 2.0), (3.0, 4.0), (5.0, 6.0)]> : tensor<3xcomplex<f64>>
  %r = stablehlo.slice %a [1:3] : (tensor<3xcomplex<f64>>) -> tensor<2xcomplex<f64>>
  check.expect_eq_const %r, dense<[(3.0, 4.0), (5.0, 6.0)]> : tensor<2xcomplex<f64>>`},
		{"i4_reverse", `
  %a = stablehlo.constant dense<[-8, 7, -1]> : tensor<3xi4>
  %r = stablehlo.reverse %a, dims = [0] : tensor<3xi4>
  check.expect_eq_const %r, dense<[-1, 7, -8]> : tensor<3xi4>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			runCheck(t, "func.func @main() {"+c.body+"\n  func.return\n}")
		})
	}
}

// TestBuildErrors: bad attributes are errors naming the reason, not panics.
func TestBuildErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"transpose_perm", `func.func @main(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = "stablehlo.transpose"(%a) {permutation = array<i64: 0, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}`, "permutation"},
		{"slice_bounds", `func.func @main(%a: tensor<4xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.slice"(%a) {start_indices = array<i64: 3>, limit_indices = array<i64: 5>, strides = array<i64: 1>} : (tensor<4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}`, "bad slice"},
		{"reduce_dims", `func.func @main(%a: tensor<4xf32>, %i: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.reduce"(%a, %i) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %s = stablehlo.add %x, %y : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) {dimensions = array<i64: 3>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}`, "bad dimensions"},
		{"transpose_rank", `func.func @main(%a: tensor<2x3xf32>) -> tensor<6xf32> {
  %0 = "stablehlo.transpose"(%a) {permutation = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}`, "rank"},
		{"slice_rank", `func.func @main(%a: tensor<4x4xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.slice"(%a) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 2, 1>, strides = array<i64: 1, 1>} : (tensor<4x4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}`, "rank"},
		{"pad_rank", `func.func @main(%a: tensor<4x4xf32>, %p: tensor<f32>) -> tensor<16xf32> {
  %0 = "stablehlo.pad"(%a, %p) {edge_padding_low = array<i64: 0, 0>, edge_padding_high = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>} : (tensor<4x4xf32>, tensor<f32>) -> tensor<16xf32>
  return %0 : tensor<16xf32>
}`, "rank"},
		{"scatter_result_shape", `func.func @main(%a: tensor<4xf32>, %i: tensor<1x1xi32>, %u: tensor<1xf32>) -> tensor<5xf32> {
  %0 = "stablehlo.scatter"(%a, %i, %u) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    stablehlo.return %y : tensor<f32>
  }) {scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>} : (tensor<4xf32>, tensor<1x1xi32>, tensor<1xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}`, "must agree"},
		{"gather_offset_dims", `func.func @main(%a: tensor<3x2xf32>, %i: tensor<4x1xi32>) -> tensor<4x2xf32> {
  %0 = "stablehlo.gather"(%a, %i) {dimension_numbers = #stablehlo.gather<offset_dims = [7], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2>} : (tensor<3x2xf32>, tensor<4x1xi32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}`, "offset dim"},
		{"reduce_window_rank", `func.func @main(%a: tensor<4x4xf32>, %i: tensor<f32>) -> tensor<3xf32> {
  %0 = "stablehlo.reduce_window"(%a, %i) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %s = stablehlo.add %x, %y : tensor<f32>
    stablehlo.return %s : tensor<f32>
  }) {window_dimensions = array<i64: 2, 2>} : (tensor<4x4xf32>, tensor<f32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}`, "rank"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := parseModule(c.src)
			if err != nil {
				t.Skipf("parser rejects the malformed op: %v", err)
			}
			var op *stablehlo.Op
			for _, o := range m.Func("main").Body().Ops {
				if interp.Has(o.Name) {
					op = o
				}
			}
			_, err = interp.Build(op, miniEnv{newMiniVM(m)})
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "internal error") {
				t.Fatalf("got error %v, want one containing %q", err, c.want)
			}
		})
	}
}
