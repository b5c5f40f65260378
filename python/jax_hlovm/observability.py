"""Seeing inside the VM from Python.

tier_report(f, *args) returns the plugin's tier report of the executable
f(*args) runs on hlovm: per region (function, while condition and body, case
branch) its entries, the tier it reached and at which entry, compile time,
fused kernels (ops, native or portable), time in each tier (tier 0 times only
when HLOVM_TIERS_REPORT or HLOVM_TRACE turned the profile on), and for a
region left on tier 0, why.

The report is fetched from the plugin by executable fingerprint through
ctypes (hlovm_tier_report), so it reflects every run of that program so far
(the plugin shares one program among executables compiled from the same
bytes).

flush_trace() writes the HLOVM_TRACE file now rather than at the next
one-second tick.
"""
import ctypes
import json

_lib = None


def _library():
    global _lib
    if _lib is None:
        from . import library_path
        lib = ctypes.CDLL(library_path())
        lib.hlovm_tier_report.argtypes = [ctypes.c_char_p]
        lib.hlovm_tier_report.restype = ctypes.c_void_p
        lib.hlovm_free.argtypes = [ctypes.c_void_p]
        lib.hlovm_free.restype = None
        lib.hlovm_trace_flush.argtypes = []
        lib.hlovm_trace_flush.restype = ctypes.c_int
        _lib = lib
    return _lib


def _compiled(f, args, kwargs):
    """The jax.stages.Compiled for f: f itself, or f lowered for args."""
    if hasattr(f, "runtime_executable"):
        return f
    import jax
    if not hasattr(f, "lower"):
        f = jax.jit(f)
    # No default_device context here: it changes the lowering (so the
    # fingerprint) from the one f(*args) ran; args carry their device.
    return f.lower(*args, **kwargs).compile()


def fingerprint(f, *args, **kwargs):
    """The hlovm executable fingerprint of f (a jitted function with its
    arguments, or a compiled one)."""
    fp = _compiled(f, args, kwargs).runtime_executable().fingerprint
    if fp is None:
        raise ValueError("hlovm: the executable has no fingerprint (not an hlovm executable?)")
    return fp.decode() if isinstance(fp, bytes) else str(fp)


def tier_report(f, *args, **kwargs):
    """The tier report (a dict, the JSON of tiers.Report) of the executable
    that runs f(*args, **kwargs) on hlovm; f may be a plain function, a
    jitted one, or a jax.stages.Compiled. It does not run f."""
    fp = fingerprint(f, *args, **kwargs)
    lib = _library()
    p = lib.hlovm_tier_report(fp.encode())
    if not p:
        raise KeyError(f"hlovm: no executable with fingerprint {fp}")
    try:
        return json.loads(ctypes.string_at(p).decode())
    finally:
        lib.hlovm_free(p)


def format_report(report):
    """A short text table of a tier report's regions."""
    lines = [f"{report['program']}: tier {report['tier']}, threshold {report['threshold']}"]
    for r in report.get("regions") or []:
        kern = r.get("kernels") or []
        native = sum(1 for k in kern if k.get("native"))
        lines.append(
            f"  {r['func']:<32} {r['kind']:<11} entries {r['entries']:>6} "
            f"tier {r['tier']} ({r['state']}) kernels {len(kern)} ({native} native)"
            + (f"  why: {r['reason']}" if r.get("reason") else ""))
    return "\n".join(lines)


def flush_trace():
    """Writes the HLOVM_TRACE file now; False when tracing is off."""
    rc = _library().hlovm_trace_flush()
    if rc == 2:
        raise OSError("hlovm: the trace file could not be written (see stderr)")
    return rc == 0
