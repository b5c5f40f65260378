package tensor

import "math"

// Dynamic marks a dimension whose size is not known at compile time (MLIR's `?`).
const Dynamic int64 = math.MinInt64

// NumElements is the product of the dimensions; -1 if any is dynamic or the
// product overflows.
func NumElements(shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		if d < 0 {
			return -1
		}
		if d != 0 && n > math.MaxInt64/d {
			return -1
		}
		n *= d
	}
	return n
}
