package structural

import (
	"fmt"
	"math/rand"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// TestConcurrentKernels runs each kernel from many goroutines at once (as
// one compiled program serving several callers does) and checks every run
// gives the single-goroutine answer. Run under -race it also checks that
// kernels keep no mutable state from build time.
func TestConcurrentKernels(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	type tc struct {
		name string
		src  string
		args []*tensor.Buffer
		outs func() []*tensor.Buffer
	}
	sortSrc := `func.func @main(%k: tensor<40x30xf32>, %v: tensor<40x30xi32>) -> (tensor<40x30xf32>, tensor<40x30xi32>) {
  %r:2 = "stablehlo.sort"(%k, %v) ({` + jaxFloatComparator + `
  }) {dimension = 1 : i64, is_stable = true} : (tensor<40x30xf32>, tensor<40x30xi32>) -> (tensor<40x30xf32>, tensor<40x30xi32>)
  return %r#0, %r#1 : tensor<40x30xf32>, tensor<40x30xi32>
}`
	cases := []tc{
		{"sort_keyed", sortSrc, []*tensor.Buffer{randBuffer(r, tensor.F32, []int64{40, 30}), randBuffer(r, tensor.I32, []int64{40, 30})},
			func() []*tensor.Buffer {
				return []*tensor.Buffer{tensor.New(tensor.F32, []int64{40, 30}), tensor.New(tensor.I32, []int64{40, 30})}
			}},
		{"reduce_bf16_generic", reduceSrc(tensor.BF16, []int64{50, 40}, []int64{0}, []int64{40}, "stablehlo.add"),
			[]*tensor.Buffer{randBuffer(r, tensor.BF16, []int64{50, 40}), tensor.New(tensor.BF16, nil)},
			func() []*tensor.Buffer { return []*tensor.Buffer{tensor.New(tensor.BF16, []int64{40})} }},
		{"argmax", argSrc(tensor.F32, []int64{30, 20}, []int64{1}, []int64{30}, "GT", "FLOAT"),
			[]*tensor.Buffer{randBuffer(r, tensor.F32, []int64{30, 20}), randBuffer(r, tensor.I32, []int64{30, 20}), tensor.New(tensor.F32, nil), tensor.New(tensor.I32, nil)},
			func() []*tensor.Buffer {
				return []*tensor.Buffer{tensor.New(tensor.F32, []int64{30}), tensor.New(tensor.I32, []int64{30})}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := buildOnly(t, c.src)
			ctx := &interp.Ctx{Parallelism: 2}
			want := c.outs()
			if err := k(ctx, c.args, want); err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			errs := make(chan error, 16)
			for g := 0; g < 16; g++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					got := c.outs()
					if err := k(ctx, c.args, got); err != nil {
						errs <- err
						return
					}
					for i := range got {
						if err := compareBuffers(got[i], want[i], false); err != nil {
							errs <- fmt.Errorf("result %d: %v", i, err)
							return
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
		})
	}
}
