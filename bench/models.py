"""The four benchmark models (MLP, CNN, GRU RNN, Transformer), each in plain JAX
and in Flax + Optax, at two sizes of the same architecture:

- "full": the sizes of the benchmarks of the plugin hlovm replaces (MLP and CNN
  as that suite gives them; RNN and Transformer, whose sizes it does not fix,
  at sizes of the same order of work per step), for GPUs;
- "cpu": every width, batch and length scaled down so that the whole suite
  finishes in about a minute per backend on a 2-core CPU.

Parameters and data are made with numpy (or initialised once on JAX's CPU
device for Flax) so that every backend starts from the same bits; each model's
losses can then be compared step by step across backends.
"""
import numpy as np

import jax
import jax.numpy as jnp
from jax import lax

SIZES = {
    "full": {
        "mlp": dict(batch=2048, inp=2048, widths=(8192, 4096, 4096, 2048, 1024), classes=10),
        "cnn": dict(batch=128, hw=64, channels=(64, 64, 128, 128, 256), classes=10),
        "rnn": dict(batch=128, length=64, inp=128, hidden=512, classes=10),
        "transformer": dict(batch=16, length=128, vocab=1024, dim=256, heads=4, layers=4),
    },
    "cpu": {
        "mlp": dict(batch=256, inp=512, widths=(2048, 1024, 1024, 512, 256), classes=10),
        "cnn": dict(batch=32, hw=32, channels=(16, 16, 32, 32, 64), classes=10),
        "rnn": dict(batch=64, length=32, inp=64, hidden=128, classes=10),
        "transformer": dict(batch=8, length=64, vocab=512, dim=128, heads=4, layers=2),
    },
}


def _xent(logits, labels):
    logp = jax.nn.log_softmax(logits)
    return -jnp.mean(jnp.take_along_axis(logp, labels[..., None], axis=-1))


def _dense_init(rng, n_in, n_out):
    w = rng.normal(size=(n_in, n_out)).astype(np.float32) * np.float32(np.sqrt(2.0 / n_in))
    return [w, np.zeros((n_out,), np.float32)]


# ---- data ----------------------------------------------------------------

def make_batch(name, cfg, seed=1):
    rng = np.random.default_rng(seed)
    if name == "mlp":
        x = rng.normal(size=(cfg["batch"], cfg["inp"])).astype(np.float32)
        y = rng.integers(0, cfg["classes"], size=(cfg["batch"],)).astype(np.int32)
    elif name == "cnn":
        x = rng.normal(size=(cfg["batch"], cfg["hw"], cfg["hw"], 3)).astype(np.float32)
        y = rng.integers(0, cfg["classes"], size=(cfg["batch"],)).astype(np.int32)
    elif name == "rnn":
        x = rng.normal(size=(cfg["batch"], cfg["length"], cfg["inp"])).astype(np.float32)
        y = rng.integers(0, cfg["classes"], size=(cfg["batch"],)).astype(np.int32)
    else:
        toks = rng.integers(0, cfg["vocab"], size=(cfg["batch"], cfg["length"] + 1)).astype(np.int32)
        x, y = toks[:, :-1], toks[:, 1:]
    return x, y


# ---- plain JAX -------------------------------------------------------------

def _mlp_init(cfg, rng):
    dims = (cfg["inp"],) + tuple(cfg["widths"]) + (cfg["classes"],)
    return [_dense_init(rng, a, b) for a, b in zip(dims[:-1], dims[1:])]


def _mlp_apply(params, x):
    for w, b in params[:-1]:
        x = jax.nn.relu(x @ w + b)
    w, b = params[-1]
    return x @ w + b


def _conv_init(rng, cin, cout):
    w = rng.normal(size=(3, 3, cin, cout)).astype(np.float32) * np.float32(np.sqrt(2.0 / (9 * cin)))
    return [w, np.zeros((cout,), np.float32)]


def _cnn_init(cfg, rng):
    chans = (3,) + tuple(cfg["channels"])
    convs = [_conv_init(rng, a, b) for a, b in zip(chans[:-1], chans[1:])]
    return {"convs": convs, "head": _dense_init(rng, chans[-1], cfg["classes"])}


def _maxpool(x):
    return lax.reduce_window(x, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")


# Pooling after the second and fourth convolution (64x64 -> 32x32 -> 16x16),
# then global average pooling and a Dense layer.
_POOL_AFTER = (1, 3)


def _cnn_apply(params, x):
    for i, (w, b) in enumerate(params["convs"]):
        x = lax.conv_general_dilated(x, w, (1, 1), "SAME",
                                     dimension_numbers=("NHWC", "HWIO", "NHWC"))
        x = jax.nn.relu(x + b)
        if i in _POOL_AFTER:
            x = _maxpool(x)
    x = jnp.mean(x, axis=(1, 2))
    w, b = params["head"]
    return x @ w + b


def _rnn_init(cfg, rng):
    d, h = cfg["inp"], cfg["hidden"]
    wx = rng.normal(size=(d, 3 * h)).astype(np.float32) * np.float32(1 / np.sqrt(d))
    wh = rng.normal(size=(h, 3 * h)).astype(np.float32) * np.float32(1 / np.sqrt(h))
    return {"wx": wx, "wh": wh, "b": np.zeros((3 * h,), np.float32),
            "head": _dense_init(rng, h, cfg["classes"])}


def _rnn_apply(params, x):
    hdim = params["wh"].shape[0]

    def cell(h, xt):
        gx = xt @ params["wx"] + params["b"]
        gh = h @ params["wh"]
        r = jax.nn.sigmoid(gx[:, :hdim] + gh[:, :hdim])
        z = jax.nn.sigmoid(gx[:, hdim:2 * hdim] + gh[:, hdim:2 * hdim])
        n = jnp.tanh(gx[:, 2 * hdim:] + r * gh[:, 2 * hdim:])
        h = (1 - z) * n + z * h
        return h, None

    h0 = jnp.zeros((x.shape[0], hdim), x.dtype)
    h, _ = lax.scan(cell, h0, jnp.swapaxes(x, 0, 1))
    w, b = params["head"]
    return h @ w + b


def _tf_init(cfg, rng):
    d, v = cfg["dim"], cfg["vocab"]
    layers = []
    for _ in range(cfg["layers"]):
        layers.append({
            "ln1": [np.ones((d,), np.float32), np.zeros((d,), np.float32)],
            "qkv": _dense_init(rng, d, 3 * d), "proj": _dense_init(rng, d, d),
            "ln2": [np.ones((d,), np.float32), np.zeros((d,), np.float32)],
            "fc1": _dense_init(rng, d, 4 * d), "fc2": _dense_init(rng, 4 * d, d),
        })
    return {"embed": rng.normal(size=(v, d)).astype(np.float32) * np.float32(0.02),
            "pos": rng.normal(size=(cfg["length"], d)).astype(np.float32) * np.float32(0.02),
            "layers": layers,
            "lnf": [np.ones((d,), np.float32), np.zeros((d,), np.float32)],
            "out": _dense_init(rng, d, v)}


def _layernorm(x, p, eps=1e-6):
    mu = jnp.mean(x, -1, keepdims=True)
    var = jnp.mean(jnp.square(x - mu), -1, keepdims=True)
    return (x - mu) * lax.rsqrt(var + eps) * p[0] + p[1]


def _tf_apply(params, toks, heads):
    x = params["embed"][toks] + params["pos"]
    bsz, t, d = x.shape
    hd = d // heads
    mask = jnp.tril(jnp.ones((t, t), bool))
    for lp in params["layers"]:
        h = _layernorm(x, lp["ln1"])
        qkv = h @ lp["qkv"][0] + lp["qkv"][1]
        q, k, v = jnp.split(qkv.reshape(bsz, t, 3, heads, hd), 3, axis=2)
        q, k, v = q[:, :, 0], k[:, :, 0], v[:, :, 0]
        s = jnp.einsum("bqhd,bkhd->bhqk", q, k) / np.float32(np.sqrt(hd))
        s = jnp.where(mask, s, -1e9)
        a = jnp.einsum("bhqk,bkhd->bqhd", jax.nn.softmax(s, axis=-1), v).reshape(bsz, t, d)
        x = x + a @ lp["proj"][0] + lp["proj"][1]
        h = _layernorm(x, lp["ln2"])
        h = jax.nn.gelu(h @ lp["fc1"][0] + lp["fc1"][1])
        x = x + h @ lp["fc2"][0] + lp["fc2"][1]
    x = _layernorm(x, params["lnf"])
    return x @ params["out"][0] + params["out"][1]


def plain_model(name, cfg, lr=1e-2):
    """(initial params as numpy, train step(params, x, y) -> (params, loss)): SGD."""
    rng = np.random.default_rng(0)
    if name == "mlp":
        params, apply = _mlp_init(cfg, rng), _mlp_apply
    elif name == "cnn":
        params, apply = _cnn_init(cfg, rng), _cnn_apply
    elif name == "rnn":
        params, apply = _rnn_init(cfg, rng), _rnn_apply
    else:
        heads = cfg["heads"]
        params, apply = _tf_init(cfg, rng), (lambda p, x: _tf_apply(p, x, heads))

    def step(params, x, y):
        loss, grads = jax.value_and_grad(lambda p: _xent(apply(p, x), y))(params)
        params = jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)
        return params, loss

    return params, step


# ---- Flax + Optax ------------------------------------------------------------

def flax_model(name, cfg, init_device):
    """(initial (params, opt_state) made on init_device, step(state, x, y) -> (state, loss))."""
    import flax.linen as nn
    import optax

    if name == "mlp":
        class Net(nn.Module):
            @nn.compact
            def __call__(self, x):
                for w in cfg["widths"]:
                    x = nn.relu(nn.Dense(w)(x))
                return nn.Dense(cfg["classes"])(x)
        tx = optax.sgd(1e-2)
    elif name == "cnn":
        class Net(nn.Module):
            @nn.compact
            def __call__(self, x):
                for i, c in enumerate(cfg["channels"]):
                    x = nn.relu(nn.Conv(c, (3, 3))(x))
                    if i in _POOL_AFTER:
                        x = nn.max_pool(x, (2, 2), (2, 2))
                return nn.Dense(cfg["classes"])(x.mean(axis=(1, 2)))
        tx = optax.sgd(1e-2, momentum=0.9)
    elif name == "rnn":
        class Net(nn.Module):
            @nn.compact
            def __call__(self, x):
                h = nn.RNN(nn.GRUCell(cfg["hidden"]))(x)  # lax.scan underneath
                return nn.Dense(cfg["classes"])(h[:, -1])
        tx = optax.adam(1e-3)
    else:
        class Net(nn.Module):
            @nn.compact
            def __call__(self, toks):
                d = cfg["dim"]
                x = nn.Embed(cfg["vocab"], d)(toks)
                x = x + self.param("pos", nn.initializers.normal(0.02), (toks.shape[1], d))
                mask = nn.make_causal_mask(toks)
                for _ in range(cfg["layers"]):
                    h = nn.LayerNorm()(x)
                    x = x + nn.MultiHeadDotProductAttention(num_heads=cfg["heads"])(h, h, mask=mask)
                    h = nn.LayerNorm()(x)
                    x = x + nn.Dense(d)(nn.gelu(nn.Dense(4 * d)(h)))
                return nn.Dense(cfg["vocab"])(nn.LayerNorm()(x))
        tx = optax.adam(1e-3)

    model = Net()
    x, _ = make_batch(name, cfg)
    with jax.default_device(init_device):
        params = jax.jit(model.init)(jax.random.key(0), jnp.asarray(x))
        state = (params, tx.init(params))
        state = jax.tree_util.tree_map(np.asarray, state)

    def step(state, x, y):
        params, opt_state = state
        loss, grads = jax.value_and_grad(lambda p: _xent(model.apply(p, x), y))(params)
        updates, opt_state = tx.update(grads, opt_state, params)
        return (optax.apply_updates(params, updates), opt_state), loss

    return state, step


MODEL_NAMES = ("mlp", "cnn", "rnn", "transformer")
