"""A real Prometheus scrapes the plugin's metrics endpoint (HLOVM_METRICS_ADDR),
and promtool accepts what it serves. .ci/run installs Debian's `prometheus`;
without it the test skips, saying so. Everything listens on 127.0.0.1 only,
and every wait is bounded."""
import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import urllib.parse
import urllib.request

import pytest

PROMETHEUS = shutil.which("prometheus")
PROMTOOL = shutil.which("promtool")
pytestmark = pytest.mark.skipif(PROMETHEUS is None or PROMTOOL is None,
                                reason="prometheus/promtool not installed (Debian package prometheus)")

RUNS = 7

CHILD = textwrap.dedent("""
    import sys, time, os
    import jax, jax.numpy as jnp, numpy as np
    f = jax.jit(lambda x: jnp.tanh(x) * 2.0 + 1.0)
    x = jax.device_put(np.ones(4096, np.float32), jax.devices("hlovm")[0])
    for _ in range(int(sys.argv[1])):
        f(x).block_until_ready()
    print("ready", flush=True)
    deadline = time.time() + 120
    while not os.path.exists(sys.argv[2]) and time.time() < deadline:
        time.sleep(0.1)
""")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode()


def test_prometheus_scrapes_the_plugin(tmp_path):
    mport, pport = _free_port(), _free_port()
    stop = tmp_path / "stop"
    env = dict(os.environ, HLOVM_METRICS_ADDR=f"127.0.0.1:{mport}", JAX_PLATFORMS="hlovm,cpu")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(RUNS), str(stop)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    prom = None
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()[-2000:]
        text = _get(f"http://127.0.0.1:{mport}/metrics")
        # promtool checks names, types and help texts.
        check = subprocess.run([PROMTOOL, "check", "metrics"], input=text, capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout + check.stderr

        cfg = tmp_path / "prometheus.yml"
        cfg.write_text(textwrap.dedent(f"""
            global:
              scrape_interval: 1s
            scrape_configs:
              - job_name: hlovm
                static_configs:
                  - targets: ["127.0.0.1:{mport}"]
        """))
        prom = subprocess.Popen([PROMETHEUS, f"--config.file={cfg}", f"--storage.tsdb.path={tmp_path / 'data'}",
                                 f"--web.listen-address=127.0.0.1:{pport}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        query = "http://127.0.0.1:%d/api/v1/query?query=%s" % (
            pport, urllib.parse.quote('sum(hlovm_executions_total{job="hlovm"})'))
        got, deadline = None, time.time() + 60
        while time.time() < deadline:
            try:
                res = json.loads(_get(query))["data"]["result"]
                if res:
                    got = float(res[0]["value"][1])
                    break
            except OSError:
                pass  # not listening yet
            time.sleep(0.5)
        assert got is not None, "Prometheus never returned the execution counter"
        # What the program did: RUNS executions (and nothing else ran).
        assert got == RUNS, got
        up = json.loads(_get("http://127.0.0.1:%d/api/v1/query?query=up" % pport))["data"]["result"]
        assert up and up[0]["value"][1] == "1", up
    finally:
        stop.write_text("")
        for p in (prom, child):
            if p is not None:
                p.terminate()
                try:
                    p.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    p.kill()
