package linalg

import (
	"sync"

	"github.com/hlovm/hlovm/interp"
)

// Scratch panels are pooled: a training step runs thousands of products and
// would otherwise allocate (and zero) the packing buffers every time.
var panelPools [2]sync.Pool // float32, float64

func getPanel[T floatT](n int) []T {
	var zero T
	i := 0
	if any(zero) == any(float64(0)) {
		i = 1
	}
	if p, ok := panelPools[i].Get().(*[]T); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]T, n)
}

func putPanel[T floatT](b []T) {
	var zero T
	i := 0
	if any(zero) == any(float64(0)) {
		i = 1
	}
	panelPools[i].Put(&b)
}

// packedGemm is our own f32/f64 GEMM for amd64 machines with AVX2+FMA3: a
// BLIS-style blocked product around an assembly micro-kernel (AVX2: 6×16 f32
// / 6×8 f64 tiles; AVX-512: 12×32 / 12×16). gonum's pure-Go GEMM (used elsewhere and as the fallback)
// runs at a few GFLOP/s per core; this reaches several times that. Blocks:
// KC columns of A / rows of B are packed at a time (B into NR-wide panels
// shared by all goroutines, A into MR-tall panels per task), and tasks over
// (row block × column group) run on up to par goroutines.

type floatT interface{ ~float32 | ~float64 }

const (
	gemmKC = 256
	gemmMC = 96 // multiple of 6
	gemmNC = 3072
)

// forceGonumGemm makes the f32/f64 products use gonum even where the
// micro-kernels could run (tests exercise both paths).
var forceGonumGemm = false

// useAsmGemm tells whether the micro-kernels can run here.
func useAsmGemm() bool { return hasFMA3 && !forceGonumGemm }

func kernF32(k int, a, b, c *float32, ldc int)    { sgemm6x16(k, a, b, c, ldc) }
func kernF64(k int, a, b, c *float64, ldc int)    { dgemm6x8(k, a, b, c, ldc) }
func kern512F32(k int, a, b, c *float32, ldc int) { sgemm12x32(k, a, b, c, ldc) }
func kern512F64(k int, a, b, c *float64, ldc int) { dgemm12x16(k, a, b, c, ldc) }

// noAVX512 keeps the AVX2 kernels even where AVX-512 is available (tests
// exercise both).
var noAVX512 = false

// f32Kernel and f64Kernel pick the widest micro-kernel the CPU runs: AVX-512
// tiles of 12×32 / 12×16, else AVX2 tiles of 6×16 / 6×8.
func f32Kernel() (int, int, func(int, *float32, *float32, *float32, int)) {
	if hasAVX512 && !noAVX512 {
		return 12, 32, kern512F32
	}
	return 6, 16, kernF32
}

func f64Kernel() (int, int, func(int, *float64, *float64, *float64, int)) {
	if hasAVX512 && !noAVX512 {
		return 12, 16, kern512F64
	}
	return 6, 8, kernF64
}

// packedGemm sets c (m×n, row stride n) to op(a)·op(b): a is m×k (k×m when
// ta), b is k×n (n×k when tb), both row-major and dense.
func packedGemm[T floatT](par, m, n, k int, a []T, ta bool, b []T, tb bool, c []T, mr, nr int, kern func(int, *T, *T, *T, int)) {
	clear(c[:m*n])
	if m == 0 || n == 0 || k == 0 {
		return
	}
	lda, ldb := k, n
	if ta {
		lda = m
	}
	if tb {
		ldb = k
	}
	if m == 1 || n == 1 {
		// matrix-vector products: the micro-kernel would pad the vector to a
		// full 6- or 16-wide panel and waste most of its work
		gemv(par, m, n, k, a, ta, lda, b, tb, ldb, c)
		return
	}
	if m*n*k <= 1<<14 {
		// tiny products: packing and goroutines would cost more than the
		// arithmetic; a plain loop (row of A times B, accumulated) wins
		for i := 0; i < m; i++ {
			row := c[i*n : (i+1)*n]
			for p := 0; p < k; p++ {
				var av T
				if ta {
					av = a[p*lda+i]
				} else {
					av = a[i*lda+p]
				}
				if tb {
					for j := range row {
						row[j] += av * b[j*ldb+p]
					}
				} else {
					for j, bv := range b[p*ldb : p*ldb+n] {
						row[j] += av * bv
					}
				}
			}
		}
		return
	}
	if m*n*k <= 1<<18 {
		par = 1 // a few hundred kflop: a goroutine hand-off costs as much
	}
	for jc := 0; jc < n; jc += gemmNC {
		nc := min(gemmNC, n-jc)
		npan := (nc + nr - 1) / nr
		for pc := 0; pc < k; pc += gemmKC {
			kc := min(gemmKC, k-pc)
			// pack B[pc:pc+kc, jc:jc+nc] into panels of kc×nr, zero padded
			bp := getPanel[T](npan * kc * nr)
			parallelRange(npan, par, 8, func(lo, hi int) {
				for jp := lo; jp < hi; jp++ {
					dst := bp[jp*kc*nr : (jp+1)*kc*nr]
					j0 := jc + jp*nr
					w := min(nr, n-j0)
					for p := 0; p < kc; p++ {
						row := dst[p*nr : (p+1)*nr]
						if w < nr {
							clear(row[w:])
						}
						if !tb {
							copy(row[:w], b[(pc+p)*ldb+j0:(pc+p)*ldb+j0+w])
						} else {
							for j := 0; j < w; j++ {
								row[j] = b[(j0+j)*ldb+pc+p]
							}
						}
					}
				}
			})
			mblocks := (m + gemmMC - 1) / gemmMC
			groups := 1
			if par > 1 && mblocks < 2*par {
				groups = min(npan, (2*par+mblocks-1)/mblocks)
			}
			perGroup := (npan + groups - 1) / groups
			tasks := mblocks * groups
			wk := interp.NewWorkers(nil)
			next := make(chan int, tasks)
			for t := 0; t < tasks; t++ {
				next <- t
			}
			close(next)
			workers := min(par, tasks)
			for w := 0; w < workers; w++ {
				work := func() {
					ap := getPanel[T](gemmMC * kc)
					defer putPanel(ap)
					tile := make([]T, mr*nr)
					for t := range next {
						ib, g := t/groups, t%groups
						ic := ib * gemmMC
						mc := min(gemmMC, m-ic)
						jp0, jp1 := g*perGroup, min(npan, (g+1)*perGroup)
						if jp0 >= jp1 {
							continue
						}
						// pack A[ic:ic+mc, pc:pc+kc] into mr-row panels
						mpan := (mc + mr - 1) / mr
						for ip := 0; ip < mpan; ip++ {
							dst := ap[ip*kc*mr : (ip+1)*kc*mr]
							i0 := ic + ip*mr
							h := min(mr, m-i0)
							if h < mr {
								clear(dst)
							}
							if ta {
								for p := 0; p < kc; p++ {
									copy(dst[p*mr:p*mr+h], a[(pc+p)*lda+i0:(pc+p)*lda+i0+h])
								}
							} else {
								for i := 0; i < h; i++ {
									src := a[(i0+i)*lda+pc : (i0+i)*lda+pc+kc]
									for p, v := range src {
										dst[p*mr+i] = v
									}
								}
							}
						}
						for jp := jp0; jp < jp1; jp++ {
							j0 := jc + jp*nr
							w := min(nr, n-j0)
							bpan := &bp[jp*kc*nr]
							for ip := 0; ip < mpan; ip++ {
								i0 := ic + ip*mr
								h := min(mr, m-i0)
								apan := &ap[ip*kc*mr]
								if h == mr && w == nr {
									kern(kc, apan, bpan, &c[i0*n+j0], n)
									continue
								}
								clear(tile)
								kern(kc, apan, bpan, &tile[0], nr)
								for i := 0; i < h; i++ {
									row := c[(i0+i)*n+j0 : (i0+i)*n+j0+w]
									for j := range row {
										row[j] += tile[i*nr+j]
									}
								}
							}
						}
					}
				}
				if workers == 1 {
					wk.Do(work)
				} else {
					wk.Go(work)
				}
			}
			wk.Wait()
			putPanel(bp)
		}
	}
}

// gemv computes c = op(a)·op(b) when m == 1 or n == 1, splitting the output
// over par goroutines for large problems. Small ones (loop bodies) run on
// the calling goroutine with no closure allocated.
func gemv[T floatT](par, m, n, k int, a []T, ta bool, lda int, b []T, tb bool, ldb int, c []T) {
	if m*n*k < 1<<16 {
		par = 1
	}
	if n == 1 {
		// c[i] = Σ_p A(i,p)·b(p); b(p) is b[p*ldb] or b[p] (both contiguous when n == 1)
		if par <= 1 || m < 128 {
			gemvRows(0, m, k, a, ta, lda, b, c)
			return
		}
		parallelRange(m, par, 64, func(lo, hi int) { gemvRows(lo, hi, k, a, ta, lda, b, c) })
		return
	}
	// m == 1: c[j] = Σ_p a(p)·B(p,j)
	if par <= 1 || n < 128 {
		gemvCols(0, n, k, a, b, tb, ldb, c)
		return
	}
	parallelRange(n, par, 64, func(lo, hi int) { gemvCols(lo, hi, k, a, b, tb, ldb, c) })
}

func gemvRows[T floatT](lo, hi, k int, a []T, ta bool, lda int, b, c []T) {
	for i := lo; i < hi; i++ {
		var s0, s1, s2, s3 T
		p := 0
		if !ta && hasFMA3 {
			c[i] = vdot(a[i*lda:i*lda+k], b[:k])
			continue
		}
		if !ta {
			row := a[i*lda : i*lda+k]
			for ; p+4 <= k; p += 4 {
				s0 += row[p] * b[p]
				s1 += row[p+1] * b[p+1]
				s2 += row[p+2] * b[p+2]
				s3 += row[p+3] * b[p+3]
			}
			for ; p < k; p++ {
				s0 += row[p] * b[p]
			}
		} else {
			for ; p < k; p++ {
				s0 += a[p*lda+i] * b[p]
			}
		}
		c[i] = (s0 + s1) + (s2 + s3)
	}
}

func gemvCols[T floatT](lo, hi, k int, a, b []T, tb bool, ldb int, c []T) {
	if !tb {
		out := c[lo:hi]
		for p := 0; p < k; p++ {
			av := a[p]
			row := b[p*ldb+lo : p*ldb+hi]
			for j, bv := range row {
				out[j] += av * bv
			}
		}
		return
	}
	for j := lo; j < hi; j++ {
		c[j] = vdot(b[j*ldb:j*ldb+k], a[:k])
	}
}
