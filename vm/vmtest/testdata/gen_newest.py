#!/usr/bin/env python3
"""Writes the golden cases of TestNewestJAX: JAX programs that use what the
newest jaxlib sends a plugin (StableHLO 1.25.3 with jax 0.12.1: fma, exp2,
log2; chlo.mulhi in the text form), as XLA serializes them for a PJRT plugin, with XLA:CPU's outputs.

For each case OUT/<name>/ gets:
  module.mlir          jax.jit(f).lower(*args).as_text()
  module.vhlo-V.bc     the portable artifact XLA hands a plugin that reports
                       V = the jaxlib's current StableHLO version
  io.npz               inputs in0.. and XLA:CPU's outputs out0..

Usage (a virtualenv with the newest jax and jaxlib):
  JAX_PLATFORMS=cpu python gen_newest.py vm/vmtest/testdata/jax-0.12.1
"""
import os
import shutil
import sys

import numpy as np

import jax
import jax.numpy as jnp
import jax.scipy.special as jss
import jax.scipy.stats as jst
from jax import lax
from jax._src.interpreters import mlir as jmlir
from jax._src.lib import xla_client
from jaxlib.mlir.dialects import stablehlo

rng = np.random.default_rng(20261207)


def f32(*shape, scale=1.0, lo=None):
    x = rng.standard_normal(shape).astype(np.float32) * scale
    return np.abs(x) + lo if lo is not None else x


def f64(*shape, scale=1.0, lo=None):
    x = rng.standard_normal(shape) * scale
    return np.abs(x) + lo if lo is not None else x


def unit(*shape, dtype=np.float32):
    return rng.uniform(0.01, 0.99, shape).astype(dtype)


def ints(dtype, n):
    """Random integers of dtype over its whole range, extremes included."""
    info = np.iinfo(dtype)
    x = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
    x[:6] = [info.min, info.max, 0, 1, info.max - 1, info.min + 1 if info.min else 2]
    return x


KEY = np.array([0, 42], np.uint32)  # a raw threefry key (jax.random.PRNGKey(42))

# name -> (function, args, x64)
CASES = {
    "fma_f32": (lax.fma, (f32(64), f32(64), f32(64)), False),
    "fma_f64": (lax.fma, (f64(64), f64(64), f64(64)), True),
    "fmuladd_f32": (lax.fmuladd, (f32(32), f32(32), f32(32)), False),
    "exp2_log2_f32": (lambda x: (jnp.exp2(x), jnp.log2(jnp.abs(x) + 0.1), jnp.logaddexp2(x, x[::-1])), (f32(64, scale=8),), False),
    "exp2_log2_f64": (lambda x: (jnp.exp2(x), jnp.log2(jnp.abs(x) + 0.1)), (f64(64, scale=8),), True),
    "exp2_log2_complex": (lambda a, b: (jnp.exp2(lax.complex(a, b)), jnp.log2(lax.complex(a, b))), (f32(16), f32(16)), False),
    "random_normal": (lambda k: jax.random.normal(jax.random.wrap_key_data(k), (256,)), (KEY,), False),
    "random_normal_f64": (lambda k: jax.random.normal(jax.random.wrap_key_data(k), (128,), jnp.float64), (KEY,), True),
    "random_truncated_normal": (lambda k: jax.random.truncated_normal(jax.random.wrap_key_data(k), -1.5, 2.0, (256,)), (KEY,), False),
    "random_gamma": (lambda k: jax.random.gamma(jax.random.wrap_key_data(k), jnp.array([0.5, 1.0, 3.0, 9.0]), (64, 4)), (KEY,), False),
    "random_t": (lambda k: jax.random.t(jax.random.wrap_key_data(k), 4.0, (128,)), (KEY,), False),
    "random_poisson": (lambda k: jax.random.poisson(jax.random.wrap_key_data(k), 3.5, (128,)), (KEY,), False),
    "random_maxwell": (lambda k: jax.random.maxwell(jax.random.wrap_key_data(k), (128,)), (KEY,), False),
    "random_multivariate_normal": (lambda k: jax.random.multivariate_normal(
        jax.random.wrap_key_data(k), jnp.zeros(3), jnp.array([[2.0, 0.5, 0.1], [0.5, 1.0, 0.2], [0.1, 0.2, 0.5]]), (32,)), (KEY,), False),
    "special_erf": (lambda x: (jss.erfinv(x), jss.erfc(x * 3), lax.erf_inv(x * 0.999)), (unit(64) * 2 - 1,), False),
    "special_gamma": (lambda x: (jss.gammaln(x), jss.digamma(x), jss.betaln(x, x[::-1]), jss.multigammaln(x + 2, 3)), (f32(64, lo=0.2),), False),
    "special_betainc": (lambda a, b, x: jss.betainc(a, b, x), (f32(32, lo=0.5), f32(32, lo=0.5), unit(32)), False),
    "special_bessel": (lambda x: (jss.i0(x), jss.i0e(x), jss.i1(x), jss.i1e(x)), (f32(64, scale=3),), False),
    "stats_norm": (lambda x, p: (jst.norm.cdf(x), jst.norm.ppf(p), jst.norm.logpdf(x)), (f32(64), unit(64)), False),
    "mulhi_32": (lambda a, b, c, d: (lax.mulhi(a, b), lax.mulhi(c, d)), (ints(np.int32, 64), ints(np.int32, 64), ints(np.uint32, 64), ints(np.uint32, 64)), False),
    "mulhi_64": (lambda a, b, c, d: (lax.mulhi(a, b), lax.mulhi(c, d)), (ints(np.int64, 64), ints(np.int64, 64), ints(np.uint64, 64), ints(np.uint64, 64)), True),
    "mulhi_narrow": (lambda a, b, c, d: (lax.mulhi(a, b), lax.mulhi(c, d)), (ints(np.int8, 64), ints(np.int8, 64), ints(np.uint16, 64), ints(np.uint16, 64)), False),
    "stats_dists": (lambda x, u: (jst.beta.pdf(u, 2.0, 3.0), jst.gamma.logpdf(x, 2.5), jst.poisson.pmf(jnp.floor(x * 3), 2.0),
                                  jst.t.pdf(x, 3.0), jst.t.logpdf(x, 5.0)), (f32(64, lo=0.1), unit(64)), False),
}


def main(out):
    version = stablehlo.get_current_version()
    shutil.rmtree(out, ignore_errors=True)
    for name, (fn, args, x64) in CASES.items():
        with jax.enable_x64(x64):
            jf = jax.jit(fn)
            lowered = jf.lower(*args)
            text = lowered.as_text()
            bc = jmlir.module_to_bytecode(lowered.compiler_ir("stablehlo"))
            # XLA's own serialization for plugins (legalizes CHLO first).
            art = xla_client._xla.mlir.serialize_portable_artifact(bc, version, False)
            outs = jax.tree.leaves(jf(*args))
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "module.mlir"), "w") as f:
            f.write(text)
        with open(os.path.join(d, "module.vhlo-%s.bc" % version), "wb") as f:
            f.write(art)
        np.savez(os.path.join(d, "io.npz"),
                 **{"in%d" % i: np.asarray(a) for i, a in enumerate(jax.tree.leaves(args))},
                 **{"out%d" % i: np.asarray(o) for i, o in enumerate(outs)})
        print(name, len(art), "bytes")
    print("jax", jax.__version__, "StableHLO", version)


if __name__ == "__main__":
    main(sys.argv[1])
