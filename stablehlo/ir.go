package stablehlo

import "sort"

// Module is a builtin.module: its symbol name (without @, may be empty), its
// attributes, and the ops of its body (func.func ops, sdy.mesh, ...).
type Module struct {
	Name  string
	Attrs []NamedAttr // sorted by name
	Ops   []*Op
	Loc   Location
	// Producer is the bytecode producer string ("StableHLO_v1.20.0"); empty for text.
	Producer string
	// Portable is true for a VHLO portable artifact; Version is then its version.
	Portable bool
	Version  Version
}

// Op is one operation. Attrs holds inherent and discardable attributes together,
// sorted by name, as MLIR's generic form prints them; attributes equal to the op's
// default are absent (defaults.go).
type Op struct {
	Name       string // "stablehlo.add", "func.func", "func.return", "sdy.mesh", ...
	Operands   []*Value
	Results    []*Value
	Attrs      []NamedAttr
	Regions    []*Region
	Successors []*Block
	Loc        Location
}

// Region is a list of blocks; StableHLO regions have one block.
type Region struct{ Blocks []*Block }

// Block has arguments and ops.
type Block struct {
	Args []*Value
	Ops  []*Op
}

// Value is an SSA value: an op result (Owner set, Index its result number) or a
// block argument (Owner nil, Index its argument number). Name is a printing hint
// from text input ("arg0", "cst"); it carries no meaning.
type Value struct {
	Type  Type
	Owner *Op
	Index int
	Name  string
	Loc   Location // block arguments only
}

// Attr returns the attribute named name, or nil.
func (o *Op) Attr(name string) Attribute {
	i := sort.Search(len(o.Attrs), func(i int) bool { return o.Attrs[i].Name >= name })
	if i < len(o.Attrs) && o.Attrs[i].Name == name {
		return o.Attrs[i].Value
	}
	// Attrs built by hand may be unsorted; fall back to a scan.
	for _, a := range o.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

// SetAttr sets or, with a nil value, removes an attribute, keeping Attrs sorted.
func (o *Op) SetAttr(name string, v Attribute) {
	for i, a := range o.Attrs {
		if a.Name == name {
			if v == nil {
				o.Attrs = append(o.Attrs[:i], o.Attrs[i+1:]...)
			} else {
				o.Attrs[i].Value = v
			}
			return
		}
	}
	if v == nil {
		return
	}
	o.Attrs = append(o.Attrs, NamedAttr{name, v})
	SortAttrs(o.Attrs)
}

// SortAttrs sorts a named-attribute list by name.
func SortAttrs(a []NamedAttr) {
	sort.SliceStable(a, func(i, j int) bool { return a[i].Name < a[j].Name })
}

// Funcs lists the module's func.func ops in order.
func (m *Module) Funcs() []*Op {
	var out []*Op
	for _, op := range m.Ops {
		if op.Name == "func.func" {
			out = append(out, op)
		}
	}
	return out
}

// Func finds a func.func by symbol name.
func (m *Module) Func(name string) *Op {
	for _, op := range m.Ops {
		if op.Name == "func.func" && FuncName(op) == name {
			return op
		}
	}
	return nil
}

// Attr returns the module attribute named name, or nil.
func (m *Module) Attr(name string) Attribute {
	for _, a := range m.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

// FuncName is the sym_name of a func.func op.
func FuncName(op *Op) string {
	if s, ok := op.Attr("sym_name").(StringAttr); ok {
		return s.Value
	}
	return ""
}

// FuncType is the function_type of a func.func op.
func FuncType(op *Op) *FunctionType {
	if t, ok := op.Attr("function_type").(*TypeAttr); ok {
		if ft, ok := t.Type.(*FunctionType); ok {
			return ft
		}
	}
	return nil
}

// Body is the single block of an op's first region, or nil.
func (o *Op) Body() *Block {
	if len(o.Regions) == 0 || len(o.Regions[0].Blocks) == 0 {
		return nil
	}
	return o.Regions[0].Blocks[0]
}

// Walk visits every op of the module depth-first, parents before their regions.
// Returning false from fn skips the op's regions.
func (m *Module) Walk(fn func(*Op) bool) {
	for _, op := range m.Ops {
		walkOp(op, fn)
	}
}

func walkOp(op *Op, fn func(*Op) bool) {
	if !fn(op) {
		return
	}
	for _, r := range op.Regions {
		for _, b := range r.Blocks {
			for _, inner := range b.Ops {
				walkOp(inner, fn)
			}
		}
	}
}

// NewOp creates an op with fresh result values of the given types.
func NewOp(name string, operands []*Value, resultTypes []Type) *Op {
	op := &Op{Name: name, Operands: operands}
	op.Results = make([]*Value, len(resultTypes))
	for i, t := range resultTypes {
		op.Results[i] = &Value{Type: t, Owner: op, Index: i}
	}
	return op
}
