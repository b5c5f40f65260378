package elementwise

import (
	"fmt"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func init() {
	for _, name := range binaryOps {
		interp.Register("stablehlo."+name, binaryBuilder(name))
	}
	for _, name := range unaryOps {
		if name == "abs" {
			continue
		}
		interp.Register("stablehlo."+name, unaryBuilder(name))
	}
	interp.Register("stablehlo.abs", buildPart("abs"))
	interp.Register("stablehlo.real", buildPart("real"))
	interp.Register("stablehlo.imag", buildPart("imag"))
	interp.Register("stablehlo.compare", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		f, asz, err := buildCompare(op)
		if err != nil {
			return nil, err
		}
		return binaryKernelGrain(f, asz, 1, grainFor("compare", stablehlo.ElementDType(op.Operands[0].Type))), nil
	})
	interp.Register("stablehlo.select", buildSelect)
	interp.Register("stablehlo.clamp", buildClamp)
	interp.Register("stablehlo.fma", buildFMA)
	interp.Register("stablehlo.constant", buildConstant)
	interp.Register("stablehlo.iota", buildIota)
	interp.Register("stablehlo.complex", buildComplex)
	interp.Register("stablehlo.is_finite", buildIsFinite)
	interp.Register("stablehlo.convert", buildConvert)
	interp.Register("stablehlo.reduce_precision", buildReducePrecision)
	interp.Register("stablehlo.bitcast_convert", buildBitcast)
	for _, q := range []string{"uniform_quantize", "uniform_dequantize"} {
		interp.Register("stablehlo."+q, func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
			return nil, fmt.Errorf("quantized types are not supported")
		})
	}
}

func binaryBuilder(name string) interp.Builder {
	return func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		ins, outs, err := opTypes(op, 2, 1)
		if err != nil {
			return nil, err
		}
		if ins[0] != ins[1] || ins[0] != outs[0] {
			return nil, fmt.Errorf("types %v, %v -> %v are not one element type", ins[0], ins[1], outs[0])
		}
		if !sameShape(op) {
			return nil, fmt.Errorf("operand and result shapes differ")
		}
		f, err := binaryFor(name, ins[0])
		if err != nil {
			return nil, err
		}
		return binaryKernelGrain(f, ins[0].StorageSize(), outs[0].StorageSize(), grainFor(name, ins[0])), nil
	}
}

func unaryBuilder(name string) interp.Builder {
	return func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		ins, outs, err := opTypes(op, 1, 1)
		if err != nil {
			return nil, err
		}
		if ins[0] != outs[0] {
			return nil, fmt.Errorf("types %v -> %v are not one element type", ins[0], outs[0])
		}
		f, err := unaryFor(name, ins[0])
		if err != nil {
			return nil, err
		}
		return unaryKernelGrain(f, ins[0].StorageSize(), outs[0].StorageSize(), grainFor(name, ins[0])), nil
	}
}

func sameShape(op *stablehlo.Op) bool {
	s := shapeOf(op.Results[0])
	for _, v := range op.Operands {
		if tensor.NumElements(shapeOf(v)) != tensor.NumElements(s) {
			return false
		}
	}
	return true
}
