package stablehlo

import "fmt"

// Equal compares two modules structurally and returns nil if they are the same
// program, or an error describing the first difference with its path. Locations,
// value names, the producer and the portable-artifact version are ignored; values
// are matched by position (block arguments and op results).
func Equal(a, b *Module) error {
	if a.Name != b.Name {
		return fmt.Errorf("module name: %q vs %q", a.Name, b.Name)
	}
	if err := attrListsEqual(a.Attrs, b.Attrs); err != nil {
		return fmt.Errorf("module attributes: %w", err)
	}
	if len(a.Ops) != len(b.Ops) {
		return fmt.Errorf("module has %d ops vs %d (%s)", len(a.Ops), len(b.Ops), firstNameDiff(a.Ops, b.Ops))
	}
	eq := &equaler{values: map[*Value]*Value{}}
	for i := range a.Ops {
		path := fmt.Sprintf("module op %d", i)
		if FuncName(a.Ops[i]) != "" {
			path = "@" + FuncName(a.Ops[i])
		}
		if err := eq.op(path, a.Ops[i], b.Ops[i]); err != nil {
			return err
		}
	}
	return nil
}

func opLabel(op *Op) string {
	if n := FuncName(op); n != "" {
		return op.Name + " @" + n
	}
	return op.Name
}

// firstNameDiff describes where two op lists first differ by op name.
func firstNameDiff(a, b []*Op) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if opLabel(a[i]) != opLabel(b[i]) {
			return fmt.Sprintf("first difference at op %d: %s vs %s", i, opLabel(a[i]), opLabel(b[i]))
		}
	}
	if len(a) > len(b) {
		return fmt.Sprintf("extra ops on the left from %d: %s…", len(b), opLabel(a[len(b)]))
	}
	return fmt.Sprintf("extra ops on the right from %d: %s…", len(a), opLabel(b[len(a)]))
}

type equaler struct{ values map[*Value]*Value }

func attrListsEqual(a, b []NamedAttr) error {
	am := map[string]Attribute{}
	for _, x := range a {
		am[x.Name] = x.Value
	}
	bm := map[string]Attribute{}
	for _, x := range b {
		bm[x.Name] = x.Value
	}
	for _, x := range a {
		y, ok := bm[x.Name]
		if !ok {
			return fmt.Errorf("attribute %s = %s only on the left", x.Name, truncate(x.Value.String()))
		}
		if !AttrsEqual(x.Value, y) {
			return fmt.Errorf("attribute %s: %s vs %s", x.Name, truncate(x.Value.String()), truncate(y.String()))
		}
	}
	for _, y := range b {
		if _, ok := am[y.Name]; !ok {
			return fmt.Errorf("attribute %s = %s only on the right", y.Name, truncate(y.Value.String()))
		}
	}
	return nil
}

func truncate(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

func (e *equaler) op(path string, a, b *Op) error {
	where := fmt.Sprintf("%s: %s", path, a.Name)
	if a.Name != b.Name {
		return fmt.Errorf("%s: op %s vs %s", path, a.Name, b.Name)
	}
	if err := attrListsEqual(a.Attrs, b.Attrs); err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	if len(a.Operands) != len(b.Operands) {
		return fmt.Errorf("%s: %d operands vs %d", where, len(a.Operands), len(b.Operands))
	}
	for i := range a.Operands {
		if m, ok := e.values[a.Operands[i]]; !ok || m != b.Operands[i] {
			return fmt.Errorf("%s: operand %d refers to a different value", where, i)
		}
	}
	if len(a.Results) != len(b.Results) {
		return fmt.Errorf("%s: %d results vs %d", where, len(a.Results), len(b.Results))
	}
	for i := range a.Results {
		if !TypesEqual(a.Results[i].Type, b.Results[i].Type) {
			return fmt.Errorf("%s: result %d type %s vs %s", where, i, a.Results[i].Type, b.Results[i].Type)
		}
		e.values[a.Results[i]] = b.Results[i]
	}
	if len(a.Regions) != len(b.Regions) {
		return fmt.Errorf("%s: %d regions vs %d", where, len(a.Regions), len(b.Regions))
	}
	for ri := range a.Regions {
		ra, rb := a.Regions[ri], b.Regions[ri]
		if len(ra.Blocks) != len(rb.Blocks) {
			return fmt.Errorf("%s: region %d has %d blocks vs %d", where, ri, len(ra.Blocks), len(rb.Blocks))
		}
		for bi := range ra.Blocks {
			ba, bb := ra.Blocks[bi], rb.Blocks[bi]
			if len(ba.Args) != len(bb.Args) {
				return fmt.Errorf("%s: region %d block %d has %d arguments vs %d", where, ri, bi, len(ba.Args), len(bb.Args))
			}
			for i := range ba.Args {
				if !TypesEqual(ba.Args[i].Type, bb.Args[i].Type) {
					return fmt.Errorf("%s: region %d argument %d type %s vs %s", where, ri, i, ba.Args[i].Type, bb.Args[i].Type)
				}
				e.values[ba.Args[i]] = bb.Args[i]
			}
			if len(ba.Ops) != len(bb.Ops) {
				return fmt.Errorf("%s: region %d block %d has %d ops vs %d (%s)", where, ri, bi, len(ba.Ops), len(bb.Ops), firstNameDiff(ba.Ops, bb.Ops))
			}
			for oi := range ba.Ops {
				if err := e.op(fmt.Sprintf("%s/r%d/%d", path, ri, oi), ba.Ops[oi], bb.Ops[oi]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
