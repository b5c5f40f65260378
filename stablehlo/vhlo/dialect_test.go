package vhlo

import (
	"math"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo/mlirbc"
)

// A minimal MLIR bytecode (format 6) writer for tests: one builtin.module whose
// attribute dictionary holds {k = <attribute under test>}, so any VHLO
// attribute or type encoding can be fed through mlirbc.Read.

func varint(v uint64) []byte {
	// Shortest prefix varint (spec §2.1).
	for n := 1; n <= 8; n++ {
		if v < 1<<(7*n) {
			x := (v<<1 | 1) << (n - 1)
			out := make([]byte, n)
			for i := range out {
				out[i] = byte(x >> (8 * i))
			}
			return out
		}
	}
	out := []byte{0}
	for i := 0; i < 8; i++ {
		out = append(out, byte(v>>(8*i)))
	}
	return out
}

func svarint(v int64) []byte { return varint(uint64(v<<1) ^ uint64(v>>63)) }

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

type bcEntry struct {
	dialect uint64 // 0 builtin, 1 vhlo
	data    []byte
}

type bcWriter struct {
	strings []string
	attrs   []bcEntry
	types   []bcEntry
}

func (w *bcWriter) str(s string) uint64 {
	for i, x := range w.strings {
		if x == s {
			return uint64(i)
		}
	}
	w.strings = append(w.strings, s)
	return uint64(len(w.strings) - 1)
}

// attr adds an attribute entry and returns its index.
func (w *bcWriter) attr(dialect uint64, data ...[]byte) uint64 {
	w.attrs = append(w.attrs, bcEntry{dialect, cat(data...)})
	return uint64(len(w.attrs) - 1)
}

func (w *bcWriter) typ(dialect uint64, data ...[]byte) uint64 {
	w.types = append(w.types, bcEntry{dialect, cat(data...)})
	return uint64(len(w.types) - 1)
}

func section(id byte, data []byte) []byte { return cat([]byte{id}, varint(uint64(len(data))), data) }

// file builds the bytecode of a module with attribute k = attrs[value].
func (w *bcWriter) file(value uint64) []byte {
	builtin, vhloName, module := w.str("builtin"), w.str("vhlo"), w.str("module")
	loc := w.attr(0, varint(15))                    // UnknownLoc
	key := w.attr(0, varint(2), varint(w.str("k"))) // StringAttr "k"
	dict := w.attr(0, varint(1), varint(1), varint(key), varint(value))
	dialects := cat(varint(2), varint(builtin<<1), varint(vhloName<<1), varint(1),
		varint(0), varint(1), varint(module<<1|1))
	var offsets, payload []byte
	offsets = cat(varint(uint64(len(w.attrs))), varint(uint64(len(w.types))))
	for _, list := range [][]bcEntry{w.attrs, w.types} {
		for _, e := range list {
			offsets = append(offsets, cat(varint(e.dialect), varint(1), varint(uint64(len(e.data))<<1|1))...)
			payload = append(payload, e.data...)
		}
	}
	ir := cat(varint(1<<1), varint(0), []byte{0x01}, varint(loc), varint(dict))
	var strs []byte
	strs = varint(uint64(len(w.strings)))
	for i := len(w.strings) - 1; i >= 0; i-- {
		strs = append(strs, varint(uint64(len(w.strings[i])+1))...)
	}
	for _, s := range w.strings {
		strs = append(strs, append([]byte(s), 0)...)
	}
	return cat([]byte("ML\xEFR"), varint(6), []byte("StableHLO_v1.20.0\x00"),
		section(1, dialects), section(3, offsets), section(2, payload), section(4, ir),
		section(0, strs), section(8, varint(0)))
}

func TestVHLOAttributeEncodings(t *testing.T) {
	type build func(w *bcWriter) uint64
	vStr := func(w *bcWriter, s string) uint64 { return w.attr(1, varint(14), varint(w.str(s))) }
	f32 := func(w *bcWriter) uint64 { return w.typ(1, varint(4)) }
	cases := []struct {
		name  string
		build build
		want  string // text of the attribute, or "error: <substring>"
	}{
		{"mesh with axes", func(w *bcWriter) uint64 {
			x := w.attr(1, varint(24), varint(vStr(w, "x")), svarint(2))
			y := w.attr(1, varint(24), varint(vStr(w, "y")), svarint(4))
			axes := w.attr(1, varint(1), varint(2), varint(x), varint(y))
			return w.attr(1, varint(25), varint(axes), varint(0))
		}, `#stablehlo.mesh<axes = [#stablehlo.mesh_axis<name = "x", size = 2>, #stablehlo.mesh_axis<name = "y", size = 4>]>`},
		{"replica groups on an inline mesh", func(w *bcWriter) uint64 {
			x := w.attr(1, varint(24), varint(vStr(w, "x")), svarint(2))
			axes := w.attr(1, varint(1), varint(1), varint(x))
			mesh := w.attr(1, varint(25), varint(axes), varint(0))
			sub := w.attr(1, varint(21), svarint(1), svarint(2))
			ref := w.attr(1, varint(22), varint(vStr(w, "x")), varint(1), varint(sub))
			refs := w.attr(1, varint(1), varint(1), varint(ref))
			return w.attr(1, varint(23), varint(mesh), varint(refs))
		}, `#stablehlo.replica_group_mesh_axes<mesh = #stablehlo.mesh<axes = [#stablehlo.mesh_axis<name = "x", size = 2>]>, axes = [#stablehlo.axis_ref<name = "x", sub_axis_info = (1)2>]>`},
		{"unranked tensor type", func(w *bcWriter) uint64 {
			return w.attr(1, varint(17), varint(w.typ(1, varint(25), varint(f32(w)))))
		}, "tensor<*xf32>"},
		{"witness type", func(w *bcWriter) uint64 { return w.attr(1, varint(17), varint(w.typ(1, varint(26)))) }, "!shape.witness"},
		{"bounded dynamic tensor type", func(w *bcWriter) uint64 {
			enc := w.attr(1, varint(18), varint(2), svarint(math.MinInt64), svarint(5))
			return w.attr(1, varint(17), varint(w.typ(1, varint(21), varint(enc), varint(2), svarint(math.MinInt64), svarint(3), varint(f32(w)))))
		}, "tensor<?x3xf32, #stablehlo.bounds<?, 5>>"},
		{"ui32 integer", func(w *bcWriter) uint64 {
			return w.attr(1, varint(9), varint(w.typ(1, varint(18))), svarint(0xFFFFFFFF))
		}, "4294967295 : ui32"},
		{"i32 -1 written zero-extended", func(w *bcWriter) uint64 {
			return w.attr(1, varint(9), varint(w.typ(1, varint(13))), svarint(0xFFFFFFFF))
		}, "-1 : i32"},
		{"f8E4M3FN float is one raw byte", func(w *bcWriter) uint64 {
			return w.attr(1, varint(8), varint(w.typ(1, varint(6))), []byte{0x38})
		}, "1.000000e+00 : f8E4M3FN"},
		{"packed i1 tensor", func(w *bcWriter) uint64 {
			ty := w.typ(1, varint(20), varint(1), svarint(10), varint(w.typ(1, varint(0))))
			return w.attr(1, varint(15), varint(ty), varint(2), []byte{0x05, 0x02})
		}, "dense<[true, false, true, false, false, false, false, false, false, true]> : tensor<10xi1>"},
		{"splat true i1 tensor", func(w *bcWriter) uint64 {
			ty := w.typ(1, varint(20), varint(1), svarint(4), varint(w.typ(1, varint(0))))
			return w.attr(1, varint(15), varint(ty), varint(1), []byte{0xFF})
		}, "dense<true> : tensor<4xi1>"},
		{"per-axis quantized type", func(w *bcWriter) uint64 {
			ty := w.typ(1, varint(30), varint(1), varint(w.typ(1, varint(11))), varint(f32(w)), varint(0),
				svarint(-128), svarint(127), varint(2), svarint(int64(math.Float64bits(0.5))), svarint(int64(math.Float64bits(2))),
				varint(2), svarint(0), svarint(3))
			return w.attr(1, varint(17), varint(ty))
		}, "!quant.uniform<i8:f32:0, {5e-01,2e+00:3}>"},
		{"result accuracy", func(w *bcWriter) uint64 {
			mode := w.attr(1, varint(19), varint(2))
			return w.attr(1, varint(20), svarint(int64(math.Float64bits(1e-5))), svarint(0), svarint(2), varint(mode))
		}, "#stablehlo.result_accuracy<atol = 1.000000e-05, rtol = 0.000000e+00, ulps = 2, mode = #stablehlo.result_accuracy_mode<TOLERANCE>>"},
		{"future of two tensors", func(w *bcWriter) uint64 {
			t0 := w.typ(1, varint(20), varint(0), varint(f32(w)))
			return w.attr(1, varint(17), varint(w.typ(1, varint(42), varint(2), varint(t0), varint(t0))))
		}, "!stablehlo.future<tensor<f32>, tensor<f32>>"},
		{"buffer", func(w *bcWriter) uint64 {
			return w.attr(1, varint(17), varint(w.typ(1, varint(41), varint(2), svarint(2), svarint(math.MinInt64), varint(f32(w)))))
		}, "memref<2x?xf32>"},
		{"unknown attribute code", func(w *bcWriter) uint64 { return w.attr(1, varint(26)) }, "error: unknown attribute code 26"},
		{"unknown type code", func(w *bcWriter) uint64 { return w.attr(1, varint(17), varint(w.typ(1, varint(43)))) }, "error: unknown type code 43"},
		{"boolean out of range", func(w *bcWriter) uint64 { return w.attr(1, varint(2), varint(2)) }, "error: boolean value 2"},
		{"enum out of range", func(w *bcWriter) uint64 { return w.attr(1, varint(3), varint(6)) }, "error: invalid comparison_direction enum value 6"},
		{"rng_distribution 0 is not a value", func(w *bcWriter) uint64 { return w.attr(1, varint(13), varint(0)) }, "error: invalid rng_distribution"},
		{"tensor data of the wrong size", func(w *bcWriter) uint64 {
			ty := w.typ(1, varint(20), varint(1), svarint(3), varint(f32(w)))
			return w.attr(1, varint(15), varint(ty), varint(8), make([]byte, 8))
		}, "error: has 8 data bytes"},
		{"dictionary key not a string", func(w *bcWriter) uint64 {
			b := w.attr(1, varint(2), varint(1))
			return w.attr(1, varint(6), varint(1), varint(b), varint(b))
		}, "error: dictionary key"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := &bcWriter{}
			data := w.file(tc.build(w))
			m, err := mlirbc.Read(data)
			if want, isErr := strings.CutPrefix(tc.want, "error: "); isErr {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("error %v, want one containing %q", err, want)
				}
				if !strings.Contains(err.Error(), "byte") {
					t.Errorf("error %q names no byte offset", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := m.Attr("k")
			if got == nil {
				t.Fatalf("attribute k missing; module attrs %v", m.Attrs)
			}
			if got.String() != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}
