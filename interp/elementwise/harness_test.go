package elementwise

// A small straight-line evaluator for the conformance files, so the kernels can
// be checked against them before the VM exists: it runs constants, the ops this
// package registers, func.call/func.return and the check.* ops, and skips a case
// that uses any other op.

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/chlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
)

var errSkip = errors.New("skip")

type evaluator struct {
	mod *stablehlo.Module
	ctx *interp.Ctx
}

func (e *evaluator) call(fn *stablehlo.Op, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	body := fn.Body()
	if body == nil {
		return nil, fmt.Errorf("function %s has no body", stablehlo.FuncName(fn))
	}
	env := map[*stablehlo.Value]*tensor.Buffer{}
	for i, a := range body.Args {
		env[a] = args[i]
	}
	for _, op := range body.Ops {
		ins := make([]*tensor.Buffer, len(op.Operands))
		for i, v := range op.Operands {
			ins[i] = env[v]
			if ins[i] == nil {
				return nil, fmt.Errorf("%s: operand %d has no value", op.Name, i)
			}
		}
		var outs []*tensor.Buffer
		name := op.Name
		if name == "stablehlo.custom_call" {
			if s, ok := op.Attr("call_target_name").(stablehlo.StringAttr); ok && strings.HasPrefix(s.Value, "check.") {
				name = s.Value
			}
		}
		switch name {
		case "func.return", "stablehlo.return":
			return ins, nil
		case "func.call", "call", "stablehlo.composite":
			ref, _ := op.Attr("callee").(*stablehlo.SymbolRefAttr)
			if op.Name == "stablehlo.composite" {
				ref, _ = op.Attr("decomposition").(*stablehlo.SymbolRefAttr)
			}
			if ref == nil || e.mod.Func(ref.Root) == nil {
				return nil, fmt.Errorf("call to unknown function")
			}
			var err error
			if outs, err = e.call(e.mod.Func(ref.Root), ins); err != nil {
				return nil, err
			}
		case "check.expect_eq_const", "check.expect_almost_eq_const":
			want, err := denseBuffer(op.Attr("value"))
			if err != nil {
				return nil, err
			}
			tol := 1e-4
			if t, ok := op.Attr("tolerance").(*stablehlo.FloatAttr); ok {
				tol = t.Float64()
			}
			if err := compareBufs(ins[0], want, name != "check.expect_eq_const", false, tol); err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
		case "check.expect_eq", "check.expect_almost_eq", "check.expect_close":
			if err := compareBufs(ins[0], ins[1], name != "check.expect_eq", name == "check.expect_close", 1e-4); err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
		case "stablehlo.broadcast_in_dim", "stablehlo.reshape":
			// Test-only layout ops (owned by another package) so the element-wise
			// goldens that broadcast a scalar or reshape can run here.
			d, err := valueDType(op.Results[0])
			if err != nil {
				return nil, err
			}
			out := tensor.New(d, shapeOf(op.Results[0]))
			if op.Name == "stablehlo.reshape" {
				copy(out.Data, ins[0].Data)
			} else {
				dims, _ := op.Attr("broadcast_dimensions").(*stablehlo.DenseArrayAttr)
				if dims == nil {
					return nil, fmt.Errorf("broadcast_in_dim without broadcast_dimensions")
				}
				broadcast(out, ins[0], dims.Ints)
			}
			outs = []*tensor.Buffer{out}
		default:
			if !interp.Has(op.Name) || op.Name == "stablehlo.custom_call" {
				return nil, fmt.Errorf("%w: %s", errSkip, op.Name)
			}
			k, err := interp.Build(op, nil)
			if err != nil {
				if strings.Contains(err.Error(), "quantized") {
					return nil, fmt.Errorf("%w: quantized", errSkip)
				}
				return nil, err
			}
			for _, r := range op.Results {
				d, err := valueDType(r)
				if err != nil {
					return nil, err
				}
				outs = append(outs, tensor.New(d, shapeOf(r)))
			}
			if err := k(e.ctx, ins, outs); err != nil {
				return nil, fmt.Errorf("%s: %v", op.Name, err)
			}
		}
		for i, r := range op.Results {
			if i < len(outs) {
				env[r] = outs[i]
			}
		}
	}
	return nil, nil
}

func broadcast(out, in *tensor.Buffer, dims []int64) {
	sz := out.DType.StorageSize()
	os, is := tensor.Strides(out.Shape), tensor.Strides(in.Shape)
	n := int(out.NumElements())
	for i := 0; i < n; i++ {
		src := int64(0)
		for k, d := range dims {
			if in.Shape[k] != 1 {
				src += (int64(i) / os[d] % out.Shape[d]) * is[k]
			}
		}
		copy(out.Data[i*sz:(i+1)*sz], in.Data[src*int64(sz):(src+1)*int64(sz)])
	}
}

func denseBuffer(a stablehlo.Attribute) (*tensor.Buffer, error) {
	d, ok := a.(*stablehlo.DenseElementsAttr)
	if !ok {
		return nil, fmt.Errorf("value %v is not dense", a)
	}
	dt := stablehlo.ElementDType(d.Type)
	b := tensor.New(dt, d.Type.Shape)
	sz := dt.StorageSize()
	if d.Splat {
		for i := 0; i < len(b.Data); i += sz {
			copy(b.Data[i:], d.Data)
		}
	} else {
		copy(b.Data, d.Data)
	}
	fixNarrow(dt, b.Data) // attributes keep sub-byte values masked; buffers sign-extend
	return b, nil
}

// floatKey maps the bit pattern of element i of a float buffer to a
// sign-magnitude integer so ULP distances are differences of keys.
func floatKeys(b *tensor.Buffer) []int64 {
	d := b.DType
	n := int(b.NumElements())
	out := make([]int64, n)
	nb := d.Bits()
	if d == tensor.TF32 {
		nb = 19
	}
	for i := 0; i < n; i++ {
		var u uint64
		for j := 0; j < d.StorageSize(); j++ {
			u |= uint64(b.Data[i*d.StorageSize()+j]) << (8 * j)
		}
		u &= 1<<nb - 1
		if d == tensor.F64 {
			u = tensor.ViewBytes[uint64](b.Data)[i]
		}
		mag := int64(u & (1<<(nb-1) - 1))
		if d == tensor.F64 {
			mag = int64(u &^ (1 << 63))
		}
		if u>>(nb-1)&1 == 1 && d != tensor.F8E8M0FNU {
			out[i] = -mag
		} else {
			out[i] = mag
		}
	}
	return out
}

// compareBufs: exact for integers (and floats unless almost); almost: floats
// within 1e-4 relative/absolute (check.expect_almost_eq*) or, for close, within
// 3 ULP of the element type or 1e-5 relative (check.expect_close).
func compareBufs(got, want *tensor.Buffer, almost, close bool, tol float64) error {
	if got.DType != want.DType || tensor.NumElements(got.Shape) != tensor.NumElements(want.Shape) {
		return fmt.Errorf("got %v, want %v", got, want)
	}
	d := got.DType
	var parts func(*tensor.Buffer) ([]float64, *tensor.Buffer)
	switch {
	case d.IsFloat():
		parts = func(b *tensor.Buffer) ([]float64, *tensor.Buffer) {
			f, _ := ConvertFunc(d, tensor.F64)
			o := tensor.New(tensor.F64, b.Shape)
			f(o.Data, b.Data)
			return tensor.View[float64](o), b
		}
	case d.IsComplex():
		parts = func(b *tensor.Buffer) ([]float64, *tensor.Buffer) {
			f, _ := ConvertFunc(d, tensor.C128)
			o := tensor.New(tensor.C128, b.Shape)
			f(o.Data, b.Data)
			o.DType, o.Shape = tensor.F64, []int64{2 * b.NumElements()}
			p := &tensor.Buffer{DType: d.ComplexPart(), Shape: o.Shape, Data: b.Data}
			return tensor.View[float64](o), p
		}
	default:
		for i := range got.Data {
			if got.Data[i] != want.Data[i] {
				e := i / d.StorageSize()
				return fmt.Errorf("element %d differs: got %v want %v", e, got.Data[e*d.StorageSize():(e+1)*d.StorageSize()], want.Data[e*d.StorageSize():(e+1)*d.StorageSize()])
			}
		}
		return nil
	}
	g, gb := parts(got)
	w, wb := parts(want)
	gk, wk := floatKeys(gb), floatKeys(wb)
	for i := range g {
		a, b := g[i], w[i]
		if math.IsNaN(a) || math.IsNaN(b) {
			if math.IsNaN(a) != math.IsNaN(b) {
				return fmt.Errorf("element %d: got %v want %v", i, a, b)
			}
			continue
		}
		if a == b {
			continue
		}
		ok := false
		switch {
		case close:
			diff := gk[i] - wk[i]
			ok = diff >= -3 && diff <= 3 || math.Abs(a-b) <= 1e-5*math.Abs(b)
		case almost:
			ok = math.Abs(a-b) <= tol*math.Max(1, math.Abs(b))
		}
		if !ok {
			return fmt.Errorf("element %d: got %v want %v (%d ulp)", i, a, b, gk[i]-wk[i])
		}
	}
	return nil
}

type caseResult struct {
	name string
	err  error
}

func runFile(t *testing.T, path string) []caseResult {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mods, errs := mlirtext.ParseSplit(src, filepath.Base(path))
	var res []caseResult
	for i, m := range mods {
		if errs[i] != nil {
			res = append(res, caseResult{fmt.Sprintf("%s#%d", filepath.Base(path), i), fmt.Errorf("parse: %v", errs[i])})
			continue
		}
		if err := chlo.Legalize(m); err != nil {
			res = append(res, caseResult{fmt.Sprintf("%s#%d", filepath.Base(path), i), fmt.Errorf("%w: chlo: %v", errSkip, err)})
			continue
		}
		e := &evaluator{mod: m, ctx: &interp.Ctx{Parallelism: 4}}
		fns := m.Funcs()
		var roots []*stablehlo.Op
		if f := m.Func("main"); f != nil && len(stablehlo.FuncType(f).Inputs) == 0 {
			roots = []*stablehlo.Op{f}
		} else {
			for _, f := range fns {
				if ft := stablehlo.FuncType(f); ft != nil && len(ft.Inputs) == 0 {
					roots = append(roots, f)
				}
			}
		}
		for _, f := range roots {
			_, err := func() (out []*tensor.Buffer, err error) {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
					}
				}()
				return e.call(f, nil)
			}()
			res = append(res, caseResult{filepath.Base(path) + ":" + stablehlo.FuncName(f), err})
		}
	}
	return res
}

func runConformance(t *testing.T, dir string, match func(string) bool) (pass, fail, skip int, fails []string, skipOps map[string]int) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.mlir"))
	skipOps = map[string]int{}
	for _, f := range files {
		if !match(filepath.Base(f)) {
			continue
		}
		for _, r := range runFile(t, f) {
			switch {
			case r.err == nil:
				pass++
			case errors.Is(r.err, errSkip):
				skip++
				skipOps[strings.TrimPrefix(r.err.Error(), "skip: ")]++
			default:
				fail++
				fails = append(fails, r.name+": "+r.err.Error())
			}
		}
	}
	sort.Strings(fails)
	return
}

// TestConformanceInterpret runs every case of stablehlo-interpret that uses
// only element-wise ops.
func TestConformanceInterpret(t *testing.T) {
	dir := shareddata.Dir(t, "conformance/stablehlo-interpret")
	pass, fail, skip, fails, skips := runConformance(t, dir, func(string) bool { return true })
	for _, f := range fails {
		t.Error(f)
	}
	t.Logf("stablehlo-interpret: %d passed, %d failed, %d skipped (other ops: %v)", pass, fail, skip, skips)
	if pass < interpretFloor {
		t.Errorf("passed %d cases, floor is %d", pass, interpretFloor)
	}
}

// TestConformanceTestdata runs the golden stablehlo-testdata files whose ops are
// all element-wise.
func TestConformanceTestdata(t *testing.T) {
	dir := shareddata.Dir(t, "conformance/stablehlo-testdata")
	pass, fail, skip, fails, skips := runConformance(t, dir, func(string) bool { return true })
	for _, f := range fails {
		t.Error(f)
	}
	t.Logf("stablehlo-testdata: %d passed, %d failed, %d skipped (other ops: %v)", pass, fail, skip, skips)
	if pass < testdataFloor {
		t.Errorf("passed %d cases, floor is %d", pass, testdataFloor)
	}
}

// Floors: the pass counts reached when they were last raised; a drop fails.
const (
	interpretFloor = 332
	testdataFloor  = 540
)

// TestComplexMultiplyBitExact: on the integer_pow goldens (x*x then squared),
// complex multiplication must reproduce XLA's values exactly, not just within
// tolerance.
func TestComplexMultiplyBitExact(t *testing.T) {
	dir := shareddata.Dir(t, "conformance/stablehlo-testdata")
	for _, name := range []string{"integer_pow_complex64_20_30.mlir", "integer_pow_complex128_20_30.mlir"} {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skip(err)
		}
		m, err := mlirtext.Parse(src, name)
		if err != nil {
			t.Fatal(err)
		}
		e := &evaluator{mod: m, ctx: &interp.Ctx{Parallelism: 1}}
		got, err := e.call(m.Func("main"), nil)
		if err != nil {
			t.Fatal(err)
		}
		want, err := e.call(m.Func("expected"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := compareBufs(got[0], want[0], false, false, 0); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
