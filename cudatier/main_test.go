package cudatier

import (
	"os"
	"testing"

	"github.com/hlovm/hlovm/fusion"
)

// TestMain gives the tests a kernel disk cache of their own (fusion reads
// HLOVM_CACHE_DIR once, at the first kernel it caches).
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hlovm-cudatier-cache-")
	if err == nil {
		os.Setenv(fusion.DiskCacheEnv, dir)
	}
	code := m.Run()
	if err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}
