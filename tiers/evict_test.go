package tiers

import (
	"fmt"
	"testing"

	"github.com/hlovm/hlovm/engine"
)

func TestEvictionUnwatches(t *testing.T) {
	e := engine.New(engine.CacheConfig{MaxPrograms: 1})
	prog := func(c int) []byte {
		return fmt.Appendf(nil, `func.func @main(%%x: tensor<f32>) -> tensor<f32> {
  %%c = stablehlo.constant dense<%d.0> : tensor<f32>
  %%0 = stablehlo.add %%x, %%c : tensor<f32>
  return %%0 : tensor<f32>
}`, c)
	}
	a1, err := e.Compile(prog(1), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	Watch(a1.Program, 2)
	if ManagerOf(a1.Program) == nil {
		t.Fatal("no manager after Watch")
	}
	if _, err := e.Compile(prog(2), engine.Options{}); err != nil { // evicts a1
		t.Fatal(err)
	}
	if ManagerOf(a1.Program) != nil {
		t.Error("the evicted program's manager is still registered")
	}
}
