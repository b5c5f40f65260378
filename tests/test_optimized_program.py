"""PJRT_Executable_OptimizedProgram: compiled.as_text() and
runtime_executable().hlo_modules() show the program hlovm runs — the StableHLO
module after hlovm's passes (CHLO legalized, constants folded), which jaxlib
parses and converts to an HloModule."""
import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from conftest import hlovm_device


def _f32(*shape):
    return np.linspace(-1, 1, int(np.prod(shape)), dtype=np.float32).reshape(shape)


CASES = [
    # name, function, arguments, strings the HLO text must hold, strings it must not
    ("matmul_tanh", lambda x, y: jnp.tanh(x @ y), (_f32(4, 8), _f32(8, 3)),
     ["dot(", "tanh(", "f32[4,8]", "f32[8,3]"], []),
    # sinh is a CHLO op, legalized to StableHLO before hlovm compiles.
    ("chlo_sinh", jnp.sinh, (_f32(16),), ["exponential("], []),
    # JAX stages a case on a constant index; hlovm's simplify pass folds it,
    # and the program shown is the one after the passes.
    ("folded_cond", lambda x: jax.lax.cond(jnp.array(True), jnp.sin, jnp.cos, x), (_f32(8),),
     ["sine("], ["conditional(", "cosine("]),
    ("while", lambda x: jax.lax.fori_loop(0, 5, lambda i, v: v * 2.0 + 1.0, x), (_f32(8),),
     ["while(", "multiply("], []),
    ("cond", lambda p, x: jax.lax.cond(p, jnp.sin, jnp.cos, x), (np.bool_(True), _f32(8)),
     ["conditional(", "sine(", "cosine("], []),
    ("reduce_sort", lambda x: (jnp.sort(x, axis=1), x.max(axis=0)), (_f32(6, 5),),
     ["sort(", "reduce("], []),
    ("integer", lambda a, b: (a * b) >> 1, (np.arange(12, dtype=np.int32), np.arange(12, dtype=np.int32)),
     ["s32[12]", "multiply(", "shift-right-arithmetic("], []),
]


@pytest.mark.parametrize("name,fn,args,want,unwanted", CASES, ids=[c[0] for c in CASES])
def test_as_text_is_the_program_hlovm_runs(name, fn, args, want, unwanted):
    dev = hlovm_device()
    args = [jax.device_put(a, dev) for a in args]
    compiled = jax.jit(fn).lower(*args).compile()
    text = compiled.as_text()
    assert text.startswith("HloModule "), text[:200]
    for s in want:
        assert s in text, f"{name}: {s!r} not in\n{text}"
    for s in unwanted:
        assert s not in text, f"{name}: {s!r} in\n{text}"
    # The entry computation takes what the function takes.
    layout = re.search(r"entry_computation_layout=\{\((.*?)\)->", text)
    assert layout, text[:300]
    for a in args:
        shape = ",".join(str(d) for d in np.shape(a))
        assert f"[{shape}]" in layout.group(1), (a.shape, layout.group(1))
    mods = compiled.runtime_executable().hlo_modules()
    assert len(mods) == 1 and mods[0].to_string() == text
    # Asking did not disturb the executable.
    out = compiled(*args)
    cpu = jax.devices("cpu")[0]
    want_out = jax.jit(fn)(*[jax.device_put(np.asarray(a), cpu) for a in args])
    for g, w in zip(jax.tree_util.tree_leaves(out), jax.tree_util.tree_leaves(want_out)):
        np.testing.assert_allclose(np.asarray(g), np.asarray(w), rtol=1e-5, atol=1e-6)


def test_as_text_twice_gives_the_same_program():
    dev = hlovm_device()
    x = jax.device_put(_f32(32), dev)
    a = jax.jit(lambda v: jnp.exp(v) * 3.0).lower(x).compile()
    b = jax.jit(lambda v: jnp.exp(v) * 3.0).lower(x).compile()
    text = a.as_text()
    assert text is not None and text.startswith("HloModule "), text
    assert a.as_text() == text == b.as_text()
