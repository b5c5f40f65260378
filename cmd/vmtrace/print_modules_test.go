package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPrintSeveralModules(t *testing.T) {
	tmp := t.TempDir()
	src := `module @first {
  func.func @main() -> tensor<i32> {
    %0 = stablehlo.constant dense<1> : tensor<i32>
    return %0 : tensor<i32>
  }
}

// -----

module @second {
  func.func @main() -> tensor<f32> {
    %0 = stablehlo.constant dense<2.0> : tensor<f32>
    return %0 : tensor<f32>
  }
}
`
	path := filepath.Join(tmp, "two.mlir")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"print", path}, &out, &errb); code != 0 {
		t.Fatalf("print: exit %d: %s", code, errb.String())
	}
	got := out.String()
	i, j := strings.Index(got, "module @first"), strings.Index(got, "module @second")
	if i < 0 || j < i || !strings.Contains(got[i:j], "// -----") {
		t.Fatalf("want both modules in order, split by // -----; got\n%s", got)
	}
	// The output reads back the same way.
	again := filepath.Join(tmp, "again.mlir")
	if err := os.WriteFile(again, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var out2 bytes.Buffer
	if code := run([]string{"print", again}, &out2, &errb); code != 0 || out2.String() != got {
		t.Fatalf("print of the printed file: exit %d, %s\n%s", code, errb.String(), out2.String())
	}

	// A broken chunk is reported with its line in the whole file.
	bad := strings.Replace(src, "dense<2.0>", "dense<2.0", 1)
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	if code := run([]string{"print", path}, &out, &errb); code == 0 || !strings.Contains(errb.String(), "two.mlir:12:") {
		t.Fatalf("broken second module: exit %d, stderr %q", code, errb.String())
	}
}
