package stablehlo

import (
	"fmt"
	"strconv"
	"strings"
)

// PrintOptions selects optional parts of the text form.
type PrintOptions struct {
	// Locations prints loc(...) after every op, block argument and the module.
	Locations bool
}

// Print writes a module in the pretty MLIR text form StableHLO and JAX print:
// custom assembly formats for the common ops, the generic
// `"dialect.op"(...) <{...}> ({...}) {...} : (...) -> ...` form for the rest.
// Parsing the result gives a module Equal to m.
func Print(m *Module) string { return PrintWith(m, PrintOptions{}) }

// String is Print(m).
func (m *Module) String() string { return Print(m) }

// PrintWith is Print with options.
func PrintWith(m *Module, opts PrintOptions) (out string) {
	p := &printer{opts: opts}
	// Printing is used in error messages, so malformed IR (say a nil type inside
	// an attribute, whose String panics) must not crash: the text so far is
	// returned with a note.
	defer func() {
		if r := recover(); r != nil {
			out = p.b.String() + "\n// print error: malformed IR: " + fmt.Sprint(r) + "\n"
		}
	}()
	if m == nil {
		return "module {\n}\n"
	}
	p.b.WriteString("module")
	if m.Name != "" {
		p.b.WriteString(" " + (&SymbolRefAttr{Root: m.Name}).String())
	}
	if attrs := nonNilAttrs(m.Attrs); len(attrs) > 0 {
		p.b.WriteString(" attributes " + (&DictAttr{Entries: attrs}).String())
	}
	p.b.WriteString(" {\n")
	// The module body is one scope: name the results of its ops (rare: module
	// level ops seldom have results) first. Each op's regions then start from
	// the counters that leaves (zero in the usual module), as an isolated
	// func.func restarts numbering in MLIR; names stay unique against the
	// module-level ones.
	p.sc = newScope()
	for _, op := range m.Ops {
		p.nameResults(op)
	}
	for _, op := range m.Ops {
		p.nameNested(op)
	}
	for _, op := range m.Ops {
		p.op(op, 1, "")
	}
	p.b.WriteString("}")
	p.loc(m.Loc)
	p.b.WriteString("\n")
	return p.b.String()
}

// PrintOp prints one op (and its regions) for debugging and error messages.
// Values defined outside the op get names of their own (%ext0, ...).
func PrintOp(op *Op) (out string) {
	if op == nil {
		return "<nil op>"
	}
	p := &printer{sc: newScope()}
	defer func() {
		if r := recover(); r != nil {
			out = p.b.String() + " // print error: malformed IR: " + fmt.Sprint(r)
		}
	}()
	p.nameIsolated(op)
	p.op(op, 0, "")
	return strings.TrimSuffix(p.b.String(), "\n")
}

// printer writes text into b. Names are assigned for a whole isolated op before
// it is printed, so forward references (successors, graph regions) print too.
type printer struct {
	b    strings.Builder
	opts PrintOptions
	sc   *scope
}

// scope holds the value and block names of one isolated-from-above op.
type scope struct {
	values map[*Value]string // full reference text: "%0", "%1#2", "%arg0"
	defs   map[*Op]string    // result group name of an op: "%1" (printed "%1:3 = ")
	blocks map[*Block]string // "^bb0"
	// Naming state carried into nested regions as MLIR's AsmPrinter does:
	// each nested region starts from its parent's counters, so sibling regions
	// reuse the same numbers and names.
	nextValue, nextArg, nextConflict int
	used                             []map[string]bool // layers, innermost last
	nextExt                          int
}

func newScope() *scope {
	return &scope{
		values: map[*Value]string{},
		defs:   map[*Op]string{},
		blocks: map[*Block]string{},
		used:   []map[string]bool{{}},
	}
}

func (s *scope) isUsed(name string) bool {
	for _, l := range s.used {
		if l[name] {
			return true
		}
	}
	return false
}

// unique returns base, or base_N when base is taken in a visible scope.
func (s *scope) unique(base string) string {
	name := base
	for s.isUsed(name) {
		name = base + "_" + strconv.Itoa(s.nextConflict)
		s.nextConflict++
	}
	s.used[len(s.used)-1][name] = true
	return name
}

// nameIsolated names everything inside op, which starts a fresh numbering.
func (p *printer) nameIsolated(op *Op) {
	p.nameResults(op)
	p.nameNested(op)
}

// nameResults names an op's results: constants get MLIR's %c / %cst, others a number.
func (p *printer) nameResults(op *Op) {
	if op == nil || len(op.Results) == 0 {
		return
	}
	s := p.sc
	if names := resultNames[op.Name]; len(names) == len(op.Results) && noNilResults(op) {
		// MLIR names these results individually (OpAsmOpInterface).
		for i, r := range op.Results {
			s.values[r] = "%" + s.unique(names[i])
		}
		s.defs[op] = ""
		return
	}
	var name string
	if op.Name == "stablehlo.constant" && len(op.Results) == 1 {
		base := "cst"
		if op.Results[0] != nil {
			if d := ElementDType(op.Results[0].Type); d.IsInteger() || d.IsBool() {
				base = "c"
			}
		}
		name = "%" + s.unique(base)
	} else {
		name = "%" + strconv.Itoa(s.nextValue)
		s.nextValue++
	}
	s.defs[op] = name
	for i, r := range op.Results {
		if r == nil {
			continue
		}
		if len(op.Results) == 1 {
			s.values[r] = name
		} else {
			s.values[r] = name + "#" + strconv.Itoa(i)
		}
	}
}

// resultNames are the ops whose results MLIR names individually.
var resultNames = map[string][]string{
	"stablehlo.rng_bit_generator": {"output_state", "output"},
	"chlo.top_k":                  {"values", "indices"},
}

func noNilResults(op *Op) bool {
	for _, r := range op.Results {
		if r == nil {
			return false
		}
	}
	return true
}

// nameNested names the regions of op: first every block argument and op result
// directly inside each region, then (recursively) the regions nested in those ops,
// each starting from the counters its parent region ended with.
func (p *printer) nameNested(op *Op) {
	if op == nil {
		return
	}
	s := p.sc
	saveValue, saveArg, saveConflict := s.nextValue, s.nextArg, s.nextConflict
	for ri, r := range op.Regions {
		if r == nil {
			continue
		}
		s.nextValue, s.nextArg, s.nextConflict = saveValue, saveArg, saveConflict
		s.used = append(s.used, map[string]bool{})
		for bi, blk := range r.Blocks {
			if blk == nil {
				continue
			}
			s.blocks[blk] = "^bb" + strconv.Itoa(bi)
			for _, a := range blk.Args {
				if a == nil {
					continue
				}
				if op.Name == "stablehlo.while" && ri < 2 {
					// Both while regions see the loop-carried values as %iterArg…
					// (each region starts from the same counters, so the names match).
					s.values[a] = "%" + s.unique("iterArg")
				} else {
					s.values[a] = "%" + s.unique("arg"+strconv.Itoa(s.nextArg))
					s.nextArg++
				}
			}
			for _, inner := range blk.Ops {
				p.nameResults(inner)
			}
		}
		for _, blk := range r.Blocks {
			if blk == nil {
				continue
			}
			for _, inner := range blk.Ops {
				p.nameNested(inner)
			}
		}
		s.used = s.used[:len(s.used)-1]
	}
	s.nextValue, s.nextArg, s.nextConflict = saveValue, saveArg, saveConflict
}

// val is the reference text of a value.
func (p *printer) val(v *Value) string {
	if v == nil {
		return "%<nil>"
	}
	if n, ok := p.sc.values[v]; ok {
		return n
	}
	// Defined outside what is printed (PrintOp) or not defined at all.
	n := "%ext" + strconv.Itoa(p.sc.nextExt)
	p.sc.nextExt++
	p.sc.values[v] = n
	return n
}

func (p *printer) vals(vs []*Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = p.val(v)
	}
	return strings.Join(parts, ", ")
}

func (p *printer) block(b *Block) string {
	if n, ok := p.sc.blocks[b]; ok {
		return n
	}
	return "^<unknown>"
}

func typeStr(t Type) string {
	if t == nil {
		return "<<null type>>"
	}
	return t.String()
}

func valueTypes(vs []*Value) []Type {
	ts := make([]Type, len(vs))
	for i, v := range vs {
		if v != nil {
			ts[i] = v.Type
		}
	}
	return ts
}

// typeList is "T1, T2".
func typeList(ts []Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = typeStr(t)
	}
	return strings.Join(parts, ", ")
}

// funcTypeStr is the functional type "(T1, T2) -> R" or "(T) -> (R1, R2)".
func funcTypeStr(ins, outs []Type) string {
	res := typeList(outs)
	if len(outs) != 1 {
		res = "(" + res + ")"
	} else if _, isFn := outs[0].(*FunctionType); isFn {
		res = "(" + res + ")"
	}
	return "(" + typeList(ins) + ") -> " + res
}

func opFuncType(op *Op) string {
	return funcTypeStr(valueTypes(op.Operands), valueTypes(op.Results))
}

func nonNilAttrs(attrs []NamedAttr) []NamedAttr {
	out := make([]NamedAttr, 0, len(attrs))
	for _, a := range attrs {
		if a.Value != nil {
			out = append(out, a)
		}
	}
	return out
}

// attrDict is " {a = 1 : i32, b}" of the attributes not in skip, or "".
func attrDict(attrs []NamedAttr, skip ...string) string {
	var keep []NamedAttr
outer:
	for _, a := range attrs {
		if a.Value == nil {
			continue
		}
		for _, s := range skip {
			if a.Name == s {
				continue outer
			}
		}
		keep = append(keep, a)
	}
	if len(keep) == 0 {
		return ""
	}
	return " " + (&DictAttr{Entries: keep}).String()
}

func (p *printer) indent(n int) {
	for i := 0; i < n; i++ {
		p.b.WriteString("  ")
	}
}

// loc writes " loc(...)" when locations are asked for. A missing location is
// loc(unknown), which is what a parser gives an op written without one.
func (p *printer) loc(l Location) {
	if p.opts.Locations {
		p.b.WriteString(" loc(" + locText(l) + ")")
	}
}

func locText(l Location) string {
	if l == nil {
		return "unknown"
	}
	return l.String()
}

// op writes one op on its own line(s) at the given indentation. dialect is the
// default dialect of the enclosing region ("func" directly inside a func.func),
// whose prefix pretty forms drop.
func (p *printer) op(op *Op, ind int, dialect string) {
	p.indent(ind)
	if op == nil {
		p.b.WriteString("\"<nil op>\"() : () -> ()\n")
		return
	}
	if op.Name == "func.func" && p.printFunc(op, ind) {
		p.loc(op.Loc)
		p.b.WriteString("\n")
		return
	}
	if len(op.Results) > 0 {
		name := p.sc.defs[op]
		switch {
		case name == "":
			// Results named one by one: %output_state, %output = ...
			p.b.WriteString(p.vals(op.Results))
		case len(op.Results) > 1:
			p.b.WriteString(name + ":" + strconv.Itoa(len(op.Results)))
		default:
			p.b.WriteString(name)
		}
		p.b.WriteString(" = ")
	}
	if !p.pretty(op, ind, dialect) {
		p.generic(op, ind)
	}
	p.loc(op.Loc)
	p.b.WriteString("\n")
}

// generic writes the generic form, which can express any op.
func (p *printer) generic(op *Op, ind int) {
	p.b.WriteString(QuoteString(op.Name) + "(" + p.vals(op.Operands) + ")")
	if len(op.Successors) > 0 {
		parts := make([]string, len(op.Successors))
		for i, s := range op.Successors {
			parts[i] = p.block(s)
		}
		p.b.WriteString("[" + strings.Join(parts, ", ") + "]")
	}
	props, rest := splitInherent(op)
	if len(props) > 0 {
		p.b.WriteString(" <" + (&DictAttr{Entries: props}).String() + ">")
	}
	if len(op.Regions) > 0 {
		p.b.WriteString(" (")
		for i, r := range op.Regions {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.region(r, ind, true, "")
		}
		p.b.WriteString(")")
	}
	if len(rest) > 0 {
		p.b.WriteString(" " + (&DictAttr{Entries: rest}).String())
	}
	p.b.WriteString(" : " + opFuncType(op))
}

// region writes "{\n ... }" with the closing brace at indentation ind; the ops
// are indented one level deeper. The entry block's label is written only when
// printEntryArgs is set and it has arguments (or is branched to).
func (p *printer) region(r *Region, ind int, printEntryArgs bool, dialect string) {
	p.b.WriteString("{\n")
	if r != nil {
		for bi, blk := range r.Blocks {
			if blk == nil {
				continue
			}
			if bi > 0 || (printEntryArgs && len(blk.Args) > 0) {
				p.indent(ind)
				p.b.WriteString(p.block(blk))
				if len(blk.Args) > 0 {
					p.b.WriteString("(" + p.argList(blk.Args) + ")")
				}
				p.b.WriteString(":\n")
			}
			for _, op := range blk.Ops {
				p.op(op, ind+1, dialect)
			}
		}
	}
	p.indent(ind)
	p.b.WriteString("}")
}

// argList is "%arg0: T loc(...), %arg1: U".
func (p *printer) argList(args []*Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = p.argDecl(a)
	}
	return strings.Join(parts, ", ")
}

func (p *printer) argDecl(a *Value) string {
	if a == nil {
		return "%<nil>: <<null type>>"
	}
	s := p.val(a) + ": " + typeStr(a.Type)
	if p.opts.Locations {
		s += " loc(" + locText(a.Loc) + ")"
	}
	return s
}

// printFunc writes a func.func in its custom form:
// func.func public @f(%arg0: T {attrs}) -> (R {attrs}) attributes {...} {...}.
// It returns false (writing nothing) when the op does not have that shape.
func (p *printer) printFunc(op *Op, ind int) bool {
	name, ok := op.Attr("sym_name").(StringAttr)
	ft := FuncType(op)
	if !ok || ft == nil || len(op.Operands) != 0 || len(op.Results) != 0 || len(op.Successors) != 0 || len(op.Regions) > 1 {
		return false
	}
	vis := "public"
	if v := op.Attr("sym_visibility"); v != nil {
		s, ok := v.(StringAttr)
		if !ok || (s.Value != "private" && s.Value != "nested" && s.Value != "public") {
			return false
		}
		vis = s.Value
	}
	argAttrs, ok1 := dictList(op.Attr("arg_attrs"), len(ft.Inputs))
	resAttrs, ok2 := dictList(op.Attr("res_attrs"), len(ft.Results))
	if !ok1 || !ok2 {
		return false
	}
	// A declaration has no region or (as MLIR keeps it) one empty region.
	var body *Block
	if len(op.Regions) == 1 && op.Regions[0] != nil && len(op.Regions[0].Blocks) > 0 {
		r := op.Regions[0]
		if r.Blocks[0] == nil {
			return false
		}
		body = r.Blocks[0]
		if len(body.Args) != len(ft.Inputs) {
			return false
		}
		for i, a := range body.Args {
			if a == nil || !TypesEqual(a.Type, ft.Inputs[i]) {
				return false
			}
		}
	}
	p.b.WriteString("func.func " + vis + " " + (&SymbolRefAttr{Root: name.Value}).String() + "(")
	for i, t := range ft.Inputs {
		if i > 0 {
			p.b.WriteString(", ")
		}
		if body != nil {
			p.b.WriteString(p.val(body.Args[i]) + ": " + typeStr(t))
		} else {
			p.b.WriteString(typeStr(t))
		}
		if argAttrs[i] != nil && len(argAttrs[i].Entries) > 0 {
			p.b.WriteString(" " + argAttrs[i].String())
		}
		if body != nil && p.opts.Locations {
			p.b.WriteString(" loc(" + locText(body.Args[i].Loc) + ")")
		}
	}
	p.b.WriteString(")")
	if len(ft.Results) > 0 {
		p.b.WriteString(" -> ")
		anyAttr := false
		for _, d := range resAttrs {
			if d != nil && len(d.Entries) > 0 {
				anyAttr = true
			}
		}
		_, fnResult := ft.Results[0].(*FunctionType)
		paren := len(ft.Results) > 1 || anyAttr || fnResult
		if paren {
			p.b.WriteString("(")
		}
		for i, t := range ft.Results {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.b.WriteString(typeStr(t))
			if resAttrs[i] != nil && len(resAttrs[i].Entries) > 0 {
				p.b.WriteString(" " + resAttrs[i].String())
			}
		}
		if paren {
			p.b.WriteString(")")
		}
	}
	if rest := attrDict(op.Attrs, "sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs"); rest != "" {
		p.b.WriteString(" attributes" + rest)
	}
	if body != nil {
		p.b.WriteString(" ")
		r := op.Regions[0]
		// The entry block's arguments are the signature's; later blocks get labels.
		p.region(r, ind, false, "func")
	}
	return true
}

// dictList checks an arg_attrs/res_attrs value: absent, or an array of n dicts.
func dictList(a Attribute, n int) ([]*DictAttr, bool) {
	out := make([]*DictAttr, n)
	if a == nil {
		return out, true
	}
	arr, ok := a.(*ArrayAttr)
	if !ok || len(arr.Elems) != n {
		return nil, false
	}
	for i, e := range arr.Elems {
		d, ok := e.(*DictAttr)
		if !ok {
			return nil, false
		}
		out[i] = d
	}
	return out, true
}
