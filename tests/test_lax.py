"""More of jax.lax's public ops on hlovm against CPU (eager and jit)."""
import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from conftest import compare

rng = np.random.default_rng(6)
A = rng.normal(size=(3, 4)).astype(np.float32)
B = rng.normal(size=(3, 4)).astype(np.float32)
P = rng.uniform(0.2, 3.0, size=(3, 4)).astype(np.float32)
I = rng.integers(-50, 50, size=(3, 4)).astype(np.int32)
S = rng.integers(0, 31, size=(3, 4)).astype(np.int32)
U = rng.integers(0, 2**32, size=(3, 4), dtype=np.uint64).astype(np.uint32)
V = rng.normal(size=(10,)).astype(np.float32)
IMG = rng.normal(size=(1, 6, 6, 2)).astype(np.float32)
KER = rng.normal(size=(3, 3, 2, 3)).astype(np.float32)
DN = ("NHWC", "HWIO", "NHWC")

CASES = [
    ("abs", lax.abs, (A,)), ("acos", lax.acos, (A / 3,)), ("acosh", lax.acosh, (P + 1,)),
    ("asin", lax.asin, (A / 3,)), ("asinh", lax.asinh, (A,)), ("atan", lax.atan, (A,)),
    ("atan2", lax.atan2, (A, B)), ("atanh", lax.atanh, (A / 3,)), ("cbrt", lax.cbrt, (A,)),
    ("ceil", lax.ceil, (A,)), ("cos", lax.cos, (A,)), ("cosh", lax.cosh, (A,)),
    ("exp", lax.exp, (A,)), ("exp2", lax.exp2, (A,)), ("expm1", lax.expm1, (A,)),
    ("floor", lax.floor, (A,)), ("log", lax.log, (P,)), ("log1p", lax.log1p, (P,)),
    ("neg", lax.neg, (A,)), ("pow", lax.pow, (P, B)), ("sign", lax.sign, (A,)),
    ("sin", lax.sin, (A,)), ("sinh", lax.sinh, (A,)), ("sqrt", lax.sqrt, (P,)),
    ("square", lax.square, (A,)), ("tan", lax.tan, (A,)), ("tanh", lax.tanh, (A,)),
    ("erfc", lax.erfc, (A,)), ("igammac", lax.igammac, (P, P)), ("polygamma", lax.polygamma, (jnp.ones((3, 4)), P)),
    ("zeta", lax.zeta, (P + 1, P)), ("bessel_i1e", lax.bessel_i1e, (A,)),
    ("betainc", lax.betainc, (P, P, np.full((3, 4), 0.4, np.float32))),
    ("random_gamma_grad", lax.random_gamma_grad, (P, P)),
    ("add", lax.add, (A, B)), ("sub", lax.sub, (A, B)), ("mul", lax.mul, (I, I)), ("div", lax.div, (A, P)),
    ("max", lax.max, (A, B)), ("min", lax.min, (I, S)), ("rem_f", lax.rem, (A, P)),
    ("eq", lax.eq, (I, S)), ("ne", lax.ne, (A, B)), ("ge", lax.ge, (A, B)), ("gt", lax.gt, (I, S)),
    ("le", lax.le, (A, B)), ("lt", lax.lt, (U, U[::-1])),
    ("and", lax.bitwise_and, (U, U[::-1])), ("or", lax.bitwise_or, (I, S)), ("xor", lax.bitwise_xor, (U, U[::-1])),
    ("not", lax.bitwise_not, (U,)), ("shift_left", lax.shift_left, (I, S)),
    ("shift_right_arith", lax.shift_right_arithmetic, (I, S)),
    ("shift_right_logical_u32", lax.shift_right_logical, (U, S.astype(np.uint32))),
    ("convert_f8", lambda a: lax.convert_element_type(a, jnp.float8_e4m3fn).astype(jnp.float32), (A,)),
    ("convert_f32_u8", lambda a: lax.convert_element_type(a * 50, jnp.uint8), (P,)),
    ("convert_i32_f16", lambda i: lax.convert_element_type(i, jnp.float16), (I,)),
    ("reduce_sum", lambda a: lax.reduce_sum(a, (1,)), (A,)),
    ("reduce_max", lambda a: lax.reduce_max(a, (0,)), (A,)),
    ("reduce_min", lambda a: lax.reduce_min(a, (0, 1)), (I,)),
    ("reduce_prod", lambda a: lax.reduce_prod(a, (1,)), (P,)),
    ("reduce_and", lambda a: lax.reduce_and(a > 0, (1,)), (A,)),
    ("reduce_or", lambda a: lax.reduce_or(a > 1, (0,)), (A,)),
    ("reduce_xor", lambda i: lax.reduce_xor(i, (1,)), (I,)),
    ("reduce_multi", lambda a, b: lax.reduce((a, b), (0.0, 0.0), lambda x, y: (x[0] + y[0], x[1] * y[1] + x[0]), (1,)), (A, B)),
    ("argmin", lambda a: lax.argmin(a, 1, jnp.int32), (A,)),
    ("cumsum", lambda a: lax.cumsum(a, 1), (A,)), ("cumprod", lambda a: lax.cumprod(a, 0), (P,)),
    ("cummin", lambda a: lax.cummin(a, 1, reverse=True), (A,)),
    ("slice", lambda a: lax.slice(a, (0, 1), (3, 4), (2, 2)), (A,)),
    ("slice_in_dim", lambda a: lax.slice_in_dim(a, 1, 3, axis=1), (A,)),
    ("index_in_dim", lambda a: lax.index_in_dim(a, 2, axis=1), (A,)),
    ("dynamic_slice_in_dim", lambda a: lax.dynamic_slice_in_dim(a, 1, 2, axis=0), (A,)),
    ("dynamic_index_in_dim", lambda a: lax.dynamic_index_in_dim(a, jnp.int32(2), axis=1), (A,)),
    ("dynamic_update_index", lambda a: lax.dynamic_update_index_in_dim(a, jnp.zeros((3, 1)), 3, axis=1), (A,)),
    ("concatenate", lambda a, b: lax.concatenate([a, b], 0), (A, B)),
    ("split", lambda a: lax.split(a, (1, 3), axis=1), (A,)),
    ("transpose", lambda a: lax.transpose(a, (1, 0)), (A,)),
    ("reshape_dims", lambda a: lax.reshape(a, (4, 3), dimensions=(1, 0)), (A,)),
    ("broadcast", lambda a: lax.broadcast(a, (2,)), (A,)),
    ("broadcast_in_dim", lambda v: lax.broadcast_in_dim(v, (3, 10), (1,)), (V,)),
    ("squeeze", lambda a: lax.squeeze(a[None], (0,)), (A,)),
    ("collapse", lambda a: lax.collapse(a, 0, 2), (A,)),
    ("pad_negative", lambda a: lax.pad(a, 0.0, ((-1, 1, 0), (1, -1, 1))), (A,)),
    ("select_n", lambda i, a, b: lax.select_n(i % 2 == 0, a, b), (I, A, B)),
    ("select_n_int", lambda a, b: lax.select_n(jnp.int32(1), a, b), (A, B)),
    ("sort_descending", lambda v: lax.sort(-v), (V,)),
    ("sort_key_val", lambda v, i: lax.sort_key_val(v, i), (V, np.arange(10, dtype=np.int32))),
    ("approx_max_k", lambda v: lax.approx_max_k(v, 3), (V,)),
    ("approx_min_k_2d", lambda a: lax.approx_min_k(a, 2, reduction_dimension=0), (A,)),
    ("dot_preferred", lambda i: lax.dot(i, i.T, preferred_element_type=jnp.int32), (I,)),
    ("dot_precision", lambda a, b: lax.dot(a, b.T, precision=lax.Precision.HIGHEST), (A, B)),
    ("conv_transpose", lambda x, k: lax.conv_transpose(x, k, (2, 2), "SAME", dimension_numbers=DN), (IMG, KER)),
    ("conv_general_padding", lambda x, k: lax.conv_general_dilated(x, k, (1, 2), ((2, 0), (1, 1)), dimension_numbers=DN), (IMG, KER)),
    ("reduce_window_sum", lambda a: lax.reduce_window(a, 0.0, lax.add, (2, 3), (1, 1), ((1, 0), (0, 1))), (A,)),
    ("reduce_window_dilated", lambda a: lax.reduce_window(a, -jnp.inf, lax.max, (2, 2), (1, 1), "VALID", window_dilation=(1, 2)), (A,)),
    ("gather", lambda a: lax.gather(a, jnp.array([[0, 1], [2, 2]]), lax.GatherDimensionNumbers(
        offset_dims=(1,), collapsed_slice_dims=(0,), start_index_map=(0, 1)), (1, 2)), (A,)),
    ("scatter_mul", lambda a: a.at[jnp.array([0, 0, 1])].multiply(2.0), (A,)),
    ("scatter_min", lambda a: a.at[:, jnp.array([1, 1])].min(-1.0), (A,)),
    ("scatter_drop", lambda a: a.at[jnp.array([5, 1])].set(0.0, mode="drop"), (A,)),
    ("optimization_barrier", lambda a: lax.optimization_barrier((a, a + 1)), (A,)),
    ("stop_gradient", jax.grad(lambda a: jnp.sum(a * lax.stop_gradient(a))), (A,)),
    ("rng_bit_generator", lambda: lax.rng_bit_generator(jnp.arange(4, dtype=jnp.uint32), (3, 2))[1], ()),
    ("iota_2d", lambda: lax.iota(jnp.float32, 6).reshape(2, 3), ()),
    ("complex_ops", lambda a, b: (lax.abs(lax.complex(a, b)), lax.conj(lax.complex(a, b)), lax.sqrt(lax.complex(a, b))), (A, B)),
    ("integer_pow_neg", lambda p: lax.integer_pow(p, -2), (P,)),
    ("is_finite", lambda a: lax.is_finite(a / (a - a)), (A,)),
    ("clamp_int", lambda i: lax.clamp(-5, i, 5), (I,)),
    ("cumlogsumexp_rev", lambda a: lax.cumlogsumexp(a, 0, reverse=True), (A,)),
    ("top_k_int", lambda i: lax.top_k(i, 2), (I,)),
    ("associative_scan_mul", lambda a: lax.associative_scan(lax.mul, a, axis=1), (P,)),
]


@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
@pytest.mark.parametrize("name,fn,args", CASES, ids=[c[0] for c in CASES])
def test_lax(name, fn, args, jit):
    compare(fn, *args, jit=jit, rtol=2e-5, atol=2e-6)
