"""JAX's persistent compilation cache for hlovm.

JAX uses the cache only on the platforms it lists (tpu, gpu, cpu, neuron, in
compilation_cache.is_cache_used). hlovm serializes executables
(PJRT_Executable_Serialize: the program's bytes and options; loading
recompiles), so install() lets the cache serve hlovm too whenever the user
turned it on (jax_compilation_cache_dir).
"""
PLATFORM = "hlovm"


def install():
    from jax._src import compilation_cache as cc

    orig = getattr(cc, "is_cache_used", None)
    enabled = getattr(cc, "_is_cache_enabled", None)
    if orig is None or enabled is None or getattr(orig, "_hlovm", False):
        return  # a jax without these: leave its cache alone

    def is_cache_used(backend):
        if getattr(backend, "platform", None) == PLATFORM:
            return bool(enabled())
        return orig(backend)

    is_cache_used._hlovm = True
    cc.is_cache_used = is_cache_used
