"""Transformations and control flow on hlovm against CPU."""
import functools

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from conftest import compare

rng = np.random.default_rng(1)
X = rng.normal(size=(5,)).astype(np.float32)
W = rng.normal(size=(5, 3)).astype(np.float32)


def loss(w, x):
    return jnp.sum(jnp.tanh(x @ w) ** 2)


@jax.custom_jvp
def softplus(x):
    return jnp.log1p(jnp.exp(x))


softplus.defjvp(lambda p, t: (softplus(p[0]), t[0] * jax.nn.sigmoid(p[0])))


@jax.custom_vjp
def clip_grad(x):
    return x


clip_grad.defvjp(lambda x: (x, None), lambda _, g: (jnp.clip(g, -0.1, 0.1),))


def scan_cumsum(x):
    return lax.scan(lambda c, v: (c + v, c * v), 0.0, x)


def nested_loops(x):
    def outer(i, acc):
        return lax.fori_loop(0, 3, lambda j, a: a + jnp.sin(a) * (i + j), acc)
    return lax.fori_loop(0, 4, outer, x)


CASES = [
    ("grad", jax.grad(loss), (W, X)),
    ("value_and_grad", jax.value_and_grad(loss, argnums=(0, 1)), (W, X)),
    ("jacfwd", jax.jacfwd(lambda x: jnp.sin(x) * x[::-1]), (X,)),
    ("jacrev", jax.jacrev(lambda x: jnp.cumsum(jnp.exp(x))), (X,)),
    ("hessian", jax.hessian(lambda x: jnp.sum(jnp.sin(x) ** 3)), (X,)),
    ("vmap", jax.vmap(lambda w, x: x @ w, in_axes=(None, 0)), (W, rng.normal(size=(4, 5)).astype(np.float32))),
    ("vmap_grad", jax.vmap(jax.grad(lambda x: jnp.sum(x ** 3))), (rng.normal(size=(3, 4)).astype(np.float32),)),
    ("custom_jvp", jax.grad(lambda x: jnp.sum(softplus(x))), (X,)),
    ("custom_vjp", jax.grad(lambda x: jnp.sum(clip_grad(x) * 10)), (X,)),
    ("checkpoint", jax.grad(lambda x: jnp.sum(jax.checkpoint(lambda y: jnp.sin(jnp.sin(y)))(x))), (X,)),
    ("cond", lambda x: lax.cond(x.sum() > 0, jnp.sin, jnp.cos, x), (X,)),
    ("cond_false", lambda x: lax.cond(x.sum() > 100, jnp.sin, jnp.cos, x), (X,)),
    ("switch", lambda x: [lax.switch(i, [jnp.sin, jnp.cos, jnp.tanh], x) for i in range(3)], (X,)),
    ("while_loop", lambda x: lax.while_loop(lambda c: c[0] < 10, lambda c: (c[0] + 1, c[1] * 1.1), (0, x)), (X,)),
    ("fori_loop", lambda x: lax.fori_loop(0, 7, lambda i, a: a * 0.9 + i, x), (X,)),
    ("scan", scan_cumsum, (X,)),
    ("scan_reverse", lambda x: lax.scan(lambda c, v: (c + v, c), 0.0, x, reverse=True), (X,)),
    ("map", lambda x: lax.map(lambda r: jnp.sum(r ** 2), x), (W,)),
    ("associative_scan", lambda x: lax.associative_scan(jnp.add, x), (X,)),
    ("associative_scan_max", lambda x: lax.associative_scan(jnp.maximum, x), (X,)),
    ("nested_loops", nested_loops, (X,)),
    ("grad_of_scan", jax.grad(lambda x: scan_cumsum(x)[0]), (X,)),
    ("grad_of_while_fori", jax.grad(lambda x: jnp.sum(lax.fori_loop(0, 3, lambda i, a: jnp.sin(a), x))), (X,)),
    ("grad_of_cond", jax.grad(lambda x: lax.cond(x[0] > 0, lambda y: jnp.sum(y ** 2), lambda y: jnp.sum(y), x)), (X,)),
    ("jvp", lambda x: jax.jvp(jnp.sin, (x,), (jnp.ones_like(x),)), (X,)),
    ("vjp", lambda x: jax.vjp(jnp.exp, x)[1](jnp.ones_like(x)), (X,)),
    ("linearize", lambda x: jax.linearize(jnp.sin, x)[1](x), (X,)),
]


@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
@pytest.mark.parametrize("name,fn,args", CASES, ids=[c[0] for c in CASES])
def test_transform(name, fn, args, jit):
    compare(fn, *args, jit=jit, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("n", [1, 3])
def test_jit_static_args(n):
    f = jax.jit(lambda x, k: jnp.roll(x, k) * k, static_argnums=1)
    compare(lambda x: f(x, n), X)


def test_jit_static_argnames():
    f = functools.partial(jax.jit, static_argnames="mode")(
        lambda x, mode: jnp.sin(x) if mode == "sin" else jnp.cos(x))
    compare(lambda x: (f(x, mode="sin"), f(x, mode="cos")), X)
