package vmtest

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/mlirtext"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
	_ "github.com/hlovm/hlovm/vm/conform" // the check.* ops the interpreter suite's cases end with
)

// FuzzMutateRun is structured fuzzing of the whole runner. Byte-level fuzzing
// of the text (FuzzCompileRun) almost never gets past the parser with a
// program that still type-checks; here the input picks a valid program (a
// case of StableHLO's interpreter suite or a small program of the JAX corpus,
// read in place from shared/) and a script of mutations applied to its parsed
// IR: attribute values (dimensions, permutations, slice bounds, iota
// dimension, comparison direction and the other enums, dimension numbers,
// constants' bytes), tensor shapes and element types of op results and block
// arguments, operand swaps and replacements. The mutant is printed, then
// compiled through engine (normalize, lower, verify) and, when it compiles,
// run on tier 0 with inputs made from its parameter types. It must end with
// results or an error: a panic (also one the VM caught in a kernel: "kernel
// panicked"), an internal error or a hang fails.
func FuzzMutateRun(f *testing.F) {
	bases := mutationBases(f)
	for i, s := range [][]byte{
		{},
		{0, 0, 1, 3},          // an attribute of the first op
		{2, 1, 0, 5, 1, 2},    // a shape
		{3, 2, 1, 4},          // an element type
		{4, 3, 0, 1, 6, 1, 1}, // operand swap, then an enum
		{1, 5, 0, 9, 7, 4, 2, 1, 0, 0, 8, 1},
	} {
		f.Add(uint16(i*37), s)
	}
	f.Fuzz(func(t *testing.T, pick uint16, script []byte) {
		b := bases[int(pick)%len(bases)]
		m, err := mlirtext.Parse(b.src, b.name)
		if err != nil {
			t.Fatalf("%s no longer parses: %v", b.name, err)
		}
		applied := mutate(m, script)
		// Printing any IR must work; the printed mutant may or may not parse.
		text := stablehlo.Print(m)
		_, _ = mlirtext.Parse([]byte(text), "mutant.mlir")
		if msg := runMutant(m, script); msg != "" {
			t.Fatalf("%s with %s: %s\n%s", b.name, strings.Join(applied, "; "), msg, text)
		}
	})
}

// TestMutateRunScripts runs fixed mutation scripts over every base program,
// so plain `go test` exercises the mutator and the runner's error paths on
// programs a step away from valid ones (the fuzzer explores the rest).
func TestMutateRunScripts(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	bases := mutationBases(t)
	scripts := [][]byte{{0, 1, 0, 2}, {2, 0, 0, 0}, {3, 1, 2, 5}, {4, 0, 0, 1}, {7, 0, 1, 3}}
	errs, ran := 0, 0
	stages := map[string]int{}
	for i, b := range bases {
		if i%3 != 0 { // a third of them keeps it a few seconds
			continue
		}
		for _, s := range scripts {
			m, err := mlirtext.Parse(b.src, b.name)
			if err != nil {
				t.Fatalf("%s: %v", b.name, err)
			}
			applied := mutate(m, s)
			_ = stablehlo.Print(m)
			ran++
			stage, msg := runMutantStage(m, s)
			stages[stage]++
			if msg != "" {
				errs++
				t.Errorf("%s with %s: %s", b.name, strings.Join(applied, "; "), msg)
			}
		}
	}
	t.Logf("%d mutants of %d base programs, %d failures; how far they got: %v", ran, len(bases), errs, stages)
	if stages["ran"] == 0 || stages["compile"] == 0 {
		t.Errorf("the mutants should both run and be rejected: %v", stages)
	}
}

type mutationBase struct {
	name string
	src  []byte
}

var (
	basesOnce sync.Once
	basesList []mutationBase
)

// mutationBases are the valid programs mutations start from: every case of
// the interpreter suite that parses and is not skipped for what one device
// cannot run, and the JAX corpus programs under 16 KiB of text.
func mutationBases(tb testing.TB) []mutationBase {
	root := shareddata.Root()
	if root == "" {
		tb.Skip("shared/ test material not found beside the repository (set HLOVM_SHARED): no programs to mutate")
	}
	basesOnce.Do(func() {
		paths, _ := filepath.Glob(filepath.Join(root, "conformance", "stablehlo-interpret", "*.mlir"))
		sort.Strings(paths)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			for i, chunk := range strings.Split(string(data), "// -----") {
				if len(chunk) > 8000 || strings.Contains(chunk, "interpreter.run_parallel") ||
					strings.Contains(chunk, "?x") || strings.Contains(chunk, "!quant.") {
					continue
				}
				if _, err := mlirtext.Parse([]byte(chunk), "x.mlir"); err != nil {
					continue
				}
				basesList = append(basesList, mutationBase{fmt.Sprintf("%s#%d", filepath.Base(p), i), []byte(chunk)})
			}
		}
		corpus, _ := filepath.Glob(filepath.Join(root, "corpus", "*", "*", "module.mlir"))
		sort.Strings(corpus)
		for _, p := range corpus {
			data, err := os.ReadFile(p)
			if err != nil || len(data) > 16<<10 {
				continue
			}
			if _, err := mlirtext.Parse(data, "x.mlir"); err != nil {
				continue
			}
			basesList = append(basesList, mutationBase{filepath.Base(filepath.Dir(p)) + "/module.mlir", data})
		}
	})
	if len(basesList) == 0 {
		tb.Skip("no conformance or corpus programs under " + root)
	}
	return basesList
}

// runMutant compiles and runs a mutated module; it returns what went wrong
// that must never go wrong ("" when the mutant gave results or a clean
// error).
func runMutant(m *stablehlo.Module, script []byte) (bad string) {
	_, bad = runMutantStage(m, script)
	return bad
}

// runMutantStage is runMutant that also says how far the mutant got:
// "normalize", "compile" (rejected there), "skipped" (too big, or inputs it
// cannot make), "run error" or "ran".
func runMutantStage(m *stablehlo.Module, script []byte) (stage, bad string) {
	defer func() {
		if r := recover(); r != nil {
			stage, bad = "panic", fmt.Sprintf("panic: %v", r)
		}
	}()
	internal := func(stage string, err error) string {
		if err != nil && (strings.Contains(err.Error(), "internal error") || strings.Contains(err.Error(), "panicked")) {
			return stage + ": " + err.Error()
		}
		return ""
	}
	if _, err := engine.Normalize(m, engine.Options{}); err != nil {
		return "normalize", internal("normalize", err)
	}
	entry := ""
	if m.Func("main") != nil {
		entry = "main"
	} else {
		for _, fn := range m.Funcs() {
			if vis, _ := fn.Attr("sym_visibility").(stablehlo.StringAttr); vis.Value != "private" {
				entry = stablehlo.FuncName(fn)
				break
			}
		}
	}
	if entry == "" {
		return "skipped", ""
	}
	// The script's length picks folding, so both the compile-time and the
	// run-time paths of the kernels see mutants.
	p, err := engine.Lower(m, engine.Options{Entry: entry, NoFold: len(script)%2 == 0}, nil)
	if err != nil {
		return "compile", internal("compile", err)
	}
	const maxBytes = 1 << 24 // valid, but too big to run here
	for _, fn := range p.Funcs {
		for _, in := range fn.Code {
			for _, a := range in.Allocs {
				if a.Bytes > maxBytes {
					return "skipped", ""
				}
			}
		}
	}
	var args []*tensor.Buffer
	e := p.Entry()
	for i := 0; i < e.NumArgs && i < len(e.Params); i++ {
		tt, ok := e.Params[i].(*stablehlo.TensorType)
		if !ok {
			return "skipped", "" // a token or tuple parameter: nothing to make it from
		}
		st, ok := tt.Elem.(stablehlo.ScalarType)
		if !ok {
			return "skipped", ""
		}
		n := int64(1)
		for _, d := range tt.Shape {
			if d < 0 {
				return "skipped", ""
			}
			n *= d
		}
		if n*int64(max(st.DType.StorageSize(), 1)) > maxBytes {
			return "skipped", ""
		}
		b := tensor.New(st.DType, tt.Shape)
		fillBytes(b.Data, uint64(i)+uint64(len(script))*131)
		args = append(args, b)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("run panicked: %v", r)
			}
		}()
		_, err := vm.Run(ctx, p, args)
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			return "run error", internal("run", err)
		}
		return "ran", ""
	case <-time.After(30 * time.Second):
		return "hang", "run: still running 28s after its 2s deadline (hang)"
	}
}

// fillBytes fills inputs with a fixed pseudo-random pattern (xorshift), small
// integers as often as wild bit patterns so index operands hit both sides of
// their bounds.
func fillBytes(data []byte, seed uint64) {
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := range data {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		if x&3 == 0 {
			data[i] = byte(x >> 8)
		} else {
			data[i] = byte(x>>8) & 3
		}
	}
}

// script reads mutation choices; an exhausted script reads zeros.
type script struct {
	b []byte
	i int
}

func (s *script) more() bool { return s.i < len(s.b) }

func (s *script) next() int {
	if s.i >= len(s.b) {
		return 0
	}
	s.i++
	return int(s.b[s.i-1])
}

// interesting integers: bounds, their neighbours and the values dimension
// and index attributes take.
var interesting = []int64{0, 1, 2, 3, -1, 4, 5, 7, 8, -2, 16, 63, 64, 1 << 31, -1 << 31, 1<<31 - 1,
	1 << 32, 1 << 62, math.MaxInt64, math.MinInt64, -3, 6, 100, 1 << 20}

func (s *script) int64() int64 { return interesting[s.next()%len(interesting)] }

var elemTypes = []tensor.DType{tensor.F32, tensor.F64, tensor.F16, tensor.BF16, tensor.I1, tensor.I4, tensor.I8,
	tensor.I32, tensor.I64, tensor.U8, tensor.U32, tensor.C64, tensor.F8E4M3FN}

var enumValues = map[string][]string{
	"comparison_direction": {"EQ", "NE", "GE", "GT", "LE", "LT"},
	"comparison_type":      {"NOTYPE", "FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED"},
	"precision":            {"DEFAULT", "HIGH", "HIGHEST"},
	"fft_type":             {"FFT", "IFFT", "RFFT", "IRFFT"},
	"rng_algorithm":        {"DEFAULT", "THREE_FRY", "PHILOX"},
	"rng_distribution":     {"UNIFORM", "NORMAL"},
	"transpose":            {"NO_TRANSPOSE", "TRANSPOSE", "ADJOINT", "TRANSPOSE_INVALID"},
}

// mutate applies the script to m and returns what it did, for the failure
// message. Every change replaces an attribute or type rather than editing it
// in place: the parser may share them between values.
func mutate(m *stablehlo.Module, b []byte) []string {
	s := &script{b: b}
	var ops []*stablehlo.Op
	var vals []*stablehlo.Value
	funcOf := map[*stablehlo.Value]*stablehlo.Op{} // entry block arguments' functions
	m.Walk(func(op *stablehlo.Op) bool {
		ops = append(ops, op)
		if b := op.Body(); op.Name == "func.func" && b != nil {
			for _, a := range b.Args {
				funcOf[a] = op
			}
		}
		vals = append(vals, op.Results...)
		for _, r := range op.Regions {
			for _, blk := range r.Blocks {
				vals = append(vals, blk.Args...)
			}
		}
		return true
	})
	var done []string
	for steps := 0; s.more() && steps < 8 && len(ops) > 0; steps++ {
		op := ops[s.next()%len(ops)]
		switch s.next() % 8 {
		case 0, 1: // an attribute's value
			if len(op.Attrs) == 0 {
				continue
			}
			k := s.next() % len(op.Attrs)
			a := &op.Attrs[k]
			if nv := mutateAttr(a.Value, s); nv != nil {
				done = append(done, fmt.Sprintf("%s %s = %v", op.Name, a.Name, nv))
				a.Value = nv
			}
		case 2: // a shape
			if len(vals) == 0 {
				continue
			}
			v := vals[s.next()%len(vals)]
			tt, ok := v.Type.(*stablehlo.TensorType)
			if !ok {
				continue
			}
			shape := append([]int64(nil), tt.Shape...)
			switch c := s.next(); {
			case c%3 == 0 && len(shape) > 0:
				shape[s.next()%len(shape)] = int64(s.next() % 7)
			case c%3 == 1 && len(shape) < 6:
				shape = append(shape, int64(1+s.next()%4))
			case len(shape) > 0:
				shape = shape[:len(shape)-1]
			}
			setType(v, &stablehlo.TensorType{Shape: shape, Elem: tt.Elem, Encoding: tt.Encoding}, funcOf)
			done = append(done, fmt.Sprintf("value %s of %s: shape %v", v.Name, ownerName(v), shape))
		case 3: // an element type
			if len(vals) == 0 {
				continue
			}
			v := vals[s.next()%len(vals)]
			tt, ok := v.Type.(*stablehlo.TensorType)
			if !ok {
				continue
			}
			d := elemTypes[s.next()%len(elemTypes)]
			setType(v, &stablehlo.TensorType{Shape: tt.Shape, Elem: stablehlo.ScalarType{DType: d}, Encoding: tt.Encoding}, funcOf)
			done = append(done, fmt.Sprintf("value %s of %s: element type %v", v.Name, ownerName(v), d))
		case 4: // swap two operands
			if len(op.Operands) < 2 {
				continue
			}
			i, j := s.next()%len(op.Operands), s.next()%len(op.Operands)
			opnds := append([]*stablehlo.Value(nil), op.Operands...)
			opnds[i], opnds[j] = opnds[j], opnds[i]
			op.Operands = opnds
			done = append(done, fmt.Sprintf("%s: operands %d and %d swapped", op.Name, i, j))
		case 5: // an operand replaced by another value of the same block, defined earlier
			blk := blockOf(m, op)
			if blk == nil || len(op.Operands) == 0 {
				continue
			}
			cands := append([]*stablehlo.Value(nil), blk.Args...)
			for _, o := range blk.Ops {
				if o == op {
					break
				}
				cands = append(cands, o.Results...)
			}
			if len(cands) == 0 {
				continue
			}
			i := s.next() % len(op.Operands)
			opnds := append([]*stablehlo.Value(nil), op.Operands...)
			opnds[i] = cands[s.next()%len(cands)]
			op.Operands = opnds
			done = append(done, fmt.Sprintf("%s: operand %d replaced by %s", op.Name, i, opnds[i].Name))
		case 6: // an attribute dropped
			if len(op.Attrs) == 0 {
				continue
			}
			k := s.next() % len(op.Attrs)
			done = append(done, fmt.Sprintf("%s: attribute %s dropped", op.Name, op.Attrs[k].Name))
			op.Attrs = append(append([]stablehlo.NamedAttr(nil), op.Attrs[:k]...), op.Attrs[k+1:]...)
		case 7: // a result type copied from an operand's (shape-changing ops become "wrong")
			if len(op.Operands) == 0 || len(op.Results) == 0 {
				continue
			}
			r := op.Results[s.next()%len(op.Results)]
			setType(r, op.Operands[s.next()%len(op.Operands)].Type, funcOf)
			done = append(done, fmt.Sprintf("%s: result typed as an operand (%v)", op.Name, r.Type))
		}
	}
	return done
}

// setType changes a value's type; a function's entry argument changes the
// function's type with it, so the mutant gets past the signature check to
// the ops that use it.
func setType(v *stablehlo.Value, t stablehlo.Type, funcOf map[*stablehlo.Value]*stablehlo.Op) {
	v.Type = t
	fn := funcOf[v]
	if fn == nil {
		return
	}
	ft := stablehlo.FuncType(fn)
	if ft == nil || v.Index >= len(ft.Inputs) {
		return
	}
	in := append([]stablehlo.Type(nil), ft.Inputs...)
	in[v.Index] = t
	fn.SetAttr("function_type", &stablehlo.TypeAttr{Type: &stablehlo.FunctionType{Inputs: in, Results: ft.Results}})
}

func ownerName(v *stablehlo.Value) string {
	if v.Owner != nil {
		return v.Owner.Name
	}
	return "a block"
}

// blockOf is the block that holds op.
func blockOf(m *stablehlo.Module, op *stablehlo.Op) *stablehlo.Block {
	var found *stablehlo.Block
	m.Walk(func(o *stablehlo.Op) bool {
		for _, r := range o.Regions {
			for _, b := range r.Blocks {
				for _, x := range b.Ops {
					if x == op {
						found = b
					}
				}
			}
		}
		return found == nil
	})
	return found
}

// mutateAttr returns a changed copy of a, or nil when it has nothing to
// change.
func mutateAttr(a stablehlo.Attribute, s *script) stablehlo.Attribute {
	ints := func(v []int64) []int64 {
		v = append([]int64(nil), v...)
		switch c := s.next(); {
		case c%4 == 0 && len(v) > 0:
			v[s.next()%len(v)] = s.int64()
		case c%4 == 1 && len(v) > 1:
			i, j := s.next()%len(v), s.next()%len(v)
			v[i], v[j] = v[j], v[i]
		case c%4 == 2:
			v = append(v, s.int64())
		case len(v) > 0:
			v = v[:len(v)-1]
		}
		return v
	}
	switch a := a.(type) {
	case *stablehlo.IntegerAttr:
		return &stablehlo.IntegerAttr{Type: a.Type, Value: s.int64()}
	case stablehlo.BoolAttr:
		return stablehlo.BoolAttr{Value: !a.Value}
	case *stablehlo.FloatAttr:
		bits := []uint64{0, 0x7FF8000000000000, 0x7FF0000000000000, 0x3FF0000000000000, 0xBFF0000000000000, 0x0000000000000001}
		if d, ok := a.Type.(stablehlo.ScalarType); ok && d.DType == tensor.F32 {
			bits = []uint64{0, 0x7FC00000, 0x7F800000, 0x3F800000, 0xBF800000, 1}
		}
		return &stablehlo.FloatAttr{Type: a.Type, Bits: bits[s.next()%len(bits)]}
	case stablehlo.EnumAttr:
		vs := enumValues[a.Kind]
		if len(vs) == 0 || s.next()%8 == 0 {
			return stablehlo.EnumAttr{Kind: a.Kind, Value: "BOGUS"}
		}
		return stablehlo.EnumAttr{Kind: a.Kind, Value: vs[s.next()%len(vs)]}
	case *stablehlo.DenseArrayAttr:
		if a.Elem.IsFloat() {
			return nil
		}
		return &stablehlo.DenseArrayAttr{Elem: a.Elem, Ints: ints(a.Ints)}
	case *stablehlo.DenseElementsAttr:
		// A constant's bytes (or an old-style dense dimension list): flip
		// one byte, keeping the shape.
		if a.Type == nil || len(a.Data) == 0 {
			return nil
		}
		data := append([]byte(nil), a.Data...)
		data[s.next()%len(data)] ^= byte(1 << (s.next() % 8))
		return &stablehlo.DenseElementsAttr{Type: a.Type, Data: data, Splat: a.Splat}
	case *stablehlo.DotDimensionNumbersAttr:
		c := *a
		switch s.next() % 4 {
		case 0:
			c.LhsBatching = ints(a.LhsBatching)
		case 1:
			c.RhsBatching = ints(a.RhsBatching)
		case 2:
			c.LhsContracting = ints(a.LhsContracting)
		default:
			c.RhsContracting = ints(a.RhsContracting)
		}
		return &c
	case *stablehlo.GatherDimensionNumbersAttr:
		c := *a
		switch s.next() % 6 {
		case 0:
			c.OffsetDims = ints(a.OffsetDims)
		case 1:
			c.CollapsedSliceDims = ints(a.CollapsedSliceDims)
		case 2:
			c.OperandBatchingDims = ints(a.OperandBatchingDims)
		case 3:
			c.StartIndicesBatchingDims = ints(a.StartIndicesBatchingDims)
		case 4:
			c.StartIndexMap = ints(a.StartIndexMap)
		default:
			c.IndexVectorDim = s.int64()
		}
		return &c
	case *stablehlo.ScatterDimensionNumbersAttr:
		c := *a
		switch s.next() % 6 {
		case 0:
			c.UpdateWindowDims = ints(a.UpdateWindowDims)
		case 1:
			c.InsertedWindowDims = ints(a.InsertedWindowDims)
		case 2:
			c.InputBatchingDims = ints(a.InputBatchingDims)
		case 3:
			c.ScatterIndicesBatchingDims = ints(a.ScatterIndicesBatchingDims)
		case 4:
			c.ScatterDimsToOperandDims = ints(a.ScatterDimsToOperandDims)
		default:
			c.IndexVectorDim = s.int64()
		}
		return &c
	case *stablehlo.ConvDimensionNumbersAttr:
		c := *a
		switch s.next() % 6 {
		case 0:
			c.InputSpatial = ints(a.InputSpatial)
		case 1:
			c.KernelSpatial = ints(a.KernelSpatial)
		case 2:
			c.OutputSpatial = ints(a.OutputSpatial)
		case 3:
			c.InputFeature = s.int64()
		case 4:
			c.KernelOutputFeature = s.int64()
		default:
			c.OutputBatch = s.int64()
		}
		return &c
	case *stablehlo.ArrayAttr:
		if len(a.Elems) == 0 {
			return nil
		}
		el := append([]stablehlo.Attribute(nil), a.Elems...)
		i := s.next() % len(el)
		if nv := mutateAttr(el[i], s); nv != nil {
			el[i] = nv
		} else {
			el = el[:len(el)-1]
		}
		return &stablehlo.ArrayAttr{Elems: el}
	}
	return nil
}
