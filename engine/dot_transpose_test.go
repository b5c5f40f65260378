package engine

import (
	"context"
	"math"
	"testing"

	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// TestTransposedDotNumbers: the simplify pass turns transpose(dot(g, x))
// into dot(x, g); the answer must stay the transposed product.
func TestTransposedDotNumbers(t *testing.T) {
	src := []byte(`func.func @main(%g: tensor<8x3xf32>, %x: tensor<8x5xf32>) -> tensor<5x3xf32> {
  %d = stablehlo.dot_general %g, %x, contracting_dims = [0] x [0] : (tensor<8x3xf32>, tensor<8x5xf32>) -> tensor<3x5xf32>
  %t = stablehlo.transpose %d, dims = [1, 0] : (tensor<3x5xf32>) -> tensor<5x3xf32>
  return %t : tensor<5x3xf32>
}`)
	m, p, _, err := Build(src, Options{Name: "dt"})
	if err != nil {
		t.Fatal(err)
	}
	if n := countOps(m); n != 3 { // func, dot_general, return
		t.Fatalf("%d ops after simplify, want the transpose folded away", n)
	}
	g := tensor.New(tensor.F32, []int64{8, 3})
	x := tensor.New(tensor.F32, []int64{8, 5})
	gv, xv := tensor.View[float32](g), tensor.View[float32](x)
	for i := range gv {
		gv[i] = float32(i%7) - 2.5
	}
	for i := range xv {
		xv[i] = float32(i%5)*0.5 - 1
	}
	exe, err := Prepare(p)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := Run(context.Background(), exe, []*tensor.Buffer{g, x}, vm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := tensor.View[float32](out[0])
	for j := 0; j < 5; j++ {
		for i := 0; i < 3; i++ {
			var want float32
			for k := 0; k < 8; k++ {
				want += gv[k*3+i] * xv[k*5+j]
			}
			if d := math.Abs(float64(got[j*3+i] - want)); d > 1e-5 {
				t.Fatalf("out[%d,%d] = %v, want %v", j, i, got[j*3+i], want)
			}
		}
	}
}
