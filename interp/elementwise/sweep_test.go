package elementwise

import (
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// TestSweepNoPanic builds every element-wise op for every element type and
// runs what builds on random bits (0, 1 and 1000 elements, several
// goroutines): a combination may be refused with an error, but nothing may
// panic, and ops that the spec defines on a type must build.
func TestSweepNoPanic(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	random := func(d tensor.DType, n int64) *tensor.Buffer {
		b := tensor.New(d, []int64{n})
		r.Read(b.Data)
		switch {
		case d == tensor.I1:
			for i := range b.Data {
				b.Data[i] &= 1
			}
		case narrowBits(d) != 0:
			fixNarrow(d, b.Data)
		}
		return b
	}
	built := map[string]int{}
	for _, d := range tensor.AllDTypes() {
		for _, n := range []int64{0, 1, 1000} {
			var ops []*stablehlo.Op
			for _, name := range binaryOps {
				ops = append(ops, mkOp("stablehlo."+name, []*stablehlo.TensorType{tt(d, n), tt(d, n)}, tt(d, n)))
			}
			for _, name := range unaryOps {
				ops = append(ops, mkOp("stablehlo."+name, []*stablehlo.TensorType{tt(d, n)}, tt(d, n)))
			}
			for _, dir := range []string{"EQ", "NE", "LT", "LE", "GT", "GE"} {
				for _, ct := range []string{"", "TOTALORDER"} {
					op := mkOp("stablehlo.compare", []*stablehlo.TensorType{tt(d, n), tt(d, n)}, tt(tensor.I1, n),
						stablehlo.NamedAttr{Name: "comparison_direction", Value: stablehlo.EnumAttr{Kind: "comparison_direction", Value: dir}})
					if ct != "" {
						op.SetAttr("compare_type", stablehlo.EnumAttr{Kind: "comparison_type", Value: ct})
					}
					ops = append(ops, op)
				}
			}
			for _, to := range tensor.AllDTypes() {
				ops = append(ops, mkOp("stablehlo.convert", []*stablehlo.TensorType{tt(d, n)}, tt(to, n)))
				if to.StorageSize() == d.StorageSize() {
					ops = append(ops, mkOp("stablehlo.bitcast_convert", []*stablehlo.TensorType{tt(d, n)}, tt(to, n)))
				}
			}
			ops = append(ops,
				mkOp("stablehlo.select", []*stablehlo.TensorType{tt(tensor.I1, n), tt(d, n), tt(d, n)}, tt(d, n)),
				mkOp("stablehlo.clamp", []*stablehlo.TensorType{tt(d), tt(d, n), tt(d)}, tt(d, n)),
				mkOp("stablehlo.is_finite", []*stablehlo.TensorType{tt(d, n)}, tt(tensor.I1, n)),
				mkOp("stablehlo.real", []*stablehlo.TensorType{tt(d, n)}, tt(d, n)),
				mkOp("stablehlo.imag", []*stablehlo.TensorType{tt(d, n)}, tt(d, n)),
				mkOp("stablehlo.iota", nil, tt(d, n), stablehlo.NamedAttr{Name: "iota_dimension", Value: &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: 0}}),
			)
			for _, op := range ops {
				k, err := interp.Build(op, nil)
				if err != nil {
					continue
				}
				built[op.Name]++
				args := make([]*tensor.Buffer, len(op.Operands))
				for i, v := range op.Operands {
					tp := v.Type.(*stablehlo.TensorType)
					args[i] = random(stablehlo.ElementDType(tp), tensor.NumElements(tp.Shape))
				}
				rt := op.Results[0].Type.(*stablehlo.TensorType)
				out := tensor.New(stablehlo.ElementDType(rt), rt.Shape)
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Errorf("%s %v (n=%d): panic %v", op.Name, d, n, p)
						}
					}()
					if err := k(&interp.Ctx{Parallelism: 3}, args, []*tensor.Buffer{out}); err != nil {
						t.Errorf("%s %v: %v", op.Name, d, err)
					}
				}()
			}
		}
	}
	// Spot-check that the spec's type support is there (per n, 3 sizes).
	for name, want := range map[string]int{
		"stablehlo.add":                 3 * 32, // every type but tf32? all 32 types incl. bool
		"stablehlo.convert":             3 * 32 * 32,
		"stablehlo.compare":             3 * 32 * 12,
		"stablehlo.select":              3 * 32,
		"stablehlo.shift_left":          3 * 13, // integer types incl. index
		"stablehlo.count_leading_zeros": 3 * 14,
	} {
		if built[name] < want {
			t.Errorf("%s built for %d type cases, want at least %d", name, built[name], want)
		}
	}
}
