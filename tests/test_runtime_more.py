"""Runtime features past the basics: memory statistics, unsafe buffer
pointers, executable serialization (and the persistent compilation cache)."""
import gc

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from conftest import assert_close, hlovm_device


def test_memory_stats_track_live_buffers():
    dev = hlovm_device()
    gc.collect()
    s0 = dev.memory_stats()
    assert isinstance(s0, dict)
    for k in ("bytes_in_use", "peak_bytes_in_use", "num_allocs", "largest_alloc_size", "bytes_limit"):
        assert k in s0, k
    assert s0["bytes_limit"] > 1 << 20

    n = 1 << 18  # 1 MiB of float32
    x = jax.device_put(np.ones(n, np.float32), dev)
    s1 = dev.memory_stats()
    assert s1["bytes_in_use"] - s0["bytes_in_use"] == 4 * n
    assert s1["num_allocs"] == s0["num_allocs"] + 1
    assert s1["largest_alloc_size"] >= 4 * n
    assert s1["peak_bytes_in_use"] >= s1["bytes_in_use"]

    y = jax.jit(lambda v: v * 2)(x)
    y.block_until_ready()
    s2 = dev.memory_stats()
    assert s2["bytes_in_use"] - s0["bytes_in_use"] == 8 * n
    peak = s2["peak_bytes_in_use"]

    del x, y
    gc.collect()
    s3 = dev.memory_stats()
    assert s3["bytes_in_use"] == s0["bytes_in_use"]
    assert s3["peak_bytes_in_use"] == peak


def test_memory_stats_donation_frees_the_donated_input():
    dev = hlovm_device()
    x = jax.device_put(np.ones(1 << 16, np.float32), dev)
    gc.collect()
    before = dev.memory_stats()["bytes_in_use"]
    y = jax.jit(lambda v: v + 1, donate_argnums=0)(x)
    y.block_until_ready()
    assert x.is_deleted()
    assert dev.memory_stats()["bytes_in_use"] == before


def test_unsafe_buffer_pointer():
    dev = hlovm_device()
    x = jax.device_put(np.arange(8, dtype=np.float32), dev)
    y = jax.jit(lambda v: v * 3)(x)
    px, py = x.unsafe_buffer_pointer(), y.unsafe_buffer_pointer()
    assert px and py and px != py
    assert x.unsafe_buffer_pointer() == px  # stable while the array lives
    assert_close(np.asarray(y), np.arange(8, dtype=np.float32) * 3)


def _f(x, y):
    return jnp.sin(x) @ y + jnp.float32(1)


def test_serialize_executable_roundtrip():
    se = pytest.importorskip("jax.experimental.serialize_executable")
    dev = hlovm_device()
    x = jax.device_put(np.arange(6, dtype=np.float32).reshape(2, 3), dev)
    y = jax.device_put(np.linspace(0, 1, 6, dtype=np.float32).reshape(3, 2), dev)
    compiled = jax.jit(_f).lower(x, y).compile()
    payload, in_tree, out_tree = se.serialize(compiled)
    assert payload[:8] != b"" and len(payload) > 0
    loaded = se.deserialize_and_load(payload, in_tree, out_tree)
    assert_close(np.asarray(loaded(x, y)), np.asarray(compiled(x, y)))


def test_persistent_cache_second_process(tmp_path):
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import logging, sys, io
        import numpy as np
        import jax, jax.numpy as jnp
        jax.config.update("jax_compilation_cache_dir", {str(tmp_path)!r})
        jax.config.update("jax_persistent_cache_min_compile_time_secs", 0)
        jax.config.update("jax_persistent_cache_min_entry_size_bytes", 0)
        log = io.StringIO()
        h = logging.StreamHandler(log)
        logging.getLogger("jax._src.compiler").addHandler(h)
        logging.getLogger("jax._src.compiler").setLevel(logging.DEBUG)
        x = np.arange(6, dtype=np.float32).reshape(2, 3)
        y = np.linspace(0, 1, 6, dtype=np.float32).reshape(3, 2)
        out = jax.jit(lambda a, b: jnp.sin(a) @ b + 1)(x, y)
        assert jax.devices()[0].platform == "hlovm"
        print("HIT" if "cache hit" in log.getvalue() else "MISS")
        print(repr(np.asarray(out).tolist()))
    """)
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
            for _ in range(2)]
    for r in runs:
        assert r.returncode == 0, r.stderr[-2000:]
    first, second = (r.stdout.split("\n") for r in runs)
    assert first[0] == "MISS" and second[0] == "HIT", (first, second)
    assert first[1] == second[1]
    assert any(tmp_path.iterdir())


def test_demo_writes_the_program_for_vmtrace(tmp_path):
    """`make demo` prints, with vmtrace, the program python/demo.py writes
    (no ../shared needed): its StableHLO text and its portable artifact."""
    import os
    import subprocess
    import sys
    demo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python", "demo.py")
    out = subprocess.run([sys.executable, demo, str(tmp_path)], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    text = (tmp_path / "demo.mlir").read_text()
    assert "func.func public @main" in text and "stablehlo.tanh" in text
    arts = list(tmp_path.glob("demo.vhlo-*.bc"))
    assert len(arts) == 1, arts
    assert arts[0].read_bytes()[:4] == b"ML\xefR"
