package mlirbc

import (
	"fmt"

	"github.com/hlovm/hlovm/stablehlo"
)

// Op encoding mask bits (§2.10).
const (
	maskAttrs      = 0x01
	maskResults    = 0x02
	maskOperands   = 0x04
	maskSuccessors = 0x08
	maskRegions    = 0x10
	maskUseLists   = 0x20
	maskProperties = 0x40
)

// valueScope is the value table of the top level or of an isolated region.
type valueScope struct{ values []*stablehlo.Value }

// regionState numbers the definitions of one region inside its scope.
type regionState struct {
	blocks []*stablehlo.Block
	scope  *valueScope
	next   int // next slot to define
	limit  int // end of the slots reserved by the region
	number bool
}

type use struct {
	op  *stablehlo.Op
	idx int
}

// irReader walks the IR section. Region nesting is bounded by maxRegionDepth so
// hostile input cannot exhaust the stack.
type irReader struct {
	f       *file
	pending map[*stablehlo.Value][]use // forward-reference placeholders
	depth   int
	// live counts value slots reserved by the regions being read, across all
	// scopes; it is bounded by the file size so nested reservations cannot
	// multiply memory use.
	live int
}

func (f *file) buildModule() (*stablehlo.Module, error) {
	ir := &irReader{f: f, pending: map[*stablehlo.Value][]use{}}
	c := f.cursor(secIR)
	numOps, hasArgs, err := c.VarIntFlag()
	if err != nil {
		return nil, fmt.Errorf("IR section: %w", err)
	}
	if hasArgs {
		return nil, c.Errorf("IR section: the top-level block has arguments")
	}
	if numOps > uint64(c.Remaining()) {
		return nil, c.Errorf("IR section: %d top-level ops in %d bytes", numOps, c.Remaining())
	}
	top := &regionState{scope: &valueScope{}}
	var ops []*stablehlo.Op
	for i := uint64(0); i < numOps; i++ {
		op, err := ir.readOp(c, top)
		if err != nil {
			return nil, err
		}
		ops = append(ops, op)
	}
	if c.Remaining() != 0 {
		return nil, c.Errorf("IR section: %d trailing bytes", c.Remaining())
	}
	if len(ir.pending) != 0 {
		return nil, fmt.Errorf("mlir bytecode: %d forward-referenced values were never defined", len(ir.pending))
	}
	if len(ops) != 1 || ops[0].Name != "builtin.module" {
		names := make([]string, len(ops))
		for i, op := range ops {
			names[i] = op.Name
		}
		return nil, fmt.Errorf("mlir bytecode: the top level must be one builtin.module, found %v", names)
	}
	mop := ops[0]
	m := &stablehlo.Module{Loc: mop.Loc, Producer: f.producer}
	for _, a := range mop.Attrs {
		if a.Name == "sym_name" {
			s, ok := a.Value.(stablehlo.StringAttr)
			if !ok {
				return nil, fmt.Errorf("mlir bytecode: builtin.module sym_name is %s, not a string", a.Value)
			}
			m.Name = s.Value
			continue
		}
		m.Attrs = append(m.Attrs, a)
	}
	stablehlo.SortAttrs(m.Attrs)
	if len(mop.Regions) > 1 || len(mop.Operands) != 0 || len(mop.Results) != 0 {
		return nil, fmt.Errorf("mlir bytecode: malformed builtin.module (%d regions, %d operands, %d results)", len(mop.Regions), len(mop.Operands), len(mop.Results))
	}
	if len(mop.Regions) == 1 {
		r := mop.Regions[0]
		if len(r.Blocks) > 1 {
			return nil, fmt.Errorf("mlir bytecode: builtin.module body has %d blocks", len(r.Blocks))
		}
		if len(r.Blocks) == 1 {
			if len(r.Blocks[0].Args) != 0 {
				return nil, fmt.Errorf("mlir bytecode: builtin.module body has block arguments")
			}
			m.Ops = r.Blocks[0].Ops
		}
	}
	for _, d := range f.dialects {
		if d.name == "vhlo" {
			m.Portable = true
			if v, ok := parseProducerVersion(f.producer); ok {
				m.Version = v
			}
		}
	}
	return m, nil
}

// locAt resolves an attribute index that must be a location.
func (f *file) locAt(i uint64, c *Cursor) (stablehlo.Location, error) {
	a, err := f.attrAt(i, c)
	if err != nil {
		return nil, err
	}
	l, ok := a.(*locAttr)
	if !ok {
		return nil, c.Errorf("attribute %d (%s) is not a location", i, a)
	}
	return l.loc, nil
}

func (ir *irReader) readOp(c *Cursor, rs *regionState) (*stablehlo.Op, error) {
	f := ir.f
	opAt := c.Offset()
	ni, err := c.VarInt()
	if err != nil {
		return nil, fmt.Errorf("IR: op header: %w", err)
	}
	if ni >= uint64(len(f.opNames)) {
		return nil, c.Errorf("IR: op name index %d out of range (%d names)", ni, len(f.opNames))
	}
	on := f.opNames[ni]
	fail := func(err error) error {
		return fmt.Errorf("IR: op %s at byte %d: %w", on.full, opAt, err)
	}
	mask, err := c.Byte()
	if err != nil {
		return nil, fail(err)
	}
	if mask&0x80 != 0 || (mask&maskProperties != 0 && f.version < 5) || (mask&maskUseLists != 0 && f.version < 3) {
		return nil, fail(c.Errorf("invalid op encoding mask 0x%02x for bytecode version %d", mask, f.version))
	}
	li, err := c.VarInt()
	if err != nil {
		return nil, fail(err)
	}
	loc, err := f.locAt(li, c)
	if err != nil {
		return nil, fail(err)
	}
	op := &stablehlo.Op{Name: on.full, Loc: loc}
	if mask&maskAttrs != 0 {
		ai, err := c.VarInt()
		if err != nil {
			return nil, fail(err)
		}
		a, err := f.attrAt(ai, c)
		if err != nil {
			return nil, fail(err)
		}
		d, ok := a.(*stablehlo.DictAttr)
		if !ok {
			return nil, fail(c.Errorf("attribute dictionary is %s", a))
		}
		op.Attrs = append(op.Attrs, d.Entries...)
	}
	if mask&maskProperties != 0 {
		pi, err := c.VarInt()
		if err != nil {
			return nil, fail(err)
		}
		var props []stablehlo.NamedAttr
		if on.registered {
			props, err = f.decodeProperties(on.full, pi, c)
		} else {
			// The reference reader takes an unregistered op's properties as one
			// attribute (a dictionary).
			var a stablehlo.Attribute
			if a, err = f.attrAt(pi, c); err == nil {
				d, ok := a.(*stablehlo.DictAttr)
				if !ok {
					err = c.Errorf("properties of an unregistered op are %s, not a dictionary", a)
				} else {
					props = d.Entries
				}
			}
		}
		if err != nil {
			return nil, fail(err)
		}
		op.Attrs = append(op.Attrs, props...)
	}
	if !attrsSorted(op.Attrs) {
		stablehlo.SortAttrs(op.Attrs)
	}
	for i := 1; i < len(op.Attrs); i++ {
		if op.Attrs[i].Name == op.Attrs[i-1].Name {
			return nil, fail(fmt.Errorf("attribute %s given twice", op.Attrs[i].Name))
		}
	}
	if mask&maskResults != 0 {
		n, err := count(c, 1, "result")
		if err != nil {
			return nil, fail(err)
		}
		op.Results = make([]*stablehlo.Value, n)
		for i := range op.Results {
			ti, err := c.VarInt()
			if err != nil {
				return nil, fail(err)
			}
			t, err := f.typeAt(ti, c)
			if err != nil {
				return nil, fail(err)
			}
			op.Results[i] = &stablehlo.Value{Type: t, Owner: op, Index: i}
		}
	}
	if mask&maskOperands != 0 {
		n, err := count(c, 1, "operand")
		if err != nil {
			return nil, fail(err)
		}
		op.Operands = make([]*stablehlo.Value, n)
		for i := range op.Operands {
			vi, err := c.VarInt()
			if err != nil {
				return nil, fail(err)
			}
			v, err := ir.valueRef(vi, rs, op, i, c)
			if err != nil {
				return nil, fail(err)
			}
			op.Operands[i] = v
		}
	}
	if mask&maskSuccessors != 0 {
		n, err := count(c, 1, "successor")
		if err != nil {
			return nil, fail(err)
		}
		op.Successors = make([]*stablehlo.Block, n)
		for i := range op.Successors {
			bi, err := c.VarInt()
			if err != nil {
				return nil, fail(err)
			}
			if bi >= uint64(len(rs.blocks)) {
				return nil, fail(c.Errorf("successor block %d out of range (%d blocks in the region)", bi, len(rs.blocks)))
			}
			op.Successors[i] = rs.blocks[bi]
		}
	}
	if rs.number {
		for _, v := range op.Results {
			if err := ir.define(v, rs, c); err != nil {
				return nil, fail(err)
			}
		}
	}
	if mask&maskUseLists != 0 {
		if err := skipUseLists(c, len(op.Results)); err != nil {
			return nil, fail(err)
		}
	}
	if mask&maskRegions != 0 {
		n, isolated, err := c.VarIntFlag()
		if err != nil {
			return nil, fail(err)
		}
		if n > uint64(c.Remaining()) {
			return nil, fail(c.Errorf("%d regions in %d bytes", n, c.Remaining()))
		}
		if ir.depth >= maxRegionDepth {
			return nil, fail(c.Errorf("regions nested deeper than %d", maxRegionDepth))
		}
		ir.depth++
		scope := rs.scope
		if isolated {
			scope = &valueScope{}
		}
		rc := c
		if isolated && f.version >= 2 {
			id, sec, err := readSection(c)
			if err != nil {
				return nil, fail(err)
			}
			if id != secIR {
				return nil, fail(c.Errorf("isolated regions: expected a nested IR section, got section id %d", id))
			}
			rc = NewCursor(sec.data, sec.off)
		}
		op.Regions = make([]*stablehlo.Region, n)
		for i := range op.Regions {
			if op.Regions[i], err = ir.readRegion(rc, scope); err != nil {
				return nil, err
			}
		}
		if rc != c && rc.Remaining() != 0 {
			return nil, fail(rc.Errorf("%d trailing bytes in the nested IR section", rc.Remaining()))
		}
		ir.depth--
	}
	return op, nil
}

// valueRef resolves operand i of op: a defined value, or a placeholder patched
// when the definition arrives.
func (ir *irReader) valueRef(vi uint64, rs *regionState, op *stablehlo.Op, i int, c *Cursor) (*stablehlo.Value, error) {
	vals := rs.scope.values
	if vi >= uint64(len(vals)) {
		return nil, c.Errorf("operand %d refers to value %d, only %d in scope", i, vi, len(vals))
	}
	v := vals[vi]
	if v == nil {
		v = &stablehlo.Value{}
		vals[vi] = v
		ir.pending[v] = nil
	}
	if uses, ok := ir.pending[v]; ok {
		ir.pending[v] = append(uses, use{op, i})
	}
	return v, nil
}

// define numbers v in the region's next slot, patching a placeholder there.
func (ir *irReader) define(v *stablehlo.Value, rs *regionState, c *Cursor) error {
	if rs.next >= rs.limit {
		return c.Errorf("region defines more values than it reserved")
	}
	slot := rs.scope.values[rs.next]
	if slot != nil {
		uses, ok := ir.pending[slot]
		if !ok {
			return c.Errorf("value %d defined twice", rs.next)
		}
		for _, u := range uses {
			u.op.Operands[u.idx] = v
		}
		delete(ir.pending, slot)
	}
	rs.scope.values[rs.next] = v
	rs.next++
	return nil
}

func (ir *irReader) readRegion(c *Cursor, scope *valueScope) (*stablehlo.Region, error) {
	f := ir.f
	r := &stablehlo.Region{}
	nb, err := count(c, 1, "block")
	if err != nil {
		return nil, fmt.Errorf("IR: region: %w", err)
	}
	if nb == 0 {
		return r, nil
	}
	nv, err := count(c, 1, "value")
	if err != nil {
		return nil, fmt.Errorf("IR: region: %w", err)
	}
	if ir.live+nv > len(f.data) {
		return nil, c.Errorf("IR: regions reserve more values (%d) than the file has bytes", ir.live+nv)
	}
	ir.live += nv
	defer func() { ir.live -= nv }()
	base := len(scope.values)
	scope.values = append(scope.values, make([]*stablehlo.Value, nv)...)
	rs := &regionState{scope: scope, next: base, limit: base + nv, number: true}
	r.Blocks = make([]*stablehlo.Block, nb)
	for i := range r.Blocks {
		r.Blocks[i] = &stablehlo.Block{}
	}
	rs.blocks = r.Blocks
	for _, b := range r.Blocks {
		numOps, hasArgs, err := c.VarIntFlag()
		if err != nil {
			return nil, fmt.Errorf("IR: block header: %w", err)
		}
		if numOps > uint64(c.Remaining()) {
			return nil, c.Errorf("IR: block of %d ops in %d bytes", numOps, c.Remaining())
		}
		if hasArgs {
			na, err := count(c, 1, "block argument")
			if err != nil {
				return nil, fmt.Errorf("IR: block header: %w", err)
			}
			b.Args = make([]*stablehlo.Value, na)
			for i := range b.Args {
				var ti, li uint64
				hasLoc := true
				if f.version >= 4 {
					ti, hasLoc, err = c.VarIntFlag()
				} else {
					ti, err = c.VarInt()
				}
				if err != nil {
					return nil, fmt.Errorf("IR: block argument: %w", err)
				}
				t, err := f.typeAt(ti, c)
				if err != nil {
					return nil, fmt.Errorf("IR: block argument %d: %w", i, err)
				}
				var loc stablehlo.Location = stablehlo.UnknownLoc{}
				if hasLoc {
					if li, err = c.VarInt(); err != nil {
						return nil, fmt.Errorf("IR: block argument: %w", err)
					}
					if loc, err = f.locAt(li, c); err != nil {
						return nil, fmt.Errorf("IR: block argument %d: %w", i, err)
					}
				}
				v := &stablehlo.Value{Type: t, Index: i, Loc: loc}
				b.Args[i] = v
				if err := ir.define(v, rs, c); err != nil {
					return nil, fmt.Errorf("IR: block argument %d: %w", i, err)
				}
			}
			if f.version >= 3 {
				flag, err := c.Byte()
				if err != nil {
					return nil, fmt.Errorf("IR: block use-list flag: %w", err)
				}
				if flag != 0 {
					if err := skipUseLists(c, len(b.Args)); err != nil {
						return nil, fmt.Errorf("IR: block argument use-lists: %w", err)
					}
				}
			}
		}
		b.Ops = make([]*stablehlo.Op, 0, numOps)
		for j := uint64(0); j < numOps; j++ {
			op, err := ir.readOp(c, rs)
			if err != nil {
				return nil, err
			}
			b.Ops = append(b.Ops, op)
		}
	}
	for i := base; i < base+nv; i++ {
		if v := scope.values[i]; v != nil {
			if _, ok := ir.pending[v]; ok {
				return nil, c.Errorf("IR: value %d is used but never defined in its region", i)
			}
		}
	}
	scope.values = scope.values[:base]
	return r, nil
}

// skipUseLists parses and discards the use-list order data of n values (§2.10).
func skipUseLists(c *Cursor, n int) error {
	entries := uint64(1)
	var err error
	if n > 1 {
		if entries, err = c.VarInt(); err != nil {
			return err
		}
		if entries > uint64(n) {
			return c.Errorf("use-list data for %d values, only %d exist", entries, n)
		}
	}
	for i := uint64(0); i < entries; i++ {
		if n > 1 {
			vi, err := c.VarInt()
			if err != nil {
				return err
			}
			if vi >= uint64(n) {
				return c.Errorf("use-list value %d out of range (%d values)", vi, n)
			}
		}
		l, _, err := c.VarIntFlag()
		if err != nil {
			return err
		}
		if l > uint64(c.Remaining()) {
			return c.Errorf("use-list of %d indices in %d bytes", l, c.Remaining())
		}
		for j := uint64(0); j < l; j++ {
			if _, err := c.VarInt(); err != nil {
				return err
			}
		}
	}
	return nil
}

// attrsSorted avoids a sort (and its allocations) in the common case where the
// properties and the dictionary are already in order.
func attrsSorted(a []stablehlo.NamedAttr) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1].Name > a[i].Name {
			return false
		}
	}
	return true
}
