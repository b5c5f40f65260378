// Package load is the front end's single entry point: it takes the bytes of a
// program in any form hlovm accepts — MLIR bytecode (a VHLO portable artifact as
// JAX sends it, or plain stablehlo bytecode) or MLIR text — sniffs which it is by
// the bytecode magic, and returns the one canonical IR.
//
// It owns only the dispatch and the cross-form tests (the same program from every
// form must give the same IR). Reading belongs to mlirbc (with the vhlo dialect
// plugged in) and mlirtext; it must not grow reading logic of its own.
package load
