#!/usr/bin/env python3
"""Writes the golden files of TestNewOps from newops.mlir with a jaxlib whose
StableHLO is at least 1.24.0 (jaxlib 0.12.1 carries 1.25.3):
  newops.vhlo-V.bc   portable artifacts for V in 1.24.0 and the jaxlib's current
  newops.mlirbc      plain MLIR bytecode (its builtin.module and func.func
                     properties carry jaxlib 0.12.1's dlti slot)
  newops.printed.mlir  MLIR's own printout of the module
Usage: python gen_newops.py   (run in this directory)
"""
from jaxlib.mlir import ir
from jaxlib.mlir._mlir_libs import _jax_mlir_ext
from jaxlib.mlir.dialects import stablehlo

src = open("newops.mlir").read()
ctx = ir.Context()
reg = ir.DialectRegistry()
_jax_mlir_ext.register_dialects(reg)
ctx.append_dialect_registry(reg)
ctx.load_all_available_dialects()
stablehlo.register_dialect(ctx)
with ctx:
    m = ir.Module.parse(src)
    text = m.operation.get_asm(enable_debug_info=False)
    with open("newops.printed.mlir", "w") as f:
        f.write(text)
    with open("newops.mlirbc", "wb") as f:
        m.operation.write_bytecode(f)
for v in ("1.24.0", stablehlo.get_current_version()):
    with open("newops.vhlo-%s.bc" % v, "wb") as f:
        f.write(stablehlo.serialize_portable_artifact_str(text, v))
print("StableHLO", stablehlo.get_current_version())
