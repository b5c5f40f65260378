"""Donation in place: a donated input is handed to the VM, which writes the
result over it where shape and dtype match, so an SGD step's parameters are
updated in place rather than copied.

The storage checks look at a program's first run, which tier 0 (the
interpreter) makes; once tier 1 promotes the program its fused kernels write
fresh buffers (results are checked on every run)."""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

from conftest import cpu_device, hlovm_device


def test_donated_output_takes_the_input_storage():
    dev = hlovm_device()
    x = jax.device_put(np.arange(4096, dtype=np.float32), dev)
    ptr = x.unsafe_buffer_pointer()
    y = jax.jit(lambda v: v * 2 + 1, donate_argnums=0)(x)
    assert x.is_deleted()
    with pytest.raises(RuntimeError):
        np.asarray(x)
    assert y.unsafe_buffer_pointer() == ptr
    np.testing.assert_array_equal(np.asarray(y), np.arange(4096, dtype=np.float32) * 2 + 1)


def test_not_donated_keeps_its_input():
    dev = hlovm_device()
    x = jax.device_put(np.arange(64, dtype=np.float32), dev)
    ptr = x.unsafe_buffer_pointer()
    y = jax.jit(lambda v: v * 2 + 1)(x)
    assert not x.is_deleted()
    assert y.unsafe_buffer_pointer() != ptr
    np.testing.assert_array_equal(np.asarray(x), np.arange(64, dtype=np.float32))


def _mlp_step(params, x, y):
    def loss(p):
        h = jnp.tanh(x @ p["w1"] + p["b1"])
        return jnp.mean((h @ p["w2"] + p["b2"] - y) ** 2)
    g = jax.grad(loss)(params)
    return jax.tree_util.tree_map(lambda p, g: p - 0.1 * g, params, g)


def _params(rng):
    return {"w1": rng.normal(size=(32, 64)).astype(np.float32) * 0.1,
            "b1": np.zeros(64, np.float32),
            "w2": rng.normal(size=(64, 8)).astype(np.float32) * 0.1,
            "b2": np.zeros(8, np.float32)}


def test_sgd_step_updates_parameters_in_place():
    rng = np.random.default_rng(0)
    p0 = _params(rng)
    x = rng.normal(size=(16, 32)).astype(np.float32)
    y = rng.normal(size=(16, 8)).astype(np.float32)
    step = jax.jit(_mlp_step, donate_argnums=0)

    dev, cpu = hlovm_device(), cpu_device()
    params = jax.device_put(p0, dev)
    xs, ys = jax.device_put(x, dev), jax.device_put(y, dev)
    want = jax.device_put(p0, cpu)
    xc, yc = jax.device_put(x, cpu), jax.device_put(y, cpu)
    for i in range(3):
        before = {k: v.unsafe_buffer_pointer() for k, v in params.items()}
        old = params
        params = step(params, xs, ys)
        want = step(want, xc, yc)
        assert all(v.is_deleted() for v in old.values())
        if i == 0:
            moved = [k for k in before if params[k].unsafe_buffer_pointer() != before[k]]
            assert not moved, f"parameters not updated in place: {moved}"
        for k in p0:
            np.testing.assert_allclose(np.asarray(params[k]), np.asarray(want[k]), rtol=1e-5,
                                       atol=1e-6, err_msg=f"step {i}: {k}")
