package bytecode

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Disassemble lists the program: the constant pool, then every Func with one
// line per instruction: pc, result registers, opcode (and op name for a
// KERNEL), argument registers, sub-programs, registers that die after it,
// in-place candidates, result types and the source location.
func (p *Program) Disassemble() string {
	var b strings.Builder
	fmt.Fprintf(&b, "program: %d funcs, main #%d, %d constants\n", len(p.Funcs), p.Main, len(p.Consts))
	for i, c := range p.Consts {
		fmt.Fprintf(&b, "  c%d = %v%s (%d bytes) ; %s\n", i, c, constValues(c), len(c.Data), p.ConstLocs[i])
	}
	for i, f := range p.Funcs {
		b.WriteByte('\n')
		if f == nil {
			fmt.Fprintf(&b, "func #%d <missing>\n", i)
			continue
		}
		b.WriteString(p.disFunc(int32(i), f))
	}
	return b.String()
}

func (p *Program) funcName(i int32) string {
	if i >= 0 && int(i) < len(p.Funcs) && p.Funcs[i] != nil {
		return fmt.Sprintf("#%d %s", i, p.Funcs[i].Name)
	}
	return fmt.Sprintf("#%d", i)
}

func regs(rs []Reg) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("r%d", r)
	}
	return strings.Join(parts, ", ")
}

func types(ts []stablehlo.Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprint(t)
	}
	return strings.Join(parts, ", ")
}

func (p *Program) disFunc(idx int32, f *Func) string {
	var b strings.Builder
	parent := ""
	if f.Parent >= 0 {
		parent = " in " + p.funcName(f.Parent)
	}
	if pr := f.Promoted.Load(); pr != nil {
		parent += ", promoted to " + pr.Name
	}
	fmt.Fprintf(&b, "func #%d %s (%s%s) args=%d captures=%d regs=%d -> (%s) ; %s\n",
		idx, f.Name, f.Kind, parent, f.NumArgs, f.NumCaptures, f.NumRegs, types(f.Results), f.Loc)
	if len(f.Params) > 0 {
		fmt.Fprintf(&b, "  params: ")
		for i, t := range f.Params {
			if i > 0 {
				b.WriteString(", ")
			}
			kind := ""
			if i >= f.NumArgs {
				kind = " (captured)"
			}
			fmt.Fprintf(&b, "r%d: %v%s", i, t, kind)
		}
		b.WriteByte('\n')
	}
	for pc := range f.Code {
		b.WriteString(p.disInstr(pc, &f.Code[pc]))
		b.WriteByte('\n')
	}
	return b.String()
}

func (p *Program) disInstr(pc int, in *Instr) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %4d  ", pc)
	if len(in.Results) > 0 {
		b.WriteString(regs(in.Results))
		b.WriteString(" = ")
	}
	b.WriteString(in.Op.String())
	switch in.Op {
	case KERNEL, FAIL:
		b.WriteString(" " + in.Name)
	}
	switch in.Op {
	case CONST:
		fmt.Fprintf(&b, " c%d", in.Aux)
	case GET_TUPLE_ELEMENT:
		fmt.Fprintf(&b, " [%d]", in.Aux)
	}
	if len(in.Args) > 0 {
		b.WriteString(" (" + regs(in.Args) + ")")
	}
	switch in.Op {
	case CALL:
		fmt.Fprintf(&b, " callee=%s", p.funcName(in.Subs[0]))
	case WHILE:
		fmt.Fprintf(&b, " inits=%d cond=%s [%d captured] body=%s [%d captured]",
			in.Aux, p.funcName(in.Subs[0]), in.Split[0], p.funcName(in.Subs[1]), in.Split[1])
	case CASE, IF:
		for i, s := range in.Subs {
			fmt.Fprintf(&b, " br%d=%s [%d captured]", i, p.funcName(s), in.Split[i])
		}
	}
	if len(in.Dies) > 0 {
		b.WriteString(" dies{" + regs(in.Dies) + "}")
	}
	if len(in.InPlace) > 0 {
		switch {
		case in.Alias:
			b.WriteString(" alias")
		case in.InPlaceOut != nil:
			b.WriteString(" inplace[")
			for k, a := range in.InPlace {
				if k > 0 {
					b.WriteByte(' ')
				}
				fmt.Fprintf(&b, "%d->%d", a, in.InPlaceOut[k])
			}
			b.WriteByte(']')
		default:
			fmt.Fprintf(&b, " inplace%v", in.InPlace)
		}
	}
	if len(in.Types) > 0 {
		b.WriteString(" : " + types(in.Types))
	}
	if in.Op == FAIL && in.Err != nil {
		fmt.Fprintf(&b, " ! %v", in.Err)
	}
	if in.Loc != "" && in.Op != ENTER {
		b.WriteString(" @ " + in.Loc)
	}
	return b.String()
}

// constValues shows a small constant's elements (" [1, 2]"), or a splat's one
// value (" splat 0.5"); "" for anything else.
func constValues(c *tensor.Buffer) string {
	n := int(c.NumElements())
	sz := c.DType.StorageSize()
	if n == 0 || sz == 0 {
		return ""
	}
	splat := true
	for i := 1; i < n && splat; i++ {
		splat = string(c.Data[i*sz:(i+1)*sz]) == string(c.Data[:sz])
	}
	if splat {
		if n == 1 {
			return " = " + elemText(c, 0)
		}
		return " splat " + elemText(c, 0)
	}
	if n > 8 {
		return ""
	}
	parts := make([]string, n)
	for i := range parts {
		parts[i] = elemText(c, i)
	}
	return " = [" + strings.Join(parts, ", ") + "]"
}

func elemText(c *tensor.Buffer, i int) string {
	d := c.DType
	sz := d.StorageSize()
	raw := c.Data[i*sz : (i+1)*sz]
	var bits uint64
	for k := sz - 1; k >= 0; k-- {
		bits = bits<<8 | uint64(raw[k])
	}
	switch {
	case d == tensor.I1:
		return strconv.FormatBool(bits != 0)
	case d.IsSigned():
		shift := 64 - 8*uint(sz)
		return strconv.FormatInt(int64(bits<<shift)>>shift, 10)
	case d.IsUnsigned():
		return strconv.FormatUint(bits, 10)
	case d.IsFloat():
		return strconv.FormatFloat(tensor.FloatFromBits(d, bits), 'g', -1, floatBits(d))
	case d.IsComplex():
		p := d.ComplexPart()
		h := sz / 2
		var re, im uint64
		for k := h - 1; k >= 0; k-- {
			re = re<<8 | uint64(raw[k])
			im = im<<8 | uint64(raw[h+k])
		}
		return "(" + strconv.FormatFloat(tensor.FloatFromBits(p, re), 'g', -1, floatBits(p)) + "," + strconv.FormatFloat(tensor.FloatFromBits(p, im), 'g', -1, floatBits(p)) + ")"
	}
	return "?"
}

// floatBits is the precision to print a float type's values with: the
// shortest text that reads back as the same float32 for types no wider.
func floatBits(d tensor.DType) int {
	if d == tensor.F64 {
		return 64
	}
	return 32
}
