package blas

import (
	"runtime"
	"strings"
)

// AccelerateFramework is Apple's BLAS and LAPACK (vecLib inside Accelerate).
// Since macOS 11 the file is not on disk: dlopen finds it in the dyld shared
// cache by this path, so it is never os.Stat'ed.
const AccelerateFramework = "/System/Library/Frameworks/Accelerate.framework/Accelerate"

// preferAccelerate: on macOS, Accelerate comes before any OpenBLAS when
// HLOVM_BLAS does not name a library (it is on every Mac, tuned for its
// cores and the AMX units). A variable so tests elsewhere can take the path.
var preferAccelerate = runtime.GOOS == "darwin"

// accelerateSetting reports whether an HLOVM_BLAS value asks for Accelerate.
func accelerateSetting(v string) bool {
	return strings.EqualFold(v, "accelerate") || v == AccelerateFramework
}
