package stablehlo

import (
	"encoding/binary"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/tensor"
)

var updateGolden = flag.Bool("update", false, "rewrite stablehlo/testdata/print/*.golden from the printer's output")

// blockBuilder appends ops to a block in tests.
type blockBuilder struct{ blk *Block }

func newBlock(args ...Type) *blockBuilder {
	b := &Block{}
	for i, t := range args {
		b.Args = append(b.Args, &Value{Type: t, Index: i})
	}
	return &blockBuilder{b}
}

func (b *blockBuilder) arg(i int) *Value { return b.blk.Args[i] }

// op appends an op; attrs alternate name, value.
func (b *blockBuilder) op(name string, operands []*Value, results []Type, attrs ...any) *Op {
	op := NewOp(name, operands, results)
	for i := 0; i+1 < len(attrs); i += 2 {
		op.SetAttr(attrs[i].(string), attrs[i+1].(Attribute))
	}
	b.blk.Ops = append(b.blk.Ops, op)
	return op
}

func (b *blockBuilder) ret(name string, vals ...*Value) {
	b.op(name, vals, nil)
}

func vs(v ...*Value) []*Value { return v }
func ts(t ...Type) []Type     { return t }

func i64s(v ...int64) *DenseArrayAttr { return &DenseArrayAttr{Elem: tensor.I64, Ints: v} }
func i32(v int64) *IntegerAttr        { return &IntegerAttr{Type: Scalar(tensor.I32), Value: v} }
func i64(v int64) *IntegerAttr        { return &IntegerAttr{Type: Scalar(tensor.I64), Value: v} }
func str(s string) StringAttr         { return StringAttr{Value: s} }

func f32Dense(t *TensorType, vals ...float32) *DenseElementsAttr {
	data := make([]byte, 4*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(v))
	}
	return NewDenseElements(t, data)
}

func intDense(t *TensorType, vals ...int64) *DenseElementsAttr {
	es := ElementDType(t).StorageSize()
	data := make([]byte, es*len(vals))
	for i, v := range vals {
		var buf [8]byte
		binary.LittleEndian.PutUint64(buf[:], uint64(v))
		copy(data[es*i:], buf[:es])
	}
	return NewDenseElements(t, data)
}

// function builds a func.func op around a body whose last op must be the return.
func function(name string, vis string, body *blockBuilder, results []Type, extra ...NamedAttr) *Op {
	var ins []Type
	for _, a := range body.blk.Args {
		ins = append(ins, a.Type)
	}
	op := &Op{Name: "func.func", Regions: []*Region{{Blocks: []*Block{body.blk}}}}
	op.SetAttr("sym_name", str(name))
	op.SetAttr("function_type", &TypeAttr{Type: &FunctionType{Inputs: ins, Results: results}})
	if vis != "" {
		op.SetAttr("sym_visibility", str(vis))
	}
	for _, a := range extra {
		op.SetAttr(a.Name, a.Value)
	}
	return op
}

func dict(kv ...any) *DictAttr {
	var e []NamedAttr
	for i := 0; i+1 < len(kv); i += 2 {
		e = append(e, NamedAttr{kv[i].(string), kv[i+1].(Attribute)})
	}
	return NewDict(e)
}

func enum(kind, v string) EnumAttr { return EnumAttr{Kind: kind, Value: v} }

// binaryBody is a region ^bb0(%a: T, %b: T): %r = <name> %a, %b; return %r.
func binaryBody(name string, t Type) *Region {
	b := newBlock(t, t)
	r := b.op(name, vs(b.arg(0), b.arg(1)), ts(t))
	b.ret("stablehlo.return", r.Results[0])
	return &Region{Blocks: []*Block{b.blk}}
}

var (
	f32  = Tensor(tensor.F32)
	i32t = Tensor(tensor.I32)
	i1t  = Tensor(tensor.I1)
)

// moduleBasic: a JAX-like module with func attributes, a private callee and the
// element-wise and shape ops with pretty forms.
func moduleBasic() *Module {
	t4 := Tensor(tensor.F32, 4)
	b := newBlock(t4, Tensor(tensor.I32, 4))
	c := b.op("stablehlo.constant", nil, ts(f32), "value", f32Dense(f32, 2))
	ci := b.op("stablehlo.constant", nil, ts(i32t), "value", intDense(i32t, 1))
	bc := b.op("stablehlo.broadcast_in_dim", vs(c.Results[0]), ts(t4), "broadcast_dimensions", i64s())
	add := b.op("stablehlo.add", vs(b.arg(0), bc.Results[0]), ts(t4))
	cvt := b.op("stablehlo.convert", vs(b.arg(1)), ts(t4))
	cmp := b.op("stablehlo.compare", vs(add.Results[0], cvt.Results[0]), ts(Tensor(tensor.I1, 4)),
		"comparison_direction", enum("comparison_direction", "LT"), "compare_type", enum("comparison_type", "FLOAT"))
	sel := b.op("stablehlo.select", vs(cmp.Results[0], add.Results[0], cvt.Results[0]), ts(t4))
	neg := b.op("stablehlo.negate", vs(sel.Results[0]), ts(t4), "mhlo.frontend_attributes", dict("k", str("v")))
	clamp := b.op("stablehlo.clamp", vs(c.Results[0], neg.Results[0], c.Results[0]), ts(t4))
	call := b.op("func.call", vs(clamp.Results[0]), ts(t4), "callee", &SymbolRefAttr{Root: "relu"})
	exp := b.op("stablehlo.exponential", vs(call.Results[0]), ts(t4), "result_accuracy",
		&ResultAccuracyAttr{Atol: 1e-5, Mode: "TOLERANCE"})
	shl := b.op("stablehlo.shift_left", vs(ci.Results[0], ci.Results[0]), ts(i32t))
	real := b.op("stablehlo.real", vs(exp.Results[0]), ts(t4))
	b.ret("func.return", real.Results[0], shl.Results[0])
	main := function("main", "", b, ts(t4, i32t),
		NamedAttr{"arg_attrs", &ArrayAttr{Elems: []Attribute{dict("mhlo.sharding", str("{replicated}")), dict()}}},
		NamedAttr{"res_attrs", &ArrayAttr{Elems: []Attribute{dict("jax.result_info", str("result[0]")), dict("jax.result_info", str("result[1]"))}}})

	rb := newBlock(t4)
	z := rb.op("stablehlo.constant", nil, ts(t4), "value", f32Dense(t4, 0, 0, 0, 0))
	mx := rb.op("stablehlo.maximum", vs(rb.arg(0), z.Results[0]), ts(t4))
	rb.ret("func.return", mx.Results[0])
	relu := function("relu", "private", rb, ts(t4), NamedAttr{"no_inline", UnitAttr{}})

	// A declaration: no body.
	decl := &Op{Name: "func.func", Regions: []*Region{{}}} // a declaration: one empty region, as MLIR keeps it
	decl.SetAttr("sym_name", str("ext-fn"))
	decl.SetAttr("sym_visibility", str("private"))
	decl.SetAttr("function_type", &TypeAttr{Type: &FunctionType{Inputs: ts(f32), Results: ts(f32)}})
	decl.SetAttr("arg_attrs", &ArrayAttr{Elems: []Attribute{dict("llvm.noalias", UnitAttr{})}})

	return &Module{Name: "jit_f", Attrs: []NamedAttr{
		{"mhlo.num_partitions", i32(1)}, {"mhlo.num_replicas", i32(1)},
	}, Ops: []*Op{main, relu, decl}}
}

// moduleShapes: the shape, indexing and linear-algebra ops with pretty forms.
func moduleShapes() *Module {
	t23 := Tensor(tensor.F32, 2, 3)
	b := newBlock(t23, Tensor(tensor.F32, 3, 4), i32t, Tensor(tensor.C64, 8))
	io := b.op("stablehlo.iota", nil, ts(Tensor(tensor.I32, 6)), "iota_dimension", i64(0))
	rs := b.op("stablehlo.reshape", vs(io.Results[0]), ts(Tensor(tensor.I32, 2, 3)))
	tr := b.op("stablehlo.transpose", vs(b.arg(0)), ts(Tensor(tensor.F32, 3, 2)), "permutation", i64s(1, 0))
	rv := b.op("stablehlo.reverse", vs(b.arg(0)), ts(t23), "dimensions", i64s(0, 1))
	cc := b.op("stablehlo.concatenate", vs(b.arg(0), rv.Results[0]), ts(Tensor(tensor.F32, 4, 3)), "dimension", i64(0))
	sl := b.op("stablehlo.slice", vs(cc.Results[0]), ts(Tensor(tensor.F32, 2, 1)),
		"start_indices", i64s(0, 1), "limit_indices", i64s(4, 3), "strides", i64s(2, 2))
	ds := b.op("stablehlo.dynamic_slice", vs(b.arg(0), b.arg(2), b.arg(2)), ts(Tensor(tensor.F32, 1, 2)), "slice_sizes", i64s(1, 2))
	dus := b.op("stablehlo.dynamic_update_slice", vs(b.arg(0), ds.Results[0], b.arg(2), b.arg(2)), ts(t23))
	pv := b.op("stablehlo.constant", nil, ts(f32), "value", f32Dense(f32, float32(math.Inf(-1))))
	pad := b.op("stablehlo.pad", vs(dus.Results[0], pv.Results[0]), ts(Tensor(tensor.F32, 5, 4)),
		"edge_padding_low", i64s(1, 0), "edge_padding_high", i64s(2, 1), "interior_padding", i64s(0, 0))
	dg := b.op("stablehlo.dot_general", vs(b.arg(0), b.arg(1)), ts(Tensor(tensor.F32, 2, 4)),
		"dot_dimension_numbers", &DotDimensionNumbersAttr{LhsContracting: []int64{1}, RhsContracting: []int64{0}},
		"precision_config", &ArrayAttr{Elems: []Attribute{enum("precision", "DEFAULT"), enum("precision", "HIGHEST")}})
	t3 := Tensor(tensor.F32, 5, 2, 2)
	dgb := b.op("stablehlo.dot_general", vs(b.blk.Args[0], b.blk.Args[0]), ts(t3), // types do not matter to the printer
		"dot_dimension_numbers", &DotDimensionNumbersAttr{LhsBatching: []int64{0}, RhsBatching: []int64{0}, LhsContracting: []int64{2}, RhsContracting: []int64{1}},
		"algorithm", &DotAlgorithmAttr{LhsPrecisionType: Scalar(tensor.TF32), RhsPrecisionType: Scalar(tensor.TF32), AccumulationType: Scalar(tensor.F32),
			LhsComponentCount: 1, RhsComponentCount: 1, NumPrimitiveOperations: 1})
	dot := b.op("stablehlo.dot", vs(b.arg(0), b.arg(1)), ts(Tensor(tensor.F32, 2, 4)))
	bcst := b.op("stablehlo.broadcast", vs(b.arg(2)), ts(Tensor(tensor.I32, 2)), "broadcast_sizes", i64s(2))
	bits := b.op("stablehlo.bitcast_convert", vs(bcst.Results[0]), ts(Tensor(tensor.F32, 2)))
	fft := b.op("stablehlo.fft", vs(b.arg(3)), ts(Tensor(tensor.C64, 8)), "fft_type", enum("fft_type", "IFFT"), "fft_length", i64s(8))
	cx := b.op("stablehlo.complex", vs(bits.Results[0], bits.Results[0]), ts(Tensor(tensor.C64, 2)))
	sq := Tensor(tensor.F32, 3, 3)
	ch := b.op("stablehlo.cholesky", vs(b.arg(1)), ts(sq), "lower", BoolAttr{true})
	rp := b.op("stablehlo.reduce_precision", vs(b.arg(0)), ts(t23), "exponent_bits", i32(5), "mantissa_bits", i32(10))
	ob := b.op("stablehlo.optimization_barrier", vs(rp.Results[0], b.arg(2)), ts(t23, i32t))
	tup := b.op("stablehlo.tuple", vs(ob.Results[0], ob.Results[1]), ts(&TupleType{Elems: ts(t23, i32t)}))
	gte := b.op("stablehlo.get_tuple_element", vs(tup.Results[0]), ts(t23), "index", i32(0))
	rng := b.op("stablehlo.rng_bit_generator", vs(bcst.Results[0]), ts(Tensor(tensor.I32, 2), Tensor(tensor.U32, 2, 2)),
		"rng_algorithm", enum("rng_algorithm", "THREE_FRY"))
	gds := b.op("stablehlo.get_dimension_size", vs(b.arg(0)), ts(i32t), "dimension", i64(1))
	tok := b.op("stablehlo.after_all", nil, ts(TokenType{}))
	rid := b.op("stablehlo.replica_id", nil, ts(Tensor(tensor.U32)))
	b.ret("func.return", rs.Results[0], tr.Results[0], sl.Results[0], pad.Results[0], dg.Results[0], dgb.Results[0],
		dot.Results[0], fft.Results[0], cx.Results[0], ch.Results[0], gte.Results[0], rng.Results[1], gds.Results[0],
		tok.Results[0], rid.Results[0])
	var res []Type
	for _, v := range b.blk.Ops[len(b.blk.Ops)-1].Operands {
		res = append(res, v.Type)
	}
	return &Module{Ops: []*Op{function("shapes", "", b, res)}}
}

// moduleRegions: reduce (compact, full, multi-input), while, the generic ops with
// regions (case, sort, reduce_window), convolution and custom_call.
func moduleRegions() *Module {
	t := Tensor(tensor.F32, 4, 6)
	b := newBlock(t, Tensor(tensor.I32, 4, 6), i32t)
	zero := b.op("stablehlo.constant", nil, ts(f32), "value", f32Dense(f32, 0))
	izero := b.op("stablehlo.constant", nil, ts(i32t), "value", intDense(i32t, 0))

	r1 := b.op("stablehlo.reduce", vs(b.arg(0), zero.Results[0]), ts(Tensor(tensor.F32, 6)), "dimensions", i64s(0))
	r1.Regions = []*Region{binaryBody("stablehlo.add", f32)}

	// Body not compact: subtract is not commutative.
	r2 := b.op("stablehlo.reduce", vs(b.arg(0), zero.Results[0]), ts(Tensor(tensor.F32, 4)), "dimensions", i64s(1))
	r2.Regions = []*Region{binaryBody("stablehlo.subtract", f32)}

	// Two inputs: argmax-like body.
	rb := newBlock(f32, i32t, f32, i32t)
	gt := rb.op("stablehlo.compare", vs(rb.arg(0), rb.arg(2)), ts(i1t), "comparison_direction", enum("comparison_direction", "GT"))
	s1 := rb.op("stablehlo.select", vs(gt.Results[0], rb.arg(0), rb.arg(2)), ts(f32))
	s2 := rb.op("stablehlo.select", vs(gt.Results[0], rb.arg(1), rb.arg(3)), ts(i32t))
	rb.ret("stablehlo.return", s1.Results[0], s2.Results[0])
	r3 := b.op("stablehlo.reduce", vs(b.arg(0), b.arg(1), zero.Results[0], izero.Results[0]),
		ts(Tensor(tensor.F32, 6), Tensor(tensor.I32, 6)), "dimensions", i64s(0))
	r3.Regions = []*Region{{Blocks: []*Block{rb.blk}}}

	// while (i < n) { i = i + 1 }
	cond := newBlock(i32t, f32)
	lt := cond.op("stablehlo.compare", vs(cond.arg(0), b.arg(2)), ts(i1t), "comparison_direction", enum("comparison_direction", "LT"),
		"compare_type", enum("comparison_type", "SIGNED"))
	cond.ret("stablehlo.return", lt.Results[0])
	body := newBlock(i32t, f32)
	one := body.op("stablehlo.constant", nil, ts(i32t), "value", intDense(i32t, 1))
	inc := body.op("stablehlo.add", vs(body.arg(0), one.Results[0]), ts(i32t))
	body.ret("stablehlo.return", inc.Results[0], body.arg(1))
	wh := b.op("stablehlo.while", vs(izero.Results[0], zero.Results[0]), ts(i32t, f32))
	wh.Regions = []*Region{{Blocks: []*Block{cond.blk}}, {Blocks: []*Block{body.blk}}}

	// case with two branches, the second defining a constant.
	br0 := newBlock()
	br0.ret("stablehlo.return", b.arg(0))
	br1 := newBlock()
	two := br1.op("stablehlo.constant", nil, ts(t), "value", f32Dense(t, 2))
	br1.ret("stablehlo.return", two.Results[0])
	cs := b.op("stablehlo.case", vs(wh.Results[0]), ts(t))
	cs.Regions = []*Region{{Blocks: []*Block{br0.blk}}, {Blocks: []*Block{br1.blk}}}

	srt := b.op("stablehlo.sort", vs(b.arg(0)), ts(t), "dimension", i64(1), "is_stable", BoolAttr{true})
	srtBody := newBlock(f32, f32)
	slt := srtBody.op("stablehlo.compare", vs(srtBody.arg(0), srtBody.arg(1)), ts(i1t), "comparison_direction", enum("comparison_direction", "LT"))
	srtBody.ret("stablehlo.return", slt.Results[0])
	srt.Regions = []*Region{{Blocks: []*Block{srtBody.blk}}}

	rw := b.op("stablehlo.reduce_window", vs(b.arg(0), zero.Results[0]), ts(Tensor(tensor.F32, 2, 3)),
		"window_dimensions", i64s(2, 2), "window_strides", i64s(2, 2),
		"padding", intDense(Tensor(tensor.I64, 2, 2), 0, 0, 1, 0))
	rw.Regions = []*Region{binaryBody("stablehlo.maximum", f32)}

	img := Tensor(tensor.F32, 1, 8, 8, 3)
	ker := Tensor(tensor.F32, 3, 3, 3, 16)
	cb := newBlock(img, ker)
	conv := cb.op("stablehlo.convolution", vs(cb.arg(0), cb.arg(1)), ts(Tensor(tensor.F32, 1, 4, 4, 16)),
		"dimension_numbers", &ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 3, InputSpatial: []int64{1, 2},
			KernelInputFeature: 2, KernelOutputFeature: 3, KernelSpatial: []int64{0, 1},
			OutputBatch: 0, OutputFeature: 3, OutputSpatial: []int64{1, 2}},
		"window_strides", i64s(2, 2), "padding", intDense(Tensor(tensor.I64, 2, 2), 1, 1, 1, 1),
		"rhs_dilation", i64s(1, 2), "window_reversal", &DenseArrayAttr{Elem: tensor.I1, Ints: []int64{0, 1}},
		"feature_group_count", i64(1), "batch_group_count", i64(1),
		"precision_config", &ArrayAttr{Elems: []Attribute{enum("precision", "DEFAULT"), enum("precision", "HIGH")}})
	// A numbering the condensed form cannot express (spatial counts differ) falls back to generic.
	odd := cb.op("stablehlo.convolution", vs(cb.arg(0), cb.arg(1)), ts(Tensor(tensor.F32, 1, 4, 4, 16)),
		"dimension_numbers", &ConvDimensionNumbersAttr{InputBatch: 0, InputFeature: 3, InputSpatial: []int64{1, 1},
			KernelInputFeature: 2, KernelOutputFeature: 3, KernelSpatial: []int64{0, 1},
			OutputBatch: 0, OutputFeature: 3, OutputSpatial: []int64{1, 2}},
		"feature_group_count", i64(1), "batch_group_count", i64(1))
	cc := cb.op("stablehlo.custom_call", vs(conv.Results[0], odd.Results[0]), ts(Tensor(tensor.F32, 1, 4, 4, 16), Tensor(tensor.I32)),
		"call_target_name", str("lapack-sgetrf"), "api_version", i32(4), "has_side_effect", BoolAttr{true},
		"backend_config", dict("uplo", &IntegerAttr{Type: Scalar(tensor.U8), Value: 85}),
		"operand_layouts", &ArrayAttr{Elems: []Attribute{intDense(Tensor(tensor.Index, 4), 3, 2, 1, 0), intDense(Tensor(tensor.Index, 4), 3, 2, 1, 0)}},
		"output_operand_aliases", &ArrayAttr{Elems: []Attribute{&OutputOperandAliasAttr{OutputTupleIndices: []int64{0}, OperandIndex: 0}}})
	cb.ret("func.return", cc.Results[0])
	convFn := function("conv", "private", cb, ts(Tensor(tensor.F32, 1, 4, 4, 16)))

	b.ret("func.return", r1.Results[0], r2.Results[0], r3.Results[0], r3.Results[1], wh.Results[1], cs.Results[0], srt.Results[0], rw.Results[0])
	var res []Type
	for _, v := range b.blk.Ops[len(b.blk.Ops)-1].Operands {
		res = append(res, v.Type)
	}
	return &Module{Name: "regions", Ops: []*Op{function("main", "", b, res), convFn}}
}

// moduleGeneric: ops only the generic form expresses: sdy ops with opaque
// attributes, a quantized constant, check ops, an unknown op with successors and
// several blocks, chlo ops, and ops whose attributes do not fit their pretty form.
func moduleGeneric() *Module {
	mesh := &Op{Name: "sdy.mesh"}
	mesh.SetAttr("sym_name", str("mesh"))
	mesh.SetAttr("mesh", OpaqueAttr{Text: `#sdy.mesh<["a"=2]>`})

	t := Tensor(tensor.F32, 4)
	b := newBlock(t)
	b.blk.Args[0].Loc = &NameLoc{Name: "x"}
	q := &QuantType{Storage: tensor.I8, StorageSigned: true, StorageMin: -128, StorageMax: 127, Expressed: tensor.F32, Axis: -1, Scales: []float64{0.5}, ZeroPoints: []int64{3}}
	qc := b.op("stablehlo.constant", nil, ts(&TensorType{Shape: []int64{2}, Elem: q}), "value", intDense(Tensor(tensor.I8, 2), 1, 2))
	sc := b.op("sdy.sharding_constraint", vs(b.arg(0)), ts(t), "sharding", OpaqueAttr{Text: `#sdy.sharding<@mesh, [{"a"}]>`})
	sc.Loc = &FileLineColLoc{File: "f.py", Line: 3, Col: 7}
	erf := b.op("chlo.erf", vs(sc.Results[0]), ts(t))
	erf.Loc = &NameLoc{Name: "erf", Child: &CallSiteLoc{Callee: &FileLineColLoc{File: "a.py", Line: 1, Col: 2}, Caller: UnknownLoc{}}}
	b.op("check.expect_almost_eq_const", vs(erf.Results[0]), nil, "value", f32Dense(t, 1, 2, 3, 4))
	// An iota whose dimension is not an integer attribute cannot use `dim = N`.
	io := b.op("stablehlo.iota", nil, ts(Tensor(tensor.I32, 3)), "iota_dimension", str("zero"))
	// A compare without its direction.
	cmp := b.op("stablehlo.compare", vs(b.arg(0), b.arg(0)), ts(Tensor(tensor.I1, 4)))
	// A reduce with an extra attribute and a while with one.
	red := b.op("stablehlo.reduce", vs(b.arg(0), b.arg(0)), ts(f32), "dimensions", i64s(0), "mhlo.sharding", str("{replicated}"))
	red.Regions = []*Region{binaryBody("stablehlo.add", f32)}
	// An unknown multi-block op with a branch.
	bb0 := newBlock(f32)
	bb1 := newBlock(f32)
	br := bb0.op("test.br", vs(bb0.arg(0)), nil)
	br.Successors = []*Block{bb1.blk}
	bb1.op("test.yield", vs(bb1.arg(0)), nil, "note", UnitAttr{})
	un := b.op("test.multi", vs(red.Results[0]), ts(f32, f32), "z.attr", &ArrayAttr{Elems: []Attribute{i64(1), str("a\"b")}})
	un.Regions = []*Region{{Blocks: []*Block{bb0.blk, bb1.blk}}, {}}
	b.ret("func.return", qc.Results[0], io.Results[0], cmp.Results[0], un.Results[1])
	var res []Type
	for _, v := range b.blk.Ops[len(b.blk.Ops)-1].Operands {
		res = append(res, v.Type)
	}
	fn := function("main", "", b, res)
	fn.Loc = &FileLineColLoc{File: "m.py", Line: 1, Col: 1}
	return &Module{Ops: []*Op{mesh, fn}, Loc: UnknownLoc{}}
}

func TestPrintGolden(t *testing.T) {
	cases := []struct {
		name string
		m    *Module
		opts PrintOptions
	}{
		{"basic", moduleBasic(), PrintOptions{}},
		{"shapes", moduleShapes(), PrintOptions{}},
		{"regions", moduleRegions(), PrintOptions{}},
		{"generic", moduleGeneric(), PrintOptions{}},
		{"generic_locations", moduleGeneric(), PrintOptions{Locations: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := PrintWith(c.m, c.opts)
			path := filepath.Join("testdata", "print", c.name+".golden")
			if *updateGolden {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestPrintGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("printed text differs from %s:\n%s", path, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff shows the first differing line.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + a + "\ngot:  " + b
		}
	}
	return "(no line differs)"
}

// TestPrintMalformed: IR that no reader produces (nil values, nil types, missing
// attributes, dangling references) still prints without panicking.
func TestPrintMalformed(t *testing.T) {
	dangling := &Value{Type: f32}
	b := newBlock(f32, f32)
	b.op("stablehlo.add", vs(nil, dangling), ts(nil))
	b.op("stablehlo.constant", nil, ts(f32))
	b.op("stablehlo.while", vs(b.arg(1)), ts(f32)).Regions = []*Region{nil, {Blocks: []*Block{nil}}}
	b.op("stablehlo.reduce", vs(b.arg(1)), ts(f32), "dimensions", str("x"))
	b.op("stablehlo.convolution", vs(b.arg(1), b.arg(1)), ts(f32), "dimension_numbers", &ConvDimensionNumbersAttr{InputBatch: 99})
	b.op("stablehlo.slice", vs(b.arg(1)), ts(f32), "start_indices", i64s(1), "limit_indices", i64s())
	b.blk.Ops = append(b.blk.Ops, nil)
	fn := function("f", "weird", b, nil)
	b.blk.Args = append(b.blk.Args, nil, &Value{}) // not in the signature: the generic form is used
	fn.SetAttr("arg_attrs", str("not an array"))
	mods := []*Module{
		nil,
		{Ops: []*Op{nil, fn, {Name: "func.func"}}, Attrs: []NamedAttr{{"a", nil}}},
	}
	for i, m := range mods {
		s := Print(m)
		if !strings.HasPrefix(s, "module") {
			t.Errorf("module %d: printed %q", i, s)
		}
	}
	// A nil type inside an attribute: the attribute's String panics; the
	// printer reports it instead of crashing.
	bad := &Module{Attrs: []NamedAttr{{"t", &TypeAttr{Type: &FunctionType{Inputs: []Type{nil}}}}}}
	if s := Print(bad); !strings.Contains(s, "print error") {
		t.Errorf("malformed attribute printed as %q", s)
	}
	if s := PrintOp(nil); s == "" {
		t.Error("PrintOp(nil) printed nothing")
	}
	// The op alone: its operand from outside gets a name of its own.
	add := NewOp("stablehlo.add", vs(dangling, dangling), ts(f32))
	if got, want := PrintOp(add), "%0 = stablehlo.add %ext0, %ext0 : tensor<f32>"; got != want {
		t.Errorf("PrintOp = %q, want %q", got, want)
	}
}

// TestPrintNaming checks MLIR's naming rules that the parser relies on: sibling
// regions reuse numbers, multi-result ops are referenced with #i, and while
// regions share their %iterArg names.
func TestPrintNaming(t *testing.T) {
	s := Print(moduleRegions())
	for _, want := range []string{
		"%0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.add across dimensions = [0]",
		"%2:2 = stablehlo.reduce(%arg0 init: %cst), (%arg1 init: %c)",
		"reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>) {",
		"%3:2 = stablehlo.while(%iterArg = %c, %iterArg_0 = %cst) : tensor<i32>, tensor<f32>",
		"stablehlo.compare LT, %iterArg, %arg2, SIGNED",
		"return %0, %1, %2#0, %2#1, %3#1, %4, %5, %6 :",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("printed module lacks %q:\n%s", want, s)
		}
	}
}

// TestPrintOpNested: PrintOp of an op inside a function names the values it
// uses from outside on its own, and Module.String is Print.
func TestPrintOpNested(t *testing.T) {
	m := moduleRegions()
	if m.String() != Print(m) {
		t.Error("Module.String differs from Print")
	}
	var wh *Op
	m.Walk(func(op *Op) bool {
		if op.Name == "stablehlo.while" {
			wh = op
		}
		return true
	})
	got := PrintOp(wh)
	want := `%0:2 = stablehlo.while(%iterArg = %ext0, %iterArg_0 = %ext1) : tensor<i32>, tensor<f32>
cond {
  %1 = stablehlo.compare LT, %iterArg, %ext2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
  stablehlo.return %1 : tensor<i1>
} do {
  %c = stablehlo.constant dense<1> : tensor<i32>
  %1 = stablehlo.add %iterArg, %c : tensor<i32>
  stablehlo.return %1, %iterArg_0 : tensor<i32>, tensor<f32>
}`
	if got != want {
		t.Errorf("PrintOp(while) =\n%s\nwant\n%s", got, want)
	}
}
