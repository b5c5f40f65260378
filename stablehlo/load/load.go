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

// Bytes reads one program. name is used in error messages only.
func Bytes(data []byte, name string) (*stablehlo.Module, error) {
	var m *stablehlo.Module
	var err error
	if IsBytecode(data) {
		m, err = mlirbc.Read(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	} else if m, err = mlirtext.Parse(data, name); err != nil {
		return nil, err
	}
	if err := Normalize(m); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// Normalize applies the program-level normalizations XLA applies before it
// serializes a program for a plugin, so that a program gives the same IR whether
// it arrives as the text JAX prints or as the portable artifact XLA sends:
// chlo ops are legalized to StableHLO (chlo.Legalize), complex exponentials are
// expanded into real arithmetic,
// branches on constants are inlined, unused side-effect-free ops removed, and
// constants hoisted to the top of their function and merged. Readers already
// canonicalise spelling and defaults.
func Normalize(m *stablehlo.Module) error {
	if err := chlo.Legalize(m); err != nil {
		return err
	}
	stablehlo.ExpandComplexMath(m)
	stablehlo.FoldConstantBranches(m)
	stablehlo.RemoveDeadOps(m)
	stablehlo.HoistConstants(m)
	return nil
}

// File reads one program from a file.
func File(path string) (*stablehlo.Module, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Bytes(data, path)
}
