package stablehlo

import (
	"strings"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

func constOp(v int64) *Op {
	op := NewOp("stablehlo.constant", nil, []Type{Tensor(tensor.I64)})
	op.SetAttr("value", canonDenseI64(nil, v))
	return op
}

func opNamesOf(ops []*Op) string {
	var s []string
	for _, op := range ops {
		n := op.Name
		if op.Name == "stablehlo.constant" {
			n = op.Attr("value").String()
		}
		s = append(s, n)
	}
	return strings.Join(s, "; ")
}

// A constant in a while body and a duplicate in the function body end up as
// one constant at the top, ordered by first use, with uses rewired.
func TestHoistConstants(t *testing.T) {
	i64 := Tensor(tensor.I64)
	arg := &Value{Type: i64}
	unused := constOp(7)
	c1 := constOp(1)
	c2 := constOp(2)
	add := NewOp("stablehlo.add", []*Value{arg, c2.Results[0]}, []Type{i64})
	c1dup := constOp(1)
	inAdd := NewOp("stablehlo.add", []*Value{arg, c1dup.Results[0]}, []Type{i64})
	ret := NewOp("stablehlo.return", []*Value{inAdd.Results[0]}, nil)
	loop := NewOp("stablehlo.while", []*Value{add.Results[0]}, []Type{i64})
	loop.Regions = []*Region{{Blocks: []*Block{{Ops: []*Op{c1dup, inAdd, ret}}}}}
	fret := NewOp("func.return", []*Value{loop.Results[0], c1.Results[0]}, nil)
	fn := &Op{Name: "func.func", Regions: []*Region{{Blocks: []*Block{{Args: []*Value{arg}, Ops: []*Op{unused, c1, c2, add, loop, fret}}}}}}
	HoistConstants(&Module{Ops: []*Op{fn}})

	want := "dense<2> : tensor<i64>; dense<1> : tensor<i64>; dense<7> : tensor<i64>; stablehlo.add; stablehlo.while; func.return"
	if got := opNamesOf(fn.Body().Ops); got != want {
		t.Errorf("body\n got %s\nwant %s", got, want)
	}
	if got := opNamesOf(loop.Regions[0].Blocks[0].Ops); got != "stablehlo.add; stablehlo.return" {
		t.Errorf("while body: %s", got)
	}
	if inAdd.Operands[1] != c1.Results[0] {
		t.Error("use of the duplicate constant not rewired to the kept one")
	}
}
