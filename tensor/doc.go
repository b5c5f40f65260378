// Package tensor is the one home of element types (DType) and shapes, shared by the
// IR (stablehlo), the bytecode compiler, the VM and the runtimes.
//
// It owns: the list of element types StableHLO has, their names as MLIR spells them,
// their bit widths and storage sizes, and shape arithmetic. It must not import any
// other hlovm package: everything else imports it.
package tensor
