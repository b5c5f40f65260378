package chlo

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// raggedDims is #chlo.ragged_dot<...>.
type raggedDims struct {
	lhsBatch, rhsBatch, lhsContract, rhsContract, lhsRagged, rhsGroup []int64
}

var raggedField = regexp.MustCompile(`([a-z_]+)\s*=\s*\[([^\]]*)\]`)

// parseRaggedDims reads the text form the reader keeps for
// #chlo.ragged_dot<lhs_batching_dimensions = [0], ...> (absent lists are empty).
func parseRaggedDims(a stablehlo.Attribute) (*raggedDims, error) {
	o, ok := a.(stablehlo.OpaqueAttr)
	if !ok {
		return nil, fmt.Errorf("ragged_dot_dimension_numbers %v unsupported", a)
	}
	t := strings.TrimSpace(o.Text)
	if !strings.HasPrefix(t, "#chlo.ragged_dot<") || !strings.HasSuffix(t, ">") {
		return nil, fmt.Errorf("ragged_dot_dimension_numbers %q unsupported", t)
	}
	d := &raggedDims{}
	fields := map[string]*[]int64{
		"lhs_batching_dimensions": &d.lhsBatch, "rhs_batching_dimensions": &d.rhsBatch,
		"lhs_contracting_dimensions": &d.lhsContract, "rhs_contracting_dimensions": &d.rhsContract,
		"lhs_ragged_dimensions": &d.lhsRagged, "rhs_group_dimensions": &d.rhsGroup,
	}
	for _, m := range raggedField.FindAllStringSubmatch(t, -1) {
		dst, ok := fields[m[1]]
		if !ok {
			return nil, fmt.Errorf("ragged_dot_dimension_numbers: unknown field %s", m[1])
		}
		for _, s := range strings.Split(m[2], ",") {
			if s = strings.TrimSpace(s); s == "" {
				continue
			}
			v, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("ragged_dot_dimension_numbers: %s: %v", m[1], err)
			}
			*dst = append(*dst, v)
		}
	}
	return d, nil
}

// precisions reads precision_config ([#chlo<precision DEFAULT>, ...]) as the
// case names.
func precisions(a stablehlo.Attribute) ([]string, error) {
	arr, ok := a.(*stablehlo.ArrayAttr)
	if !ok {
		return nil, fmt.Errorf("precision_config %v unsupported", a)
	}
	var out []string
	for _, e := range arr.Elems {
		var v string
		switch e := e.(type) {
		case stablehlo.EnumAttr:
			v = e.Value
		case stablehlo.OpaqueAttr:
			f := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(e.Text), "#chlo<"), ">"))
			if len(f) == 2 && f[0] == "precision" {
				v = f[1]
			}
		}
		switch v {
		case "DEFAULT", "HIGH", "HIGHEST":
		default:
			return nil, fmt.Errorf("precision_config element %v unsupported", e)
		}
		out = append(out, v)
	}
	return out, nil
}

func i64Tensor(vals []int64) *stablehlo.DenseElementsAttr {
	t := stablehlo.Tensor(tensor.I64, int64(len(vals)))
	var data []byte
	for _, v := range vals {
		data = append(data, intBytes(tensor.I64, v)...)
	}
	a := stablehlo.NewDenseElements(t, data)
	if len(vals) == 0 {
		a = &stablehlo.DenseElementsAttr{Type: t, Data: []byte{}}
	}
	return a
}

// raggedDot lowers chlo.ragged_dot(lhs, rhs, group_sizes) into a composite
// "chlo.ragged_dot" (attributes serialized as XLA does: the dimension numbers
// as six i64 tensors, precision_config as strings) whose decomposition is the
// pass's expansion: per group, mask the ragged dimension and dot_general
// (ragged non-contracting dimension: summed; ragged contracting dimension:
// stacked), or a plain batch dot_general when the ragged dimension is a batch
// dimension. Static shapes only.
func (lz *legalizer) raggedDot(b *builder, op *stablehlo.Op) ([]*stablehlo.Value, error) {
	if len(op.Operands) != 3 || len(op.Results) != 1 {
		return nil, fmt.Errorf("expected 3 operands and 1 result")
	}
	for i, v := range append(append([]*stablehlo.Value{}, op.Operands...), op.Results[0]) {
		if _, ok := staticTensor(v.Type); !ok {
			return nil, fmt.Errorf("value %d type %s is not a statically shaped tensor (dynamic ragged_dot unsupported)", i, v.Type)
		}
	}
	dims, err := parseRaggedDims(op.Attr("ragged_dot_dimension_numbers"))
	if err != nil {
		return nil, err
	}
	var prec []string
	if p := op.Attr("precision_config"); p != nil {
		if prec, err = precisions(p); err != nil {
			return nil, err
		}
	}
	if len(dims.lhsRagged) != 1 {
		return nil, fmt.Errorf("lhs_ragged_dimensions must have one element")
	}
	lhsT := op.Operands[0].Type.(*stablehlo.TensorType)
	rhsT := op.Operands[1].Type.(*stablehlo.TensorType)
	gsT := op.Operands[2].Type.(*stablehlo.TensorType)
	if len(gsT.Shape) == 0 || !stablehlo.ElementDType(gsT).IsInteger() {
		return nil, fmt.Errorf("group_sizes type %s unsupported", gsT)
	}
	inRange := func(ds []int64, rank int) bool {
		for _, d := range ds {
			if d < 0 || d >= int64(rank) {
				return false
			}
		}
		return true
	}
	if !inRange(dims.lhsBatch, len(lhsT.Shape)) || !inRange(dims.lhsContract, len(lhsT.Shape)) || !inRange(dims.lhsRagged, len(lhsT.Shape)) ||
		!inRange(dims.rhsBatch, len(rhsT.Shape)) || !inRange(dims.rhsContract, len(rhsT.Shape)) || !inRange(dims.rhsGroup, len(rhsT.Shape)) ||
		len(dims.lhsContract) != len(dims.rhsContract) || len(dims.lhsBatch) != len(dims.rhsBatch) {
		return nil, fmt.Errorf("ragged_dot_dimension_numbers out of range")
	}
	var attrs []stablehlo.NamedAttr
	for _, a := range op.Attrs {
		switch a.Name {
		case "ragged_dot_dimension_numbers":
			attrs = append(attrs, stablehlo.NamedAttr{Name: a.Name, Value: &stablehlo.ArrayAttr{Elems: []stablehlo.Attribute{
				i64Tensor(dims.lhsBatch), i64Tensor(dims.rhsBatch), i64Tensor(dims.lhsContract),
				i64Tensor(dims.rhsContract), i64Tensor(dims.lhsRagged), i64Tensor(dims.rhsGroup)}}})
		case "precision_config":
			var ss []stablehlo.Attribute
			for _, p := range prec {
				ss = append(ss, stablehlo.StringAttr{Value: p})
			}
			attrs = append(attrs, stablehlo.NamedAttr{Name: a.Name, Value: &stablehlo.ArrayAttr{Elems: ss}})
		default:
			attrs = append(attrs, a)
		}
	}
	var expErr error
	res := lz.composite(b, op, "chlo.ragged_dot", attrs, func(fb *builder, a []*stablehlo.Value) []*stablehlo.Value {
		r, err := raggedDotBody(fb, a[0], a[1], a[2], op.Results[0].Type.(*stablehlo.TensorType), dims, prec)
		if err != nil {
			expErr = err
			fb.fail("%v", err)
			return []*stablehlo.Value{a[0]}
		}
		return []*stablehlo.Value{r}
	})
	if expErr != nil {
		return nil, expErr
	}
	return res, nil
}

func contains(ds []int64, d int64) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

func raggedDotBody(b *builder, lhs, rhs, gs val, resT *stablehlo.TensorType, dims *raggedDims, prec []string) (val, error) {
	lhsT := lhs.Type.(*stablehlo.TensorType)
	rhsT := rhs.Type.(*stablehlo.TensorType)
	gsT := gs.Type.(*stablehlo.TensorType)
	var precAttr stablehlo.Attribute
	if prec != nil {
		var es []stablehlo.Attribute
		for _, p := range prec {
			es = append(es, stablehlo.EnumAttr{Kind: "precision", Value: p})
		}
		precAttr = &stablehlo.ArrayAttr{Elems: es}
	}
	dot := func(l, r val, t stablehlo.Type, dn *stablehlo.DotDimensionNumbersAttr) val {
		attrs := []stablehlo.NamedAttr{{Name: "dot_dimension_numbers", Value: dn}}
		if precAttr != nil {
			attrs = append(attrs, stablehlo.NamedAttr{Name: "precision_config", Value: precAttr})
		}
		return b.emit("stablehlo.dot_general", []val{l, r}, t, attrs...)
	}
	lr := dims.lhsRagged[0]
	// Mode 3: ragged batch dimension — a plain batched dot_general.
	if contains(dims.lhsBatch, lr) {
		return dot(lhs, rhs, resT, &stablehlo.DotDimensionNumbersAttr{LhsBatching: dims.lhsBatch, RhsBatching: dims.rhsBatch,
			LhsContracting: dims.lhsContract, RhsContracting: dims.rhsContract}), nil
	}
	mode2 := contains(dims.lhsContract, lr)
	gsRank := len(gsT.Shape)
	batchShape := append([]int64{}, gsT.Shape[:gsRank-1]...)
	var g int64
	if mode2 {
		g = gsT.Shape[gsRank-1]
	} else {
		if len(dims.rhsGroup) != 1 {
			return nil, fmt.Errorf("rhs_group_dimensions must have one element")
		}
		g = rhsT.Shape[dims.rhsGroup[0]]
	}
	i64 := func(shape []int64) *stablehlo.TensorType { return stablehlo.Tensor(tensor.I64, shape...) }
	start := b.constant(i64(batchShape), intBytes(tensor.I64, 0))
	iotaShape := make([]int64, len(lhsT.Shape))
	for i := range iotaShape {
		iotaShape[i] = 1
	}
	iotaShape[lr] = lhsT.Shape[lr]
	iota := b.emit("stablehlo.iota", nil, i64(iotaShape),
		stablehlo.NamedAttr{Name: "iota_dimension", Value: &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: lr}})
	zero := b.constLike(0, &stablehlo.Value{Type: lhsT})
	arr := func(v []int64) *stablehlo.DenseArrayAttr { return &stablehlo.DenseArrayAttr{Elem: tensor.I64, Ints: v} }
	ones := func(n int) []int64 {
		s := make([]int64, n)
		for i := range s {
			s[i] = 1
		}
		return s
	}
	slice := func(v val, dim int, i int64) val {
		vt := v.Type.(*stablehlo.TensorType)
		st := make([]int64, len(vt.Shape))
		st[dim] = i
		lim := append([]int64{}, vt.Shape...)
		lim[dim] = i + 1
		shape := append([]int64{}, vt.Shape...)
		shape[dim] = 1
		return b.emit("stablehlo.slice", []val{v}, &stablehlo.TensorType{Shape: shape, Elem: vt.Elem},
			stablehlo.NamedAttr{Name: "start_indices", Value: arr(st)},
			stablehlo.NamedAttr{Name: "limit_indices", Value: arr(lim)},
			stablehlo.NamedAttr{Name: "strides", Value: arr(ones(len(vt.Shape)))})
	}
	reshape := func(v val, shape []int64) val {
		vt := v.Type.(*stablehlo.TensorType)
		return b.emit("stablehlo.reshape", []val{v}, &stablehlo.TensorType{Shape: shape, Elem: vt.Elem})
	}
	bcast := func(v val, dims []int64) val {
		return b.emit("stablehlo.broadcast_in_dim", []val{v}, i64(lhsT.Shape),
			stablehlo.NamedAttr{Name: "broadcast_dimensions", Value: arr(dims)})
	}
	batchDims := make([]int64, gsRank-1)
	for i := range batchDims {
		batchDims[i] = int64(i)
	}
	iotaDims := make([]int64, len(lhsT.Shape))
	for i := range iotaDims {
		iotaDims[i] = int64(i)
	}
	var out val
	var results []val
	for i := int64(0); i < g; i++ {
		groupSize := reshape(slice(gs, gsRank-1, i), batchShape)
		if stablehlo.ElementDType(gsT) != tensor.I64 {
			groupSize = b.convert(groupSize, tensor.I64)
		}
		limit := b.add(start, groupSize)
		startB := bcast(start, batchDims)
		limitB := bcast(limit, batchDims)
		iotaB := bcast(iota, iotaDims)
		mask := b.and(b.cmp("GE", iotaB, startB), b.cmp("LT", iotaB, limitB))
		masked := b.sel(mask, lhs, zero)
		if mode2 {
			rt := &stablehlo.TensorType{Shape: resT.Shape[1:], Elem: resT.Elem}
			results = append(results, dot(masked, rhs, rt, &stablehlo.DotDimensionNumbersAttr{LhsBatching: dims.lhsBatch,
				RhsBatching: dims.rhsBatch, LhsContracting: dims.lhsContract, RhsContracting: dims.rhsContract}))
		} else {
			gd := dims.rhsGroup[0]
			adj := func(ds []int64) []int64 {
				out := make([]int64, len(ds))
				for j, d := range ds {
					out[j] = d
					if d > gd {
						out[j] = d - 1
					}
				}
				return out
			}
			var rshape []int64
			for d, n := range rhsT.Shape {
				if int64(d) != gd {
					rshape = append(rshape, n)
				}
			}
			r := reshape(slice(rhs, int(gd), i), rshape)
			dg := dot(masked, r, resT, &stablehlo.DotDimensionNumbersAttr{LhsBatching: dims.lhsBatch,
				RhsBatching: adj(dims.rhsBatch), LhsContracting: dims.lhsContract, RhsContracting: adj(dims.rhsContract)})
			if i == 0 {
				out = dg
			} else {
				out = b.add(out, dg)
			}
		}
		start = limit
	}
	if !mode2 {
		if out == nil {
			return nil, fmt.Errorf("zero groups")
		}
		return out, nil
	}
	var parts []val
	for _, r := range results {
		rt := r.Type.(*stablehlo.TensorType)
		parts = append(parts, reshape(r, append([]int64{1}, rt.Shape...)))
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("zero groups")
	}
	return b.emit("stablehlo.concatenate", parts, resT,
		stablehlo.NamedAttr{Name: "dimension", Value: &stablehlo.IntegerAttr{Type: stablehlo.Scalar(tensor.I64), Value: 0}}), nil
}
