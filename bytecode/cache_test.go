package bytecode_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

type bytecodeModule struct{ m *stablehlo.Module }

func TestCache(t *testing.T) {
	parse := func(src string) *bytecodeModule {
		m, err := mlirtext.Parse([]byte(src), "c.mlir")
		if err != nil {
			t.Fatal(err)
		}
		return &bytecodeModule{m}
	}
	c := bytecode.NewCache(2)
	a1, a2 := parse(chain(3)), parse(chain(3))
	b := parse(chain(4))
	moved := parse(strings.Replace(chain(3), "%v0 = \"test.copy\"(%x) : (tensor<8xf32>) -> tensor<8xf32>", "%v0 = \"test.copy\"(%x) : (tensor<8xf32>) -> tensor<8xf32> loc(\"elsewhere.py\":1:1)", 1))
	steps := []struct {
		m    *bytecodeModule
		opts bytecode.Options
		hit  bool
		why  string
	}{
		{a1, bytecode.Options{}, false, "first compile"},
		{a2, bytecode.Options{}, true, "same text, another module object"},
		{a1, bytecode.Options{NoFold: true}, false, "other options"},
		{moved, bytecode.Options{}, false, "other locations (they reach error messages)"},
		{b, bytecode.Options{}, false, "other program; evicts the least recently used"},
		{a1, bytecode.Options{NoFold: true}, false, "evicted"},
	}
	var first *bytecode.Program
	for i, s := range steps {
		p, hit, err := c.Compile(s.m.m, s.opts)
		if err != nil {
			t.Fatal(err)
		}
		if hit != s.hit {
			t.Errorf("step %d (%s): hit %v, want %v", i, s.why, hit, s.hit)
		}
		if i == 0 {
			first = p
		}
		if i == 1 && p != first {
			t.Errorf("a hit returned another Program")
		}
	}
	if _, _, size := c.Stats(); size != 2 {
		t.Errorf("cache holds %d programs, want 2", size)
	}
	// Concurrent use.
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				if _, _, err := c.Compile(b.m, bytecode.Options{}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	// Errors are not cached.
	bad := parse("func.func @main() -> tensor<f32> {\n  %0 = \"test.nosuchop\"() : () -> tensor<f32>\n  return %0 : tensor<f32>\n}")
	for k := 0; k < 2; k++ {
		if _, hit, err := c.Compile(bad.m, bytecode.Options{}); err == nil || hit {
			t.Errorf("bad module: hit %v, error %v", hit, err)
		}
	}
}
