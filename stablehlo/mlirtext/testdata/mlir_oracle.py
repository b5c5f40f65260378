# Oracle for TestAgainstMLIR: parses MLIR text files with jaxlib's MLIR Python
# bindings (the real MLIR parser) and writes each "// -----" chunk back in the
# generic op form, one output file per input, named after its path under
# shared/ with "/" replaced by "__". Usage (any Python with jaxlib installed):
#
#   python mlir_oracle.py [--pretty] [--debug] OUTDIR shared/conformance/stablehlo-testdata/*.mlir ...
#
# then HLOVM_MLIR_ORACLE=OUTDIR go test -run TestAgainstMLIR ./stablehlo/mlirtext/
# (--pretty writes MLIR's own pretty printout instead; point
# HLOVM_MLIR_ORACLE_PRETTY at that folder to also parse MLIR's pretty forms;
# with --debug on both, the locations of the two readings are compared too).
# Chunks MLIR rejects (unregistered check/interpreter dialects) are written as
# "// ORACLE-ERROR ..." and skipped by the test.
import sys, os, glob
from jaxlib.mlir import ir
from jaxlib.mlir._mlir_libs import _jax_mlir_ext
from jaxlib.mlir.dialects import stablehlo, chlo, sdy

def ctx():
    c = ir.Context()
    reg = ir.DialectRegistry()
    _jax_mlir_ext.register_dialects(reg)
    c.append_dialect_registry(reg)
    c.load_all_available_dialects()
    stablehlo.register_dialect(c)
    chlo.register_dialect(c)
    sdy.register_dialect(c)
    c.allow_unregistered_dialects = True
    return c

C = ctx()
args = sys.argv[1:]
generic, debug = True, False
while args and args[0].startswith("--"):
    if args[0] == "--pretty":
        generic = False
    elif args[0] == "--debug":
        debug = True  # print locations too (MLIR gives unlocated ops "-":line:col)
    args = args[1:]
outdir = args[0]
for f in args[1:]:
    src = open(f).read()
    chunks, cur = [], []
    for line in src.split("\n"):
        if line.strip() == "// -----":
            chunks.append("\n".join(cur)); cur = []
        else:
            cur.append(line)
    chunks.append("\n".join(cur))
    out = []
    for ch in chunks:
        try:
            m = ir.Module.parse(ch, context=C)
            out.append(m.operation.get_asm(print_generic_op_form=generic, enable_debug_info=debug, assume_verified=True))
        except Exception as e:
            out.append("// ORACLE-ERROR " + str(e).replace("\n", " ")[:300])
    name = f.split("shared/", 1)[-1].replace("/", "__")
    open(os.path.join(outdir, name), "w").write("\n// -----\n".join(out))
