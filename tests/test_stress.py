"""Eight Python threads on one hlovm device at once, through the PJRT C API as
JAX drives it: compiles (shared programs and ones only a thread compiles),
executions, host transfers both ways (strided ones too), deletions, mixed
programs; every result is checked against NumPy. pjrt's TestStress runs the
same mix under Go's race detector."""
import threading

import jax
import jax.numpy as jnp
import numpy as np

from conftest import hlovm_device

THREADS = 8
ITERS = 12


def _shared_programs():
    def loop(x):
        return jax.lax.fori_loop(0, 10, lambda i, v: v * 0.5 + 0.25, x)

    def loop_ref(x):
        for _ in range(10):
            x = (x * np.float32(0.5) + np.float32(0.25)).astype(np.float32)
        return x

    return [
        ("matmul", jax.jit(lambda a, b: a @ b), lambda a, b: a @ b, 1e-5),
        ("tanh_sum", jax.jit(lambda a, b: jnp.tanh(a * b).sum(axis=0)), lambda a, b: np.tanh(a * b).sum(axis=0), 1e-5),
        ("loop", jax.jit(lambda a, b: loop(a) + b), lambda a, b: loop_ref(a) + b, 1e-6),
        ("sort", jax.jit(lambda a, b: jnp.sort(a - b, axis=1)), lambda a, b: np.sort(a - b, axis=1), 0),
    ]


def test_eight_threads_mixed():
    dev = hlovm_device()
    progs = _shared_programs()
    errors = []
    done = [0] * THREADS

    def work(t):
        rng = np.random.default_rng(t)
        try:
            for it in range(ITERS):
                a = rng.standard_normal((16, 16), dtype=np.float32)
                b = rng.standard_normal((32, 16), dtype=np.float32)[::2]  # a strided host array
                xa, xb = jax.device_put(a, dev), jax.device_put(b, dev)
                name, f, ref, tol = progs[(t + it) % len(progs)]
                y = f(xa, xb)
                xa.delete()  # the execution holds what it needs
                got = np.asarray(y)
                np.testing.assert_allclose(got, ref(a, np.ascontiguousarray(b)), rtol=tol, atol=tol,
                                           err_msg=f"thread {t} iteration {it}: {name}")
                # A program only this thread and iteration compiles, run on a
                # result that may not be ready yet.
                c = np.float32(t * 1000 + it + 0.5)
                g = jax.jit(lambda v, c=c: v[::2] * c + 1.0)
                z = g(y)
                back = np.asarray(z)[..., ::-1]  # transfer back, then a strided view of it
                want = (got[::2] * c + np.float32(1.0))[..., ::-1]
                np.testing.assert_allclose(back, want, rtol=1e-6, atol=1e-6,
                                           err_msg=f"thread {t} iteration {it}: fresh program")
                y.delete()
                del g, z
                done[t] += 1
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append((t, e))

    ts = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    for th in ts:
        th.start()
    for th in ts:
        th.join(timeout=600)
    assert not any(th.is_alive() for th in ts), "a thread did not finish"
    assert not errors, errors
    assert done == [ITERS] * THREADS, done
    # The device is still usable and its memory statistics are sane.
    assert float(jax.jit(lambda v: v.sum())(jax.device_put(np.ones(4, np.float32), dev))) == 4.0
    stats = dev.memory_stats()
    assert stats is None or stats.get("bytes_in_use", 0) >= 0
