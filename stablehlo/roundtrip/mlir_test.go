package roundtrip_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/stablehlo/roundtrip"
)

// mlirScript reads every printed file with MLIR's own parser (jaxlib's bindings,
// all of JAX's dialects registered) and writes MLIR's pretty print of it to
// <name>.mlir.out, or its error message to <name>.mlir.err.
const mlirScript = `
import glob, os, sys
from jaxlib.mlir import ir
from jaxlib.mlir.dialects import stablehlo, chlo, sdy
from jaxlib.mlir._mlir_libs import _jax_mlir_ext
for f in sorted(glob.glob(os.path.join(sys.argv[1], '*.mlir'))):
    reg = ir.DialectRegistry()
    _jax_mlir_ext.register_dialects(reg)
    ctx = ir.Context()
    ctx.append_dialect_registry(reg)
    ctx.load_all_available_dialects()
    stablehlo.register_dialect(ctx)
    chlo.register_dialect(ctx)
    sdy.register_dialect(ctx)
    ctx.allow_unregistered_dialects = True
    with ctx:
        try:
            m = ir.Module.parse(open(f).read())
        except Exception as e:
            open(f + '.err', 'w').write(str(e))
            continue
        txt = m.operation.get_asm(enable_debug_info=f.endswith('.loc.mlir'), pretty_debug_info=False)
        open(f + '.out', 'w').write(txt)
`

// TestAgainstMLIR checks the printed text with MLIR itself: every program is
// printed (bytecode programs also with locations), MLIR parses and re-prints it,
// and our parser must read MLIR's print to a module Equal to ours — so the text
// means to MLIR what it means to us. It needs a Python with jaxlib:
// HLOVM_MLIR_PYTHON=/path/to/python go test ./stablehlo/roundtrip/ -run TestAgainstMLIR
// MLIR's rejections are logged, not failed: they come from the jaxlib version
// (ops newer than it, verifier rules that changed) and from the conformance
// suites' intentionally invalid programs.
func TestAgainstMLIR(t *testing.T) {
	python := os.Getenv("HLOVM_MLIR_PYTHON")
	if python == "" {
		t.Skip("set HLOVM_MLIR_PYTHON to a python with jaxlib installed to compare with MLIR's own parser")
	}
	shared, err := roundtrip.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	written := 0
	write := func(name string, m *stablehlo.Module, locs bool) {
		name = strings.NewReplacer("/", "__").Replace(name)
		if err := os.WriteFile(filepath.Join(dir, name+".mlir"), []byte(stablehlo.Print(m)), 0o644); err != nil {
			t.Fatal(err)
		}
		if locs {
			text := stablehlo.PrintWith(m, stablehlo.PrintOptions{Locations: true})
			if err := os.WriteFile(filepath.Join(dir, name+".loc.mlir"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		written++
	}
	var texts, bcs []string
	for _, pat := range []string{"corpus/*/*/module.mlir", "conformance/*/*.mlir"} {
		m, _ := filepath.Glob(filepath.Join(shared, pat))
		texts = append(texts, m...)
	}
	for _, pat := range []string{"corpus/*/*/module.mlirbc", "corpus/*/*/module.vhlo-*.bc", "conformance/stablehlo-vhlo/*.mlir.bc"} {
		m, _ := filepath.Glob(filepath.Join(shared, pat))
		bcs = append(bcs, m...)
	}
	for _, f := range texts {
		rel, _ := filepath.Rel(shared, f)
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		mods, errs := mlirtext.ParseSplit(src, rel)
		for i, m := range mods {
			if errs[i] == nil {
				write(fmt.Sprintf("%s.%d", rel, i), m, false)
			}
		}
	}
	for _, f := range bcs {
		rel, _ := filepath.Rel(shared, f)
		if m, err := load.File(f); err == nil {
			write(rel, m, true)
		}
	}
	script := filepath.Join(dir, "check.py")
	if err := os.WriteFile(script, []byte(mlirScript), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(python, script, dir).CombinedOutput(); err != nil {
		t.Fatalf("running MLIR through %s: %v\n%s", python, err, out)
	}
	printed, _ := filepath.Glob(filepath.Join(dir, "*.mlir"))
	sort.Strings(printed)
	agree, rejected := 0, 0
	for _, f := range printed {
		name := filepath.Base(f)
		if msg, err := os.ReadFile(f + ".err"); err == nil {
			rejected++
			t.Logf("MLIR rejects %s: %s", name, firstLine(string(msg)))
			continue
		}
		theirs, err := os.ReadFile(f + ".out")
		if err != nil {
			t.Errorf("%s: no output from MLIR", name)
			continue
		}
		ours, _ := os.ReadFile(f)
		a, err := mlirtext.Parse(ours, name)
		if err != nil {
			t.Errorf("%s: our printed text does not parse: %v", name, err)
			continue
		}
		b, err := mlirtext.Parse(theirs, "mlir-"+name)
		if err != nil {
			t.Logf("our parser does not read MLIR's print of %s: %v", name, err)
			continue
		}
		if err := stablehlo.Equal(a, b); err != nil {
			t.Errorf("%s: MLIR reads our text differently: %v", name, err)
			continue
		}
		agree++
	}
	t.Logf("%d programs, %d printed files: MLIR reads %d the way we do, rejects %d", written, len(printed), agree, rejected)
}

func firstLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
