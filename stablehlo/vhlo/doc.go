// Package vhlo reads StableHLO portable artifacts: it plugs the VHLO dialect into
// the bytecode container (package mlirbc) and turns the VHLO program it yields
// into the canonical StableHLO IR.
//
// Importing it (for its side effects) registers, with mlirbc:
//   - the VHLO attribute (codes 1–25) and type (codes 0–42) decoders, which
//     produce the IR's builtin/StableHLO values directly (tensor_v1 → TensorType,
//     IntegerV1 → IntegerAttr, enum codes → EnumAttr, ...; spec §4.1–§4.3);
//   - the properties layout of every VHLO op of versions 0.9.0–1.25.3 (1.20.0 from
//     shared/docs/mlir-bytecode.md; exp2, log2 of 1.23.0 and fma of 1.24.0 measured
//     with jaxlib 0.12.1: testdata/gen_newops.py)
//     (optable.go, generated from Appendix A: all attributes required, in
//     sorted-name order);
//   - Convert, the module converter: vhlo.*_vN ops become their current
//     StableHLO / func ops, old versions are upgraded (§4.6), flattened
//     attributes are regrouped into StableHLO's struct attributes, identity
//     unrealized_conversion_casts of mixed artifacts are dropped, XLA's
//     string-encoded Shardy attributes (mhlo.frontend_attributes xla.sdy.*) are
//     lifted back, and defaults are removed (stablehlo.Canonicalize).
//
// The byte-level format is shared/docs/mlir-bytecode.md.
package vhlo
