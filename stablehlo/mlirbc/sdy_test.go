package mlirbc

import "testing"

// sdy attributes decode to Shardy's exact text forms.
func TestSdyAttributes(t *testing.T) {
	s := base()
	s.strings = append(s.strings, "sdy", "a", "mesh") // 7, 8, 9
	s.dialects = append(s.dialects, 7)                // dialect 2
	// builtin: a0 loc(unknown), a1 "mesh", a2 @mesh
	s.attrs = append(s.attrs, cat(enc(2), enc(9)), cat(enc(4), enc(1)))
	var sdy [][]byte
	ref := func(payload []byte) uint64 { // index of the next sdy attribute
		sdy = append(sdy, payload)
		return uint64(len(s.attrs) + len(sdy) - 1)
	}
	dm := make([]uint64, 4)
	for i := range dm {
		dm[i] = ref(cat(enc(8), enc(1), enc(uint64(2*i)))) // DimMapping [i]
	}
	tm1 := ref(cat(enc(9), enc(2), enc(dm[0]), enc(dm[1])))
	tm2 := ref(cat(enc(9), enc(2), enc(dm[2]), enc(dm[3])))
	tm3 := ref(cat(enc(9), enc(0)))
	rule := ref(cat(enc(10), enc(4), enc(8), enc(8), enc(8), enc(8), enc(1), enc(tm1), enc(2), enc(tm2), enc(tm3),
		enc(0), enc(0), enc(0), enc(0), []byte{1}))
	rule2 := ref(cat(enc(10), enc(2), enc(8), enc(4), enc(1), enc(tm1), enc(1), enc(tm1),
		enc(1), enc(2), enc(0), enc(0), enc(0), []byte{0})) // reduction={j}
	axis := ref(cat(enc(1), enc(8), enc(4)))            // "a"=2
	mesh := ref(cat(enc(2), enc(1), enc(axis), enc(0))) // <["a"=2]>
	sub := ref(cat(enc(3), enc(2), enc(4)))             // (1)2
	ar := ref(cat(enc(4), enc(8), enc(0)))              // "a"
	arSub := ref(cat(enc(4), enc(8), enc(sub<<1|1)))
	closed := ref(cat(enc(5), enc(1), enc(ar), []byte{1}, enc(0)))
	open := ref(cat(enc(5), enc(0), []byte{0}, enc(0)))
	prio := ref(cat(enc(5), enc(1), enc(arSub), []byte{0}, enc(3<<1|1)))
	sh := ref(cat(enc(6), enc(2), enc(2), enc(closed), enc(open), enc(0)))
	shInline := ref(cat(enc(15), enc(mesh), enc(1), enc(prio), enc(1), enc(ar), enc(1), enc(ar)))
	perValue := ref(cat(enc(7), enc(2), enc(sh), enc(shInline)))
	for _, p := range sdy {
		s.extra = append(s.extra, [2][]byte{{2}, p})
	}
	s.ir = cat(enc(1<<1), enc(0), []byte{0}, enc(0))
	info, err := Inspect(s.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64]string{
		rule:     "#sdy.op_sharding_rule<([i, j])->([k, l], []) {i=4, j=4, k=4, l=4}, custom>",
		rule2:    "#sdy.op_sharding_rule<([i, j])->([i, j]) {i=4, j=2} reduction={j}>",
		mesh:     `#sdy.mesh<["a"=2]>`,
		sh:       `#sdy.sharding<@mesh, [{"a"}, {?}]>`,
		shInline: `#sdy.sharding<mesh<["a"=2]>, [{"a":(1)2, ?}p3], replicated={"a"}, unreduced={"a"}>`,
		perValue: `#sdy.sharding_per_value<[<@mesh, [{"a"}, {?}]>, <mesh<["a"=2]>, [{"a":(1)2, ?}p3], replicated={"a"}, unreduced={"a"}>]>`,
	}
	for i, w := range want {
		if a := info.Attrs[i]; a.Err != nil || a.Value != w {
			t.Errorf("attr %d:\n got %s (%v)\nwant %s", i, a.Value, a.Err, w)
		}
	}
}
