package mlirbc

import (
	"fmt"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Cursor reads the primitive encodings of MLIR bytecode from a byte slice. Base
// is the absolute file offset of data[0], so errors name file offsets.
type Cursor struct {
	data []byte
	pos  int
	base int
}

// NewCursor reads data, which starts at absolute file offset base.
func NewCursor(data []byte, base int) *Cursor { return &Cursor{data: data, base: base} }

// Offset is the absolute file offset of the next byte.
func (c *Cursor) Offset() int { return c.base + c.pos }

// Remaining is the number of unread bytes.
func (c *Cursor) Remaining() int { return len(c.data) - c.pos }

// Errorf makes an error that names the current absolute offset.
func (c *Cursor) Errorf(format string, args ...any) error {
	return fmt.Errorf("mlir bytecode: at byte %d: %s", c.Offset(), fmt.Sprintf(format, args...))
}

// Byte reads one raw byte.
func (c *Cursor) Byte() (byte, error) {
	if c.pos >= len(c.data) {
		return 0, c.Errorf("unexpected end of data")
	}
	b := c.data[c.pos]
	c.pos++
	return b, nil
}

// Bytes reads n raw bytes (a sub-slice, not a copy).
func (c *Cursor) Bytes(n uint64) ([]byte, error) {
	if n > uint64(len(c.data)-c.pos) {
		return nil, c.Errorf("need %d bytes, have %d", n, len(c.data)-c.pos)
	}
	b := c.data[c.pos : c.pos+int(n)]
	c.pos += int(n)
	return b, nil
}

// VarInt reads a prefix varint (§2.1).
func (c *Cursor) VarInt() (uint64, error) {
	b0, err := c.Byte()
	if err != nil {
		return 0, err
	}
	if b0&1 == 1 {
		return uint64(b0 >> 1), nil
	}
	if b0 == 0 {
		raw, err := c.Bytes(8)
		if err != nil {
			return 0, err
		}
		var v uint64
		for i := 7; i >= 0; i-- {
			v = v<<8 | uint64(raw[i])
		}
		return v, nil
	}
	n := 0
	for b0>>n&1 == 0 {
		n++
	}
	rest, err := c.Bytes(uint64(n))
	if err != nil {
		return 0, err
	}
	v := uint64(b0)
	for i, b := range rest {
		v |= uint64(b) << (8 * (i + 1))
	}
	return v >> (n + 1), nil
}

// SVarInt reads a zigzag-encoded signed varint.
func (c *Cursor) SVarInt() (int64, error) {
	u, err := c.VarInt()
	if err != nil {
		return 0, err
	}
	return int64(u>>1) ^ -int64(u&1), nil
}

// VarIntFlag reads a varint holding (value<<1)|flag.
func (c *Cursor) VarIntFlag() (uint64, bool, error) {
	u, err := c.VarInt()
	return u >> 1, u&1 == 1, err
}

// resolver is implemented by the file being read: it resolves table references.
type resolver interface {
	attrAt(i uint64, c *Cursor) (stablehlo.Attribute, error)
	typeAt(i uint64, c *Cursor) (stablehlo.Type, error)
	stringAt(i uint64, c *Cursor) (string, error)
	resourceAt(i uint64, c *Cursor) ([]byte, error)
	bytecodeVersion() int
}

// EntryReader is what a dialect decoder sees while it decodes one attribute or
// type entry: the primitives plus references into the file's tables. The payload
// must be consumed exactly; the container checks that.
type EntryReader struct {
	Cursor
	file resolver
}

// Attr reads an attribute reference and resolves it.
func (r *EntryReader) Attr() (stablehlo.Attribute, error) {
	i, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	return r.file.attrAt(i, &r.Cursor)
}

// OptionalAttr reads (index<<1)|present; nil when absent.
func (r *EntryReader) OptionalAttr() (stablehlo.Attribute, error) {
	i, present, err := r.VarIntFlag()
	if err != nil || !present {
		return nil, err
	}
	return r.file.attrAt(i, &r.Cursor)
}

// Type reads a type reference and resolves it.
func (r *EntryReader) Type() (stablehlo.Type, error) {
	i, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	return r.file.typeAt(i, &r.Cursor)
}

// Str reads a string-table reference.
func (r *EntryReader) Str() (string, error) {
	i, err := r.VarInt()
	if err != nil {
		return "", err
	}
	return r.file.stringAt(i, &r.Cursor)
}

// Blob reads a varint length and that many bytes.
func (r *EntryReader) Blob() ([]byte, error) {
	n, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	return r.Bytes(n)
}

// ResourceBlob reads a dialect resource handle and returns its blob data.
func (r *EntryReader) ResourceBlob() ([]byte, error) {
	i, err := r.VarInt()
	if err != nil {
		return nil, err
	}
	return r.file.resourceAt(i, &r.Cursor)
}

// APInt reads an integer of a known bit width (§2.1): a raw byte up to 8 bits, a
// zigzag varint up to 64 bits, else a word count and words (only the low 64 bits
// are returned; wider values are an error). The result is truncated to width bits.
func (r *EntryReader) APInt(width int) (uint64, error) {
	switch {
	case width <= 8:
		b, err := r.Byte()
		return uint64(b) & (1<<width - 1), err
	case width <= 64:
		v, err := r.SVarInt()
		if width < 64 {
			v &= 1<<width - 1
		}
		return uint64(v), err
	}
	n, err := r.VarInt()
	if err != nil {
		return 0, err
	}
	var low uint64
	for i := uint64(0); i < n; i++ {
		w, err := r.SVarInt()
		if err != nil {
			return 0, err
		}
		if i == 0 {
			low = uint64(w)
		} else if w != 0 {
			return 0, r.Errorf("integer wider than 64 bits")
		}
	}
	return low, nil
}

// APFloat reads a float of type d as its bit pattern.
func (r *EntryReader) APFloat(d tensor.DType) (uint64, error) { return r.APInt(d.Bits()) }

// BytecodeVersion is the format version of the file being read.
func (r *EntryReader) BytecodeVersion() int { return r.file.bytecodeVersion() }

// Dialect decodes the custom-encoded attributes and types of one dialect.
type Dialect interface {
	ReadAttribute(r *EntryReader) (stablehlo.Attribute, error)
	ReadType(r *EntryReader) (stablehlo.Type, error)
}

// PropSpec names one inherent attribute of an op in properties order; Optional
// ones are written as (index<<1)|present.
type PropSpec struct {
	Name     string
	Optional bool
}

var (
	dialects        = map[string]Dialect{}
	opProperties    = map[string][]PropSpec{}
	moduleConverter = map[string]func(*stablehlo.Module) error{}
)

// RegisterDialect installs the decoder of a dialect's custom encodings. Call it
// from an init function.
func RegisterDialect(name string, d Dialect) { dialects[name] = d }

// RegisterOpProperties declares the properties layout of a registered op
// (full name, e.g. "vhlo.add_v1"). Call it from an init function.
func RegisterOpProperties(opName string, props []PropSpec) { opProperties[opName] = props }

// RegisterModuleConverter installs a pass run on the finished module when the
// file used the named dialect (vhlo: VHLO to StableHLO). Call it from an init
// function.
func RegisterModuleConverter(dialect string, fn func(*stablehlo.Module) error) {
	moduleConverter[dialect] = fn
}
