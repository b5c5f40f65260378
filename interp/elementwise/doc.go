// Package elementwise holds tier 0's element-wise kernels: unary and binary
// arithmetic and math, compare, select, clamp, convert, bitcast_convert,
// reduce_precision, real/imag/complex, is_finite, constant and iota, for every
// element type StableHLO allows each op (i1; i2..i64 and ui2..ui64; bf16, f16,
// f32, f64, tf32, the f8/f6/f4 family; complex<f32>, complex<f64>). Importing
// the package registers its builders with interp.Register.
//
// A builder inspects the element types once and returns a kernel closed over a
// typed loop (tensor.ViewBytes over the buffers' storage); nothing is switched
// per element. Families:
//   - integers run in their Go type; i2/i4/ui2/ui4 run in int8/uint8 and are
//     wrapped back into range once per block (sign-extended or masked);
//   - f32 and f64 run natively, with Go's float64 math rounded once for f32;
//   - narrower floats (bf16, f16, tf32, f8*, f6*, f4*) are decoded to f32 in
//     blocks, computed in f32 and rounded once (RNE), as XLA:CPU does. bf16,
//     f16 and tf32 have direct bit conversions; one-byte formats (f8, f6, f4)
//     decode through a 256-entry table and encode by a binary search over the
//     format's values and midpoints whose ties were resolved by
//     tensor.FloatToBits (f8.go).
//   - bf16 add/subtract/multiply/divide/maximum/minimum use fused loops
//     (bf16.go) rather than the blocked path.
//   - complex runs in complex64/complex128 (math/cmplx in complex128);
//     multiplication fuses each part as XLA:CPU does (fma(a,c,-bd),
//     fma(a,d,bc)), which reproduces its results bit for bit.
//
// Constants: dense attributes keep sub-byte values masked to their bits (as
// MLIR does); the constant kernel sign-extends signed ones into buffer storage.
//
// Edge semantics follow the StableHLO spec and XLA: integer x/0 = -1 (all ones)
// and x%0 = x; INT_MIN/-1 = INT_MIN; shifts by >= the bit width (or negative
// amounts, read as unsigned) give 0 or the sign; maximum/minimum propagate NaN;
// float→int conversion maps NaN to 0 and saturates; integer power with a
// negative exponent gives 1 for base 1, ±1 for base -1 and 0 otherwise.
//
// Large ops split into contiguous chunks over interp.Ctx.Parallelism
// goroutines; the smallest chunk depends on the op's cost per element (64K
// elements for memory-bound ops, 8K for low-precision floats, 2K for
// transcendental and complex math), so small ops stay serial.
//
// In place: for the ops interp.InPlace lists, the VM may give the result the
// storage of a dying operand of the same byte size. Every kernel here reads
// element i of each operand before writing element i of the result (blocked
// kernels read a whole block first), so that is safe; inplace_test.go checks it.
//
// Helper API for other kernel packages (reduce, scatter, sort bodies that the
// compiler recognises): BinaryFunc(op, dtype), UnaryFunc(op, dtype),
// CompareFunc(direction, compareType, dtype) and ConvertFunc(from, to) return
// loops over raw element storage, func(dst, a, b []byte); the fast bf16/f16
// conversions are exported as BF16ToF32, F32ToBF16, F16ToF32, F32ToF16.
//
// Tests: table tests of edge cases (ops_test.go), reference tests of every
// binary/unary op and every convert pair on every element type (intref,
// floatref, unaryref, convert), exhaustive codec checks (lowp_test.go),
// aliasing and concurrency (inplace_test.go), a no-panic sweep, and a small
// straight-line evaluator that runs the element-wise cases of the StableHLO
// conformance files and the JAX corpus ew_* cases (harness_test.go,
// corpus_test.go). Benchmarks: bench_test.go.
package elementwise
