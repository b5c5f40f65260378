package structural

import (
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
)

// The dynamic_* data-movement ops with static result types run as their
// static counterparts (interp.StaticForm); dynamic_conv is linalg's.
func init() {
	reg := func(name string, s interp.StaticForm) { interp.Register(name, s.Build) }
	reg("stablehlo.dynamic_reshape", interp.StaticForm{
		Static: "stablehlo.reshape", ShapeOps: []int{1},
		Attrs: func(op *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return nil, interp.WantResultShape(op, v[0], "output_shape")
		},
	})
	reg("stablehlo.dynamic_broadcast_in_dim", interp.StaticForm{
		Static: "stablehlo.broadcast_in_dim", ShapeOps: []int{1},
		Drop: []string{"known_expanding_dimensions", "known_nonexpanding_dimensions"},
		Attrs: func(op *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return nil, interp.WantResultShape(op, v[0], "output_dimensions")
		},
	})
	reg("stablehlo.dynamic_pad", interp.StaticForm{
		Static: "stablehlo.pad", ShapeOps: []int{2, 3, 4},
		Attrs: func(_ *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return []stablehlo.NamedAttr{
				{Name: "edge_padding_low", Value: interp.I64Array(v[0])},
				{Name: "edge_padding_high", Value: interp.I64Array(v[1])},
				{Name: "interior_padding", Value: interp.I64Array(v[2])},
			}, nil
		},
	})
	reg("stablehlo.dynamic_gather", interp.StaticForm{
		Static: "stablehlo.gather", ShapeOps: []int{2},
		Attrs: func(_ *stablehlo.Op, v [][]int64) ([]stablehlo.NamedAttr, error) {
			return []stablehlo.NamedAttr{{Name: "slice_sizes", Value: interp.I64Array(v[0])}}, nil
		},
	})
}
