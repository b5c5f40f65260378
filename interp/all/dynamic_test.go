package all_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

func i64s(shape []int64, v ...int64) *tensor.Buffer {
	b := tensor.New(tensor.I64, shape)
	copy(tensor.View[int64](b), v)
	return b
}

func run1(t *testing.T, src string, args ...*tensor.Buffer) ([]int64, error) {
	t.Helper()
	m, err := mlirtext.Parse([]byte(src), "t.mlir")
	if err != nil {
		t.Fatal(err)
	}
	p, err := bytecode.Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	out, err := vm.Run(context.Background(), p, args)
	if err != nil {
		return nil, err
	}
	return tensor.View[int64](out[0]), nil
}

// The shape operands arrive as arguments, so the kernels read them at run
// time (the conformance files only have constants, read at build time).
func TestDynamicOpsRuntimeOperands(t *testing.T) {
	const pad = `
func.func @main(%x: tensor<2x2xi64>, %lo: tensor<2xi64>, %hi: tensor<2xi64>, %in: tensor<2xi64>) -> tensor<3x4xi64> {
  %p = stablehlo.constant dense<-1> : tensor<i64>
  %0 = stablehlo.dynamic_pad %x, %p, %lo, %hi, %in : (tensor<2x2xi64>, tensor<i64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<3x4xi64>
  return %0 : tensor<3x4xi64>
}`
	x := i64s([]int64{2, 2}, 1, 2, 3, 4)
	got, err := run1(t, pad, x, i64s([]int64{2}, 1, 0), i64s([]int64{2}, 0, 1), i64s([]int64{2}, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{-1, -1, -1, -1, 1, -1, 2, -1, 3, -1, 4, -1}; !slices.Equal(got, want) {
		t.Errorf("dynamic_pad: got %v, want %v", got, want)
	}
	// Same result shape, other padding: the values, not the build, decide.
	got, err = run1(t, pad, x, i64s([]int64{2}, 0, 1), i64s([]int64{2}, 1, 0), i64s([]int64{2}, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{-1, 1, -1, 2, -1, 3, -1, 4, -1, -1, -1, -1}; !slices.Equal(got, want) {
		t.Errorf("dynamic_pad: got %v, want %v", got, want)
	}

	// i32 shape operands with a negative (cropping) low padding.
	const padI32 = `
func.func @main(%x: tensor<2x2xi64>, %lo: tensor<2xi32>, %hi: tensor<2xi32>, %in: tensor<2xi32>) -> tensor<2x3xi64> {
  %p = stablehlo.constant dense<-1> : tensor<i64>
  %0 = stablehlo.dynamic_pad %x, %p, %lo, %hi, %in : (tensor<2x2xi64>, tensor<i64>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x3xi64>
  return %0 : tensor<2x3xi64>
}`
	i32s := func(v ...int32) *tensor.Buffer {
		b := tensor.New(tensor.I32, []int64{int64(len(v))})
		copy(tensor.View[int32](b), v)
		return b
	}
	got, err = run1(t, padI32, x, i32s(-1, 0), i32s(1, 0), i32s(0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{3, -1, 4, -1, -1, -1}; !slices.Equal(got, want) {
		t.Errorf("dynamic_pad with i32 operands: got %v, want %v", got, want)
	}

	const reshape = `
func.func @main(%x: tensor<2x2xi64>, %s: tensor<1xi64>) -> tensor<4xi64> {
  %0 = stablehlo.dynamic_reshape %x, %s : (tensor<2x2xi64>, tensor<1xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}`
	if got, err = run1(t, reshape, x, i64s([]int64{1}, 4)); err != nil || !slices.Equal(got, []int64{1, 2, 3, 4}) {
		t.Errorf("dynamic_reshape: got %v, %v", got, err)
	}
	// An output shape that disagrees with the static result type is an error.
	if _, err = run1(t, reshape, x, i64s([]int64{1}, 5)); err == nil || !strings.Contains(err.Error(), "does not match the result shape") {
		t.Errorf("dynamic_reshape to a wrong shape: error %v", err)
	}

	const gather = `
func.func @main(%x: tensor<3x2xi64>, %i: tensor<2x1xi64>, %s: tensor<2xi64>) -> tensor<2x2xi64> {
  %0 = "stablehlo.dynamic_gather"(%x, %i, %s) {
    dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>
  } : (tensor<3x2xi64>, tensor<2x1xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  return %0 : tensor<2x2xi64>
}`
	got, err = run1(t, gather, i64s([]int64{3, 2}, 1, 2, 3, 4, 5, 6), i64s([]int64{2, 1}, 2, 0), i64s([]int64{2}, 1, 2))
	if err != nil || !slices.Equal(got, []int64{5, 6, 1, 2}) {
		t.Errorf("dynamic_gather: got %v, %v", got, err)
	}
}

func TestDynamicResultShapeRefused(t *testing.T) {
	m, err := mlirtext.Parse([]byte(`
func.func @main(%x: tensor<2x2xi64>, %s: tensor<1xi64>) -> tensor<?xi64> {
  %0 = stablehlo.dynamic_reshape %x, %s : (tensor<2x2xi64>, tensor<1xi64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}`), "t.mlir")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bytecode.Compile(m); err == nil || !strings.Contains(err.Error(), "dynamic") {
		t.Errorf("compile error %v, want one about the dynamic shape", err)
	}
}
