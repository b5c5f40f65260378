"""Peak memory of a train step with donated parameters, on hlovm's two tiers.

An SGD step of a plain-JAX MLP whose parameters dwarf its activations (batch
16): with donation in place the step holds one copy of the parameters plus
the gradients it computes before it can update them. Each tier (HLOVM_TIERS=0
and the default, fused) runs in a child process of its own; per tier it
prints:

- vm_peak: the VM's peak of live bytes in a measured step (Stats.PeakBytes
  from the HLOVM_PJRT_DEBUG log: donated inputs, intermediates, results; a
  promoted program's included), in MiB and in copies of the parameters;
- the process's resident set above what it held before the parameters
  existed (VmHWM, reset through /proc/self/clear_refs: Linux), after warm-up
  and at its peak over the measured steps. It includes what Go's collector
  has not given back yet, so it is an upper bound of what the VM holds;
- jax's memory_stats() (bytes of the arrays JAX holds);
- how many parameters kept their storage (unsafe_buffer_pointer) from one
  step to the next.

    .venv/bin/python bench/donation_memory.py
    .venv/bin/python bench/donation_memory.py --tiers 0 --steps 8

Nothing is asserted; tests/test_donation.py holds the in-place property.
"""
import argparse
import gc
import json
import os
import re
import subprocess
import sys

import numpy as np

import jax
import jax.numpy as jnp


def status_kib(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def reset_peak_rss():
    """Resets VmHWM to the current RSS (Linux 4.0+); False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--widths", default="2048,4096,4096", help="layer widths (input first)")
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--steps", type=int, default=6, help="measured steps (after 3 warm-up steps)")
    p.add_argument("--no-donate", action="store_true", help="jit without donate_argnums")
    p.add_argument("--tiers", default="0,fused", help="HLOVM_TIERS values, each in a child process")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if not a.child:
        return parent(a, argv if argv is not None else sys.argv[1:])

    dims = [int(w) for w in a.widths.split(",")] + [10]
    rng = np.random.default_rng(0)
    dev = jax.devices("hlovm")[0]
    jax.device_put(np.ones(4, np.float32), dev).block_until_ready()  # the plugin is up
    gc.collect()
    base = status_kib("VmRSS")
    can_reset = reset_peak_rss()
    params = []
    for n_in, n_out in zip(dims[:-1], dims[1:]):
        w = (rng.standard_normal((n_in, n_out), dtype=np.float32) * np.float32(np.sqrt(2.0 / n_in)))
        params.append([jax.device_put(w, dev), jax.device_put(np.zeros(n_out, np.float32), dev)])
        del w
    x = jax.device_put(rng.standard_normal((a.batch, dims[0]), dtype=np.float32), dev)
    y = jax.device_put(rng.integers(0, 10, size=(a.batch,)).astype(np.int32), dev)
    param_bytes = sum(int(l.nbytes) for layer in params for l in layer)

    def loss(ps, x, y):
        h = x
        for w, b in ps[:-1]:
            h = jax.nn.relu(h @ w + b)
        w, b = ps[-1]
        logp = jax.nn.log_softmax(h @ w + b)
        return -jnp.mean(jnp.take_along_axis(logp, y[:, None], axis=-1))

    def step(ps, x, y):
        l, g = jax.value_and_grad(loss)(ps, x, y)
        return jax.tree_util.tree_map(lambda p, g: p - 0.01 * g, ps, g), l

    f = jax.jit(step) if a.no_donate else jax.jit(step, donate_argnums=0)
    for _ in range(3):  # compile, run on tier 0, let tier 1 promote
        params, l = f(params, x, y)
    l.block_until_ready()
    gc.collect()
    hwm_warm = status_kib("VmHWM")
    reset_peak_rss()
    rss0 = status_kib("VmRSS")
    kept = total = 0
    losses = []
    for _ in range(a.steps):
        before = [t.unsafe_buffer_pointer() for t in jax.tree_util.tree_leaves(params)]
        params, l = f(params, x, y)
        losses.append(float(l))
        after = [t.unsafe_buffer_pointer() for t in jax.tree_util.tree_leaves(params)]
        kept += sum(b == c for b, c in zip(before, after))
        total += len(after)
    hwm = status_kib("VmHWM")
    ms = dev.memory_stats() or {}
    mib = lambda kib: round(kib / 1024, 1)
    pm = param_bytes / 1024
    out = {
        "tiers": os.environ.get("HLOVM_TIERS") or "default (fused)",
        "donate": not a.no_donate,
        "param_mib": round(param_bytes / 2**20, 1),
        "rss_base_mib": mib(base),
        # Peaks above the process before any parameter existed, in MiB and in
        # copies of the parameters: warm-up (compiles, first runs) and the
        # measured steps.
        "warmup_peak_over_base_mib": mib(hwm_warm - base) if can_reset else None,
        "steps_peak_over_base_mib": mib(hwm - base) if can_reset else None,
        "steps_peak_over_base_params": round((hwm - base) / pm, 2) if can_reset else None,
        "rss_after_warmup_over_base_mib": mib(rss0 - base),
        "memory_stats_in_use_mib": round(ms.get("bytes_in_use", 0) / 2**20, 1),
        "memory_stats_peak_mib": round(ms.get("peak_bytes_in_use", 0) / 2**20, 1),
        "params_kept_storage": f"{kept}/{total}",
        "loss_first_last": [round(losses[0], 5), round(losses[-1], 5)],
    }
    print("RESULT " + json.dumps(out), flush=True)
    return 0


def parent(a, argv):
    """Runs each tier in a child with HLOVM_PJRT_DEBUG on and prints a table."""
    rows = []
    for tier in a.tiers.split(","):
        env = dict(os.environ, HLOVM_TIERS=tier, HLOVM_PJRT_DEBUG="1")
        proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--child"] + argv,
                              env=env, capture_output=True, text=True)
        res = [l for l in proc.stdout.splitlines() if l.startswith("RESULT ")]
        if proc.returncode != 0 or not res:
            sys.stderr.write(proc.stderr[-4000:])
            print(f"tier {tier}: the child failed (status {proc.returncode})")
            return 1
        row = json.loads(res[-1][len("RESULT "):])
        # The step's runs (jit_step), last `steps` of them: the measured ones.
        peaks = [int(m.group(1)) for m in re.finditer(r"run jit_step\S*: peak (\d+) bytes", proc.stderr)]
        meas = peaks[-a.steps:]
        pb = row["param_mib"] * 2**20
        row["vm_peak_mib"] = round(max(meas) / 2**20, 1) if meas else None
        row["vm_peak_params"] = round(max(meas) / pb, 2) if meas else None
        row["tiers"] = tier
        rows.append(row)
    keys = ["param_mib", "vm_peak_mib", "vm_peak_params", "steps_peak_over_base_mib",
            "steps_peak_over_base_params", "rss_after_warmup_over_base_mib",
            "memory_stats_in_use_mib", "memory_stats_peak_mib", "params_kept_storage", "loss_first_last"]
    print(f"{'HLOVM_TIERS':32s}" + "".join(f"{r['tiers']:>22s}" for r in rows))
    for k in keys:
        print(f"{k:32s}" + "".join(f"{str(r.get(k)):>22s}" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
