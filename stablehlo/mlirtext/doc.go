// Package mlirtext parses MLIR text — StableHLO's pretty forms as JAX and the
// StableHLO tests print them, and MLIR's generic op form for everything else —
// into the one stablehlo IR (see stablehlo/doc.go), ending with
// stablehlo.Canonicalize so text, plain bytecode and VHLO artifacts of the same
// program compare Equal.
//
// Parse reads one module (top-level ops without a module wrapper get an implicit
// one); ParseSplit reads "// -----" split test files chunk by chunk. The parser
// is a byte-level recursive descent (MLIR's grammar is context dependent:
// tensor<2x3xf32> dimension lists, dialect attribute bodies kept as text), with
// no regular expressions. Pretty forms share one reader (operands, "keyword =
// value" items mapped through a per-op table to the ODS attribute names, an
// attribute dictionary, a type signature); ops with their own syntax (constant,
// compare, slice, reduce, while, convolution, custom_call, func.func, sdy ops,
// ...) have handlers in pretty.go.
//
// Errors read "file:line:col: message (in op)"; no input makes the parser
// panic, and nesting depth is bounded.
//
// Testing: every .mlir of the shared corpus and conformance suites parses and
// survives Print → Parse; TestAgainstMLIR compares the result with MLIR's own
// parser (jaxlib's bindings, testdata/mlir_oracle.py) chunk by chunk, for the
// inputs as written, for MLIR's pretty printout of them and for
// stablehlo.Print's output as MLIR reads it.
package mlirtext
