"""What the newest JAX sends: StableHLO ops newer than the 0.11 line (fma,
exp2, log2, chlo.mulhi; cpu_lgamma_ffi / cpu_digamma_ffi reached through the
CPU rules jax_hlovm reuses), the version hlovm advertises, and the error a
program too new for hlovm gets. Runs under every jax the package supports;
cases that need a newer jax say so when skipped."""
import os
import subprocess
import sys
import textwrap

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax
from jax._src import xla_bridge as xb

import jax_hlovm
from conftest import compare, cpu_device, hlovm_device

try:
    from jaxlib.mlir.dialects import stablehlo as _shlo
    JAXLIB_STABLEHLO = tuple(int(x) for x in _shlo.get_current_version().split("."))
except Exception:  # pragma: no cover - every supported jaxlib has it
    JAXLIB_STABLEHLO = (0, 0, 0)

# stablehlo.fma is in VHLO 1.24.0; jax lowers lax.fma to it from jaxlib 0.12.1.
HAS_FMA = hasattr(lax, "fma") and JAXLIB_STABLEHLO >= (1, 24, 0)
needs_fma = pytest.mark.skipif(not HAS_FMA, reason=f"lax.fma needs jax/jaxlib >= 0.12.1 (jaxlib StableHLO {JAXLIB_STABLEHLO})")
needs_mulhi = pytest.mark.skipif(not hasattr(lax, "mulhi"), reason="lax.mulhi needs jax >= 0.12.1")

rng = np.random.default_rng(8)
A = rng.normal(size=(64,)).astype(np.float32) * 4
B = rng.normal(size=(64,)).astype(np.float32)
C = rng.normal(size=(64,)).astype(np.float32)


def test_advertised_version_is_what_jaxlib_writes():
    """hlovm reads at least the StableHLO this jaxlib writes, so JAX sends
    programs without downgrading them."""
    ours = tuple(int(x) for x in xb.backend_stablehlo_version("hlovm"))
    assert ours >= JAXLIB_STABLEHLO, f"hlovm advertises {ours}, jaxlib writes {JAXLIB_STABLEHLO}"
    assert ours == (1, 25, 3)


@needs_fma
@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
def test_fma_f32(jit):
    # Near-cancelling operands: a*b+c where a*b ~ -c, so only a single
    # rounding gives CPU's bits.
    c = -(A * B) * np.float32(1 + 1e-3)
    got = compare(lax.fma, A, B, c, jit=jit, rtol=0, atol=0)
    assert np.any(got != (A * B + c)), "inputs do not tell fma from multiply-add"


@needs_fma
def test_fma_f64():
    with jax.enable_x64(True):
        a, b = A.astype(np.float64), B.astype(np.float64)
        compare(lax.fma, a, b, -(a * b) * (1 + 1e-9), jit=True, rtol=0, atol=0)


@needs_fma
@pytest.mark.parametrize("dtype", ["bfloat16", "float16"])
def test_fma_narrow_on_hlovm(dtype):
    """XLA:CPU rejects fma on 16-bit floats; hlovm computes it single-rounded
    (checked bit for bit against exact references in Go's
    TestFMASingleRounding). Here: it runs and agrees with a float64 FMA
    rounded once, which is exact for these small-integer-scaled inputs."""
    dt = jnp.dtype(dtype)
    a = (np.arange(16) - 8).astype(dt) / 4
    b = (np.arange(16) % 5 + 1).astype(dt)
    c = (np.arange(16) % 3 - 1).astype(dt)
    with jax.default_device(hlovm_device()):
        got = np.asarray(jax.jit(lax.fma)(a, b, c))
    want = (a.astype(np.float64) * b.astype(np.float64) + c.astype(np.float64)).astype(dt)
    np.testing.assert_array_equal(got, want)


@pytest.mark.skipif(not hasattr(lax, "fmuladd"), reason="lax.fmuladd needs jax >= 0.12.1")
def test_fmuladd():
    compare(lax.fmuladd, A, B, C, jit=True)


UNARY = [
    ("exp2_f32", jnp.exp2, (A,), False),
    ("log2_f32", jnp.log2, (np.abs(A) + 0.1,), False),
    ("logaddexp2", jnp.logaddexp2, (A, B), False),
    ("exp2_f64", jnp.exp2, (A.astype(np.float64) * 30,), True),
    ("log2_f64", jnp.log2, (np.abs(A.astype(np.float64)) * 1e5 + 1e-300,), True),
    ("exp2_c64", jnp.exp2, ((A + 1j * B).astype(np.complex64) / 4,), False),
    ("log2_c64", jnp.log2, ((A + 1j * B).astype(np.complex64),), False),
    ("log2_c128", jnp.log2, ((A + 1j * B).astype(np.complex128),), True),
    ("exp2_bf16", jnp.exp2, (A.astype(jnp.bfloat16),), False),
    ("log2_f16", jnp.log2, ((np.abs(A) + 0.1).astype(np.float16),), False),
    ("exp2_grad", jax.grad(lambda x: jnp.sum(jnp.exp2(x))), (A / 4,), False),
    ("log2_grad", jax.grad(lambda x: jnp.sum(jnp.log2(x))), (np.abs(A) + 0.1,), False),
    ("exp2_powers", jnp.exp2, (np.arange(-20, 20).astype(np.float32),), False),
    ("log2_powers", jnp.log2, (np.exp2(np.arange(-20, 20)).astype(np.float32),), False),
]


@pytest.mark.parametrize("name,fn,args,x64", UNARY, ids=[u[0] for u in UNARY])
def test_exp2_log2(name, fn, args, x64):
    # 16-bit results may differ by one unit in the last place (both sides
    # compute in f32 and round once; library functions differ).
    lowp = args[0].dtype in (np.float16, jnp.bfloat16)
    with jax.enable_x64(x64):
        got = compare(fn, *args, jit=True, rtol=8e-3 if lowp else 2e-6, atol=0 if not lowp else 1e-3)
    if name.endswith("powers") and JAXLIB_STABLEHLO >= (1, 23, 0):
        # Older jax lowers exp2/log2 to exp(x*ln2)/log(x)/ln2, inexact here.
        ref = np.arange(-20, 20).astype(np.float32)
        want = np.exp2(ref) if name.startswith("exp2") else ref
        np.testing.assert_array_equal(got, want)  # exact at integers / powers of two


MULHI = [np.int8, np.int16, np.int32, np.uint8, np.uint16, np.uint32, np.int64, np.uint64]


@needs_mulhi
@pytest.mark.parametrize("dtype", MULHI, ids=[np.dtype(d).name for d in MULHI])
def test_mulhi(dtype):
    info = np.iinfo(dtype)
    x = rng.integers(info.min, info.max, 32, dtype=dtype, endpoint=True)
    y = rng.integers(info.min, info.max, 32, dtype=dtype, endpoint=True)
    x[:4] = [info.min, info.max, 0, info.max]
    y[:4] = [info.min, info.max, info.min, 1]
    with jax.enable_x64(np.dtype(dtype).itemsize == 8):
        compare(lax.mulhi, x, y, jit=True)


SPECIAL = [
    ("lgamma", lax.lgamma, (np.concatenate([A, [0.0, -1.0, -2.5, 1e-30, np.inf, -np.inf]]).astype(np.float32),)),
    ("digamma", lax.digamma, (np.concatenate([A, [0.0, -0.0, -1.0, -2.5, 1e-30, np.inf]]).astype(np.float32),)),
    ("lgamma_bf16", lax.lgamma, ((np.abs(A) + 0.5).astype(jnp.bfloat16),)),
    ("gammaln", jax.scipy.special.gammaln, (np.abs(A) + 0.01,)),
    ("betaln", jax.scipy.special.betaln, (np.abs(A) + 0.1, np.abs(B) + 0.1)),
    ("multigammaln", lambda x: jax.scipy.special.multigammaln(x, 3), (np.abs(A) + 2,)),
    ("i0e", jax.scipy.special.i0e, (A,)),
    ("i1", jax.scipy.special.i1, (A,)),
    ("erfc_tail", jax.scipy.special.erfc, (A * 2,)),
    ("norm_ppf", jax.scipy.stats.norm.ppf, (np.linspace(0.001, 0.999, 64).astype(np.float32),)),
    ("t_pdf", lambda x: jax.scipy.stats.t.pdf(x, 4.0), (A,)),
    ("gamma_logpdf", lambda x: jax.scipy.stats.gamma.logpdf(x, 0.7), (np.abs(A) + 0.01,)),
]


@pytest.mark.parametrize("name,fn,args", SPECIAL, ids=[s[0] for s in SPECIAL])
def test_special(name, fn, args):
    lowp = args[0].dtype == jnp.bfloat16
    compare(fn, *args, jit=True, rtol=8e-3 if lowp else 2e-5, atol=1e-5)


RANDOM = [
    ("normal", lambda k: jax.random.normal(k, (2000,))),
    ("normal_bf16", lambda k: jax.random.normal(k, (500,), jnp.bfloat16)),
    ("truncated_normal", lambda k: jax.random.truncated_normal(k, -2.0, 0.5, (1000,))),
    ("gamma_small_alpha", lambda k: jax.random.gamma(k, 0.3, (1000,))),
    ("loggamma", lambda k: jax.random.loggamma(k, 2.0, (500,))),
    ("t", lambda k: jax.random.t(k, 2.5, (1000,))),
    ("poisson_large_rate", lambda k: jax.random.poisson(k, 40.0, (500,))),
    ("maxwell", lambda k: jax.random.maxwell(k, (500,))),
    ("double_sided_maxwell", lambda k: jax.random.double_sided_maxwell(k, 0.5, 2.0, (500,))),
    ("weibull_min", lambda k: jax.random.weibull_min(k, 1.5, 2.0, (500,))),
    ("multivariate_normal", lambda k: jax.random.multivariate_normal(
        k, jnp.array([1.0, -1.0, 0.0]), jnp.array([[2.0, 0.5, 0.1], [0.5, 1.0, 0.2], [0.1, 0.2, 0.5]]), (300,))),
    ("chisquare", lambda k: jax.random.chisquare(k, 3.0, (500,))),
    ("f", lambda k: jax.random.f(k, 3.0, 5.0, (500,))),
    ("lognormal", lambda k: jax.random.lognormal(k, 0.5, (500,))),
    ("generalized_normal", lambda k: jax.random.generalized_normal(k, 1.5, (500,))),
    ("ball", lambda k: jax.random.ball(k, 3, shape=(100,))),
    ("geometric", lambda k: jax.random.geometric(k, 0.2, (500,))),
    ("triangular", lambda k: jax.random.triangular(k, 0.0, 0.3, 1.0, (500,))),
    ("wald", lambda k: jax.random.wald(k, 1.5, (500,))),
]


@pytest.mark.parametrize("name,fn", RANDOM, ids=[r[0] for r in RANDOM])
def test_random_samplers(name, fn):
    def go(device):
        with jax.default_device(device):
            return np.asarray(jax.jit(fn)(jax.random.key(7)))
    want, got = go(cpu_device()), go(hlovm_device())
    assert got.shape == want.shape and got.dtype == want.dtype
    if got.dtype.kind in "iub":
        np.testing.assert_array_equal(got, want)
    else:
        lowp = got.dtype == jnp.bfloat16
        np.testing.assert_allclose(got.astype(np.float64), want.astype(np.float64),
                                   rtol=1e-2 if lowp else 1e-4, atol=1e-2 if lowp else 1e-5)


def test_too_new_message_names_op_version_and_remedy():
    ours = ".".join(str(int(x)) for x in xb.backend_stablehlo_version("hlovm"))
    err = ("INVALID_ARGUMENT: Failed to serialize StableHLO to plugin version " + ours +
           ";\nerror: failed to legalize operation 'vhlo.frobnicate_v1' that was explicitly marked illegal")
    msg = jax_hlovm.too_new_message(err)
    assert msg is not None
    for part in ("vhlo.frobnicate_v1", ours, jax.__version__, "Upgrade jax-hlovm", "pip install"):
        assert part in msg, (part, msg)
    # Another plugin's version, or another error: left alone.
    assert jax_hlovm.too_new_message(err.replace(ours, "0.9.1")) is None
    assert jax_hlovm.too_new_message("INTERNAL: something else") is None


def test_program_too_new_for_advertised_version():
    """Reproduces a jaxlib newer than hlovm: the plugin advertises 1.20.0
    (HLOVM_STABLEHLO_VERSION), and a program using stablehlo.fma (1.24.0)
    cannot be downgraded. The user sees which op, which version and what to
    do, as an UnsupportedStableHLOError; the next program still runs."""
    if JAXLIB_STABLEHLO < (1, 24, 0):
        pytest.skip(f"jaxlib StableHLO {JAXLIB_STABLEHLO} writes no op newer than 1.20.0 for jax.random.normal")
    code = textwrap.dedent("""
        import jax, jax_hlovm
        try:
            jax.random.normal(jax.random.key(0), (3,)).block_until_ready()
            print("NO ERROR")
        except jax_hlovm.UnsupportedStableHLOError as e:
            print("ERROR", e)
        print("NEXT", float(jax.numpy.add(1.0, 2.0)))
    """)
    env = dict(os.environ, HLOVM_STABLEHLO_VERSION="1.20.0")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    out = r.stdout
    assert "ERROR hlovm:" in out and "vhlo.fma_v1" in out and "1.20.0" in out, out
    assert "NEXT 3.0" in out, out
