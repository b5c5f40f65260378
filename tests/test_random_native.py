"""jax.random on hlovm through the native threefry2x32 custom call
(hlovm_threefry2x32), bit for bit against JAX's CPU backend."""
import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax.extend.random import threefry2x32_p

from conftest import cpu_device, hlovm_device

SHAPES = [(), (0,), (1,), (7,), (3, 5), (2, 0, 3), (1001,), (3, 40001)]


@pytest.fixture(params=[False, True], ids=["partitionable-off", "partitionable-on"])
def partitionable(request):
    old = jax.config.jax_threefry_partitionable
    jax.config.update("jax_threefry_partitionable", request.param)
    yield request.param
    jax.config.update("jax_threefry_partitionable", old)


def on(device, fn, seed, jit):
    """fn(key) on device, the key made there from raw key data (so under jit it
    is an argument, not a constant)."""
    with jax.default_device(device):
        data = jax.device_put(np.array([0, seed], np.uint32), device)
        f = jax.jit(fn) if jit else fn
        out = f(jax.random.wrap_key_data(data))
        return jax.tree_util.tree_map(np.asarray, out)


def same_bits(fn, seed=0, jit=True, float_rtol=None):
    """Equal bit patterns (so floats, NaN and -0.0 too), except floats when
    float_rtol is given: for draws whose arithmetic after the bits has a
    multiply feeding an add, which XLA:CPU contracts into an FMA and hlovm
    rounds twice, as the StableHLO ops say."""
    want = on(cpu_device(), fn, seed, jit)
    got = on(hlovm_device(), fn, seed, jit)
    gl, gt = jax.tree_util.tree_flatten(got)
    wl, wt = jax.tree_util.tree_flatten(want)
    assert gt == wt
    for g, w in zip(gl, wl):
        assert g.shape == w.shape and g.dtype == w.dtype, (g.shape, g.dtype, w.shape, w.dtype)
        if float_rtol is not None and g.dtype.kind == "f":
            np.testing.assert_allclose(g, w, rtol=float_rtol, atol=float_rtol)
            continue
        np.testing.assert_array_equal(g.reshape(-1).view(np.uint8), w.reshape(-1).view(np.uint8))
    return got


@pytest.mark.parametrize("jit", [True, False], ids=["jit", "eager"])
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_bits_uniform_normal(partitionable, jit, shape):
    same_bits(lambda k: jax.random.bits(k, shape), seed=1, jit=jit)
    same_bits(lambda k: jax.random.bits(k, shape, dtype=jnp.uint8), seed=2, jit=jit)
    same_bits(lambda k: jax.random.bits(k, shape, dtype=jnp.uint16), seed=2, jit=jit)
    same_bits(lambda k: jax.random.uniform(k, shape), seed=3, jit=jit)
    same_bits(lambda k: jax.random.uniform(k, shape, minval=-2.0, maxval=3.0), seed=3, jit=jit,
              float_rtol=1e-6)
    same_bits(lambda k: jax.random.normal(k, shape), seed=4, jit=jit, float_rtol=1e-5)


@pytest.mark.parametrize("jit", [True, False], ids=["jit", "eager"])
def test_split_fold_in_permutation_categorical(partitionable, jit):
    same_bits(lambda k: jax.random.key_data(jax.random.split(k, 5)), seed=5, jit=jit)
    same_bits(lambda k: jax.random.key_data(jax.random.split(k, (2, 3))), seed=5, jit=jit)
    same_bits(lambda k: jax.random.key_data(jax.random.fold_in(k, 12345)), seed=6, jit=jit)
    same_bits(lambda k: jax.random.permutation(k, 101), seed=7, jit=jit)
    same_bits(lambda k: jax.random.permutation(k, jnp.arange(12.0).reshape(4, 3), axis=1,
                                               independent=True), seed=7, jit=jit)
    logits = np.log(np.linspace(0.05, 1.0, 9, dtype=np.float32))
    same_bits(lambda k: jax.random.categorical(k, logits, shape=(33,)), seed=8, jit=jit)


def test_key_sequences_and_64_bit_bits(partitionable):
    def chain(k):
        outs = []
        for i in range(4):
            k, sub = jax.random.split(k)
            outs.append(jax.random.bits(jax.random.fold_in(sub, i), (17,)))
        return outs
    same_bits(chain, seed=9)
    same_bits(lambda k: jax.random.randint(k, (6, 7), -1000, 1000), seed=10)
    same_bits(lambda k: jax.random.gamma(k, 2.5, (65,)), seed=11, float_rtol=1e-5)


def test_vmapped_keys(partitionable):
    # A batch of keys: the key operands are no longer one element, so the
    # lowering broadcasts them to the counters' shape.
    def f(k):
        ks = jax.random.split(k, 3)
        return jax.vmap(lambda kk: jax.random.bits(kk, (5,)))(ks)
    same_bits(f, seed=12)
    same_bits(lambda k: jax.vmap(lambda kk: jax.random.normal(kk, (2, 3)))(jax.random.split(k, 4)),
              seed=13, float_rtol=1e-5)


U32 = np.uint32


def ramp(shape, mul):
    return (np.arange(int(np.prod(shape)), dtype=np.uint64) * mul % 2**32).astype(U32).reshape(shape)


@pytest.mark.parametrize("shapes", [
    ((), (), (6,), (6,)),
    ((1, 1), (1, 1), (3, 5), (3, 5)),   # one-element keys of full rank
    ((3, 1), (1, 5), (3, 5), (3, 5)),   # size-1 dimensions broadcast
    ((3, 5), (3, 5), (1, 5), (3, 1)),   # counters broadcast
    ((4,), (4,), (4,), (4,)),
], ids=str)
def test_primitive_operand_shapes(shapes):
    # threefry2x32_p itself, with operands the primitive broadcasts. The
    # expected value is CPU's on the explicitly broadcast operands (CPU's own
    # rule rejects some of these shapes).
    args = [ramp(s, m) for s, m in zip(shapes, (2654435761, 40503, 97, 1))]
    out_shape = np.broadcast_shapes(*shapes)
    with jax.default_device(cpu_device()):
        want = jax.jit(lambda *a: threefry2x32_p.bind(*a))(*[np.broadcast_to(a, out_shape) for a in args])
    with jax.default_device(hlovm_device()):
        got = jax.jit(lambda *a: threefry2x32_p.bind(*a))(*args)
    for g, w in zip(got, want):
        assert g.shape == out_shape
        np.testing.assert_array_equal(np.asarray(g), np.asarray(w))


def test_known_answer_through_jax():
    # Random123's threefry2x32_20 vectors, through JAX's primitive on hlovm.
    k0 = np.array([0, 0xffffffff, 0x13198a2e], U32)
    k1 = np.array([0, 0xffffffff, 0x03707344], U32)
    x0 = np.array([0, 0xffffffff, 0x243f6a88], U32)
    x1 = np.array([0, 0xffffffff, 0x85a308d3], U32)
    with jax.default_device(hlovm_device()):
        y0, y1 = jax.jit(lambda *a: threefry2x32_p.bind(*a))(k0, k1, x0, x1)
    np.testing.assert_array_equal(np.asarray(y0), np.array([0x6b200159, 0x1cb996fc, 0xc4923a9c], U32))
    np.testing.assert_array_equal(np.asarray(y1), np.array([0x99ba4efe, 0xbb002be7, 0x483df7a0], U32))


@pytest.mark.parametrize("fn", [
    lambda k: jax.random.bits(k, (8,)),
    lambda k: jax.random.normal(k, (3, 4)),
    lambda k: jax.random.split(k, 4),
], ids=["bits", "normal", "split"])
def test_lowering_uses_the_custom_call(partitionable, fn):
    # Without the hlovm rule the results would still match (JAX's generic
    # lowering is correct, just slow); this is what fails then.
    with jax.default_device(hlovm_device()):
        text = jax.jit(fn).lower(jax.random.key(0)).as_text()
    assert "hlovm_threefry2x32" in text
    with jax.default_device(cpu_device()):
        text = jax.jit(fn).lower(jax.random.key(0)).as_text()
    assert "hlovm_threefry2x32" not in text
