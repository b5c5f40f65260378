"""jax.numpy and jax.lax ops on hlovm against JAX's CPU backend, eager and
under jit. One row per case: (name, function, argument makers); add rows to
grow the suite."""
import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from conftest import compare

rng = np.random.default_rng(0)


def f32(*shape, lo=-2.0, hi=2.0):
    return rng.uniform(lo, hi, shape).astype(np.float32)


def pos(*shape):
    return rng.uniform(0.1, 3.0, shape).astype(np.float32)


def i32(*shape, lo=-10, hi=10):
    return rng.integers(lo, hi, shape).astype(np.int32)


def u8(*shape):
    return rng.integers(0, 255, shape).astype(np.uint8)


def boolean(*shape):
    return rng.integers(0, 2, shape).astype(bool)


def spd(n):
    a = rng.normal(size=(n, n)).astype(np.float32)
    return (a @ a.T + n * np.eye(n)).astype(np.float32)


A = f32(3, 4)
B = f32(3, 4)
V = f32(7)
M = f32(4, 4)
P = pos(3, 4)
I = i32(3, 4)
J = i32(3, 4, lo=1, hi=5)
X = f32(2, 3, 4)

CASES = [
    # creation
    ("zeros", lambda: jnp.zeros((2, 3)), ()),
    ("ones_int", lambda: jnp.ones((4,), jnp.int32), ()),
    ("full", lambda: jnp.full((2, 2), 7.5), ()),
    ("arange", lambda: jnp.arange(10), ()),
    ("arange_f", lambda: jnp.arange(0.0, 3.0, 0.25), ()),
    ("linspace", lambda: jnp.linspace(0, 1, 11), ()),
    ("logspace", lambda: jnp.logspace(0, 2, 5), ()),
    ("eye", lambda: jnp.eye(4, 5, k=1), ()),
    ("identity", lambda: jnp.identity(3), ()),
    ("tri", lambda: jnp.tri(4), ()),
    ("zeros_like", jnp.zeros_like, (A,)),
    ("full_like", lambda a: jnp.full_like(a, 3), (I,)),
    ("meshgrid", lambda: jnp.meshgrid(jnp.arange(3), jnp.arange(2)), ()),
    # element-wise math
    ("add", jnp.add, (A, B)),
    ("subtract", jnp.subtract, (A, B)),
    ("multiply", jnp.multiply, (A, B)),
    ("divide", jnp.divide, (A, P)),
    ("floor_divide", jnp.floor_divide, (I, J)),
    ("mod_int", jnp.mod, (I, J)),
    ("mod_float", jnp.mod, (A, P)),
    ("power", jnp.power, (P, A)),
    ("negative", jnp.negative, (A,)),
    ("abs", jnp.abs, (A,)),
    ("abs_int", jnp.abs, (I,)),
    ("sign", jnp.sign, (A,)),
    ("exp", jnp.exp, (A,)),
    ("exp2", jnp.exp2, (A,)),
    ("expm1", jnp.expm1, (A,)),
    ("log", jnp.log, (P,)),
    ("log1p", jnp.log1p, (P,)),
    ("log2", jnp.log2, (P,)),
    ("log10", jnp.log10, (P,)),
    ("sqrt", jnp.sqrt, (P,)),
    ("cbrt", jnp.cbrt, (A,)),
    ("rsqrt", lax.rsqrt, (P,)),
    ("square", jnp.square, (A,)),
    ("reciprocal", jnp.reciprocal, (P,)),
    ("sin", jnp.sin, (A,)),
    ("cos", jnp.cos, (A,)),
    ("tan", jnp.tan, (A,)),
    ("arcsin", jnp.arcsin, (f32(5, lo=-0.9, hi=0.9),)),
    ("arccos", jnp.arccos, (f32(5, lo=-0.9, hi=0.9),)),
    ("arctan", jnp.arctan, (A,)),
    ("arctan2", jnp.arctan2, (A, B)),
    ("sinh", jnp.sinh, (A,)),
    ("cosh", jnp.cosh, (A,)),
    ("tanh", jnp.tanh, (A,)),
    ("arcsinh", jnp.arcsinh, (A,)),
    ("arccosh", jnp.arccosh, (pos(5) + 1,)),
    ("arctanh", jnp.arctanh, (f32(5, lo=-0.9, hi=0.9),)),
    ("hypot", jnp.hypot, (A, B)),
    ("logaddexp", jnp.logaddexp, (A, B)),
    ("maximum", jnp.maximum, (A, B)),
    ("minimum", jnp.minimum, (A, B)),
    ("clip", lambda a: jnp.clip(a, -0.5, 0.5), (A,)),
    ("floor", jnp.floor, (A,)),
    ("ceil", jnp.ceil, (A,)),
    ("round", jnp.round, (A * 3,)),
    ("round_decimals", lambda a: jnp.round(a, 2), (A,)),
    ("rint", jnp.rint, (A * 3,)),
    ("trunc", jnp.trunc, (A * 3,)),
    ("sinc", jnp.sinc, (A,)),
    ("deg2rad", jnp.deg2rad, (A,)),
    ("nan_to_num", jnp.nan_to_num, (np.array([np.nan, np.inf, -np.inf, 1.0], np.float32),)),
    ("isnan", jnp.isnan, (np.array([np.nan, 1.0, np.inf], np.float32),)),
    ("isinf", jnp.isinf, (np.array([np.nan, 1.0, -np.inf], np.float32),)),
    ("isfinite", jnp.isfinite, (np.array([np.nan, 1.0, np.inf], np.float32),)),
    ("heaviside", jnp.heaviside, (A, B)),
    ("copysign", jnp.copysign, (A, B)),
    ("nextafter", jnp.nextafter, (A, B)),
    ("ldexp", jnp.ldexp, (A, J)),
    ("frexp", jnp.frexp, (A,)),
    ("modf", jnp.modf, (A * 3,)),
    ("gcd", jnp.gcd, (I, J)),
    ("lcm", jnp.lcm, (I, J)),
    ("where", jnp.where, (boolean(3, 4), A, B)),
    ("select", lax.select, (boolean(3, 4), A, B)),
    ("complex_mul", lambda a, b: (a + 1j * b) * (b - 1j * a), (A, B)),
    ("complex_abs", lambda a, b: jnp.abs(a + 1j * b), (A, B)),
    ("complex_exp", lambda a, b: jnp.exp(a + 1j * b), (A, B)),
    ("angle", lambda a, b: jnp.angle(a + 1j * b), (A, B)),
    ("conj", lambda a, b: jnp.conj(a + 1j * b), (A, B)),
    # conversions
    ("astype_int", lambda a: (a * 10).astype(jnp.int32), (A,)),
    ("astype_uint8", lambda a: a.astype(jnp.uint8), (I,)),
    ("astype_bf16", lambda a: a.astype(jnp.bfloat16), (A,)),
    ("astype_f16", lambda a: a.astype(jnp.float16), (A,)),
    ("astype_bool", lambda a: a.astype(bool), (I,)),
    ("bitcast", lambda a: lax.bitcast_convert_type(a, jnp.int32), (A,)),
    # logic and bitwise
    ("less", jnp.less, (A, B)),
    ("equal_int", jnp.equal, (I, J)),
    ("logical_and", jnp.logical_and, (boolean(5), boolean(5))),
    ("logical_xor", jnp.logical_xor, (boolean(5), boolean(5))),
    ("logical_not", jnp.logical_not, (boolean(5),)),
    ("bitwise_and", jnp.bitwise_and, (I, J)),
    ("bitwise_or", jnp.bitwise_or, (u8(6), u8(6))),
    ("bitwise_xor", jnp.bitwise_xor, (I, J)),
    ("invert", jnp.invert, (I,)),
    ("left_shift", jnp.left_shift, (I, J)),
    ("right_shift", jnp.right_shift, (I, J)),
    ("population_count", lax.population_count, (I,)),
    ("clz", lax.clz, (I,)),
    ("allclose", lambda a, b: jnp.allclose(a, b), (A, A)),
    ("isclose", jnp.isclose, (A, B)),
    # reductions
    ("sum", jnp.sum, (A,)),
    ("sum_axis", lambda a: jnp.sum(a, axis=1), (X,)),
    ("sum_int", jnp.sum, (I,)),
    ("prod", lambda a: jnp.prod(a, axis=0), (A,)),
    ("mean", jnp.mean, (X,)),
    ("var", lambda a: jnp.var(a, axis=0), (A,)),
    ("std", jnp.std, (A,)),
    ("max", jnp.max, (A,)),
    ("min_axis", lambda a: jnp.min(a, axis=-1), (X,)),
    ("argmax", lambda a: jnp.argmax(a, axis=1), (A,)),
    ("argmin", jnp.argmin, (A,)),
    ("any", jnp.any, (boolean(4, 3),)),
    ("all", lambda a: jnp.all(a, axis=0), (boolean(4, 3),)),
    ("nansum", jnp.nansum, (np.array([1.0, np.nan, 2.0], np.float32),)),
    ("nanmean", jnp.nanmean, (np.array([1.0, np.nan, 2.0], np.float32),)),
    ("nanmax", jnp.nanmax, (np.array([1.0, np.nan, 2.0], np.float32),)),
    ("nanargmin", jnp.nanargmin, (np.array([1.0, np.nan, -2.0], np.float32),)),
    ("cumsum", lambda a: jnp.cumsum(a, axis=1), (A,)),
    ("cumprod", jnp.cumprod, (V,)),
    ("cummax", lambda a: lax.cummax(a, axis=0), (A,)),
    ("logsumexp", jax.scipy.special.logsumexp, (A,)),
    ("median", jnp.median, (A,)),
    ("percentile", lambda a: jnp.percentile(a, 30.0), (A,)),
    ("average", lambda a, w: jnp.average(a, weights=w), (A, P)),
    ("count_nonzero", jnp.count_nonzero, (I,)),
    ("ptp", jnp.ptp, (A,)),
    # shape, joining, splitting
    ("reshape", lambda a: a.reshape(4, 3), (A,)),
    ("transpose", jnp.transpose, (X,)),
    ("moveaxis", lambda a: jnp.moveaxis(a, 0, -1), (X,)),
    ("swapaxes", lambda a: jnp.swapaxes(a, 0, 2), (X,)),
    ("expand_dims", lambda a: jnp.expand_dims(a, 1), (A,)),
    ("squeeze", jnp.squeeze, (f32(3, 1, 2),)),
    ("ravel", jnp.ravel, (X,)),
    ("concatenate", lambda a, b: jnp.concatenate([a, b], axis=1), (A, B)),
    ("stack", lambda a, b: jnp.stack([a, b]), (A, B)),
    ("hstack", lambda a, b: jnp.hstack([a, b]), (A, B)),
    ("vstack", lambda a, b: jnp.vstack([a, b]), (A, B)),
    ("split", lambda a: jnp.split(a, 2, axis=1), (A,)),
    ("array_split", lambda v: jnp.array_split(v, 3), (V,)),
    ("tile", lambda a: jnp.tile(a, (2, 1)), (A,)),
    ("repeat", lambda a: jnp.repeat(a, 2, axis=0), (A,)),
    ("flip", jnp.flip, (A,)),
    ("roll", lambda a: jnp.roll(a, 2, axis=1), (A,)),
    ("rot90", jnp.rot90, (A,)),
    ("pad", lambda a: jnp.pad(a, ((1, 2), (0, 1))), (A,)),
    ("pad_reflect", lambda a: jnp.pad(a, 2, mode="reflect"), (A,)),
    ("broadcast_to", lambda v: jnp.broadcast_to(v, (3, 7)), (V,)),
    ("triu", jnp.triu, (M,)),
    ("tril", lambda m: jnp.tril(m, -1), (M,)),
    ("diag", jnp.diag, (M,)),
    ("diagonal", jnp.diagonal, (X,)),
    ("trace", jnp.trace, (M,)),
    # indexing and .at
    ("index", lambda a: a[1, 2:], (A,)),
    ("index_neg_step", lambda a: a[::-1, ::2], (A,)),
    ("index_array", lambda v: v[jnp.array([0, 3, 3, 6])], (V,)),
    ("index_bool", lambda v: jnp.where(v > 0, v, 0), (V,)),
    ("take", lambda v: jnp.take(v, jnp.array([[0, 1], [5, 6]])), (V,)),
    ("take_along_axis", lambda a: jnp.take_along_axis(a, jnp.argsort(a, axis=1), axis=1), (A,)),
    ("at_set", lambda a: a.at[1, 2].set(10.0), (A,)),
    ("at_add", lambda v: v.at[jnp.array([0, 0, 2])].add(1.0), (V,)),
    ("at_mul", lambda a: a.at[:, 1].multiply(3.0), (A,)),
    ("at_max", lambda v: v.at[jnp.array([1, 1, 4])].max(5.0), (V,)),
    ("at_get", lambda v: v.at[jnp.array([1, 9])].get(mode="fill", fill_value=-1.0), (V,)),
    ("dynamic_slice", lambda a: lax.dynamic_slice(a, (1, 1), (2, 2)), (A,)),
    ("dynamic_update_slice", lambda a: lax.dynamic_update_slice(a, jnp.ones((2, 2)), (1, 2)), (A,)),
    # sorting, searching, sets
    ("sort", jnp.sort, (V,)),
    ("sort_axis0", lambda a: jnp.sort(a, axis=0), (A,)),
    ("argsort", jnp.argsort, (V,)),
    ("lexsort", lambda a, b: jnp.lexsort((a, b)), (i32(8, lo=0, hi=3), i32(8, lo=0, hi=3))),
    ("top_k", lambda v: lax.top_k(v, 3), (V,)),
    ("searchsorted", lambda v: jnp.searchsorted(jnp.sort(v), jnp.array([0.0, 0.5])), (V,)),
    ("nonzero_size", lambda v: jnp.nonzero(v > 0, size=7, fill_value=-1), (V,)),
    ("unique_size", lambda v: jnp.unique(v, size=5, fill_value=0), (i32(9, lo=0, hi=4),)),
    ("isin", lambda a, b: jnp.isin(a, b), (i32(6, lo=0, hi=5), i32(3, lo=0, hi=5))),
    ("union1d_size", lambda a, b: jnp.union1d(a, b, size=8, fill_value=0), (i32(4, lo=0, hi=5), i32(4, lo=0, hi=5))),
    ("bincount", lambda v: jnp.bincount(v, length=5), (i32(10, lo=0, hi=5),)),
    ("histogram", lambda v: jnp.histogram(v, bins=4, range=(-2, 2)), (V,)),
    ("digitize", lambda v: jnp.digitize(v, jnp.array([-1.0, 0.0, 1.0])), (V,)),
    # polynomials and window functions
    ("polyval", lambda c, x: jnp.polyval(c, x), (f32(4), V)),
    ("polyadd", jnp.polyadd, (f32(3), f32(4))),
    ("polymul", jnp.polymul, (f32(3), f32(4))),
    ("convolve", jnp.convolve, (V, f32(3))),
    ("correlate", lambda a, b: jnp.correlate(a, b, mode="same"), (V, f32(3))),
    ("hanning", lambda: jnp.hanning(8), ()),
    ("hamming", lambda: jnp.hamming(8), ()),
    ("blackman", lambda: jnp.blackman(8), ()),
    ("kaiser", lambda: jnp.kaiser(8, 4.0), ()),
    ("interp", lambda x: jnp.interp(x, jnp.array([-2.0, 0.0, 2.0]), jnp.array([0.0, 1.0, 0.0])), (V,)),
    # matmul family
    ("matmul", jnp.matmul, (A, f32(4, 5))),
    ("dot_vec", jnp.dot, (V, V)),
    ("batched_matmul", jnp.matmul, (X, f32(2, 4, 3))),
    ("einsum", lambda a, b: jnp.einsum("ij,kj->ik", a, b), (A, B)),
    ("outer", jnp.outer, (V, V)),
    ("kron", jnp.kron, (f32(2, 2), f32(2, 3))),
    ("tensordot", lambda a, b: jnp.tensordot(a, b, axes=([1, 2], [0, 1])), (X, f32(3, 4, 2))),
    ("cross", jnp.cross, (f32(4, 3), f32(4, 3))),
    ("matmul_int", jnp.matmul, (I, i32(4, 2))),
    ("matmul_bf16", lambda a, b: jnp.matmul(a.astype(jnp.bfloat16), b.astype(jnp.bfloat16)), (A, f32(4, 5))),
    # lax
    ("lax_reduce_window", lambda a: lax.reduce_window(a, -jnp.inf, lax.max, (2, 2), (1, 1), "VALID"), (M,)),
    ("lax_conv", lambda x, w: lax.conv(x, w, (1, 1), "SAME"), (f32(1, 2, 5, 5), f32(3, 2, 3, 3))),
    ("lax_pad_interior", lambda a: lax.pad(a, 0.0, ((1, 1, 1), (0, 0, 2))), (A,)),
    ("lax_rem", lax.rem, (I, J)),
    ("lax_div_int", lax.div, (I, J)),
    ("lax_integer_pow", lambda a: lax.integer_pow(a, 3), (A,)),
    ("lax_erf", lax.erf, (A,)),
    ("lax_erf_inv", lax.erf_inv, (f32(5, lo=-0.9, hi=0.9),)),
    ("lax_lgamma", lax.lgamma, (P,)),
    ("lax_digamma", lax.digamma, (P,)),
    ("lax_igamma", lax.igamma, (P, P)),
    ("lax_bessel_i0e", lax.bessel_i0e, (A,)),
    ("lax_logistic", lax.logistic, (A,)),
    ("lax_is_finite", lax.is_finite, (A,)),
    ("lax_round_even", lambda a: lax.round(a * 3, lax.RoundingMethod.TO_NEAREST_EVEN), (A,)),
    ("lax_shift_right_logical", lax.shift_right_logical, (I, J)),
    ("lax_reduce_precision", lambda a: lax.reduce_precision(a, 5, 10), (A,)),
    ("lax_iota", lambda: lax.iota(jnp.int32, 5), ()),
    ("lax_broadcasted_iota", lambda: lax.broadcasted_iota(jnp.float32, (2, 3), 1), ()),
    ("lax_expand_dims", lambda a: lax.expand_dims(a, (0,)), (A,)),
    ("lax_rev", lambda a: lax.rev(a, (0, 1)), (A,)),
    ("lax_sort_multi", lambda a, b: lax.sort((a, b), num_keys=1), (V, f32(7))),
    ("lax_cumlogsumexp", lambda a: lax.cumlogsumexp(a, axis=1), (A,)),
    ("lax_argmax", lambda a: lax.argmax(a, 0, jnp.int32), (A,)),
    ("lax_clamp", lambda a: lax.clamp(-0.5, a, 0.5), (A,)),
    ("lax_nextafter", lax.nextafter, (A, B)),
    ("lax_dot_general", lambda a, b: lax.dot_general(a, b, (((2,), (1,)), ((0,), (0,)))), (X, f32(2, 4, 5))),
    ("lax_gather_slices", lambda a: a[jnp.array([[0], [2]]), 1:3], (A,)),
    ("lax_scatter_add", lambda a: a.at[jnp.array([0, 2, 0])].add(jnp.ones((3, 4))), (A,)),
    ("lax_population_count_u8", lax.population_count, (u8(5),)),
    ("lax_complex", lax.complex, (A, B)),
    ("lax_real_imag", lambda a, b: (lax.real(lax.complex(a, b)), lax.imag(lax.complex(a, b))), (A, B)),
]


@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
@pytest.mark.parametrize("name,fn,args", CASES, ids=[c[0] for c in CASES])
def test_op(name, fn, args, jit):
    compare(fn, *args, jit=jit, rtol=2e-5, atol=2e-6)
