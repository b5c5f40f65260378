package linalg

import (
	"github.com/hlovm/hlovm/interp"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// Batched GEMM in each accumulation domain: c[b] = op(a[b]) * op(b[b]) with
// a[b] M×K (or K×M when ta), b[b] K×N (or N×K when tb), c[b] M×N, row-major and
// contiguous per batch. float32/float64 use packedGemm (our AVX2+FMA3
// micro-kernels) where the CPU has them and gonum's BLAS otherwise;
// complex types use gonum's Cgemm/Zgemm; integers a wrapping int64 loop.
// Batches of small products are spread over goroutines here; a single large
// product is parallelised inside the GEMM.

var impl gonum.Implementation

func trans(t bool) blas.Transpose {
	if t {
		return blas.Trans
	}
	return blas.NoTrans
}

// forBatches runs fn(b) for b in [0, nb), over up to par goroutines when the
// per-batch work is small enough that gonum would not parallelise it itself.
func forBatches(nb, par int, flopsPerBatch int64, fn func(b int)) {
	const big = 1 << 21   // gonum parallelises a single product this large
	const small = 1 << 17 // below this much work in total, goroutines cost more than they save
	if nb <= 1 || par <= 1 || flopsPerBatch >= big || int64(nb)*flopsPerBatch < small {
		for b := 0; b < nb; b++ {
			fn(b)
		}
		return
	}
	if par > nb {
		par = nb
	}
	wk := interp.NewWorkers(nil)
	next := make(chan int, nb)
	for b := 0; b < nb; b++ {
		next <- b
	}
	close(next)
	for w := 0; w < par; w++ {
		wk.Go(func() {
			for b := range next {
				fn(b)
			}
		})
	}
	wk.Wait()
}

// ldA is the leading dimension of A: M×K row-major, or K×M when transposed.
func ldA(t bool, m, k int) int {
	if t {
		return max(1, m)
	}
	return max(1, k)
}

// ldB is the leading dimension of B: K×N row-major, or N×K when transposed.
func ldB(t bool, n, k int) int {
	if t {
		return max(1, k)
	}
	return max(1, n)
}

func gemmF32(par, nb, m, n, k int, a []float32, ta bool, b []float32, tb bool, c []float32) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		clear(c[:nb*m*n])
		return
	}
	if useAsmGemm() {
		inner := par
		if nb > 1 {
			inner = max(1, par/nb)
		}
		mr, nr, kern := f32Kernel()
		forBatches(nb, par, min(int64(m)*int64(n)*int64(k), 1<<20), func(i int) {
			packedGemm(inner, m, n, k, a[i*m*k:(i+1)*m*k], ta, b[i*k*n:(i+1)*k*n], tb, c[i*m*n:(i+1)*m*n], mr, nr, kern)
		})
		return
	}
	forBatches(nb, par, int64(m)*int64(n)*int64(k), func(i int) {
		impl.Sgemm(trans(ta), trans(tb), m, n, k, 1,
			a[i*m*k:(i+1)*m*k], ldA(ta, m, k),
			b[i*k*n:(i+1)*k*n], ldB(tb, n, k),
			0, c[i*m*n:(i+1)*m*n], n)
	})
}

func gemmF64(par, nb, m, n, k int, a []float64, ta bool, b []float64, tb bool, c []float64) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		clear(c[:nb*m*n])
		return
	}
	if useAsmGemm() {
		inner := par
		if nb > 1 {
			inner = max(1, par/nb)
		}
		mr, nr, kern := f64Kernel()
		forBatches(nb, par, min(int64(m)*int64(n)*int64(k), 1<<20), func(i int) {
			packedGemm(inner, m, n, k, a[i*m*k:(i+1)*m*k], ta, b[i*k*n:(i+1)*k*n], tb, c[i*m*n:(i+1)*m*n], mr, nr, kern)
		})
		return
	}
	forBatches(nb, par, int64(m)*int64(n)*int64(k), func(i int) {
		impl.Dgemm(trans(ta), trans(tb), m, n, k, 1,
			a[i*m*k:(i+1)*m*k], ldA(ta, m, k),
			b[i*k*n:(i+1)*k*n], ldB(tb, n, k),
			0, c[i*m*n:(i+1)*m*n], n)
	})
}

func gemmC128(par, nb, m, n, k int, a []complex128, ta bool, b []complex128, tb bool, c []complex128) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		clear(c[:nb*m*n])
		return
	}
	forBatches(nb, par, 4*int64(m)*int64(n)*int64(k), func(i int) {
		impl.Zgemm(trans(ta), trans(tb), m, n, k, 1,
			a[i*m*k:(i+1)*m*k], ldA(ta, m, k),
			b[i*k*n:(i+1)*k*n], ldB(tb, n, k),
			0, c[i*m*n:(i+1)*m*n], n)
	})
}

// gemmI64 multiplies wrapping int64 matrices (a M×K, b K×N, no transposes);
// the result is truncated to the element width by the caller, which gives the
// same bits as computing in that width.
func gemmI64(par, nb, m, n, k int, a, b, c []int64) {
	clear(c[:nb*m*n])
	forBatches(nb, par, int64(m)*int64(n)*int64(k), func(bi int) {
		ab := a[bi*m*k:]
		bb := b[bi*k*n:]
		cb := c[bi*m*n:]
		for i := 0; i < m; i++ {
			row := cb[i*n : (i+1)*n]
			for p := 0; p < k; p++ {
				av := ab[i*k+p]
				if av == 0 {
					continue
				}
				br := bb[p*n : (p+1)*n]
				for j, bv := range br {
					row[j] += av * bv
				}
			}
		}
	})
}

func gemmC64(par, nb, m, n, k int, a []complex64, ta bool, b []complex64, tb bool, c []complex64) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		clear(c[:nb*m*n])
		return
	}
	forBatches(nb, par, 4*int64(m)*int64(n)*int64(k), func(i int) {
		impl.Cgemm(trans(ta), trans(tb), m, n, k, 1,
			a[i*m*k:(i+1)*m*k], ldA(ta, m, k),
			b[i*k*n:(i+1)*k*n], ldB(tb, n, k),
			0, c[i*m*n:(i+1)*m*n], n)
	})
}

// parallelRange splits [0, n) into up to par contiguous chunks run at once;
// minChunk keeps chunks large enough to pay for a goroutine.
func parallelRange(n, par, minChunk int, fn func(lo, hi int)) {
	if minChunk < 1 {
		minChunk = 1
	}
	w := min(par, (n+minChunk-1)/minChunk)
	if w <= 1 {
		fn(0, n)
		return
	}
	wk := interp.NewWorkers(nil)
	step := (n + w - 1) / w
	for lo := 0; lo < n; lo += step {
		hi := min(n, lo+step)
		wk.Go(func() { fn(lo, hi) })
	}
	wk.Wait()
}
