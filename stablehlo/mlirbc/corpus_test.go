package mlirbc_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirbc"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	_ "github.com/hlovm/hlovm/stablehlo/vhlo" // VHLO decoder and converter
)

func corpusCases(t *testing.T) []string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus")
	cases, _ := filepath.Glob(filepath.Join(dir, "*", "*", "module.mlirbc"))
	if len(cases) == 0 {
		t.Skip("no corpus in shared/ beside the repository")
	}
	for i := range cases {
		cases[i] = filepath.Dir(cases[i])
	}
	return cases
}

func readBC(t *testing.T, path string) *stablehlo.Module {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := mlirbc.Read(data)
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	return m
}

// The plain bytecode and the text JAX printed are the same program.
func TestCorpusBytecodeEqualsText(t *testing.T) {
	for _, dir := range corpusCases(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			bc := readBC(t, filepath.Join(dir, "module.mlirbc"))
			src, err := os.ReadFile(filepath.Join(dir, "module.mlir"))
			if err != nil {
				t.Fatal(err)
			}
			txt, err := mlirtext.Parse(src, "module.mlir")
			if err != nil {
				t.Fatalf("text parser: %v", err)
			}
			if err := stablehlo.Equal(bc, txt); err != nil {
				t.Errorf("bytecode vs text: %v", err)
			}
		})
	}
}

// Every VHLO artifact of a case reads (exercises bytecode containers v0 and
// v6 with the VHLO decoder). They are not compared with module.mlirbc: XLA's
// serialization pipeline legalizes CHLO and reorders constants, so they are a
// different, equivalent program.
func TestCorpusVHLOReads(t *testing.T) {
	for _, dir := range corpusCases(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			arts, _ := filepath.Glob(filepath.Join(dir, "module.vhlo-*.bc"))
			for _, a := range arts {
				m := readBC(t, a)
				want := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(a), "module.vhlo-"), ".bc")
				if !m.Portable || m.Version.String() != want {
					t.Errorf("%s: portable=%v version %s", filepath.Base(a), m.Portable, m.Version)
				}
				if len(m.Funcs()) == 0 {
					t.Errorf("%s: no functions", filepath.Base(a))
				}
			}
		})
	}
}

// The conformance artifacts (one per VHLO version, bytecode v0–v6) read at the
// container level with the VHLO decoder; invalid_vhlo_future must be rejected.
func TestConformanceArtifactsRead(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "conformance", "stablehlo-vhlo")
	files, _ := filepath.Glob(filepath.Join(dir, "*.bc"))
	if len(files) == 0 {
		t.Skip("no conformance artifacts in shared/")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			info, ierr := mlirbc.Inspect(data)
			_, err = mlirbc.Read(data)
			if strings.HasPrefix(name, "invalid") {
				if err == nil {
					t.Errorf("invalid artifact accepted")
				}
				return
			}
			if ierr != nil {
				t.Errorf("Inspect: %v", ierr)
			} else {
				for i, a := range info.Attrs {
					if a.Err != nil {
						t.Errorf("attribute %d: %v", i, a.Err)
					}
				}
			}
			if err != nil {
				t.Errorf("Read: %v", err)
			}
		})
	}
}

// TestExtraPlainBytecode reads pairs NAME.mlirbc / NAME.mlir from the
// directory in $MLIRBC_EXTRA_DIR (for example plain bytecode written by a
// local jaxlib from the conformance sources) and checks they are the same
// program. Skipped when the variable is unset.
func TestExtraPlainBytecode(t *testing.T) {
	dir := os.Getenv("MLIRBC_EXTRA_DIR")
	if dir == "" {
		t.Skip("MLIRBC_EXTRA_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.mlirbc"))
	if len(files) == 0 {
		t.Skip("no .mlirbc files in " + dir)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			bc := readBC(t, f)
			// NAME.mlirbc or NAME.vN.mlirbc (bytecode version N) pairs with NAME.mlir.
			twin := strings.TrimSuffix(f, ".mlirbc")
			if ext := filepath.Ext(twin); len(ext) == 3 && ext[1] == 'v' {
				twin = strings.TrimSuffix(twin, ext)
			}
			src, err := os.ReadFile(twin + ".mlir")
			if err != nil {
				t.Skip("no text twin")
			}
			txt, err := mlirtext.Parse(src, name)
			if err != nil {
				t.Skipf("text parser: %v", err)
			}
			if err := stablehlo.Equal(bc, txt); err != nil {
				t.Errorf("bytecode vs text: %v", err)
			}
		})
	}
}

// TestExtraVHLO reads NAME.vhlo-*.bc artifacts from $MLIRBC_EXTRA_DIR and
// checks each is the same program as NAME.mlirbc (both written from one
// module by a local jaxlib). Skipped when the variable is unset.
func TestExtraVHLO(t *testing.T) {
	dir := os.Getenv("MLIRBC_EXTRA_DIR")
	if dir == "" {
		t.Skip("MLIRBC_EXTRA_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.vhlo-*.bc"))
	if len(files) == 0 {
		t.Skip("no VHLO artifacts in " + dir)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			plainPath := f[:strings.Index(f, ".vhlo-")] + ".mlirbc"
			if _, err := os.Stat(plainPath); err != nil {
				t.Skip("no plain twin")
			}
			plain := readBC(t, plainPath)
			m := readBC(t, f)
			if err := stablehlo.Equal(m, plain); err != nil {
				t.Errorf("VHLO vs plain: %v", err)
			}
		})
	}
}
