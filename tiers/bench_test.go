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

// fori10 is jax.lax.fori_loop(0, 10, lambda i, h: tanh(w @ h + xs[i]), h)
// over 64 floats as jax 0.12 lowers it: the loop's cost is its per-iteration
// overhead (rank-0 index arithmetic, dispatch), not its arithmetic.
const fori10 = `module @jit_fori10 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<10x64xf32>) -> (tensor<64xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0:5 = stablehlo.while(%iterArg = %arg0, %iterArg_1 = %arg2, %iterArg_2 = %c_0, %iterArg_3 = %c, %iterArg_4 = %arg1) : tensor<64x64xf32>, tensor<10x64xf32>, tensor<i32>, tensor<i32>, tensor<64xf32>
    cond {
      %c_5 = stablehlo.constant dense<10> : tensor<i32>
      %1 = stablehlo.compare LT, %iterArg_2, %c_5, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %1 : tensor<i1>
    } do {
      %c_5 = stablehlo.constant dense<1> : tensor<i32>
      %1 = stablehlo.add %iterArg_3, %c_5 : tensor<i32>
      %2 = stablehlo.dot_general %iterArg, %iterArg_4, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<64x64xf32>, tensor<64xf32>) -> tensor<64xf32>
      %3 = stablehlo.convert %iterArg_3 : tensor<i32>
      %c_6 = stablehlo.constant dense<0> : tensor<i32>
      %4 = stablehlo.compare LT, %3, %c_6, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_7 = stablehlo.constant dense<10> : tensor<i32>
      %5 = stablehlo.add %3, %c_7 : tensor<i32>
      %6 = stablehlo.select %4, %5, %3 : tensor<i1>, tensor<i32>
      %c_8 = stablehlo.constant dense<0> : tensor<i32>
      %c_9 = stablehlo.constant dense<0> : tensor<i32>
      %7 = stablehlo.compare LT, %c_8, %c_9, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_10 = stablehlo.constant dense<0> : tensor<i32>
      %c_11 = stablehlo.constant dense<64> : tensor<i32>
      %8 = stablehlo.add %c_10, %c_11 : tensor<i32>
      %c_12 = stablehlo.constant dense<0> : tensor<i32>
      %9 = stablehlo.select %7, %8, %c_12 : tensor<i1>, tensor<i32>
      %10 = stablehlo.dynamic_slice %iterArg_1, %6, %9, sizes = [1, 64] : (tensor<10x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
      %11 = stablehlo.reshape %10 : (tensor<1x64xf32>) -> tensor<64xf32>
      %12 = stablehlo.add %2, %11 : tensor<64xf32>
      %13 = stablehlo.tanh %12 : tensor<64xf32>
      %c_13 = stablehlo.constant dense<1> : tensor<i32>
      %14 = stablehlo.add %iterArg_2, %c_13 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_1, %14, %1, %13 : tensor<64x64xf32>, tensor<10x64xf32>, tensor<i32>, tensor<i32>, tensor<64xf32>
    }
    return %0#4 : tensor<64xf32>
  }
}`

func benchFori(b *testing.B, tier engine.Tier) {
	_, p, _, err := engine.Build([]byte(fori10), engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	exe, err := tier.Prepare(p)
	if err != nil {
		b.Fatal(err)
	}
	defer Unwatch(p)
	w := tensor.New(tensor.F32, []int64{64, 64})
	h := tensor.New(tensor.F32, []int64{64})
	xs := tensor.New(tensor.F32, []int64{10, 64})
	s := exe.NewSession(vm.Options{})
	for i := 0; i < 3; i++ {
		if _, _, err := s.Run(context.Background(), []*tensor.Buffer{w, h, xs}); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := s.Run(context.Background(), []*tensor.Buffer{w, h, xs}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFori10Tier0(b *testing.B) { benchFori(b, engine.Interp) }
func BenchmarkFori10Fused(b *testing.B) { benchFori(b, &Tier{Threshold: 0, Set: true}) }
