package linalg

import (
	"archive/zip"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/tensor"
)

// readNPZ reads a numpy .npz archive of C-ordered arrays into buffers keyed by
// array name ("in0", "out1"). It knows the dtypes the corpus uses.
func readNPZ(path string) (map[string]*tensor.Buffer, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	out := map[string]*tensor.Buffer{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		b, err := parseNPY(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		out[strings.TrimSuffix(f.Name, ".npy")] = b
	}
	return out, nil
}

var (
	npyDescr = regexp.MustCompile(`'descr':\s*'([^']*)'`)
	npyShape = regexp.MustCompile(`'shape':\s*\(([^)]*)\)`)
	npyOrder = regexp.MustCompile(`'fortran_order':\s*(True|False)`)
)

func parseNPY(data []byte) (*tensor.Buffer, error) {
	if len(data) < 10 || string(data[1:6]) != "NUMPY" {
		return nil, fmt.Errorf("not a .npy file")
	}
	var hl, start int
	if data[6] == 1 {
		hl, start = int(data[8])|int(data[9])<<8, 10
	} else {
		hl, start = int(data[8])|int(data[9])<<8|int(data[10])<<16|int(data[11])<<24, 12
	}
	hdr := string(data[start : start+hl])
	body := data[start+hl:]
	m := npyDescr.FindStringSubmatch(hdr)
	if m == nil {
		return nil, fmt.Errorf("no descr in %q", hdr)
	}
	if o := npyOrder.FindStringSubmatch(hdr); o != nil && o[1] == "True" {
		return nil, fmt.Errorf("fortran order not supported")
	}
	dts := map[string]tensor.DType{
		"<f4": tensor.F32, "<f8": tensor.F64, "<f2": tensor.F16, "<c8": tensor.C64, "<c16": tensor.C128,
		"<i4": tensor.I32, "<i8": tensor.I64, "<i2": tensor.I16, "|i1": tensor.I8,
		"<u4": tensor.U32, "<u8": tensor.U64, "<u2": tensor.U16, "|u1": tensor.U8, "|b1": tensor.I1,
	}
	d, ok := dts[m[1]]
	if !ok {
		return nil, fmt.Errorf("dtype %q not supported", m[1])
	}
	sm := npyShape.FindStringSubmatch(hdr)
	if sm == nil {
		return nil, fmt.Errorf("no shape in %q", hdr)
	}
	shape := []int64{}
	for _, s := range strings.Split(sm[1], ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, err
		}
		shape = append(shape, v)
	}
	b := tensor.New(d, shape)
	if len(body) < len(b.Data) {
		return nil, fmt.Errorf("short data")
	}
	copy(b.Data, body)
	return b, nil
}
