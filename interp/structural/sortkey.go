package structural

import (
	"sort"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// keyedComparator recognises a comparator of the form
//
//	compare DIR, f(lhs_k), f(rhs_k)
//
// where f is the same scalar computation applied to the two arguments of one
// operand pair: JAX's float comparator (map -0 to +0 and every NaN to one NaN,
// then TOTALORDER LT) has this form. The key f(x) is then computed once per
// element and the row sorted by keys, instead of running the comparator
// O(n log n) times.
type keyedComparator struct {
	operand int
	desc    bool
	ctype   string
	keyType tensor.DType
	key     *scalarProg
	// canon, when set, computes the key directly: JAX's canonicalisation
	// x != x ? nan : (x == 0 ? zero : x).
	canon func(x float64) float64
}

func recogniseKeyed(blk *stablehlo.Block) (*keyedComparator, bool) {
	if blk == nil || len(blk.Ops) < 2 {
		return nil, false
	}
	ret := blk.Ops[len(blk.Ops)-1]
	if len(ret.Operands) != 1 || ret.Operands[0].Owner == nil || ret.Operands[0].Owner.Name != "stablehlo.compare" {
		return nil, false
	}
	cmp := ret.Operands[0].Owner
	if len(cmp.Operands) != 2 {
		return nil, false
	}
	dir, _ := cmp.Attr("comparison_direction").(stablehlo.EnumAttr)
	ctype := ""
	if t, ok := cmp.Attr("compare_type").(stablehlo.EnumAttr); ok {
		ctype = t.Value
	}
	argIndex := map[*stablehlo.Value]int{}
	for i, a := range blk.Args {
		argIndex[a] = i
	}
	a, b := cmp.Operands[0], cmp.Operands[1]
	ia, oka := soleArg(a, argIndex, map[*stablehlo.Value]int{})
	ib, okb := soleArg(b, argIndex, map[*stablehlo.Value]int{})
	// soleArg says -1 for a side computed from constants alone: not a key.
	if !oka || !okb || ia < 0 || ib < 0 || ia/2 != ib/2 || ia == ib || !sameComputation(a, b, blk.Args[ia], blk.Args[ib]) {
		return nil, false
	}
	k := &keyedComparator{operand: ia / 2, ctype: ctype, keyType: stablehlo.ElementDType(a.Type)}
	swapped := ia%2 == 1
	switch dir.Value {
	case "LT":
		k.desc = swapped
	case "GT":
		k.desc = !swapped
	default:
		return nil, false
	}
	// The key program: the ops a depends on, in block order, then return a.
	need := map[*stablehlo.Op]bool{}
	var mark func(v *stablehlo.Value)
	mark = func(v *stablehlo.Value) {
		if v.Owner == nil || need[v.Owner] || v.Owner.Name == "stablehlo.constant" && !inBlock(blk, v.Owner) {
			return
		}
		need[v.Owner] = true
		for _, o := range v.Owner.Operands {
			mark(o)
		}
	}
	mark(a)
	kb := &stablehlo.Block{Args: []*stablehlo.Value{blk.Args[ia]}}
	for _, op := range blk.Ops {
		if need[op] {
			kb.Ops = append(kb.Ops, op)
		}
	}
	kb.Ops = append(kb.Ops, stablehlo.NewOp("stablehlo.return", []*stablehlo.Value{a}, nil))
	p, ok := compileScalar(kb)
	if !ok {
		return nil, false
	}
	k.key = p
	k.canon = canonicalKey(a, blk.Args[ia])
	return k, true
}

// canonicalKey recognises v = select(x != x, NAN, select(x == Z, ZERO, x))
// with constants NAN, Z (a zero) and ZERO, on floats with FLOAT compares.
func canonicalKey(v, x *stablehlo.Value) func(float64) float64 {
	s2 := v.Owner
	if !isOp(s2, "stablehlo.select", 3) || !stablehlo.ElementDType(x.Type).IsFloat() {
		return nil
	}
	if d, ok := cmpOf(s2.Operands[0], x, x); !ok || d != "NE" {
		return nil
	}
	nan, _, ok := capturedConst(s2.Operands[1])
	if !ok {
		return nil
	}
	s1 := s2.Operands[2].Owner
	if !isOp(s1, "stablehlo.select", 3) || s1.Operands[2] != x {
		return nil
	}
	zero, _, ok := capturedConst(s1.Operands[1])
	if !ok {
		return nil
	}
	cmp := s1.Operands[0].Owner
	if !isOp(cmp, "stablehlo.compare", 2) || cmp.Operands[0] != x {
		return nil
	}
	if d, ok := cmpOf(s1.Operands[0], x, cmp.Operands[1]); !ok || d != "EQ" {
		return nil
	}
	if z, _, ok := capturedConst(cmp.Operands[1]); !ok || z.f != 0 {
		return nil
	}
	nv, zv := nan.f, zero.f
	return func(f float64) float64 {
		if f != f {
			return nv
		}
		if f == 0 {
			return zv
		}
		return f
	}
}

func inBlock(blk *stablehlo.Block, op *stablehlo.Op) bool {
	for _, o := range blk.Ops {
		if o == op {
			return true
		}
	}
	return false
}

// soleArg finds the one block argument v depends on (constants aside).
func soleArg(v *stablehlo.Value, args map[*stablehlo.Value]int, memo map[*stablehlo.Value]int) (int, bool) {
	if i, ok := args[v]; ok {
		return i, true
	}
	if v.Owner == nil {
		return 0, false
	}
	if v.Owner.Name == "stablehlo.constant" {
		return -1, true
	}
	if r, ok := memo[v]; ok {
		return r, r != -2
	}
	found := -1
	for _, o := range v.Owner.Operands {
		i, ok := soleArg(o, args, memo)
		if !ok || i >= 0 && found >= 0 && i != found {
			memo[v] = -2
			return 0, false
		}
		if i >= 0 {
			found = i
		}
	}
	memo[v] = found
	return found, true
}

// sameComputation reports whether a (from argument x) and b (from argument
// y) are computed by the same ops with the same attributes and constants.
func sameComputation(a, b, x, y *stablehlo.Value) bool {
	if a == x || b == y {
		return a == x && b == y
	}
	if a.Owner == nil || b.Owner == nil {
		return false
	}
	oa, ob := a.Owner, b.Owner
	if oa.Name != ob.Name || a.Index != b.Index || len(oa.Operands) != len(ob.Operands) || len(oa.Attrs) != len(ob.Attrs) || len(oa.Regions)+len(ob.Regions) != 0 {
		return false
	}
	for i := range oa.Attrs {
		if oa.Attrs[i].Name != ob.Attrs[i].Name || !stablehlo.AttrsEqual(oa.Attrs[i].Value, ob.Attrs[i].Value) {
			return false
		}
	}
	if !stablehlo.TypesEqual(a.Type, b.Type) {
		return false
	}
	for i := range oa.Operands {
		if !sameComputation(oa.Operands[i], ob.Operands[i], x, y) {
			return false
		}
	}
	return true
}

// keyedSorter computes each row's keys with the key program, then sorts.
func keyedSorter(k *keyedComparator, d tensor.DType) func(*interp.Ctx) rowSorter {
	ld := loader(d)
	kt := k.keyType
	return func(*interp.Ctx) rowSorter {
		regs := make([]sv, k.key.nregs)
		copy(regs, k.key.consts)
		one := make([]sv, 1)
		out := make([]sv, 1)
		var keys []sv
		var ik []int64
		var uk []uint64
		return func(args []*tensor.Buffer, off, stride int64, perm []int) error {
			m := len(perm)
			if cap(keys) < m {
				keys = make([]sv, m)
			}
			keys = keys[:m]
			data := args[k.operand].Data
			if k.canon != nil {
				for t := range keys {
					keys[t] = sv{f: k.canon(ld(data, off+int64(t)*stride).f)}
				}
			} else {
				for t := range keys {
					one[0] = ld(data, off+int64(t)*stride)
					if err := k.key.run(regs, one, out); err != nil {
						return err
					}
					keys[t] = out[0]
				}
			}
			switch {
			case kt.IsFloat() && k.ctype == "TOTALORDER":
				ik = ik[:0]
				for _, v := range keys {
					ik = append(ik, totalKey(kt, v.f))
				}
				sortByKey(perm, ik, k.desc)
			case kt.IsFloat():
				if k.desc {
					sort.SliceStable(perm, func(i, j int) bool { return keys[perm[i]].f > keys[perm[j]].f })
				} else {
					sort.SliceStable(perm, func(i, j int) bool { return keys[perm[i]].f < keys[perm[j]].f })
				}
			case kt.IsSigned() && k.ctype != "UNSIGNED":
				ik = ik[:0]
				for _, v := range keys {
					ik = append(ik, v.i)
				}
				sortByKey(perm, ik, k.desc)
			default:
				uk = uk[:0]
				for _, v := range keys {
					uk = append(uk, uint64(v.i))
				}
				sortByKey(perm, uk, k.desc)
			}
			return nil
		}
	}
}
