"""jax_enable_x64: float64, int64, complex128 results match CPU."""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

from conftest import compare


@pytest.fixture(autouse=True, scope="module")
def x64():
    jax.config.update("jax_enable_x64", True)
    yield
    jax.config.update("jax_enable_x64", False)


rng = np.random.default_rng(5)
D = rng.normal(size=(3, 4))
E = rng.normal(size=(3, 4))
L = rng.integers(-2**40, 2**40, size=(6,), dtype=np.int64)
K = rng.integers(1, 2**20, size=(6,), dtype=np.int64)
Z = rng.normal(size=(4,)) + 1j * rng.normal(size=(4,))
SPD = D.T @ D + 4 * np.eye(4)

CASES = [
    ("f64_add", jnp.add, (D, E)),
    ("f64_exp_log", lambda a: jnp.log(jnp.exp(a) + 1), (D,)),
    ("f64_sin", jnp.sin, (D,)),
    ("f64_matmul", lambda a, b: a @ b.T, (D, E)),
    ("f64_sum", jnp.sum, (D,)),
    ("f64_cumsum", jnp.cumsum, (D,)),
    ("f64_sort", jnp.sort, (D,)),
    ("f64_precision", lambda: jnp.float64(1.0) + jnp.float64(1e-12), ()),
    ("f64_arange", lambda: jnp.arange(0.0, 1.0, 0.1), ()),
    ("f64_grad", jax.grad(lambda a: jnp.sum(jnp.tanh(a) ** 2)), (D,)),
    ("f64_inv", jnp.linalg.inv, (SPD,)),
    ("f64_cholesky", jnp.linalg.cholesky, (SPD,)),
    ("f64_eigvalsh", jnp.linalg.eigvalsh, (SPD,)),
    ("f64_fft", jnp.fft.fft, (D[0],)),
    ("i64_add", jnp.add, (L, K)),
    ("i64_mul", jnp.multiply, (L, K)),
    ("i64_floordiv", jnp.floor_divide, (L, K)),
    ("i64_mod", jnp.mod, (L, K)),
    ("i64_shift", lambda a: a >> 7, (L,)),
    ("i64_sum", jnp.sum, (L,)),
    ("i64_arange", lambda: jnp.arange(2**33, 2**33 + 5), ()),
    ("u64_max", lambda: jnp.array([2**64 - 1], dtype=jnp.uint64) - 1, ()),
    ("c128_mul", lambda z: z * jnp.conj(z), (Z,)),
    ("c128_exp", jnp.exp, (Z,)),
    ("c128_abs", jnp.abs, (Z,)),
    ("c128_fft", jnp.fft.ifft, (Z,)),
    ("c128_matmul", lambda z: jnp.outer(z, z) @ z, (Z,)),
    ("random_f64", lambda: jax.random.normal(jax.random.key(1), (10,), dtype=jnp.float64), ()),
    ("convert_f64_i64", lambda a: (a * 1e10).astype(jnp.int64), (D,)),
]


@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
@pytest.mark.parametrize("name,fn,args", CASES, ids=[c[0] for c in CASES])
def test_x64(name, fn, args, jit):
    # compare() also checks that dtypes equal CPU's (64-bit under x64).
    compare(fn, *args, jit=jit, rtol=1e-12, atol=1e-12)
