"""Flax and Optax models train for 20 steps on hlovm with CPU's losses."""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

flax = pytest.importorskip("flax")
optax = pytest.importorskip("optax")
import flax.linen as nn  # noqa: E402

from conftest import cpu_device, hlovm_device  # noqa: E402


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(32)(x))
        x = nn.relu(nn.Dense(16)(x))
        return nn.Dense(4)(x)


class CNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Conv(8, (3, 3))(x))
        x = nn.max_pool(x, (2, 2), (2, 2))
        x = nn.relu(nn.Conv(8, (3, 3), strides=(2, 2))(x))
        x = nn.avg_pool(x, (2, 2), (1, 1), padding="SAME")
        x = x.reshape(x.shape[0], -1)
        return nn.Dense(4)(nn.LayerNorm()(x))


class RNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.RNN(nn.LSTMCell(16))(x)
        x = nn.RNN(nn.GRUCell(8))(x)
        return nn.Dense(4)(x[:, -1])


class Transformer(nn.Module):
    @nn.compact
    def __call__(self, tokens):
        x = nn.Embed(20, 16)(tokens)
        x = x + self.param("pos", nn.initializers.normal(0.02), (tokens.shape[1], 16))
        for _ in range(2):
            h = nn.LayerNorm()(x)
            h = nn.MultiHeadDotProductAttention(num_heads=2)(h, h, mask=nn.make_causal_mask(tokens))
            x = x + h
            h = nn.LayerNorm()(x)
            x = x + nn.Dense(16)(nn.gelu(nn.Dense(32)(h)))
        return nn.Dense(4)(nn.LayerNorm()(x).mean(axis=1))


rng = np.random.default_rng(4)
MODELS = [
    ("mlp", MLP, rng.normal(size=(16, 8)).astype(np.float32), optax.adam(1e-2)),
    ("cnn", CNN, rng.normal(size=(8, 12, 12, 3)).astype(np.float32), optax.sgd(5e-2, momentum=0.9)),
    ("rnn", RNN, rng.normal(size=(8, 6, 5)).astype(np.float32), optax.adamw(1e-2)),
    ("transformer", Transformer, rng.integers(0, 20, size=(8, 10)).astype(np.int32),
     optax.chain(optax.clip_by_global_norm(1.0), optax.adam(3e-3))),
]
LABELS = rng.integers(0, 4, size=(16,)).astype(np.int32)


def train(device, model_cls, x, tx, steps=20):
    with jax.default_device(device):
        model = model_cls()
        x = jax.device_put(x, device)
        y = jax.device_put(LABELS[: x.shape[0]], device)
        params = model.init(jax.random.key(0), x)
        opt_state = tx.init(params)

        @jax.jit
        def step(params, opt_state):
            def loss_fn(p):
                logits = model.apply(p, x)
                return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()
            loss, grads = jax.value_and_grad(loss_fn)(params)
            updates, opt_state = tx.update(grads, opt_state, params)
            return optax.apply_updates(params, updates), opt_state, loss

        losses = []
        for _ in range(steps):
            params, opt_state, loss = step(params, opt_state)
            losses.append(float(loss))
        return np.array(losses)


@pytest.mark.parametrize("name,model_cls,x,tx", MODELS, ids=[m[0] for m in MODELS])
def test_train(name, model_cls, x, tx):
    want = train(cpu_device(), model_cls, x, tx)
    got = train(hlovm_device(), model_cls, x, tx)
    assert want[-1] < want[0]  # the model learns at all
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
