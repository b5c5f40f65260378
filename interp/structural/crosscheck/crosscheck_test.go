package crosscheck

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/interp"
	_ "github.com/hlovm/hlovm/interp/elementwise"
	_ "github.com/hlovm/hlovm/interp/structural"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/load"
	"github.com/hlovm/hlovm/tensor"
)

const n = 512

func build(t *testing.T, src string) interp.Kernel {
	t.Helper()
	m, err := load.Bytes([]byte(src), "x.mlir")
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	op := m.Func("main").Body().Ops[0]
	k, err := interp.Build(op, nil) // nil Env: a map body must compile to a scalar program
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return k
}

// special values mixed into random inputs.
var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, math.Inf(1), math.Inf(-1), math.NaN(), 65504, 1e-40, -3.75}

func randInput(r *rand.Rand, d tensor.DType) *tensor.Buffer {
	b := tensor.New(d, []int64{n})
	es := d.StorageSize()
	for i := 0; i < n; i++ {
		switch {
		case d.IsComplex():
			p := d.ComplexPart()
			h := es / 2
			for part := 0; part < 2; part++ {
				v := specials[r.Intn(len(specials))]
				if r.Intn(2) == 0 {
					v = float64(r.Intn(2001)-1000) / 16
				}
				u := tensor.FloatToBits(p, v)
				for k := 0; k < h; k++ {
					b.Data[i*es+part*h+k] = byte(u >> (8 * k))
				}
			}
		case d.IsFloat():
			v := specials[r.Intn(len(specials))]
			if r.Intn(2) == 0 {
				v = float64(r.Intn(2001)-1000) / 16
			}
			u := tensor.FloatToBits(d, v)
			for k := 0; k < es; k++ {
				b.Data[i*es+k] = byte(u >> (8 * k))
			}
		default:
			u := r.Uint64()
			if r.Intn(4) == 0 {
				u = []uint64{0, 1, math.MaxUint64, 1 << 63, 1<<63 - 1}[r.Intn(5)]
			}
			bits := d.Bits()
			if d.IsBool() {
				u &= 1
			} else if bits < 8 {
				u &= 1<<bits - 1
				if d.IsSigned() && u>>(bits-1) == 1 {
					u |= ^uint64(0) << bits // buffers sign-extend sub-byte values
				}
			}
			for k := 0; k < es; k++ {
				b.Data[i*es+k] = byte(u >> (8 * k))
			}
		}
	}
	return b
}

func equalBits(d tensor.DType, a, b []byte) (int, bool) {
	es := d.StorageSize()
	for i := 0; i < len(a)/es; i++ {
		x, y := a[i*es:(i+1)*es], b[i*es:(i+1)*es]
		if string(x) == string(y) {
			continue
		}
		if d.IsComplex() {
			p := d.ComplexPart()
			h := es / 2
			_, ok1 := equalBits(p, x[:h], y[:h])
			_, ok2 := equalBits(p, x[h:], y[h:])
			if ok1 && ok2 {
				continue
			}
		}
		if d.IsFloat() {
			var ux, uy uint64
			for k := es - 1; k >= 0; k-- {
				ux, uy = ux<<8|uint64(x[k]), uy<<8|uint64(y[k])
			}
			if math.IsNaN(tensor.FloatFromBits(d, ux)) && math.IsNaN(tensor.FloatFromBits(d, uy)) {
				continue
			}
		}
		return i, false
	}
	return 0, true
}

// check runs `opText` (using %x, %y, %z on scalars of the given types) both as
// the element-wise op on tensors and inside a map body, and compares.
func check(t *testing.T, r *rand.Rand, name string, ins []tensor.DType, out tensor.DType, opText string) {
	t.Helper()
	vec := func(d tensor.DType) string { return fmt.Sprintf("tensor<%dx%s>", n, d) }
	sc := func(d tensor.DType) string { return fmt.Sprintf("tensor<%s>", d) }
	names := []string{"x", "y", "z"}
	var params, bparams, operands, vecTypes []string
	for i, d := range ins {
		params = append(params, fmt.Sprintf("%%%s: %s", names[i], vec(d)))
		bparams = append(bparams, fmt.Sprintf("%%%s: %s", names[i], sc(d)))
		operands = append(operands, "%"+names[i])
		vecTypes = append(vecTypes, vec(d))
	}
	typesOf := func(f func(tensor.DType) string) string {
		var s []string
		for _, d := range ins {
			s = append(s, f(d))
		}
		return strings.Join(s, ", ")
	}
	ew := fmt.Sprintf("func.func @main(%s) -> %s {\n  %%r = %s\n  return %%r : %s\n}",
		strings.Join(params, ", "), vec(out), strings.NewReplacer("$T", typesOf(vec), "$R", vec(out)).Replace(opText), vec(out))
	mp := fmt.Sprintf(`func.func @main(%s) -> %s {
  %%m = "stablehlo.map"(%s) ({
  ^bb0(%s):
    %%r = %s
    stablehlo.return %%r : %s
  }) {dimensions = array<i64: 0>} : (%s) -> %s
  return %%m : %s
}`, strings.Join(params, ", "), vec(out), strings.Join(operands, ", "), strings.Join(bparams, ", "),
		strings.NewReplacer("$T", typesOf(sc), "$R", sc(out)).Replace(opText), sc(out), strings.Join(vecTypes, ", "), vec(out), vec(out))
	ke, km := build(t, ew), build(t, mp)
	args := make([]*tensor.Buffer, len(ins))
	for i, d := range ins {
		args[i] = randInput(r, d)
	}
	a, b := tensor.New(out, []int64{n}), tensor.New(out, []int64{n})
	ctx := &interp.Ctx{Parallelism: 1}
	if err := ke(ctx, args, []*tensor.Buffer{a}); err != nil {
		t.Fatal(err)
	}
	if err := km(ctx, args, []*tensor.Buffer{b}); err != nil {
		t.Fatal(err)
	}
	if i, ok := equalBits(out, a.Data, b.Data); !ok {
		es := out.StorageSize()
		var in []string
		for k, d := range ins {
			in = append(in, fmt.Sprintf("%x", args[k].Data[i*d.StorageSize():(i+1)*d.StorageSize()]))
		}
		t.Errorf("%s: element %d (inputs %v): element-wise %x, map body %x", name, i, in, a.Data[i*es:(i+1)*es], b.Data[i*es:(i+1)*es])
	}
}

func TestScalarProgramsMatchElementwise(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	all := []tensor.DType{tensor.F32, tensor.F64, tensor.BF16, tensor.F16, tensor.TF32, tensor.F8E4M3FN, tensor.F8E5M2,
		tensor.F8E4M3FNUZ, tensor.F8E8M0FNU, tensor.F4E2M1FN, tensor.F6E3M2FN, tensor.I32, tensor.I64, tensor.I16, tensor.I8,
		tensor.I4, tensor.I2, tensor.U8, tensor.U16, tensor.U32, tensor.U64, tensor.U4, tensor.U2, tensor.I1, tensor.C64, tensor.C128}
	for _, d := range all {
		bin := []string{"add", "multiply", "maximum", "minimum", "subtract"}
		if d.IsComplex() {
			bin = []string{"add", "multiply", "subtract", "divide"}
		}
		if d.IsInteger() || d.IsBool() {
			bin = append(bin, "and", "or", "xor")
		}
		if d.IsFloat() {
			bin = append(bin, "divide")
		}
		for _, op := range bin {
			if op == "subtract" && d.IsBool() {
				continue
			}
			check(t, r, fmt.Sprintf("%s %v", op, d), []tensor.DType{d, d}, d, "stablehlo."+op+" %x, %y : $R")
		}
		un := []string{"negate"}
		if d.IsFloat() || d.IsSigned() {
			un = append(un, "abs")
		}
		if d.IsInteger() || d.IsBool() {
			un = append(un, "not")
		}
		for _, op := range un {
			if d.IsBool() && op == "negate" {
				continue
			}
			check(t, r, fmt.Sprintf("%s %v", op, d), []tensor.DType{d}, d, "stablehlo."+op+" %x : $R")
		}
		ctypes := []string{""}
		switch {
		case d.IsFloat():
			ctypes = []string{"FLOAT", "TOTALORDER"}
		case d.IsComplex():
			ctypes = []string{"FLOAT"}
		case d.IsSigned():
			ctypes = []string{"SIGNED"}
		default:
			ctypes = []string{"UNSIGNED"}
		}
		for _, ct := range ctypes {
			for _, dir := range []string{"EQ", "NE", "LT", "LE", "GT", "GE"} {
				if d.IsComplex() && dir != "EQ" && dir != "NE" {
					continue
				}
				check(t, r, fmt.Sprintf("compare %s %s %v", dir, ct, d), []tensor.DType{d, d}, tensor.I1,
					fmt.Sprintf("stablehlo.compare %s, %%x, %%y, %s : ($T) -> $R", dir, ct))
			}
		}
		check(t, r, fmt.Sprintf("select %v", d), []tensor.DType{tensor.I1, d, d}, d, "stablehlo.select %x, %y, %z : tensor<i1>, $R")
		for _, to := range all {
			if d == to || d.IsComplex() || to.IsComplex() {
				continue // complex conversions run through the VM, not scalar programs
			}
			check(t, r, fmt.Sprintf("convert %v->%v", d, to), []tensor.DType{d}, to, "stablehlo.convert %x : ($T) -> $R")
		}
	}
	_ = stablehlo.Print
}
