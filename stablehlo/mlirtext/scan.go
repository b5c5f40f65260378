package mlirtext

import (
	"fmt"
	"strconv"
)

// The parser works directly on bytes (no separate token stream): MLIR's grammar
// is context dependent (tensor<2x3xf32> dimension lists, dialect attribute bodies
// kept as text), so a character-level recursive descent is the simplest fit.

// parseError is raised (via panic) inside the parser and turned into an error by
// Parse; it never escapes the package.
type parseError struct{ err error }

// maxDepth bounds recursion (nested regions, attributes, types) so hostile input
// cannot exhaust the stack.
const maxDepth = 200

func (p *parser) lineCol(pos int) (int, int) {
	if pos > len(p.src) {
		pos = len(p.src)
	}
	line, col := 1, 1
	for i := 0; i < pos; i++ {
		if p.src[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line + p.lineBase, col
}

func (p *parser) errAt(pos int, format string, args ...any) {
	line, col := p.lineCol(pos)
	msg := fmt.Sprintf(format, args...)
	switch {
	case p.curOp != "" && p.curFunc != "" && p.curOp != "func.func":
		msg += " (in " + p.curOp + " in @" + p.curFunc + ")"
	case p.curOp == "func.func" && p.curFunc != "":
		msg += " (in func.func @" + p.curFunc + ")"
	case p.curOp != "":
		msg += " (in " + p.curOp + ")"
	}
	panic(parseError{fmt.Errorf("%s:%d:%d: %s", p.filename, line, col, msg)})
}

func (p *parser) errf(format string, args ...any) { p.errAt(p.pos, format, args...) }

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.errf("nesting deeper than %d", maxDepth)
	}
}

func (p *parser) leave() { p.depth-- }

// ws skips white space and // comments.
func (p *parser) ws() {
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.pos++
		case c == '/' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '/':
			for p.pos < len(p.src) && p.src[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

// peek returns the next non-space byte (0 at the end).
func (p *parser) peek() byte {
	p.ws()
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) peekAt(off int) byte {
	if p.pos+off < len(p.src) {
		return p.src[p.pos+off]
	}
	return 0
}

func (p *parser) atEOF() bool {
	p.ws()
	return p.pos >= len(p.src)
}

func (p *parser) tryByte(c byte) bool {
	if p.peek() == c && p.pos < len(p.src) {
		p.pos++
		return true
	}
	return false
}

func (p *parser) expectByte(c byte, what string) {
	if !p.tryByte(c) {
		p.errf("expected '%c' %s, found %s", c, what, p.near())
	}
}

// tryStr consumes a punctuation string such as "->" or "<{".
func (p *parser) tryStr(s string) bool {
	if p.hasPrefix(s) {
		p.pos += len(s)
		return true
	}
	return false
}

func (p *parser) hasPrefix(s string) bool {
	p.ws()
	return p.pos+len(s) <= len(p.src) && string(p.src[p.pos:p.pos+len(s)]) == s
}

func (p *parser) expectStr(s, what string) {
	if !p.tryStr(s) {
		p.errf("expected '%s' %s, found %s", s, what, p.near())
	}
}

// near describes the text at the current position for error messages.
func (p *parser) near() string {
	p.ws()
	if p.pos >= len(p.src) {
		return "end of input"
	}
	end := p.pos + 1
	for end < len(p.src) && end-p.pos < 20 && p.src[end] != '\n' && p.src[end] != ' ' {
		end++
	}
	return strconv.Quote(string(p.src[p.pos:end]))
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isHex(c byte) bool    { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isIdentChar(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '_' || c == '$' || c == '.'
}

// bareIdent reads [a-zA-Z_][a-zA-Z0-9_$.]* or returns "".
func (p *parser) bareIdent() string {
	p.ws()
	if p.pos >= len(p.src) {
		return ""
	}
	c := p.src[p.pos]
	if !isLetter(c) && c != '_' {
		return ""
	}
	start := p.pos
	for p.pos < len(p.src) && isIdentChar(p.src[p.pos]) {
		p.pos++
	}
	if s, ok := interned[string(p.src[start:p.pos])]; ok {
		return s // no allocation for op names, keywords and type names
	}
	return string(p.src[start:p.pos])
}

// peekIdent returns the bare identifier at the current position without consuming it.
func (p *parser) peekIdent() string {
	save := p.pos
	s := p.bareIdent()
	p.pos = save
	return s
}

// tryKeyword consumes the keyword kw when it stands alone (not a prefix of a longer identifier).
func (p *parser) tryKeyword(kw string) bool {
	p.ws()
	end := p.pos + len(kw)
	if end > len(p.src) || string(p.src[p.pos:end]) != kw {
		return false
	}
	if end < len(p.src) && isIdentChar(p.src[end]) {
		return false
	}
	p.pos = end
	return true
}

func (p *parser) expectKeyword(kw string) {
	if !p.tryKeyword(kw) {
		p.errf("expected '%s', found %s", kw, p.near())
	}
}

func (p *parser) expectIdent(what string) string {
	s := p.bareIdent()
	if s == "" {
		p.errf("expected %s, found %s", what, p.near())
	}
	return s
}

// suffixID reads the name after %, ^, or # (letters, digits, $ . _ -).
func (p *parser) suffixID() string {
	start := p.pos
	p.suffixIDSkip()
	return string(p.src[start:p.pos])
}

// suffixIDSkip steps over a suffix id without making a string of it.
func (p *parser) suffixIDSkip() {
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if isLetter(c) || isDigit(c) || c == '_' || c == '$' || c == '.' || c == '-' {
			p.pos++
			continue
		}
		break
	}
}

// stringLit reads a "..." literal with MLIR escapes (\\ \" \n \t \XX).
func (p *parser) stringLit() string {
	if p.peek() != '"' {
		p.errf("expected string, found %s", p.near())
	}
	start := p.pos
	p.pos++
	var b []byte
	for {
		if p.pos >= len(p.src) {
			p.errAt(start, "unterminated string")
		}
		c := p.src[p.pos]
		switch c {
		case '"':
			p.pos++
			return string(b)
		case '\n':
			p.errAt(start, "unterminated string")
		case '\\':
			if p.pos+1 >= len(p.src) {
				p.errAt(start, "unterminated string")
			}
			n := p.src[p.pos+1]
			switch n {
			case '\\', '"':
				b = append(b, n)
				p.pos += 2
			case 'n':
				b = append(b, '\n')
				p.pos += 2
			case 't':
				b = append(b, '\t')
				p.pos += 2
			default:
				if p.pos+2 < len(p.src) && isHex(n) && isHex(p.src[p.pos+2]) {
					v, _ := strconv.ParseUint(string(p.src[p.pos+1:p.pos+3]), 16, 8)
					b = append(b, byte(v))
					p.pos += 3
				} else {
					p.errf("bad escape in string")
				}
			}
		default:
			b = append(b, c)
			p.pos++
		}
	}
}

// number reads an integer or float literal: [-]digits[.digits][e[+-]digits] or
// [-]0x hex. isFloat reports a decimal point or exponent.
func (p *parser) number() (text string, isFloat, isHexLit bool) {
	p.ws()
	start := p.pos
	if p.pos < len(p.src) && (p.src[p.pos] == '-' || p.src[p.pos] == '+') {
		p.pos++
	}
	if p.pos+1 < len(p.src) && p.src[p.pos] == '0' && (p.src[p.pos+1] == 'x' || p.src[p.pos+1] == 'X') &&
		p.pos+2 < len(p.src) && isHex(p.src[p.pos+2]) {
		p.pos += 2
		for p.pos < len(p.src) && isHex(p.src[p.pos]) {
			p.pos++
		}
		return string(p.src[start:p.pos]), false, true
	}
	digits := p.pos
	for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
		p.pos++
	}
	if p.pos == digits {
		p.pos = start
		p.errf("expected number, found %s", p.near())
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		isFloat = true
		p.pos++
		for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
			p.pos++
		}
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		q := p.pos + 1
		if q < len(p.src) && (p.src[q] == '+' || p.src[q] == '-') {
			q++
		}
		if q < len(p.src) && isDigit(p.src[q]) {
			isFloat = true
			p.pos = q
			for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
				p.pos++
			}
		}
	}
	return string(p.src[start:p.pos]), isFloat, false
}

// atNumber tells whether a numeric literal starts here.
func (p *parser) atNumber() bool {
	c := p.peek()
	if isDigit(c) {
		return true
	}
	return (c == '-' || c == '+') && isDigit(p.peekAt(1))
}

// int64Lit reads a signed integer.
func (p *parser) int64Lit() int64 {
	start := p.pos
	text, isF, isH := p.number()
	if isF {
		p.errAt(start, "expected integer, found %s", text)
	}
	v, ok := parseIntText(text, isH)
	if !ok {
		p.errAt(start, "integer %s out of range", text)
	}
	return v
}

// parseIntText parses a decimal or hex integer into 64 bits (values up to 2^64-1
// wrap, as unsigned storage needs).
func parseIntText(text string, isHex bool) (int64, bool) {
	neg := false
	t := text
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = t[1:]
	}
	base := 10
	if isHex {
		t = t[2:]
		base = 16
	}
	u, err := strconv.ParseUint(t, base, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		if u > 1<<63 {
			return 0, false
		}
		return -int64(u), true
	}
	return int64(u), true
}

// balanced consumes text starting at an opening bracket up to and including its
// matching closer, honouring strings and the "->" arrow, and returns it.
func (p *parser) balanced() string {
	start := p.pos
	var stack []byte
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch c {
		case '"':
			p.stringLit()
			continue
		case '<', '(', '[', '{':
			stack = append(stack, c)
			if len(stack) > 10*maxDepth {
				p.errf("nesting too deep")
			}
		case '>', ')', ']', '}':
			if c == '>' && p.pos > start && p.src[p.pos-1] == '-' {
				break // the arrow "->"
			}
			if len(stack) == 0 {
				p.errf("unbalanced '%c'", c)
			}
			open := stack[len(stack)-1]
			if (open == '<') != (c == '>') || (open == '(') != (c == ')') || (open == '[') != (c == ']') || (open == '{') != (c == '}') {
				p.errf("mismatched '%c'", c)
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				p.pos++
				return string(p.src[start:p.pos])
			}
		}
		p.pos++
	}
	p.errAt(start, "unterminated bracket")
	return ""
}
