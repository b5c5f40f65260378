package main

import (
	"fmt"
	"testing"
)

// BenchmarkCompile measures what an eager JAX op costs the plugin: a tiny
// program read and compiled (miss: distinct bytes each time) or found in the
// cache (hit).
func BenchmarkCompile(b *testing.B) {
	prog := func(i int) []byte {
		return fmt.Appendf(nil, `func.func @main(%%a: tensor<4xf32>) -> tensor<4xf32> {
  %%c = stablehlo.constant dense<%d.0> : tensor<4xf32>
  %%0 = stablehlo.add %%a, %%c : tensor<4xf32>
  return %%0 : tensor<4xf32>
}`, i)
	}
	b.Run("miss", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := compileProgram(prog(1_000_000 + i)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("hit", func(b *testing.B) {
		code := prog(1)
		if _, err := compileProgram(code); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := compileProgram(code); err != nil {
				b.Fatal(err)
			}
		}
	})
}
