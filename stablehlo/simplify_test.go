package stablehlo_test

import (
	"strings"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
)

func parse(t *testing.T, src string) *stablehlo.Module {
	t.Helper()
	m, err := mlirtext.Parse([]byte(src), "test.mlir")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func opNames(b *stablehlo.Block) string {
	var names []string
	for _, op := range b.Ops {
		names = append(names, strings.TrimPrefix(op.Name, "stablehlo."))
	}
	return strings.Join(names, " ")
}

func TestFoldConstantBranches(t *testing.T) {
	const tmpl = `func.func @main(%a: tensor<f32>) -> tensor<f32> {
  %i = stablehlo.constant dense<INDEX> : tensor<i32>
  %r = "stablehlo.case"(%i) ({
    %x = stablehlo.negate %a : tensor<f32>
    stablehlo.return %x : tensor<f32>
  }, {
    %y = stablehlo.abs %a : tensor<f32>
    stablehlo.return %y : tensor<f32>
  }) : (tensor<i32>) -> tensor<f32>
  return %r : tensor<f32>
}`
	for _, c := range []struct{ index, want string }{
		{"0", "constant negate func.return"},
		{"1", "constant abs func.return"},
		{"7", "constant abs func.return"},  // out of range: last branch
		{"-1", "constant abs func.return"}, // negative: last branch
	} {
		m := parse(t, strings.Replace(tmpl, "INDEX", c.index, 1))
		stablehlo.FoldConstantBranches(m)
		body := m.Funcs()[0].Body()
		if got := opNames(body); got != c.want {
			t.Errorf("index %s: ops %q, want %q", c.index, got, c.want)
		}
		ret := body.Ops[len(body.Ops)-1]
		if ret.Operands[0].Owner != body.Ops[1] {
			t.Errorf("index %s: return does not use the inlined branch's value", c.index)
		}
	}
}

func TestRemoveDeadOps(t *testing.T) {
	m := parse(t, `func.func @main(%a: tensor<f32>, %n: tensor<i32>) -> tensor<f32> {
  %dead = stablehlo.add %a, %a : tensor<f32>
  %dead2 = stablehlo.multiply %dead, %a : tensor<f32>
  %kept = stablehlo.custom_call @effect(%a) {has_side_effect = true} : (tensor<f32>) -> tensor<f32>
  %gone = stablehlo.custom_call @pure(%a) : (tensor<f32>) -> tensor<f32>
  %w = stablehlo.while(%i = %n) : tensor<i32>
  cond {
    %c = stablehlo.compare LT, %i, %i : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %c : tensor<i1>
  } do {
    stablehlo.return %i : tensor<i32>
  }
  %w2 = stablehlo.while(%i = %n) : tensor<i32>
  cond {
    %c = stablehlo.compare LT, %i, %i : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %c : tensor<i1>
  } do {
    %e = stablehlo.custom_call @effect(%i) {has_side_effect = true} : (tensor<i32>) -> tensor<i32>
    stablehlo.return %e : tensor<i32>
  }
  %r = stablehlo.negate %a : tensor<f32>
  return %r : tensor<f32>
}`)
	stablehlo.RemoveDeadOps(m)
	if got, want := opNames(m.Funcs()[0].Body()), "custom_call while negate func.return"; got != want {
		t.Errorf("ops %q, want %q", got, want)
	}
}

func TestExpandComplexMath(t *testing.T) {
	m := parse(t, `func.func @main(%z: tensor<3xcomplex<f64>>, %x: tensor<3xf64>) -> (tensor<3xcomplex<f64>>, tensor<3xf64>) {
  %0 = stablehlo.exponential %z : tensor<3xcomplex<f64>>
  %1 = stablehlo.exponential %x : tensor<3xf64>
  return %0, %1 : tensor<3xcomplex<f64>>, tensor<3xf64>
}`)
	stablehlo.ExpandComplexMath(m)
	body := m.Funcs()[0].Body()
	got := opNames(body)
	if strings.Count(got, "exponential") != 3 || !strings.Contains(got, "cosine") || !strings.Contains(got, "sine") {
		t.Fatalf("unexpected expansion: %s", got)
	}
	ret := body.Ops[len(body.Ops)-1]
	if ret.Operands[0].Owner.Name != "stablehlo.complex" {
		t.Errorf("return's first operand comes from %s, want the expansion's complex", ret.Operands[0].Owner.Name)
	}
	if ret.Operands[1].Owner.Name != "stablehlo.exponential" {
		t.Errorf("real exponential was rewritten")
	}
	for _, op := range body.Ops {
		if op.Name == "stablehlo.constant" {
			if d := stablehlo.ElementDType(op.Results[0].Type); d.String() != "f64" {
				t.Errorf("constant of %v, want f64", d)
			}
		}
	}
}

// A tf32 tensor large enough for the hex form prints MLIR's 3-byte elements and
// reads back to the same attribute.
func TestTF32HexRoundTrip(t *testing.T) {
	const n = 101
	data := make([]byte, 0, 4*n)
	for i := 0; i < n; i++ {
		b := tensor.FloatToBits(tensor.TF32, float64(i)+0.5)
		data = append(data, byte(b), byte(b>>8), byte(b>>16), 0)
	}
	a := stablehlo.NewDenseElements(stablehlo.Tensor(tensor.TF32, n), data)
	text := a.String()
	if want := 2 + 6*n; len(strings.SplitN(text, `"`, 3)[1]) != want {
		t.Fatalf("hex form is not 3 bytes per element: %.60s…", text)
	}
	m := parse(t, "module attributes {x = "+text+"} {}")
	if got := m.Attr("x"); !stablehlo.AttrsEqual(got, a) {
		t.Errorf("read back %.80s…, want %.80s…", got, a)
	}
}
