"""Host callbacks on hlovm (jax.debug.print/callback, pure_callback,
io_callback) against JAX's CPU backend: same results, same printed output,
same call order; a raising callback fails its execution and nothing else."""
import functools

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax
from jax.experimental import io_callback

from conftest import assert_close, cpu_device, hlovm_device


def on(device, fn, *args):
    """jit(fn)(*args) on device; returns numpy outputs after every effect ran."""
    args = [jax.device_put(a, device) for a in args]
    with jax.default_device(device):
        out = jax.jit(fn)(*args)
        out = jax.tree_util.tree_map(np.asarray, out)
    jax.effects_barrier()
    return out


def drain():
    """After a callback raised on purpose: effects_barrier reports the failed
    execution (jax 0.11 keeps reporting it until the device's next effectful
    execution), then a good effectful execution clears it for good."""
    try:
        jax.effects_barrier()
    except Exception as e:  # noqa: BLE001
        assert "callback" in str(e)
    x = jax.device_put(np.float32(1), hlovm_device())
    np.asarray(jax.jit(lambda v: (jax.debug.callback(lambda *_: None, v), v + 1)[1])(x))
    jax.effects_barrier()


def both(fn, *args):
    """(cpu result, hlovm result); fn is called fresh for each backend."""
    return on(cpu_device(), fn, *args), on(hlovm_device(), fn, *args)


def printed(capfd, fn, *args):
    outs = []
    for dev in (cpu_device(), hlovm_device()):
        capfd.readouterr()
        r = on(dev, fn, *args)
        outs.append((r, capfd.readouterr().out))
    return outs


@pytest.mark.parametrize("ordered", [False, True])
def test_debug_print_same_output(capfd, ordered):
    def f(x, y):
        jax.debug.print("x={x} sum={s}", x=x, s=jnp.sum(y), ordered=ordered)
        z = jnp.sin(x) * 2
        jax.debug.print("z={}", z, ordered=ordered)
        return z + y

    x = np.arange(4, dtype=np.float32)
    y = np.ones((4,), np.float32)
    (rc, pc), (rh, ph) = printed(capfd, f, x, y)
    assert_close(rh, rc)
    assert "x=[0. 1. 2. 3.] sum=4.0" in ph
    if ordered:
        assert ph == pc
    else:  # unordered prints may come in any order (XLA:CPU reorders these)
        assert sorted(ph.splitlines()) == sorted(pc.splitlines())


def test_debug_print_no_operands_and_dtypes(capfd):
    def f(i, b, h):
        jax.debug.print("hello")
        jax.debug.print("i={} b={} h={}", i, b, h, ordered=True)
        return i * 2

    args = (np.array([1, -2, 3], np.int32), np.array([True, False]),
            np.array([1.5, -2.25], jnp.bfloat16))
    (rc, pc), (rh, ph) = printed(capfd, f, *args)
    assert_close(rh, rc)
    assert ph == pc and "hello" in ph and "b=[ True False]" in ph


def test_ordered_print_in_loops_keeps_order(capfd):
    def f(x):
        def body(i, c):
            jax.debug.print("step {i}: {c}", i=i, c=c, ordered=True)
            return c * 2 + i

        c = lax.fori_loop(0, 5, body, x)

        def scan_body(c, t):
            jax.debug.print("t={t}", t=t, ordered=True)
            return c + t, c

        return lax.scan(scan_body, c, jnp.arange(3.0))

    (rc, pc), (rh, ph) = printed(capfd, f, np.float32(1))
    assert_close(rh, rc)
    assert ph == pc
    assert ph.splitlines()[0] == "step 0: 1.0" and ph.count("\n") == 8


def test_ordered_effects_across_executions(capfd):
    log = []

    def f(x):
        io_callback(lambda v: log.append(float(v)), None, x, ordered=True)
        return x + 1

    logs = []
    for dev in (cpu_device(), hlovm_device()):
        log.clear()
        g = jax.jit(f)
        x = jax.device_put(np.float32(0), dev)
        for _ in range(20):  # async dispatch: queued runs must call back in order
            x = g(x)
        np.asarray(x)
        jax.effects_barrier()
        logs.append(list(log))
    assert logs[1] == logs[0] == [float(i) for i in range(20)]


def test_debug_callback_values():
    seen = {}

    def record(tag):
        def cb(a, b):
            seen.setdefault(tag, []).append((np.asarray(a).copy(), np.asarray(b).copy()))
        return cb

    for tag, dev in (("cpu", cpu_device()), ("hlovm", hlovm_device())):
        def f(x, cb=record(tag)):
            y = x @ x.T
            jax.debug.callback(cb, x, y)
            jax.debug.callback(cb, y, x, ordered=True)
            return y

        on(dev, f, np.arange(6, dtype=np.float32).reshape(2, 3))
    assert len(seen["hlovm"]) == len(seen["cpu"]) == 2
    for (a, b), (c, d) in zip(seen["hlovm"], seen["cpu"]):
        assert_close((a, b), (c, d))


def test_pure_callback_results():
    def f(x, n):
        y = jax.pure_callback(
            lambda a, k: (np.cumsum(a, axis=-1), (k * 3).astype(np.int32)),
            (jax.ShapeDtypeStruct(x.shape, x.dtype), jax.ShapeDtypeStruct((), jnp.int32)),
            x, n)
        return y[0] * 2, y[1] + 1

    rc, rh = both(f, np.arange(12, dtype=np.float32).reshape(3, 4), np.int32(5))
    assert_close(rh, rc)
    assert int(rh[1]) == 16


@pytest.mark.parametrize("method", ["sequential", "expand_dims", "broadcast_all"])
def test_pure_callback_vmap(method):
    calls = []

    def host(a):
        calls.append(a.shape)
        return np.tanh(a) + a.shape[-1]

    def f(xs):
        def one(x):
            return jax.pure_callback(host, jax.ShapeDtypeStruct(x.shape, x.dtype), x,
                                     vmap_method=method)
        return jax.vmap(one)(xs)

    xs = np.linspace(-2, 2, 15, dtype=np.float32).reshape(5, 3)
    rc = on(cpu_device(), f, xs)
    cpu_calls = list(calls)
    calls.clear()
    rh = on(hlovm_device(), f, xs)
    assert_close(rh, rc)
    assert calls == cpu_calls


def test_pure_callback_under_grad_and_cond():
    def f(x):
        def host_sq(a):
            return (a * a).astype(a.dtype)

        @jax.custom_jvp
        def sq(a):
            return jax.pure_callback(host_sq, jax.ShapeDtypeStruct(a.shape, a.dtype), a)

        sq.defjvp(lambda p, t: (sq(p[0]), 2 * p[0] * t[0]))
        g = jax.grad(lambda a: jnp.sum(sq(a)))(x)
        return lax.cond(jnp.sum(x) > 0, lambda: g + sq(x), lambda: g)

    rc, rh = both(f, np.array([1.0, -2.0, 3.0], np.float32))
    assert_close(rh, rc)


def test_io_callback_ordered_results():
    state = {"n": 0}

    def counter(x):
        state["n"] += 1
        return np.asarray(x + state["n"], dtype=np.float32)

    def f(x):
        a = io_callback(counter, jax.ShapeDtypeStruct((), jnp.float32), x, ordered=True)
        b = io_callback(counter, jax.ShapeDtypeStruct((), jnp.float32), a, ordered=True)
        return a, b

    state["n"] = 0
    rc = on(cpu_device(), f, np.float32(10))
    state["n"] = 0
    rh = on(hlovm_device(), f, np.float32(10))
    assert_close(rh, rc)
    assert [float(v) for v in rh] == [11.0, 13.0]


def test_raising_callback_fails_that_execution_only():
    def bad(a):
        raise ValueError("boom from the callback")

    def f(x):
        return jax.pure_callback(bad, jax.ShapeDtypeStruct(x.shape, x.dtype), x) + 1

    x = jax.device_put(np.arange(3, dtype=np.float32), hlovm_device())
    with pytest.raises(Exception, match="boom from the callback") as e:
        np.asarray(jax.jit(f)(x))
    assert "ValueError" in str(e.value)

    def g(x):
        jax.debug.callback(bad, x, ordered=True)
        return x * 2

    with pytest.raises(Exception, match="boom from the callback"):
        np.asarray(jax.jit(g)(x))
    drain()
    # The device goes on: later executions (with and without callbacks) work.
    assert_close(np.asarray(jax.jit(lambda v: v + 1)(x)), np.arange(1, 4, dtype=np.float32))
    ok = jax.jit(lambda v: jax.pure_callback(np.negative, jax.ShapeDtypeStruct((3,), jnp.float32), v))
    assert_close(np.asarray(ok(x)), -np.arange(3, dtype=np.float32))


@pytest.mark.parametrize("ret,match", [
    (lambda a: a.astype(np.int32), "dtype"),
    (lambda a: a[:2], "shape"),
    (lambda a: (a, a), "outputs|shape"),
])
def test_wrong_callback_result_is_an_error(ret, match):
    def f(x):
        return jax.pure_callback(ret, jax.ShapeDtypeStruct(x.shape, x.dtype), x)

    x = jax.device_put(np.arange(3, dtype=np.float32), hlovm_device())
    with pytest.raises(Exception, match=match):
        np.asarray(jax.jit(f)(x))
    drain()


def test_eager_debug_print(capfd):
    outs = []
    for dev in (cpu_device(), hlovm_device()):
        capfd.readouterr()
        with jax.default_device(dev):
            x = jnp.arange(3.0)
            jax.debug.print("eager {}", x)
            np.asarray(x + 1)
        jax.effects_barrier()
        outs.append(capfd.readouterr().out)
    assert outs[1] == outs[0] == "eager [0. 1. 2.]\n"


def test_many_compiles_release_callbacks():
    from jax_hlovm import callbacks

    before = len(callbacks._table)
    for i in range(30):
        f = jax.jit(functools.partial(
            lambda k, x: jax.pure_callback(lambda a: a + k, jax.ShapeDtypeStruct((), jnp.float32), x),
            float(i)))
        assert float(f(jnp.float32(1))) == 1.0 + i
        del f
    import gc
    gc.collect()
    assert len(callbacks._table) - before < 30
