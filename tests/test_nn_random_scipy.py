"""jax.nn, jax.random, jax.scipy, convolutions and pooling on hlovm vs CPU."""
import jax
import jax.numpy as jnp
import jax.scipy as jsp
import numpy as np
import pytest
from jax import lax

from conftest import compare, run_on, cpu_device, hlovm_device

rng = np.random.default_rng(3)
A = rng.normal(size=(4, 6)).astype(np.float32)
P = rng.uniform(0.1, 3.0, size=(4, 6)).astype(np.float32)
U = rng.uniform(0.05, 0.95, size=(7,)).astype(np.float32)
IMG_NHWC = rng.normal(size=(2, 8, 8, 3)).astype(np.float32)
IMG_NCHW = rng.normal(size=(2, 3, 8, 8)).astype(np.float32)
K_HWIO = rng.normal(size=(3, 3, 3, 4)).astype(np.float32)
K_OIHW = rng.normal(size=(4, 3, 3, 3)).astype(np.float32)
K_GROUP = rng.normal(size=(3, 3, 1, 6)).astype(np.float32)
IMG6 = rng.normal(size=(1, 7, 7, 6)).astype(np.float32)


def conv_nhwc(x, k, **kw):
    return lax.conv_general_dilated(x, k, dimension_numbers=("NHWC", "HWIO", "NHWC"), **kw)


def conv_nchw(x, k, **kw):
    return lax.conv_general_dilated(x, k, dimension_numbers=("NCHW", "OIHW", "NCHW"), **kw)


def max_pool(x):
    return lax.reduce_window(x, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")


def avg_pool(x):
    return lax.reduce_window(x, 0.0, lax.add, (1, 3, 3, 1), (1, 1, 1, 1), "SAME") / 9.0


CASES = [
    # jax.nn
    ("relu", jax.nn.relu, (A,)),
    ("relu6", jax.nn.relu6, (A * 4,)),
    ("gelu", jax.nn.gelu, (A,)),
    ("gelu_exact", lambda a: jax.nn.gelu(a, approximate=False), (A,)),
    ("silu", jax.nn.silu, (A,)),
    ("elu", jax.nn.elu, (A,)),
    ("selu", jax.nn.selu, (A,)),
    ("celu", jax.nn.celu, (A,)),
    ("leaky_relu", jax.nn.leaky_relu, (A,)),
    ("softplus", jax.nn.softplus, (A,)),
    ("sigmoid", jax.nn.sigmoid, (A,)),
    ("log_sigmoid", jax.nn.log_sigmoid, (A,)),
    ("hard_tanh", jax.nn.hard_tanh, (A,)),
    ("softmax", jax.nn.softmax, (A,)),
    ("log_softmax", lambda a: jax.nn.log_softmax(a, axis=0), (A,)),
    ("one_hot", lambda: jax.nn.one_hot(jnp.array([0, 3, 1]), 4), ()),
    ("standardize", jax.nn.standardize, (A,)),
    ("logsumexp", jax.nn.logsumexp, (A,)),
    ("dot_product_attention", lambda q: jax.nn.dot_product_attention(q, q, q),
     (rng.normal(size=(1, 5, 2, 4)).astype(np.float32),)),
    ("grad_softmax_xent", jax.grad(lambda a: -jnp.sum(jax.nn.log_softmax(a) * jax.nn.one_hot(jnp.arange(4) % 6, 6))), (A,)),
    # convolutions and pooling, with gradients
    ("conv_nhwc", conv_nhwc, (IMG_NHWC, K_HWIO), {"window_strides": (1, 1), "padding": "SAME"}),
    ("conv_nchw", conv_nchw, (IMG_NCHW, K_OIHW), {"window_strides": (1, 1), "padding": "VALID"}),
    ("conv_strided", conv_nhwc, (IMG_NHWC, K_HWIO), {"window_strides": (2, 2), "padding": "SAME"}),
    ("conv_dilated", conv_nhwc, (IMG_NHWC, K_HWIO), {"window_strides": (1, 1), "padding": "VALID", "rhs_dilation": (2, 2)}),
    ("conv_lhs_dilated", conv_nchw, (IMG_NCHW, K_OIHW), {"window_strides": (1, 1), "padding": ((1, 1), (1, 1)), "lhs_dilation": (2, 2)}),
    ("conv_grouped", conv_nhwc, (IMG6, K_GROUP), {"window_strides": (1, 1), "padding": "SAME", "feature_group_count": 6}),
    ("conv_grad_input", jax.grad(lambda x, k: jnp.sum(conv_nhwc(x, k, window_strides=(2, 2), padding="SAME") ** 2)), (IMG_NHWC, K_HWIO)),
    ("conv_grad_kernel", jax.grad(lambda x, k: jnp.sum(conv_nchw(x, k, window_strides=(1, 1), padding="SAME") ** 2), argnums=1), (IMG_NCHW, K_OIHW)),
    ("conv_grad_grouped", jax.grad(lambda x, k: jnp.sum(conv_nhwc(x, k, window_strides=(1, 1), padding="SAME", feature_group_count=6)), argnums=(0, 1)), (IMG6, K_GROUP)),
    ("max_pool", max_pool, (IMG_NHWC,)),
    ("avg_pool", avg_pool, (IMG_NHWC,)),
    ("max_pool_grad", jax.grad(lambda x: jnp.sum(max_pool(x) ** 2)), (IMG_NHWC,)),
    ("avg_pool_grad", jax.grad(lambda x: jnp.sum(avg_pool(x) ** 2)), (IMG_NHWC,)),
    # jax.scipy
    ("special_erf", jsp.special.erf, (A,)),
    ("special_erfc", jsp.special.erfc, (A,)),
    ("special_erfinv", jsp.special.erfinv, (U * 2 - 1,)),
    ("special_gammaln", jsp.special.gammaln, (P,)),
    ("special_digamma", jsp.special.digamma, (P,)),
    ("special_gammainc", jsp.special.gammainc, (P, P)),
    ("special_betainc", jsp.special.betainc, (P, P, U[:6] * np.ones((4, 1), np.float32))),
    ("special_xlogy", jsp.special.xlogy, (A, P)),
    ("special_logit", jsp.special.logit, (U,)),
    ("special_expit", jsp.special.expit, (A,)),
    ("special_i0", jsp.special.i0, (A,)),
    ("special_i1e", jsp.special.i1e, (A,)),
    ("special_ndtri", jsp.special.ndtri, (U,)),
    ("special_zeta", jsp.special.zeta, (P + 1, P)),
    ("stats_norm_pdf", jsp.stats.norm.pdf, (A,)),
    ("stats_norm_cdf", jsp.stats.norm.cdf, (A,)),
    ("stats_norm_logpdf", lambda a: jsp.stats.norm.logpdf(a, 0.5, 2.0), (A,)),
    ("stats_gamma_logpdf", lambda p: jsp.stats.gamma.logpdf(p, 2.0), (P,)),
    ("stats_beta_pdf", lambda u: jsp.stats.beta.pdf(u, 2.0, 3.0), (U,)),
    ("stats_poisson_pmf", lambda: jsp.stats.poisson.pmf(jnp.arange(6), 2.5), ()),
    ("stats_t_logpdf", lambda a: jsp.stats.t.logpdf(a, 3.0), (A,)),
    ("signal_convolve", jsp.signal.convolve, (A[0], A[1, :3])),
    ("signal_convolve2d", lambda a, k: jsp.signal.convolve2d(a, k, mode="same"), (A, A[:3, :3])),
    ("signal_correlate", jsp.signal.correlate, (A[0], A[1, :3])),
    ("ndimage_map_coordinates", lambda a: jsp.ndimage.map_coordinates(a, [jnp.array([0.5, 1.5]), jnp.array([2.2, 3.7])], order=1), (A,)),
]


def _split(case):
    name, fn, args = case[:3]
    kw = case[3] if len(case) > 3 else {}
    return name, (lambda *a: fn(*a, **kw)) if kw else fn, args


CASES = [_split(c) for c in CASES]


@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
@pytest.mark.parametrize("name,fn,args", CASES, ids=[c[0] for c in CASES])
def test_nn_scipy(name, fn, args, jit):
    compare(fn, *args, jit=jit, rtol=2e-4, atol=2e-5)


# jax.random: keys and bits are bit-exact (threefry); distributions match CPU
# exactly in shape and dtype and closely in value.
RANDOM_CASES = [
    ("key_data", lambda k: jax.random.key_data(k)),
    ("split", lambda k: jax.random.key_data(jax.random.split(k, 3))),
    ("fold_in", lambda k: jax.random.key_data(jax.random.fold_in(k, 7))),
    ("bits", lambda k: jax.random.bits(k, (5,), jnp.uint32)),
    ("uniform", lambda k: jax.random.uniform(k, (1000,))),
    ("normal", lambda k: jax.random.normal(k, (1000,))),
    ("randint", lambda k: jax.random.randint(k, (100,), 0, 10)),
    ("bernoulli", lambda k: jax.random.bernoulli(k, 0.3, (100,))),
    ("categorical", lambda k: jax.random.categorical(k, jnp.log(jnp.array([0.2, 0.3, 0.5])), shape=(100,))),
    ("permutation", lambda k: jax.random.permutation(k, 10)),
    ("choice", lambda k: jax.random.choice(k, 10, (5,), replace=False)),
    ("truncated_normal", lambda k: jax.random.truncated_normal(k, -1.0, 1.0, (500,))),
    ("exponential", lambda k: jax.random.exponential(k, (500,))),
    ("gamma", lambda k: jax.random.gamma(k, 2.0, (500,))),
    ("beta", lambda k: jax.random.beta(k, 2.0, 3.0, (500,))),
    ("dirichlet", lambda k: jax.random.dirichlet(k, jnp.array([1.0, 2.0, 3.0]), (100,))),
    ("poisson", lambda k: jax.random.poisson(k, 3.0, (500,))),
    ("laplace", lambda k: jax.random.laplace(k, (500,))),
    ("logistic", lambda k: jax.random.logistic(k, (500,))),
    ("gumbel", lambda k: jax.random.gumbel(k, (500,))),
    ("cauchy", lambda k: jax.random.cauchy(k, (500,))),
    ("t", lambda k: jax.random.t(k, 5.0, (500,))),
    ("multivariate_normal", lambda k: jax.random.multivariate_normal(k, jnp.zeros(2), jnp.eye(2), (200,))),
    ("orthogonal", lambda k: jnp.abs(jax.random.orthogonal(k, 3))),
    ("rademacher", lambda k: jax.random.rademacher(k, (100,))),
    ("binomial", lambda k: jax.random.binomial(k, 10, 0.3, (200,))),
]


@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
@pytest.mark.parametrize("name,fn", RANDOM_CASES, ids=[c[0] for c in RANDOM_CASES])
def test_random(name, fn, jit):
    def go(device):
        with jax.default_device(device):
            k = jax.random.key(42)
            return np.asarray((jax.jit(fn) if jit else fn)(k))
    want, got = go(cpu_device()), go(hlovm_device())
    assert got.shape == want.shape and got.dtype == want.dtype
    if got.dtype.kind in "iub":
        np.testing.assert_array_equal(got, want)
    else:
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)
        assert abs(got.mean() - want.mean()) < 1e-4 and abs(got.std() - want.std()) < 1e-4
