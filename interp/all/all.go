// Package all links every tier-0 kernel package, so that importing it (for its
// side effects) registers a builder for every op the interpreter runs:
//
//	import _ "github.com/hlovm/hlovm/interp/all"
//
// Kernel packages join the list as they appear.
package all

import (
	_ "github.com/hlovm/hlovm/interp/elementwise" // element-wise arithmetic, math, compare, convert, select, clamp, ...
	_ "github.com/hlovm/hlovm/interp/linalg"      // dot_general, convolution, fft, cholesky, triangular_solve, rng, LAPACK custom calls
	_ "github.com/hlovm/hlovm/interp/structural"  // reduce, reduce_window, sort, gather, scatter, movement ops, ...
	_ "github.com/hlovm/hlovm/vm"                 // runs the regions kernels call (reduce bodies, comparators)
)
