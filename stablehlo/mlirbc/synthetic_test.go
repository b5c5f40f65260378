package mlirbc

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

// A tiny bytecode writer for hand-built files that exercise reader paths the
// real files do not (cycles, forward references, hostile nesting).

func enc(v uint64) []byte {
	if v < 128 {
		return []byte{byte(v<<1 | 1)}
	}
	out := []byte{0}
	for i := 0; i < 8; i++ {
		out = append(out, byte(v>>(8*i)))
	}
	return out
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

type synth struct {
	version  uint64
	strings  []string
	dialects []int       // string index of each dialect name
	opNames  [][2]int    // (dialect, string index), all flagged registered
	attrs    [][]byte    // builtin custom attribute payloads
	types    [][]byte    // builtin custom type payloads
	extra    [][2][]byte // (dialect index as 1 byte, payload) of more attributes
	// extraTypes: (dialect index, payload) of more types, after the builtin ones
	extraTypes [][2][]byte
	ir         []byte
	props      [][]byte
	// resource: one builtin dialect blob resource (key string index, data),
	// aligned to 8 bytes in absolute file offset.
	resKey  int
	resBlob []byte
}

func (s *synth) bytes() []byte {
	sec := func(id byte, data []byte) []byte { return cat([]byte{id}, enc(uint64(len(data))), data) }
	var strs, sizes []byte
	for _, x := range s.strings {
		strs = append(strs, x...)
		strs = append(strs, 0)
	}
	for i := len(s.strings) - 1; i >= 0; i-- {
		sizes = append(sizes, enc(uint64(len(s.strings[i])+1))...)
	}
	dia := enc(uint64(len(s.dialects)))
	for _, d := range s.dialects {
		if s.version == 0 {
			dia = append(dia, enc(uint64(d))...)
		} else {
			dia = append(dia, enc(uint64(d)<<1)...)
		}
	}
	if s.version >= 4 {
		dia = append(dia, enc(uint64(len(s.opNames)))...)
	}
	for _, o := range s.opNames {
		name := enc(uint64(o[1]))
		if s.version >= 5 {
			name = enc(uint64(o[1])<<1 | 1)
		}
		dia = append(dia, cat(enc(uint64(o[0])), enc(1), name)...)
	}
	offs := cat(enc(uint64(len(s.attrs)+len(s.extra))), enc(uint64(len(s.types)+len(s.extraTypes))))
	var data []byte
	if len(s.attrs) > 0 {
		offs = append(offs, cat(enc(0), enc(uint64(len(s.attrs))))...)
		for _, a := range s.attrs {
			offs = append(offs, enc(uint64(len(a))<<1|1)...)
			data = append(data, a...)
		}
	}
	for _, e := range s.extra {
		offs = append(offs, cat(enc(uint64(e[0][0])), enc(1), enc(uint64(len(e[1]))<<1|1))...)
		data = append(data, e[1]...)
	}
	if len(s.types) > 0 {
		offs = append(offs, cat(enc(0), enc(uint64(len(s.types))))...)
		for _, a := range s.types {
			offs = append(offs, enc(uint64(len(a))<<1|1)...)
			data = append(data, a...)
		}
	}
	for _, e := range s.extraTypes {
		offs = append(offs, cat(enc(uint64(e[0][0])), enc(1), enc(uint64(len(e[1]))<<1|1))...)
		data = append(data, e[1]...)
	}
	props := enc(uint64(len(s.props)))
	for _, p := range s.props {
		props = append(props, cat(enc(uint64(len(p))), p)...)
	}
	out := cat([]byte("ML\xefR"), enc(s.version), []byte("test\x00"),
		sec(1, dia), sec(3, offs), sec(2, data), sec(4, s.ir), sec(0, cat(enc(uint64(len(s.strings))), sizes, strs)))
	if s.version >= 5 {
		out = append(out, sec(8, props)...)
	}
	if s.resBlob != nil {
		// Sizes below 128 take one varint byte, so the offsets section's length
		// does not depend on the payload size written into it.
		offsets := func(size int) []byte {
			return sec(6, cat(enc(0), enc(0), enc(1), enc(uint64(s.resKey)), enc(uint64(size)), []byte{0}))
		}
		start := len(out) + len(offsets(0)) + 2 // data start of section 5
		payload := cat(enc(8), enc(uint64(len(s.resBlob))))
		for (start+len(payload))%8 != 0 {
			payload = append(payload, 0xCB)
		}
		payload = append(payload, s.resBlob...)
		out = append(out, offsets(len(payload))...)
		out = append(out, sec(5, payload)...)
	}
	return out
}

// base: dialects builtin(0) and test(1); ops builtin.module(0), test.use(1),
// test.def(2), test.x(3); a0 = loc(unknown), t0 = i32.
func base() *synth {
	return &synth{
		version:  6,
		strings:  []string{"builtin", "module", "test", "use", "def", "x", "m"},
		dialects: []int{0, 2},
		opNames:  [][2]int{{0, 1}, {1, 3}, {1, 4}, {1, 5}},
		attrs:    [][]byte{enc(15)},
		types:    [][]byte{cat(enc(0), enc(32<<2))},
	}
}

// moduleWith wraps body ops (already encoded) in an isolated module region
// with numValues values.
func moduleWith(numValues uint64, numOps uint64, ops ...[]byte) []byte {
	region := cat(enc(1), enc(numValues), enc(numOps<<1), cat(ops...))
	nested := cat([]byte{4}, enc(uint64(len(region))), region)
	return cat(enc(1<<1), enc(0), []byte{0x10}, enc(0), enc(1<<1|1), nested)
}

func TestSyntheticFiles(t *testing.T) {
	useOp := cat(enc(1), []byte{0x04}, enc(0), enc(1), enc(0)) // test.use(%0)
	defOp := cat(enc(2), []byte{0x02}, enc(0), enc(1), enc(0)) // %0 = test.def : i32
	tests := []struct {
		name    string
		edit    func(s *synth)
		wantErr string // "" = must read
		check   func(t *testing.T, m *stablehlo.Module)
	}{
		{"empty module", func(s *synth) { s.ir = cat(enc(1<<1), enc(0), []byte{0}, enc(0)) }, "", func(t *testing.T, m *stablehlo.Module) {
			if m.Name != "" || len(m.Ops) != 0 {
				t.Errorf("module %q with %d ops", m.Name, len(m.Ops))
			}
		}},
		{"module name property", func(s *synth) {
			s.attrs = append(s.attrs, cat(enc(2), enc(6))) // a1 = "m"
			s.props = [][]byte{cat(enc(1<<1|1), enc(0))}
			s.ir = cat(enc(1<<1), enc(0), []byte{0x40}, enc(0), enc(0))
		}, "", func(t *testing.T, m *stablehlo.Module) {
			if m.Name != "m" {
				t.Errorf("module name %q, want m", m.Name)
			}
		}},
		{"forward reference", func(s *synth) { s.ir = moduleWith(1, 2, useOp, defOp) }, "", func(t *testing.T, m *stablehlo.Module) {
			if len(m.Ops) != 2 || m.Ops[0].Operands[0] != m.Ops[1].Results[0] || m.Ops[0].Operands[0].Type.String() != "i32" {
				t.Errorf("forward reference not patched: %+v", m.Ops)
			}
		}},
		{"undefined forward reference", func(s *synth) { s.ir = moduleWith(1, 1, useOp) }, "never defined", nil},
		{"operand out of scope", func(s *synth) { s.ir = moduleWith(0, 1, useOp) }, "only 0 in scope", nil},
		{"too many definitions", func(s *synth) { s.ir = moduleWith(0, 1, defOp) }, "more values than it reserved", nil},
		{"attribute cycle", func(s *synth) {
			s.attrs = append(s.attrs, cat(enc(0), enc(1), enc(1))) // a1 = [a1]
			s.ir = cat(enc(1<<1), enc(0), []byte{0x01}, enc(0), enc(1))
		}, "cycle", nil},
		{"unknown builtin attribute code", func(s *synth) {
			s.attrs = append(s.attrs, enc(99))
			s.ir = cat(enc(1<<1), enc(0), []byte{0x01}, enc(0), enc(1))
		}, "unknown builtin attribute code 99", nil},
		{"dialect without decoder", func(s *synth) {
			s.extra = [][2][]byte{{{1}, enc(5)}}
			s.ir = cat(enc(1<<1), enc(0), []byte{0x01}, enc(0), enc(1))
		}, `no decoder for dialect "test" (attribute code 5)`, nil},
		{"properties without layout", func(s *synth) {
			s.props = [][]byte{enc(0)}
			s.ir = moduleWith(0, 1, cat(enc(3), []byte{0x40}, enc(0), enc(0)))
		}, "test.x has properties but no properties layout", nil},
		{"location is not a location", func(s *synth) {
			s.attrs = append(s.attrs, enc(7)) // unit
			s.ir = cat(enc(1<<1), enc(0), []byte{0}, enc(1))
		}, "is not a location", nil},
		{"version 7", func(s *synth) { s.version = 7; s.ir = cat(enc(1<<1), enc(0), []byte{0}, enc(0)) }, "newer than the newest supported", nil},
		{"two top-level ops", func(s *synth) {
			op := cat(enc(0), []byte{0}, enc(0))
			s.ir = cat(enc(2<<1), op, op)
		}, "one builtin.module", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			tc.edit(s)
			m, err := Read(s.bytes())
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				tc.check(t, m)
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("got error %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

// Deeply nested regions must be rejected with an error, not a stack overflow.
func TestRegionDepthLimit(t *testing.T) {
	for _, depth := range []int{10, maxRegionDepth + 5} {
		s := base()
		// test.x { test.x { ... } } with non-isolated single-block regions.
		var body []byte
		for i := 0; i < depth; i++ {
			if i == 0 {
				body = cat(enc(3), []byte{0x10}, enc(0), enc(1<<1), enc(1), enc(0), enc(0))
				continue
			}
			body = cat(enc(3), []byte{0x10}, enc(0), enc(1<<1), enc(1), enc(0), enc(1<<1), body)
		}
		s.ir = moduleWith(0, 1, body)
		_, err := Read(s.bytes())
		if depth <= maxRegionDepth-2 && err != nil {
			t.Errorf("depth %d: %v", depth, err)
		}
		if depth > maxRegionDepth && (err == nil || !strings.Contains(err.Error(), "nested deeper")) {
			t.Errorf("depth %d: got %v, want a nesting error", depth, err)
		}
	}
}

// Long chains of attribute references resolve up to the limit, then fail cleanly.
func TestAttrChainDepthLimit(t *testing.T) {
	for _, n := range []int{100, maxResolveDepth + 10} {
		s := base()
		// a1 = [a2], a2 = [a3], ..., last = [].
		for i := 1; i <= n; i++ {
			if i == n {
				s.attrs = append(s.attrs, cat(enc(0), enc(0)))
			} else {
				s.attrs = append(s.attrs, cat(enc(0), enc(1), enc(uint64(i+1))))
			}
		}
		dict := cat(enc(1), enc(1), enc(uint64(n+1)), enc(1)) // {"builtin" = a1}
		s.attrs = append(s.attrs, dict, cat(enc(2), enc(0)))
		// dict is a(n+1); its key string attr is a(n+2): patch the dict's key.
		s.attrs[n+1] = cat(enc(1), enc(1), enc(uint64(n+2)), enc(1))
		s.ir = cat(enc(1<<1), enc(0), []byte{0x01}, enc(0), enc(uint64(n+1)))
		m, err := Read(s.bytes())
		if n < maxResolveDepth {
			if err != nil {
				t.Fatalf("chain of %d: %v", n, err)
			}
			if got := m.Attr("builtin"); got == nil || !strings.HasPrefix(got.String(), "[[[") {
				t.Errorf("chain of %d: module attrs %v", n, m.Attrs)
			}
		} else if err == nil || !strings.Contains(err.Error(), "nested deeper") {
			t.Errorf("chain of %d: got %v, want a depth error", n, err)
		}
	}
}

// A DAG whose text form doubles at every level must be rejected, not expanded.
func TestExponentialAttrDAG(t *testing.T) {
	s := base()
	// a1 = [a0', a0'] where a0' = unit (a1 itself), a(k+1) = [ak, ak].
	s.attrs = append(s.attrs, enc(7))
	for k := 1; k <= 80; k++ {
		s.attrs = append(s.attrs, cat(enc(0), enc(2), enc(uint64(k)), enc(uint64(k))))
	}
	last := uint64(len(s.attrs) - 1)
	s.attrs = append(s.attrs, cat(enc(2), enc(0)))                                         // key "builtin"
	s.attrs = append(s.attrs, cat(enc(1), enc(1), enc(uint64(len(s.attrs)-1)), enc(last))) // {builtin = a_last}
	s.ir = cat(enc(1<<1), enc(0), []byte{0x01}, enc(0), enc(uint64(len(s.attrs)-1)))
	_, err := Read(s.bytes())
	if err == nil || !strings.Contains(err.Error(), "expands to more than") {
		t.Fatalf("got %v, want a size error", err)
	}
	if _, err := Inspect(s.bytes()); err == nil {
		t.Fatalf("Inspect accepted an exponential DAG")
	}
}

// dense_resource with an aligned blob becomes a dense elements attribute.
func TestDenseResourceBlob(t *testing.T) {
	s := base()
	s.strings = append(s.strings, "blob") // 7
	s.resKey = 7
	s.resBlob = mustHex("0100000002000000")
	s.types = append(s.types, cat(enc(13), enc(1), enc(4), enc(0))) // t1 = tensor<2xi32>
	s.attrs = append(s.attrs,
		cat(enc(16), enc(1), enc(0)),        // a1 = dense_resource<blob>
		cat(enc(2), enc(0)),                 // a2 = "builtin"
		cat(enc(1), enc(1), enc(2), enc(1))) // a3 = {builtin = a1}
	s.ir = cat(enc(1<<1), enc(0), []byte{0x01}, enc(0), enc(3))
	data := s.bytes()
	m, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Attr("builtin"); got == nil || got.String() != "dense<[1, 2]> : tensor<2xi32>" {
		t.Errorf("resource attribute: %v", got)
	}
	// Corrupt a padding byte: the alignment padding must be 0xCB.
	i := bytes.LastIndexByte(data, 0xCB)
	if i < 0 {
		t.Fatal("no padding in the built file")
	}
	bad := append([]byte(nil), data...)
	bad[i] = 0
	if _, err := Read(bad); err == nil || !strings.Contains(err.Error(), "padding") {
		t.Errorf("bad padding: got %v", err)
	}
}

// The same program (a module whose isolated region has a block argument used
// twice) in every bytecode version's layout (§2.4).
func TestAllBytecodeVersions(t *testing.T) {
	for v := uint64(0); v <= 6; v++ {
		s := base()
		s.version = v
		arg := cat(enc(0), enc(0)) // type t0, loc a0
		if v >= 4 {
			arg = cat(enc(0<<1|1), enc(0))
		}
		block := cat(enc(1<<1|1), enc(1), arg)
		use := cat(enc(1), []byte{0x04}, enc(0), enc(2), enc(0), enc(0)) // test.use(%arg0, %arg0)
		if v >= 3 {
			// use-list flag; the argument's two uses are listed in reverse.
			block = append(block, cat([]byte{1}, enc(2<<1), enc(1), enc(0))...)
		}
		nest := func(region []byte) []byte {
			if v >= 2 {
				return cat([]byte{4}, enc(uint64(len(region))), region)
			}
			return region
		}
		inner := nest(cat(enc(1), enc(1), block, use))
		testx := cat(enc(3), []byte{0x10}, enc(0), enc(1<<1|1), inner)
		body := nest(cat(enc(1), enc(0), enc(1<<1), testx))
		s.ir = cat(enc(1<<1), enc(0), []byte{0x10}, enc(0), enc(1<<1|1), body)
		m, err := Read(s.bytes())
		if err != nil {
			t.Errorf("version %d: %v", v, err)
			continue
		}
		if len(m.Ops) != 1 || m.Ops[0].Body() == nil || len(m.Ops[0].Body().Ops) != 1 {
			t.Fatalf("version %d: wrong module %+v", v, m.Ops)
		}
		b := m.Ops[0].Body()
		u := b.Ops[0]
		if len(b.Args) != 1 || len(u.Operands) != 2 || u.Operands[0] != b.Args[0] || u.Operands[1] != b.Args[0] ||
			b.Args[0].Type.String() != "i32" {
			t.Errorf("version %d: wrong block %+v", v, b)
		}
	}
}

// Many references to one large string must count its length each time.
func TestRepeatedLargeString(t *testing.T) {
	s := base()
	big := strings.Repeat("x", 4000)
	s.strings = append(s.strings, big)             // 7
	s.attrs = append(s.attrs, cat(enc(2), enc(7))) // a1 = "xxx…"
	arr := cat(enc(0), enc(3000))                  // a2 = [a1 × 3000]
	for i := 0; i < 3000; i++ {
		arr = append(arr, enc(1)...)
	}
	s.attrs = append(s.attrs, arr)
	s.attrs = append(s.attrs, cat(enc(2), enc(0)), cat(enc(1), enc(1), enc(3), enc(2))) // a4 = {builtin = a2}
	s.ir = cat(enc(1<<1), enc(0), []byte{0x01}, enc(0), enc(4))
	_, err := Read(s.bytes())
	if err == nil || !strings.Contains(err.Error(), "expands to more than") {
		t.Fatalf("got %v, want a size error", err)
	}
}
