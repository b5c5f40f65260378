package linalg

import (
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
)

// dynamic_conv with a static result type is convolution with its padding
// operand as the padding attribute.
func init() {
	register("stablehlo.dynamic_conv", interp.StaticForm{
		Static: "stablehlo.convolution", ShapeOps: []int{2},
		Attrs: func(_ *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return []stablehlo.NamedAttr{{Name: "padding", Value: interp.I64Array(v[0])}}, nil
		},
	}.Build)
}
