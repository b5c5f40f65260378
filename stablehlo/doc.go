// Package stablehlo is hlovm's front end: the in-memory IR of a StableHLO program
// (modules, functions as func.func ops, ops with operands, results, attributes and
// regions, block arguments, types, attributes, source locations), its printer, and
// the IR-level passes every reader shares. The readers live in subpackages:
//
//   - mlirbc.Read: MLIR bytecode, versions 0–6, both VHLO portable artifacts (what
//     JAX sends a PJRT plugin; the vhlo package plugs in and converts VHLO ops to
//     today's StableHLO ops) and plain stablehlo/func/chlo/sdy bytecode.
//   - mlirtext.Parse / ParseSplit: the pretty and generic text forms printed by JAX
//     and used in the StableHLO test files, including `// -----` split files.
//   - load.File / load.Bytes: sniffs the bytecode magic, picks a reader, and
//     normalizes the program the way XLA does before serializing it for a plugin
//     (chlo legalized, constant branches folded, dead ops removed, complex exp
//     expanded, constants hoisted), so every form of a program gives one IR.
//   - Print / PrintWith: the pretty text form. Print then parse gives the same IR.
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
