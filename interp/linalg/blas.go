package linalg

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/internal/blas"
)

// Products large enough to pay for a foreign call go to an optimised BLAS
// (OpenBLAS, numpy's bundled copy; internal/blas) when one loaded: it runs
// at about twice our own micro-kernels' speed on AVX2 machines. The library
// is kept at one thread and we split the work over ctx.Parallelism
// goroutines ourselves (row or column blocks, or whole batches), so its
// threads never compete with the VM's goroutines and several kernels may
// call it at once. Measured on the 2-core Zen3 with another process busy
// (BenchmarkGEMM256x512x2048): 63–73 GFLOP/s this way, 21–31 with
// OpenBLAS's own two threads, whose spin barriers stall when one of them is
// descheduled (on an idle machine those reach 134–144, ours 72–114).

var (
	blasOnce sync.Once
	blasL    *blas.Lib
)

// blasProducts counts products the library computed (tests check it is used).
var blasProducts atomic.Int64

// useBLAS turns the library off where tests compare it with the Go GEMM.
var useBLAS = true

// blasMinFlops is the smallest m·n·k a single product must have to go to
// the library: below it the call's fixed cost (reflection in purego, one
// cgo-style transition, OpenBLAS's own set-up) outweighs its faster
// kernel. Measured on a 2-core Zen3 (BenchmarkBLASThreshold): the Go GEMM
// wins at 32³, the library from 48³ (24 vs 18 GFLOP/s) and by 3× at 64³.
var blasMinFlops int64 = 1 << 16

// blasLib returns the loaded library or nil. A library named in HLOVM_BLAS
// that cannot be used is reported once on stderr, since the user asked for
// it; a library simply absent is not.
func blasLib() *blas.Lib {
	if !useBLAS {
		return nil
	}
	blasOnce.Do(func() {
		l, err := blas.Default()
		if err != nil {
			if blas.Env() != "" && !errors.Is(err, blas.ErrDisabled) {
				fmt.Fprintf(os.Stderr, "hlovm: %v; using the built-in GEMM\n", err)
			}
			return
		}
		blasL = l
	})
	return blasL
}

// blasGemm computes the batched product of gemmF32 & co. with the library
// and reports whether it did; false leaves c untouched for the Go GEMM.
// Operands are [nb] of a (m×k, or k×m when ta) and b (k×n, n×k when tb).
func blasGemm[T blas.Elem](par, nb, m, n, k int, a []T, ta bool, b []T, tb bool, c []T) bool {
	l := blasLib()
	if l == nil || int64(m)*int64(n)*int64(k) < blasMinFlops {
		return false
	}
	lda, ldb := ldA(ta, m, k), ldB(tb, n, k)
	one := func(i int, i0, i1, j0, j1 int) error {
		ab, bb, cb := a[i*m*k:(i+1)*m*k], b[i*k*n:(i+1)*k*n], c[i*m*n:(i+1)*m*n]
		// rows i0..i1 of op(a): row offset i0·lda, or column offset i0 when stored transposed
		ao, bo := i0*lda, j0
		if ta {
			ao = i0
		}
		if tb {
			bo = j0 * ldb
		}
		return blas.Gemm(l, ta, tb, i1-i0, j1-j0, k, 1, ab[ao:], lda, bb[bo:], ldb, 0, cb[i0*n+j0:], n)
	}
	var mu sync.Mutex
	var firstErr error
	run := func(i, i0, i1, j0, j1 int) {
		if err := one(i, i0, i1, j0, j1); err != nil {
			mu.Lock()
			firstErr = errors.Join(firstErr, err)
			mu.Unlock()
		}
	}
	switch {
	case par <= 1:
		for i := 0; i < nb; i++ {
			run(i, 0, m, 0, n)
		}
	case nb >= par:
		forBatches(nb, par, 1<<17, func(i int) { run(i, 0, m, 0, n) })
	default:
		// split each product into par blocks of rows (or of columns when
		// there are fewer rows than columns); each block re-packs the other
		// operand, which is cheap next to the product
		for i := 0; i < nb; i++ {
			if m >= n {
				parallelRange(m, par, 16, func(lo, hi int) { run(i, lo, hi, 0, n) })
			} else {
				parallelRange(n, par, 16, func(lo, hi int) { run(i, 0, m, lo, hi) })
			}
		}
	}
	if firstErr != nil {
		// nothing was out of bounds (Gemm checks first); recompute in Go
		return false
	}
	blasProducts.Add(int64(nb))
	return true
}

// blasOr is convRun's GEMM: the library where use (a same-type product)
// and it takes the product, else the domain's Go GEMM.
func blasOr[T blas.Elem](use bool, gemm func(par, nb, m, n, k int, a []T, ta bool, b []T, tb bool, c []T)) func(par, m, n, k int, a, b, c []T) {
	return func(par, m, n, k int, a, b, c []T) {
		if !use || !blasGemm(par, 1, m, n, k, a, false, b, false, c) {
			gemm(par, 1, m, n, k, a, false, b, false, c)
		}
	}
}
