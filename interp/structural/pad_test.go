package structural

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

// TestPadRandom checks pad (negative edges, interior padding) against a
// direct reading of the spec.
func TestPadRandom(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	ran := 0
	for iter := 0; iter < 300; iter++ {
		rank := 1 + r.Intn(3)
		shape, lo, hi, in, out := make([]int64, rank), make([]int64, rank), make([]int64, rank), make([]int64, rank), make([]int64, rank)
		ok := true
		for k := range shape {
			shape[k] = int64(r.Intn(4))
			lo[k] = int64(r.Intn(7) - 3)
			hi[k] = int64(r.Intn(7) - 3)
			in[k] = int64(r.Intn(3))
			out[k] = lo[k] + hi[k] + shape[k]
			if shape[k] > 0 {
				out[k] += (shape[k] - 1) * in[k]
			}
			ok = ok && out[k] >= 0
		}
		if !ok {
			continue
		}
		d := []tensor.DType{tensor.I16, tensor.F32, tensor.C64}[iter%3]
		a := randBuffer(r, d, shape)
		pv := randBuffer(r, d, nil)
		src := fmt.Sprintf(`func.func @main(%%a: %s, %%p: tensor<%s>) -> %s {
  %%0 = stablehlo.pad %%a, %%p, low = [%s], high = [%s], interior = [%s] : (%s, tensor<%s>) -> %s
  return %%0 : %s
}`, typeStr(d, shape), d, typeStr(d, out), ints2s(lo), ints2s(hi), ints2s(in), typeStr(d, shape), d, typeStr(d, out), typeStr(d, out))
		got := runMain(t, src, a, pv)[0]
		ran++
		for o := int64(0); o < got.NumElements(); o++ {
			oi := unravel(o, out)
			ii := make([]int64, rank)
			inside := true
			for k := range oi {
				q := oi[k] - lo[k]
				if q < 0 || q%(in[k]+1) != 0 || q/(in[k]+1) >= shape[k] {
					inside = false
					break
				}
				ii[k] = q / (in[k] + 1)
			}
			var okElem bool
			if inside {
				okElem = elemEqual(got, a, o, ravel(ii, shape))
			} else {
				okElem = elemEqual(got, pv, o, 0)
			}
			if !okElem {
				t.Fatalf("pad %v lo %v hi %v interior %v: element %v wrong", shape, lo, hi, in, oi)
			}
		}
	}
	if ran < 50 {
		t.Fatalf("only %d random cases ran", ran)
	}
	t.Logf("%d random pads checked", ran)
}
