package mlirtext

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
)

// Parse reads one module from MLIR text. A file of top-level ops without a
// module wrapper gets an implicit unnamed module. Errors read
// "filename:line:col: message".
func Parse(src []byte, filename string) (*stablehlo.Module, error) {
	return parseChunk(src, filename, 0)
}

// ParseSplit splits src on lines "// -----" (as the StableHLO tests' -split-input-file
// does) and parses each chunk alone. Line numbers in errors are those of the
// whole file. The slices have one entry per chunk; a chunk that fails has a nil
// module and its error.
func ParseSplit(src []byte, filename string) ([]*stablehlo.Module, []error) {
	var mods []*stablehlo.Module
	var errs []error
	start, line, chunkLine := 0, 0, 0
	flush := func(end int) {
		m, err := parseChunk(src[start:end], filename, chunkLine)
		mods = append(mods, m)
		errs = append(errs, err)
	}
	for i := 0; i <= len(src); {
		j := bytes.IndexByte(src[i:], '\n')
		end := len(src)
		if j >= 0 {
			end = i + j
		}
		if strings.TrimSpace(string(src[i:end])) == "// -----" {
			flush(i)
			start = end + 1
			if start > len(src) {
				start = len(src)
			}
			chunkLine = line + 1
		}
		line++
		if j < 0 {
			break
		}
		i = end + 1
	}
	flush(len(src))
	return mods, errs
}

type parser struct {
	src      []byte
	pos      int
	filename string
	lineBase int
	depth    int
	curOp    string

	attrAliases map[string]stablehlo.Attribute
	typeAliases map[string]stablehlo.Type
	locAliases  map[string]stablehlo.Location
	resources   map[string][]byte

	typeCache map[string]stablehlo.Type

	scope              *scope
	fwdOps             []*stablehlo.Op
	resolved           map[*stablehlo.Value]*stablehlo.Value
	pending            bool // the current op used a forward reference
	hashDefs, bangDefs map[string]*aliasDef
	curFunc            string // the function being read, for error messages
	usePos             map[*stablehlo.Value]int
}

// scope holds the value names of one region. Forward references (graph regions)
// get placeholder values, patched when the name is defined.
type scope struct {
	parent   *scope
	names    map[string][]*stablehlo.Value
	fwd      map[string][]fwdRef // by value name (without #N)
	blocks   map[string]*stablehlo.Block
	defined  map[*stablehlo.Block]bool
	isolated bool
}

func parseChunk(src []byte, filename string, lineBase int) (m *stablehlo.Module, err error) {
	// The alias, resource and forward-reference maps are made on first write:
	// most programs have none.
	p := &parser{src: src, filename: filename, lineBase: lineBase}
	defer func() {
		if r := recover(); r != nil {
			m = nil
			if pe, ok := r.(parseError); ok {
				err = pe.err
				return
			}
			line, col := p.lineCol(p.pos)
			err = fmt.Errorf("%s:%d:%d: internal parser error: %v", filename, line, col, r)
		}
	}()
	m = p.parseFile()
	stablehlo.Canonicalize(m)
	return m, nil
}

// parseFile reads the top level: aliases, resources, one module or bare ops.
func (p *parser) parseFile() *stablehlo.Module {
	p.prescan()
	var mod *stablehlo.Module
	implicit := &stablehlo.Module{Loc: stablehlo.UnknownLoc{}}
	p.scope = &scope{isolated: true}
	for !p.atEOF() {
		switch {
		case p.hasPrefix("{-#"):
			p.skipResources()
		case p.peek() == '#' || p.peek() == '!':
			p.topLevelAlias()
		case p.tryKeyword("module"):
			if mod != nil || len(implicit.Ops) > 0 {
				p.errf("only one top-level module (or only bare ops) per input")
			}
			mod = p.parseModule()
		case p.tryKeyword("builtin.module"):
			if mod != nil || len(implicit.Ops) > 0 {
				p.errf("only one top-level module (or only bare ops) per input")
			}
			mod = p.parseModule()
		default:
			if mod != nil {
				p.errf("op after the module")
			}
			op := p.parseOp()
			implicit.Ops = append(implicit.Ops, op)
		}
	}
	p.closeScope()
	p.patchForward()
	if mod == nil {
		mod = implicit
		// The generic form "builtin.module"() ({...}) : () -> () is the module itself.
		if len(implicit.Ops) == 1 && implicit.Ops[0].Name == "builtin.module" {
			mod = moduleFromOp(p, implicit.Ops[0])
		}
	}
	return mod
}

func moduleFromOp(p *parser, op *stablehlo.Op) *stablehlo.Module {
	m := &stablehlo.Module{Loc: op.Loc}
	for _, a := range op.Attrs {
		if s, ok := a.Value.(stablehlo.StringAttr); ok && a.Name == "sym_name" {
			m.Name = s.Value
			continue
		}
		m.Attrs = append(m.Attrs, a)
	}
	if len(op.Regions) != 1 || len(op.Regions[0].Blocks) > 1 || len(op.Operands) > 0 || len(op.Results) > 0 {
		p.errAt(0, "builtin.module must have one region of one block, no operands and no results")
	}
	if b := op.Body(); b != nil {
		m.Ops = b.Ops
	}
	return m
}

// prescan indexes the top-level alias definitions (lines starting with '#' or
// '!') and reads the resource section first: MLIR prints location aliases
// after the module that uses them. Definitions are parsed on first use
// (resolveAlias), so their order does not matter and each is read once.
func (p *parser) prescan() {
	for i := 0; i < len(p.src); {
		c := p.src[i]
		if c == '#' || c == '!' {
			p.pos = i + 1
			name := p.suffixID()
			if name != "" && p.peek() == '=' {
				defs := &p.hashDefs
				if c == '!' {
					defs = &p.bangDefs
				}
				if *defs == nil {
					*defs = map[string]*aliasDef{}
				}
				if _, dup := (*defs)[name]; dup {
					p.errAt(i, "redefinition of alias %c%s", c, name)
				}
				(*defs)[name] = &aliasDef{pos: i}
			}
		} else if c == '{' && i+2 < len(p.src) && p.src[i+1] == '-' && p.src[i+2] == '#' {
			p.pos = i
			p.parseResources()
		}
		j := bytes.IndexByte(p.src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	// Read the definitions in file order: MLIR prints an alias after those it
	// uses, so this resolves each without nesting (long location chains).
	for _, bang := range []bool{true, false} {
		defs := p.hashDefs
		if bang {
			defs = p.bangDefs
		}
		order := make([]string, 0, len(defs))
		for name := range defs {
			order = append(order, name)
		}
		sort.Slice(order, func(a, b int) bool { return defs[order[a]].pos < defs[order[b]].pos })
		for _, name := range order {
			p.depth = 0
			p.resolveAlias(bang, name)
		}
	}
	p.pos, p.depth, p.curOp = 0, 0, ""
}

// aliasDef is a top-level alias definition found by prescan.
type aliasDef struct {
	pos, end   int
	done, busy bool
}

// resolveAlias parses the definition of alias #name (or !name) on first use;
// false when there is none.
func (p *parser) resolveAlias(bang bool, name string) bool {
	defs := p.hashDefs
	if bang {
		defs = p.bangDefs
	}
	d := defs[name]
	if d == nil {
		return false
	}
	if d.done {
		return true
	}
	if d.busy {
		p.errAt(d.pos, "alias definition refers to itself")
	}
	d.busy = true
	savePos, saveOp := p.pos, p.curOp
	p.pos, p.curOp = d.pos, ""
	p.parseAliasDef()
	d.end, d.done, d.busy = p.pos, true, false
	p.pos, p.curOp = savePos, saveOp
	return true
}

// topLevelAlias handles an alias definition met by the main pass: parsed
// already (on first use) → skipped, otherwise parsed now.
func (p *parser) topLevelAlias() {
	p.ws()
	start := p.pos
	bang := p.src[p.pos] == '!'
	p.pos++
	name := p.suffixID()
	defs := p.hashDefs
	if bang {
		defs = p.bangDefs
	}
	if d := defs[name]; d != nil && d.pos == start {
		p.resolveAlias(bang, name)
		p.pos = d.end
		return
	}
	p.pos = start
	p.parseAliasDef()
}

// parseAliasDef reads #name = attr | loc(...) or !name = type and records it.
func (p *parser) parseAliasDef() {
	p.ws()
	start := p.pos
	bang := p.src[p.pos] == '!'
	p.pos++
	name := p.suffixID()
	if name == "" {
		p.errAt(start, "expected alias name")
	}
	p.expectByte('=', "in alias definition")
	if bang {
		t := p.parseType()
		if p.typeAliases == nil {
			p.typeAliases = map[string]stablehlo.Type{}
		}
		p.typeAliases[name] = t
		return
	}
	if p.hasPrefix("loc(") {
		l := p.parseLoc()
		if p.locAliases == nil {
			p.locAliases = map[string]stablehlo.Location{}
		}
		p.locAliases[name] = l
		return
	}
	a := p.parseAttr(true)
	if p.attrAliases == nil {
		p.attrAliases = map[string]stablehlo.Attribute{}
	}
	p.attrAliases[name] = a
}

// parseResources reads {-# dialect_resources: { builtin: { name: "0x..." } } #-}.
func (p *parser) parseResources() {
	if p.resources == nil {
		p.resources = map[string][]byte{}
	}
	p.expectStr("{-#", "")
	for !p.tryStr("#-}") {
		p.expectIdent("resource section name")
		p.expectByte(':', "after resource section name")
		p.expectByte('{', "opening resource section")
		for !p.tryByte('}') {
			p.expectIdent("resource dialect name")
			p.expectByte(':', "after resource dialect")
			p.expectByte('{', "opening resource group")
			for !p.tryByte('}') {
				var key string
				if p.peek() == '"' {
					key = p.stringLit()
				} else {
					key = p.suffixID()
				}
				p.expectByte(':', "after resource name")
				if p.peek() == '"' {
					v := p.stringLit()
					if strings.HasPrefix(v, "0x") {
						raw, err := hex.DecodeString(v[2:])
						if err == nil && len(raw) >= 4 && p.resources != nil {
							p.resources[key] = raw[4:] // drop the alignment word
						}
					}
				} else {
					p.parseAttr(true)
				}
				p.tryByte(',')
			}
			p.tryByte(',')
		}
		p.tryByte(',')
		if p.atEOF() {
			p.errf("unterminated resource section")
		}
	}
}

// skipResources steps over a resource section already read by prescan.
func (p *parser) skipResources() {
	save := p.resources
	p.resources = map[string][]byte{}
	p.parseResources()
	p.resources = save
}

// parseModule reads the rest of: module [@name] [attributes {...}] { ops } [loc].
func (p *parser) parseModule() *stablehlo.Module {
	m := &stablehlo.Module{Loc: stablehlo.UnknownLoc{}}
	if p.peek() == '@' {
		m.Name = p.symbolName()
	}
	if p.tryKeyword("attributes") {
		m.Attrs = p.parseAttrDict()
		stablehlo.SortAttrs(m.Attrs)
	}
	p.expectByte('{', "opening module body")
	p.openScope(true)
	for !p.tryByte('}') {
		if p.atEOF() {
			p.errf("unterminated module body")
		}
		m.Ops = append(m.Ops, p.parseOp())
	}
	p.closeScope()
	if l := p.optLoc(); l != nil {
		m.Loc = l
	}
	return m
}

func (p *parser) openScope(isolated bool) {
	p.scope = &scope{parent: p.scope, isolated: isolated}
}

// closeScope pops the innermost scope; its unresolved forward references move
// to the parent unless the scope is isolated (then they are errors).
func (p *parser) closeScope() {
	s := p.scope
	p.scope = s.parent
	for name, blk := range s.blocks {
		if !s.defined[blk] {
			p.errf("reference to undefined block ^%s", name)
		}
	}
	if len(s.fwd) == 0 {
		return
	}
	if s.isolated || s.parent == nil {
		var first *stablehlo.Value
		firstPos := -1
		for _, refs := range s.fwd {
			for _, r := range refs {
				if pos := p.usePos[r.ph]; firstPos < 0 || pos < firstPos {
					first, firstPos = r.ph, pos
				}
			}
		}
		p.errAt(firstPos, "use of undefined value %%%s", first.Name)
	}
	if s.parent.fwd == nil {
		s.parent.fwd = map[string][]fwdRef{}
	}
	for name, refs := range s.fwd {
		s.parent.fwd[name] = append(s.parent.fwd[name], refs...)
	}
}

// fwdRef is a use of a value before its definition: a placeholder for result idx.
type fwdRef struct {
	idx int
	ph  *stablehlo.Value
}

// define binds a result group or block argument name in the current scope.
func (p *parser) define(name string, vals []*stablehlo.Value, pos int) {
	s := p.scope
	if _, dup := s.names[name]; dup {
		p.errAt(pos, "redefinition of %%%s", name)
	}
	if s.names == nil {
		s.names = map[string][]*stablehlo.Value{}
	}
	s.names[name] = vals
	refs, ok := s.fwd[name]
	if !ok {
		return
	}
	if p.resolved == nil {
		p.resolved = map[*stablehlo.Value]*stablehlo.Value{}
	}
	for _, r := range refs {
		if r.idx >= len(vals) {
			p.errAt(pos, "%%%s has %d results, %%%s used", name, len(vals), r.ph.Name)
		}
		p.resolved[r.ph] = vals[r.idx]
	}
	delete(s.fwd, name)
}

// valueUse reads %name or %name#N and returns its value (a placeholder for a
// forward reference).
func (p *parser) valueUse() *stablehlo.Value {
	p.ws()
	start := p.pos
	if p.pos >= len(p.src) || p.src[p.pos] != '%' {
		p.errf("expected SSA value, found %s", p.near())
	}
	p.pos++
	nameStart := p.pos
	p.suffixIDSkip()
	nameBytes := p.src[nameStart:p.pos]
	if len(nameBytes) == 0 {
		p.errAt(start, "expected value name after '%%'")
	}
	idx, idxText := 0, ""
	if p.pos+1 < len(p.src) && p.src[p.pos] == '#' && isDigit(p.src[p.pos+1]) {
		p.pos++
		s := p.pos
		for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
			p.pos++
		}
		n, err := strconv.Atoi(string(p.src[s:p.pos]))
		if err != nil {
			p.errAt(s, "bad result number")
		}
		idx, idxText = n, string(p.src[s:p.pos])
	}
	// Look the name up without allocating; only a forward reference needs a string.
	for s := p.scope; s != nil; s = s.parent {
		if vs, ok := s.names[string(nameBytes)]; ok {
			if idx >= len(vs) {
				p.errAt(start, "%%%s has only %d results", nameBytes, len(vs))
			}
			return vs[idx]
		}
		if s.isolated {
			break
		}
	}
	key := string(nameBytes)
	if idxText != "" {
		key += "#" + idxText
	}
	ph := &stablehlo.Value{Name: key, Index: -1}
	if p.usePos == nil {
		p.usePos = map[*stablehlo.Value]int{}
	}
	p.usePos[ph] = start
	if p.scope.fwd == nil {
		p.scope.fwd = map[string][]fwdRef{}
	}
	base := string(nameBytes)
	p.scope.fwd[base] = append(p.scope.fwd[base], fwdRef{idx, ph})
	p.pending = true
	return ph
}

// patchForward replaces placeholder operands by the values defined later.
func (p *parser) patchForward() {
	for _, op := range p.fwdOps {
		for i, v := range op.Operands {
			if r, ok := p.resolved[v]; ok {
				for {
					r2, ok := p.resolved[r]
					if !ok {
						break
					}
					r = r2
				}
				op.Operands[i] = r
			}
		}
	}
}

// ---- locations ----

// optLoc reads a trailing loc(...) if present.
func (p *parser) optLoc() stablehlo.Location {
	if p.hasPrefix("loc(") {
		return p.parseLoc()
	}
	return nil
}

func (p *parser) parseLoc() stablehlo.Location {
	p.expectStr("loc(", "")
	l := p.locInner()
	p.expectByte(')', "closing loc(")
	return l
}

func (p *parser) locInner() stablehlo.Location {
	p.enter()
	defer p.leave()
	start := p.pos
	switch p.peek() {
	case '#':
		p.pos++
		name := p.suffixID()
		l, ok := p.locAliases[name]
		if !ok && p.resolveAlias(false, name) {
			l, ok = p.locAliases[name]
		}
		if !ok {
			p.errAt(start, "undefined location alias #%s", name)
		}
		return l
	case '"':
		s := p.stringLit()
		if p.pos < len(p.src) && p.src[p.pos] == ':' {
			p.pos++
			f := &stablehlo.FileLineColLoc{File: s}
			f.Line = int(p.int64Lit())
			if p.tryByte(':') {
				f.Col = int(p.int64Lit())
			}
			if p.tryKeyword("to") {
				if p.tryByte(':') {
					f.EndLine, f.EndCol = f.Line, int(p.int64Lit())
				} else {
					f.EndLine = int(p.int64Lit())
					p.expectByte(':', "in location range")
					f.EndCol = int(p.int64Lit())
				}
			}
			return f
		}
		n := &stablehlo.NameLoc{Name: s}
		if p.tryByte('(') {
			n.Child = p.locInner()
			p.expectByte(')', "closing name location")
		}
		return n
	}
	switch p.bareIdent() {
	case "unknown":
		return stablehlo.UnknownLoc{}
	case "callsite":
		p.expectByte('(', "after callsite")
		c := &stablehlo.CallSiteLoc{Callee: p.locInner()}
		p.expectKeyword("at")
		c.Caller = p.locInner()
		p.expectByte(')', "closing callsite")
		return c
	case "fused":
		f := &stablehlo.FusedLoc{}
		if p.tryByte('<') {
			f.Metadata = p.parseAttr(true)
			p.expectByte('>', "closing fused metadata")
		}
		p.expectByte('[', "after fused")
		if !p.tryByte(']') {
			for {
				f.Locs = append(f.Locs, p.locInner())
				if p.tryByte(']') {
					break
				}
				p.expectByte(',', "in fused location")
			}
		}
		return f
	}
	p.errAt(start, "bad location")
	return nil
}

// ---- ops ----

type resGroup struct {
	name  string
	count int
	pos   int
}

// opState collects what an op parser found.
type opState struct {
	name       string
	pos        int
	operands   []*stablehlo.Value
	attrs      []stablehlo.NamedAttr
	regions    []*stablehlo.Region
	successors []*stablehlo.Block
	results    []stablehlo.Type
	nres       int // number of results the left-hand side binds
	// Synthesized ops and block arguments (the compact reduce body) take the
	// op's own location, as MLIR's parser gives them.
	locOps  []*stablehlo.Op
	locArgs []*stablehlo.Value
}

func (st *opState) set(name string, v stablehlo.Attribute) {
	for i := range st.attrs {
		if st.attrs[i].Name == name {
			st.attrs[i].Value = v
			return
		}
	}
	st.attrs = append(st.attrs, stablehlo.NamedAttr{Name: name, Value: v})
}

// parseOp reads one operation with its result names and trailing location.
func (p *parser) parseOp() *stablehlo.Op {
	p.enter()
	defer p.leave()
	p.ws()
	start := p.pos
	var groups []resGroup
	nres := 0
	if p.peek() == '%' {
		for {
			p.ws()
			gp := p.pos
			if p.pos >= len(p.src) || p.src[p.pos] != '%' {
				p.errf("expected result name, found %s", p.near())
			}
			p.pos++
			name := p.suffixID()
			if name == "" {
				p.errAt(gp, "expected result name")
			}
			n := 1
			if p.pos < len(p.src) && p.src[p.pos] == ':' && p.pos+1 < len(p.src) && isDigit(p.src[p.pos+1]) {
				p.pos++
				c := p.int64Lit()
				if c < 1 || c > 1<<20 {
					p.errAt(gp, "bad result count %d", c)
				}
				n = int(c)
			}
			groups = append(groups, resGroup{name, n, gp})
			nres += n
			if !p.tryByte(',') {
				break
			}
		}
		p.expectByte('=', "after result names")
	}
	outer := p.curOp
	outerPending := p.pending
	p.pending = false
	st := &opState{pos: start, nres: nres}
	p.ws()
	namePos := p.pos
	if p.peek() == '"' {
		st.name = p.stringLit()
		p.curOp = st.name
		p.parseGenericBody(st)
	} else {
		id := p.bareIdent()
		if id == "" {
			p.errf("expected operation, found %s", p.near())
		}
		if !strings.Contains(id, ".") {
			switch id {
			case "return", "call", "call_indirect", "constant":
				id = "func." + id
			default:
				p.errAt(namePos, "unknown operation %q (no dialect prefix)", id)
			}
		}
		st.name = id
		p.curOp = id
		if h, ok := prettyOps[id]; ok {
			h(p, st)
		} else {
			p.parseDefaultPretty(st)
		}
	}
	op := stablehlo.NewOp(st.name, st.operands, st.results)
	if op.Operands == nil {
		op.Operands = []*stablehlo.Value{}
	}
	op.Attrs = st.attrs
	if strings.HasPrefix(st.name, "arith.") {
		// MLIR materializes arith's default fastmath flags in the generic form;
		// defaults are absent in the canonical IR.
		for i, a := range op.Attrs {
			if o, ok := a.Value.(stablehlo.OpaqueAttr); ok && a.Name == "fastmath" && o.Text == "#arith.fastmath<none>" {
				op.Attrs = append(op.Attrs[:i], op.Attrs[i+1:]...)
				break
			}
		}
	}
	sortAttrs(op.Attrs)
	for i := 1; i < len(op.Attrs); i++ {
		if op.Attrs[i].Name == op.Attrs[i-1].Name {
			p.errAt(start, "attribute %q given twice", op.Attrs[i].Name)
		}
	}
	op.Regions = st.regions
	op.Successors = st.successors
	op.Loc = stablehlo.UnknownLoc{}
	if l := p.optLoc(); l != nil {
		op.Loc = l
	}
	for _, o := range st.locOps {
		o.Loc = op.Loc
	}
	for _, a := range st.locArgs {
		a.Loc = op.Loc
	}
	if p.pending {
		p.fwdOps = append(p.fwdOps, op)
	}
	p.pending = outerPending
	p.curOp = outer
	if groups != nil {
		if nres != len(op.Results) {
			p.errAt(start, "%s has %d results but %d names are bound", st.name, len(op.Results), nres)
		}
		i := 0
		for _, g := range groups {
			vals := op.Results[i : i+g.count]
			for k, v := range vals {
				v.Name = g.name
				if g.count > 1 {
					v.Name = g.name + "#" + strconv.Itoa(k)
				}
			}
			p.define(g.name, vals, g.pos)
			i += g.count
		}
	}
	return op
}

// parseGenericBody reads the generic form after the quoted name:
// (operands) [successors] [<{props}>] [(regions)] [{attrs}] : (T...) -> (R...).
func (p *parser) parseGenericBody(st *opState) {
	p.expectByte('(', "opening operand list")
	if !p.tryByte(')') {
		for {
			st.operands = append(st.operands, p.valueUse())
			if p.tryByte(')') {
				break
			}
			p.expectByte(',', "in operand list")
		}
	}
	if p.tryByte('[') {
		for {
			st.successors = append(st.successors, p.successor())
			if p.tryByte(']') {
				break
			}
			p.expectByte(',', "in successor list")
		}
	}
	if p.tryStr("<{") {
		p.pos -= 1 // reuse the dictionary reader on "{...}"
		st.attrs = append(st.attrs, p.parseAttrDict()...)
		p.expectByte('>', "closing properties")
	}
	if p.peek() == '(' {
		p.pos++
		for {
			st.regions = append(st.regions, p.parseRegion(nil, st.name == "func.func"))
			if p.tryByte(')') {
				break
			}
			p.expectByte(',', "in region list")
		}
	}
	if p.peek() == '{' {
		st.attrs = append(st.attrs, p.parseAttrDict()...)
	}
	p.expectByte(':', "before the op's function type")
	ft := p.parseFunctionType()
	if len(ft.Inputs) != len(st.operands) {
		p.errf("%s has %d operands but its type lists %d", st.name, len(st.operands), len(ft.Inputs))
	}
	p.typePlaceholders(st.operands, ft.Inputs)
	st.results = ft.Results
}

// typePlaceholders gives forward-referenced operands their type from the op's
// signature (they are replaced later; the type helps error messages).
func (p *parser) typePlaceholders(vs []*stablehlo.Value, ts []stablehlo.Type) {
	for i, v := range vs {
		if v.Index == -1 && v.Owner == nil && i < len(ts) && v.Type == nil {
			v.Type = ts[i]
		}
	}
}

// successor reads ^bb or ^bb(%a : T, ...) (operands are dropped: StableHLO has no
// branches; the block reference is kept).
func (p *parser) successor() *stablehlo.Block {
	p.ws()
	if p.pos >= len(p.src) || p.src[p.pos] != '^' {
		p.errf("expected block reference, found %s", p.near())
	}
	p.pos++
	name := p.suffixID()
	b := p.blockRef(name)
	if p.tryByte('(') {
		if !p.tryByte(')') {
			for {
				p.valueUse()
				if p.tryByte(':') {
					p.parseType()
				}
				if p.tryByte(')') {
					break
				}
				p.expectByte(',', "in successor operands")
			}
		}
	}
	return b
}

func (p *parser) blockRef(name string) *stablehlo.Block {
	s := p.scope
	if s.blocks == nil {
		s.blocks = map[string]*stablehlo.Block{}
		s.defined = map[*stablehlo.Block]bool{}
	}
	b, ok := s.blocks[name]
	if !ok {
		b = &stablehlo.Block{}
		s.blocks[name] = b
	}
	return b
}

// argDef is an entry block argument supplied by the op syntax (function
// arguments, while iteration arguments, reducer arguments).
type argDef struct {
	name string
	v    *stablehlo.Value
	pos  int
}

// parseRegion reads { [^bb(args):] ops ... }. entry, when non-nil, are the entry
// block's arguments given by the op's own syntax.
func (p *parser) parseRegion(entry []argDef, isolated bool) *stablehlo.Region {
	p.enter()
	defer p.leave()
	p.expectByte('{', "opening region")
	p.openScope(isolated)
	r := &stablehlo.Region{}
	var cur *stablehlo.Block
	if entry != nil {
		cur = &stablehlo.Block{Args: make([]*stablehlo.Value, len(entry))}
		for i, a := range entry {
			a.v.Index = i
			cur.Args[i] = a.v
			p.define(a.name, []*stablehlo.Value{a.v}, a.pos)
		}
		r.Blocks = append(r.Blocks, cur)
	}
	for {
		if p.tryByte('}') {
			break
		}
		if p.atEOF() {
			p.errf("unterminated region")
		}
		if p.peek() == '^' {
			if entry != nil && len(r.Blocks) == 1 && len(cur.Ops) == 0 {
				p.errf("entry block arguments were already defined by the op")
			}
			cur = p.parseBlockHeader()
			r.Blocks = append(r.Blocks, cur)
			continue
		}
		if cur == nil {
			cur = &stablehlo.Block{}
			r.Blocks = append(r.Blocks, cur)
		}
		cur.Ops = append(cur.Ops, p.parseOp())
	}
	p.closeScope()
	return r
}

// parseBlockHeader reads ^name[(%a: T [loc], ...)]:.
func (p *parser) parseBlockHeader() *stablehlo.Block {
	start := p.pos
	p.pos++ // '^'
	name := p.suffixID()
	if name == "" {
		p.errAt(start, "expected block name")
	}
	b := p.blockRef(name)
	if p.scope.defined[b] {
		p.errAt(start, "redefinition of block ^%s", name)
	}
	p.scope.defined[b] = true
	if p.tryByte('(') {
		if !p.tryByte(')') {
			for {
				p.ws()
				apos := p.pos
				an := p.argName()
				p.expectByte(':', "after block argument name")
				v := &stablehlo.Value{Type: p.parseType(), Index: len(b.Args), Name: an, Loc: stablehlo.UnknownLoc{}}
				if l := p.optLoc(); l != nil {
					v.Loc = l
				}
				b.Args = append(b.Args, v)
				p.define(an, []*stablehlo.Value{v}, apos)
				if p.tryByte(')') {
					break
				}
				p.expectByte(',', "in block arguments")
			}
		}
	}
	p.expectByte(':', "after block header")
	return b
}

// argName reads %name (a definition).
func (p *parser) argName() string {
	p.ws()
	if p.pos >= len(p.src) || p.src[p.pos] != '%' {
		p.errf("expected argument name, found %s", p.near())
	}
	p.pos++
	n := p.suffixID()
	if n == "" {
		p.errf("expected argument name")
	}
	return n
}

// sortAttrs sorts a short attribute list by name (a stable insertion sort:
// op attribute lists are tiny, and sort.SliceStable's reflection costs more).
func sortAttrs(a []stablehlo.NamedAttr) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].Name < a[j-1].Name; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
