package mlirtext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary text to the parser: it must return a module or an
// error, never panic (an internal error means a recovered runtime panic).
func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"module {}",
		"func.func @f(%a: tensor<2xf32>) -> tensor<2xf32> {\n  %0 = stablehlo.add %a, %a : tensor<2xf32>\n  return %0 : tensor<2xf32>\n}",
		`module attributes {x = dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>, y = array<i64: 1>, z = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>} {}`,
		`module attributes {x = dense<"0x0102"> : tensor<2xi8>, q = tensor<2x!quant.uniform<i8<-127:127>:f32:0, {1.0:2, 3.0}>>} {}`,
		"%0:2 = \"a.b\"() ({\n^bb0(%x: tensor<f32>):\n  \"a.c\"(%x) : (tensor<f32>) -> ()\n}) : () -> (i32, i32) loc(#l)\n#l = loc(\"f\":1:2)",
		"func.func @f() {\n %0 = stablehlo.reduce(%1 init: %2) applies stablehlo.add across dimensions = [0] : (tensor<2xf32>, tensor<f32>) -> tensor<f32>\n}",
		"func.func @f(%a: tensor<i32>) {\n %0:2 = stablehlo.while(%i = %a, %j = %a) : tensor<i32>, tensor<i32> cond {\n stablehlo.return %i : tensor<i32>\n } do {\n stablehlo.return %i, %j : tensor<i32>, tensor<i32>\n }\n return\n}",
		"{-# dialect_resources: { builtin: { r: \"0x0400000001\" } } #-}",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	// The corpus files (read at fuzz time, not copied): the first chunk of a few
	// files of each suite keeps the seed set small.
	if dir, err := filepath.Abs("../../../shared"); err == nil {
		for _, g := range []string{"corpus/*/*/module.mlir", "conformance/stablehlo-interpret/*.mlir", "conformance/stablehlo-vhlo/*.mlir", "conformance/stablehlo-testdata/[a-c]*.mlir"} {
			files, _ := filepath.Glob(filepath.Join(dir, g))
			for i, file := range files {
				if i >= 40 {
					break
				}
				b, err := os.ReadFile(file)
				if err == nil && len(b) < 64<<10 {
					f.Add(b)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := Parse(src, "fuzz.mlir")
		if err != nil {
			if strings.Contains(err.Error(), "internal parser error") {
				t.Fatalf("recovered runtime panic: %v", err)
			}
			if m != nil {
				t.Fatalf("module and error both returned")
			}
			return
		}
		if m == nil {
			t.Fatal("nil module without error")
		}
		mods, errs := ParseSplit(src, "fuzz.mlir")
		for i, e := range errs {
			if e != nil && strings.Contains(e.Error(), "internal parser error") {
				t.Fatalf("split chunk %d: %v", i, e)
			}
			_ = mods[i]
		}
	})
}

// BenchmarkParse parses every corpus module.mlir (JAX output), reporting MB/s.
func BenchmarkParse(b *testing.B) {
	dir := sharedDir(b)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus/*/*/module.mlir"))
	if len(files) == 0 {
		b.Skip("no corpus module.mlir files")
	}
	var srcs [][]byte
	total := 0
	for _, f := range files {
		s, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, s)
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, s := range srcs {
			if _, err := Parse(s, files[j]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseTiny is one eager-mode sized program (JAX compiles many).
func BenchmarkParseTiny(b *testing.B) {
	src := []byte(`module @jit_add attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3xf32>, %arg1: tensor<3xf32>) -> (tensor<3xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.add %arg0, %arg1 : tensor<3xf32>
    return %0 : tensor<3xf32>
  }
}
`)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(src, "tiny.mlir"); err != nil {
			b.Fatal(err)
		}
	}
}
