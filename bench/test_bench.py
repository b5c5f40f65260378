"""Checks of the benchmark's only failure mode (a model's losses differing from
XLA's) and a tiny end-to-end run. `.venv/bin/python -m pytest bench`."""
import json
import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402


@pytest.mark.parametrize("hlovm,xla,ok", [
    ([2.0, 1.5, 1.2], [2.0, 1.5, 1.2], True),
    ([2.0, 1.5, 1.2001], [2.0, 1.5, 1.2], True),      # within rtol 2e-3
    ([2.0, 1.5, 1.25], [2.0, 1.5, 1.2], False),       # drifted
    ([2.0, np.nan, 1.2], [2.0, 1.5, 1.2], False),     # NaN on hlovm
    ([2.0, 1.5], [2.0, 1.5, 1.2], False),             # a step missing
    ([], [], False),                                  # nothing compared
])
def test_losses_match(hlovm, xla, ok):
    got, detail = bench.losses_match(hlovm, xla, 2e-3)
    assert got is ok, detail


def test_tiny_run(tmp_path, monkeypatch):
    """One small model and every small measure; the table and JSON are written,
    and a model whose hlovm data differs from XLA's fails the run."""
    import models
    tiny = {"mlp": dict(batch=8, inp=8, widths=(16, 8, 8, 8, 8), classes=4)}
    monkeypatch.setitem(models.SIZES, "cpu", tiny)
    args = ["--models", "mlp", "--flavors", "jax", "--warmup", "1", "--reps", "1", "--steps", "1",
            "--ttfr-reps", "1", "--small-reps", "1", "--random-reps", "1",
            "--out", str(tmp_path), "--machine", "test", "--no-results-md"]
    assert bench.main(args) == 0
    doc = json.load(open(next(tmp_path.glob("*-test.json"))))
    names = [m["name"] for m in doc["measures"]]
    assert any("train step" in n for n in names) and any("random.normal" in n for n in names)
    assert all(m["hlovm"] and m["xla"] for m in doc["measures"])

    real_put = bench.Bench.put

    def skewed_put(self, which, tree):  # hlovm trains on other inputs
        if which == "hlovm":
            import jax
            tree = jax.tree_util.tree_map(
                lambda a: a * np.float32(1.5) if isinstance(a, np.ndarray) and a.dtype == np.float32 else a,
                tree)
        return real_put(self, which, tree)
    monkeypatch.setattr(bench.Bench, "put", skewed_put)
    args[args.index("test")] = "bad"
    assert bench.main(args) == 1
