"""jnp.linalg, jax.scipy.linalg and the fft family on hlovm against CPU."""
import jax
import jax.numpy as jnp
import jax.scipy.linalg as jsl
import numpy as np
import pytest

from conftest import compare

rng = np.random.default_rng(2)


def mat(n, m=None):
    return rng.normal(size=(n, m or n)).astype(np.float32)


def spd(n):
    a = mat(n)
    return (a @ a.T + n * np.eye(n)).astype(np.float32)


A = mat(4)
S = spd(4)
R = mat(5, 3)
Bv = mat(4, 2)
C = (mat(4) + 1j * mat(4)).astype(np.complex64)
Bat = rng.normal(size=(2, 3, 3)).astype(np.float32) + 3 * np.eye(3, dtype=np.float32)


def sym_eigh(s):
    w, v = jnp.linalg.eigh(s)
    # Eigenvectors are defined up to sign: compare v v^T-style invariants.
    return w, jnp.abs(v)


def svd_invariants(a):
    u, s, vt = jnp.linalg.svd(a, full_matrices=False)
    return s, (u * s) @ vt


def qr_invariants(a):
    q, r = jnp.linalg.qr(a)
    return jnp.abs(r), q @ r


CASES = [
    ("inv", jnp.linalg.inv, (A,)),
    ("solve", jnp.linalg.solve, (A, Bv)),
    ("det", jnp.linalg.det, (A,)),
    ("slogdet", jnp.linalg.slogdet, (A,)),
    ("cholesky", jnp.linalg.cholesky, (S,)),
    ("eigh", sym_eigh, (S,)),
    ("eigvalsh", jnp.linalg.eigvalsh, (S,)),
    ("svd", svd_invariants, (R,)),
    ("svdvals", lambda a: jnp.linalg.svd(a, compute_uv=False), (R,)),
    ("qr", qr_invariants, (R,)),
    ("lstsq", lambda a, b: jnp.linalg.lstsq(a, b)[0], (R, mat(5, 2))),
    ("pinv", jnp.linalg.pinv, (R,)),
    ("matrix_rank", jnp.linalg.matrix_rank, (R,)),
    ("norm_fro", jnp.linalg.norm, (A,)),
    ("norm_2", lambda a: jnp.linalg.norm(a, 2), (A,)),
    ("norm_vec", lambda a: jnp.linalg.norm(a, axis=1, ord=1), (A,)),
    ("matrix_power", lambda a: jnp.linalg.matrix_power(a, 3), (A,)),
    ("eigvals_sorted", lambda a: jnp.sort_complex(jnp.linalg.eigvals(a)), (S,)),
    ("batched_inv", jnp.linalg.inv, (Bat,)),
    ("batched_det", jnp.linalg.det, (Bat,)),
    ("complex_inv", jnp.linalg.inv, (C,)),
    ("lu", lambda a: jsl.lu(a), (A,)),
    ("lu_factor", lambda a: jsl.lu_factor(a), (A,)),
    ("cho_solve", lambda s, b: jsl.cho_solve(jsl.cho_factor(s), b), (S, Bv)),
    ("solve_triangular", lambda a, b: jsl.solve_triangular(jnp.tril(a) + 4 * jnp.eye(4), b, lower=True), (A, Bv)),
    ("triangular_solve_lax", lambda a, b: jax.lax.linalg.triangular_solve(jnp.triu(a) + 4 * jnp.eye(4), b, left_side=True, lower=False), (A, Bv)),
    ("expm", jsl.expm, (A / 4,)),
    ("schur_T_diag", lambda s: jnp.sort(jnp.diag(jsl.schur(s)[0])), (S,)),
    ("grad_det", jax.grad(jnp.linalg.det), (A,)),
    ("grad_inv", jax.grad(lambda a: jnp.sum(jnp.linalg.inv(a))), (A,)),
    ("grad_cholesky", jax.grad(lambda s: jnp.sum(jnp.linalg.cholesky(s))), (S,)),
    ("scipy_det", jsl.det, (A,)),
    ("scipy_inv", jsl.inv, (S,)),
    ("scipy_solve_pos", lambda s, b: jsl.solve(s, b, assume_a="pos"), (S, Bv)),
    ("scipy_lu_solve", lambda a, b: jsl.lu_solve(jsl.lu_factor(a), b), (A, Bv)),
    ("scipy_eigh_vals", lambda s: jsl.eigh(s, eigvals_only=True), (S,)),
    ("scipy_svd_vals", lambda a: jsl.svd(a, compute_uv=False), (R,)),
    ("scipy_qr_r", lambda a: jnp.abs(jsl.qr(a, mode="r")[0]), (R,)),
    ("scipy_hessenberg_diag", lambda s: jnp.abs(jnp.diag(jsl.hessenberg(s))), (S,)),
    ("scipy_polar_p", lambda s: jsl.polar(s)[1], (S,)),
    ("scipy_cholesky_upper", lambda s: jsl.cholesky(s, lower=False), (S,)),
    ("scipy_block_diag", lambda a, b: jsl.block_diag(a, b), (A, Bv)),
    ("scipy_toeplitz", lambda v: jsl.toeplitz(v), (A[0],)),
    ("eigh_batched", lambda s: jnp.linalg.eigvalsh(jnp.stack([s, 2 * s])), (S,)),
    ("svd_complex_vals", lambda c: jnp.linalg.svd(c, compute_uv=False), (C,)),
    ("cholesky_f64_grad", jax.grad(lambda s: jnp.linalg.slogdet(s)[1]), (S,)),
    ("multi_dot", lambda a, b: jnp.linalg.multi_dot([a, b, b.T]), (A, Bv)),
    ("tensorsolve", lambda a, b: jnp.linalg.tensorsolve(a, b[:, 0]), (A, Bv)),
    ("cond", jnp.linalg.cond, (S,)),
    ("fft", jnp.fft.fft, (rng.normal(size=(8,)).astype(np.float32),)),
    ("ifft", jnp.fft.ifft, (C,)),
    ("rfft", jnp.fft.rfft, (rng.normal(size=(3, 8)).astype(np.float32),)),
    ("irfft", lambda x: jnp.fft.irfft(jnp.fft.rfft(x)), (rng.normal(size=(10,)).astype(np.float32),)),
    ("fft2", jnp.fft.fft2, (A,)),
    ("fftn", jnp.fft.fftn, (rng.normal(size=(2, 4, 4)).astype(np.float32),)),
    ("fftshift", jnp.fft.fftshift, (A,)),
    ("fftfreq", lambda: jnp.fft.fftfreq(8, 0.5), ()),
]


@pytest.mark.parametrize("jit", [False, True], ids=["eager", "jit"])
@pytest.mark.parametrize("name,fn,args", CASES, ids=[c[0] for c in CASES])
def test_linalg(name, fn, args, jit):
    compare(fn, *args, jit=jit, rtol=2e-4, atol=2e-4)
