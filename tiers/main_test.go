package tiers

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hlovm/hlovm/fusion"
)

// TestMain points the native code generator at the test virtualenv's
// llvmlite (make venv installs it); without it kernels run portably.
func TestMain(m *testing.M) {
	if venv, err := filepath.Abs(filepath.Join("..", ".venv")); err == nil {
		fusion.LLVMSearchDirs = append(fusion.LLVMSearchDirs, venv)
	}
	fusion.NativeMinElements = 1 // small test arrays go through the code generator too
	os.Exit(m.Run())
}
