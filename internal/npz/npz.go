// Package npz reads and writes NumPy's .npy arrays and .npz archives (a zip of
// .npy files, stored or deflated), the format JAX test data and `vmtrace run`
// use. Arrays come back in C order, little-endian, in tensor.Buffer's storage
// layout. The reader treats its input as hostile: every size is checked
// against the data before anything is allocated, and it never panics.
package npz

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// MaxArrayBytes bounds one array's data (a guard against corrupt headers).
const MaxArrayBytes = 1 << 32

// Array is one decoded .npy array: its NumPy type string ("<f4", "|b1",
// "<V2"), its shape, and its data in C order, little-endian.
type Array struct {
	Name  string
	Descr string
	Shape []int64
	Data  []byte
}

// descrs maps NumPy type strings (without byte order) to element types.
var descrs = map[string]tensor.DType{
	"b1": tensor.I1, "i1": tensor.I8, "i2": tensor.I16, "i4": tensor.I32, "i8": tensor.I64,
	"u1": tensor.U8, "u2": tensor.U16, "u4": tensor.U32, "u8": tensor.U64,
	"f2": tensor.F16, "f4": tensor.F32, "f8": tensor.F64, "c8": tensor.C64, "c16": tensor.C128,
}

// DType is the element type the descr names, or Invalid for raw "V<n>" (how
// NumPy stores bfloat16, float8 and other ml_dtypes types) and anything else.
func (a *Array) DType() tensor.DType { return descrs[a.Descr[1:]] }

// itemSize is the bytes per element the descr implies.
func itemSize(descr string) (int, error) {
	if len(descr) < 3 {
		return 0, fmt.Errorf("bad descr %q", descr)
	}
	n, err := strconv.Atoi(descr[2:])
	if err != nil || n <= 0 || n > 64 {
		return 0, fmt.Errorf("bad descr %q", descr)
	}
	return n, nil
}

// Buffer converts the array to a buffer of element type want. A raw "V<n>"
// array is accepted for any type of n bytes per element (bf16, f8, ...).
func (a *Array) Buffer(want tensor.DType) (*tensor.Buffer, error) {
	have := a.DType()
	if have != want {
		size, _ := itemSize(a.Descr)
		if a.Descr[1] != 'V' || size != want.StorageSize() {
			return nil, fmt.Errorf("npz: array %s is %s, want %v", a.Name, a.Descr, want)
		}
	}
	b := tensor.New(want, a.Shape)
	if len(b.Data) != len(a.Data) {
		return nil, fmt.Errorf("npz: array %s holds %d bytes, %v%v needs %d", a.Name, len(a.Data), want, a.Shape, len(b.Data))
	}
	copy(b.Data, a.Data)
	if want == tensor.I1 {
		for i, v := range b.Data {
			if v != 0 {
				b.Data[i] = 1
			}
		}
	}
	return b, nil
}

// NaturalBuffer converts the array to the element type its descr names.
func (a *Array) NaturalBuffer() (*tensor.Buffer, error) {
	d := a.DType()
	if d == tensor.Invalid {
		return nil, fmt.Errorf("npz: array %s has type %s, which names no element type (raw bytes: give the type)", a.Name, a.Descr)
	}
	return a.Buffer(d)
}

var npyMagic = []byte("\x93NUMPY")

// ReadNPY decodes one .npy file.
func ReadNPY(data []byte, name string) (*Array, error) {
	fail := func(format string, args ...any) (*Array, error) {
		return nil, fmt.Errorf("npz: %s: %s", name, fmt.Sprintf(format, args...))
	}
	if len(data) < 10 || !bytes.HasPrefix(data, npyMagic) {
		return fail("not a .npy file")
	}
	major := data[6]
	var hlen, off int
	switch major {
	case 1:
		hlen, off = int(binary.LittleEndian.Uint16(data[8:10])), 10
	case 2, 3:
		if len(data) < 12 {
			return fail("truncated header")
		}
		h := binary.LittleEndian.Uint32(data[8:12])
		if h > 1<<20 {
			return fail("header of %d bytes is too large", h)
		}
		hlen, off = int(h), 12
	default:
		return fail("unsupported .npy version %d", major)
	}
	if off+hlen > len(data) {
		return fail("truncated header")
	}
	descr, fortran, shape, err := parseHeader(string(data[off : off+hlen]))
	if err != nil {
		return fail("%v", err)
	}
	size, err := itemSize(descr)
	if err != nil {
		return fail("%v", err)
	}
	order := descr[0]
	kind := descr[1:2]
	if kind != "V" && descrs[descr[1:]] == tensor.Invalid {
		return fail("unsupported type %q", descr)
	}
	if order != '<' && order != '>' && order != '|' && order != '=' {
		return fail("bad byte order in %q", descr)
	}
	n := tensor.NumElements(shape)
	if n < 0 || n > MaxArrayBytes/int64(size) {
		return fail("bad shape %v", shape)
	}
	body := data[off+hlen:]
	if int64(len(body)) != n*int64(size) {
		return fail("%d data bytes, shape %v of %s needs %d", len(body), shape, descr, n*int64(size))
	}
	out := make([]byte, len(body))
	copy(out, body)
	if order == '>' && kind != "V" && size > 1 {
		swap := size
		if kind == "c" {
			swap = size / 2
		}
		for i := 0; i+swap <= len(out); i += swap {
			e := out[i : i+swap]
			for a, b := 0, swap-1; a < b; a, b = a+1, b-1 {
				e[a], e[b] = e[b], e[a]
			}
		}
	}
	if order == '>' || order == '=' {
		descr = "<" + descr[1:]
	}
	if fortran && len(shape) > 1 {
		out = fortranToC(out, shape, size)
	}
	return &Array{Name: name, Descr: descr, Shape: shape, Data: out}, nil
}

// fortranToC reorders column-major element data to row-major.
func fortranToC(in []byte, shape []int64, size int) []byte {
	out := make([]byte, len(in))
	rank := len(shape)
	fstride := make([]int64, rank)
	acc := int64(1)
	for k := 0; k < rank; k++ {
		fstride[k] = acc
		acc *= shape[k]
	}
	idx := make([]int64, rank)
	n := tensor.NumElements(shape)
	for lin := int64(0); lin < n; lin++ {
		src := int64(0)
		for k := 0; k < rank; k++ {
			src += idx[k] * fstride[k]
		}
		copy(out[lin*int64(size):(lin+1)*int64(size)], in[src*int64(size):(src+1)*int64(size)])
		for k := rank - 1; k >= 0; k-- {
			idx[k]++
			if idx[k] < shape[k] {
				break
			}
			idx[k] = 0
		}
	}
	return out
}

// parseHeader reads the Python dict literal of a .npy header:
// {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }
func parseHeader(h string) (descr string, fortran bool, shape []int64, err error) {
	h = strings.TrimSpace(h)
	if !strings.HasPrefix(h, "{") || !strings.HasSuffix(h, "}") {
		return "", false, nil, errors.New("header is not a dict")
	}
	h = h[1 : len(h)-1]
	seen := map[string]bool{}
	for {
		h = strings.TrimLeft(h, " ,")
		if h == "" {
			break
		}
		key, rest, ok := quoted(h)
		if !ok {
			return "", false, nil, errors.New("bad header key")
		}
		rest = strings.TrimLeft(rest, " ")
		if !strings.HasPrefix(rest, ":") {
			return "", false, nil, errors.New("bad header: missing ':'")
		}
		rest = strings.TrimLeft(rest[1:], " ")
		seen[key] = true
		switch key {
		case "descr":
			descr, rest, ok = quoted(rest)
			if !ok {
				return "", false, nil, errors.New("descr is not a string (structured arrays are not supported)")
			}
		case "fortran_order":
			switch {
			case strings.HasPrefix(rest, "True"):
				fortran, rest = true, rest[4:]
			case strings.HasPrefix(rest, "False"):
				fortran, rest = false, rest[5:]
			default:
				return "", false, nil, errors.New("bad fortran_order")
			}
		case "shape":
			if !strings.HasPrefix(rest, "(") {
				return "", false, nil, errors.New("bad shape")
			}
			end := strings.IndexByte(rest, ')')
			if end < 0 {
				return "", false, nil, errors.New("bad shape")
			}
			shape = []int64{}
			for _, part := range strings.Split(rest[1:end], ",") {
				part = strings.TrimSpace(part)
				if part == "" {
					continue
				}
				part = strings.TrimSuffix(part, "L")
				d, perr := strconv.ParseInt(part, 10, 64)
				if perr != nil || d < 0 {
					return "", false, nil, fmt.Errorf("bad dimension %q", part)
				}
				shape = append(shape, d)
			}
			if len(shape) > 64 {
				return "", false, nil, errors.New("rank too large")
			}
			rest = rest[end+1:]
		default:
			return "", false, nil, fmt.Errorf("unknown header key %q", key)
		}
		h = rest
	}
	if !seen["descr"] || !seen["shape"] {
		return "", false, nil, errors.New("header lacks descr or shape")
	}
	return descr, fortran, shape, nil
}

// quoted reads a '...' or "..." string at the start of s.
func quoted(s string) (string, string, bool) {
	if len(s) < 2 || (s[0] != '\'' && s[0] != '"') {
		return "", s, false
	}
	end := strings.IndexByte(s[1:], s[0])
	if end < 0 {
		return "", s, false
	}
	return s[1 : 1+end], s[2+end:], true
}

// Read decodes an .npz archive. Arrays are sorted by name, natural order
// ("in2" before "in10").
func Read(data []byte) ([]*Array, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("npz: %w", err)
	}
	var out []*Array
	for _, f := range zr.File {
		name := strings.TrimSuffix(f.Name, ".npy")
		if f.UncompressedSize64 > MaxArrayBytes {
			return nil, fmt.Errorf("npz: %s: %d bytes is too large", f.Name, f.UncompressedSize64)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("npz: %s: %w", f.Name, err)
		}
		raw, err := io.ReadAll(io.LimitReader(rc, int64(f.UncompressedSize64)+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("npz: %s: %w", f.Name, err)
		}
		a, err := ReadNPY(raw, name)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	sort.SliceStable(out, func(i, j int) bool { return naturalLess(out[i].Name, out[j].Name) })
	return out, nil
}

// ReadFile reads an .npz file.
func ReadFile(path string) ([]*Array, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Read(data)
}

// naturalLess orders names with numeric suffixes by number: in2 < in10.
func naturalLess(a, b string) bool {
	pa, na := splitNum(a)
	pb, nb := splitNum(b)
	if pa != pb {
		return pa < pb
	}
	if na != nb {
		return na < nb
	}
	return a < b
}

func splitNum(s string) (string, int) {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i == len(s) || len(s)-i > 9 {
		return s, -1
	}
	n, _ := strconv.Atoi(s[i:])
	return s[:i], n
}

// Descr is the NumPy type string for an element type: its natural one, or raw
// "<V<n>" for types NumPy lacks (bf16, f8, sub-byte integers are stored in
// the wider integer of their storage).
func Descr(d tensor.DType) string {
	for k, v := range descrs {
		if v == d {
			if k == "b1" || k == "i1" || k == "u1" {
				return "|" + k
			}
			return "<" + k
		}
	}
	switch d {
	case tensor.I2, tensor.I4:
		return "|i1"
	case tensor.U2, tensor.U4:
		return "|u1"
	case tensor.Index:
		return "<i8"
	}
	return "<V" + strconv.Itoa(d.StorageSize())
}

// EncodeNPY encodes one buffer as .npy (version 1.0).
func EncodeNPY(b *tensor.Buffer) []byte {
	var shape strings.Builder
	shape.WriteByte('(')
	for i, d := range b.Shape {
		if i > 0 {
			shape.WriteString(", ")
		}
		shape.WriteString(strconv.FormatInt(d, 10))
	}
	if len(b.Shape) == 1 {
		shape.WriteByte(',')
	}
	shape.WriteByte(')')
	h := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", Descr(b.DType), shape.String())
	total := 10 + len(h) + 1
	pad := (64 - total%64) % 64
	h += strings.Repeat(" ", pad) + "\n"
	out := make([]byte, 0, 10+len(h)+len(b.Data))
	out = append(out, npyMagic...)
	out = append(out, 1, 0)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(h)))
	out = append(out, h...)
	return append(out, b.Data...)
}

// Write writes buffers as an .npz archive (stored, uncompressed), one
// NAME.npy per buffer.
func Write(w io.Writer, names []string, bufs []*tensor.Buffer) error {
	if len(names) != len(bufs) {
		return errors.New("npz: names and buffers differ in number")
	}
	zw := zip.NewWriter(w)
	for i, b := range bufs {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: names[i] + ".npy", Method: zip.Store})
		if err != nil {
			return err
		}
		if _, err := f.Write(EncodeNPY(b)); err != nil {
			return err
		}
	}
	return zw.Close()
}

// BufferJAX converts the array to element type want as JAX does with x64
// disabled: a float64 array given for a float32 parameter is rounded to
// nearest, an int64 array for an int32 parameter wraps, a complex128 array
// for complex64 rounds each part (NumPy's default dtypes meet 32-bit
// programs). converted reports whether that happened; any other mismatch is
// an error, as in Buffer.
func (a *Array) BufferJAX(want tensor.DType) (b *tensor.Buffer, converted bool, err error) {
	have := a.DType()
	narrow := (have == tensor.F64 && want == tensor.F32) || (have == tensor.I64 && want == tensor.I32) || (have == tensor.C128 && want == tensor.C64)
	if !narrow {
		b, err = a.Buffer(want)
		return b, false, err
	}
	src, err := a.NaturalBuffer()
	if err != nil {
		return nil, false, err
	}
	b = tensor.New(want, a.Shape)
	switch want {
	case tensor.F32:
		dst := tensor.View[float32](b)
		for i, v := range tensor.View[float64](src) {
			dst[i] = float32(v)
		}
	case tensor.I32:
		dst := tensor.View[int32](b)
		for i, v := range tensor.View[int64](src) {
			dst[i] = int32(v)
		}
	case tensor.C64:
		dst := tensor.View[complex64](b)
		for i, v := range tensor.View[complex128](src) {
			dst[i] = complex64(v)
		}
	}
	return b, true, nil
}
