package linalg

import (
	"math"
	"sync/atomic"

	"github.com/hlovm/hlovm/internal/blas"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// The channels-last fast path. When one of the lhs's batch or feature
// dimensions is its innermost (stride 1) and there is one group, a
// convolution is a single GEMM over an im2col matrix whose rows are built
// from contiguous copies, and the product comes out with the output feature
// innermost, usually already in the result's layout. Two forms, picked from
// the dimension numbers:
//
//   - feature innermost (NHWC activations: forward and input-gradient
//     convolutions): A[(b,p), (k,i)] = lhs[b, i, x(p,k)], copies of the I
//     features of one window position; out[(b,p), o] = A · W[(k,i), o].
//     Rows are split into blocks gathered just before their GEMM, so A never
//     exists whole and each block is multiplied while it is in cache.
//   - batch innermost ([f,0,1,b], JAX's weight gradient of an NHWC
//     convolution): X[(i,k), (p,b)] = lhs[b, i, x(p,k)], copies of the B
//     batch elements; out[(p,b), o] = Xᵀ · R[(i,k), o]. The depth (i,k) is
//     split into blocks, each accumulated into a per-worker sum (a static
//     split, so the summation order depends only on the parallelism).
//
// Consecutive window positions whose copies are adjacent in the lhs (unit
// strides and dilations along the innermost spatial dimension) are merged
// into one copy at plan time, as are runs of padding; the rhs is permuted
// into the product's operand order only when it does not arrive in it.
// Products go to the BLAS (internal/blas) when one is loaded and the block
// pays for a call, else to this package's GEMM.

type convForm uint8

const (
	convGeneric     convForm = iota // the offset-table path (conv.go)
	convFeatureLast                 // lhs feature innermost: rows (b,p) or (p,b), depth (k,i)
	convBatchLast                   // lhs batch innermost: rows (p,b), depth (i,k), product Xᵀ·R
)

// convSeg is one copy of the gather: n elements from lhs[base+src:] (zeros
// when src < 0) to offset dst of the gathered row.
type convSeg struct{ dst, src, n int32 }

// convFast is the plan of the fast path (nil in convPlan when it does not
// apply).
type convFast struct {
	form       convForm
	rows       int  // M: output rows (b,p) or (p,b)
	depth      int  // K: (k,i) or (i,k)
	cols       int  // N: output features
	rowLen     int  // elements of one gathered row: depth (feature-last) or rows (batch-last)
	batchMajor bool // feature-last rows ordered (b,p); else (p,b)
	// inPlace: the lhs already is the feature-last im2col matrix (a 1×1
	// window over dense NHWC rows, unit strides, no padding)
	inPlace bool
	// segs[segStart[g]:segStart[g+1]] gather group g: an output position
	// (feature-last) or a kernel position (batch-last)
	segStart []int32
	segs     []convSeg
	// rhsPerm brings the rhs to [k..., i, o] (feature-last) or [i, k..., o]
	// (batch-last); nil when it already is
	rhsPerm []int
	// outPerm maps the product's [rows, cols] (shape prodShape) to the
	// result's layout; nil when they coincide
	prodShape []int64
	outPerm   []int
}

// noConvFast keeps every convolution on the offset-table path (benchmarks
// compare the two).
var noConvFast = false

// convFastCalls counts executions of the fast path (tests check it runs).
var convFastCalls atomic.Int64

// convBlockElems is the size of one gathered block in elements: big enough
// that a block pays for a BLAS call, small enough to stay in L2 while it is
// multiplied (256 KiB of f32).
var convBlockElems = 1 << 16

// convMaxBatchLastRows bounds the product's rows (output positions × batch)
// in the batch-last form, whose scratch (a sum per worker, gathered blocks at
// least 16 deep) grows with them: 2^18 rows is 16 MiB of f32 per block.
const convMaxBatchLastRows = 1 << 18

// planFast decides whether the fast path applies and builds its tables from
// p.offs (which it then drops when it does).
func (p *convPlan) planFast(dn convDims) {
	if noConvFast || p.fgc != 1 || p.bgc != 1 || (p.acc != accF32 && p.acc != accF64) {
		return
	}
	r := len(p.lhsShape)
	ns := r - 2
	f := &convFast{cols: int(p.O)}
	N, I, P, KS := int(p.N), int(p.I), p.P, p.KS
	if p.cStride != 1 && p.bStride != 1 {
		// neither is innermost (channels first: NCHW and its gradients):
		// transposing the lhs once per call costs less than the
		// offset-table path's strided gathers (measured 2× slower than
		// the GEMM path on the CNN's shapes), except where the lhs already
		// is the im2col matrix
		if p.pointwise {
			return
		}
		p.transposeLhs(dn, P < KS)
	}
	switch {
	case p.cStride == 1:
		f.form = convFeatureLast
		f.rows, f.depth, f.rowLen = N*P, KS*I, KS*I
	case p.bStride == 1:
		f.form = convBatchLast
		f.rows, f.depth, f.rowLen = P*N, I*KS, P*N
	default:
		return
	}
	if int64(f.rowLen) > math.MaxInt32 {
		return // segment offsets are int32
	}
	if f.form == convBatchLast && f.rows > convMaxBatchLastRows {
		return // each worker would hold a sum and blocks of this width
	}
	// the rhs in the product's order
	perm := make([]int, 0, r)
	if f.form == convFeatureLast {
		perm = append(append(perm, dn.kSpatial...), dn.kIn, dn.kOut)
	} else {
		perm = append(append(append(perm, dn.kIn), dn.kSpatial...), dn.kOut)
	}
	if !isIdentity(perm) {
		f.rhsPerm = perm
	}
	// the product's layout: batch and spatial in some order, features last
	outSp := make([]int64, ns)
	copy(outSp, p.outSp)
	positionMajor := ns > 0 && dn.outFeature == r-1 && dn.outBatch == r-2
	for i, d := range dn.outSpatial {
		if d != i {
			positionMajor = false
		}
	}
	f.batchMajor = f.form == convFeatureLast && !positionMajor
	batchIdx, spBase := ns, 0
	if f.batchMajor {
		batchIdx, spBase = 0, 1
		f.prodShape = append(append([]int64{p.N}, outSp...), p.O)
	} else {
		f.prodShape = append(append(outSp, p.N), p.O)
	}
	op := make([]int, r)
	op[dn.outBatch] = batchIdx
	op[dn.outFeature] = r - 1
	for i, d := range dn.outSpatial {
		op[d] = spBase + i
	}
	if !isIdentity(op) {
		f.outPerm = op
	}
	// gather segments from the offset table
	groups, inner, unit := P, KS, I
	at := func(g, j int) int32 { return p.offs[j*P+g] }
	if f.form == convBatchLast {
		groups, inner, unit = KS, P, N
		at = func(g, j int) int32 { return p.offs[g*P+j] }
	}
	f.segStart = make([]int32, groups+1)
	for g := 0; g < groups; g++ {
		first := len(f.segs)
		for j := 0; j < inner; j++ {
			o := at(g, j)
			if len(f.segs) > first {
				last := &f.segs[len(f.segs)-1]
				if (o < 0 && last.src < 0) || (o >= 0 && last.src >= 0 && last.src+last.n == o) {
					last.n += int32(unit)
					continue
				}
			}
			f.segs = append(f.segs, convSeg{dst: int32(j * unit), src: o, n: int32(unit)})
		}
		f.segStart[g+1] = int32(len(f.segs))
	}
	if f.form == convFeatureLast && f.batchMajor && KS == 1 && p.bStride == P*I {
		f.inPlace = true
		for pp := 0; pp < P; pp++ {
			if p.offs[pp] != int32(pp*I) {
				f.inPlace = false
				break
			}
		}
	}
	p.fast = f
	p.offs = nil // the segments replace it
}

// transposeLhs makes the plan read the lhs transposed (lhsT) with its
// feature dimension innermost, or its batch dimension when batchLast (the
// weight-gradient shape: fewer output than kernel positions), the other
// dimensions in their order; strides and offsets are those of the
// transposed layout.
func (p *convPlan) transposeLhs(dn convDims, batchLast bool) {
	last := dn.inFeature
	if batchLast {
		last = dn.inBatch
	}
	r := len(p.lhsShape)
	perm := make([]int, 0, r)
	for d := 0; d < r; d++ {
		if d != last {
			perm = append(perm, d)
		}
	}
	perm = append(perm, last)
	shape := make([]int64, r)
	pos := make([]int, r) // where each lhs dimension lies in the transposed one
	for j, d := range perm {
		shape[j] = p.lhsShape[d]
		pos[d] = j
	}
	str := tensor.Strides(shape)
	p.lhsT = perm
	p.bStride, p.cStride = int(str[pos[dn.inBatch]]), int(str[pos[dn.inFeature]])
	for i, d := range dn.inSpatial {
		p.spStride[i] = str[pos[d]]
	}
	p.offs, _, _ = p.offsets()
}

// convDims are the dimension numbers planConv read, as ints.
type convDims struct {
	inSpatial            []int
	inBatch, inFeature   int
	kIn, kOut            int
	outBatch, outFeature int
	kSpatial, outSpatial []int
}

// gatherRows writes rows [r0, r1) of the feature-last im2col matrix into a
// (row-major, f.rowLen wide).
func gatherRows[T any](p *convPlan, f *convFast, lhs []T, r0, r1 int, a []T) {
	P, N := p.P, int(p.N)
	// (b, pp) of row r0, then stepped (no divisions per row)
	b, pp := r0/P, r0%P
	if !f.batchMajor {
		pp, b = r0/N, r0%N
	}
	for r := r0; r < r1; r++ {
		dst := a[(r-r0)*f.rowLen : (r-r0+1)*f.rowLen]
		gatherSegs(f.segs[f.segStart[pp]:f.segStart[pp+1]], lhs, b*p.bStride, dst)
		if f.batchMajor {
			if pp++; pp == P {
				pp, b = 0, b+1
			}
		} else if b++; b == N {
			b, pp = 0, pp+1
		}
	}
}

// gatherDepth writes depth rows [k0, k1) of the batch-last matrix X into x.
func gatherDepth[T any](p *convPlan, f *convFast, lhs []T, k0, k1 int, x []T) {
	KS := p.KS
	i, ks := k0/KS, k0%KS
	for q := k0; q < k1; q++ {
		dst := x[(q-k0)*f.rowLen : (q-k0+1)*f.rowLen]
		gatherSegs(f.segs[f.segStart[ks]:f.segStart[ks+1]], lhs, i*p.cStride, dst)
		if ks++; ks == KS {
			ks, i = 0, i+1
		}
	}
}

func gatherSegs[T any](segs []convSeg, lhs []T, base int, dst []T) {
	for _, s := range segs {
		d := dst[s.dst : s.dst+s.n]
		if s.src < 0 {
			clear(d)
			continue
		}
		src := lhs[base+int(s.src):]
		if s.n <= 4 {
			// a few channels: a call to memmove costs more than the loop
			for j := range d {
				d[j] = src[j]
			}
			continue
		}
		copy(d, src[:len(d)])
	}
}

// convMul sets (or, with acc, adds to) c (m×n, row stride n) op(a)·b: a is
// m×k (k×m when ta), b k×n, both dense. tmp (m·n) is scratch for the Go
// GEMM's accumulation.
func convMul[T floatT](gemm func(par, nb, m, n, k int, a []T, ta bool, b []T, tb bool, c []T), ta bool, m, n, k int, a, b, c []T, acc bool, tmp []T) {
	if l := blasLib(); l != nil && blasWorth(m, n, k) {
		var beta T
		if acc {
			beta = 1
		}
		if blas.Gemm(l, ta, false, m, n, k, 1, a, ldA(ta, m, k), b, max(1, n), beta, c, max(1, n)) == nil {
			blasProducts.Add(1)
			return
		}
	}
	if !acc {
		gemm(1, 1, m, n, k, a, ta, b, false, c)
		return
	}
	if len(tmp) < m*n {
		tmp = make([]T, m*n)
	}
	gemm(1, 1, m, n, k, a, ta, b, false, tmp[:m*n])
	for i, v := range tmp[:m*n] {
		c[i] += v
	}
}

// convFastRun computes the convolution into out ([rows, cols] in the
// product's layout) with the fast path.
func convFastRun[T floatT](p *convPlan, par int, lhs, rhs []T, out []T, gemm func(par, nb, m, n, k int, a []T, ta bool, b []T, tb bool, c []T)) {
	f := p.fast
	convFastCalls.Add(1)
	M, K, Nc := f.rows, f.depth, f.cols
	out = out[:M*Nc]
	if M == 0 || Nc == 0 {
		return
	}
	if K == 0 {
		clear(out)
		return
	}
	if p.lhsT != nil {
		t := getPanel[T](len(lhs))
		defer putPanel(t)
		permuteInto(t, lhs, p.lhsShape, p.lhsT, par)
		lhs = t
	}
	if f.rhsPerm != nil {
		w := getPanel[T](len(rhs))
		defer putPanel(w)
		permuteInto(w, rhs, p.rhsShape, f.rhsPerm, par)
		rhs = w
	}
	rhs = rhs[:K*Nc]
	tiny := int64(M)*int64(Nc)*int64(K) < 1<<16 // goroutines would cost more than they save
	wk := interp.NewWorkers(nil)
	if f.form == convFeatureLast {
		// at least two blocks per worker where there are rows enough, so
		// that narrow products still use every core
		mb := max(16, min(M, convBlockElems/K, (M+2*par-1)/(2*par)))
		blocks := (M + mb - 1) / mb
		workers := min(par, blocks)
		if tiny {
			workers = 1
		}
		var next atomic.Int64
		work := func() {
			a := getPanel[T](mb * K)
			defer putPanel(a)
			for {
				blk := int(next.Add(1)) - 1
				if blk >= blocks {
					return
				}
				r0 := blk * mb
				r1 := min(M, r0+mb)
				var am []T
				if f.inPlace {
					am = lhs[r0*K : r1*K]
				} else {
					gatherRows(p, f, lhs, r0, r1, a)
					am = a[:(r1-r0)*K]
				}
				convMul(gemm, false, r1-r0, Nc, K, am, rhs, out[r0*Nc:r1*Nc], false, nil)
			}
		}
		for w := 0; w < workers; w++ {
			if workers == 1 {
				wk.Do(work)
			} else {
				wk.Go(work)
			}
		}
		wk.Wait()
		return
	}
	// batch-last: out = Σ over depth blocks of Xᵀ·R, per-worker sums over a
	// static split of the blocks
	kb := max(16, min(K, convBlockElems/M, (K+2*par-1)/(2*par)))
	blocks := (K + kb - 1) / kb
	workers := min(par, blocks)
	if tiny {
		workers = 1
	}
	sums := make([][]T, workers)
	sums[0] = out
	for w := 1; w < workers; w++ {
		sums[w] = getPanel[T](M * Nc)
	}
	for w := 0; w < workers; w++ {
		b0, b1 := w*blocks/workers, (w+1)*blocks/workers
		work := func() {
			x := getPanel[T](kb * M)
			defer putPanel(x)
			var tmp []T
			if blasLib() == nil || !blasWorth(M, Nc, kb) {
				tmp = getPanel[T](M * Nc)
				defer putPanel(tmp)
			}
			for blk := b0; blk < b1; blk++ {
				k0 := blk * kb
				k1 := min(K, k0+kb)
				gatherDepth(p, f, lhs, k0, k1, x)
				convMul(gemm, true, M, Nc, k1-k0, x[:(k1-k0)*M], rhs[k0*Nc:k1*Nc], sums[w], blk > b0, tmp)
			}
		}
		if workers == 1 {
			wk.Do(work)
		} else {
			wk.Go(work)
		}
	}
	wk.Wait()
	for w := 1; w < workers; w++ {
		for i, v := range sums[w] {
			out[i] += v
		}
		putPanel(sums[w])
	}
}

// runFast runs the fast path in domain T and writes the result.
func runFast[T floatT](p *convPlan, par int, lhs, rhs []T, res *tensor.Buffer, gemm func(par, nb, m, n, k int, a []T, ta bool, b []T, tb bool, c []T), store func(*tensor.Buffer, []T)) {
	f := p.fast
	n := f.rows * f.cols
	var zero T
	same := (any(zero) == any(float32(0)) && res.DType == tensor.F32) || (any(zero) == any(float64(0)) && res.DType == tensor.F64)
	if same && f.outPerm == nil {
		convFastRun(p, par, lhs, rhs, tensor.View[T](res)[:n], gemm)
		return
	}
	prod := getPanel[T](n)
	defer putPanel(prod)
	convFastRun(p, par, lhs, rhs, prod, gemm)
	switch {
	case same:
		permuteInto(tensor.View[T](res)[:n], prod, f.prodShape, f.outPerm, par)
	case f.outPerm == nil:
		store(res, prod)
	default:
		store(res, permute(prod, f.prodShape, f.outPerm, par))
	}
}
