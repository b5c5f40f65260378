"""hlovm: a JAX backend whose runtime is a Go PJRT plugin.

Installed, JAX finds this module through the `jax_plugins` entry point and
calls initialize(): `jax.devices()` then lists the hlovm device, ahead of the
CPU, and JAX code runs on it unchanged.
"""
import logging
import os
import re
import sys

logger = logging.getLogger(__name__)

PLATFORM = "hlovm"
# Above the CPU (0) and JAX's default plugin priority (400).
PRIORITY = 500
_LIB = "libhlovm_pjrt.so"


def library_path():
    """The plugin library: HLOVM_PJRT_LIBRARY, else the one in this package."""
    env = os.environ.get("HLOVM_PJRT_LIBRARY")
    if env:
        return env
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), _LIB)


def initialize():
    from jax._src import xla_bridge as xb

    path = library_path()
    if not os.path.exists(path):
        raise FileNotFoundError(
            f"hlovm: PJRT library not found at {path}; reinstall jax-hlovm "
            "(pip install ./python builds it with the Go toolchain)")
    _point_at_llvmlite()
    _point_at_blas()
    xb.register_plugin(PLATFORM, priority=PRIORITY, library_path=path, options=None)
    _enable_donation()
    _register_lowerings()
    _register_error_handler()
    from . import callbacks
    callbacks.install(path)
    from . import persistent_cache
    persistent_cache.install()


def _point_at_llvmlite():
    """Tell the plugin where llvmlite's LLVM is (its native tier compiles
    fused kernels with it); without it kernels run on the portable Go tier."""
    if os.environ.get("HLOVM_LLVMLITE"):
        return
    import importlib.util
    spec = importlib.util.find_spec("llvmlite")
    if spec is None or not spec.submodule_search_locations:
        return
    for d in spec.submodule_search_locations:
        for name in ("libllvmlite.so", "libllvmlite.dylib"):
            p = os.path.join(d, "binding", name)
            if os.path.exists(p):
                os.environ["HLOVM_LLVMLITE"] = p
                return


def _point_at_blas():
    """Tell the plugin where numpy's bundled OpenBLAS is (dot_general calls it
    for large products); without it products run on hlovm's own GEMM. On
    macOS the plugin uses Accelerate unless HLOVM_BLAS names a library."""
    if os.environ.get("HLOVM_BLAS") or sys.platform == "darwin":
        return
    import glob
    import numpy

    pkg = os.path.dirname(numpy.__file__)
    found = sorted(glob.glob(os.path.join(pkg, "..", "numpy.libs", "*openblas*")) +
                   glob.glob(os.path.join(pkg, ".dylibs", "*openblas*")))
    if found:
        os.environ["HLOVM_BLAS"] = os.path.normpath(found[0])


def _enable_donation():
    from jax._src.interpreters import mlir

    if PLATFORM not in mlir._platforms_with_donation:
        mlir._platforms_with_donation.append(PLATFORM)


# Primitives whose only lowering (or whose usable one) is registered for JAX's
# own platforms. Their CPU rules emit LAPACK FFI custom calls
# (lapack_{s,d,c,z}<routine>_ffi) that hlovm's interp/linalg implements, so the
# CPU rules are reused as they are for "hlovm".
_LINALG_PRIMITIVES = (
    "cholesky_p", "cholesky_update_p", "eig_p", "eigh_p", "hessenberg_p",
    "householder_product_p", "lu_p", "lu_pivots_to_permutation_p", "geqrf_p",
    "geqp3_p", "qr_p", "schur_p", "svd_p", "triangular_solve_p", "tridiagonal_p",
    "tridiagonal_solve_p", "symmetric_product_p", "ormqr_p",
)

# Element-wise special functions whose CPU rule is CPU's own numerics (jax
# 0.12.1: the cpu_lgamma_ffi / cpu_digamma_ffi custom calls, which hlovm
# implements; earlier: lgamma in float64 for float32). Reusing it makes hlovm
# compute what CPU computes rather than JAX's generic float32 expansion.
_SPECIAL_PRIMITIVES = ("lgamma_p", "digamma_p")


def _exact_top_k(operand, *, k, reduction_dimension, recall_target, is_max_k,
                 reduction_input_size_override, aggregate_to_topk):
    # What XLA does with ApproxTopK's fallback off TPU: an exact top-k.
    import jax.numpy as jnp
    from jax import lax

    x = jnp.moveaxis(operand, reduction_dimension, -1)
    vals, idx = lax.top_k(x if is_max_k else -x, k)
    if not is_max_k:
        vals = -vals
    return [jnp.moveaxis(vals, -1, reduction_dimension),
            jnp.moveaxis(idx, -1, reduction_dimension)]


def _register_lowerings():
    from jax._src.interpreters import mlir
    from jax._src.lax import ann, linalg, special

    # approx_max_k/approx_min_k: the generic rule emits an ApproxTopK custom
    # call that XLA rewrites; hlovm gets the exact computation instead.
    mlir.register_lowering(ann.approx_top_k_p, mlir.lower_fun(_exact_top_k, multiple_results=True),
                           platform=PLATFORM)

    cpu = mlir._platform_specific_lowerings.get("cpu", {})
    mine = mlir._platform_specific_lowerings[PLATFORM]
    linalg_prims = {getattr(linalg, n) for n in _LINALG_PRIMITIVES if hasattr(linalg, n)}
    linalg_prims |= {getattr(special, n) for n in _SPECIAL_PRIMITIVES if hasattr(special, n)}
    for prim, entry in list(cpu.items()):
        if prim in mine:
            continue
        # Linear algebra: the LAPACK custom calls. Anything else: only where no
        # platform-independent rule exists (the generic rule is what hlovm runs).
        if prim in linalg_prims or prim not in mlir._lowerings:
            mine[prim] = entry

    _register_threefry_lowering()


def _register_threefry_lowering():
    """threefry2x32 (the hash behind every jax.random call) as one custom call,
    hlovm_threefry2x32, that interp/linalg runs natively: JAX's generic rule
    is ~160 element-wise passes over the array. Any failure here (an API this
    jax lacks) leaves the generic rule in place rather than failing init."""
    try:
        from jax.extend.random import threefry2x32_p
        from jax._src.interpreters import mlir
        from jax import ffi

        ffi.ffi_lowering  # the rule below needs it: fail here, not when lowering
        entry = mlir._lowerings[threefry2x32_p]
        generic = getattr(entry, "rule", entry)
        mlir.register_lowering(threefry2x32_p, _threefry2x32_rule(generic), platform=PLATFORM)
    except Exception as e:  # noqa: BLE001
        logger.warning("hlovm: threefry2x32 keeps JAX's generic lowering: %s", e)


def _threefry2x32_rule(generic):
    # Shaped like JAX's CUDA rule (cu_threefry2x32_ffi), except that an
    # operand with one element (the key, nearly always) goes unbroadcast: the
    # kernel applies it to every element, saving two full-size arrays.
    def rule(ctx, k0, k1, x0, x1):
        import math
        from jax import ffi
        from jax._src.interpreters import mlir

        aval_out = ctx.avals_out[0]
        shape = aval_out.shape
        if not all(isinstance(d, int) for d in shape):  # symbolic shapes
            return generic(ctx, k0, k1, x0, x1)
        if math.prod(shape) == 0:
            zeros = mlir.full_like_aval(ctx, 0, aval_out)
            return [zeros, zeros]
        rank = len(shape)
        args, avals = [], []
        for v, aval in zip((k0, k1, x0, x1), ctx.avals_in):
            if tuple(aval.shape) != tuple(shape) and math.prod(aval.shape) != 1:
                # numpy-style: trailing dimensions line up, as the CUDA rule does
                v = mlir.broadcast_in_dim(ctx, v, aval_out,
                                          broadcast_dimensions=range(rank - len(aval.shape), rank))
                aval = aval_out
            args.append(v)
            avals.append(aval)
        outs = ffi.ffi_lowering("hlovm_threefry2x32")(ctx.replace(avals_in=tuple(avals)), *args)
        with_sharding = getattr(mlir, "lower_with_sharding_in_types", None)  # jax >= 0.12.1
        if with_sharding is not None:
            outs = [with_sharding(ctx, o, a) for o, a in zip(outs, ctx.avals_out)]
        return outs

    return rule


class UnsupportedStableHLOError(RuntimeError):
    """JAX could not hand hlovm a program: it uses StableHLO newer than the
    version this hlovm reads."""


_SERIALIZE_FAILURE = re.compile(r"Failed to serialize StableHLO to plugin version (\d+\.\d+\.\d+)")
_ILLEGAL_OP = re.compile(r"operation '(vhlo\.[\w.-]+)'")


def _jaxlib_stablehlo_version():
    try:
        from jaxlib.mlir.dialects import stablehlo
        return stablehlo.get_current_version()
    except Exception:  # an odd jaxlib: the message goes without it
        return "unknown"


def too_new_message(error_text):
    """The message for JAX's failure to downgrade a program to the StableHLO
    version hlovm advertises, or None when error_text is another error."""
    m = _SERIALIZE_FAILURE.search(error_text)
    if not m or not _is_hlovm_version(m.group(1)):
        return None
    import jax

    ops = sorted(set(_ILLEGAL_OP.findall(error_text)))
    what = ("the op " + ", ".join(ops)) if ops else "an op"
    return (
        f"hlovm: this program uses {what}, which is newer than the StableHLO "
        f"version hlovm reads ({m.group(1)}). jax {jax.__version__} "
        f"(jaxlib StableHLO {_jaxlib_stablehlo_version()}) could not express it "
        f"in that version. Upgrade jax-hlovm, or install a jax that hlovm "
        f"supports: pip install 'jax{SUPPORTED_JAX}' 'jaxlib{SUPPORTED_JAX}'.")


def _is_hlovm_version(version):
    """Whether version is what hlovm advertises (other plugins fail the same
    way; their errors are left alone)."""
    try:
        from jax._src import xla_bridge as xb
        ours = xb.backend_stablehlo_version(PLATFORM)
    except Exception:  # hlovm not initialised: not our compile
        return False
    return ours is not None and ".".join(str(int(x)) for x in ours) == version


# The jax/jaxlib range this release is tested with (python/pyproject.toml).
SUPPORTED_JAX = ">=0.11,<0.13"


def _register_error_handler():
    try:
        from jax._src import compiler
    except ImportError:
        return
    register = getattr(compiler, "register_xla_runtime_error_handler", None)
    if register is None:
        return

    def handler(e):
        msg = too_new_message(str(e))
        return UnsupportedStableHLOError(msg) if msg else None

    register(handler)


from .observability import flush_trace, tier_report  # noqa: E402,F401  (jax_hlovm.tier_report)
