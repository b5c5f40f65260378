package load

import (
	"bytes"
	"fmt"
	"os"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/chlo"
	"github.com/hlovm/hlovm/stablehlo/mlirbc"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	_ "github.com/hlovm/hlovm/stablehlo/vhlo" // registers the VHLO dialect with mlirbc
)

// Magic starts every MLIR bytecode file.
var Magic = []byte("ML\xEFR")

// IsBytecode reports whether data starts with the MLIR bytecode magic.
func IsBytecode(data []byte) bool { return bytes.HasPrefix(data, Magic) }

// Bytes reads one program and normalizes it (Read, then Normalize). name is
// used in error messages only.
func Bytes(data []byte, name string) (*stablehlo.Module, error) {
	m, err := Read(data, name)
	if err != nil {
		return nil, err
	}
	if err := Normalize(m); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// Read reads one program without normalizing it: the reader's canonical IR.
// Package engine runs the normalizations itself, as named passes.
func Read(data []byte, name string) (*stablehlo.Module, error) {
	if IsBytecode(data) {
		m, err := mlirbc.Read(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return m, nil
	}
	return mlirtext.Parse(data, name)
}

// Normalize applies the program-level normalizations XLA applies before it
// serializes a program for a plugin, so that a program gives the same IR whether
// it arrives as the text JAX prints or as the portable artifact XLA sends:
// chlo ops are legalized to StableHLO (chlo.Legalize), then Simplify. Readers
// already canonicalise spelling and defaults.
func Normalize(m *stablehlo.Module) error {
	if err := chlo.Legalize(m); err != nil {
		return err
	}
	Simplify(m)
	return nil
}

// Simplify is Normalize after CHLO legalization: complex exponentials are
// expanded into real arithmetic, branches on constants are inlined, unused
// side-effect-free ops removed, and constants hoisted to the top of their
// function and merged. One list, so engine's simplify pass and Normalize
// cannot drift apart.
func Simplify(m *stablehlo.Module) {
	stablehlo.InlineCalls(m)
	stablehlo.ExpandComplexMath(m)
	stablehlo.FoldConstantBranches(m)
	stablehlo.FoldTransposedDots(m)
	stablehlo.RemoveDeadOps(m)
	stablehlo.HoistConstants(m)
}

// File reads one program from a file.
func File(path string) (*stablehlo.Module, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Bytes(data, path)
}
