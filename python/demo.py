"""The README quick start: hlovm is JAX's default device; a jitted function
runs on it and agrees with JAX's own CPU backend."""
import jax
import jax.numpy as jnp
import numpy as np

print("devices:", jax.devices())


@jax.jit
def predict(w, b, x):
    return jnp.tanh(x @ w + b)


w = jnp.arange(12.0).reshape(4, 3) / 10
b = jnp.array([0.1, -0.2, 0.3])
x = jnp.ones((2, 4))
y = predict(w, b, x)
print("result on", y.devices(), ":\n", y)

cpu = jax.devices("cpu")[0]
y_cpu = predict(*(jax.device_put(np.asarray(a), cpu) for a in (w, b, x)))
print("max |hlovm - cpu| =", float(np.max(np.abs(np.asarray(y) - np.asarray(y_cpu)))))
