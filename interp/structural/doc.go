// Package structural holds tier 0's data-movement, reduction, indexing and
// sorting kernels: broadcast_in_dim, reshape, transpose, slice, dynamic_slice,
// dynamic_update_slice, concatenate, pad, reverse, gather, scatter, reduce,
// reduce_window, select_and_scatter, sort, map and get_dimension_size.
//
// Data movement is element-type agnostic: it moves StorageSize-byte elements
// with one strided N-d copy (copyND) whose innermost contiguous runs use copy().
// Reductions and the ops with regions classify their bodies once, at build time:
//   - one binary op (add, mul, max, min, and, or, xor) on the two block
//     arguments gets a typed loop (fastBinary);
//   - a body made only of scalar element-wise ops (compare, select, and/or,
//     arithmetic, constants: what JAX emits for argmax, sort comparators with
//     NaN canonicalisation, scatter updates) is compiled into a small scalar
//     program that runs without allocating buffers (scalarProg);
//   - anything else runs through the VM's Callable, one element at a time.
package structural
