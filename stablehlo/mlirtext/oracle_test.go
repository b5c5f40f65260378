package mlirtext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

// TestAgainstMLIR compares this parser with MLIR's own: for every input chunk,
// the module parsed here must Equal the module parsed from MLIR's generic
// printout of the same chunk (made by testdata/mlir_oracle.py; set
// HLOVM_MLIR_ORACLE to its output folder). The generic form names every
// attribute explicitly, so this checks that each pretty form yields MLIR's
// attribute names, types and values.
func TestAgainstMLIR(t *testing.T) {
	dir := os.Getenv("HLOVM_MLIR_ORACLE")
	if dir == "" {
		t.Skip("HLOVM_MLIR_ORACLE not set (generate it with testdata/mlir_oracle.py)")
	}
	sh := sharedDir(t)
	outs, _ := filepath.Glob(filepath.Join(dir, "*"))
	compared, skipped, failed := 0, 0, 0
	for _, out := range outs {
		rel := strings.ReplaceAll(filepath.Base(out), "__", "/")
		path := filepath.Join(sh, rel)
		if strings.HasPrefix(rel, "testdata/") {
			path = rel // this package's own inputs
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		gen, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		mods, errs := ParseSplit(src, rel)
		genChunks := strings.Split(string(gen), "\n// -----\n")
		if len(genChunks) != len(mods) {
			t.Errorf("%s: %d chunks, oracle has %d", rel, len(mods), len(genChunks))
			continue
		}
		var printedChunks []string
		if pd := os.Getenv("HLOVM_MLIR_ORACLE_PRINTED"); pd != "" {
			if b, err := os.ReadFile(filepath.Join(pd, filepath.Base(out))); err == nil {
				printedChunks = strings.Split(string(b), "\n// -----\n")
			}
		}
		var prettyChunks []string
		if pd := os.Getenv("HLOVM_MLIR_ORACLE_PRETTY"); pd != "" {
			if b, err := os.ReadFile(filepath.Join(pd, filepath.Base(out))); err == nil {
				prettyChunks = strings.Split(string(b), "\n// -----\n")
			}
		}
		for i, gc := range genChunks {
			if strings.HasPrefix(gc, "// ORACLE-ERROR") {
				skipped++
				continue
			}
			if i < len(printedChunks) && !strings.HasPrefix(printedChunks[i], "// ORACLE-ERROR") {
				// MLIR's reading of stablehlo.Print's output must be the same program.
				pm, err := Parse([]byte(printedChunks[i]), rel+".printed")
				if err == nil {
					var ref *stablehlo.Module
					if ref, err = Parse([]byte(gc), rel+".generic"); err == nil {
						err = stablehlo.Equal(ref, pm)
					}
				}
				if err != nil {
					failed++
					if failed <= 40 {
						t.Errorf("%s chunk %d, MLIR's reading of stablehlo.Print: %v", rel, i, err)
					}
				}
			} else if i < len(printedChunks) {
				failed++
				t.Errorf("%s chunk %d: MLIR rejects stablehlo.Print's output: %.300s", rel, i, printedChunks[i])
			}
			if i < len(prettyChunks) {
				// MLIR's own pretty printout of the chunk must read to the same module.
				pm, err := Parse([]byte(prettyChunks[i]), rel+".pretty")
				if err == nil {
					var ref *stablehlo.Module
					if ref, err = Parse([]byte(gc), rel+".generic"); err == nil {
						err = stablehlo.Equal(ref, pm)
					}
					if err == nil {
						err = sameLocations(ref, pm)
					}
				}
				if err != nil {
					failed++
					if failed <= 40 {
						t.Errorf("%s chunk %d, MLIR's pretty form: %v", rel, i, err)
					}
				}
			}
			if errs[i] != nil {
				failed++
				t.Errorf("%s chunk %d: MLIR parses it, we do not: %v", rel, i, errs[i])
				continue
			}
			ref, err := Parse([]byte(gc), rel+".generic")
			if err == nil {
				err = stablehlo.Equal(ref, mods[i])
			}
			compared++
			if err != nil {
				failed++
				if failed <= 40 {
					t.Errorf("%s chunk %d: %v", rel, i, err)
				}
			}
		}
	}
	t.Logf("%d chunks compared with MLIR, %d failed, %d skipped (MLIR rejected them: verifier differences)", compared, failed, skipped)
}

// sameLocations compares op and block-argument locations of two readings of one
// program. MLIR's pretty forms of while and the compact reduce do not print
// block-argument locations, so an unknown one on the pretty side is accepted.
func sameLocations(generic, pretty *stablehlo.Module) error {
	a, b := locList(generic), locList(pretty)
	if len(a) != len(b) {
		return fmt.Errorf("%d located items vs %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] && b[i] != "block argument: unknown" {
			return fmt.Errorf("location %s vs %s", a[i], b[i])
		}
	}
	return nil
}

func locList(m *stablehlo.Module) []string {
	var out []string
	m.Walk(func(op *stablehlo.Op) bool {
		out = append(out, op.Name+": "+op.Loc.String())
		for _, r := range op.Regions {
			for _, b := range r.Blocks {
				for _, a := range b.Args {
					out = append(out, "block argument: "+a.Loc.String())
				}
			}
		}
		return true
	})
	return out
}

// TestWritePrinted writes stablehlo.Print of every parsed chunk under
// $HLOVM_WRITE_PRINTED/shared/<path> (chunks joined by "// -----"), for
// mlir_oracle.py to read back with MLIR (HLOVM_MLIR_ORACLE_PRINTED).
func TestWritePrinted(t *testing.T) {
	dir := os.Getenv("HLOVM_WRITE_PRINTED")
	if dir == "" {
		t.Skip("HLOVM_WRITE_PRINTED not set")
	}
	sh := sharedDir(t)
	for _, set := range corpusFiles(t) {
		for _, f := range set {
			rel, err := filepath.Rel(sh, f)
			if err != nil || strings.HasPrefix(rel, "..") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			mods, errs := ParseSplit(src, f)
			parts := make([]string, len(mods))
			for i, m := range mods {
				if errs[i] != nil {
					parts[i] = "// PARSE-ERROR"
					continue
				}
				parts[i] = stablehlo.Print(m)
			}
			dst := filepath.Join(dir, "shared", rel)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(dst, []byte(strings.Join(parts, "\n// -----\n")), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
