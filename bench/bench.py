"""hlovm against XLA, side by side, in one process.

Every measure runs on hlovm and on one of JAX's own backends (XLA:CPU, or
XLA:CUDA with --baseline cuda), alternating between the two, after warm-up,
with repetitions; the table gives the median of each and its spread (half the
min-max range, as a percentage of the median), and the ratio hlovm/XLA of the
medians (below 1: hlovm is faster).

Nothing here asserts a timing. The run fails (exit status 1) only when a
model's training losses on hlovm differ from XLA's.

    python bench/bench.py                       # CPU size, hlovm vs XLA:CPU
    python bench/bench.py --size full --baseline cuda --out $OUT   # GPU variant
"""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", choices=("cpu", "full"), default="cpu")
    p.add_argument("--baseline", choices=("cpu", "cuda"), default="cpu",
                   help="JAX backend that hlovm is compared with")
    p.add_argument("--models", default="mlp,cnn,rnn,transformer")
    p.add_argument("--flavors", default="jax,flax", help="plain JAX and/or Flax+Optax")
    p.add_argument("--warmup", type=int, default=5, help="warm-up steps per model and backend")
    p.add_argument("--reps", type=int, default=5, help="timed repetitions (alternating backends)")
    p.add_argument("--steps", type=int, default=4, help="train steps per timed repetition")
    p.add_argument("--ttfr-reps", type=int, default=2,
                   help="compile+first-run repetitions for each model step (fresh jit each)")
    p.add_argument("--model-budget", type=float, default=0,
                   help="seconds: stop a model's timed repetitions early (at least one) "
                        "once this much time was spent on it; 0 = no limit")
    p.add_argument("--small-reps", type=int, default=5, help="repetitions of the small measures")
    p.add_argument("--random-reps", type=int, default=3, help="repetitions of random.normal (10M)")
    p.add_argument("--time-limit", type=float, default=0,
                   help="seconds: skip the models not yet started once this much has passed "
                        "(the table is still written); 0 = no limit")
    p.add_argument("--machine", default=None, help="machine name in the results file name")
    p.add_argument("--out", default=os.path.join(HERE, "results"),
                   help="folder for <date>-<machine>.md and .json")
    p.add_argument("--no-results-md", action="store_true", help="do not rewrite bench/RESULTS.md")
    p.add_argument("--sections", default="models,small,eager,random",
                   help="comma list of the parts to run: models, small (jitted functions and "
                        "loops), eager (per-call dispatch), random; e.g. --sections eager")
    p.add_argument("--tiers", default="",
                   help="comma list of HLOVM_TIERS values (e.g. 0,fused): run the whole "
                        "suite once per tier, each in a fresh process, and write one table "
                        "with a column per tier (XLA from the last tier's run)")
    p.add_argument("--cold-reps", type=int, default=1,
                   help="fresh-process first steps per model, flavor and backend (0: skip): "
                        "JAX's trace+lower, then the backend's share, lowered.compile() plus "
                        "the first run, cold (empty hlovm disk cache) and with a warm one")
    p.add_argument("--first-step-child", nargs=3, metavar=("MODEL", "FLAVOR", "BACKEND"),
                   help=argparse.SUPPRESS)
    p.add_argument("--loss-rtol", type=float, default=None,
                   help="loss tolerance vs XLA (default 2e-3 vs CPU, 2e-2 vs CUDA: TF32)")
    return p.parse_args(argv)


# ---- timing ------------------------------------------------------------------

def now():
    return time.perf_counter()


def block(x):
    import jax
    return jax.block_until_ready(x)


class Measure:
    """One row: samples (seconds) per backend, shown in `unit`."""

    def __init__(self, name, unit, group):
        self.name, self.unit, self.group = name, unit, group
        self.samples = {"hlovm": [], "xla": []}

    def add(self, which, seconds):
        self.samples[which].append(seconds)

    def stats(self, which):
        s = self.samples[which]
        if not s:
            return None
        med = statistics.median(s)
        spread = (max(s) - min(s)) / 2 / med if med > 0 else 0.0
        return med, spread

    def to_json(self):
        out = {"name": self.name, "unit": self.unit, "group": self.group, "samples_s": self.samples}
        for w in ("hlovm", "xla"):
            st = self.stats(w)
            out[w] = None if st is None else {"median_s": st[0], "spread": st[1], "n": len(self.samples[w])}
        h, x = out["hlovm"], out["xla"]
        out["ratio"] = h["median_s"] / x["median_s"] if h and x and x["median_s"] > 0 else None
        return out


UNITS = {"s": 1.0, "ms": 1e3, "µs": 1e6}


def fmt_cell(st, unit):
    if st is None:
        return "—"
    med, spread = st
    v = med * UNITS[unit]
    num = f"{v:.3g}" if v < 100 else f"{v:.0f}"
    return f"{num} {unit} ±{spread * 100:.0f}%"


# ---- the run ---------------------------------------------------------------------

def losses_match(hlovm, xla, rtol):
    """Whether hlovm's per-step losses match XLA's (same count, finite, within
    rtol relative or absolute), and a line saying how closely."""
    h, x = np.asarray(hlovm, np.float64), np.asarray(xla, np.float64)
    if h.shape != x.shape or h.size == 0:
        return False, f"{h.size} losses on hlovm, {x.size} on XLA"
    ok = bool(np.all(np.isfinite(h)) and np.all(np.isfinite(x))
              and np.allclose(h, x, rtol=rtol, atol=rtol))
    worst = float(np.max(np.abs(h - x) / np.maximum(np.abs(x), 1e-12)))
    return ok, (f"{h.size} steps, loss {x[0]:.4f} -> {x[-1]:.4f} (XLA), {h[0]:.4f} -> {h[-1]:.4f} "
                f"(hlovm), max rel diff {worst:.2e}, rtol {rtol:g}")


def _baseline_device(jax, baseline):
    if baseline == "cpu":
        return jax.devices("cpu")[0]
    try:
        return jax.devices("cuda")[0]
    except RuntimeError:
        return jax.devices("gpu")[0]


class Bench:
    def __init__(self, args):
        import jax
        self.jax = jax
        self.args = args
        self.dev = {"hlovm": jax.devices("hlovm")[0],
                    "xla": _baseline_device(jax, args.baseline)}
        self.cpu = jax.devices("cpu")[0]
        self.measures = []
        self.checks = []  # {"what", "ok", "detail", "fatal"}
        self.flip = False

    def order(self):
        # Alternate which backend goes first, so drift in the machine's load
        # hits both alike.
        self.flip = not self.flip
        return ("hlovm", "xla") if self.flip else ("xla", "hlovm")

    def measure(self, name, unit, group):
        m = Measure(name, unit, group)
        self.measures.append(m)
        return m

    def put(self, which, tree):
        return self.jax.device_put(tree, self.dev[which])

    def log(self, msg):
        print(msg, flush=True)

    # -- models ------------------------------------------------------------------

    def run_model(self, name, flavor, cfg):
        import models
        jax = self.jax
        a = self.args
        label = f"{name} ({'Flax+Optax' if flavor == 'flax' else 'JAX'})"
        if flavor == "flax":
            state0, step = models.flax_model(name, cfg, self.cpu)
        else:
            state0, step = models.plain_model(name, cfg)
        x, y = models.make_batch(name, cfg)
        data = {w: (self.put(w, state0), self.put(w, x), self.put(w, y)) for w in self.dev}
        ttfr = self.measure(f"{label}: first step (compile + run)", "s", "first result")
        steady = self.measure(f"{label}: train step", "ms", "steady state")
        losses = {w: [] for w in self.dev}
        state = {}
        jitted = {}
        t_start = now()
        # Time to first result: repetition 0 is the first call of the jit that
        # then trains; further ones use fresh jits on the initial state.
        for r in range(max(1, a.ttfr_reps)):
            for w in self.order():
                s0, xd, yd = data[w]
                # Cleared caches and a fresh function: nothing traced, lowered
                # or compiled for the other backend (or an earlier repetition)
                # is reused. The first warm-up call of the steady-state jit
                # then compiles again.
                jax.clear_caches()
                f = jax.jit(lambda s, x, y: step(s, x, y))
                t = now()
                out = block(f(s0, xd, yd))
                ttfr.add(w, now() - t)
                if r == 0:
                    jitted[w] = f
                    state[w], loss = out
                    losses[w].append(float(loss))
        for _ in range(a.warmup):
            for w in self.order():
                state[w], loss = block(jitted[w](state[w], data[w][1], data[w][2]))
                losses[w].append(float(loss))
        for r in range(a.reps):
            for w in self.order():
                _, xd, yd = data[w]
                t = now()
                ls = []
                for _ in range(a.steps):
                    state[w], loss = jitted[w](state[w], xd, yd)
                    ls.append(loss)
                block(state[w])
                steady.add(w, (now() - t) / a.steps)
                losses[w].extend(float(v) for v in ls)
            if a.model_budget and now() - t_start > a.model_budget:
                self.log(f"  {label}: budget reached after {r + 1} repetitions")
                break
        rtol = a.loss_rtol or (2e-2 if a.baseline == "cuda" else 2e-3)
        ok, detail = losses_match(losses["hlovm"], losses["xla"], rtol)
        self.checks.append({"what": f"{label} loss", "ok": ok, "fatal": True, "detail": detail})
        self.log(f"  {label}: {'ok' if ok else 'LOSS MISMATCH'}: {self.checks[-1]['detail']}")
        self.log(f"    first step {fmt_cell(ttfr.stats('hlovm'), 's')} vs {fmt_cell(ttfr.stats('xla'), 's')}; "
                 f"step {fmt_cell(steady.stats('hlovm'), 'ms')} vs {fmt_cell(steady.stats('xla'), 'ms')}")

    # -- cold first steps, each in a fresh process -----------------------------

    def run_cold_first_steps(self, name, flavor):
        """The backend's share of a first step, measured where nothing is warm:
        a fresh Python process per measurement (so neither JAX's nor hlovm's
        in-process caches can serve it), hlovm with an empty disk cache
        (HLOVM_CACHE_DIR of its own), then again with the disk cache the cold
        run filled. JAX's trace and lower, the same work for both backends,
        is its own row."""
        import tempfile
        a = self.args
        label = f"{name} ({'Flax+Optax' if flavor == 'flax' else 'JAX'})"
        share = self.measure(f"{label}: first step, backend's share (compile + first run, fresh process)",
                             "s", "first result")
        warm = self.measure(f"{label}: first step, backend's share, warm hlovm disk cache (fresh process)",
                            "s", "first result")
        trace = self.measure(f"{label}: first step, JAX trace + lower (fresh process)", "s", "first result")
        base = "cpu" if a.baseline == "cpu" else a.baseline
        for _ in range(a.cold_reps):
            with tempfile.TemporaryDirectory() as cache:
                for w in self.order():
                    env = dict(os.environ, HLOVM_CACHE_DIR=cache)
                    env.pop("JAX_COMPILATION_CACHE_DIR", None)
                    runs = ["cold", "warm"] if w == "hlovm" else ["cold"]
                    for kind in runs:
                        r = subprocess.run([sys.executable, os.path.abspath(__file__), "--size", a.size,
                                            "--first-step-child", name, flavor, "hlovm" if w == "hlovm" else base],
                                           env=env, capture_output=True, text=True, timeout=900)
                        line = [l for l in r.stdout.splitlines() if l.startswith("{")]
                        if r.returncode != 0 or not line:
                            self.log(f"  {label}: fresh-process first step on {w} failed: {r.stderr[-400:]}")
                            return
                        d = json.loads(line[-1])
                        if kind == "cold":
                            share.add(w, d["compile_s"] + d["first_run_s"])
                            trace.add(w, d["trace_lower_s"])
                            if w == "xla":
                                warm.add(w, d["compile_s"] + d["first_run_s"])
                        else:
                            warm.add(w, d["compile_s"] + d["first_run_s"])
        self.log(f"    fresh process: backend's share {fmt_cell(share.stats('hlovm'), 's')} vs "
                 f"{fmt_cell(share.stats('xla'), 's')} (warm disk cache {fmt_cell(warm.stats('hlovm'), 's')}); "
                 f"trace+lower {fmt_cell(trace.stats('hlovm'), 's')} vs {fmt_cell(trace.stats('xla'), 's')}")

    # -- small measures ----------------------------------------------------------

    def check_close(self, what, a, b, rtol=1e-4, atol=1e-5):
        if self.args.baseline == "cuda":
            # XLA:CUDA computes f32 matmuls in TF32 by default (10-bit mantissa).
            rtol, atol = max(rtol, 1e-2), max(atol, 1e-2)
        a, b = np.asarray(a), np.asarray(b)
        ok = a.shape == b.shape and np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True)
        if not ok:
            diff = float(np.max(np.abs(a - b))) if a.shape == b.shape else float("nan")
            detail = (f"hlovm's result differs from XLA's (max abs diff {diff:.3g}, "
                      f"rtol {rtol:g}, atol {atol:g})")
            if self.args.baseline == "cuda":
                detail += "; XLA:CUDA rounds f32 matmul inputs to TF32 by default"
            self.checks.append({"what": what, "ok": False, "fatal": False, "detail": detail})
            self.log(f"  warning: {what}: {detail}")

    def small_functions(self):
        """Fresh closures per repetition, so every call compiles."""
        jax, jnp, lax = self.jax, self.jax.numpy, self.jax.lax
        rng = np.random.default_rng(2)
        v = rng.normal(size=(4096,)).astype(np.float32)
        m = rng.normal(size=(256, 256)).astype(np.float32)
        w = (rng.normal(size=(64, 64)) / 8).astype(np.float32)
        xs = rng.normal(size=(10, 64)).astype(np.float32)
        h0 = rng.normal(size=(64,)).astype(np.float32)

        def chain():
            return lambda x: jnp.tanh(jnp.sin(x) * 2.0 + 1.0) * jnp.exp(-x * x) + jnp.abs(x) ** 0.5, (v,)

        def reduction():
            return lambda x: (jnp.sum(x * x, axis=0), jnp.max(x)), (m,)

        def matmul():
            return lambda a, b: a @ b, (m, m)

        def while100():
            def f(x):
                return lax.while_loop(lambda c: c[0] < 100,
                                      lambda c: (c[0] + 1, c[1] * 0.99 + jnp.sin(c[1])), (0, x))[1]
            return f, (v,)

        def scan10():
            def f(w, h, xs):
                return lax.scan(lambda h, x: (jnp.tanh(w @ h + x), h.sum()), h, xs)
            return f, (w, h0, xs)

        def fori10():
            def f(w, h, xs):
                return lax.fori_loop(0, 10, lambda i, h: jnp.tanh(w @ h + xs[i]), h)
            return f, (w, h0, xs)

        return [("element-wise chain (4096)", chain), ("reduction (256x256)", reduction),
                ("matmul (256x256)", matmul), ("while loop, 100 iterations", while100),
                ("lax.scan, 10 steps (64)", scan10), ("fori_loop, 10 steps (64)", fori10)]

    def run_small(self):
        jax = self.jax
        reps = self.args.small_reps
        fns = self.small_functions()
        for label, make in fns:
            m = self.measure(f"{label}: first result (compile + run)", "ms", "first result")
            results = {}
            for _ in range(reps):
                for w in self.order():
                    f, args = make()
                    args = self.put(w, args)
                    jax.clear_caches()
                    t = now()
                    out = block(jax.jit(f)(*args))
                    m.add(w, now() - t)
                    results[w] = out
            self.check_close(label, jax.tree_util.tree_map(np.asarray, results["hlovm"])[0]
                             if isinstance(results["hlovm"], tuple) else results["hlovm"],
                             jax.tree_util.tree_map(np.asarray, results["xla"])[0]
                             if isinstance(results["xla"], tuple) else results["xla"])
        # The loop paths, run after compilation.
        for label, make in fns[4:]:
            m = self.measure(f"{label}: run", "µs", "loops")
            f, args = make()
            jf = jax.jit(f)
            placed = {w: self.put(w, args) for w in self.dev}
            for w in self.dev:
                for _ in range(5):
                    block(jf(*placed[w]))
            n = 50
            for _ in range(reps):
                for w in self.order():
                    t = now()
                    for _ in range(n):
                        out = jf(*placed[w])
                    block(out)
                    m.add(w, (now() - t) / n)

    def run_eager(self):
        jnp = self.jax.numpy
        rng = np.random.default_rng(3)
        a = rng.normal(size=(4, 4)).astype(np.float32)
        b = rng.normal(size=(4, 4)).astype(np.float32)
        ops = [("add", lambda x, y: x + y), ("sin", lambda x, y: jnp.sin(x)),
               ("matmul 4x4", lambda x, y: x @ y), ("sum", lambda x, y: jnp.sum(x)),
               ("where", lambda x, y: jnp.where(x > 0, x, y))]
        placed = {w: self.put(w, (a, b)) for w in self.dev}
        n = 200
        for label, op in ops:
            # Two rows per op: calls queued back to back (one wait at the end:
            # dispatch cost), and a wait after every call (the round trip a
            # loop that reads each result pays).
            m = self.measure(f"eager {label} (tiny arrays): per call", "µs", "eager dispatch")
            mb = self.measure(f"eager {label} (tiny arrays): per call, block_until_ready each",
                              "µs", "eager dispatch")
            for w in self.dev:
                for _ in range(20):
                    block(op(*placed[w]))
            for _ in range(self.args.small_reps):
                for w in self.order():
                    x, y = placed[w]
                    t = now()
                    for _ in range(n):
                        out = op(x, y)
                    block(out)
                    m.add(w, (now() - t) / n)
                    t = now()
                    for _ in range(n):
                        block(op(x, y))
                    mb.add(w, (now() - t) / n)

    def run_random(self):
        jax = self.jax
        m = self.measure("jax.random.normal, 10M values", "ms", "random")
        f = jax.jit(lambda k: jax.random.normal(k, (10_000_000,), dtype=jax.numpy.float32))
        keys = {w: self.put(w, jax.random.key(0)) for w in self.dev}
        outs = {w: block(f(keys[w])) for w in self.dev}
        self.check_close("random.normal", np.asarray(outs["hlovm"][:100000]),
                         np.asarray(outs["xla"][:100000]), rtol=1e-4, atol=1e-4)
        del outs
        for _ in range(self.args.random_reps):
            for w in self.order():
                t = now()
                block(f(keys[w]))
                m.add(w, now() - t)


# ---- reporting -------------------------------------------------------------------

def git_commit():
    if os.environ.get("HLOVM_GIT_COMMIT"):  # a copied tree without .git (the GPU run)
        return os.environ["HLOVM_GIT_COMMIT"]
    try:
        return subprocess.run(["git", "-C", HERE, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip() or None
    except Exception:
        return None


def machine_info(bench):
    import jax
    import importlib.metadata as md
    info = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "host": platform.node(),
        "system": f"{platform.system()} {platform.machine()}",
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "load_avg_start": bench.load_start,
        "load_avg_end": list(os.getloadavg()),
        "python": platform.python_version(),
        "jax": jax.__version__,
        "jaxlib": md.version("jaxlib"),
        "hlovm": md.version("jax-hlovm"),
        "hlovm_platform_version": bench.dev["hlovm"].client.platform_version,
        "hlovm_tier": bench.dev["hlovm"].device_kind,
        "hlovm_git": git_commit(),
        "baseline": f"XLA:{bench.args.baseline.upper()} ({bench.dev['xla'].device_kind})",
        "size": bench.args.size,
        # First-result times clear JAX's caches before each measurement (runs
        # before this field existed let one backend reuse the other's trace).
        "ttfr_fresh_caches": True,
        "settings": {k: getattr(bench.args, k) for k in
                     ("warmup", "reps", "steps", "ttfr_reps", "small_reps", "random_reps",
                      "model_budget", "time_limit")},
    }
    for pkg in ("flax", "optax"):
        try:
            info[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            info[pkg] = None
    return info


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def default_machine(bench):
    if bench.args.baseline == "cuda":
        kind = bench.dev["xla"].device_kind
        gpu = re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")
        return f"{gpu}-{os.cpu_count()}c"
    return f"{platform.system().lower()}-{platform.machine()}-{os.cpu_count()}c"


def render_table(meas, info):
    base = "XLA:" + info["baseline"].split(":")[1].split(" ")[0]
    tiers = info.get("tiers")
    if tiers:
        head = "| measure | " + " | ".join(f"hlovm tier {t}" for t in tiers) + f" | {base} | " + \
            " | ".join(f"ratio tier {t}/XLA" for t in tiers) + " |"
        lines = [head, "| --- |" + " ---: |" * (2 * len(tiers) + 1)]
        for j in meas:
            cells = []
            for t in tiers:
                st = j["tiers"].get(t)
                cells.append(fmt_cell(None if st is None else (st["median_s"], st["spread"]), j["unit"]))
            x = j["xla"]
            cells.append(fmt_cell(None if x is None else (x["median_s"], x["spread"]), j["unit"]))
            for t in tiers:
                r = j["tier_ratios"].get(t)
                cells.append(f"{r:.2f}" if r is not None else "—")
            lines.append(f"| {j['name']} | " + " | ".join(cells) + " |")
        return "\n".join(lines)
    lines = [f"| measure | hlovm | {base} | ratio hlovm/XLA |", "| --- | ---: | ---: | ---: |"]
    for m in meas:
        j = m["json"] if "json" in m else m
        def st(w):
            s = j[w]
            return None if s is None else (s["median_s"], s["spread"])
        ratio = f"{j['ratio']:.2f}" if j["ratio"] is not None else "—"
        lines.append(f"| {j['name']} | {fmt_cell(st('hlovm'), j['unit'])} | {fmt_cell(st('xla'), j['unit'])} | {ratio} |")
    return "\n".join(lines)


def render_header(info):
    return "\n".join([
        f"- date: {info['date']}; machine: {info['system']}, {info['cpu']}, {info['cores']} cores"
        f" (load average {info['load_avg_start'][0]:.1f} at start, {info['load_avg_end'][0]:.1f} at end)",
        f"- hlovm {info['hlovm']} ({info['hlovm_platform_version']}, git {info['hlovm_git']}), "
        f"tier: {info['hlovm_tier']}",
        f"- baseline: {info['baseline']}; jax {info['jax']}, jaxlib {info['jaxlib']}, "
        f"flax {info['flax']}, optax {info['optax']}, Python {info['python']}",
        f"- model size: {info['size']}; settings: {info['settings']}",
        "- cells: median ±spread (half the min–max range over the repetitions); ratio of medians, "
        "below 1 means hlovm is faster",
    ])


def render_checks(checks):
    lines = ["Correctness (each model's losses on hlovm against XLA's, step by step):", ""]
    for c in checks:
        mark = ("skipped" if c["detail"].startswith("skipped") else "ok") if c["ok"] else (
            "FAIL" if c["fatal"] else "warning")
        lines.append(f"- {mark}: {c['what']}: {c['detail']}")
    return "\n".join(lines)


def write_results(bench, info, out_dir, machine):
    os.makedirs(out_dir, exist_ok=True)
    stem = f"{info['date'][:10]}-{machine}"
    meas = [m.to_json() for m in bench.measures]
    doc = {"machine": machine, "info": info, "measures": meas, "checks": bench.checks}
    table = render_table(meas, info)
    md_text = "\n\n".join([f"# hlovm vs {info['baseline']} — {stem}", render_header(info), table,
                           render_checks(bench.checks)]) + "\n"
    with open(os.path.join(out_dir, stem + ".json"), "w") as f:
        json.dump(doc, f, indent=1)
    with open(os.path.join(out_dir, stem + ".md"), "w") as f:
        f.write(md_text)
    return stem, table, md_text


def update_results_md(results_dir=os.path.join(HERE, "results"), path=os.path.join(HERE, "RESULTS.md")):
    """Rewrite RESULTS.md from results/*.json: the latest table per machine, then
    one history line per run."""
    runs = []
    for fn in sorted(os.listdir(results_dir)):
        if fn.endswith(".json"):
            with open(os.path.join(results_dir, fn)) as f:
                runs.append((fn[:-5], json.load(f)))
    runs.sort(key=lambda r: r[1]["info"]["date"])
    latest = {}
    for stem, doc in runs:
        latest[doc["machine"]] = (stem, doc)
    parts = ["# Benchmark results: hlovm against XLA",
             "Written by `bench/bench.py` (run by `make bench`) from `bench/results/*.json`; "
             "each run's full table and settings are in `bench/results/<date>-<machine>.md`. "
             "Timings on the shared development machine are noisy: other engineers' builds ran "
             "at the same time (see each run's load average). Against XLA:CUDA, hlovm runs its "
             "CPU tier (tier 0, the interpreter) on the GPU machine's host cores, and XLA:CUDA "
             "computes f32 matmuls in TF32 by default, so losses are compared with rtol 2e-2 there.",
             "## Latest, per machine"]
    for machine, (stem, doc) in sorted(latest.items()):
        parts += [f"### {machine} ([{stem}](results/{stem}.md))", render_header(doc["info"]),
                  render_table(doc["measures"], doc["info"])]
        if not doc["info"].get("ttfr_fresh_caches"):
            parts.append("Note: this run predates clearing JAX's caches before each first-result "
                         "measurement: each model's first step on the second backend of a pair "
                         "reused the first's trace, so it leaves out tracing (a fraction of a second).")
        bad = [c for c in doc["checks"] if not c["ok"]]
        fatal = [c for c in bad if c["fatal"]]
        parts.append("All model losses matched XLA's." if not fatal else
                     "Model mismatches: " + "; ".join(f"{c['what']} ({c['detail']})" for c in fatal))
        if len(bad) > len(fatal):
            parts.append("Warnings (small functions; not failures): " + "; ".join(
                f"{c['what']} ({c['detail']})" for c in bad if not c["fatal"]))
    parts.append("## History")
    hist = ["| run | baseline | size | steady-state step ratio (geo. mean) | first-step ratio (geo. mean) | losses |",
            "| --- | --- | --- | ---: | ---: | --- |"]
    for stem, doc in runs:
        def gm(group):
            rs = [m["ratio"] for m in doc["measures"] if m["group"] == group and m["ratio"]]
            return f"{float(np.exp(np.mean(np.log(rs)))):.2f}" if rs else "—"
        ok = all(c["ok"] for c in doc["checks"] if c["fatal"])
        hist.append(f"| [{stem}](results/{stem}.md) | {doc['info']['baseline']} | {doc['info']['size']} "
                    f"| {gm('steady state')} | {gm('first result')} | {'ok' if ok else 'MISMATCH'} |")
    parts.append("\n".join(hist))
    with open(path, "w") as f:
        f.write("\n\n".join(parts) + "\n")


def run_tiers(args, argv):
    """The suite once per tier (HLOVM_TIERS), each in a fresh process, merged
    into one table: a column per tier, XLA from the last run."""
    import tempfile
    tiers = [t for t in args.tiers.split(",") if t]
    rest, skip = [], False
    for a in (argv if argv is not None else sys.argv[1:]):
        if skip:
            skip = False
            continue
        if a == "--tiers":
            skip = True
            continue
        if a.startswith("--tiers=") or a in ("--no-results-md",):
            continue
        if a == "--out" or a.startswith("--out="):
            skip = a == "--out"
            continue
        rest.append(a)
    docs = {}
    bad = False
    with tempfile.TemporaryDirectory() as tmp:
        for t in tiers:
            out = os.path.join(tmp, t)
            env = dict(os.environ, HLOVM_TIERS=t)
            print(f"== tier {t} (HLOVM_TIERS={t})", flush=True)
            r = subprocess.run([sys.executable, os.path.abspath(__file__), *rest, "--out", out, "--no-results-md"],
                               env=env)
            bad |= r.returncode != 0
            files = [f for f in os.listdir(out) if f.endswith(".json")] if os.path.isdir(out) else []
            if not files:
                print(f"tier {t}: no results", flush=True)
                return 1
            with open(os.path.join(out, files[0])) as f:
                docs[t] = json.load(f)
    last = docs[tiers[-1]]
    meas = []
    for m in last["measures"]:
        row = dict(m)
        row["tiers"], row["tier_ratios"] = {}, {}
        for t in tiers:
            mt = next((x for x in docs[t]["measures"] if x["name"] == m["name"]), None)
            row["tiers"][t] = mt["hlovm"] if mt else None
            h = mt["hlovm"] if mt else None
            row["tier_ratios"][t] = (h["median_s"] / m["xla"]["median_s"]
                                     if h and m["xla"] and m["xla"]["median_s"] > 0 else None)
        meas.append(row)
    info = dict(last["info"])
    info["tiers"] = tiers
    info["hlovm_tier"] = "per column (HLOVM_TIERS=" + ",".join(tiers) + ")"
    checks = [dict(c, what=f"{c['what']} [tier {t}]") for t in tiers for c in docs[t]["checks"]]
    machine = last["machine"]
    stem = f"{info['date'][:10]}-{machine}"
    os.makedirs(args.out, exist_ok=True)
    doc = {"machine": machine, "info": info, "measures": meas, "checks": checks}
    md_text = "\n\n".join([f"# hlovm vs {info['baseline']} — {stem}", render_header(info),
                            render_table(meas, info), render_checks(checks)]) + "\n"
    with open(os.path.join(args.out, stem + ".json"), "w") as f:
        json.dump(doc, f, indent=1)
    with open(os.path.join(args.out, stem + ".md"), "w") as f:
        f.write(md_text)
    print(md_text)
    if not args.no_results_md and os.path.abspath(args.out) == os.path.abspath(os.path.join(HERE, "results")):
        update_results_md()
    return 1 if bad else 0


def first_step_child(args):
    """One cold first step in this (fresh) process; prints its times as JSON."""
    name, flavor, backend = args.first_step_child
    import jax
    import models
    dev = jax.devices(backend)[0]
    cfg = models.SIZES[args.size][name]
    if flavor == "flax":
        state0, step = models.flax_model(name, cfg, jax.devices("cpu")[0])
    else:
        state0, step = models.plain_model(name, cfg)
    x, y = models.make_batch(name, cfg)
    data = block(jax.device_put((state0, x, y), dev))
    t0 = now()
    lowered = jax.jit(step).lower(*data)
    t1 = now()
    compiled = lowered.compile()
    t2 = now()
    block(compiled(*data))
    t3 = now()
    print(json.dumps({"trace_lower_s": t1 - t0, "compile_s": t2 - t1, "first_run_s": t3 - t2}), flush=True)
    return 0


def main(argv=None):
    args = parse_args(argv)
    if args.first_step_child:
        return first_step_child(args)
    if args.tiers:
        return run_tiers(args, argv)
    load_start = list(os.getloadavg())
    import jax
    import models
    bench = Bench(args)
    bench.load_start = load_start
    t0 = now()
    print(f"hlovm vs XLA:{args.baseline.upper()}, size {args.size}, {os.cpu_count()} cores, "
          f"load average {load_start[0]:.1f}", flush=True)
    cfgs = models.SIZES[args.size]
    sections = set(args.sections.split(","))
    for name in (args.models.split(",") if "models" in sections else []):
        for flavor in args.flavors.split(","):
            if not name or not flavor:
                continue
            if args.time_limit and now() - t0 > args.time_limit:
                bench.checks.append({"what": f"{name} ({flavor})", "ok": True, "fatal": False,
                                     "detail": f"skipped: --time-limit {args.time_limit:g} s reached"})
                print(f"{name} / {flavor}: skipped (time limit)", flush=True)
                continue
            print(f"{name} / {flavor}: {cfgs[name]}", flush=True)
            try:
                bench.run_model(name, flavor, cfgs[name])
                if args.cold_reps > 0:
                    bench.run_cold_first_steps(name, flavor)
            except Exception as e:  # a backend error is a wrong result, reported, not a crash
                bench.checks.append({"what": f"{name} ({flavor})", "ok": False, "fatal": True,
                                     "detail": f"{type(e).__name__}: {str(e)[:300]}"})
                print(f"  ERROR: {type(e).__name__}: {e}", flush=True)
            jax.clear_caches()
    if "small" in sections:
        print("small jitted functions and loops", flush=True)
        bench.run_small()
    if "eager" in sections:
        print("eager dispatch", flush=True)
        bench.run_eager()
    if "random" in sections:
        print("random.normal", flush=True)
        bench.run_random()
    info = machine_info(bench)
    info["wall_s"] = round(now() - t0, 1)
    machine = args.machine or default_machine(bench)
    stem, table, md_text = write_results(bench, info, args.out, machine)
    print()
    print(md_text)
    if not args.no_results_md and os.path.abspath(args.out) == os.path.abspath(os.path.join(HERE, "results")):
        update_results_md()
    print(f"wrote {os.path.join(args.out, stem)}.md/.json in {info['wall_s']} s", flush=True)
    bad = [c for c in bench.checks if c["fatal"] and not c["ok"]]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
