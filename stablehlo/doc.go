// Package stablehlo is hlovm's front end: the in-memory IR of a StableHLO program
// (modules, functions as func.func ops, ops with operands, results, attributes and
// regions, block arguments, types, attributes, source locations) and its readers
// and writer:
//
//   - ReadBytecode: MLIR bytecode, versions 0–6, both VHLO portable artifacts
//     (what JAX sends a PJRT plugin) and plain stablehlo/func/chlo/sdy bytecode.
//     VHLO ops are converted to today's StableHLO ops (older op versions upgraded,
//     flattened attributes regrouped, VHLO's filled-in defaults dropped).
//   - ParseText: the pretty and generic text forms printed by JAX and used in the
//     StableHLO test files, including `// -----` split files.
//   - Print: the pretty text form. Print then parse gives the same IR.
//   - Read: sniffs the bytecode magic and picks one of the above.
//
// There is one IR whatever the source: every reader produces StableHLO-dialect ops
// ("stablehlo.add", "func.func", "func.return", ...), builtin types and attributes,
// and StableHLO's structured attributes (#stablehlo.dot<...>, ...). Attributes equal
// to their op's default are absent (see defaults.go), so Equal can compare IR from
// different sources.
//
// We write our own reader because jaxlib does not export the MLIR C API and no Go
// MLIR library exists (DESIGN.md decision 1). The byte-level spec is
// shared/docs/mlir-bytecode.md.
//
// This package has no runtime dependencies: it must not import bytecode/, vm/,
// interp/ or any backend. Errors name the op or code and the byte offset or
// line:column; no input may make a reader panic.
package stablehlo
