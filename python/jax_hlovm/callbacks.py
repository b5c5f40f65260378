"""Host callbacks on hlovm: jax.debug.print/callback, pure_callback, io_callback.

JAX emits Python callbacks only for its own platforms (emit_python_callback
refuses others; jaxlib attaches its host-callback objects by platform id). For
"hlovm", install() wraps emit_python_callback: the callable is kept in a
process-wide table under a fresh id, and the lowering emits

    stablehlo.custom_call @hlovm_host_callback(operands) {backend_config = "<id>"}

The plugin runs that custom call by calling run_callback (a ctypes CFUNCTYPE
registered through hlovm_set_host_callback; ctypes takes the GIL). Tokens
never enter the call: the VM runs a program's ops in program order and a
device's executions in submission order, so an ordered effect's token is
passed through unchanged.
"""
import ctypes
import itertools
import threading
import traceback
import weakref

import numpy as np

PLATFORM = "hlovm"
TARGET = "hlovm_host_callback"

_lock = threading.Lock()
_ids = itertools.count(1)
_table = {}  # id -> (callable, operand avals, result avals)
_installed = False
_keep = []  # the CFUNCTYPE object and the library: must outlive every call

_CB = ctypes.CFUNCTYPE(
    ctypes.c_int32, ctypes.c_uint64,
    ctypes.c_int64, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int64),
    ctypes.c_int64, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int64),
    ctypes.c_void_p, ctypes.c_int64)


class _Release:
    """Kept alive by the executable (module keepalive). When the executable
    goes, the plugin is asked to release the id after the runs already queued
    on the device; it then calls _run with nargs -1, which drops the entry."""

    def __init__(self, cid):
        f = weakref.finalize(self, _release, cid)
        f.atexit = False  # nothing to free at exit; and no calls into Go then


def _release(cid):
    lib = _keep[0] if _keep else None
    if lib is None or lib.hlovm_release_host_callback(cid) != 0:
        _table.pop(cid, None)


def _register(fn, operand_avals, result_avals):
    with _lock:
        cid = next(_ids)
        _table[cid] = (fn, tuple(operand_avals), tuple(result_avals))
    return cid


def _dtype(aval):
    return np.dtype(aval.dtype)


def _call(cid, nargs, args, arg_bytes, nres, res, res_bytes):
    entry = _table.get(cid)
    if entry is None:
        raise RuntimeError(f"hlovm: host callback {cid} is no longer registered "
                           "(its executable was freed)")
    fn, in_avals, out_avals = entry
    if nargs != len(in_avals) or nres != len(out_avals):
        raise RuntimeError(f"hlovm: host callback {cid} called with {nargs} operands and "
                           f"{nres} results; it takes {len(in_avals)} and {len(out_avals)}")
    vals = []
    for i, aval in enumerate(in_avals):
        dt, n = _dtype(aval), arg_bytes[i]
        if n != dt.itemsize * int(np.prod(aval.shape, dtype=np.int64)):
            raise RuntimeError(f"hlovm: host callback {cid} operand {i}: {n} bytes for {aval}")
        raw = (ctypes.c_char * n).from_address(args[i]) if n else b""
        vals.append(np.frombuffer(raw, dtype=dt).reshape(aval.shape).copy())
    outs = fn(*vals)
    outs = () if outs is None else tuple(outs)
    if len(outs) != len(out_avals):
        raise RuntimeError(f"Mismatched number of outputs from callback. "
                           f"Expected: {len(out_avals)}, Actual: {len(outs)}")
    for i, (out, aval) in enumerate(zip(outs, out_avals)):
        out = np.asarray(out, order="C")  # (ascontiguousarray makes 0-d arrays 1-d)
        if out.shape != tuple(aval.shape):
            raise RuntimeError(f"Incorrect output shape for return value #{i}: "
                               f"Expected: {aval.shape}, Actual: {out.shape}")
        if out.dtype != _dtype(aval):
            raise RuntimeError(f"Incorrect output dtype for return value #{i}: "
                               f"Expected: {aval.dtype}, Actual: {out.dtype}")
        if out.nbytes != res_bytes[i]:
            raise RuntimeError(f"hlovm: host callback {cid} result {i}: {out.nbytes} bytes, "
                               f"the program expects {res_bytes[i]}")
        if out.nbytes:
            ctypes.memmove(res[i], out.ctypes.data, out.nbytes)


def _run(cid, nargs, args, arg_bytes, nres, res, res_bytes, err, err_cap):
    # Called by the plugin from a device worker thread. Never lets an
    # exception escape into C: the message goes back and fails the execution.
    try:
        if nargs < 0:  # release (see _Release)
            _table.pop(cid, None)
            return 0
        _call(cid, nargs, args, arg_bytes, nres, res, res_bytes)
        return 0
    except BaseException as e:  # noqa: BLE001 - everything becomes the execution's error
        try:
            msg = f"{type(e).__name__}: {e}\n" + "".join(
                traceback.format_exception(type(e), e, e.__traceback__))
            data = msg.encode("utf-8", "replace")[:max(err_cap - 1, 0)]
            ctypes.memmove(err, data, len(data))
            ctypes.memset(err + len(data), 0, 1)
        except BaseException:  # noqa: BLE001
            pass
        return 1


def _ir_type(ctx, aval):
    from jax._src.interpreters import mlir
    try:
        return mlir.aval_to_ir_type(ctx.module_context, aval)
    except TypeError:  # older signature: aval_to_ir_type(aval)
        return mlir.aval_to_ir_type(aval)


def _emit(ctx, callback, token, operands, operand_avals, result_avals, **kw):
    from jax._src.interpreters import mlir

    fn = callback
    cid = _register(fn, operand_avals, result_avals)
    # JAX keeps host callbacks with the executable; the release object ties
    # the table entry's lifetime to it.
    ctx.module_context.add_host_callback(fn)
    ctx.module_context.add_keepalive(_Release(cid))
    op = mlir.custom_call(
        TARGET,
        result_types=[_ir_type(ctx, a) for a in result_avals],
        operands=list(operands),
        backend_config=str(cid),
        has_side_effect=bool(kw.get("has_side_effect", False)),
    )
    return list(op.results), token, fn


def install(library_path):
    """Registers the ctypes runner with the plugin and the lowering hooks."""
    global _installed
    if _installed:
        return
    lib = ctypes.CDLL(library_path)
    f = lib.hlovm_set_host_callback
    f.argtypes, f.restype = [ctypes.c_void_p], ctypes.c_int32
    runner = _CB(_run)
    if f(ctypes.cast(runner, ctypes.c_void_p)) != 0:
        raise RuntimeError("hlovm: hlovm_set_host_callback failed")
    r = lib.hlovm_release_host_callback
    r.argtypes, r.restype = [ctypes.c_uint64], ctypes.c_int32
    _keep.extend([lib, runner])
    _patch()
    _installed = True


def _patch():
    from jax._src import callback as cb
    from jax._src import debugging
    from jax._src.interpreters import mlir

    orig = cb.emit_python_callback
    if getattr(orig, "_hlovm", False):
        return

    def emit_python_callback(ctx, callback, token, operands, operand_avals, result_avals,
                             **kw):
        platforms = ctx.module_context.platforms
        if len(platforms) != 1 or platforms[0] != PLATFORM:
            return orig(ctx, callback, token, operands, operand_avals, result_avals, **kw)
        if kw.get("partitioned"):
            raise NotImplementedError("hlovm: partitioned callbacks (hlovm runs one device)")
        return _emit(ctx, callback, token, operands, operand_avals, result_avals, **kw)

    emit_python_callback._hlovm = True
    # callback.py calls it as a module global, debugging.py as cb.emit_python_callback.
    cb.emit_python_callback = emit_python_callback

    # jax.debug's lowerings are registered for cpu/gpu/tpu only.
    cpu = mlir._platform_specific_lowerings.get("cpu", {})
    mine = mlir._platform_specific_lowerings[PLATFORM]
    for name in ("debug_callback_p", "debug_print_p"):
        prim = getattr(debugging, name, None)
        if prim is not None and prim in cpu:
            mine[prim] = cpu[prim]
