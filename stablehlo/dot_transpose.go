package stablehlo

// FoldTransposedDots rewrites transpose(dot_general(a, b)) into
// dot_general(b, a) when the transpose only swaps the two free-dimension
// groups of the product (batch dimensions staying first) and the product has
// no other use. JAX's reverse mode emits exactly this for every weight
// gradient (dW = transpose(dot(g, x)) contracting the batch): the swapped
// product writes the transposed layout directly, so no full-size transpose
// is materialised after the GEMM. The products summed are the same; only the
// order a GEMM accumulates them in may differ, as between any two GEMMs.
func FoldTransposedDots(m *Module) {
	for _, fn := range m.Ops {
		if fn.Name != "func.func" {
			continue
		}
		uses := map[*Value]int{}
		walkOp(fn, func(op *Op) bool {
			for _, v := range op.Operands {
				uses[v]++
			}
			return true
		})
		walkOp(fn, func(op *Op) bool {
			for _, r := range op.Regions {
				for _, b := range r.Blocks {
					foldTransposedDotsIn(fn, b, uses)
				}
			}
			return true
		})
	}
}

func foldTransposedDotsIn(fn *Op, b *Block, uses map[*Value]int) {
	for i, op := range b.Ops {
		if op.Name != "stablehlo.transpose" || len(op.Operands) != 1 || len(op.Results) != 1 {
			continue
		}
		dot := op.Operands[0].Owner
		if dot == nil || dot.Name != "stablehlo.dot_general" || len(dot.Operands) != 2 ||
			len(dot.Results) != 1 || uses[dot.Results[0]] != 1 || dot.Attr("algorithm") != nil {
			continue
		}
		dn, ok := dot.Attr("dot_dimension_numbers").(*DotDimensionNumbersAttr)
		if !ok {
			continue
		}
		perm, ok := permutationOf(op)
		if !ok {
			continue
		}
		lt, lok := dot.Operands[0].Type.(*TensorType)
		rt, rok := dot.Operands[1].Type.(*TensorType)
		if !lok || !rok {
			continue
		}
		nb := len(dn.LhsBatching)
		nm := len(lt.Shape) - nb - len(dn.LhsContracting)
		nn := len(rt.Shape) - nb - len(dn.RhsContracting)
		if nm <= 0 || nn <= 0 || len(perm) != nb+nm+nn || !swapsFreeGroups(perm, nb, nm, nn) {
			continue
		}
		swapped := NewOp("stablehlo.dot_general", []*Value{dot.Operands[1], dot.Operands[0]}, []Type{op.Results[0].Type})
		swapped.Loc = dot.Loc
		for _, a := range dot.Attrs {
			switch a.Name {
			case "dot_dimension_numbers":
				swapped.SetAttr(a.Name, &DotDimensionNumbersAttr{
					LhsBatching: dn.RhsBatching, RhsBatching: dn.LhsBatching,
					LhsContracting: dn.RhsContracting, RhsContracting: dn.LhsContracting,
				})
			case "precision_config":
				if arr, ok := a.Value.(*ArrayAttr); ok && len(arr.Elems) == 2 {
					swapped.SetAttr(a.Name, &ArrayAttr{Elems: []Attribute{arr.Elems[1], arr.Elems[0]}})
				} else {
					swapped.SetAttr(a.Name, a.Value)
				}
			default:
				swapped.SetAttr(a.Name, a.Value)
			}
		}
		b.Ops[i] = swapped
		replaceUses(fn, map[*Value]*Value{op.Results[0]: swapped.Results[0]})
		uses[dot.Results[0]] = 0 // the old product is dead; RemoveDeadOps drops it
		for _, v := range swapped.Operands {
			uses[v]++
		}
	}
}

// swapsFreeGroups reports whether perm is [batch..., N group..., M group...]
// for a product laid out [batch (nb), M (nm), N (nn)].
func swapsFreeGroups(perm []int64, nb, nm, nn int) bool {
	want := make([]int64, 0, nb+nm+nn)
	for i := 0; i < nb; i++ {
		want = append(want, int64(i))
	}
	for i := 0; i < nn; i++ {
		want = append(want, int64(nb+nm+i))
	}
	for i := 0; i < nm; i++ {
		want = append(want, int64(nb+i))
	}
	for i := range want {
		if perm[i] != want[i] {
			return false
		}
	}
	return true
}

func permutationOf(op *Op) ([]int64, bool) {
	switch a := op.Attr("permutation").(type) {
	case *DenseArrayAttr:
		if a.Elem.IsFloat() {
			return nil, false
		}
		return a.Ints, true
	case *DenseElementsAttr:
		v, _, ok := denseElementInts(a)
		return v, ok
	}
	return nil, false
}
