// Package engine is hlovm's one front door: the pipeline from a program's
// bytes to something that runs. The plugin (pjrt), vmtrace and the
// conformance runner all come through here, so what vmtrace shows is what
// JAX runs.
//
// It owns:
//
//   - the passes, named and timed, in one fixed order: read (sniff MLIR
//     bytecode vs text, stablehlo/load), normalize (single-device
//     sharding annotations stripped), chlo (CHLO → StableHLO), simplify
//     (load.Simplify: complex math expanded, constant branches folded, dead
//     ops removed, constants hoisted), lower (bytecode.CompileWith), verify
//     (Program.Verify). Every compile returns a Report: per pass its time
//     and op counts before and after;
//   - the program cache: content-keyed (SHA-256 of the bytes and the
//     options), bounded by count and approximate bytes, least recently used
//     first out. Callers hang derived data on a cached Artifact (Attach) so
//     it too is made once per program;
//   - the tier registry: a Tier turns a Program into an Executable. Tier 0
//     is the interpreter (package vm); HLOVM_TIERS picks the tier and is
//     read here, never by callers.
//
// It must not:
//
//   - read or transform IR itself beyond calling the passes' owners
//     (stablehlo/load and its readers, stablehlo/chlo, stablehlo's
//     simplifications, bytecode) — except StripSharding, which is a
//     single-device decision and so belongs to the pipeline;
//   - know op semantics (interp) or run instructions (vm): an Executable
//     runs through vm's API;
//   - know about PJRT, files of conformance cases or the command line.
package engine
