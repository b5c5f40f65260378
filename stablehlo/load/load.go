package load

import (
	"bytes"
	"fmt"
	"os"

	"github.com/hlovm/hlovm/stablehlo"
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
	if IsBytecode(data) {
		m, err := mlirbc.Read(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return m, nil
	}
	return mlirtext.Parse(data, name)
}

// File reads one program from a file.
func File(path string) (*stablehlo.Module, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Bytes(data, path)
}
