package mlirtext

import (
	"encoding/hex"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// lit is one node of a dense<...> literal, read before the type (which follows
// the literal) is known.
type lit struct {
	pos    int
	list   []lit // kind == litList
	kind   litKind
	text   string // number text, string value
	isF    bool
	isH    bool
	re, im *lit // complex pair
}

type litKind uint8

const (
	litNum litKind = iota
	litBool
	litList
	litComplex
	litString
)

func (p *parser) parseLit() lit {
	p.enter()
	defer p.leave()
	p.ws()
	l := lit{pos: p.pos}
	switch c := p.peek(); {
	case c == '[':
		p.pos++
		l.kind = litList
		if p.tryByte(']') {
			return l
		}
		for {
			l.list = append(l.list, p.parseLit())
			if p.tryByte(']') {
				return l
			}
			p.expectByte(',', "in dense literal")
		}
	case c == '(':
		p.pos++
		l.kind = litComplex
		re := p.parseLit()
		p.expectByte(',', "in complex literal")
		im := p.parseLit()
		p.expectByte(')', "closing complex literal")
		l.re, l.im = &re, &im
		return l
	case c == '"':
		l.kind = litString
		l.text = p.stringLit()
		return l
	case c == '-' || c == '+' || isDigit(c):
		l.kind = litNum
		l.text, l.isF, l.isH = p.number()
		return l
	}
	switch p.bareIdent() {
	case "true":
		l.kind, l.text = litBool, "1"
		return l
	case "false":
		l.kind, l.text = litBool, "0"
		return l
	}
	p.errAt(l.pos, "bad element in dense literal")
	return l
}

// parseDense reads the rest of dense<literal> : type.
func (p *parser) parseDense(start int) stablehlo.Attribute {
	p.expectByte('<', "after dense")
	var root *lit
	if !p.tryByte('>') {
		l := p.parseLit()
		root = &l
		p.expectByte('>', "closing dense literal")
	}
	p.expectByte(':', "after dense literal (its type)")
	t := p.parseType()
	tt, ok := t.(*stablehlo.TensorType)
	if !ok {
		p.errAt(start, "dense elements need a ranked tensor type, got %s", t)
	}
	n := p.checkedElements(start, tt)
	d, storage := denseDType(tt)
	if d == tensor.Invalid {
		// String tensors (or types we do not model) keep their strings.
		var vals []string
		var collect func(l *lit)
		collect = func(l *lit) {
			switch l.kind {
			case litList:
				for i := range l.list {
					collect(&l.list[i])
				}
			case litString:
				vals = append(vals, l.text)
			default:
				p.errAt(l.pos, "element of %s must be a string", t)
			}
		}
		if root != nil {
			collect(root)
		}
		return &stablehlo.DenseStringElementsAttr{Type: tt, Values: vals}
	}
	es := d.StorageSize()
	// Hex form: raw storage bytes.
	if root != nil && root.kind == litString {
		data, splat := p.hexData(root, d, n)
		if splat {
			if storage {
				// One element: NewDenseElements makes it a splat (without expanding).
				return stablehlo.NewDenseElements(tt, data)
			}
			p.expandLimit(start, n)
			full := make([]byte, 0, int(n)*len(data))
			for i := int64(0); i < n; i++ {
				full = append(full, data...)
			}
			data = full
		}
		return p.finishDense(tt, data, storage)
	}
	var data []byte
	if root == nil || (root.kind == litList && len(root.list) == 0) {
		if n != 0 {
			p.errAt(start, "empty literal for %s", t)
		}
		return p.finishDense(tt, data, storage)
	}
	if root.kind != litList {
		// Splat: one element for the whole tensor.
		data = p.appendElem(data, root, d)
		if n == 0 {
			return p.finishDense(tt, data[:0], storage)
		}
		if n == 1 || !storage {
			p.expandLimit(start, n)
			full := data
			for i := int64(1); i < n; i++ {
				full = append(full, data[:es]...)
			}
			return p.finishDense(tt, full, storage)
		}
		return stablehlo.NewDenseElements(tt, data) // one element: a splat, not expanded
	}
	var walk func(l *lit, dim int)
	walk = func(l *lit, dim int) {
		if dim == len(tt.Shape) {
			if l.kind == litList {
				p.errAt(l.pos, "dense literal nested deeper than %s", t)
			}
			data = p.appendElem(data, l, d)
			return
		}
		if l.kind != litList {
			p.errAt(l.pos, "dense literal shape does not match %s", t)
		}
		if int64(len(l.list)) != tt.Shape[dim] {
			p.errAt(l.pos, "dense literal has %d elements in dimension %d, %s needs %d", len(l.list), dim, t, tt.Shape[dim])
		}
		for i := range l.list {
			walk(&l.list[i], dim+1)
		}
	}
	walk(root, 0)
	return p.finishDense(tt, data, storage)
}

func (p *parser) finishDense(tt *stablehlo.TensorType, data []byte, storage bool) *stablehlo.DenseElementsAttr {
	if storage {
		return stablehlo.NewDenseElements(tt, data)
	}
	return &stablehlo.DenseElementsAttr{Type: tt, Data: data}
}

// denseDType is the element type whose encoding the data uses: the tensor's
// scalar type, or a quantized type's storage type (storage false: the IR's
// ElementDType does not know it, so the data is kept unsplatted).
func denseDType(tt *stablehlo.TensorType) (tensor.DType, bool) {
	switch e := tt.Elem.(type) {
	case stablehlo.ScalarType:
		return e.DType, true
	case *stablehlo.QuantType:
		if e.StorageSigned {
			return e.Storage, false
		}
		switch e.Storage {
		case tensor.I2:
			return tensor.U2, false
		case tensor.I4:
			return tensor.U4, false
		case tensor.I8:
			return tensor.U8, false
		case tensor.I16:
			return tensor.U16, false
		case tensor.I32:
			return tensor.U32, false
		case tensor.I64:
			return tensor.U64, false
		}
	}
	return tensor.Invalid, false
}

// hexData decodes dense<"0x..."> raw storage (i1 bit-packed, or one 0x00/0xFF
// byte for a splat) into full one-byte-per-i1 data or a splat element.
func (p *parser) hexData(l *lit, d tensor.DType, n int64) (data []byte, splat bool) {
	s := l.text
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		p.errAt(l.pos, "dense string literal for numeric type must be \"0x...\" hex")
	}
	raw, err := hex.DecodeString(s[2:])
	if err != nil {
		p.errAt(l.pos, "bad hex in dense literal")
	}
	es := int64(d.StorageSize())
	if d == tensor.I1 {
		if len(raw) == 1 && (raw[0] == 0 || raw[0] == 0xFF) && n > 0 {
			return []byte{raw[0] & 1}, true
		}
		if int64(len(raw)) == n {
			// One byte per element, as some printers write i1 data.
			out := make([]byte, n)
			for i, b := range raw {
				if b != 0 {
					out[i] = 1
				}
			}
			return out, false
		}
		if int64(len(raw)) != (n+7)/8 {
			p.errAt(l.pos, "hex data of %d bytes does not fit %d i1 elements", len(raw), n)
		}
		out := make([]byte, n)
		for i := int64(0); i < n; i++ {
			out[i] = raw[i/8] >> (i % 8) & 1
		}
		return out, false
	}
	if d == tensor.TF32 {
		// MLIR stores tf32 (19 bits) in 3 bytes per element; the IR uses 4.
		switch {
		case len(raw) == 3 && n > 0:
			return []byte{raw[0], raw[1], raw[2], 0}, true
		case int64(len(raw)) == 3*n:
			out := make([]byte, 0, 4*n)
			for i := 0; i < len(raw); i += 3 {
				out = append(out, raw[i], raw[i+1], raw[i+2], 0)
			}
			return out, false
		}
	}
	switch {
	case int64(len(raw)) == es && n > 0:
		return raw, true
	case int64(len(raw)) == n*es:
		return raw, false
	}
	p.errAt(l.pos, "hex data of %d bytes does not fit %d elements of %s", len(raw), n, d)
	return nil, false
}

// appendElem encodes one literal element in d's storage (little-endian).
func (p *parser) appendElem(data []byte, l *lit, d tensor.DType) []byte {
	if d.IsComplex() {
		part := d.ComplexPart()
		if l.kind != litComplex {
			p.errAt(l.pos, "complex element must be (re, im)")
		}
		data = p.appendElem(data, l.re, part)
		return p.appendElem(data, l.im, part)
	}
	var u uint64
	switch {
	case l.kind != litNum && l.kind != litBool:
		p.errAt(l.pos, "bad element for %s", d)
	case d == tensor.I1:
		v, ok := parseIntText(l.text, l.isH)
		if !ok || l.isF || v < 0 || v > 1 {
			p.errAt(l.pos, "bad i1 element %s", l.text)
		}
		u = uint64(v)
	case d.IsFloat():
		if l.kind == litBool {
			p.errAt(l.pos, "bool element for %s", d)
		}
		bits, ok := floatBits(d, l.text, l.isH)
		if !ok {
			p.errAt(l.pos, "bad %s element %s", d, l.text)
		}
		u = bits
	case d.IsInteger():
		if l.isF {
			p.errAt(l.pos, "float element %s for %s", l.text, d)
		}
		v, ok := parseIntText(l.text, l.isH)
		if !ok {
			p.errAt(l.pos, "integer element %s out of range", l.text)
		}
		u = uint64(extendInt(d, v))
		if b := d.Bits(); b < 64 {
			// Build the raw data as MLIR writes it (only the type's bits: -1 : i2
			// is 0x03); NewDenseElements then applies the IR's convention, the
			// same for text and bytecode.
			u &= 1<<b - 1
		}
	default:
		p.errAt(l.pos, "unsupported element type %s", d)
	}
	for i := 0; i < d.StorageSize(); i++ {
		data = append(data, byte(u>>(8*i)))
	}
	return data
}

// parseDenseResource reads dense_resource<name> : type and resolves the blob from
// the file's dialect_resources section.
func (p *parser) parseDenseResource(start int) stablehlo.Attribute {
	p.expectByte('<', "after dense_resource")
	p.ws()
	var name string
	if p.peek() == '"' {
		name = p.stringLit()
	} else {
		name = p.suffixID()
	}
	p.expectByte('>', "closing dense_resource")
	p.expectByte(':', "after dense_resource (its type)")
	t := p.parseType()
	tt, ok := t.(*stablehlo.TensorType)
	if !ok {
		p.errAt(start, "dense_resource needs a ranked tensor type, got %s", t)
	}
	blob, ok := p.resources[name]
	if !ok {
		p.errAt(start, "dense_resource<%s>: no such resource in dialect_resources", name)
	}
	d, storage := denseDType(tt)
	if d == tensor.Invalid {
		p.errAt(start, "dense_resource of unsupported type %s", t)
	}
	n := p.checkedElements(start, tt)
	es := int64(d.StorageSize())
	var data []byte
	if d == tensor.I1 && int64(len(blob)) != n {
		var splat bool
		data, splat = p.hexData(&lit{pos: start, text: "0x" + hex.EncodeToString(blob)}, d, n)
		if splat {
			p.expandLimit(start, n)
			full := make([]byte, n)
			for i := range full {
				full[i] = data[0]
			}
			data = full
		}
	} else {
		if int64(len(blob)) != n*es {
			p.errAt(start, "dense_resource<%s> has %d bytes, %s needs %d", name, len(blob), t, n*es)
		}
		data = append([]byte(nil), blob...)
	}
	return p.finishDense(tt, data, storage)
}

// checkedElements is the element count of a static shape, rejecting dynamic
// dimensions and absurd counts (splats of big tensors are fine: they are not
// expanded).
func (p *parser) checkedElements(start int, tt *stablehlo.TensorType) int64 {
	const limit = int64(1) << 48
	n := int64(1)
	for _, d := range tt.Shape {
		if d < 0 {
			p.errAt(start, "dense elements need a static shape, got %s", tt)
		}
		if d == 0 {
			return 0
		}
		if n > limit/d {
			p.errAt(start, "tensor %s has too many elements", tt)
		}
		n *= d
	}
	return n
}

// expandLimit bounds data the parser materializes from a splat (quantized
// splats are stored expanded).
func (p *parser) expandLimit(start int, n int64) {
	if n > int64(len(p.src))*8+1<<20 {
		p.errAt(start, "splat of %d elements too large to expand", n)
	}
}
