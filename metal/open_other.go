//go:build !darwin

package metal

import (
	"fmt"
	"runtime"
)

// openMTL has nothing to open: Metal is only on macOS. Everything above it
// (the runtime, its tests against a fake device) still builds and runs.
func openMTL() (mtl, error) {
	return nil, fmt.Errorf("metal: Metal is only on macOS (this is %s/%s)", runtime.GOOS, runtime.GOARCH)
}
