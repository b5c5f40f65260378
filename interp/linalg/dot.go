package linalg

import (
	"fmt"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	register("stablehlo.dot_general", buildDotGeneral)
	register("stablehlo.dot", buildDot)
}

// accKind is the arithmetic a product runs in.
type accKind uint8

const (
	accF32 accKind = iota
	accF64
	accC128
	accC64
	accI64
)

// accFor picks the accumulation domain for a result element type: f64 for
// f64, f32 for every other float (bf16, f16, f8 and tf32 are computed in f32
// and rounded once, as XLA:CPU does), complex64 for c64 and complex128 for
// c128 (XLA computes c64 products in single precision, and results that
// cancel only match it that way), wrapping int64 for integers and i1.
func accFor(d tensor.DType) accKind {
	switch {
	case d == tensor.F64:
		return accF64
	case d.IsFloat():
		return accF32
	case d == tensor.C64:
		return accC64
	case d.IsComplex():
		return accC128
	}
	return accI64
}

// accForOperands is accFor(result) widened to the operands' precision: a
// product of f64 (c128) operands with an f32 (c64) result is accumulated in
// f64 (c128) and rounded once at the end, as XLA:CPU does; rounding the
// operands to the result type first would lose their extra bits.
func accForOperands(res tensor.DType, operands ...tensor.DType) accKind {
	acc := accFor(res)
	for _, d := range operands {
		switch {
		case acc == accF32 && d == tensor.F64:
			acc = accF64
		case acc == accC64 && d == tensor.C128:
			acc = accC128
		}
	}
	return acc
}

// dotPlan is a dot_general specialised at build time: the operand
// permutations into [B, M, K] and [B, K, N] (or the transposed forms that BLAS
// reads in place), sizes, and the accumulation domain.
type dotPlan struct {
	lhsShape, rhsShape []int64
	lhsPerm, rhsPerm   []int // permutations applied before the product
	lhsT, rhsT         bool  // operand is read as K×M / N×K
	B, M, N, K         int
	acc                accKind
	lhsRound, rhsRound tensor.DType   // round operands to this float type first (dot algorithms)
	blas               bool           // operands and result share one float type: the BLAS may run it
	lhsS, rhsS         *operandLayout // the operand read in place by the BLAS; nil: permuted first
}

func buildDotGeneral(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 2 || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected 2 operands and 1 result")
	}
	dn, ok := op.Attr("dot_dimension_numbers").(*stablehlo.DotDimensionNumbersAttr)
	if !ok {
		return nil, fmt.Errorf("missing dot_dimension_numbers")
	}
	p, err := planDot(op, dn.LhsBatching, dn.RhsBatching, dn.LhsContracting, dn.RhsContracting)
	if err != nil {
		return nil, err
	}
	return p.kernel(), nil
}

func buildDot(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
	if len(op.Operands) != 2 || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected 2 operands and 1 result")
	}
	lt, err := tensorType(op.Operands[0])
	if err != nil {
		return nil, err
	}
	if len(lt.Shape) < 1 || len(lt.Shape) > 2 {
		return nil, fmt.Errorf("lhs must have rank 1 or 2, got %v", lt)
	}
	p, err := planDot(op, nil, nil, []int64{int64(len(lt.Shape) - 1)}, []int64{0})
	if err != nil {
		return nil, err
	}
	return p.kernel(), nil
}

func planDot(op *stablehlo.Op, lb, rb, lc, rc []int64) (*dotPlan, error) {
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
	if len(lb) != len(rb) || len(lc) != len(rc) {
		return nil, fmt.Errorf("batching/contracting dimension lists differ in length")
	}
	lf, err := freeDims(len(lt.Shape), lb, lc, "lhs")
	if err != nil {
		return nil, err
	}
	rf, err := freeDims(len(rt.Shape), rb, rc, "rhs")
	if err != nil {
		return nil, err
	}
	p := &dotPlan{lhsShape: lt.Shape, rhsShape: rt.Shape, B: 1, M: 1, N: 1, K: 1}
	var want []int64
	for i := range lb {
		if lt.Shape[lb[i]] != rt.Shape[rb[i]] {
			return nil, fmt.Errorf("batching dimension sizes differ: lhs %d vs rhs %d", lt.Shape[lb[i]], rt.Shape[rb[i]])
		}
		p.B *= int(lt.Shape[lb[i]])
		want = append(want, lt.Shape[lb[i]])
	}
	for i := range lc {
		if lt.Shape[lc[i]] != rt.Shape[rc[i]] {
			return nil, fmt.Errorf("contracting dimension sizes differ: lhs %d vs rhs %d", lt.Shape[lc[i]], rt.Shape[rc[i]])
		}
		p.K *= int(lt.Shape[lc[i]])
	}
	for _, d := range lf {
		p.M *= int(lt.Shape[d])
		want = append(want, lt.Shape[d])
	}
	for _, d := range rf {
		p.N *= int(rt.Shape[d])
		want = append(want, rt.Shape[d])
	}
	if len(want) != len(ot.Shape) {
		return nil, fmt.Errorf("result shape %v does not match operands (want %v)", ot.Shape, want)
	}
	for i := range want {
		if want[i] != ot.Shape[i] {
			return nil, fmt.Errorf("result shape %v does not match operands (want %v)", ot.Shape, want)
		}
	}
	rd := stablehlo.ElementDType(ot)
	if rd == tensor.Invalid {
		return nil, fmt.Errorf("unsupported result element type %v", ot.Elem)
	}
	p.acc = accForOperands(rd, stablehlo.ElementDType(lt), stablehlo.ElementDType(rt))
	if err := p.applyAlgorithm(op, rd); err != nil {
		return nil, err
	}
	p.blas = sameBLASType(rd, stablehlo.ElementDType(lt), stablehlo.ElementDType(rt)) &&
		p.acc == accFor(rd) && p.lhsRound == tensor.Invalid && p.rhsRound == tensor.Invalid
	if p.blas {
		if l, ok := stridedLayout(lt.Shape, lb, lf, lc); ok {
			p.lhsS = &l
		}
		if r, ok := stridedLayout(rt.Shape, rb, rc, rf); ok {
			p.rhsS = &r
		}
	}

	cat := func(parts ...[]int64) []int {
		var out []int
		for _, s := range parts {
			for _, v := range s {
				out = append(out, int(v))
			}
		}
		return out
	}
	lhsN := cat(lb, lf, lc) // [B, M, K]
	lhsT := cat(lb, lc, lf) // [B, K, M]
	rhsN := cat(rb, rc, rf) // [B, K, N]
	rhsT := cat(rb, rf, rc) // [B, N, K]
	blasKind := p.acc != accI64
	p.lhsPerm, p.rhsPerm = lhsN, rhsN
	if blasKind && !isIdentity(lhsN) && isIdentity(lhsT) {
		p.lhsPerm, p.lhsT = lhsT, true
	}
	if blasKind && !isIdentity(rhsN) && isIdentity(rhsT) {
		p.rhsPerm, p.rhsT = rhsT, true
	}
	return p, nil
}

// applyAlgorithm honours a dot algorithm attribute: operands are rounded to
// the algorithm's precision type and the product accumulates in its
// accumulation type (f32 or f64). Multi-component algorithms (BF16_BF16_F32_X3,
// X6, X9, TF32_X3) exist to approximate full f32 precision, which this kernel
// computes directly.
func (p *dotPlan) applyAlgorithm(op *stablehlo.Op, rd tensor.DType) error {
	alg, ok := op.Attr("algorithm").(*stablehlo.DotAlgorithmAttr)
	if !ok {
		return nil
	}
	if !rd.IsFloat() {
		// the reference interpreter ignores algorithms for integer and
		// complex products; so do we
		return nil
	}
	ld := stablehlo.ElementDType(alg.LhsPrecisionType)
	rdt := stablehlo.ElementDType(alg.RhsPrecisionType)
	ad := stablehlo.ElementDType(alg.AccumulationType)
	if !ld.IsFloat() || !rdt.IsFloat() || !ad.IsFloat() {
		return fmt.Errorf("unsupported dot algorithm %v", alg)
	}
	switch ad {
	case tensor.F64:
		p.acc = accF64
	case tensor.F32, tensor.F16, tensor.BF16:
		p.acc = accF32
	default:
		return fmt.Errorf("unsupported dot algorithm accumulation type %v", ad)
	}
	if alg.LhsComponentCount <= 1 && ld != tensor.F32 && ld != tensor.F64 {
		p.lhsRound = ld
	}
	if alg.RhsComponentCount <= 1 && rdt != tensor.F32 && rdt != tensor.F64 {
		p.rhsRound = rdt
	}
	return nil
}

// sameBLASType tells whether a product with these result and operand types
// may go to the BLAS: one f32, f64, c64 or c128 type throughout. Widening and
// narrowing products (issue 13) keep the Go GEMM and its accumulation rules.
func sameBLASType(res tensor.DType, operands ...tensor.DType) bool {
	switch res {
	case tensor.F32, tensor.F64, tensor.C64, tensor.C128:
	default:
		return false
	}
	for _, d := range operands {
		if d != res {
			return false
		}
	}
	return true
}

func isIdentity(p []int) bool {
	for i, v := range p {
		if v != i {
			return false
		}
	}
	return true
}

func freeDims(rank int, batch, contract []int64, side string) ([]int64, error) {
	used := make([]bool, rank)
	for _, d := range append(append([]int64(nil), batch...), contract...) {
		if d < 0 || int(d) >= rank || used[d] {
			return nil, fmt.Errorf("%s: bad or repeated dimension %d (rank %d)", side, d, rank)
		}
		used[d] = true
	}
	var out []int64
	for d := 0; d < rank; d++ {
		if !used[d] {
			out = append(out, int64(d))
		}
	}
	return out, nil
}

func roundF32(v []float32, d tensor.DType) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(tensor.FloatFromBits(d, tensor.FloatToBits(d, float64(x))))
	}
	return out
}

func roundF64(v []float64, d tensor.DType) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = tensor.FloatFromBits(d, tensor.FloatToBits(d, x))
	}
	return out
}

func (p *dotPlan) kernel() interp.Kernel {
	return func(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
		if len(args) != 2 || len(results) != 1 {
			return fmt.Errorf("dot: expected 2 operands and 1 result")
		}
		par := 1
		if ctx != nil && ctx.Parallelism > 1 {
			par = ctx.Parallelism
		}
		out := results[0]
		if p.blas && p.runBLAS(par, args[0], args[1], out) {
			return nil
		}
		switch p.acc {
		case accF32:
			a, b := loadF32(args[0]), loadF32(args[1])
			if p.lhsRound != tensor.Invalid {
				a = roundF32(a, p.lhsRound)
			}
			if p.rhsRound != tensor.Invalid {
				b = roundF32(b, p.rhsRound)
			}
			a = permute(a, p.lhsShape, p.lhsPerm, par)
			b = permute(b, p.rhsShape, p.rhsPerm, par)
			var c []float32
			if out.DType == tensor.F32 {
				c = tensor.View[float32](out)
			} else {
				c = make([]float32, p.B*p.M*p.N)
			}
			gemmF32(par, p.B, p.M, p.N, p.K, a, p.lhsT, b, p.rhsT, c)
			if out.DType != tensor.F32 {
				storeF32(out, c)
			}
		case accF64:
			var a, b []float64
			if p.blas {
				// read in place: nothing below writes to the operands
				a, b = tensor.View[float64](args[0])[:numel(args[0])], tensor.View[float64](args[1])[:numel(args[1])]
			} else {
				a, b = loadF64(args[0]), loadF64(args[1])
			}
			if p.lhsRound != tensor.Invalid {
				a = roundF64(a, p.lhsRound)
			}
			if p.rhsRound != tensor.Invalid {
				b = roundF64(b, p.rhsRound)
			}
			a = permute(a, p.lhsShape, p.lhsPerm, par)
			b = permute(b, p.rhsShape, p.rhsPerm, par)
			var c []float64
			if out.DType == tensor.F64 {
				c = tensor.View[float64](out)
			} else {
				c = make([]float64, p.B*p.M*p.N)
			}
			gemmF64(par, p.B, p.M, p.N, p.K, a, p.lhsT, b, p.rhsT, c)
			if out.DType != tensor.F64 {
				storeF64(out, c)
			}
		case accC64:
			a := permute(loadC64(args[0]), p.lhsShape, p.lhsPerm, par)
			b := permute(loadC64(args[1]), p.rhsShape, p.rhsPerm, par)
			c := tensor.View[complex64](out)
			gemmC64(par, p.B, p.M, p.N, p.K, a, p.lhsT, b, p.rhsT, c)
		case accC128:
			if p.blas {
				a := permute(tensor.View[complex128](args[0])[:numel(args[0])], p.lhsShape, p.lhsPerm, par)
				b := permute(tensor.View[complex128](args[1])[:numel(args[1])], p.rhsShape, p.rhsPerm, par)
				gemmC128(par, p.B, p.M, p.N, p.K, a, p.lhsT, b, p.rhsT, tensor.View[complex128](out)[:numel(out)])
				break
			}
			a := permute(loadC128(args[0]), p.lhsShape, p.lhsPerm, par)
			b := permute(loadC128(args[1]), p.rhsShape, p.rhsPerm, par)
			c := make([]complex128, p.B*p.M*p.N)
			gemmC128(par, p.B, p.M, p.N, p.K, a, p.lhsT, b, p.rhsT, c)
			storeC128(out, c)
		default:
			a := permute(loadI64(args[0]), p.lhsShape, p.lhsPerm, par)
			b := permute(loadI64(args[1]), p.rhsShape, p.rhsPerm, par)
			c := make([]int64, p.B*p.M*p.N)
			gemmI64(par, p.B, p.M, p.N, p.K, a, b, c)
			storeI64(out, c)
		}
		return nil
	}
}
