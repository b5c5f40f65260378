package mlirtext

import (
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// atType tells whether a type starts at the current position.
func (p *parser) atType() bool {
	c := p.peek()
	if c == '!' || c == '(' {
		return true
	}
	id := p.peekIdent()
	if id == "" {
		return false
	}
	switch id {
	case "tensor", "tuple", "complex", "none", "index", "vector", "memref", "f80", "f128":
		return true
	}
	if _, ok := tensor.ParseDType(id); ok {
		return true
	}
	return isIntTypeName(id)
}

func isIntTypeName(id string) bool {
	s := id
	switch {
	case strings.HasPrefix(s, "si"), strings.HasPrefix(s, "ui"):
		s = s[2:]
	case strings.HasPrefix(s, "i"):
		s = s[1:]
	default:
		return false
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// parseType reads one type.
func (p *parser) parseType() stablehlo.Type {
	p.enter()
	defer p.leave()
	p.ws()
	start := p.pos
	switch p.peek() {
	case '!':
		return p.parseBangType()
	case '(':
		return p.parseFunctionType()
	}
	if end := p.tensorTypeEnd(); end > 0 {
		// Tensor types repeat a lot; equal text gives one shared value (the
		// bytecode reader shares its types the same way).
		if t, ok := p.typeCache[string(p.src[start:end])]; ok {
			p.pos = end
			return t
		}
		p.bareIdent()
		t := p.parseTensorType(start)
		if p.pos == end {
			if p.typeCache == nil {
				p.typeCache = map[string]stablehlo.Type{}
			}
			p.typeCache[string(p.src[start:end])] = t
		}
		return t
	}
	id := p.bareIdent()
	switch id {
	case "":
		p.errf("expected type, found %s", p.near())
	case "tensor":
		return p.parseTensorType(start)
	case "tuple":
		p.expectByte('<', "after tuple")
		var elems []stablehlo.Type
		if !p.tryByte('>') {
			for {
				elems = append(elems, p.parseType())
				if p.tryByte('>') {
					break
				}
				p.expectByte(',', "in tuple type")
			}
		}
		return &stablehlo.TupleType{Elems: elems}
	case "complex":
		p.expectByte('<', "after complex")
		inner := p.parseType()
		p.expectByte('>', "closing complex")
		if s, ok := inner.(stablehlo.ScalarType); ok {
			switch s.DType {
			case tensor.F32:
				return stablehlo.Scalar(tensor.C64)
			case tensor.F64:
				return stablehlo.Scalar(tensor.C128)
			}
		}
		return stablehlo.OpaqueType{Text: "complex<" + inner.String() + ">"}
	case "none":
		return stablehlo.NoneType{}
	case "f80", "f128":
		// Builtin float types StableHLO has no DType for.
		return stablehlo.OpaqueType{Text: id}
	case "vector", "memref":
		if p.peek() != '<' {
			p.errf("expected '<' after %s", id)
		}
		return stablehlo.OpaqueType{Text: id + normalizeBody(p.balanced())}
	}
	if d, ok := tensor.ParseDType(id); ok {
		return stablehlo.Scalar(d)
	}
	if isIntTypeName(id) {
		// Integer widths StableHLO has no DType for (i3, si8, ...) stay opaque.
		return stablehlo.OpaqueType{Text: id}
	}
	p.errAt(start, "unknown type %q", id)
	return nil
}

// tensorTypeEnd returns the end of a one-line "tensor<...>" type text starting
// here (brackets balanced, no strings), or 0.
func (p *parser) tensorTypeEnd() int {
	const prefix = "tensor<"
	i := p.pos
	if i+len(prefix) > len(p.src) || string(p.src[i:i+len(prefix)]) != prefix {
		return 0
	}
	depth := 0
	for j := i + len(prefix) - 1; j < len(p.src); j++ {
		switch p.src[j] {
		case '<':
			depth++
		case '>':
			if p.src[j-1] == '-' {
				continue
			}
			depth--
			if depth == 0 {
				return j + 1
			}
		case '"', '\n', '/':
			return 0
		}
	}
	return 0
}

// parseFunctionType reads (T, ...) -> R or (T, ...) -> (R, ...).
func (p *parser) parseFunctionType() *stablehlo.FunctionType {
	ins := p.parseTypeListParens()
	p.expectStr("->", "in function type")
	var outs []stablehlo.Type
	if p.peek() == '(' {
		save := p.pos
		list := p.parseTypeListParens()
		if p.hasPrefix("->") {
			// The result is itself a function type: (A) -> ((B) -> C) is printed
			// parenthesised, but accept (A) -> (B) -> C as well.
			p.pos = save
			outs = []stablehlo.Type{p.parseFunctionType()}
		} else {
			outs = list
		}
	} else {
		outs = []stablehlo.Type{p.parseType()}
	}
	return &stablehlo.FunctionType{Inputs: ins, Results: outs}
}

func (p *parser) parseTypeListParens() []stablehlo.Type {
	p.expectByte('(', "opening type list")
	out := []stablehlo.Type{}
	if p.tryByte(')') {
		return out
	}
	for {
		out = append(out, p.parseType())
		if p.tryByte(')') {
			return out
		}
		p.expectByte(',', "in type list")
	}
}

func (p *parser) parseTensorType(start int) stablehlo.Type {
	p.expectByte('<', "after tensor")
	if p.tryByte('*') {
		p.expectByte('x', "after '*' in unranked tensor")
		elem := p.parseType()
		p.expectByte('>', "closing tensor type")
		return stablehlo.UnrankedTensorType{Elem: elem}
	}
	shape := []int64{}
	for {
		p.ws()
		c := p.peek()
		if c == '?' {
			p.pos++
			shape = append(shape, tensor.Dynamic)
		} else if isDigit(c) {
			s := p.pos
			for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
				p.pos++
			}
			v, err := strconv.ParseInt(string(p.src[s:p.pos]), 10, 64)
			if err != nil {
				p.errAt(s, "bad dimension")
			}
			shape = append(shape, v)
		} else {
			break
		}
		if p.pos >= len(p.src) || p.src[p.pos] != 'x' {
			p.errf("expected 'x' after dimension, found %s", p.near())
		}
		p.pos++
	}
	elem := p.parseType()
	t := &stablehlo.TensorType{Shape: shape, Elem: elem}
	if p.tryByte(',') {
		enc := p.parseAttr(false)
		t.Encoding = enc
	}
	p.expectByte('>', "closing tensor type")
	return t
}

// parseBangType reads !alias, !stablehlo.token, !quant.uniform<...> or another
// dialect type (kept opaque).
func (p *parser) parseBangType() stablehlo.Type {
	start := p.pos
	p.pos++ // '!'
	name := p.suffixID()
	if name == "" {
		p.errAt(start, "expected type name after '!'")
	}
	if !strings.Contains(name, ".") && (p.pos >= len(p.src) || p.src[p.pos] != '<') {
		t, ok := p.typeAliases[name]
		if !ok && p.resolveAlias(true, name) {
			t, ok = p.typeAliases[name]
		}
		if !ok {
			p.errAt(start, "undefined type alias !%s", name)
		}
		return t
	}
	switch name {
	case "stablehlo.token":
		return stablehlo.TokenType{}
	case "quant.uniform":
		return p.parseQuant(start)
	}
	text := "!" + name
	if p.pos < len(p.src) && p.src[p.pos] == '<' {
		text += normalizeBody(p.balanced())
	}
	return stablehlo.OpaqueType{Text: text}
}

// normalizeBody gives multi-line text of an opaque dialect type or attribute
// the one-line spacing MLIR prints: a line break and its indentation vanish
// after an opening or before a closing '<', '[', '(' and become one space
// elsewhere (after '{', before '}', after ','). Single-line text is kept as
// written.
func normalizeBody(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	var b []byte
	inStr := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			b = append(b, c)
			if c == '\\' && i+1 < len(s) {
				i++
				b = append(b, s[i])
			} else if c == '"' {
				inStr = false
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			run := s[i:j]
			i = j - 1
			if !strings.ContainsAny(run, "\n\r") {
				b = append(b, run...)
				continue
			}
			var prev, next byte
			if len(b) > 0 {
				prev = b[len(b)-1]
			}
			if j < len(s) {
				next = s[j]
			}
			if prev == 0 || next == 0 || strings.IndexByte("<[(", prev) >= 0 || strings.IndexByte(">])", next) >= 0 {
				continue
			}
			if prev != ' ' {
				b = append(b, ' ')
			}
			continue
		}
		if c == '"' {
			inStr = true
		}
		b = append(b, c)
	}
	return string(b)
}

// parseQuant reads the body of !quant.uniform<storage[<min:max>]:expressed[:axis], scale[:zp] | {scale[:zp], ...}>.
func (p *parser) parseQuant(start int) stablehlo.Type {
	p.expectByte('<', "after !quant.uniform")
	q := &stablehlo.QuantType{Axis: -1}
	st := p.expectIdent("quant storage type")
	bits := 0
	switch {
	case strings.HasPrefix(st, "i"):
		q.StorageSigned = true
		bits, _ = strconv.Atoi(st[1:])
	case strings.HasPrefix(st, "ui"):
		bits, _ = strconv.Atoi(st[2:])
	case strings.HasPrefix(st, "u"):
		bits, _ = strconv.Atoi(st[1:])
	}
	sd, ok := tensor.ParseDType("i" + strconv.Itoa(bits))
	if !ok || bits < 2 {
		p.errAt(start, "unsupported quant storage type %s", st)
	}
	q.Storage = sd
	if q.StorageSigned {
		q.StorageMin, q.StorageMax = -(int64(1) << (bits - 1)), int64(1)<<(bits-1)-1
	} else {
		q.StorageMin, q.StorageMax = 0, int64(1)<<bits-1
	}
	if p.tryByte('<') {
		mn, mx := p.int64Lit(), int64(0)
		p.expectByte(':', "in quant storage range")
		mx = p.int64Lit()
		p.expectByte('>', "closing quant storage range")
		if mn != q.StorageMin || mx != q.StorageMax {
			q.HasStorageBnds = true
		}
		q.StorageMin, q.StorageMax = mn, mx
	}
	p.expectByte(':', "after quant storage type")
	et := p.parseType()
	if s, ok := et.(stablehlo.ScalarType); ok && s.DType.IsFloat() {
		q.Expressed = s.DType
	} else {
		p.errAt(start, "quant expressed type must be a float type, got %s", et)
	}
	if p.tryByte(':') {
		q.Axis = int32(p.int64Lit())
		p.expectByte(',', "after quant axis")
		p.expectByte('{', "opening per-axis scales")
		for {
			s, z := p.quantScale()
			q.Scales = append(q.Scales, s)
			q.ZeroPoints = append(q.ZeroPoints, z)
			if p.tryByte('}') {
				break
			}
			p.expectByte(',', "in per-axis scales")
		}
	} else {
		p.expectByte(',', "after quant expressed type")
		s, z := p.quantScale()
		q.Scales = []float64{s}
		q.ZeroPoints = []int64{z}
	}
	p.expectByte('>', "closing !quant.uniform")
	return q
}

func (p *parser) quantScale() (float64, int64) {
	start := p.pos
	text, _, isH := p.number()
	var s float64
	if isH {
		v, ok := parseIntText(text, true)
		if !ok {
			p.errAt(start, "bad scale")
		}
		s = tensor.FloatFromBits(tensor.F64, uint64(v))
	} else {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			p.errAt(start, "bad scale %s", text)
		}
		s = f
	}
	var z int64
	if p.tryByte(':') {
		z = p.int64Lit()
	}
	return s, z
}
