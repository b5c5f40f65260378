package main

import (
	"bytes"
	"io"
	"os"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
)

// readModules reads a file for print. One input is one module, except a text
// file that does not read as one but splits on "// -----" lines: StableHLO's
// split-input-file tests hold several top-level modules that way (the
// collectives' interpreter tests), and MLIR tools read them chunk by chunk.
func readModules(path string) ([]*stablehlo.Module, error) {
	m, _, err := engine.ReadFile(path, engine.Options{})
	if err == nil {
		return []*stablehlo.Module{m}, nil
	}
	code, rerr := os.ReadFile(path)
	if rerr != nil || !bytes.Contains(code, []byte("// -----")) {
		return nil, err
	}
	mods, errs := mlirtext.ParseSplit(code, path)
	if len(mods) < 2 {
		return nil, err
	}
	for i, m := range mods {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if _, err := engine.Normalize(m, engine.Options{Name: path}); err != nil {
			return nil, err
		}
	}
	return mods, nil
}

// printModules prints modules read from one file, split as they were read.
func printModules(w io.Writer, mods []*stablehlo.Module, opts stablehlo.PrintOptions) {
	for i, m := range mods {
		if i > 0 {
			io.WriteString(w, "\n// -----\n\n")
		}
		io.WriteString(w, stablehlo.PrintWith(m, opts))
	}
}
