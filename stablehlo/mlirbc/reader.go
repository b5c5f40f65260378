package mlirbc

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/hlovm/hlovm/stablehlo"
)

// Section ids (§2.3).
const (
	secString          = 0
	secDialect         = 1
	secAttrType        = 2
	secAttrTypeOffset  = 3
	secIR              = 4
	secResource        = 5
	secResourceOffset  = 6
	secDialectVersions = 7
	secProperties      = 8
	numSections        = 9
)

var sectionNames = [numSections]string{"string", "dialect", "attr/type", "attr/type offsets", "IR", "resource", "resource offsets", "dialect versions", "properties"}

// maxVersion is the newest bytecode format version this reader understands.
const maxVersion = 6

// maxResolveDepth bounds the nesting of attribute/type references resolved
// recursively (hostile files could otherwise chain millions of entries).
const maxResolveDepth = 5000

// maxRegionDepth bounds the nesting of regions in the IR walk.
const maxRegionDepth = 1000

var magic = []byte{'M', 'L', 0xEF, 'R'}

type section struct {
	data []byte
	off  int // absolute offset of data[0]
}

type dialectInfo struct {
	name    string
	version []byte // payload of the nested dialect-version section, if any
}

type opNameInfo struct {
	dialect    int
	name       string // without the dialect prefix
	full       string
	registered bool
}

// entry is one attribute or type payload in the attr/type data section.
type entry struct {
	dialect int
	off     int // offset inside the attr/type section
	size    int
	custom  bool
}

const (
	stateUnresolved = iota
	stateResolving
	stateDone
)

type resource struct {
	key     string
	kind    byte
	data    []byte // blob data (kind 0)
	present bool
}

// file is one bytecode file being read; it implements resolver.
type file struct {
	data     []byte
	version  int
	producer string
	sections [numSections]*section

	strings  []string
	dialects []dialectInfo
	opNames  []opNameInfo

	attrs      []entry
	types      []entry
	attrVals   []stablehlo.Attribute
	typeVals   []stablehlo.Type
	attrState  []uint8
	typeState  []uint8
	depth      int
	resources  []resource // dialect resource handle table
	props      [][]byte
	propsOff   []int
	attrTypeAt int // absolute offset of the attr/type data section
	// Text-size accounting: attributes and types are compared and printed
	// through their text form, and a DAG of references can make that text
	// exponentially large (a1 = [a0, a0], a2 = [a1, a1], ...). Each entry's
	// expanded weight is bounded relative to the file size.
	attrWeight []int64
	typeWeight []int64
	acc        int64 // weight accumulated by the entry being decoded
	maxWeight  int64
	layouts    map[string][][]PropSpec
	propCache  map[propKey][]stablehlo.NamedAttr
	decoders   []Dialect // per dialect index, resolved once
	// raw (Inspect only): entries of dialects without a decoder and properties
	// of ops without a layout are kept as opaque hex instead of failing.
	raw bool
}

// entryError marks an error already wrapped with its entry context, so chains
// of nested references do not repeat it at every level.
type entryError struct{ err error }

func (e *entryError) Error() string { return e.err.Error() }
func (e *entryError) Unwrap() error { return e.err }

// Read decodes an MLIR bytecode file (plain or a VHLO portable artifact) into a
// StableHLO module, runs the module converters of the dialects it uses and
// canonicalises the result.
func Read(data []byte) (*stablehlo.Module, error) {
	f, err := parseFile(data)
	if err != nil {
		return nil, err
	}
	m, err := f.buildModule()
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, d := range f.dialects {
		if seen[d.name] {
			continue
		}
		seen[d.name] = true
		if conv := moduleConverter[d.name]; conv != nil {
			if err := conv(m); err != nil {
				return nil, err
			}
		}
	}
	stablehlo.Canonicalize(m)
	return m, nil
}

// parseFile reads the header and every table except the IR.
func parseFile(data []byte) (*file, error) {
	f := &file{data: data}
	c := NewCursor(data, 0)
	head, err := c.Bytes(4)
	if err != nil || string(head) != string(magic) {
		return nil, fmt.Errorf("mlir bytecode: bad magic number (not an MLIR bytecode file)")
	}
	v, err := c.VarInt()
	if err != nil {
		return nil, err
	}
	if v > maxVersion {
		return nil, c.Errorf("bytecode version %d is newer than the newest supported (%d)", v, maxVersion)
	}
	f.version = int(v)
	start := c.pos
	for {
		b, err := c.Byte()
		if err != nil {
			return nil, c.Errorf("unterminated producer string")
		}
		if b == 0 {
			break
		}
	}
	f.producer = string(data[start : c.pos-1])
	for c.Remaining() > 0 {
		id, sec, err := readSection(c)
		if err != nil {
			return nil, err
		}
		if id == secDialectVersions || id >= numSections {
			return nil, c.Errorf("invalid top-level section id %d", id)
		}
		if f.sections[id] != nil {
			return nil, c.Errorf("duplicate %s section", sectionNames[id])
		}
		f.sections[id] = sec
	}
	for _, id := range []int{secString, secDialect, secAttrType, secAttrTypeOffset, secIR} {
		if f.sections[id] == nil {
			return nil, fmt.Errorf("mlir bytecode: missing %s section", sectionNames[id])
		}
	}
	if (f.sections[secResource] == nil) != (f.sections[secResourceOffset] == nil) {
		return nil, fmt.Errorf("mlir bytecode: resource and resource offset sections must appear together")
	}
	if f.version >= 5 && f.sections[secProperties] == nil {
		return nil, fmt.Errorf("mlir bytecode: missing properties section (version %d)", f.version)
	}
	if f.version < 5 && f.sections[secProperties] != nil {
		return nil, fmt.Errorf("mlir bytecode: properties section in a version %d file", f.version)
	}
	if err := f.readStrings(); err != nil {
		return nil, err
	}
	if err := f.readProperties(); err != nil {
		return nil, err
	}
	if err := f.readDialects(); err != nil {
		return nil, err
	}
	if err := f.readResources(); err != nil {
		return nil, err
	}
	if err := f.readAttrTypeOffsets(); err != nil {
		return nil, err
	}
	return f, nil
}

// readSection reads a section header and returns its id and data (§2.3).
// Alignment is computed on absolute offsets.
func readSection(c *Cursor) (int, *section, error) {
	idAlign, err := c.Byte()
	if err != nil {
		return 0, nil, err
	}
	id := int(idAlign & 0x7f)
	if id >= numSections {
		return 0, nil, c.Errorf("invalid section id %d", id)
	}
	length, err := c.VarInt()
	if err != nil {
		return 0, nil, err
	}
	if idAlign&0x80 != 0 {
		if err := alignCursor(c); err != nil {
			return 0, nil, err
		}
	}
	off := c.Offset()
	d, err := c.Bytes(length)
	if err != nil {
		return 0, nil, fmt.Errorf("%s section: %w", sectionNames[id], err)
	}
	return id, &section{data: d, off: off}, nil
}

// alignCursor reads an alignment varint and skips 0xCB padding until the
// absolute offset is a multiple of it.
func alignCursor(c *Cursor) error {
	align, err := readAlignment(c)
	if err != nil {
		return err
	}
	return skipPadding(c, align)
}

func readAlignment(c *Cursor) (uint64, error) {
	align, err := c.VarInt()
	if err != nil {
		return 0, err
	}
	if align == 0 || align&(align-1) != 0 || align > 1<<32 {
		return 0, c.Errorf("invalid alignment %d", align)
	}
	return align, nil
}

func skipPadding(c *Cursor, align uint64) error {
	for uint64(c.Offset())%align != 0 {
		b, err := c.Byte()
		if err != nil {
			return err
		}
		if b != 0xCB {
			return c.Errorf("bad alignment padding byte 0x%02x", b)
		}
	}
	return nil
}

func (f *file) cursor(id int) *Cursor {
	s := f.sections[id]
	return NewCursor(s.data, s.off)
}

// count reads a varint count of items that take at least minBytes each and
// checks it against the bytes left, so no allocation exceeds the input.
func count(c *Cursor, minBytes int, what string) (int, error) {
	n, err := c.VarInt()
	if err != nil {
		return 0, err
	}
	if minBytes > 0 && n > uint64(c.Remaining()/minBytes) {
		return 0, c.Errorf("%s count %d exceeds the remaining %d bytes", what, n, c.Remaining())
	}
	if n > 1<<40 {
		return 0, c.Errorf("%s count %d too large", what, n)
	}
	return int(n), nil
}

func (f *file) readStrings() error {
	c := f.cursor(secString)
	n, err := count(c, 1, "string")
	if err != nil {
		return err
	}
	sizes := make([]uint64, n)
	var total uint64
	for i := range sizes {
		if sizes[i], err = c.VarInt(); err != nil {
			return fmt.Errorf("string section: %w", err)
		}
		if sizes[i] == 0 {
			return c.Errorf("string section: string of size 0 (no NUL)")
		}
		total += sizes[i]
		if total > uint64(len(c.data)) {
			return c.Errorf("string section: string sizes exceed the section")
		}
	}
	if total != uint64(c.Remaining()) {
		return c.Errorf("string section: %d bytes of string data, sizes sum to %d", c.Remaining(), total)
	}
	f.strings = make([]string, n)
	end := len(c.data)
	for i := 0; i < n; i++ {
		sz := int(sizes[i])
		s := c.data[end-sz : end]
		if s[sz-1] != 0 {
			return fmt.Errorf("mlir bytecode: at byte %d: string %d is not NUL-terminated", c.base+end-1, n-1-i)
		}
		f.strings[n-1-i] = string(s[:sz-1])
		end -= sz
	}
	return nil
}

func (f *file) readProperties() error {
	if f.sections[secProperties] == nil {
		return nil
	}
	c := f.cursor(secProperties)
	n, err := count(c, 1, "properties")
	if err != nil {
		return err
	}
	f.props = make([][]byte, n)
	f.propsOff = make([]int, n)
	for i := 0; i < n; i++ {
		sz, err := c.VarInt()
		if err != nil {
			return fmt.Errorf("properties section: %w", err)
		}
		f.propsOff[i] = c.Offset()
		if f.props[i], err = c.Bytes(sz); err != nil {
			return fmt.Errorf("properties section entry %d: %w", i, err)
		}
	}
	if c.Remaining() != 0 {
		return c.Errorf("properties section: %d trailing bytes", c.Remaining())
	}
	return nil
}

func (f *file) str(c *Cursor) (string, error) {
	i, err := c.VarInt()
	if err != nil {
		return "", err
	}
	return f.stringAt(i, c)
}

func (f *file) readDialects() error {
	c := f.cursor(secDialect)
	n, err := count(c, 1, "dialect")
	if err != nil {
		return fmt.Errorf("dialect section: %w", err)
	}
	f.dialects = make([]dialectInfo, n)
	for i := range f.dialects {
		if f.version < 1 {
			if f.dialects[i].name, err = f.str(c); err != nil {
				return fmt.Errorf("dialect section: %w", err)
			}
			continue
		}
		idx, hasVersion, err := c.VarIntFlag()
		if err != nil {
			return fmt.Errorf("dialect section: %w", err)
		}
		if f.dialects[i].name, err = f.stringAt(idx, c); err != nil {
			return fmt.Errorf("dialect section: %w", err)
		}
		if hasVersion {
			id, sec, err := readSection(c)
			if err != nil {
				return fmt.Errorf("dialect %s version: %w", f.dialects[i].name, err)
			}
			if id != secDialectVersions {
				return c.Errorf("dialect %s: expected a dialect version section, got section id %d", f.dialects[i].name, id)
			}
			f.dialects[i].version = sec.data
		}
	}
	total := -1
	if f.version >= 4 {
		if total, err = count(c, 1, "op name"); err != nil {
			return fmt.Errorf("dialect section: %w", err)
		}
		f.opNames = make([]opNameInfo, 0, total)
	}
	for c.Remaining() > 0 {
		di, err := c.VarInt()
		if err != nil {
			return fmt.Errorf("dialect section: %w", err)
		}
		if di >= uint64(len(f.dialects)) {
			return c.Errorf("op name group refers to dialect %d of %d", di, len(f.dialects))
		}
		cnt, err := count(c, 1, "op name")
		if err != nil {
			return fmt.Errorf("dialect section: %w", err)
		}
		for j := 0; j < cnt; j++ {
			var name string
			registered := true
			if f.version >= 5 {
				idx, reg, err := c.VarIntFlag()
				if err != nil {
					return fmt.Errorf("dialect section: %w", err)
				}
				if name, err = f.stringAt(idx, c); err != nil {
					return fmt.Errorf("dialect section: %w", err)
				}
				registered = reg
			} else if name, err = f.str(c); err != nil {
				return fmt.Errorf("dialect section: %w", err)
			}
			full := f.dialects[di].name
			if name != "" {
				full += "." + name
			}
			f.opNames = append(f.opNames, opNameInfo{dialect: int(di), name: name, full: full, registered: registered})
		}
	}
	if total >= 0 && len(f.opNames) != total {
		return c.Errorf("dialect section declares %d op names, lists %d", total, len(f.opNames))
	}
	return nil
}

func (f *file) readResources() error {
	if f.sections[secResourceOffset] == nil {
		return nil
	}
	oc := f.cursor(secResourceOffset)
	dc := f.cursor(secResource)
	readGroup := func(keep bool) error {
		cnt, err := count(oc, 3, "resource")
		if err != nil {
			return err
		}
		for i := 0; i < cnt; i++ {
			key, err := f.str(oc)
			if err != nil {
				return err
			}
			size, err := oc.VarInt()
			if err != nil {
				return err
			}
			kind, err := oc.Byte()
			if err != nil {
				return err
			}
			payload, err := dc.Bytes(size)
			if err != nil {
				return fmt.Errorf("resource %q: %w", key, err)
			}
			r := resource{key: key, kind: kind, present: size > 0}
			if size > 0 && kind == 0 {
				// Blob: alignment, size, 0xCB padding to the alignment, data.
				pc := NewCursor(payload, dc.Offset()-len(payload))
				align, err := readAlignment(pc)
				if err != nil {
					return fmt.Errorf("resource %q: %w", key, err)
				}
				n, err := pc.VarInt()
				if err != nil {
					return fmt.Errorf("resource %q: %w", key, err)
				}
				if err := skipPadding(pc, align); err != nil {
					return fmt.Errorf("resource %q: %w", key, err)
				}
				if r.data, err = pc.Bytes(n); err != nil {
					return fmt.Errorf("resource %q: %w", key, err)
				}
				if pc.Remaining() != 0 {
					return pc.Errorf("resource %q: %d trailing bytes", key, pc.Remaining())
				}
			} else if kind > 2 {
				return oc.Errorf("resource %q: unknown kind %d", key, kind)
			}
			if keep {
				f.resources = append(f.resources, r)
			}
		}
		return nil
	}
	nExt, err := count(oc, 2, "external resource group")
	if err != nil {
		return fmt.Errorf("resource offsets: %w", err)
	}
	for i := 0; i < nExt; i++ {
		if _, err := f.str(oc); err != nil {
			return fmt.Errorf("resource offsets: %w", err)
		}
		if err := readGroup(false); err != nil {
			return fmt.Errorf("resource offsets: %w", err)
		}
	}
	for oc.Remaining() > 0 {
		di, err := oc.VarInt()
		if err != nil {
			return fmt.Errorf("resource offsets: %w", err)
		}
		if di >= uint64(len(f.dialects)) {
			return oc.Errorf("resource group refers to dialect %d of %d", di, len(f.dialects))
		}
		if err := readGroup(true); err != nil {
			return fmt.Errorf("resource offsets: %w", err)
		}
	}
	if dc.Remaining() != 0 {
		return dc.Errorf("resource section: %d bytes not covered by the offsets", dc.Remaining())
	}
	return nil
}

func (f *file) readAttrTypeOffsets() error {
	c := f.cursor(secAttrTypeOffset)
	nAttrs, err := count(c, 1, "attribute")
	if err != nil {
		return fmt.Errorf("attr/type offsets: %w", err)
	}
	nTypes, err := count(c, 1, "type")
	if err != nil {
		return fmt.Errorf("attr/type offsets: %w", err)
	}
	if nAttrs+nTypes > c.Remaining() {
		return c.Errorf("attr/type offsets: %d entries in %d bytes", nAttrs+nTypes, c.Remaining())
	}
	data := f.sections[secAttrType].data
	f.attrTypeAt = f.sections[secAttrType].off
	off := 0
	read := func(n int, what string) ([]entry, error) {
		out := make([]entry, 0, n)
		for len(out) < n {
			di, err := c.VarInt()
			if err != nil {
				return nil, err
			}
			if di >= uint64(len(f.dialects)) {
				return nil, c.Errorf("%s group refers to dialect %d of %d", what, di, len(f.dialects))
			}
			cnt, err := c.VarInt()
			if err != nil {
				return nil, err
			}
			if cnt > uint64(n-len(out)) {
				return nil, c.Errorf("%s group of %d entries overflows the %d declared", what, cnt, n)
			}
			for j := uint64(0); j < cnt; j++ {
				sz, custom, err := c.VarIntFlag()
				if err != nil {
					return nil, err
				}
				if sz > uint64(len(data)-off) {
					return nil, c.Errorf("%s entry of %d bytes runs past the attr/type section", what, sz)
				}
				out = append(out, entry{dialect: int(di), off: off, size: int(sz), custom: custom})
				off += int(sz)
			}
		}
		return out, nil
	}
	if f.attrs, err = read(nAttrs, "attribute"); err != nil {
		return fmt.Errorf("attr/type offsets: %w", err)
	}
	if f.types, err = read(nTypes, "type"); err != nil {
		return fmt.Errorf("attr/type offsets: %w", err)
	}
	if c.Remaining() != 0 {
		return c.Errorf("attr/type offsets: %d trailing bytes", c.Remaining())
	}
	if off != len(data) {
		return fmt.Errorf("mlir bytecode: attr/type section has %d bytes, entries cover %d", len(data), off)
	}
	f.attrVals = make([]stablehlo.Attribute, nAttrs)
	f.attrState = make([]uint8, nAttrs)
	f.typeVals = make([]stablehlo.Type, nTypes)
	f.typeState = make([]uint8, nTypes)
	f.attrWeight = make([]int64, nAttrs)
	f.typeWeight = make([]int64, nTypes)
	f.maxWeight = 32*int64(len(f.data)) + 1<<20
	return nil
}

// resolver implementation.

func (f *file) bytecodeVersion() int { return f.version }

func (f *file) stringAt(i uint64, c *Cursor) (string, error) {
	if i >= uint64(len(f.strings)) {
		return "", c.Errorf("string index %d out of range (%d strings)", i, len(f.strings))
	}
	f.acc += 2*int64(len(f.strings[i])) + 2 // quoted and escaped in text
	return f.strings[i], nil
}

func (f *file) resourceAt(i uint64, c *Cursor) ([]byte, error) {
	if i >= uint64(len(f.resources)) {
		return nil, c.Errorf("resource handle %d out of range (%d resources)", i, len(f.resources))
	}
	r := f.resources[i]
	if r.kind != 0 || !r.present {
		return nil, c.Errorf("resource %q has no blob data", r.key)
	}
	f.acc += 16 * int64(len(r.data))
	return r.data, nil
}

func (f *file) attrAt(i uint64, c *Cursor) (stablehlo.Attribute, error) {
	if i >= uint64(len(f.attrs)) {
		return nil, c.Errorf("attribute index %d out of range (%d attributes)", i, len(f.attrs))
	}
	switch f.attrState[i] {
	case stateDone:
		f.acc += f.attrWeight[i]
		return f.attrVals[i], nil
	case stateResolving:
		return nil, c.Errorf("attribute %d refers to itself (cycle)", i)
	}
	if f.depth >= maxResolveDepth {
		return nil, c.Errorf("attribute references nested deeper than %d", maxResolveDepth)
	}
	f.attrState[i] = stateResolving
	f.depth++
	saved := f.acc
	f.acc = 16*int64(f.attrs[i].size) + 64
	a, err := f.decodeEntry(f.attrs[i], true, i)
	w := f.acc
	f.acc = saved + w
	f.depth--
	if err == nil && w > f.maxWeight {
		err = &entryError{fmt.Errorf("attribute #%d expands to more than %d bytes of text", i, f.maxWeight)}
	}
	if err != nil {
		f.attrState[i] = stateUnresolved
		return nil, err
	}
	if a.attr == nil {
		f.attrState[i] = stateUnresolved
		return nil, c.Errorf("attribute %d decoded to nothing", i)
	}
	f.attrVals[i] = a.attr
	f.attrWeight[i] = w
	f.attrState[i] = stateDone
	return a.attr, nil
}

func (f *file) typeAt(i uint64, c *Cursor) (stablehlo.Type, error) {
	if i >= uint64(len(f.types)) {
		return nil, c.Errorf("type index %d out of range (%d types)", i, len(f.types))
	}
	switch f.typeState[i] {
	case stateDone:
		f.acc += f.typeWeight[i]
		return f.typeVals[i], nil
	case stateResolving:
		return nil, c.Errorf("type %d refers to itself (cycle)", i)
	}
	if f.depth >= maxResolveDepth {
		return nil, c.Errorf("type references nested deeper than %d", maxResolveDepth)
	}
	f.typeState[i] = stateResolving
	f.depth++
	saved := f.acc
	f.acc = 16*int64(f.types[i].size) + 64
	a, err := f.decodeEntry(f.types[i], false, i)
	w := f.acc
	f.acc = saved + w
	f.depth--
	if err == nil && w > f.maxWeight {
		err = &entryError{fmt.Errorf("type #%d expands to more than %d bytes of text", i, f.maxWeight)}
	}
	if err != nil {
		f.typeState[i] = stateUnresolved
		return nil, err
	}
	if a.typ == nil {
		f.typeState[i] = stateUnresolved
		return nil, c.Errorf("type %d decoded to nothing", i)
	}
	f.typeVals[i] = a.typ
	f.typeWeight[i] = w
	f.typeState[i] = stateDone
	return a.typ, nil
}

type decoded struct {
	attr stablehlo.Attribute
	typ  stablehlo.Type
}

// decodeEntry decodes one attribute or type payload with its dialect's decoder
// or, for assembly-format entries, the text fallback.
func (f *file) decodeEntry(e entry, isAttr bool, idx uint64) (decoded, error) {
	kind := "type"
	if isAttr {
		kind = "attribute"
	}
	dname := f.dialects[e.dialect].name
	payload := f.sections[secAttrType].data[e.off : e.off+e.size]
	abs := f.attrTypeAt + e.off
	wrap := func(err error) error {
		var ee *entryError
		if errors.As(err, &ee) {
			return err
		}
		return &entryError{fmt.Errorf("%s #%d (dialect %s, entry at byte %d): %w", kind, idx, dname, abs, err)}
	}
	if !e.custom {
		if len(payload) == 0 || payload[len(payload)-1] != 0 {
			return decoded{}, wrap(fmt.Errorf("assembly-format entry is not NUL-terminated"))
		}
		text := string(payload[:len(payload)-1])
		if isAttr {
			return decoded{attr: parseAttrText(text)}, nil
		}
		return decoded{typ: parseTypeText(text)}, nil
	}
	if f.decoders == nil {
		f.decoders = make([]Dialect, len(f.dialects))
		for i, di := range f.dialects {
			f.decoders[i] = dialects[di.name]
		}
	}
	d := f.decoders[e.dialect]
	if d == nil && f.raw {
		text := "#" + dname + ".raw<" + hexString(payload) + ">"
		if isAttr {
			return decoded{attr: stablehlo.OpaqueAttr{Text: text}}, nil
		}
		return decoded{typ: stablehlo.OpaqueType{Text: "!" + text[1:]}}, nil
	}
	if d == nil {
		code := "?"
		if v, err := NewCursor(payload, abs).VarInt(); err == nil {
			code = strconv.FormatUint(v, 10)
		}
		return decoded{}, wrap(fmt.Errorf("no decoder for dialect %q (%s code %s)", dname, kind, code))
	}
	r := &EntryReader{Cursor: *NewCursor(payload, abs), file: f}
	var out decoded
	var err error
	if isAttr {
		out.attr, err = d.ReadAttribute(r)
	} else {
		out.typ, err = d.ReadType(r)
	}
	if err != nil {
		return decoded{}, wrap(err)
	}
	if r.Remaining() != 0 {
		return decoded{}, wrap(r.Errorf("%d unread bytes at the end of the entry", r.Remaining()))
	}
	return out, nil
}

var producerVersion = regexp.MustCompile(`^StableHLO_v(\d+)\.(\d+)\.(\d+)$`)

// parseProducerVersion extracts the VHLO version from a StableHLO producer string.
func parseProducerVersion(p string) (stablehlo.Version, bool) {
	m := producerVersion.FindStringSubmatch(p)
	if m == nil {
		return stablehlo.Version{}, false
	}
	var v [3]int
	for i := range v {
		n, err := strconv.Atoi(m[i+1])
		if err != nil {
			return stablehlo.Version{}, false
		}
		v[i] = n
	}
	return stablehlo.Version{Major: v[0], Minor: v[1], Patch: v[2]}, true
}
