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
