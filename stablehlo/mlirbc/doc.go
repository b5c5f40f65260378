// Package mlirbc reads MLIR bytecode (format versions 0–6) into the stablehlo IR.
//
// It owns the container: header, sections, string table, dialect and op-name
// tables, the attribute/type tables with lazy, memoised resolution, resources,
// properties, and the IR walk with value scopes, forward references and use-lists.
// It decodes the builtin dialect itself and the plain (non-portable) stablehlo,
// chlo, func and sdy encodings. Other dialects plug in through RegisterDialect,
// RegisterOpProperties and RegisterModuleConverter: the VHLO dialect lives in
// package vhlo, which also turns VHLO ops into StableHLO ops.
//
// Read is the entry point; Inspect exposes the container-level view (sections,
// tables, raw entries, the module before conversion) for tests and tools.
//
// Hostile input is bounded: every count taken from the input is checked
// against the bytes left before anything is allocated, region nesting and
// attribute-reference chains have depth limits, reference cycles are errors,
// reserved value slots are bounded by the file size, and the expanded text
// size of attribute/type DAGs is bounded (the IR compares attributes through
// their text form).
//
// It must not import the text parser or anything outside the stablehlo tree.
// Every error names the section, op or code and the absolute byte offset; no input
// may make it panic (it is fuzzed: FuzzRead).
//
// The byte-level format is shared/docs/mlir-bytecode.md; no Go MLIR bytecode
// reader exists to reuse.
package mlirbc
