package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
)

func TestPrintReadsTextAndBytecode(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/while_fori")
	var outs []string
	for _, f := range []string{"module.mlir", "module.vhlo-1.20.0.bc", "module.vhlo-0.9.0.bc"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"print", filepath.Join(dir, f)}, &stdout, &stderr); code != 0 {
			t.Fatalf("print %s: exit %d: %s", f, code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "stablehlo.while") {
			t.Errorf("print %s: output lacks the while loop:\n%s", f, stdout.String())
		}
		outs = append(outs, stdout.String())
	}
	// Every form is the same program, so prints the same.
	for i := 1; i < len(outs); i++ {
		if outs[i] != outs[0] {
			t.Errorf("form %d prints differently from the text form:\n%s\nvs\n%s", i, outs[i], outs[0])
		}
	}
}

func TestPrintBadFileFails(t *testing.T) {
	tmp := t.TempDir()
	cases := map[string][]byte{
		"truncated.bc": []byte("ML\xEFR\x0d"),
		"garbage.mlir": []byte("func.func @f( {{{"),
	}
	for name, data := range cases {
		path := filepath.Join(tmp, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if code := run([]string{"print", path}, &stdout, &stderr); code == 0 {
			t.Errorf("%s: exit 0, want non-zero", name)
		}
		if !strings.Contains(stderr.String(), name) {
			t.Errorf("%s: error does not name the file: %q", name, stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"print", filepath.Join(tmp, "missing.mlir")}, &stdout, &stderr); code == 0 {
		t.Errorf("missing file: exit 0")
	}
}

func TestUnknownVerb(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"frobnicate"}, &stdout, &stderr); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}

func TestPassesPrintsTable(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2/while_fori")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"passes", filepath.Join(dir, "module.vhlo-1.20.0.bc")}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, w := range []string{"pass", "ops before", "ops after", "read", "normalize", "chlo", "simplify", "lower", "verify", "total"} {
		if !strings.Contains(out, w) {
			t.Errorf("table lacks %q:\n%s", w, out)
		}
	}
	// A bad file: the passes that ran, then the error naming the file.
	bad := filepath.Join(t.TempDir(), "bad.mlir")
	if err := os.WriteFile(bad, []byte("func.func @main() -> () {\n  stablehlo.outfeed_nope\n}"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"passes", bad}, &stdout, &stderr); code != 1 {
		t.Errorf("bad file: exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "bad.mlir") {
		t.Errorf("bad file: error does not name it: %q", stderr.String())
	}
}
