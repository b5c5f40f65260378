package vhlo

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

var funcHeadRE = regexp.MustCompile(`(?m)^func\.func (?:private |public )?@([\w$.\-]+)`)

// funcSources splits a conformance source into its functions' text, comments
// and blank lines dropped, keyed by name.
func funcSources(src string) map[string]string {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if i := strings.Index(l, "//"); i >= 0 {
			l = l[:i]
		}
		if strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	text := strings.Join(lines, "\n")
	out := map[string]string{}
	locs := funcHeadRE.FindAllStringSubmatchIndex(text, -1)
	for i, l := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		out[text[l[2]:l[3]]] = text[l[0]:end]
	}
	return out
}

// The same StableHLO function serialized for different VHLO versions (old op
// versions, attributes in dictionaries or properties, bytecode 0–6) must read
// to the same IR: each function of each artifact is compared with the newest
// artifact's function of that name whenever their source text is identical.
func TestConformanceVersionsAgree(t *testing.T) {
	dir := sharedDir(t, "conformance/stablehlo-vhlo")
	files, _ := filepath.Glob(filepath.Join(dir, "stablehlo_legalize_to_vhlo.*.mlir.bc"))
	if len(files) < 2 {
		t.Skip("need several conformance artifacts")
	}
	type art struct {
		name string
		v    stablehlo.Version
		m    *stablehlo.Module
		src  map[string]string
	}
	var arts []art
	for _, f := range files {
		m, err := readBytecode(t, f)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		src, err := os.ReadFile(strings.TrimSuffix(f, ".bc"))
		if err != nil {
			continue
		}
		arts = append(arts, art{filepath.Base(f), m.Version, m, funcSources(string(src))})
	}
	sort.Slice(arts, func(i, j int) bool { return arts[j].v.Less(arts[i].v) })
	ref := arts[0]
	compared := 0
	for _, a := range arts[1:] {
		for _, fn := range a.m.Funcs() {
			name := stablehlo.FuncName(fn)
			rf := ref.m.Func(name)
			if rf == nil || a.src[name] == "" || a.src[name] != ref.src[name] {
				continue
			}
			one := &stablehlo.Module{Ops: []*stablehlo.Op{rf}}
			two := &stablehlo.Module{Ops: []*stablehlo.Op{fn}}
			if err := stablehlo.Equal(one, two); err != nil {
				t.Errorf("%s vs %s: %v", ref.name, a.name, err)
			}
			compared++
		}
	}
	if compared == 0 {
		t.Error("no function was compared")
	}
	t.Logf("%d functions compared", compared)
}
