package linalg

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/internal/blas"
	"github.com/hlovm/hlovm/tensor"
)

// Products large enough to pay for a foreign call go to an optimised BLAS
// (OpenBLAS, numpy's bundled copy; internal/blas) when one loaded: on the
// 2-core Zen3 it runs 1.2–1.5× faster per core than our micro-kernels
// (one goroutine: 84–89 vs 53–77 GFLOP/s in BenchmarkGEMM256x512x2048 and
// BenchmarkGEMMWeightGrad), and reads strided operands in place. The library
// is kept at one thread and we split the work over ctx.Parallelism
// goroutines ourselves (row or column blocks, or whole batches), so its
// threads never compete with the VM's goroutines and several kernels may
// call it at once. Measured on the 2-core Zen3 with another process busy
// (BenchmarkGEMM256x512x2048): 63–73 GFLOP/s this way, 21–31 with
// OpenBLAS's own two threads, whose spin barriers stall when one of them is
// descheduled (at load ≈2 those reached 134–144, ours 72–114).

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

// runBLAS runs a same-type product on the library and reports whether it
// did: operands are read in place where stridedLayout allows, else
// permuted into [B, M, K] / [B, K, N] (or the transposed forms) first.
func (p *dotPlan) runBLAS(par int, lhs, rhs, out *tensor.Buffer) bool {
	if blasLib() == nil || !blasWorth(p.M, p.N, p.K) {
		return false
	}
	switch out.DType {
	case tensor.F32:
		return blasDot(p, par, tensor.View[float32](lhs), tensor.View[float32](rhs), tensor.View[float32](out))
	case tensor.F64:
		return blasDot(p, par, tensor.View[float64](lhs), tensor.View[float64](rhs), tensor.View[float64](out))
	case tensor.C64:
		return blasDot(p, par, tensor.View[complex64](lhs), tensor.View[complex64](rhs), tensor.View[complex64](out))
	case tensor.C128:
		return blasDot(p, par, tensor.View[complex128](lhs), tensor.View[complex128](rhs), tensor.View[complex128](out))
	}
	return false
}

func blasDot[T blas.Elem](p *dotPlan, par int, a, b, c []T) bool {
	a, b, c = a[:prodInt(p.lhsShape)], b[:prodInt(p.rhsShape)], c[:p.B*p.M*p.N]
	var la, lb operandLayout
	if p.lhsS != nil {
		la = *p.lhsS
	} else {
		a = permute(a, p.lhsShape, p.lhsPerm, par)
		la = operandLayout{ld: ldA(p.lhsT, p.M, p.K), t: p.lhsT, step: p.M * p.K}
	}
	if p.rhsS != nil {
		lb = *p.rhsS
	} else {
		b = permute(b, p.rhsShape, p.rhsPerm, par)
		lb = operandLayout{ld: ldB(p.rhsT, p.N, p.K), t: p.rhsT, step: p.K * p.N}
	}
	return blasGemmStrided(par, p.B, p.M, p.N, p.K, a, la, b, lb, c)
}

func prodInt(shape []int64) int {
	n := 1
	for _, d := range shape {
		n *= int(d)
	}
	return n
}

// blasWorth tells whether one m×n×k product pays for a library call.
func blasWorth(m, n, k int) bool { return int64(m)*int64(n)*int64(k) >= blasMinFlops }

// blasGemm computes the batched product of gemmF32 & co. with the library
// and reports whether it did; false leaves c untouched for the Go GEMM.
// Operands are [nb] of a (m×k, or k×m when ta) and b (k×n, n×k when tb).
func blasGemm[T blas.Elem](par, nb, m, n, k int, a []T, ta bool, b []T, tb bool, c []T) bool {
	la := operandLayout{ld: ldA(ta, m, k), t: ta, step: m * k}
	lb := operandLayout{ld: ldB(tb, n, k), t: tb, step: k * n}
	return blasGemmStrided(par, nb, m, n, k, a, la, b, lb, c)
}

// operandLayout is where each batch's matrix of an operand lies in its
// buffer: it starts at offs[i] (or i·step when offs is nil), its rows are
// ld elements apart and its columns adjacent; t: the matrix is stored
// transposed (op(a) is read as aᵀ).
type operandLayout struct {
	offs []int
	step int
	ld   int
	t    bool
}

func (l *operandLayout) off(i int) int {
	if l.offs != nil {
		return l.offs[i]
	}
	return i * l.step
}

// blasGemmStrided is blasGemm over operands laid out as la and lb; c is
// contiguous [nb, m, n].
func blasGemmStrided[T blas.Elem](par, nb, m, n, k int, a []T, la operandLayout, b []T, lb operandLayout, c []T) bool {
	l := blasLib()
	if l == nil || !blasWorth(m, n, k) {
		return false
	}
	one := func(i int, i0, i1, j0, j1 int) error {
		// rows i0..i1 of op(a): row offset i0·lda, or column offset i0
		// when stored transposed; likewise columns j0..j1 of op(b)
		ao, bo := la.off(i)+i0*la.ld, lb.off(i)+j0
		if la.t {
			ao = la.off(i) + i0
		}
		if lb.t {
			bo = lb.off(i) + j0*lb.ld
		}
		return blas.Gemm(l, la.t, lb.t, i1-i0, j1-j0, k, 1, a[ao:], la.ld, b[bo:], lb.ld, 0, c[i*m*n+i0*n+j0:(i+1)*m*n], n)
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

// stridedLayout tells whether an operand can be read in place as a batch
// of matrices whose rows are the dims in rows and columns the dims in cols
// (each list in the order the product pairs them), batch elements in the
// order of batch: one of the two groups must be the operand's trailing dims
// in order (unit stride once merged) and the other consecutive dims (one
// stride once merged, the leading dimension). Batch dims may lie anywhere.
// JAX's attention products ("bqhd,bkhd->bhqk") are the case this is for:
// without it the operands are transposed into [b, h, q, d] first.
func stridedLayout(shape []int64, batch, rows, cols []int64) (operandLayout, bool) {
	r := len(shape)
	strides := make([]int, r)
	acc := 1
	for d := r - 1; d >= 0; d-- {
		strides[d] = acc
		acc *= int(shape[d])
	}
	consecutive := func(g []int64) bool {
		for j := 1; j < len(g); j++ {
			if g[j] != g[j-1]+1 {
				return false
			}
		}
		return true
	}
	extent := func(g []int64) int {
		e := 1
		for _, d := range g {
			e *= int(shape[d])
		}
		return e
	}
	trailing := func(g []int64) bool { return consecutive(g) && (len(g) == 0 || g[len(g)-1] == int64(r-1)) }
	var lay operandLayout
	var outer []int64
	switch {
	case trailing(cols) && consecutive(rows):
		outer, lay.ld = rows, max(1, extent(cols))
	case trailing(rows) && consecutive(cols):
		outer, lay.ld, lay.t = cols, max(1, extent(rows)), true
	default:
		return lay, false
	}
	if len(outer) > 0 {
		lay.ld = max(lay.ld, strides[outer[len(outer)-1]])
	}
	nb := extent(batch)
	lay.offs = make([]int, nb)
	idx := make([]int64, len(batch))
	for i := 0; i < nb; i++ {
		o := 0
		for j, d := range batch {
			o += int(idx[j]) * strides[d]
		}
		lay.offs[i] = o
		for j := len(batch) - 1; j >= 0; j-- {
			if idx[j]++; idx[j] < shape[batch[j]] {
				break
			}
			idx[j] = 0
		}
	}
	return lay, true
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
