package tiers

import (
	"context"
	"testing"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// chain is an element-wise chain over 4M floats, as JAX writes
// x*0.5 + tanh(x) ... (scalar constants broadcast).
const chain = `
func.func @main(%x: tensor<4194304xf32>) -> tensor<4194304xf32> {
  %h = stablehlo.constant dense<0.5> : tensor<f32>
  %hb = stablehlo.broadcast_in_dim %h, dims = [] : (tensor<f32>) -> tensor<4194304xf32>
  %0 = stablehlo.multiply %x, %hb : tensor<4194304xf32>
  %1 = stablehlo.add %0, %x : tensor<4194304xf32>
  %2 = stablehlo.multiply %1, %1 : tensor<4194304xf32>
  %3 = stablehlo.subtract %2, %hb : tensor<4194304xf32>
  %4 = stablehlo.maximum %3, %x : tensor<4194304xf32>
  %5 = stablehlo.multiply %4, %hb : tensor<4194304xf32>
  %6 = stablehlo.add %5, %0 : tensor<4194304xf32>
  %7 = stablehlo.negate %6 : tensor<4194304xf32>
  %8 = stablehlo.abs %7 : tensor<4194304xf32>
  %9 = stablehlo.add %8, %hb : tensor<4194304xf32>
  return %9 : tensor<4194304xf32>
}`

func benchChain(b *testing.B, tier engine.Tier) {
	_, p, _, err := engine.Build([]byte(chain), engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	exe, err := tier.Prepare(p)
	if err != nil {
		b.Fatal(err)
	}
	defer Unwatch(p)
	x := tensor.New(tensor.F32, []int64{4194304})
	s := exe.NewSession(vm.Options{})
	for i := 0; i < 3; i++ { // warm: promotion happens here on tier 1
		if _, _, err := s.Run(context.Background(), []*tensor.Buffer{x}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(4 * 4194304 * 2)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := s.Run(context.Background(), []*tensor.Buffer{x}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChainTier0(b *testing.B) { benchChain(b, engine.Interp) }
func BenchmarkChainFused(b *testing.B) { benchChain(b, &Tier{Threshold: 0, Set: true}) }
