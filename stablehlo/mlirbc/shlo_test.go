package mlirbc

import "testing"

// StableHLO mesh-family attributes (§5.1 codes 18–22) print as MLIR does
// (forms checked against MLIR's printer).
func TestStablehloMeshAttributes(t *testing.T) {
	s := base()
	s.strings = append(s.strings, "stablehlo", "x", "y", "mesh") // 7, 8, 9, 10
	s.dialects = append(s.dialects, 7)                           // dialect 2
	// builtin: a0 loc(unknown), a1 "mesh", a2 @mesh, a3 = [a(mx), a(my)] (patched below)
	s.attrs = append(s.attrs, cat(enc(2), enc(10)), cat(enc(4), enc(1)), nil)
	var shlo [][]byte
	ref := func(payload []byte) uint64 {
		shlo = append(shlo, payload)
		return uint64(len(s.attrs) + len(shlo) - 1)
	}
	sub := ref(cat(enc(19), enc(4), enc(4)))                     // (2)2
	ax := ref(cat(enc(20), enc(8), []byte{1}, enc(sub)))         // x:(2)2
	ay := ref(cat(enc(20), enc(9), []byte{0}))                   // y
	group := ref(cat(enc(18), enc(2), enc(2), enc(ax), enc(ay))) // mesh = @mesh
	mx := ref(cat(enc(21), enc(8), enc(8)))                      // x=4
	my := ref(cat(enc(21), enc(9), enc(4)))                      // y=2
	mesh := ref(cat(enc(22), enc(3), []byte{0}))                 // axes a3
	inline := ref(cat(enc(18), enc(mesh), enc(1), enc(ay)))      // mesh = #stablehlo.mesh<…>
	s.attrs[3] = cat(enc(0), enc(2), enc(mx), enc(my))
	for _, p := range shlo {
		s.extra = append(s.extra, [2][]byte{{2}, p})
	}
	s.ir = cat(enc(1<<1), enc(0), []byte{0}, enc(0))
	info, err := Inspect(s.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64]string{
		sub:    "#stablehlo<sub_axis_info(2)2>",
		ax:     `#stablehlo.axis_ref<name = "x", sub_axis_info = (2)2>`,
		group:  `#stablehlo.replica_group_mesh_axes<mesh = @mesh, axes = [#stablehlo.axis_ref<name = "x", sub_axis_info = (2)2>, #stablehlo.axis_ref<name = "y">]>`,
		mx:     `#stablehlo.mesh_axis<name = "x", size = 4>`,
		mesh:   `#stablehlo.mesh<axes=[<name = "x", size = 4>, <name = "y", size = 2>]>`,
		inline: `#stablehlo.replica_group_mesh_axes<mesh = #stablehlo.mesh<axes=[<name = "x", size = 4>, <name = "y", size = 2>]>, axes = [#stablehlo.axis_ref<name = "y">]>`,
	}
	for i, w := range want {
		if a := info.Attrs[i]; a.Err != nil || a.Value != w {
			t.Errorf("attr %d:\n got %s (%v)\nwant %s", i, a.Value, a.Err, w)
		}
	}
}
