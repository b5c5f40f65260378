"""The README quick start: hlovm is JAX's default device; a jitted function
runs on it and agrees with JAX's own CPU backend.

With a folder argument (`make demo` passes build/demo) it also writes the
program JAX compiled for hlovm, for `vmtrace print` to read: demo.mlir (the
StableHLO text `jax.jit(f).lower(...).as_text()` prints) and
demo.vhlo-<version>.bc (the portable artifact, the form JAX hands a PJRT
plugin)."""
import os
import sys

import jax
import jax.numpy as jnp
import numpy as np

print("devices:", jax.devices())


@jax.jit
def predict(w, b, x):
    return jnp.tanh(x @ w + b)


w = jnp.arange(12.0).reshape(4, 3) / 10
b = jnp.array([0.1, -0.2, 0.3])
x = jnp.ones((2, 4))
y = predict(w, b, x)
print("result on", y.devices(), ":\n", y)

cpu = jax.devices("cpu")[0]
y_cpu = predict(*(jax.device_put(np.asarray(a), cpu) for a in (w, b, x)))
print("max |hlovm - cpu| =", float(np.max(np.abs(np.asarray(y) - np.asarray(y_cpu)))))


def portable_artifact(lowered):
    """The VHLO portable artifact of a lowered function, at the StableHLO
    version this jaxlib writes by default."""
    from jaxlib.mlir.dialects import stablehlo
    version = stablehlo.get_current_version()
    try:  # what XLA does before handing a program to a plugin (CHLO legalized)
        from jax._src.interpreters import mlir as jmlir
        from jax._src.lib import xla_client
        bc = jmlir.module_to_bytecode(lowered.compiler_ir("stablehlo"))
        return version, xla_client._xla.mlir.serialize_portable_artifact(bc, version, False)
    except (ImportError, AttributeError):  # private API moved: the public one
        return version, stablehlo.serialize_portable_artifact_str(lowered.as_text(), version)


def write_program(out):
    os.makedirs(out, exist_ok=True)
    lowered = predict.lower(w, b, x)
    text_path = os.path.join(out, "demo.mlir")
    with open(text_path, "w") as f:
        f.write(lowered.as_text())
    version, art = portable_artifact(lowered)
    art_path = os.path.join(out, f"demo.vhlo-{version}.bc")
    with open(art_path, "wb") as f:
        f.write(art)
    print("wrote", text_path, "and", art_path)


if len(sys.argv) > 1:
    write_program(sys.argv[1])
