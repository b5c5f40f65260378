package mlirbc

import (
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// §3.3 i1 packing and splat rules, checked through the printed form.
func TestDenseFromRaw(t *testing.T) {
	tests := []struct {
		dtype tensor.DType
		shape []int64
		blob  string
		want  string // "" = error
	}{
		{tensor.I1, []int64{8}, "01", "dense<[true, false, false, false, false, false, false, false]> : tensor<8xi1>"},
		{tensor.I1, []int64{4}, "ff", "dense<true> : tensor<4xi1>"},
		{tensor.I1, []int64{4}, "00", "dense<false> : tensor<4xi1>"},
		{tensor.I1, []int64{16}, "0101", "dense<[true, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false]> : tensor<16xi1>"},
		{tensor.I1, []int64{2}, "0100", "dense<[true, false]> : tensor<2xi1>"}, // unpacked old writer
		{tensor.I1, []int64{}, "01", "dense<true> : tensor<i1>"},
		{tensor.I32, []int64{3}, "070000000700000007000000", "dense<7> : tensor<3xi32>"},
		{tensor.I32, []int64{3}, "07000000", "dense<7> : tensor<3xi32>"},
		{tensor.I32, []int64{2}, "0100000002000000", "dense<[1, 2]> : tensor<2xi32>"},
		{tensor.F32, []int64{0}, "", "dense<> : tensor<0xf32>"},
		{tensor.I4, []int64{2, 0}, "02", "=empty"}, // splat of a zero-element tensor: same as no data
		{tensor.I32, []int64{2}, "010000000200", ""},
		{tensor.I32, []int64{2}, "", ""},
		{tensor.BF16, []int64{2, 1}, "803f0040", "dense<[[1.000000e+00], [2.000000e+00]]> : tensor<2x1xbf16>"},
		{tensor.C64, []int64{}, "0000803f00000040", "dense<(1.000000e+00,2.000000e+00)> : tensor<complex<f32>>"},
	}
	for _, tc := range tests {
		typ := stablehlo.Tensor(tc.dtype, tc.shape...)
		r := &EntryReader{Cursor: *NewCursor(nil, 0), file: &file{}}
		a, err := denseFromRaw(r, typ, mustHex(tc.blob), true)
		if tc.want == "" {
			if err == nil {
				t.Errorf("%s %s: accepted, got %s", typ, tc.blob, a)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %s: %v", typ, tc.blob, err)
			continue
		}
		if tc.want == "=empty" {
			tc.want = stablehlo.NewDenseElements(typ, nil).String()
		}
		if a.String() != tc.want {
			t.Errorf("%s %s:\n got %s\nwant %s", typ, tc.blob, a, tc.want)
		}
	}
}

func TestParseTypeText(t *testing.T) {
	tests := []struct{ in, want, kind string }{
		{"f8E4M3FN", "f8E4M3FN", "scalar"},
		{"tf32", "tf32", "scalar"},
		{"i4", "i4", "scalar"},
		{"complex<f32>", "complex<f32>", "scalar"},
		{"index", "index", "scalar"},
		{"none", "none", "none"},
		{"tensor<2x?xf8E5M2>", "tensor<2x?xf8E5M2>", "tensor"},
		{"tensor<f4E2M1FN>", "tensor<f4E2M1FN>", "tensor"},
		{"tensor<3xcomplex<f64>>", "tensor<3xcomplex<f64>>", "tensor"},
		{"tensor<*xi8>", "tensor<*xi8>", "unranked"},
		{"!stablehlo.token", "!stablehlo.token", "token"},
		{"tensor<2xf32, #enc>", "tensor<2xf32, #enc>", "opaque"},
		{"tensor<2xbogus>", "tensor<2xbogus>", "opaque"},
		{"!quant.uniform<i8:f32, 1.0>", "", "quant"}, // printed form is the IR's
		{"tensor<4x!quant.uniform<u8<1:200>:bf16:1, {2.0, 3.0:5}>>", "", "tensor"},
	}
	for _, tc := range tests {
		got := parseTypeText(tc.in)
		kind := "opaque"
		switch got.(type) {
		case stablehlo.ScalarType:
			kind = "scalar"
		case stablehlo.NoneType:
			kind = "none"
		case *stablehlo.TensorType:
			kind = "tensor"
		case stablehlo.UnrankedTensorType:
			kind = "unranked"
		case stablehlo.TokenType:
			kind = "token"
		case *stablehlo.QuantType:
			kind = "quant"
		}
		if (tc.want != "" && got.String() != tc.want) || kind != tc.kind {
			t.Errorf("%s: got %s (%s), want %s (%s)", tc.in, got, kind, tc.want, tc.kind)
		}
	}
}

func TestFactorSymbol(t *testing.T) {
	for i, want := range map[int64]string{0: "i", 1: "j", 17: "z", 18: "z_1", 20: "z_3"} {
		if got := factorSymbol(i); got != want {
			t.Errorf("factorSymbol(%d) = %s, want %s", i, got, want)
		}
	}
}
