package elementwise

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/chlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/tensor"
)

// TestCorpusElementwise runs the element-wise cases of the JAX corpus (ew_*)
// on their io.npz inputs and compares with XLA:CPU's outputs: integers and
// booleans exactly, floats within 3 ulp of their type or 1e-5 relative (our
// f32 transcendental functions are computed in f64 and rounded once, XLA's are
// polynomial approximations a few ulp off).
func TestCorpusElementwise(t *testing.T) {
	root := shareddata.Dir(t, "corpus/jax-0.11.2")
	dirs, _ := filepath.Glob(filepath.Join(root, "ew_*"))
	if len(dirs) == 0 {
		t.Skip("no ew_* cases")
	}
	passed := 0
	for _, dir := range dirs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			m, err := load.File(filepath.Join(dir, "module.mlir"))
			if err != nil {
				t.Fatal(err)
			}
			if err := chlo.Legalize(m); err != nil {
				t.Skipf("chlo: %v", err)
			}
			data, err := os.ReadFile(filepath.Join(dir, "io.npz"))
			if err != nil {
				t.Fatal(err)
			}
			arrays, err := npz.Read(data)
			if err != nil {
				t.Fatal(err)
			}
			main := m.Func("main")
			ft := stablehlo.FuncType(main)
			var ins, wants []*tensor.Buffer
			for _, a := range arrays {
				var typ stablehlo.Type
				switch {
				case strings.HasPrefix(a.Name, "in"):
					typ = ft.Inputs[len(ins)]
				case strings.HasPrefix(a.Name, "out"):
					typ = ft.Results[len(wants)]
				default:
					continue
				}
				b, err := a.Buffer(stablehlo.ElementDType(typ))
				if err != nil {
					t.Fatalf("%s: %v", a.Name, err)
				}
				if strings.HasPrefix(a.Name, "in") {
					ins = append(ins, b)
				} else {
					wants = append(wants, b)
				}
			}
			e := &evaluator{mod: m, ctx: &interp.Ctx{Parallelism: 4}}
			outs, err := e.call(main, ins)
			if errors.Is(err, errSkip) {
				t.Skipf("uses an op outside this package: %v", err)
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(outs) != len(wants) {
				t.Fatalf("%d outputs, want %d", len(outs), len(wants))
			}
			for i := range outs {
				if err := compareBufs(outs[i], wants[i], true, true, 0); err != nil {
					t.Errorf("output %d (%v): %v", i, outs[i], err)
				}
			}
			if !t.Failed() {
				passed++
			}
		})
	}
	t.Logf("%d of %d ew_* corpus cases pass", passed, len(dirs))
}
