"""Shared helpers: run a function on hlovm and on JAX's CPU backend in the same
process and compare."""
import jax
import numpy as np
import pytest


def hlovm_device():
    return jax.devices("hlovm")[0]


def cpu_device():
    return jax.devices("cpu")[0]


def run_on(device, fn, *args, jit=False):
    """fn(*args) with args placed on device and device the default."""
    args = jax.tree_util.tree_map(
        lambda a: jax.device_put(a, device) if isinstance(a, (np.ndarray, jax.Array)) else a, args)
    with jax.default_device(device):
        f = jax.jit(fn) if jit else fn
        out = f(*args)
        return jax.tree_util.tree_map(np.asarray, out)


def assert_close(got, want, rtol=1e-5, atol=1e-6, what=""):
    gl, gt = jax.tree_util.tree_flatten(got)
    wl, wt = jax.tree_util.tree_flatten(want)
    assert gt == wt, f"{what}: tree structure {gt} != {wt}"
    for g, w in zip(gl, wl):
        g, w = np.asarray(g), np.asarray(w)
        assert g.shape == w.shape, f"{what}: shape {g.shape} != {w.shape}"
        assert g.dtype == w.dtype, f"{what}: dtype {g.dtype} != {w.dtype}"
        if g.dtype.kind in "biuU" or g.dtype == np.bool_:
            np.testing.assert_array_equal(g, w, err_msg=what)
        else:
            np.testing.assert_allclose(g, w, rtol=rtol, atol=atol, err_msg=what, equal_nan=True)


def compare(fn, *args, jit=False, rtol=1e-5, atol=1e-6):
    want = run_on(cpu_device(), fn, *args, jit=jit)
    got = run_on(hlovm_device(), fn, *args, jit=jit)
    assert_close(got, want, rtol=rtol, atol=atol)
    return got


@pytest.fixture(scope="session")
def hlovm():
    return hlovm_device()


@pytest.fixture(scope="session")
def cpu():
    return cpu_device()
