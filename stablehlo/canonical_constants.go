package stablehlo

// HoistConstants moves every stablehlo.constant of each function — from its body
// and from every nested region — to the start of the function's entry block,
// merges constants with the same value and type, and orders them by first use
// (a pre-order walk of the remaining ops' operands; unused ones last, in their
// original order). Uses are rewired to the surviving constant.
//
// It is not part of Canonicalize: it changes the program text, not just its
// spelling. It exists to compare programs modulo what MLIR's canonicalizer does
// to constants (hoisting them out of regions, de-duplicating them), which is
// the difference between the StableHLO JAX prints and the portable artifact XLA
// serializes from it.
func HoistConstants(m *Module) {
	for _, fn := range m.Ops {
		if fn.Name == "func.func" {
			hoistFuncConstants(fn)
		}
	}
}

func hoistFuncConstants(fn *Op) {
	body := fn.Body()
	if body == nil {
		return
	}
	var consts []*Op
	merged := map[*Value]*Value{}
	byKey := map[string]*Op{}
	var strip func(b *Block)
	strip = func(b *Block) {
		kept := b.Ops[:0]
		for _, op := range b.Ops {
			if op.Name == "stablehlo.constant" && len(op.Results) == 1 && len(op.Operands) == 0 && len(op.Regions) == 0 {
				key := op.Results[0].Type.String()
				for _, a := range op.Attrs {
					key += "|" + a.Name + "=" + a.Value.String()
				}
				if first, ok := byKey[key]; ok {
					merged[op.Results[0]] = first.Results[0]
				} else {
					byKey[key] = op
					consts = append(consts, op)
				}
				continue
			}
			for _, r := range op.Regions {
				for _, inner := range r.Blocks {
					strip(inner)
				}
			}
			kept = append(kept, op)
		}
		b.Ops = kept
	}
	for _, r := range fn.Regions {
		for _, b := range r.Blocks {
			strip(b)
		}
	}
	isConst := map[*Value]*Op{}
	for _, c := range consts {
		isConst[c.Results[0]] = c
	}
	placed := map[*Op]bool{}
	var order []*Op
	var visit func(b *Block)
	visit = func(b *Block) {
		for _, op := range b.Ops {
			for i, v := range op.Operands {
				if to, ok := merged[v]; ok {
					op.Operands[i] = to
					v = to
				}
				if c, ok := isConst[v]; ok && !placed[c] {
					placed[c] = true
					order = append(order, c)
				}
			}
			for _, r := range op.Regions {
				for _, inner := range r.Blocks {
					visit(inner)
				}
			}
		}
	}
	for _, r := range fn.Regions {
		for _, b := range r.Blocks {
			visit(b)
		}
	}
	for _, c := range consts {
		if !placed[c] {
			order = append(order, c)
		}
	}
	body.Ops = append(order, body.Ops...)
}
