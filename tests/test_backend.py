"""HLOVM_BACKEND picks where fused kernels run. A request that cannot be met
(cuda without an NVIDIA driver, a misspelt value) prints one line on stderr
and runs on the CPU, with the right answers; where CUDA is usable, JAX's
device kind names the GPU. Each case runs in a fresh subprocess (the backend
is chosen once, when the plugin creates its client)."""
import os
import subprocess
import sys

import pytest

_SCRIPT = """
import jax, jax.numpy as jnp
d = jax.devices()[0]
assert d.platform == "hlovm", d.platform
x = jnp.arange(1 << 17, dtype=jnp.float32) / (1 << 17)
f = jax.jit(lambda v: jnp.sum(jnp.tanh(v) * v + 1.0))
print("KIND:", d.device_kind)
print("SUM:", float(f(x)), float(f(x)))
"""


def _run(backend):
    env = dict(os.environ, HLOVM_BACKEND=backend, HLOVM_HOT_THRESHOLD="0")
    r = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    out = dict(line.split(": ", 1) for line in r.stdout.splitlines() if ": " in line)
    notices = [l for l in r.stderr.splitlines() if l.startswith("hlovm: ")]
    return out, notices


@pytest.mark.parametrize("backend,expect", [
    ("cpu", "no notice"),
    ("cuda", "notice unless a GPU"),
    ("tpu", "notice"),
])
def test_backend_choice(backend, expect):
    out, notices = _run(backend)
    ref, _ = _run("cpu")
    a, b = (float(s) for s in out["SUM"].split())
    r = float(ref["SUM"].split()[0])
    assert abs(a - r) <= 1e-5 * abs(r) and abs(b - r) <= 1e-5 * abs(r), (out, ref)
    kind = out["KIND"]
    if expect == "no notice":
        assert notices == [] and kind.startswith("cpu"), (notices, kind)
    elif expect == "notice":
        assert len(notices) == 1 and "HLOVM_BACKEND" in notices[0] and kind.startswith("cpu"), (notices, kind)
    elif kind.startswith("cuda: "):
        assert notices == [], notices  # CUDA usable: the GPU is named, nothing to say
    else:
        assert len(notices) == 1 and "HLOVM_BACKEND=cuda, but CUDA is unusable" in notices[0], notices
