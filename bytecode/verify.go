package bytecode

import (
	"fmt"

	"github.com/hlovm/hlovm/stablehlo"
)

// VerifyError names the Func and instruction that break a rule.
type VerifyError struct {
	Func string
	PC   int
	Msg  string
}

func (e *VerifyError) Error() string {
	if e.PC < 0 {
		return fmt.Sprintf("verify %s: %s", e.Func, e.Msg)
	}
	return fmt.Sprintf("verify %s pc %d: %s", e.Func, e.PC, e.Msg)
}

// Verify checks the program's invariants: every register is defined before it
// is read and not read after it died; register and pool indices are in range;
// sub-programs are entered only by the opcode their kind belongs to, from their
// parent Func, with arguments and results that match their boundary (block
// arguments then captures) in number and type; RETURN hands back the Func's
// result types; a while condition yields tensor<i1>.
func (p *Program) Verify() error {
	if p == nil || len(p.Funcs) == 0 {
		return &VerifyError{Func: "program", PC: -1, Msg: "no functions"}
	}
	if p.Main < 0 || int(p.Main) >= len(p.Funcs) {
		return &VerifyError{Func: "program", PC: -1, Msg: fmt.Sprintf("main index %d out of range", p.Main)}
	}
	for i, f := range p.Funcs {
		if f == nil {
			return &VerifyError{Func: fmt.Sprintf("func #%d", i), PC: -1, Msg: "missing"}
		}
		if err := p.verifyFunc(int32(i), f); err != nil {
			return err
		}
	}
	if k := p.Funcs[p.Main].Kind; k != KindFunction {
		return &VerifyError{Func: p.Funcs[p.Main].Name, PC: -1, Msg: "main is a " + k.String() + ", not a function"}
	}
	return nil
}

func (p *Program) verifyFunc(self int32, f *Func) error {
	fail := func(pc int, format string, a ...any) error {
		return &VerifyError{Func: f.Name, PC: pc, Msg: fmt.Sprintf(format, a...)}
	}
	if f.NumArgs+f.NumCaptures != len(f.Params) {
		return fail(-1, "%d block arguments + %d captures != %d parameters", f.NumArgs, f.NumCaptures, len(f.Params))
	}
	if len(f.Params) > f.NumRegs {
		return fail(-1, "%d parameters but %d registers", len(f.Params), f.NumRegs)
	}
	if len(f.Code) == 0 || f.Code[0].Op != ENTER {
		return fail(0, "a Func must start with ENTER")
	}
	live := make([]stablehlo.Type, f.NumRegs) // nil: not defined
	copy(live, f.Params)
	for i, t := range f.Params {
		if t == nil {
			return fail(-1, "parameter %d has no type", i)
		}
	}
	reg := func(pc int, r Reg) error {
		if r < 0 || int(r) >= f.NumRegs {
			return fail(pc, "register r%d out of range (%d registers)", r, f.NumRegs)
		}
		return nil
	}
	argTypes := func(pc int, in *Instr) ([]stablehlo.Type, error) {
		ts := make([]stablehlo.Type, len(in.Args))
		for i, a := range in.Args {
			if err := reg(pc, a); err != nil {
				return nil, err
			}
			if live[a] == nil {
				return nil, fail(pc, "%s reads r%d, which holds no live value", in.Op, a)
			}
			ts[i] = live[a]
		}
		return ts, nil
	}
	sub := func(pc int, idx int32, kinds ...FuncKind) (*Func, error) {
		if idx < 0 || int(idx) >= len(p.Funcs) || p.Funcs[idx] == nil {
			return nil, fail(pc, "sub-program %d out of range", idx)
		}
		s := p.Funcs[idx]
		ok := false
		for _, k := range kinds {
			ok = ok || s.Kind == k
		}
		if !ok {
			return nil, fail(pc, "sub-program %s is a %s, not usable here", s.Name, s.Kind)
		}
		if s.Kind != KindFunction && s.Parent != self {
			return nil, fail(pc, "region %s belongs to another Func (parent %d), crossing a region boundary", s.Name, s.Parent)
		}
		return s, nil
	}
	matchTypes := func(pc int, what string, got, want []stablehlo.Type) error {
		if len(got) != len(want) {
			return fail(pc, "%s: %d values, want %d", what, len(got), len(want))
		}
		for i := range got {
			if !stablehlo.TypesEqual(got[i], want[i]) {
				return fail(pc, "%s: value %d has type %v, want %v", what, i, got[i], want[i])
			}
		}
		return nil
	}
	returned := false
	for pc := range f.Code {
		in := &f.Code[pc]
		if returned {
			return fail(pc, "instruction after RETURN")
		}
		if in.Op == ENTER && pc != 0 {
			return fail(pc, "ENTER not at the start")
		}
		ts, err := argTypes(pc, in)
		if err != nil {
			return err
		}
		var rtypes []stablehlo.Type // nil: take in.Types
		switch in.Op {
		case ENTER, TOKEN, FAIL:
		case KERNEL:
			if in.Kernel == nil {
				return fail(pc, "KERNEL without a kernel")
			}
			if len(in.Allocs) != len(in.Results) {
				return fail(pc, "KERNEL has %d allocations for %d results", len(in.Allocs), len(in.Results))
			}
			for _, a := range in.InPlace {
				if a < 0 || int(a) >= len(in.Args) {
					return fail(pc, "in-place argument %d out of range", a)
				}
				if !contains(in.Dies, in.Args[a]) {
					return fail(pc, "in-place argument %d (r%d) does not die here", a, in.Args[a])
				}
			}
			if in.InPlaceOut != nil && len(in.InPlaceOut) != len(in.InPlace) {
				return fail(pc, "%d in-place results for %d in-place arguments", len(in.InPlaceOut), len(in.InPlace))
			}
			for _, r := range in.InPlaceOut {
				if r < 0 || int(r) >= len(in.Results) {
					return fail(pc, "in-place result %d out of range", r)
				}
			}
		case CONST:
			if in.Aux < 0 || int(in.Aux) >= len(p.Consts) || len(in.Results) != 1 {
				return fail(pc, "CONST pool index %d out of range", in.Aux)
			}
		case CALL:
			if len(in.Subs) != 1 {
				return fail(pc, "CALL needs one callee")
			}
			s, err := sub(pc, in.Subs[0], KindFunction)
			if err != nil {
				return err
			}
			if err := matchTypes(pc, "call arguments of "+s.Name, ts, s.Params); err != nil {
				return err
			}
			rtypes = s.Results
		case WHILE:
			if len(in.Subs) != 2 || len(in.Split) != 2 {
				return fail(pc, "WHILE needs cond and body")
			}
			n := int(in.Aux)
			if n < 0 || n+int(in.Split[0])+int(in.Split[1]) != len(in.Args) || len(in.Results) != n {
				return fail(pc, "WHILE argument layout %d+%v does not match %d args, %d results", n, in.Split, len(in.Args), len(in.Results))
			}
			cond, err := sub(pc, in.Subs[0], KindWhileCond)
			if err != nil {
				return err
			}
			body, err := sub(pc, in.Subs[1], KindWhileBody)
			if err != nil {
				return err
			}
			c0 := n + int(in.Split[0])
			condArgs := append(append([]stablehlo.Type{}, ts[:n]...), ts[n:c0]...)
			bodyArgs := append(append([]stablehlo.Type{}, ts[:n]...), ts[c0:]...)
			if err := matchTypes(pc, "while cond parameters", condArgs, cond.Params); err != nil {
				return err
			}
			if err := matchTypes(pc, "while body parameters", bodyArgs, body.Params); err != nil {
				return err
			}
			if err := matchTypes(pc, "while body results", body.Results, ts[:n]); err != nil {
				return err
			}
			if len(cond.Results) != 1 || cond.Results[0].String() != "tensor<i1>" {
				return fail(pc, "while cond must yield tensor<i1>, yields %v", cond.Results)
			}
			rtypes = ts[:n]
		case CASE, IF:
			if len(in.Subs) == 0 || len(in.Subs) != len(in.Split) || (in.Op == IF && len(in.Subs) != 2) {
				return fail(pc, "%s branch layout broken", in.Op)
			}
			want := "tensor<i32>"
			if in.Op == IF {
				want = "tensor<i1>"
			}
			if len(ts) == 0 || ts[0].String() != want {
				return fail(pc, "%s selector must be %s", in.Op, want)
			}
			off := 1
			for b, si := range in.Subs {
				s, err := sub(pc, si, KindBranch)
				if err != nil {
					return err
				}
				k := int(in.Split[b])
				if off+k > len(ts) {
					return fail(pc, "%s captures overrun the arguments", in.Op)
				}
				if s.NumArgs != 0 {
					return fail(pc, "branch %s takes block arguments", s.Name)
				}
				if err := matchTypes(pc, "branch "+s.Name+" captures", ts[off:off+k], s.Params); err != nil {
					return err
				}
				if err := matchTypes(pc, "branch "+s.Name+" results", s.Results, in.Types); err != nil {
					return err
				}
				off += k
			}
			if off != len(ts) {
				return fail(pc, "%s has %d arguments beyond its branches' captures", in.Op, len(ts)-off)
			}
		case RETURN:
			if err := matchTypes(pc, "return", ts, f.Results); err != nil {
				return err
			}
			returned = true
		case MOVE:
			rtypes = ts
		case TUPLE:
			rtypes = []stablehlo.Type{&stablehlo.TupleType{Elems: ts}}
		case GET_TUPLE_ELEMENT:
			tt, ok := ts[0].(*stablehlo.TupleType)
			if len(ts) != 1 || !ok || in.Aux < 0 || int(in.Aux) >= len(tt.Elems) {
				return fail(pc, "GET_TUPLE_ELEMENT of a non-tuple or index out of range")
			}
			rtypes = []stablehlo.Type{tt.Elems[in.Aux]}
		default:
			return fail(pc, "unknown opcode %d", in.Op)
		}
		if in.Moves != nil {
			if (in.Op != CALL && in.Op != WHILE) || len(in.Moves) != len(in.Args) {
				return fail(pc, "%s has a move list of %d for %d arguments", in.Op, len(in.Moves), len(in.Args))
			}
			for i, m := range in.Moves {
				if !m {
					continue
				}
				n := 0
				for _, a := range in.Args {
					if a == in.Args[i] {
						n++
					}
				}
				if n != 1 || !contains(in.Dies, in.Args[i]) {
					return fail(pc, "argument %d (r%d) is moved but is not a single dying use", i, in.Args[i])
				}
			}
		}
		if in.Op != RETURN && len(in.Types) != len(in.Results) {
			return fail(pc, "%d result types for %d results", len(in.Types), len(in.Results))
		}
		if rtypes != nil {
			if err := matchTypes(pc, in.Op.String()+" results", rtypes, in.Types); err != nil {
				return err
			}
		}
		for _, d := range in.Dies {
			if err := reg(pc, d); err != nil {
				return err
			}
		}
		// Dying arguments are gone before results land (results never take a
		// register that dies at the same instruction: the allocator frees
		// those after assigning results).
		for _, r := range in.Results {
			if err := reg(pc, r); err != nil {
				return err
			}
			if live[r] != nil {
				return fail(pc, "result r%d overwrites a live value", r)
			}
		}
		for _, d := range in.Dies {
			if !contains(in.Results, d) {
				if live[d] == nil {
					return fail(pc, "r%d dies but holds no live value", d)
				}
				live[d] = nil
			}
		}
		for i, r := range in.Results {
			live[r] = in.Types[i]
		}
		for _, d := range in.Dies {
			if contains(in.Results, d) {
				live[d] = nil
			}
		}
	}
	if !returned {
		return fail(len(f.Code), "no RETURN")
	}
	return nil
}

func contains(rs []Reg, r Reg) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
