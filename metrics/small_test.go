package metrics

import (
	"os"
	"testing"

	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tiers"
)

// TestMain lets the small test programs be promoted (the default policy
// leaves regions of tiny kernels on tier 0), so promotions are counted.
func TestMain(m *testing.M) {
	tiers.SmallKernelElements = 0
	fusion.NativeMinElements = 1
	os.Exit(m.Run())
}
