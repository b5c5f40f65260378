package linalg

import (
	"fmt"
	"math"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() { register("stablehlo.convolution", buildConvolution) }

// convPlan is a convolution specialised at build time. The rhs is brought to
// [O, I, K...] and the result computed as [N', O, P...] (then transposed into
// the requested layout); the lhs is read in its own layout through strides.
// Every (group, output batch) pair is one GEMM:
//
//	out[b, g·Og : (g+1)·Og, :] = rhs[g·Og : (g+1)·Og, :] (Og × I·KS)  ×  cols (I·KS × P)
//
// where cols is the im2col matrix of the lhs window for that batch and group
// (padding, strides, dilations and window reversal folded into an offset
// table built once). f32/f64 on AVX2+FMA3 machines gather cols straight into
// packed micro-kernel panels (conv_packed.go); other cases materialise cols
// and call the domain's GEMM (integers: a wrapping int64 product).
type convPlan struct {
	lhsShape, rhsShape, outShape  []int64
	lhsPerm, rhsPerm, outPerm     []int
	canonOut                      []int64
	N, C, O, I                    int64
	fgc, bgc                      int64
	inSp, kSp, outSp              []int64 // spatial sizes
	stride, padLo, lhsDil, rhsDil []int64
	reverse                       []bool
	acc                           accKind
	blas                          bool    // one f32/f64/c64/c128 type throughout: the BLAS may run the GEMMs
	offs                          []int32 // im2col offset table, built once (read-only)
	// pointwise: every output position reads exactly its own input position
	// (1×1 window, unit strides and dilations, no padding), so the lhs
	// channels already are the im2col matrix
	pointwise bool
	// strides of the lhs as it arrives (no transposition to [N, C, S...]):
	// batch, feature, and the spatial strides baked into offs
	bStride, cStride int
	spStride         []int64
	P, KS            int
	// fast is the channels-last GEMM path (conv_gemm.go); nil where it
	// does not apply. lhsT: the permutation it applies to the lhs first
	// (nil: read in place); bStride, cStride, spStride and offs are then
	// those of the transposed lhs
	fast *convFast
	lhsT []int
}

func buildConvolution(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	p, err := planConv(op)
	if err != nil {
		return nil, err
	}
	return p.kernel, nil
}

func planConv(op *stablehlo.Op) (*convPlan, error) {
	if len(op.Operands) != 2 || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected 2 operands and 1 result")
	}
	lt, err := tensorType(op.Operands[0])
	if err != nil {
		return nil, fmt.Errorf("lhs: %w", err)
	}
	rt, err := tensorType(op.Operands[1])
	if err != nil {
		return nil, fmt.Errorf("rhs: %w", err)
	}
	ot, err := tensorType(op.Results[0])
	if err != nil {
		return nil, fmt.Errorf("result: %w", err)
	}
	dn, ok := op.Attr("dimension_numbers").(*stablehlo.ConvDimensionNumbersAttr)
	if !ok {
		return nil, fmt.Errorf("missing dimension_numbers")
	}
	r := len(lt.Shape)
	ns := r - 2
	if len(rt.Shape) != r || len(ot.Shape) != r || len(dn.InputSpatial) != ns || len(dn.KernelSpatial) != ns || len(dn.OutputSpatial) != ns {
		return nil, fmt.Errorf("rank mismatch between operands, result and dimension numbers")
	}
	p := &convPlan{lhsShape: lt.Shape, rhsShape: rt.Shape, outShape: ot.Shape}
	p.fgc = intAttr(op, "feature_group_count", 1)
	p.bgc = intAttr(op, "batch_group_count", 1)
	if p.fgc < 1 || p.bgc < 1 || (p.fgc > 1 && p.bgc > 1) {
		return nil, fmt.Errorf("bad group counts feature=%d batch=%d", p.fgc, p.bgc)
	}
	ints := func(name string, def int64) ([]int64, error) {
		v, ok := i64s(op.Attr(name))
		if !ok {
			v = make([]int64, ns)
			for i := range v {
				v[i] = def
			}
		}
		if len(v) != ns {
			return nil, fmt.Errorf("%s has %d entries, want %d", name, len(v), ns)
		}
		return v, nil
	}
	if p.stride, err = ints("window_strides", 1); err != nil {
		return nil, err
	}
	if p.lhsDil, err = ints("lhs_dilation", 1); err != nil {
		return nil, err
	}
	if p.rhsDil, err = ints("rhs_dilation", 1); err != nil {
		return nil, err
	}
	pad, ok := i64s(op.Attr("padding"))
	if !ok {
		pad = make([]int64, 2*ns)
	}
	if len(pad) != 2*ns {
		return nil, fmt.Errorf("padding has %d entries, want %d", len(pad), 2*ns)
	}
	p.reverse = make([]bool, ns)
	if a := op.Attr("window_reversal"); a != nil {
		rv, ok := bools(a)
		if !ok || len(rv) != ns {
			return nil, fmt.Errorf("bad window_reversal")
		}
		p.reverse = rv
	}
	for i := 0; i < ns; i++ {
		if p.stride[i] < 1 || p.lhsDil[i] < 1 || p.rhsDil[i] < 1 {
			return nil, fmt.Errorf("strides and dilations must be positive")
		}
	}
	// The dimension numbers index the shapes below: each side's must be a
	// permutation of its dimensions first.
	p.lhsPerm = append([]int{int(dn.InputBatch), int(dn.InputFeature)}, toInts(dn.InputSpatial)...)
	p.rhsPerm = append([]int{int(dn.KernelOutputFeature), int(dn.KernelInputFeature)}, toInts(dn.KernelSpatial)...)
	if !isPerm(p.lhsPerm) || !isPerm(p.rhsPerm) || !isPerm(append([]int{int(dn.OutputBatch), int(dn.OutputFeature)}, toInts(dn.OutputSpatial)...)) {
		return nil, fmt.Errorf("dimension numbers are not permutations")
	}
	p.N, p.C = lt.Shape[dn.InputBatch], lt.Shape[dn.InputFeature]
	p.O, p.I = rt.Shape[dn.KernelOutputFeature], rt.Shape[dn.KernelInputFeature]
	if p.C != p.I*p.fgc {
		return nil, fmt.Errorf("input features %d != kernel input features %d × feature_group_count %d", p.C, p.I, p.fgc)
	}
	if p.O%(p.fgc*p.bgc) != 0 || p.N%p.bgc != 0 {
		return nil, fmt.Errorf("output features %d / batch %d not divisible by the group counts", p.O, p.N)
	}
	p.padLo = make([]int64, ns)
	p.inSp, p.kSp, p.outSp = make([]int64, ns), make([]int64, ns), make([]int64, ns)
	for i := 0; i < ns; i++ {
		p.inSp[i] = lt.Shape[dn.InputSpatial[i]]
		p.kSp[i] = rt.Shape[dn.KernelSpatial[i]]
		p.padLo[i] = pad[2*i]
		dilIn := int64(0)
		if p.inSp[i] > 0 {
			dilIn = (p.inSp[i]-1)*p.lhsDil[i] + 1
		}
		padded := dilIn + pad[2*i] + pad[2*i+1]
		dilK := int64(0)
		if p.kSp[i] > 0 {
			dilK = (p.kSp[i]-1)*p.rhsDil[i] + 1
		}
		want := int64(0)
		if padded >= dilK && dilK > 0 {
			want = (padded-dilK)/p.stride[i] + 1
		}
		p.outSp[i] = want
		if got := ot.Shape[dn.OutputSpatial[i]]; got != want {
			return nil, fmt.Errorf("output spatial dimension %d is %d, want %d", i, got, want)
		}
	}
	if ot.Shape[dn.OutputBatch] != p.N/p.bgc || ot.Shape[dn.OutputFeature] != p.O {
		return nil, fmt.Errorf("result batch/feature sizes %d/%d, want %d/%d", ot.Shape[dn.OutputBatch], ot.Shape[dn.OutputFeature], p.N/p.bgc, p.O)
	}
	p.canonOut = append([]int64{p.N / p.bgc, p.O}, p.outSp...)
	canonOf := make([]int, r)
	canonOf[dn.OutputBatch] = 0
	canonOf[dn.OutputFeature] = 1
	for i, d := range dn.OutputSpatial {
		canonOf[d] = 2 + i
	}
	p.outPerm = canonOf
	if !isPerm(p.outPerm) {
		return nil, fmt.Errorf("output dimension numbers are not a permutation")
	}
	rd := stablehlo.ElementDType(ot)
	if rd == tensor.Invalid {
		return nil, fmt.Errorf("unsupported element type %v", ot.Elem)
	}
	p.acc = accForOperands(rd, stablehlo.ElementDType(lt), stablehlo.ElementDType(rt))
	p.blas = sameBLASType(rd, stablehlo.ElementDType(lt), stablehlo.ElementDType(rt))
	if tensor.NumElements(lt.Shape) > math.MaxInt32 {
		return nil, fmt.Errorf("lhs %v has too many elements for this kernel", lt)
	}
	lstr := tensor.Strides(lt.Shape)
	p.bStride, p.cStride = int(lstr[dn.InputBatch]), int(lstr[dn.InputFeature])
	p.spStride = make([]int64, ns)
	for i, d := range dn.InputSpatial {
		p.spStride[i] = lstr[d]
	}
	p.offs, p.P, p.KS = p.offsets()
	// pointwise needs the canonical layout too: channels as contiguous rows
	p.pointwise = p.KS == 1 && p.P == int(prod(p.inSp)) && isIdentity(p.lhsPerm)
	for i, o := range p.offs {
		if int(o) != i {
			p.pointwise = false
			break
		}
	}
	p.planFast(convDims{
		inBatch: int(dn.InputBatch), inFeature: int(dn.InputFeature),
		kIn: int(dn.KernelInputFeature), kOut: int(dn.KernelOutputFeature),
		outBatch: int(dn.OutputBatch), outFeature: int(dn.OutputFeature),
		kSpatial: toInts(dn.KernelSpatial), outSpatial: toInts(dn.OutputSpatial),
		inSpatial: toInts(dn.InputSpatial),
	})
	return p, nil
}

func toInts(v []int64) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x)
	}
	return out
}

func isPerm(p []int) bool {
	seen := make([]bool, len(p))
	for _, v := range p {
		if v < 0 || v >= len(p) || seen[v] {
			return false
		}
		seen[v] = true
	}
	return true
}

// offsets returns, for kernel position ks and output position pp (both
// row-major linear), the lhs spatial linear offset at offs[ks*P+pp], or -1
// where the window reads padding or a hole of the lhs dilation.
func (p *convPlan) offsets() ([]int32, int, int) {
	ns := len(p.inSp)
	P, KS := int(prod(p.outSp)), int(prod(p.kSp))
	// per-dimension tables: pos[i][k*out+o] = input index or -1
	per := make([][]int64, ns)
	for i := 0; i < ns; i++ {
		K, Out := p.kSp[i], p.outSp[i]
		t := make([]int64, K*Out)
		for k := int64(0); k < K; k++ {
			w := k
			if p.reverse[i] {
				w = K - 1 - k
			}
			for o := int64(0); o < Out; o++ {
				x := o*p.stride[i] + w*p.rhsDil[i] - p.padLo[i]
				v := int64(-1)
				if x >= 0 && x%p.lhsDil[i] == 0 && x/p.lhsDil[i] < p.inSp[i] {
					v = x / p.lhsDil[i]
				}
				t[k*Out+o] = v
			}
		}
		per[i] = t
	}
	inStr := p.spStride
	offs := make([]int32, KS*P)
	kIdx := make([]int64, ns)
	for ks := 0; ks < KS; ks++ {
		oIdx := make([]int64, ns)
		for pp := 0; pp < P; pp++ {
			off := int64(0)
			for i := 0; i < ns; i++ {
				v := per[i][kIdx[i]*p.outSp[i]+oIdx[i]]
				if v < 0 {
					off = -1
					break
				}
				off += v * inStr[i]
			}
			offs[ks*P+pp] = int32(off)
			for i := ns - 1; i >= 0; i-- {
				oIdx[i]++
				if oIdx[i] < p.outSp[i] {
					break
				}
				oIdx[i] = 0
			}
		}
		for i := ns - 1; i >= 0; i-- {
			kIdx[i]++
			if kIdx[i] < p.kSp[i] {
				break
			}
			kIdx[i] = 0
		}
	}
	return offs, P, KS
}

// convRun runs the grouped im2col + GEMM loop in domain T.
func convRun[T any](p *convPlan, par int, lhs, rhs []T, gemm func(par, m, n, k int, a, b, c []T)) []T {
	offs, P, KS := p.offs, p.P, p.KS
	S := int(prod(p.inSp))
	G := int(p.fgc * p.bgc)
	Og := int(p.O) / G
	Nout := int(p.N / p.bgc)
	I := int(p.I)
	IKS := I * KS
	out := make([]T, Nout*int(p.O)*P)
	jobs := G * Nout
	inner := max(1, par/max(1, jobs)) // few jobs: let each GEMM use the spare cores
	forBatches(jobs, par, int64(Og)*int64(P)*int64(IKS), func(j int) {
		g, b := j/Nout, j%Nout
		lb, c0 := b, 0
		if p.bgc > 1 {
			lb = g*Nout + b
		} else {
			c0 = g * I
		}
		w := rhs[g*Og*IKS : (g+1)*Og*IKS]
		dst := out[(b*int(p.O)+g*Og)*P : (b*int(p.O)+(g+1)*Og)*P]
		if p.pointwise {
			base := lb*p.bStride + c0*p.cStride
			gemm(inner, Og, P, IKS, w, lhs[base:base+I*S], dst)
			return
		}
		cols := make([]T, IKS*P)
		var zero T
		for c := 0; c < I; c++ {
			src := lhs[lb*p.bStride+(c0+c)*p.cStride:]
			for ks := 0; ks < KS; ks++ {
				row := cols[(c*KS+ks)*P : (c*KS+ks+1)*P]
				o := offs[ks*P : (ks+1)*P]
				for pp, off := range o {
					if off >= 0 {
						row[pp] = src[off]
					} else {
						row[pp] = zero
					}
				}
			}
		}
		gemm(inner, Og, P, IKS, w, cols, dst)
	})
	return out
}

func (p *convPlan) kernel(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
	if len(args) != 2 || len(results) != 1 {
		return fmt.Errorf("convolution: expected 2 operands and 1 result")
	}
	par := 1
	if ctx != nil && ctx.Parallelism > 1 {
		par = ctx.Parallelism
	}
	if p.fast != nil {
		switch p.acc {
		case accF32:
			runFast(p, par, loadF32(args[0]), loadF32(args[1]), results[0], gemmF32, storeF32)
			return nil
		case accF64:
			runFast(p, par, loadF64(args[0]), loadF64(args[1]), results[0], gemmF64, storeF64)
			return nil
		}
	}
	switch p.acc {
	case accF32:
		l := loadF32(args[0])
		r := permute(loadF32(args[1]), p.rhsShape, p.rhsPerm, par)
		var c []float32
		if useAsmGemm() && !p.pointwise {
			// gathering im2col straight into packed panels beats
			// materialising it for the BLAS (n32 28² 128→128 on Zen3: 75–90
			// vs 37–41 GFLOP/s)
			mr, nr, kern := f32Kernel()
			c = convPacked(p, par, l, r, mr, nr, kern)
		} else {
			c = convRun(p, par, l, r, blasOr(p.blas, gemmF32))
		}
		if results[0].DType == tensor.F32 {
			permuteInto(tensor.View[float32](results[0]), c, p.canonOut, p.outPerm, par)
		} else {
			storeF32(results[0], permute(c, p.canonOut, p.outPerm, par))
		}
	case accF64:
		l := loadF64(args[0])
		r := permute(loadF64(args[1]), p.rhsShape, p.rhsPerm, par)
		var c []float64
		if useAsmGemm() && !p.pointwise {
			// gathering im2col straight into packed panels beats
			// materialising it for the BLAS (n32 28² 128→128 on Zen3: 75–90
			// vs 37–41 GFLOP/s)
			mr, nr, kern := f64Kernel()
			c = convPacked(p, par, l, r, mr, nr, kern)
		} else {
			c = convRun(p, par, l, r, blasOr(p.blas, gemmF64))
		}
		if results[0].DType == tensor.F64 {
			permuteInto(tensor.View[float64](results[0]), c, p.canonOut, p.outPerm, par)
		} else {
			storeF64(results[0], permute(c, p.canonOut, p.outPerm, par))
		}
	case accC64:
		l := loadC64(args[0])
		r := permute(loadC64(args[1]), p.rhsShape, p.rhsPerm, par)
		c := convRun(p, par, l, r, blasOr(p.blas, gemmC64))
		storeC64(results[0], permute(c, p.canonOut, p.outPerm, par))
	case accC128:
		l := loadC128(args[0])
		r := permute(loadC128(args[1]), p.rhsShape, p.rhsPerm, par)
		c := convRun(p, par, l, r, blasOr(p.blas, gemmC128))
		storeC128(results[0], permute(c, p.canonOut, p.outPerm, par))
	default:
		l := loadI64(args[0])
		r := permute(loadI64(args[1]), p.rhsShape, p.rhsPerm, par)
		c := convRun(p, par, l, r, func(par, m, n, k int, a, b, c []int64) { gemmI64(par, 1, m, n, k, a, b, c) })
		storeI64(results[0], permute(c, p.canonOut, p.outPerm, par))
	}
	return nil
}
