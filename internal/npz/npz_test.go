package npz

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/tensor"
)

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		d     tensor.DType
		shape []int64
	}{
		{tensor.F32, []int64{2, 3}}, {tensor.I1, []int64{5}}, {tensor.C64, nil},
		{tensor.BF16, []int64{4}}, {tensor.U8, []int64{0, 3}}, {tensor.F64, []int64{1, 1, 2}},
	}
	var names []string
	var bufs []*tensor.Buffer
	for i, tc := range tests {
		b := tensor.New(tc.d, tc.shape)
		for j := range b.Data {
			b.Data[j] = byte(j*7 + i)
		}
		if tc.d == tensor.I1 {
			for j := range b.Data {
				b.Data[j] &= 1
			}
		}
		names = append(names, "in"+string(rune('0'+i)))
		bufs = append(bufs, b)
	}
	var w bytes.Buffer
	if err := Write(&w, names, bufs); err != nil {
		t.Fatal(err)
	}
	arrs, err := Read(w.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(arrs) != len(tests) {
		t.Fatalf("%d arrays, want %d", len(arrs), len(tests))
	}
	for i, a := range arrs {
		b, err := a.Buffer(tests[i].d)
		if err != nil {
			t.Fatal(err)
		}
		if a.Name != names[i] || !bytes.Equal(b.Data, bufs[i].Data) || b.String() != bufs[i].String() {
			t.Errorf("%s: got %v, want %v", names[i], b, bufs[i])
		}
	}
}

func npy(descr string, fortran bool, shape string, data []byte) []byte {
	f := "False"
	if fortran {
		f = "True"
	}
	h := "{'descr': '" + descr + "', 'fortran_order': " + f + ", 'shape': " + shape + ", }\n"
	out := append([]byte("\x93NUMPY\x01\x00"), byte(len(h)), byte(len(h)>>8))
	out = append(out, h...)
	return append(out, data...)
}

func TestFortranAndBigEndian(t *testing.T) {
	// Column-major 2x3 of 0..5 (i4): element (i,j) = i + 2j stored at i+2j.
	var data []byte
	for v := int32(0); v < 6; v++ {
		data = binary.LittleEndian.AppendUint32(data, uint32(v))
	}
	a, err := ReadNPY(npy("<i4", true, "(2, 3)", data), "f")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := a.NaturalBuffer()
	got := tensor.View[int32](b)
	want := []int32{0, 2, 4, 1, 3, 5}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("fortran order: got %v, want %v", got, want)
		}
	}
	a, err = ReadNPY(npy(">i2", false, "(2,)", []byte{1, 2, 3, 4}), "be")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Data, []byte{2, 1, 4, 3}) || a.Descr != "<i2" {
		t.Errorf("big-endian: got %v %s", a.Data, a.Descr)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, want string
		data       []byte
	}{
		{"magic", "not a .npy", []byte("hello world!")},
		{"short data", "data bytes", npy("<f4", false, "(3,)", make([]byte, 8))},
		{"bad type", "unsupported type", npy("<q9", false, "(1,)", nil)},
		{"object", "not a string", []byte("\x93NUMPY\x01\x00\x1e\x00{'descr': [('a', '<f4')], }    ")},
		{"huge", "bad shape", npy("<f8", false, "(1000000000000, 1000000000000)", nil)},
		{"neg", "bad dimension", npy("<f8", false, "(-1,)", nil)},
	}
	for _, tc := range tests {
		_, err := ReadNPY(tc.data, tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	a, _ := ReadNPY(npy("<f4", false, "(1,)", make([]byte, 4)), "x")
	if _, err := a.Buffer(tensor.I32); err == nil {
		t.Error("f4 read as i32 without error")
	}
}

func TestCorpus(t *testing.T) {
	dir := shareddata.Dir(t, "corpus/jax-0.11.2")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "io.npz"))
	if len(files) == 0 {
		t.Skip("no io.npz files")
	}
	for _, f := range files {
		arrs, err := ReadFile(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if len(arrs) == 0 {
			t.Errorf("%s: no arrays", f)
		}
	}
}

func FuzzReadNPY(f *testing.F) {
	f.Add(npy("<f4", false, "(2,)", make([]byte, 8)))
	f.Add(npy("<i4", true, "(2, 2)", make([]byte, 16)))
	f.Add(npy(">c8", false, "()", make([]byte, 8)))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadNPY(data, "fuzz")
		if err == nil {
			if int64(len(a.Data)) != tensor.NumElements(a.Shape)*int64(mustSize(a.Descr)) {
				t.Fatalf("accepted inconsistent array %s %v %d", a.Descr, a.Shape, len(a.Data))
			}
		}
	})
}

func mustSize(d string) int { n, _ := itemSize(d); return n }

func FuzzRead(f *testing.F) {
	var w bytes.Buffer
	_ = Write(&w, []string{"a"}, []*tensor.Buffer{tensor.New(tensor.F32, []int64{3})})
	f.Add(w.Bytes())
	if data, err := os.ReadFile(filepath.Join(shareddata.Root(), "corpus/jax-0.11.2/while_fori/io.npz")); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Read(data)
	})
}

func TestBufferJAX(t *testing.T) {
	src := tensor.New(tensor.F64, []int64{2})
	copy(tensor.View[float64](src), []float64{0.1, -3})
	var w bytes.Buffer
	if err := Write(&w, []string{"in0"}, []*tensor.Buffer{src}); err != nil {
		t.Fatal(err)
	}
	arrs, err := Read(w.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	b, conv, err := arrs[0].BufferJAX(tensor.F32)
	if err != nil || !conv || tensor.View[float32](b)[0] != float32(0.1) || tensor.View[float32](b)[1] != -3 {
		t.Errorf("f64 -> f32: %v %v %v", b, conv, err)
	}
	if _, _, err := arrs[0].BufferJAX(tensor.I32); err == nil {
		t.Error("f64 -> i32 accepted")
	}
	if b, conv, err := arrs[0].BufferJAX(tensor.F64); err != nil || conv || b.DType != tensor.F64 {
		t.Errorf("f64 -> f64: %v %v %v", b, conv, err)
	}
}
