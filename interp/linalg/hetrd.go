package linalg

import (
	"math/cmplx"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// lapack_{c,z}hetrd_ffi: reduction of a Hermitian matrix to real symmetric
// tridiagonal form Qᴴ·A·Q = T, in LAPACK's layout (zhetd2): the reflectors
// are stored in the chosen triangle, d and e hold T's diagonal and
// off-diagonal, tau the reflector scales. Results: (a, d, e, tau, info).

func init() {
	for _, t := range []string{"c", "z"} {
		registerCustomCall("lapack_"+t+"hetrd_ffi", func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) { return buildHetrd(op) })
	}
}

// hermMatVec returns tau·S·v for the Hermitian submatrix S of a with the given
// rows/columns idx, reading only its lower (or upper) triangle.
func hermMatVec(a []complex128, n int, idx []int, v []complex128, tau complex128, lower bool) []complex128 {
	x := make([]complex128, len(idx))
	for r, ri := range idx {
		var s complex128
		for c, ci := range idx {
			var e complex128
			switch {
			case r == c:
				e = complex(real(a[ri*n+ri]), 0)
			case (r > c) == lower:
				e = a[ri*n+ci]
			default:
				e = cmplx.Conj(a[ci*n+ri])
			}
			s += e * v[c]
		}
		x[r] = tau * s
	}
	return x
}

func hetrd(a []complex128, n int, lower bool, d, e []float64, tau []complex128) {
	if n == 0 {
		return
	}
	step := func(i int, idx []int, alphaPos int, xs []int, store func(beta complex128)) {
		// reflector over idx with the 1 at alphaPos; xs are the other positions
		x := make([]complex128, len(xs))
		for j, p := range xs {
			x[j] = a[p]
		}
		alphaAddr := 0
		if lower {
			alphaAddr = (i+1)*n + i
		} else {
			alphaAddr = i*n + i + 1
		}
		beta, t := householder(a[alphaAddr], x, 1, len(x))
		for j, p := range xs {
			a[p] = x[j]
		}
		e[i] = real(beta)
		tau[i] = t
		// v over idx
		v := make([]complex128, len(idx))
		for j := range idx {
			switch {
			case j == alphaPos:
				v[j] = 1
			case lower:
				v[j] = a[idx[j]*n+i]
			default:
				v[j] = a[idx[j]*n+i+1]
			}
		}
		sub := idx
		if t != 0 {
			w := hermMatVec(a, n, sub, v, t, lower)
			var dot complex128
			for j := range w {
				dot += cmplx.Conj(w[j]) * v[j]
			}
			alpha := -0.5 * t * dot
			for j := range w {
				w[j] += alpha * v[j]
			}
			// A := A - v·wᴴ - w·vᴴ on the stored triangle
			for r := range sub {
				for c := range sub {
					if (lower && c > r) || (!lower && c < r) {
						continue
					}
					p := sub[r]*n + sub[c]
					a[p] -= v[r]*cmplx.Conj(w[c]) + w[r]*cmplx.Conj(v[c])
					if r == c {
						a[p] = complex(real(a[p]), 0)
					}
				}
			}
		} else {
			for _, k := range sub {
				a[k*n+k] = complex(real(a[k*n+k]), 0)
			}
		}
		store(complex(e[i], 0))
	}
	if lower {
		a[0] = complex(real(a[0]), 0)
		for i := 0; i < n-1; i++ {
			idx := make([]int, 0, n-i-1)
			for r := i + 1; r < n; r++ {
				idx = append(idx, r)
			}
			var xs []int
			for r := i + 2; r < n; r++ {
				xs = append(xs, r*n+i)
			}
			step(i, idx, 0, xs, func(beta complex128) { a[(i+1)*n+i] = beta })
			d[i] = real(a[i*n+i])
		}
		d[n-1] = real(a[(n-1)*n+n-1])
		return
	}
	a[(n-1)*n+n-1] = complex(real(a[(n-1)*n+n-1]), 0)
	for i := n - 2; i >= 0; i-- {
		idx := make([]int, 0, i+1)
		for r := 0; r <= i; r++ {
			idx = append(idx, r)
		}
		var xs []int
		for r := 0; r < i; r++ {
			xs = append(xs, r*n+i+1)
		}
		step(i, idx, i, xs, func(beta complex128) { a[i*n+i+1] = beta })
		d[i+1] = real(a[(i+1)*n+i+1])
	}
	d[0] = real(a[0])
}

func buildHetrd(op *stablehlo.Op) (interp.Kernel, error) {
	nb, n, err := squareBatch(op, 5, "hetrd")
	if err != nil {
		return nil, err
	}
	lower := cfgChar(op, "uplo", 'L') == 'L'
	if err := checkCounts(op, nb*n*n, nb*n, nb*max(0, n-1), nb*max(0, n-1), nb); err != nil {
		return nil, err
	}
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		a := loadC128(args[0])
		k := max(0, n-1)
		d := make([]float64, nb*n)
		e := make([]float64, nb*k)
		tau := make([]complex128, nb*k)
		for b := 0; b < nb; b++ {
			hetrd(a[b*n*n:(b+1)*n*n], n, lower, d[b*n:(b+1)*n], e[b*k:(b+1)*k], tau[b*k:(b+1)*k])
		}
		storeC128(results[0], a)
		storeF64(results[1], d)
		storeF64(results[2], e)
		storeC128(results[3], tau)
		putI32(results[4], make([]int32, nb))
		return nil
	}, nil
}
