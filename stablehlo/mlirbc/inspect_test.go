package mlirbc

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		panic(err)
	}
	return b
}

// The worked example of shared/docs/mlir-bytecode.md §2.11, checked at the
// container level (the VHLO decoder is not linked into this test binary, so
// VHLO entries stay raw).
func TestWorkedExample(t *testing.T) {
	path := filepath.Join(sharedDir(t), "conformance/stablehlo-vhlo/vhlo_emit_version_api.1_1_0.mlir.bc")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("worked example file missing: " + err.Error())
	}
	if len(data) != 294 {
		t.Fatalf("file has %d bytes, the worked example 294", len(data))
	}
	info, err := Inspect(data)
	if err != nil {
		t.Fatal(err)
	}
	if info.Version != 6 || info.Producer != "StableHLO_v1.1.0" {
		t.Errorf("header: version %d producer %q", info.Version, info.Producer)
	}
	wantSecs := []SectionInfo{
		{1, "dialect", 22, 24, 12}, {3, "attr/type offsets", 36, 38, 21}, {2, "attr/type", 59, 61, 39},
		{4, "IR", 100, 102, 41}, {6, "resource offsets", 143, 145, 1}, {5, "resource", 146, 148, 0},
		{0, "string", 148, 151, 131}, {8, "properties", 282, 284, 10},
	}
	if !reflect.DeepEqual(info.Sections, wantSecs) {
		t.Errorf("sections:\n got %v\nwant %v", info.Sections, wantSecs)
	}
	if len(info.Strings) != 9 || info.Strings[0] != "builtin" || info.Strings[1] != "vhlo" ||
		info.Strings[4] != "add_v1" || info.Strings[7] != "main" || info.Strings[8] != "" {
		t.Errorf("strings: %q", info.Strings)
	}
	if !reflect.DeepEqual(info.Dialects, []string{"builtin", "vhlo"}) {
		t.Errorf("dialects: %v", info.Dialects)
	}
	wantOps := []string{"builtin.module", "vhlo.func_v1", "vhlo.add_v1", "vhlo.return_v1"}
	if !reflect.DeepEqual(info.OpNames, wantOps) || !reflect.DeepEqual(info.Registered, []bool{true, true, true, true}) {
		t.Errorf("op names: %v %v", info.OpNames, info.Registered)
	}
	// Entry payloads as listed in §2.11.
	wantAttrs := []struct {
		dialect, payload string
	}{
		{"builtin", "050d"}, {"builtin", "17010101"}, {"builtin", ""}, {"builtin", ""}, {"builtin", ""}, {"builtin", ""},
		{"vhlo", "0301"}, {"vhlo", "2303"}, {"vhlo", "1d0f"}, {"vhlo", "1d11"},
	}
	if len(info.Attrs) != len(wantAttrs) {
		t.Fatalf("%d attributes, want %d", len(info.Attrs), len(wantAttrs))
	}
	for i, w := range wantAttrs {
		a := info.Attrs[i]
		if a.Dialect != w.dialect || !a.Custom || (w.payload != "" && hex.EncodeToString(a.Payload) != w.payload) {
			t.Errorf("attr %d: %s custom=%v % x", i, a.Dialect, a.Custom, a.Payload)
		}
		if a.Err != nil {
			t.Errorf("attr %d: %v", i, a.Err)
		}
	}
	if len(info.Attrs[2].Payload) != 4 {
		t.Errorf("attr 2 size %d, want 4", len(info.Attrs[2].Payload))
	}
	if info.Attrs[0].Value != stablehlo.QuoteString(info.Strings[6]) {
		t.Errorf("a0 = %s, want the file path string", info.Attrs[0].Value)
	}
	locs := []string{":0:0", ":11:1", ":11:17", ":12:8", ":13:3"}
	for i, l := range locs {
		v := info.Attrs[1+i].Value
		if !strings.HasPrefix(v, "loc(\"") || !strings.HasSuffix(v, l+")") {
			t.Errorf("a%d = %s, want a file location ending %s", 1+i, v, l)
		}
	}
	wantTypes := []string{"290105", "1103010301", "09"}
	for i, w := range wantTypes {
		if i >= len(info.Types) || hex.EncodeToString(info.Types[i].Payload) != w || info.Types[i].Dialect != "vhlo" {
			t.Errorf("type %d: %+v", i, info.Types)
		}
	}
	if len(info.Properties) != 2 || !bytes.Equal(info.Properties[0], mustHex("0101")) ||
		!bytes.Equal(info.Properties[1], mustHex("0d0f0d1113")) {
		t.Errorf("properties: % x", info.Properties)
	}
	// IR: module → func_v1 → (arg) add(arg, arg) → return(add).
	m := info.Raw
	if m == nil || len(m.Ops) != 1 || m.Ops[0].Name != "vhlo.func_v1" {
		t.Fatalf("module body: %+v", m)
	}
	if m.Name != "" || len(m.Attrs) != 0 {
		t.Errorf("module name %q attrs %v", m.Name, m.Attrs)
	}
	fn := m.Ops[0]
	if fn.Loc.String() != strings.TrimSuffix(strings.TrimPrefix(info.Attrs[2].Value, "loc("), ")") {
		t.Errorf("func loc %s, want a2", fn.Loc)
	}
	// Without the VHLO package linked in, VHLO entries and properties stay raw;
	// with it (the external tests of this package link it), they decode.
	_, vhloLinked := dialects["vhlo"]
	if !vhloLinked && (fn.Attr("<properties>") == nil || fn.Attr("<properties>").String() != "<0d0f0d1113>") {
		t.Errorf("func properties: %v", fn.Attrs)
	}
	if vhloLinked && (fn.Attr("sym_name") == nil || fn.Attr("sym_name").String() != `"main"`) {
		t.Errorf("func properties: %v", fn.Attrs)
	}
	body := fn.Body()
	if body == nil || len(body.Args) != 1 || len(body.Ops) != 2 {
		t.Fatalf("func body: %+v", body)
	}
	add, ret := body.Ops[0], body.Ops[1]
	if add.Name != "vhlo.add_v1" || ret.Name != "vhlo.return_v1" {
		t.Fatalf("ops %s, %s", add.Name, ret.Name)
	}
	if len(add.Operands) != 2 || add.Operands[0] != body.Args[0] || add.Operands[1] != body.Args[0] {
		t.Errorf("add operands are not (arg0, arg0)")
	}
	wantT := "!vhlo.raw<290105>"
	if vhloLinked {
		wantT = "tensor<f32>"
	}
	if len(add.Results) != 1 || add.Results[0].Type.String() != wantT {
		t.Errorf("add results: %v", add.Results)
	}
	if len(ret.Operands) != 1 || ret.Operands[0] != add.Results[0] || len(ret.Results) != 0 {
		t.Errorf("return does not return the add result")
	}
	if body.Args[0].Loc == nil || !strings.HasSuffix(body.Args[0].Loc.String(), ":11:17") {
		t.Errorf("block argument location %v", body.Args[0].Loc)
	}
}
