"""The README quick start: hlovm is the default device and agrees with CPU."""
import os
import subprocess
import sys

import jax

HERE = os.path.dirname(os.path.abspath(__file__))


def test_default_device_is_hlovm():
    d = jax.devices()[0]
    assert d.platform == "hlovm"
    assert d.id == 0
    assert "hlovm" in d.device_kind or "cpu" in d.device_kind
    assert jax.default_backend() == "hlovm"


def test_plugin_reports_stablehlo_version():
    from jax._src import xla_bridge as xb
    v = xb.backend_stablehlo_version("hlovm")
    assert tuple(v) == (1, 25, 3)


def test_demo_script_runs():
    out = subprocess.run([sys.executable, os.path.join(HERE, "..", "python", "demo.py")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "HlovmDevice(id=0)" in out.stdout
    diff = float(out.stdout.strip().splitlines()[-1].split("=")[-1])
    assert diff < 1e-5
