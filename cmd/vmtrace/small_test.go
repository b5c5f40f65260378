package main

import (
	"os"
	"testing"

	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tiers"
)

// TestMain lets the corpus' small programs be promoted and compiled to
// machine code, so the tier reports, traces and dumps have something to
// show (the default policy leaves regions of tiny kernels on tier 0).
func TestMain(m *testing.M) {
	tiers.SmallKernelElements = 0
	fusion.NativeMinElements = 1
	fusion.LLVMSearchDirs = append(fusion.LLVMSearchDirs, "../../.venv")
	os.Exit(m.Run())
}
