#!/usr/bin/env python3
"""Writes inputs for TestExtraPlainBytecode / TestExtraVHLO (MLIRBC_EXTRA_DIR).

For every module (each `// -----` chunk) of the given .mlir files it writes,
with a local jaxlib's MLIR:
  NAME.mlir           the module as that MLIR prints it
  NAME.vN.mlirbc      plain bytecode of format version N (0..6)
  NAME.mlirbc         plain bytecode of the newest version
  NAME.vhlo-T.bc      a VHLO portable artifact for each --vhlo target T

Usage (jaxlib from PyPI; 0.10.2 carries StableHLO 1.17.0):
  python3 genextra.py OUTDIR [--vhlo 0.9.0,0.12.0,0.14.0,1.0.0] [--strip-checks] FILE.mlir...
  MLIRBC_EXTRA_DIR=OUTDIR go test -run Extra ./stablehlo/mlirbc/

--strip-checks drops lines using the unregistered check./interpreter. ops of
the StableHLO interpreter tests. Chunks MLIR cannot parse are reported and
skipped.
"""
import os
import sys

from jaxlib.mlir import ir
from jaxlib.mlir._mlir_libs import _jax_mlir_ext
from jaxlib.mlir.dialects import chlo, stablehlo

try:
    from jaxlib.mlir.dialects import sdy
except ImportError:
    sdy = None


def context():
    ctx = ir.Context()
    ctx.allow_unregistered_dialects = True
    reg = ir.DialectRegistry()
    _jax_mlir_ext.register_dialects(reg)
    ctx.append_dialect_registry(reg)
    ctx.load_all_available_dialects()
    stablehlo.register_dialect(ctx)
    chlo.register_dialect(ctx)
    if sdy is not None:
        sdy.register_dialect(ctx)
    return ctx


def main(argv):
    out, rest = argv[0], argv[1:]
    targets, strip, files = [], False, []
    i = 0
    while i < len(rest):
        if rest[i] == "--vhlo":
            targets = rest[i + 1].split(",")
            i += 2
        elif rest[i] == "--strip-checks":
            strip = True
            i += 1
        else:
            files.append(rest[i])
            i += 1
    os.makedirs(out, exist_ok=True)
    ok = bad = 0
    for path in files:
        src = open(path).read()
        if strip:
            src = "\n".join(l for l in src.split("\n") if "check." not in l and "interpreter." not in l)
        for n, chunk in enumerate(src.split("\n// -----\n")):
            base = os.path.join(out, "%s.%d" % (os.path.basename(path), n))
            try:
                with context():
                    m = ir.Module.parse(chunk)
                    text = m.operation.get_asm(enable_debug_info=False)
                    with open(base + ".mlir", "w") as f:
                        f.write(text)
                    with open(base + ".mlirbc", "wb") as f:
                        m.operation.write_bytecode(f)
                    for v in range(0, 7):
                        with open(base + ".v%d.mlirbc" % v, "wb") as f:
                            m.operation.write_bytecode(f, desired_version=v)
                for t in targets:
                    try:
                        data = stablehlo.serialize_portable_artifact_str(text, t)
                    except Exception as e:  # e.g. an op newer than the target
                        print("no VHLO %s for %s chunk %d: %s" % (t, path, n, str(e).splitlines()[0][:120]), file=sys.stderr)
                        continue
                    with open(base + ".vhlo-%s.bc" % t, "wb") as f:
                        f.write(data)
                ok += 1
            except Exception as e:  # report and go on
                bad += 1
                print("skip %s chunk %d: %s" % (path, n, str(e).splitlines()[0][:200]), file=sys.stderr)
    print("modules written: %d, skipped: %d" % (ok, bad))


if __name__ == "__main__":
    main(sys.argv[1:])
