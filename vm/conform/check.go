package conform

import (
	"fmt"
	"math"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// The check dialect of StableHLO's conformance files, as the reference
// interpreter evaluates it:
//
//   - expect_eq(_const): every element equal (floats compare as numbers: -0 ==
//     +0; a NaN matches a NaN).
//   - expect_almost_eq(_const): |actual-expected| <= tolerance (default 1e-4)
//     per float (per part of a complex); integers exactly.
//   - expect_close: the ULP distance of every element lies in
//     [min_ulp_difference, max_ulp_difference] (defaults 0 and 3); complex:
//     the larger of the parts' distances; NaN matches NaN; any other
//     non-finite mismatch is infinitely far.
//   - custom_call @check.expect_eq / @check.eq: integers exactly, floats
//     almost-equal; @check.expect_almost_eq and @check.expect_close as above.
//
// They are registered here only when no kernel package did already.

const defaultTolerance = 1e-4

func init() {
	op := func(name string, b interp.Builder) {
		if !interp.Has(name) {
			interp.Register(name, b)
		}
	}
	cc := func(name string, b interp.Builder) {
		if !interp.HasCustomCall(name) {
			interp.RegisterCustomCall(name, b)
		}
	}
	op("check.expect_eq", pairCheck(modeEq))
	op("check.expect_almost_eq", pairCheck(modeAlmost))
	op("check.expect_close", pairCheck(modeClose))
	op("check.expect_eq_const", constCheck(modeEq))
	op("check.expect_almost_eq_const", constCheck(modeAlmost))
	cc("check.expect_eq", pairCheck(modeEqOrAlmost))
	cc("check.eq", pairCheck(modeEqOrAlmost))
	cc("check.expect_almost_eq", pairCheck(modeAlmost))
	cc("check.expect_close", pairCheck(modeClose))
}

type mode int

const (
	modeEq mode = iota
	modeAlmost
	modeClose
	modeEqOrAlmost // integers exactly, floats almost
)

type params struct {
	tol            float64
	minULP, maxULP uint64
}

func paramsOf(op *stablehlo.Op) params {
	p := params{tol: defaultTolerance, maxULP: 3}
	if t, ok := op.Attr("tolerance").(*stablehlo.FloatAttr); ok {
		p.tol = t.Float64()
	}
	if v, ok := op.Attr("max_ulp_difference").(*stablehlo.IntegerAttr); ok {
		p.maxULP = uint64(v.Value)
	}
	if v, ok := op.Attr("min_ulp_difference").(*stablehlo.IntegerAttr); ok {
		p.minULP = uint64(v.Value)
	}
	return p
}

func pairCheck(m mode) interp.Builder {
	return func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		if len(op.Operands) != 2 {
			return nil, fmt.Errorf("want 2 operands, have %d", len(op.Operands))
		}
		if err := tensorOperands(op); err != nil {
			return nil, err
		}
		p := paramsOf(op)
		return func(_ *interp.Ctx, args, results []*tensor.Buffer) error {
			if err := compare(m, p, args[0], args[1]); err != nil {
				return err
			}
			for _, r := range results { // check.eq yields true
				for i := range r.Data {
					r.Data[i] = 1
				}
			}
			return nil
		}, nil
	}
}

func constCheck(m mode) interp.Builder {
	return func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		dense, ok := op.Attr("value").(*stablehlo.DenseElementsAttr)
		if !ok || len(op.Operands) != 1 {
			return nil, fmt.Errorf("want one operand and a dense value")
		}
		if err := tensorOperands(op); err != nil {
			return nil, err
		}
		want, err := bytecode.DenseBuffer(dense)
		if err != nil {
			return nil, err
		}
		p := paramsOf(op)
		return func(_ *interp.Ctx, args, _ []*tensor.Buffer) error {
			return compare(m, p, args[0], want)
		}, nil
	}
}

// tensorOperands rejects a check of a tuple or token (the kernels compare
// tensor buffers).
func tensorOperands(op *stablehlo.Op) error {
	for i, v := range op.Operands {
		if _, ok := v.Type.(*stablehlo.TensorType); !ok {
			return fmt.Errorf("operand %d is %v, not a tensor", i, v.Type)
		}
	}
	return nil
}

func compare(m mode, p params, got, want *tensor.Buffer) error {
	if got.DType != want.DType || tensor.NumElements(got.Shape) != tensor.NumElements(want.Shape) {
		return fmt.Errorf("check failed: got %v, expected %v", got, want)
	}
	d := got.DType
	part, n := d, int(got.NumElements())
	if d.IsComplex() {
		part, n = d.ComplexPart(), 2*n
	}
	if !part.IsFloat() {
		sz := d.StorageSize()
		for i := 0; i < int(got.NumElements()); i++ {
			g, w := got.Data[i*sz:(i+1)*sz], want.Data[i*sz:(i+1)*sz]
			if string(g) != string(w) {
				return fmt.Errorf("check failed: element %d is %v, expected %v", i, elemString(d, g), elemString(d, w))
			}
		}
		return nil
	}
	if m == modeEqOrAlmost {
		m = modeAlmost
	}
	sz := part.StorageSize()
	perElem := 1
	if d.IsComplex() {
		perElem = 2
	}
	var maxULP uint64
	for i := 0; i < n; i++ {
		gb, wb := bitsAt(got.Data, i, sz), bitsAt(want.Data, i, sz)
		g, w := tensor.FloatFromBits(part, gb), tensor.FloatFromBits(part, wb)
		ok := true
		switch m {
		case modeEq:
			ok = g == w || (math.IsNaN(g) && math.IsNaN(w))
		case modeAlmost:
			switch {
			case math.IsNaN(g) || math.IsNaN(w):
				ok = math.IsNaN(g) && math.IsNaN(w)
			case math.IsInf(g, 0) || math.IsInf(w, 0):
				ok = g == w
			case g != 0 && w != 0 && math.Signbit(g) != math.Signbit(w):
				ok = false // the reference requires equal signs
			default:
				ok = math.Abs(g-w) <= p.tol
			}
		case modeClose:
			u := ulpDiff(part, gb, wb, g, w)
			if d.IsComplex() && i%2 == 1 {
				// The element's distance is the larger of its two parts'.
				u = max(u, maxULP)
			}
			maxULP = u
			if !d.IsComplex() || i%2 == 1 {
				ok = u >= p.minULP && u <= p.maxULP
			}
		}
		if !ok {
			e := i / perElem
			msg := fmt.Sprintf("check failed: element %d is %v, expected %v", e, g, w)
			if d.IsComplex() { // both parts: the distance may come from either
				re := e * 2
				gr := tensor.FloatFromBits(part, bitsAt(got.Data, re, sz))
				wr := tensor.FloatFromBits(part, bitsAt(want.Data, re, sz))
				gi := tensor.FloatFromBits(part, bitsAt(got.Data, re+1, sz))
				wi := tensor.FloatFromBits(part, bitsAt(want.Data, re+1, sz))
				msg = fmt.Sprintf("check failed: element %d is (%v, %v), expected (%v, %v)", e, gr, gi, wr, wi)
			}
			switch m {
			case modeAlmost:
				msg += fmt.Sprintf(" (tolerance %g)", p.tol)
			case modeClose:
				msg += fmt.Sprintf(" (%d ULP apart, allowed %d..%d)", maxULP, p.minULP, p.maxULP)
			}
			return fmt.Errorf("%s", msg)
		}
	}
	return nil
}

// ulpDiff is the distance in units in the last place between two floats of
// type d: sign-magnitude bit patterns, summed across zero.
func ulpDiff(d tensor.DType, gb, wb uint64, g, w float64) uint64 {
	if gb == wb {
		return 0
	}
	if math.IsNaN(g) && math.IsNaN(w) {
		return 0
	}
	if math.IsNaN(g) || math.IsNaN(w) || math.IsInf(g, 0) || math.IsInf(w, 0) {
		return math.MaxUint64
	}
	sign := uint64(1) << (d.Bits() - 1)
	if d == tensor.F8E8M0FNU {
		sign = 0 // no sign bit
	}
	ga, wa := gb&^sign, wb&^sign
	gneg, wneg := gb&sign != 0, wb&sign != 0
	if gneg != wneg {
		return ga + wa
	}
	if ga > wa {
		return ga - wa
	}
	return wa - ga
}

func bitsAt(data []byte, i, sz int) uint64 {
	var b uint64
	for k := sz - 1; k >= 0; k-- {
		b = b<<8 | uint64(data[i*sz+k])
	}
	return b
}

func elemString(d tensor.DType, raw []byte) string {
	var b uint64
	for k := len(raw) - 1; k >= 0; k-- {
		b = b<<8 | uint64(raw[k])
	}
	switch {
	case d.IsSigned():
		shift := 64 - 8*uint(len(raw))
		return fmt.Sprint(int64(b<<shift) >> shift)
	case d == tensor.I1:
		return fmt.Sprint(b != 0)
	}
	return fmt.Sprint(b)
}
