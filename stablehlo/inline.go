package stablehlo

// InlineCalls replaces every func.call of a function of m by a copy of the
// callee's body, as XLA does before it compiles a program, and removes the
// private functions no call refers to any more. JAX puts much of a step in
// small private functions (relu, _where, log_softmax, the index helpers of
// scan and fori_loop); inlined, they cost no call per use and their
// element-wise ops fuse with their neighbours. A call marked no_inline, to a
// function of more than one block, or whose types do not match stays a call
// (the compiler reports what is wrong with it). Growth is bounded: at most
// maxInlineRounds nested levels and maxInlinedOps ops copied in all, so a
// (malformed) recursive program stays finite.
func InlineCalls(m *Module) {
	funcs := map[string]*Op{}
	for _, op := range m.Ops {
		if op.Name == "func.func" {
			funcs[FuncName(op)] = op
		}
	}
	budget := maxInlinedOps
	inlined := map[string]bool{}
	for round := 0; round < maxInlineRounds; round++ {
		changed := false
		for _, fn := range m.Ops {
			if fn.Name == "func.func" && inlineIn(fn, fn, funcs, &budget, inlined) {
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	if len(inlined) > 0 {
		removeUnreferencedPrivate(m, inlined)
	}
}

const (
	maxInlineRounds = 32
	maxInlinedOps   = 1 << 18
)

// inlineIn inlines the calls in op's regions (fn is the function holding
// them, whose uses get rewritten); it reports whether it inlined any.
func inlineIn(fn, op *Op, funcs map[string]*Op, budget *int, inlined map[string]bool) bool {
	changed := false
	for _, r := range op.Regions {
		for _, b := range r.Blocks {
			var out []*Op
			repl := map[*Value]*Value{}
			for _, inner := range b.Ops {
				if inlineIn(fn, inner, funcs, budget, inlined) {
					changed = true
				}
				body, results, ok := inlineCall(inner, funcs, budget)
				if !ok {
					out = append(out, inner)
					continue
				}
				out = append(out, body...)
				for i, v := range inner.Results {
					repl[v] = results[i]
				}
				inlined[inner.Attr("callee").(*SymbolRefAttr).Root] = true
				changed = true
			}
			b.Ops = out
			if len(repl) > 0 {
				// The results' uses follow in this block or in regions of
				// its later ops, all reachable from fn.
				replaceUses(fn, repl)
			}
		}
	}
	return changed
}

// inlineCall is a copy of the body of the function op calls (without its
// return) and the values that stand for the call's results.
func inlineCall(op *Op, funcs map[string]*Op, budget *int) ([]*Op, []*Value, bool) {
	if op.Name != "func.call" || op.Attr("no_inline") != nil {
		return nil, nil, false
	}
	ref, ok := op.Attr("callee").(*SymbolRefAttr)
	if !ok || len(ref.Nested) > 0 {
		return nil, nil, false
	}
	callee := funcs[ref.Root]
	if callee == nil || len(callee.Regions) != 1 || len(callee.Regions[0].Blocks) != 1 {
		return nil, nil, false
	}
	blk := callee.Regions[0].Blocks[0]
	if len(blk.Ops) == 0 || len(blk.Args) != len(op.Operands) {
		return nil, nil, false
	}
	ret := blk.Ops[len(blk.Ops)-1]
	if ret.Name != "func.return" || len(ret.Operands) != len(op.Results) {
		return nil, nil, false
	}
	for i, a := range blk.Args {
		if !TypesEqual(a.Type, op.Operands[i].Type) {
			return nil, nil, false
		}
	}
	for i, v := range ret.Operands {
		if !TypesEqual(v.Type, op.Results[i].Type) {
			return nil, nil, false
		}
	}
	n := 0
	walkOp(callee, func(*Op) bool { n++; return true })
	if n > *budget {
		return nil, nil, false
	}
	*budget -= n
	vals := map[*Value]*Value{}
	for i, a := range blk.Args {
		vals[a] = op.Operands[i]
	}
	body := make([]*Op, 0, len(blk.Ops)-1)
	for _, inner := range blk.Ops[:len(blk.Ops)-1] {
		body = append(body, cloneOp(inner, vals))
	}
	results := make([]*Value, len(ret.Operands))
	for i, v := range ret.Operands {
		if nv, ok := vals[v]; ok {
			results[i] = nv
		} else {
			results[i] = v
		}
	}
	return body, results, true
}

// cloneOp deep-copies op (and its regions), mapping operands through vals
// and recording its results' copies there.
func cloneOp(op *Op, vals map[*Value]*Value) *Op {
	n := &Op{Name: op.Name, Loc: op.Loc, Attrs: append([]NamedAttr(nil), op.Attrs...)}
	for _, v := range op.Operands {
		if nv, ok := vals[v]; ok {
			v = nv
		}
		n.Operands = append(n.Operands, v)
	}
	for _, r := range op.Regions {
		nr := &Region{}
		for _, b := range r.Blocks {
			nb := &Block{}
			for _, a := range b.Args {
				na := &Value{Type: a.Type, Index: a.Index, Name: a.Name, Loc: a.Loc}
				vals[a] = na
				nb.Args = append(nb.Args, na)
			}
			for _, inner := range b.Ops {
				nb.Ops = append(nb.Ops, cloneOp(inner, vals))
			}
			nr.Blocks = append(nr.Blocks, nb)
		}
		n.Regions = append(n.Regions, nr)
	}
	for _, r := range op.Results {
		nv := &Value{Type: r.Type, Owner: n, Index: r.Index, Name: r.Name}
		n.Results = append(n.Results, nv)
		vals[r] = nv
	}
	return n
}

// removeUnreferencedPrivate drops the private functions among names that
// no op of m refers to (by callee, decomposition or any other symbol).
func removeUnreferencedPrivate(m *Module, names map[string]bool) {
	used := map[string]bool{}
	var refs func(a Attribute)
	refs = func(a Attribute) {
		switch a := a.(type) {
		case *SymbolRefAttr:
			used[a.Root] = true
		case *ArrayAttr:
			for _, e := range a.Elems {
				refs(e)
			}
		case *DictAttr:
			for _, e := range a.Entries {
				refs(e.Value)
			}
		}
	}
	m.Walk(func(op *Op) bool {
		for _, a := range op.Attrs {
			refs(a.Value)
		}
		return true
	})
	kept := m.Ops[:0]
	for _, op := range m.Ops {
		if op.Name == "func.func" && names[FuncName(op)] && !used[FuncName(op)] {
			if v, ok := op.Attr("sym_visibility").(StringAttr); ok && v.Value == "private" {
				continue
			}
		}
		kept = append(kept, op)
	}
	m.Ops = kept
}
