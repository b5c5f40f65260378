package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/tensor"
)

func TestDisListsBytecode(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/while_fori")
	for _, f := range []string{"module.mlir", "module.vhlo-1.20.0.bc"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"dis", filepath.Join(dir, f)}, &stdout, &stderr); code != 0 {
			t.Fatalf("dis %s: exit %d: %s", f, code, stderr.String())
		}
		for _, want := range []string{"WHILE", "while.body", "KERNEL stablehlo.add", "ENTER", "dies{"} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("dis %s: listing lacks %q:\n%s", f, want, stdout.String())
			}
		}
	}
}

func TestRunMatchesXLA(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/while_fori")
	out := filepath.Join(t.TempDir(), "out.npz")
	var stdout, stderr bytes.Buffer
	args := []string{"run", filepath.Join(dir, "module.vhlo-1.20.0.bc"), "--inputs", filepath.Join(dir, "io.npz"), "--outputs", out, "--profile"}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"out0: f32[] = [", "profile:", "stablehlo.multiply", "peak"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	got, err := npz.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := npz.ReadFile(filepath.Join(dir, "io.npz"))
	if err != nil {
		t.Fatal(err)
	}
	var want *npz.Array
	for _, a := range ref {
		if a.Name == "out0" {
			want = a
		}
	}
	g, _ := got[0].Buffer(tensor.F32)
	w, _ := want.Buffer(tensor.F32)
	gv, wv := tensor.View[float32](g)[0], tensor.View[float32](w)[0]
	if d := gv - wv; d > 1e-5*wv || d < -1e-5*wv {
		t.Errorf("run gives %v, XLA %v", gv, wv)
	}
}

func TestRunErrors(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/while_fori")
	tmp := t.TempDir()
	noargs := filepath.Join(tmp, "f.mlir")
	if err := os.WriteFile(noargs, []byte(`func.func @main() -> tensor<2xf32> {
  %0 = stablehlo.constant dense<[1.5, 2.0]> : tensor<2xf32>
  %1 = stablehlo.add %0, %0 : tensor<2xf32>
  return %1 : tensor<2xf32>
}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"run", filepath.Join(dir, "module.mlir")}, 1, "takes 2 arguments; give them with --inputs"},
		{[]string{"run"}, 2, "want exactly one FILE"},
		{[]string{"run", noargs}, 0, "out0: f32[2] = [3, 4]"},
		{[]string{"run", filepath.Join(tmp, "missing.mlir")}, 1, "missing.mlir"},
	}
	for _, tc := range tests {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, &stdout, &stderr)
		if code != tc.code || !strings.Contains(stdout.String()+stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, output %q; want exit %d and %q", tc.args, code, stdout.String()+stderr.String(), tc.code, tc.want)
		}
	}
}

func TestConformVerb(t *testing.T) {
	dir := shareddata.Dir(t, "conformance/stablehlo-interpret")
	var stdout, stderr bytes.Buffer
	code := run([]string{"conform", "-v", filepath.Join(dir, "while.mlir"), filepath.Join(dir, "all_reduce.mlir")}, &stdout, &stderr)
	if code != 0 || !strings.Contains(stdout.String(), "conformance: 1 passed, 0 failed, 1 skipped") || !strings.Contains(stdout.String(), "SKIP all_reduce.mlir#0: collective") {
		t.Errorf("exit %d:\n%s%s", code, stdout.String(), stderr.String())
	}
	bad := filepath.Join(t.TempDir(), "bad.mlir")
	if err := os.WriteFile(bad, []byte(`func.func @f() {
  %a = stablehlo.constant dense<1> : tensor<i32>
  check.expect_eq_const %a, dense<2> : tensor<i32>
  func.return
}`), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	code = run([]string{"conform", bad}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stdout.String(), "FAIL bad.mlir#0: @f: check.expect_eq_const") || !strings.Contains(stdout.String(), "conformance: 0 passed, 1 failed, 0 skipped") {
		t.Errorf("exit %d:\n%s", code, stdout.String())
	}
}
