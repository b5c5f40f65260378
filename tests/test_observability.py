"""Seeing inside the VM: jax_hlovm.tier_report, and the plugin's
HLOVM_TIERS_REPORT / HLOVM_TRACE / HLOVM_DUMP / HLOVM_METRICS_ADDR outputs
(in a fresh process, since the plugin reads them at load)."""
import json
import os
import socket
import subprocess
import sys
import textwrap

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import jax_hlovm
from conftest import hlovm_device


def _loop(x):
    def body(i, v):
        return v * 0.5 + jnp.sin(v) + i.astype(v.dtype)
    return jax.lax.fori_loop(0, 20, body, x)


def test_tier_report_for_a_jitted_function():
    f = jax.jit(_loop)
    # 4096 elements: the policy leaves regions of only small kernels on tier 0.
    x = jax.device_put(np.linspace(0, 1, 4096, dtype=np.float32), hlovm_device())
    for _ in range(3):
        f(x).block_until_ready()
    r = jax_hlovm.tier_report(f, x)
    assert r["tier"] == "fused" and r["watched"]
    by_kind = {}
    for reg in r["regions"]:
        by_kind.setdefault(reg["kind"], []).append(reg)
        assert reg["entries"] == reg["tier0_entries"] + reg["tier1_entries"], reg
        if reg["tier"] == 0:
            assert reg["reason"], reg  # a region left on tier 0 says why
    bodies = by_kind["while.body"]
    assert bodies and bodies[0]["entries"] >= 20
    promoted = [reg for reg in r["regions"] if reg["tier"] == 1]
    assert promoted, jax_hlovm.observability.format_report(r)
    for reg in promoted:
        assert reg["promoted_at"] >= 1 and reg["compile_ns"] > 0
        assert reg["kernels"] and all(k["ops"] for k in reg["kernels"])
        ops = {op for k in reg["kernels"] for op in k["ops"]}
        assert ops & {"multiply", "sine", "add"}, ops
    # A compiled object gives the same executable's report.
    c = f.lower(x).compile()
    assert jax_hlovm.observability.fingerprint(c) == jax_hlovm.observability.fingerprint(f, x)


def test_tier_report_unknown_function_compiles_it():
    # Never run: the report exists (compiling registered it) with no entries.
    f = jax.jit(lambda a: jnp.cos(a) * 3.0 + 1.0)
    r = jax_hlovm.tier_report(f, np.ones(8, np.float32))
    assert r["regions"] == [] and r["runs"] == 0, r


def _validate_trace(doc):
    """Structural Trace Event Format check (no consumer can be installed:
    Perfetto's trace processor is a binary download): required fields, X
    events with dur, B/E balance and X nesting per track."""
    events = doc["traceEvents"] if isinstance(doc, dict) else doc
    tracks, open_ = {}, {}
    for e in events:
        for k in ("name", "ph", "ts", "pid", "tid"):
            assert k in e, (k, e)
        assert isinstance(e["ts"], (int, float)) and isinstance(e["tid"], int)
        key = (e["pid"], e["tid"])
        if e["ph"] == "X":
            assert e["dur"] >= 0, e
            tracks.setdefault(key, []).append((e["ts"], e["ts"] + e["dur"]))
        elif e["ph"] == "B":
            open_.setdefault(key, []).append(e["name"])
        elif e["ph"] == "E":
            assert open_.get(key), e
            open_[key].pop()
    assert not any(open_.values()), open_
    for spans in tracks.values():
        spans.sort(key=lambda s: (s[0], -s[1]))
        stack = []
        for s, t in spans:
            while stack and stack[-1] <= s + 1e-6:
                stack.pop()
            assert not stack or t <= stack[-1] + 1e-6, ("overlap without nesting", s, t, stack[-1])
            stack.append(t)
    return events


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CHILD = textwrap.dedent("""
    import json, sys, urllib.request
    import jax, jax.numpy as jnp, numpy as np
    import jax_hlovm

    def body(i, v):
        return v * 0.5 + jnp.sin(v) + i.astype(v.dtype)
    f = jax.jit(lambda x: jax.lax.fori_loop(0, 10, body, x))
    x = jax.device_put(np.ones(4096, np.float32), jax.devices("hlovm")[0])  # above the small-kernel bound
    for _ in range(4):
        y = f(x)
    np.asarray(y)
    fp = jax_hlovm.observability.fingerprint(f, x)
    jax_hlovm.tier_report(f, x)  # waits for background compiles
    f(x).block_until_ready()
    assert jax_hlovm.flush_trace()
    with urllib.request.urlopen("http://" + sys.argv[1] + "/metrics", timeout=10) as r:
        metrics = r.read().decode()
    print(json.dumps({"fp": fp, "metrics": metrics}))
""")


def test_plugin_env_outputs(tmp_path):
    addr = f"127.0.0.1:{_free_port()}"
    env = dict(os.environ,
               HLOVM_TIERS_REPORT=str(tmp_path / "report"),
               HLOVM_TRACE=str(tmp_path / "trace"),
               HLOVM_DUMP=str(tmp_path / "dump"),
               HLOVM_METRICS_ADDR=addr,
               JAX_PLATFORMS="hlovm,cpu")
    p = subprocess.run([sys.executable, "-c", CHILD, addr], env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-4000:]
    out = json.loads(p.stdout.strip().splitlines()[-1])
    fp = out["fp"]

    # Tier report per executable, JSON and text.
    rep = json.loads((tmp_path / "report" / f"{fp}.json").read_text())
    assert rep["runs"] >= 5 and rep["regions"]
    timed = [r for r in rep["regions"] if r["timed"] and r["tier0_ns"] > 0]
    assert timed, rep  # the profile gave tier 0 times
    assert any(r["tier"] == 1 for r in rep["regions"]), rep
    assert "why tier 0" in (tmp_path / "report" / f"{fp}.txt").read_text()

    # Trace: valid, with executions, aggregated ops, compiles, transfers.
    traces = list((tmp_path / "trace").glob("hlovm-*.trace.json"))
    assert len(traces) == 1
    events = _validate_trace(json.loads(traces[0].read_text()))
    cats = {e.get("cat") for e in events}
    for c in ("execute", "op", "compile", "transfer"):
        assert c in cats, (c, cats)
    assert any(e["name"] == "thread_name" for e in events)

    # Dumps: the program and its promoted regions.
    dump = tmp_path / "dump"
    files = [str(q.relative_to(dump)) for q in dump.rglob("*") if q.is_file()]
    for suffix in ("after-passes.mlir", "bytecode.txt", "input.mlir.bc", ".fused.mlir", ".kernel0.txt"):
        assert any(f.endswith(suffix) for f in files), (suffix, files)
    assert any(f.endswith(".ll") or f.endswith(".ll.err") for f in files), files

    # Metrics: the exposition format with our counters moved.
    vals = {}
    for line in out["metrics"].splitlines():
        if line and not line.startswith("#"):
            name, _, v = line.rpartition(" ")
            vals[name] = float(v)
    assert vals['hlovm_executions_total{tier="fused"}'] >= 5
    assert vals["hlovm_instructions_executed_total"] > 0
    assert vals["hlovm_compile_seconds_count"] >= 1
    assert vals['hlovm_transfer_bytes_total{direction="host_to_device"}'] >= 512
    assert vals['hlovm_transfer_bytes_total{direction="device_to_host"}'] >= 512
    assert vals["hlovm_tier_promotions_total"] >= 1
    assert "hlovm_program_cache_hits_total" in vals and "hlovm_live_buffer_bytes" in vals


def test_bad_metrics_address_does_not_crash(tmp_path):
    env = dict(os.environ, HLOVM_METRICS_ADDR="0.0.0.0:1", JAX_PLATFORMS="hlovm,cpu")
    code = "import jax, numpy as np; print(np.asarray(jax.jit(lambda a: a + 1)(np.ones(3, np.float32))))"
    p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-4000:]
    assert "not a loopback address" in p.stderr
    assert "[2. 2. 2.]" in p.stdout
