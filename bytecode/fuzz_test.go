package bytecode_test

import (
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// FuzzCompile: whatever module the parser accepts, Compile returns a verified
// program or an error, never an internal error (a recovered panic or a program
// failing verification).
func FuzzCompile(f *testing.F) {
	f.Add(regionsSrc)
	f.Add(chain(3))
	f.Add(`func.func @main(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %t = stablehlo.tuple %x, %x : tuple<tensor<2xf32>, tensor<2xf32>>
  %a = stablehlo.get_tuple_element %t[1] : (tuple<tensor<2xf32>, tensor<2xf32>>) -> tensor<2xf32>
  %o:2 = stablehlo.optimization_barrier %a, %x : tensor<2xf32>, tensor<2xf32>
  return %o#0, %o#1 : tensor<2xf32>, tensor<2xf32>
}`)
	f.Fuzz(func(t *testing.T, src string) {
		m, err := mlirtext.Parse([]byte(src), "fuzz.mlir")
		if err != nil {
			return
		}
		for _, lenient := range []bool{false, true} {
			p, err := bytecode.CompileWith(m, bytecode.Options{Lenient: lenient})
			if err != nil {
				if strings.Contains(err.Error(), "internal error") {
					t.Fatalf("compile: %v", err)
				}
				continue
			}
			if err := p.Verify(); err != nil {
				t.Fatalf("verify: %v", err)
			}
			_ = p.Disassemble()
		}
	})
}
