"""Donation in place: a donated input is handed to the VM, which writes the
result over it where shape and dtype match, so an SGD step's parameters are
updated in place rather than copied: on tier 0 (the interpreter's element-wise
kernels) and, once tier 1 promotes the step, by its fused kernels."""
import os

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import jax_hlovm
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


def _params(rng, n_in=32, hidden=64):
    return {"w1": rng.normal(size=(n_in, hidden)).astype(np.float32) * 0.1,
            "b1": np.zeros(hidden, np.float32),
            "w2": rng.normal(size=(hidden, 8)).astype(np.float32) * 0.1,
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


@pytest.mark.skipif(os.environ.get("HLOVM_TIERS", "fused") not in ("fused", "1"),
                    reason="HLOVM_TIERS pins the interpreter; tier 1 is what this test checks")
def test_sgd_step_updates_parameters_in_place_on_tier_1():
    # w1 has 8192 elements: the policy promotes regions with a kernel of at
    # least 2048 (smaller ones stay on tier 0, where the test above looks).
    rng = np.random.default_rng(1)
    p0 = _params(rng, n_in=64, hidden=128)
    x = rng.normal(size=(16, 64)).astype(np.float32)
    y = rng.normal(size=(16, 8)).astype(np.float32)
    jitted = jax.jit(_mlp_step, donate_argnums=0)

    dev, cpu = hlovm_device(), cpu_device()
    params = jax.device_put(p0, dev)
    xs, ys = jax.device_put(x, dev), jax.device_put(y, dev)
    want = jax.device_put(p0, cpu)
    xc, yc = jax.device_put(x, cpu), jax.device_put(y, cpu)
    # One compiled executable, so the tier report is the one the steps run.
    step = jitted.lower(params, xs, ys).compile()
    for _ in range(3):  # the second entry makes the step hot
        params = step(params, xs, ys)
        want = jitted(want, xc, yc)
    jax.block_until_ready(params)  # runs are asynchronous: let them happen
    report = jax_hlovm.tier_report(step)  # waits for the compile
    main = [r for r in report["regions"] if r["kind"] == "function"]
    assert main and main[0]["tier"] == 1, jax_hlovm.observability.format_report(report)
    entries = main[0]["tier1_entries"]
    for i in range(3):
        before = {k: v.unsafe_buffer_pointer() for k, v in params.items()}
        params = step(params, xs, ys)
        want = jitted(want, xc, yc)
        moved = [k for k in before if params[k].unsafe_buffer_pointer() != before[k]]
        assert not moved, f"step {i} on tier 1: parameters not updated in place: {moved}"
        for k in p0:
            np.testing.assert_allclose(np.asarray(params[k]), np.asarray(want[k]), rtol=1e-5,
                                       atol=1e-6, err_msg=f"tier 1 step {i}: {k}")
    jax.block_until_ready(params)
    report = jax_hlovm.tier_report(step)
    main = [r for r in report["regions"] if r["kind"] == "function"]
    assert main[0]["tier1_entries"] >= entries + 3, jax_hlovm.observability.format_report(report)
