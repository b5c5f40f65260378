package bytecode

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Options tune Compile.
type Options struct {
	// Entry names the function to compile as main. Empty: "main", else the only
	// public function, else the first function.
	Entry string
	// Lenient compiles an op the interpreter cannot build into a FAIL
	// instruction (an error when reached) instead of failing the whole compile.
	Lenient bool
	// NoFold turns off constant folding (ops whose operands are all
	// constants run at compile time; see foldable).
	NoFold bool
	// NoInPlace disables result-over-argument buffer reuse (a debugging aid and
	// the reference the in-place tests compare against).
	NoInPlace bool
	// Runner runs kernel regions (package vm's RunRegion): at compile time
	// for constant folding, and later for the program (BindRunner). Nil:
	// ops whose kernels call a region are not folded, and the VM binds
	// itself when it first runs the program.
	Runner Runner
}

// Compile compiles every function reachable from the module's entry function.
func Compile(m *stablehlo.Module) (*Program, error) { return CompileWith(m, Options{}) }

// CompileWith is Compile with options. The result has passed Verify.
func CompileWith(m *stablehlo.Module, opts Options) (p *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("bytecode: internal error compiling the module: %v", r)
		}
	}()
	if m == nil {
		return nil, errors.New("bytecode: nil module")
	}
	c := &compiler{
		m: m, opts: opts, prog: &Program{},
		funcs:        map[string]int32{},
		consts:       map[*stablehlo.Op]int32{},
		constByValue: map[[32]byte]int32{},
		folded:       map[*stablehlo.Value]int32{},
		regions:      map[regionKey]int32{},
	}
	c.prog.BindRunner(opts.Runner)
	entry, err := pickEntry(m, opts.Entry)
	if err != nil {
		return nil, err
	}
	idx, err := c.function(entry)
	if err != nil {
		return nil, err
	}
	c.prog.Main = idx
	c.prog.Module = m
	c.prog.Folded = c.folded
	if err := c.prog.Verify(); err != nil {
		return nil, fmt.Errorf("bytecode: internal error: compiled program fails verification: %w", err)
	}
	return c.prog, nil
}

func operandTypes(op *stablehlo.Op) []stablehlo.Type {
	out := make([]stablehlo.Type, len(op.Operands))
	for i, v := range op.Operands {
		out[i] = v.Type
	}
	return out
}

func resultTypes(op *stablehlo.Op) []stablehlo.Type {
	out := make([]stablehlo.Type, len(op.Results))
	for i, v := range op.Results {
		out[i] = v.Type
	}
	return out
}

func typesEqual(a, b []stablehlo.Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !stablehlo.TypesEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

func pickEntry(m *stablehlo.Module, name string) (*stablehlo.Op, error) {
	if name != "" {
		if f := m.Func(name); f != nil {
			return f, nil
		}
		return nil, fmt.Errorf("bytecode: no function @%s in module", name)
	}
	if f := m.Func("main"); f != nil {
		return f, nil
	}
	fs := m.Funcs()
	var public []*stablehlo.Op
	for _, f := range fs {
		if v, ok := f.Attr("sym_visibility").(stablehlo.StringAttr); !ok || v.Value == "public" {
			public = append(public, f)
		}
	}
	if len(public) == 1 {
		return public[0], nil
	}
	if len(fs) > 0 {
		return fs[0], nil
	}
	return nil, errors.New("bytecode: module has no functions")
}

type regionKey struct {
	op *stablehlo.Op
	i  int
}

type compiler struct {
	m      *stablehlo.Module
	opts   Options
	prog   *Program
	funcs  map[string]int32 // func.func symbol -> Func index
	consts map[*stablehlo.Op]int32
	// constByValue dedupes the pool by type and contents.
	constByValue map[[32]byte]int32
	// folded maps values computed at compile time to their pool entries.
	folded  map[*stablehlo.Value]int32
	regions map[regionKey]int32 // kernel regions already compiled
	depth   int
}

// function compiles a func.func (once).
func (c *compiler) function(f *stablehlo.Op) (int32, error) {
	name := stablehlo.FuncName(f)
	if idx, ok := c.funcs[name]; ok {
		if c.prog.Funcs[idx] == nil {
			return 0, fmt.Errorf("func.func @%s at %s: recursive call cycle", name, stablehlo.Short(f.Loc))
		}
		return idx, nil
	}
	body := f.Body()
	if body == nil {
		return 0, fmt.Errorf("func.func @%s at %s: declaration without a body", name, stablehlo.Short(f.Loc))
	}
	var results []stablehlo.Type
	if ft := stablehlo.FuncType(f); ft != nil {
		results = ft.Results
	}
	return c.block(body, KindFunction, "@"+name, -1, nil, results, f.Loc, name)
}

// block compiles one block into a new Func. captures are outer values it uses,
// which become parameters after the block arguments. funcName, when set, is
// registered before the body compiles (so recursion is reported, not looped).
func (c *compiler) block(b *stablehlo.Block, kind FuncKind, name string, parent int32, captures []*stablehlo.Value, results []stablehlo.Type, loc stablehlo.Location, funcName string) (int32, error) {
	mark := int32(len(c.prog.Funcs))
	idx, err := c.compileBlock(b, kind, name, parent, captures, results, loc, funcName)
	if err != nil {
		// Drop the Funcs this failed block reserved or compiled (a kernel
		// builder may swallow the error, as in lenient mode): nothing outside
		// it refers to them.
		c.prog.Funcs = c.prog.Funcs[:mark]
		for k, v := range c.funcs {
			if v >= mark {
				delete(c.funcs, k)
			}
		}
		for k, v := range c.regions {
			if v >= mark {
				delete(c.regions, k)
			}
		}
	}
	return idx, err
}

func (c *compiler) compileBlock(b *stablehlo.Block, kind FuncKind, name string, parent int32, captures []*stablehlo.Value, results []stablehlo.Type, loc stablehlo.Location, funcName string) (int32, error) {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > 200 {
		return 0, fmt.Errorf("%s at %s: regions nested too deeply", name, stablehlo.Short(loc))
	}
	idx := int32(len(c.prog.Funcs))
	c.prog.Funcs = append(c.prog.Funcs, nil)
	if funcName != "" {
		c.funcs[funcName] = idx
	}
	fn := &Func{Name: name, Kind: kind, Parent: parent, NumArgs: len(b.Args), NumCaptures: len(captures), Loc: stablehlo.Short(loc),
		Src: &Source{Block: b, Captures: captures}}
	fb := &fbuilder{c: c, fn: fn, idx: idx,
		vals:   make(map[*stablehlo.Value]int32, len(b.Args)+len(captures)+len(b.Ops)),
		consts: map[*stablehlo.Op]int32{},
		code:   make([]vinstr, 0, len(b.Ops)+1),
		vtypes: make([]stablehlo.Type, 0, len(b.Args)+len(captures)+len(b.Ops)),
	}
	for _, a := range b.Args {
		fb.define(a)
		fn.Params = append(fn.Params, a.Type)
	}
	for _, v := range captures {
		fb.define(v)
		fn.Params = append(fn.Params, v.Type)
	}
	fb.emit(vinstr{Instr: Instr{Op: ENTER, Name: "enter", Loc: fn.Loc}})
	returned := false
	for _, op := range b.Ops {
		if returned {
			return 0, fmt.Errorf("%s at %s: op after the region's return", op.Name, stablehlo.Short(op.Loc))
		}
		if err := fb.op(op); err != nil {
			return 0, err
		}
		if op.Name == "func.return" || op.Name == "stablehlo.return" {
			returned = true
			var got []stablehlo.Type
			for _, v := range op.Operands {
				got = append(got, v.Type)
			}
			if results == nil {
				results = got
			} else if !typesEqual(got, results) {
				return 0, fmt.Errorf("%s at %s: returns (%s), but %s must return (%s)", op.Name, stablehlo.Short(op.Loc), types(got), name, types(results))
			}
		}
	}
	if !returned {
		return 0, fmt.Errorf("%s at %s: block has no return", name, stablehlo.Short(loc))
	}
	fn.Results = results
	fb.allocate()
	c.prog.Funcs[idx] = fn
	return idx, nil
}

// vinstr is an instruction over virtual values (one per SSA value) before
// register allocation.
type vinstr struct {
	Instr
	// reuse: the (argument, result) storage pairs a custom_call's target
	// allows (interp.CustomCallReuse); allocate keeps those whose argument
	// dies here.
	reuse []interp.Reuse
}

type fbuilder struct {
	c      *compiler
	fn     *Func
	idx    int32
	vals   map[*stablehlo.Value]int32
	nvals  int32
	consts map[*stablehlo.Op]int32 // constant op -> virtual value in this Func
	code   []vinstr
	vtypes []stablehlo.Type // type of each virtual value
}

func (fb *fbuilder) define(v *stablehlo.Value) int32 {
	id := fb.nvals
	fb.nvals++
	fb.vals[v] = id
	fb.vtypes = append(fb.vtypes, v.Type)
	return id
}

func (fb *fbuilder) emit(in vinstr) { fb.code = append(fb.code, in) }

// use maps an operand to its virtual value. Constants defined outside this Func
// are materialised here (CONST is free: it shares the pool buffer).
func (fb *fbuilder) use(v *stablehlo.Value, user *stablehlo.Op) (int32, error) {
	if id, ok := fb.vals[v]; ok {
		return id, nil
	}
	if v.Owner != nil && v.Owner.Name == "stablehlo.constant" {
		return fb.constant(v.Owner)
	}
	if pi, ok := fb.c.folded[v]; ok {
		id := fb.nvals
		fb.nvals++
		fb.vtypes = append(fb.vtypes, v.Type)
		fb.vals[v] = id
		fb.emit(vinstr{Instr: Instr{Op: CONST, Results: []int32{id}, Aux: pi, Name: v.Owner.Name, Loc: stablehlo.Short(v.Owner.Loc), Types: []stablehlo.Type{v.Type}}})
		return id, nil
	}
	return 0, fmt.Errorf("%s at %s: operand %s is not defined in this region (not captured)", user.Name, stablehlo.Short(user.Loc), valueName(v))
}

func valueName(v *stablehlo.Value) string {
	if v.Name != "" {
		return "%" + v.Name
	}
	if v.Owner != nil {
		return fmt.Sprintf("result %d of %s", v.Index, v.Owner.Name)
	}
	return fmt.Sprintf("block argument %d", v.Index)
}

func (fb *fbuilder) uses(op *stablehlo.Op, vs []*stablehlo.Value) ([]int32, error) {
	out := make([]int32, len(vs))
	for i, v := range vs {
		id, err := fb.use(v, op)
		if err != nil {
			return nil, err
		}
		out[i] = id
	}
	return out, nil
}

func (fb *fbuilder) results(op *stablehlo.Op) ([]int32, []stablehlo.Type) {
	ids := make([]int32, len(op.Results))
	types := make([]stablehlo.Type, len(op.Results))
	for i, r := range op.Results {
		ids[i] = fb.define(r)
		types[i] = r.Type
	}
	return ids, types
}

// constant adds op's value to the pool (once per module) and emits a CONST.
func (fb *fbuilder) constant(op *stablehlo.Op) (int32, error) {
	if id, ok := fb.consts[op]; ok {
		return id, nil
	}
	pi, err := fb.c.poolConst(op)
	if err != nil {
		return 0, err
	}
	id := fb.nvals
	fb.nvals++
	fb.vtypes = append(fb.vtypes, op.Results[0].Type)
	fb.consts[op] = id
	if len(op.Results) == 1 {
		fb.vals[op.Results[0]] = id
	}
	fb.emit(vinstr{Instr: Instr{Op: CONST, Results: []int32{id}, Aux: pi, Name: op.Name, Loc: stablehlo.Short(op.Loc), Types: []stablehlo.Type{op.Results[0].Type}}})
	return id, nil
}

func (c *compiler) poolConst(op *stablehlo.Op) (int32, error) {
	if pi, ok := c.consts[op]; ok {
		return pi, nil
	}
	loc := stablehlo.Short(op.Loc)
	if len(op.Results) != 1 {
		return 0, fmt.Errorf("%s at %s: want one result", op.Name, loc)
	}
	dense, ok := op.Attr("value").(*stablehlo.DenseElementsAttr)
	if !ok {
		return 0, fmt.Errorf("%s at %s: value is not a dense elements attribute (%v)", op.Name, loc, op.Attr("value"))
	}
	tt, ok := op.Results[0].Type.(*stablehlo.TensorType)
	if !ok {
		return 0, fmt.Errorf("%s at %s: result type %v is not a tensor", op.Name, loc, op.Results[0].Type)
	}
	al, err := allocOf(tt)
	if err != nil {
		return 0, fmt.Errorf("%s at %s: %w", op.Name, loc, err)
	}
	n := tensor.NumElements(dense.Type.Shape)
	if n != tensor.NumElements(al.Shape) || stablehlo.ElementDType(dense.Type) != al.DType {
		return 0, fmt.Errorf("%s at %s: value type %v does not match result type %v", op.Name, loc, dense.Type, tt)
	}
	b, err := DenseBuffer(dense)
	if err != nil {
		return 0, fmt.Errorf("%s at %s: %w", op.Name, loc, err)
	}
	b.Shape = al.Shape
	pi := c.addPool(b, tt, loc)
	c.consts[op] = pi
	return pi, nil
}

// addPool adds a buffer to the constant pool; equal constants (same type and
// contents: JAX repeats small ones often) share one entry.
func (c *compiler) addPool(b *tensor.Buffer, t stablehlo.Type, loc string) int32 {
	// A hash, not the contents: constants can be large.
	h := sha256.New()
	h.Write([]byte(t.String()))
	h.Write([]byte{0})
	h.Write(b.Data)
	var key [32]byte
	h.Sum(key[:0])
	if pi, ok := c.constByValue[key]; ok {
		return pi
	}
	pi := int32(len(c.prog.Consts))
	c.constByValue[key] = pi
	c.prog.Consts = append(c.prog.Consts, b)
	c.prog.ConstLocs = append(c.prog.ConstLocs, loc)
	return pi
}

// Constant folding limits: results and operands of at most these sizes are
// computed at compile time (folding must keep compiles fast and the pool
// small).
const (
	maxFoldResultBytes  = 1 << 16
	maxFoldOperandBytes = 1 << 20
)

// unfoldable ops have effects or state beyond their operands' values.
var unfoldable = map[string]bool{
	"stablehlo.custom_call": true, "stablehlo.rng": true, "stablehlo.rng_bit_generator": true,
	"stablehlo.infeed": true, "stablehlo.outfeed": true, "stablehlo.send": true, "stablehlo.recv": true,
	"stablehlo.replica_id": true, "stablehlo.partition_id": true,
}

// tryFold computes op at compile time when every operand is a constant (or
// was folded) and the sizes are small: its results join the constant pool
// and become CONSTs where they are used. A kernel that cannot be built, fails
// or panics leaves the op to run (and report) at run time.
func (fb *fbuilder) tryFold(op *stablehlo.Op) bool {
	c := fb.c
	if c.opts.NoFold || len(op.Results) == 0 || (len(op.Operands) == 0 && op.Name != "stablehlo.iota") || !strings.HasPrefix(op.Name, "stablehlo.") || unfoldable[op.Name] {
		return false
	}
	var args []*tensor.Buffer
	var inBytes int64
	for _, v := range op.Operands {
		var pi int32
		var err error
		if v.Owner != nil && v.Owner.Name == "stablehlo.constant" {
			if pi, err = c.poolConst(v.Owner); err != nil {
				return false
			}
		} else if p, ok := c.folded[v]; ok {
			pi = p
		} else {
			return false
		}
		args = append(args, c.prog.Consts[pi])
		inBytes += int64(len(c.prog.Consts[pi].Data))
	}
	if inBytes > maxFoldOperandBytes {
		return false
	}
	var results []*tensor.Buffer
	for _, r := range op.Results {
		al, err := allocOf(r.Type)
		if err != nil || al.Bytes > maxFoldResultBytes {
			return false
		}
		results = append(results, tensor.New(al.DType, al.Shape))
	}
	k, err := interp.Build(op, &env{fb: fb})
	if err != nil {
		return false
	}
	if !runFold(k, args, results) {
		return false
	}
	loc := stablehlo.Short(op.Loc)
	for i, r := range op.Results {
		c.folded[r] = c.addPool(results[i], r.Type, loc)
	}
	return true
}

func runFold(k interp.Kernel, args, results []*tensor.Buffer) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return k(&interp.Ctx{Parallelism: 1}, args, results) == nil
}

// DenseBuffer converts a dense elements attribute to a buffer in the VM's
// storage layout. The two differ for signed sub-byte integers: the attribute
// keeps only the type's bits (-1 : i2 is 0x03, as MLIR does), a buffer holds
// them sign-extended to the byte (0xFF).
func DenseBuffer(a *stablehlo.DenseElementsAttr) (*tensor.Buffer, error) {
	d := stablehlo.ElementDType(a.Type)
	n := tensor.NumElements(a.Type.Shape)
	if d == tensor.Invalid || n < 0 {
		return nil, fmt.Errorf("dense value of type %v is not supported", a.Type)
	}
	if n > maxBufferBytes/int64(d.StorageSize()) {
		return nil, fmt.Errorf("dense value of type %v is too large", a.Type)
	}
	want := n * int64(d.StorageSize())
	if int64(len(a.Data)) != want && !(a.Splat && int64(len(a.Data)) == int64(d.StorageSize())) {
		return nil, fmt.Errorf("dense value holds %d bytes, %v needs %d", len(a.Data), a.Type, want)
	}
	b := tensor.New(d, a.Type.Shape)
	if a.Splat && n > 0 {
		es := d.StorageSize()
		for off := 0; off < len(b.Data); off += es {
			copy(b.Data[off:off+es], a.Data)
		}
	} else {
		copy(b.Data, a.Data)
	}
	switch d {
	case tensor.I2, tensor.I4:
		shift := 8 - uint(d.Bits())
		for i, v := range b.Data {
			b.Data[i] = byte(int8(v<<shift) >> shift)
		}
	case tensor.U2, tensor.U4:
		mask := byte(1)<<uint(d.Bits()) - 1
		for i, v := range b.Data {
			b.Data[i] = v & mask
		}
	}
	return b, nil
}

// maxBufferBytes bounds one buffer (a guard against absurd shapes in bad
// input, which would otherwise crash the host on allocation).
const maxBufferBytes = 1 << 36

// allocOf describes the buffer of a static tensor type.
func allocOf(t stablehlo.Type) (Alloc, error) {
	tt, ok := t.(*stablehlo.TensorType)
	if !ok {
		return Alloc{}, fmt.Errorf("result type %v is not a ranked tensor", t)
	}
	if _, q := tt.Elem.(*stablehlo.QuantType); q {
		return Alloc{}, fmt.Errorf("quantized element type %v is not supported", tt.Elem)
	}
	d := stablehlo.ElementDType(tt)
	if d == tensor.Invalid {
		return Alloc{}, fmt.Errorf("element type %v is not supported", tt.Elem)
	}
	for _, s := range tt.Shape {
		if s < 0 {
			return Alloc{}, fmt.Errorf("dynamic shape %v is not supported", tt)
		}
	}
	n := tensor.NumElements(tt.Shape)
	if n < 0 || n > maxBufferBytes/int64(d.StorageSize()) {
		return Alloc{}, fmt.Errorf("shape %v is too large", tt)
	}
	return Alloc{DType: d, Shape: append([]int64{}, tt.Shape...), Bytes: n * int64(d.StorageSize())}, nil
}

func (fb *fbuilder) op(op *stablehlo.Op) error {
	loc := stablehlo.Short(op.Loc)
	base := Instr{Name: op.Name, Loc: loc}
	var reuse []interp.Reuse // custom_call storage pairs (see vinstr)
	switch op.Name {
	case "stablehlo.constant":
		// Materialised at its first use (use → constant), so a constant that
		// only a nested region reads costs this Func nothing.
		return nil
	case "func.return", "stablehlo.return":
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		base.Op, base.Args = RETURN, args
		fb.emit(vinstr{Instr: base})
		return nil
	case "func.call", "stablehlo.composite":
		attr := "callee"
		if op.Name == "stablehlo.composite" {
			attr = "decomposition"
		}
		sym, ok := op.Attr(attr).(*stablehlo.SymbolRefAttr)
		if !ok {
			return fmt.Errorf("%s at %s: missing %s symbol", op.Name, loc, attr)
		}
		callee := fb.c.m.Func(sym.Root)
		if callee == nil {
			return fmt.Errorf("%s at %s: no function @%s", op.Name, loc, sym.Root)
		}
		fi, err := fb.c.function(callee)
		if err != nil {
			return err
		}
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		var argTypes []stablehlo.Type
		for _, v := range op.Operands {
			argTypes = append(argTypes, v.Type)
		}
		if callee := fb.c.prog.Funcs[fi]; callee != nil && !typesEqual(argTypes, callee.Params) {
			return fmt.Errorf("%s at %s: arguments (%s) do not match @%s's parameters (%s)", op.Name, loc, types(argTypes), sym.Root, types(callee.Params))
		}
		if callee := fb.c.prog.Funcs[fi]; callee != nil && !typesEqual(callee.Results, resultTypes(op)) {
			return fmt.Errorf("%s at %s: @%s returns (%s), the call has results (%s)", op.Name, loc, sym.Root, types(callee.Results), types(resultTypes(op)))
		}
		base.Op, base.Args, base.Subs = CALL, args, []int32{fi}
	case "stablehlo.while":
		if len(op.Regions) != 2 {
			return fmt.Errorf("%s at %s: want 2 regions, have %d", op.Name, loc, len(op.Regions))
		}
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		base.Op, base.Aux = WHILE, int32(len(args))
		var stateTypes []stablehlo.Type
		for _, v := range op.Operands {
			stateTypes = append(stateTypes, v.Type)
		}
		for ri, r := range op.Regions {
			if len(r.Blocks) == 1 {
				var bt []stablehlo.Type
				for _, a := range r.Blocks[0].Args {
					bt = append(bt, a.Type)
				}
				if !typesEqual(bt, stateTypes) {
					return fmt.Errorf("%s at %s: region %d takes (%s), the loop carries (%s)", op.Name, loc, ri, types(bt), types(stateTypes))
				}
			}
		}
		if len(op.Results) != len(stateTypes) {
			return fmt.Errorf("%s at %s: %d results for %d loop values", op.Name, loc, len(op.Results), len(stateTypes))
		}
		if !typesEqual(resultTypes(op), stateTypes) {
			return fmt.Errorf("%s at %s: results (%s) differ from the loop values (%s)", op.Name, loc, types(resultTypes(op)), types(stateTypes))
		}
		regionResults := [][]stablehlo.Type{{stablehlo.Tensor(tensor.I1)}, stateTypes}
		for ri, kind := range []FuncKind{KindWhileCond, KindWhileBody} {
			sub, caps, err := fb.region(op, ri, kind, regionResults[ri])
			if err != nil {
				return err
			}
			capIDs, err := fb.uses(op, caps)
			if err != nil {
				return err
			}
			args = append(args, capIDs...)
			base.Subs = append(base.Subs, sub)
			base.Split = append(base.Split, int32(len(caps)))
		}
		base.Args = args
	case "stablehlo.case", "stablehlo.if":
		if len(op.Operands) != 1 {
			return fmt.Errorf("%s at %s: want 1 operand, have %d", op.Name, loc, len(op.Operands))
		}
		if op.Name == "stablehlo.if" && len(op.Regions) != 2 {
			return fmt.Errorf("%s at %s: want 2 regions, have %d", op.Name, loc, len(op.Regions))
		}
		if len(op.Regions) == 0 {
			return fmt.Errorf("%s at %s: no branches", op.Name, loc)
		}
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		base.Op = CASE
		want := "tensor<i32>"
		if op.Name == "stablehlo.if" {
			base.Op, want = IF, "tensor<i1>"
		}
		if got := op.Operands[0].Type.String(); got != want {
			return fmt.Errorf("%s at %s: selector is %s, want %s", op.Name, loc, got, want)
		}
		for ri, r := range op.Regions {
			if len(r.Blocks) == 1 && len(r.Blocks[0].Args) != 0 {
				return fmt.Errorf("%s at %s: branch %d takes block arguments", op.Name, loc, ri)
			}
		}
		rtypes := make([]stablehlo.Type, len(op.Results))
		for i, r := range op.Results {
			rtypes[i] = r.Type
		}
		for ri := range op.Regions {
			sub, caps, err := fb.region(op, ri, KindBranch, rtypes)
			if err != nil {
				return err
			}
			capIDs, err := fb.uses(op, caps)
			if err != nil {
				return err
			}
			args = append(args, capIDs...)
			base.Subs = append(base.Subs, sub)
			base.Split = append(base.Split, int32(len(caps)))
		}
		base.Args = args
	case "stablehlo.optimization_barrier":
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		if !typesEqual(operandTypes(op), resultTypes(op)) {
			return fmt.Errorf("%s at %s: result types (%s) differ from operand types (%s)", op.Name, loc, types(resultTypes(op)), types(operandTypes(op)))
		}
		base.Op, base.Args = MOVE, args
	case "stablehlo.tuple":
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		want := &stablehlo.TupleType{Elems: operandTypes(op)}
		if len(op.Results) != 1 || !stablehlo.TypesEqual(op.Results[0].Type, want) {
			return fmt.Errorf("%s at %s: result type (%s) is not %v", op.Name, loc, types(resultTypes(op)), want)
		}
		base.Op, base.Args = TUPLE, args
	case "stablehlo.get_tuple_element":
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		ia, ok := op.Attr("index").(*stablehlo.IntegerAttr)
		if !ok || len(args) != 1 || len(op.Results) != 1 {
			return fmt.Errorf("%s at %s: want one operand, one result and an index", op.Name, loc)
		}
		tt, ok := op.Operands[0].Type.(*stablehlo.TupleType)
		if !ok || ia.Value < 0 || ia.Value >= int64(len(tt.Elems)) || !stablehlo.TypesEqual(tt.Elems[ia.Value], op.Results[0].Type) {
			return fmt.Errorf("%s at %s: element %d of %v is not a %v", op.Name, loc, ia.Value, op.Operands[0].Type, op.Results[0].Type)
		}
		base.Op, base.Args, base.Aux = GET_TUPLE_ELEMENT, args, int32(ia.Value)
	case "stablehlo.after_all", "stablehlo.create_token":
		args, err := fb.uses(op, op.Operands)
		if err != nil {
			return err
		}
		if len(op.Results) != 1 || op.Results[0].Type.String() != "!stablehlo.token" {
			return fmt.Errorf("%s at %s: want one token result", op.Name, loc)
		}
		base.Op, base.Args = TOKEN, args
	default:
		if fb.tryFold(op) {
			return nil // its results are pool constants now
		}
		if err := fb.kernel(op, &base); err != nil {
			if !fb.c.opts.Lenient {
				return err
			}
			base = Instr{Op: FAIL, Name: op.Name, Loc: loc, Err: err}
			args, uerr := fb.uses(op, op.Operands)
			if uerr != nil {
				return uerr
			}
			base.Args = args
		} else {
			reuse = interp.CustomCallReuse(op)
		}
	}
	base.Results, base.Types = fb.results(op)
	fb.emit(vinstr{Instr: base, reuse: reuse})
	return nil
}

func (fb *fbuilder) kernel(op *stablehlo.Op, in *Instr) error {
	loc := stablehlo.Short(op.Loc)
	for _, r := range op.Results {
		al, err := allocOf(r.Type)
		if err != nil {
			return fmt.Errorf("%s at %s: %w", op.Name, loc, err)
		}
		in.Allocs = append(in.Allocs, al)
	}
	args, err := fb.uses(op, op.Operands)
	if err != nil {
		return err
	}
	k, err := interp.Build(op, &env{fb: fb})
	if err != nil {
		return err
	}
	in.Op, in.Args, in.Kernel = KERNEL, args, k
	in.Alias = sameBytesLayout(op)
	return nil
}

// sameBytesLayout reports whether op's result 0 has exactly the bytes of its
// operand 0 (row-major): reshape, a bitcast_convert, a convert to the same
// type, a transpose that only moves unit dimensions, or a broadcast_in_dim
// that only inserts or renames unit dimensions. Such a result can simply take
// over a dying operand's storage, without running the kernel.
func sameBytesLayout(op *stablehlo.Op) bool {
	if len(op.Operands) != 1 || len(op.Results) != 1 {
		return false
	}
	in, ok1 := op.Operands[0].Type.(*stablehlo.TensorType)
	out, ok2 := op.Results[0].Type.(*stablehlo.TensorType)
	if !ok1 || !ok2 {
		return false
	}
	ia, ea := allocOf(in)
	oa, eb := allocOf(out)
	if ea != nil || eb != nil || ia.Bytes != oa.Bytes {
		return false
	}
	switch op.Name {
	case "stablehlo.reshape":
		return ia.DType == oa.DType
	case "stablehlo.convert":
		return ia.DType == oa.DType // a no-op convert
	case "stablehlo.transpose":
		// Row-major bytes stay put when the dimensions larger than one keep
		// their order.
		perm, ok := op.Attr("permutation").(*stablehlo.DenseArrayAttr)
		if !ok || ia.DType != oa.DType || len(perm.Ints) != len(ia.Shape) {
			return false
		}
		last := int64(-1)
		for _, d := range perm.Ints {
			if d < 0 || d >= int64(len(ia.Shape)) {
				return false
			}
			if ia.Shape[d] != 1 {
				if d < last {
					return false
				}
				last = d
			}
		}
		return true
	case "stablehlo.bitcast_convert":
		// Not for i1 or sub-byte types, whose one-byte storage is not their
		// bit pattern (0/1, sign-extended).
		narrow := func(d tensor.DType) bool { return d.StorageSize()*8 != d.Bits() }
		return !narrow(ia.DType) && !narrow(oa.DType)
	case "stablehlo.broadcast_in_dim":
		dims, ok := op.Attr("broadcast_dimensions").(*stablehlo.DenseArrayAttr)
		if !ok || ia.DType != oa.DType || tensor.NumElements(ia.Shape) != tensor.NumElements(oa.Shape) {
			return false
		}
		for i := 1; i < len(dims.Ints); i++ {
			if dims.Ints[i] <= dims.Ints[i-1] {
				return false // a transpose, not a relabelling
			}
		}
		return true
	}
	return false
}

// region compiles region ri of op as a sub-program of this Func. It returns the
// Func index and the outer values it captures (constants excepted: those are
// materialised inside).
func (fb *fbuilder) region(op *stablehlo.Op, ri int, kind FuncKind, results []stablehlo.Type) (int32, []*stablehlo.Value, error) {
	r := op.Regions[ri]
	if len(r.Blocks) != 1 {
		return 0, nil, fmt.Errorf("%s at %s: region %d has %d blocks, want 1", op.Name, stablehlo.Short(op.Loc), ri, len(r.Blocks))
	}
	caps := fb.c.freeValues(r)
	name := fmt.Sprintf("%s.%s%d", fb.fn.Name, shortOp(op.Name), ri)
	switch kind {
	case KindWhileCond:
		name = fmt.Sprintf("%s.while%d.cond", fb.fn.Name, len(fb.code))
	case KindWhileBody:
		name = fmt.Sprintf("%s.while%d.body", fb.fn.Name, len(fb.code))
	case KindBranch:
		name = fmt.Sprintf("%s.%s%d.br%d", fb.fn.Name, shortOp(op.Name), len(fb.code), ri)
	}
	idx, err := fb.c.block(r.Blocks[0], kind, name, fb.idx, caps, results, op.Loc, "")
	return idx, caps, err
}

func shortOp(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return name[i+1:]
		}
	}
	return name
}

// freeValues lists, in first-use order, the values a region uses but does not
// define (in it or its nested regions), leaving out constants and folded
// values (materialised inside instead).
func (c *compiler) freeValues(r *stablehlo.Region) []*stablehlo.Value {
	defined := map[*stablehlo.Value]bool{}
	var walkDefs func(r *stablehlo.Region)
	walkDefs = func(r *stablehlo.Region) {
		for _, b := range r.Blocks {
			for _, a := range b.Args {
				defined[a] = true
			}
			for _, op := range b.Ops {
				for _, res := range op.Results {
					defined[res] = true
				}
				for _, rr := range op.Regions {
					walkDefs(rr)
				}
			}
		}
	}
	walkDefs(r)
	seen := map[*stablehlo.Value]bool{}
	var out []*stablehlo.Value
	var walkUses func(r *stablehlo.Region)
	walkUses = func(r *stablehlo.Region) {
		for _, b := range r.Blocks {
			for _, op := range b.Ops {
				for _, v := range op.Operands {
					if defined[v] || seen[v] {
						continue
					}
					if v.Owner != nil && v.Owner.Name == "stablehlo.constant" {
						continue
					}
					if _, ok := c.folded[v]; ok {
						continue
					}
					seen[v] = true
					out = append(out, v)
				}
				for _, rr := range op.Regions {
					walkUses(rr)
				}
			}
		}
	}
	walkUses(r)
	return out
}

// env is the interp.Env the kernel builders of one Func see.
type env struct{ fb *fbuilder }

func (e *env) Region(op *stablehlo.Op, i int) (interp.Callable, error) {
	c := e.fb.c
	key := regionKey{op, i}
	if idx, ok := c.regions[key]; ok {
		return &Callable{Prog: c.prog, Func: idx}, nil
	}
	if i < 0 || i >= len(op.Regions) {
		return nil, fmt.Errorf("no region %d (op has %d)", i, len(op.Regions))
	}
	r := op.Regions[i]
	if len(r.Blocks) != 1 {
		return nil, fmt.Errorf("region %d has %d blocks, want 1", i, len(r.Blocks))
	}
	if caps := c.freeValues(r); len(caps) > 0 {
		return nil, fmt.Errorf("region %d uses %s defined outside it; a kernel region may capture only constants", i, valueName(caps[0]))
	}
	name := fmt.Sprintf("%s.%s%d.region%d", e.fb.fn.Name, shortOp(op.Name), len(e.fb.code), i)
	idx, err := c.block(r.Blocks[0], KindKernelRegion, name, e.fb.idx, nil, nil, op.Loc, "")
	if err != nil {
		return nil, err
	}
	c.regions[key] = idx
	return &Callable{Prog: c.prog, Func: idx}, nil
}

func (e *env) Func(name string) (interp.Callable, error) {
	f := e.fb.c.m.Func(name)
	if f == nil {
		return nil, fmt.Errorf("no function @%s", name)
	}
	idx, err := e.fb.c.function(f)
	if err != nil {
		return nil, err
	}
	return &Callable{Prog: e.fb.c.prog, Func: idx}, nil
}

// Callable is a compiled Func that kernels call (interp.Callable). It runs
// on the Program's Runner (BindRunner).
type Callable struct {
	Prog *Program
	Func int32
}

// Call runs the Func; results are new buffers owned by the caller.
func (c *Callable) Call(ctx *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	r := c.Prog.runner.Load()
	if r == nil {
		return nil, errNoRunner
	}
	return (*r)(c.Prog, c.Func, ctx, args, nil)
}

var errNoRunner = errors.New("bytecode: no runner bound to run regions (Options.Runner, or run the program on the VM)")

// CallInto runs the Func and writes its results into results
// (interp.CallableInto): no allocation per call once the VM's pools are warm.
func (c *Callable) CallInto(ctx *interp.Ctx, args, results []*tensor.Buffer) error {
	r := c.Prog.runner.Load()
	if r == nil {
		return errNoRunner
	}
	if results == nil {
		results = []*tensor.Buffer{}
	}
	_, err := (*r)(c.Prog, c.Func, ctx, args, results)
	return err
}

// allocate runs liveness over the virtual values and assigns registers: a
// register freed by a value's last use is reused by later results, and each
// instruction lists the registers that die after it.
func (fb *fbuilder) allocate() {
	n := int(fb.nvals)
	last := make([]int, n)
	for i := range last {
		last[i] = -1
	}
	for pc, in := range fb.code {
		for _, a := range in.Args {
			last[a] = pc
		}
	}
	phys := make([]int32, n)
	for i := range phys {
		phys[i] = -1
	}
	nregs := int32(0)
	var free []int32
	get := func() int32 {
		if k := len(free); k > 0 {
			r := free[k-1]
			free = free[:k-1]
			return r
		}
		r := nregs
		nregs++
		return r
	}
	nparams := int32(len(fb.fn.Params))
	for p := int32(0); p < nparams; p++ {
		phys[p] = p
	}
	nregs = nparams
	code := make([]Instr, len(fb.code))
	for pc := range fb.code {
		in := fb.code[pc].Instr
		args := make([]int32, len(in.Args))
		for i, a := range in.Args {
			args[i] = phys[a]
		}
		var dies []int32
		dead := func(r int32) bool { return containsReg(dies, r) }
		if in.Op == ENTER {
			for p := int32(0); p < nparams; p++ {
				if last[p] < 0 {
					dies = append(dies, p)
				}
			}
		}
		// Results get registers before this instruction's dying arguments are
		// freed, so a result never lands on a register the VM still has to read.
		results := make([]int32, len(in.Results))
		for i, r := range in.Results {
			phys[r] = get()
			results[i] = phys[r]
		}
		if in.Op != RETURN {
			for _, a := range in.Args {
				if last[a] == pc && !dead(phys[a]) {
					dies = append(dies, phys[a])
				}
			}
			for _, r := range in.Results {
				if last[r] < 0 {
					dies = append(dies, phys[r])
				}
			}
		}
		for _, d := range dies {
			free = append(free, d)
		}
		if in.Op == CALL || in.Op == WHILE {
			in.Moves = make([]bool, len(args))
			for i, a := range args {
				n := 0
				for _, b := range args {
					if b == a {
						n++
					}
				}
				in.Moves[i] = dead(a) && n == 1
			}
		}
		if in.Op == KERNEL && in.Alias && !fb.c.opts.NoInPlace && dead(args[0]) {
			in.InPlace = []int32{0}
		} else if in.Op == KERNEL && !fb.c.opts.NoInPlace && len(in.Allocs) > 0 && interp.InPlace(in.Name) {
			for i, a := range args {
				if dead(a) && fb.sameBytes(in.Args[i], in.Allocs[0].Bytes) {
					in.InPlace = append(in.InPlace, int32(i))
				}
			}
		} else if rs := fb.code[pc].reuse; in.Op == KERNEL && !fb.c.opts.NoInPlace && len(rs) > 0 {
			// Parameters first: a donated input (a train step's parameter)
			// then keeps its storage, which callers can see and rely on.
			for _, params := range []bool{true, false} {
				for _, u := range rs {
					if u.Arg < 0 || u.Arg >= len(args) || u.Result < 0 || u.Result >= len(in.Allocs) {
						continue
					}
					v := in.Args[u.Arg]
					if (v < nparams) == params && dead(args[u.Arg]) && fb.sameBytes(v, in.Allocs[u.Result].Bytes) {
						in.InPlace = append(in.InPlace, int32(u.Arg))
						in.InPlaceOut = append(in.InPlaceOut, int32(u.Result))
					}
				}
			}
		}
		in.Args, in.Results, in.Dies = args, results, dies
		code[pc] = in
	}
	fb.fn.Code = code
	fb.fn.NumRegs = int(nregs)
}

// sameBytes reports whether virtual value v's static byte size is want.
func (fb *fbuilder) sameBytes(v int32, want int64) bool {
	al, err := allocOf(fb.vtypes[v])
	return err == nil && al.Bytes == want
}

func containsReg(rs []int32, r int32) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
