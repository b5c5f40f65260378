package mlirbc

import (
	"fmt"

	"github.com/hlovm/hlovm/stablehlo"
)

// FileInfo describes a bytecode file at the container level (for tests and
// debugging tools).
type FileInfo struct {
	Version    int
	Producer   string
	Sections   []SectionInfo // in file order
	Strings    []string
	Dialects   []string
	OpNames    []string // full names, in global op-name order
	Registered []bool   // per op name (v>=5 flag; true before v5)
	Attrs      []EntryInfo
	Types      []EntryInfo
	Properties [][]byte
	// Raw is the module as read, before module converters and Canonicalize.
	// Entries of dialects without a decoder appear as #dialect.raw<hex>
	// (!dialect.raw<hex> for types) and properties of ops without a layout as
	// an attribute named "<properties>" holding the hex bytes.
	Raw *stablehlo.Module
}

// SectionInfo is one top-level section: id, absolute offset of its id byte
// (Start) and of its data (Offset), and data length.
type SectionInfo struct {
	ID     int
	Name   string
	Start  int
	Offset int
	Length int
}

// EntryInfo is one attribute or type entry.
type EntryInfo struct {
	Dialect string
	Custom  bool   // dialect encoding (false: assembly-format text)
	Offset  int    // absolute offset of the payload
	Payload []byte // raw payload bytes
	Value   string // decoded value's text form ("" with Err set if it failed)
	Err     error
}

// Inspect reads a file at the container level without running module
// converters, decoding every entry it can.
func Inspect(data []byte) (*FileInfo, error) {
	f, err := parseFile(data)
	if err != nil {
		return nil, err
	}
	f.raw = true
	info := &FileInfo{Version: f.version, Producer: f.producer, Strings: f.strings, Properties: f.props}
	// Recover the physical section order from the header walk.
	c := NewCursor(data, 0)
	_, _ = c.Bytes(4)
	_, _ = c.VarInt()
	for {
		b, err := c.Byte()
		if err != nil || b == 0 {
			break
		}
	}
	for c.Remaining() > 0 {
		start := c.Offset()
		id, sec, err := readSection(c)
		if err != nil {
			return nil, err
		}
		info.Sections = append(info.Sections, SectionInfo{ID: id, Name: sectionNames[id], Start: start, Offset: sec.off, Length: len(sec.data)})
	}
	for _, d := range f.dialects {
		info.Dialects = append(info.Dialects, d.name)
	}
	for _, o := range f.opNames {
		info.OpNames = append(info.OpNames, o.full)
		info.Registered = append(info.Registered, o.registered)
	}
	for i, e := range f.attrs {
		ei := f.entryInfo(e)
		a, err := f.attrAt(uint64(i), NewCursor(nil, 0))
		if err != nil {
			ei.Err = err
		} else {
			ei.Value = a.String()
		}
		info.Attrs = append(info.Attrs, ei)
	}
	for i, e := range f.types {
		ei := f.entryInfo(e)
		t, err := f.typeAt(uint64(i), NewCursor(nil, 0))
		if err != nil {
			ei.Err = err
		} else {
			ei.Value = t.String()
		}
		info.Types = append(info.Types, ei)
	}
	m, err := f.buildModule()
	if err != nil {
		return info, fmt.Errorf("IR: %w", err)
	}
	info.Raw = m
	return info, nil
}

func (f *file) entryInfo(e entry) EntryInfo {
	return EntryInfo{
		Dialect: f.dialects[e.dialect].name,
		Custom:  e.custom,
		Offset:  f.attrTypeAt + e.off,
		Payload: f.sections[secAttrType].data[e.off : e.off+e.size],
	}
}
