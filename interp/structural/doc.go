// Package structural holds tier 0's data-movement, reduction, indexing and
// sorting kernels: broadcast_in_dim, reshape, transpose, slice, dynamic_slice,
// dynamic_update_slice, concatenate, pad, reverse, gather, scatter, reduce,
// reduce_window, select_and_scatter, sort, map and get_dimension_size, for
// every element type (quantized types aside).
//
// Data movement is element-type agnostic: one strided N-d copy (copyND.go)
// moves StorageSize-byte elements; dimensions are merged first so inner runs
// use copy(), transposing copies go through 32×32 tiles, and big copies split
// their outer dimension over ctx.Parallelism goroutines.
//
// Ops with regions classify their bodies once, at build time:
//   - one binary op (add, mul, max, min, and, or, xor) on the two block
//     arguments: typed loops for native element types (reduce: row folds and
//     column updates, parallel over kept dimensions, blocked for full
//     reductions; reduce_window; scatter);
//   - JAX's argmax/argmin (value, index) reducer: a typed kernel (argreduce.go);
//   - a sort comparator that is one LT/GT compare, or compare(f(lhs), f(rhs))
//     such as JAX's float comparator: keys computed once per element, then a
//     stable sort by key (sortkey.go);
//   - select_and_scatter with a GE/GT/LE/LT select and an add scatter: typed;
//   - any other body made of scalar element-wise ops (compare, select,
//     logic, arithmetic, convert, real/imag, constants, also hoisted ones) is
//     compiled to a small scalar program that runs without buffers
//     (scalarprog.go);
//   - anything else runs through the VM's Callable, element by element.
//
// Semantics follow XLA where the StableHLO spec leaves them to the
// implementation: gather clamps start indices; scatter skips a whole update
// window that does not fit the operand; reduce_window and select_and_scatter
// skip padding and base-dilation holes (init is applied once); max/min
// propagate NaN and order -0 below +0; narrow floats are computed in f32 and
// rounded to their type after every step; sort is always stable.
//
// reshape, dynamic_update_slice and scatter are declared in-place
// (interp.DeclareInPlace): they stay correct when the VM gives result 0 the
// storage of a dying argument, whichever argument that is.
package structural
