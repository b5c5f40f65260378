package stablehlo

import (
	"encoding/binary"
	"strings"
)

// This file holds the program-level normalizations MLIR's canonicalizer applies
// when XLA prepares a program for a plugin: a branch on a constant is replaced by
// the branch taken, and side-effect-free ops whose results are unused are
// removed. With HoistConstants they make the text JAX prints and the portable
// artifact XLA sends the same IR, and they spare the VM dead work.

// FoldConstantBranches inlines every stablehlo.case whose index, and every
// stablehlo.if whose predicate, is a stablehlo.constant.
func FoldConstantBranches(m *Module) {
	for _, fn := range m.Ops {
		if fn.Name != "func.func" {
			continue
		}
		for _, r := range fn.Regions {
			for _, b := range r.Blocks {
				foldBranchesIn(fn, b)
			}
		}
	}
}

func foldBranchesIn(fn *Op, b *Block) {
	for i := 0; i < len(b.Ops); i++ {
		op := b.Ops[i]
		for _, r := range op.Regions {
			for _, inner := range r.Blocks {
				foldBranchesIn(fn, inner)
			}
		}
		branch, ok := constantBranch(op)
		if !ok {
			continue
		}
		if len(op.Regions[branch].Blocks) == 0 {
			continue // an empty region (invalid input): leave it to the verifier
		}
		taken := op.Regions[branch].Blocks[0]
		if len(taken.Args) != 0 || len(taken.Ops) == 0 {
			continue
		}
		term := taken.Ops[len(taken.Ops)-1]
		if term.Name != "stablehlo.return" || len(term.Operands) != len(op.Results) {
			continue
		}
		repl := map[*Value]*Value{}
		for k, res := range op.Results {
			repl[res] = term.Operands[k]
		}
		body := taken.Ops[:len(taken.Ops)-1]
		ops := append([]*Op{}, b.Ops[:i]...)
		ops = append(ops, body...)
		ops = append(ops, b.Ops[i+1:]...)
		b.Ops = ops
		replaceUses(fn, repl)
		i += len(body) - 1
	}
}

// constantBranch returns the region a case/if with a constant selector takes.
func constantBranch(op *Op) (int, bool) {
	if (op.Name != "stablehlo.case" && op.Name != "stablehlo.if") || len(op.Operands) != 1 {
		return 0, false
	}
	def := op.Operands[0].Owner
	if def == nil || def.Name != "stablehlo.constant" {
		return 0, false
	}
	v, ok := def.Attr("value").(*DenseElementsAttr)
	if !ok || v.NumElements() != 1 || len(v.Data) == 0 {
		return 0, false
	}
	n := len(op.Regions)
	if op.Name == "stablehlo.if" {
		if v.Data[0] != 0 {
			return 0, n == 2
		}
		return 1, n == 2
	}
	var idx int64
	switch len(v.Data) {
	case 4:
		idx = int64(int32(binary.LittleEndian.Uint32(v.Data)))
	case 8:
		idx = int64(binary.LittleEndian.Uint64(v.Data))
	default:
		return 0, false
	}
	if idx < 0 || idx >= int64(n) {
		idx = int64(n - 1) // the spec sends out-of-range indices to the last branch
	}
	return int(idx), n > 0
}

// replaceUses rewrites operands of every op in fn per repl.
func replaceUses(fn *Op, repl map[*Value]*Value) {
	walkOp(fn, func(op *Op) bool {
		for i, v := range op.Operands {
			for {
				to, ok := repl[v]
				if !ok {
					break
				}
				v = to
			}
			op.Operands[i] = v
		}
		return true
	})
}

// RemoveDeadOps deletes side-effect-free ops whose results are all unused,
// repeatedly, in every function.
func RemoveDeadOps(m *Module) {
	for _, fn := range m.Ops {
		if fn.Name != "func.func" {
			continue
		}
		for {
			uses := map[*Value]int{}
			walkOp(fn, func(op *Op) bool {
				for _, v := range op.Operands {
					uses[v]++
				}
				return true
			})
			if !removeDead(fn, uses) {
				break
			}
		}
	}
}

func removeDead(op *Op, uses map[*Value]int) bool {
	changed := false
	for _, r := range op.Regions {
		for _, b := range r.Blocks {
			kept := b.Ops[:0]
			for _, inner := range b.Ops {
				if isRemovable(inner) && allUnused(inner, uses) {
					changed = true
					continue
				}
				if removeDead(inner, uses) {
					changed = true
				}
				kept = append(kept, inner)
			}
			for i := len(kept); i < len(b.Ops); i++ {
				b.Ops[i] = nil
			}
			b.Ops = kept
		}
	}
	return changed
}

func allUnused(op *Op, uses map[*Value]int) bool {
	if len(op.Results) == 0 {
		return false
	}
	for _, r := range op.Results {
		if uses[r] > 0 {
			return false
		}
	}
	return true
}

// effectful lists StableHLO ops that must stay even when their results are unused.
var effectful = map[string]bool{
	"stablehlo.infeed": true, "stablehlo.outfeed": true, "stablehlo.send": true,
	"stablehlo.recv": true, "stablehlo.rng": true, "stablehlo.composite": true,
	"stablehlo.optimization_barrier": true, "stablehlo.all_reduce": true,
	"stablehlo.all_gather": true, "stablehlo.all_to_all": true,
	"stablehlo.reduce_scatter": true, "stablehlo.collective_permute": true,
	"stablehlo.collective_broadcast": true, "stablehlo.collective_reduce": true,
	"stablehlo.cross-replica-sum": true, "stablehlo.async_start": true,
	"stablehlo.async_done": true, "stablehlo.after_all": true, "stablehlo.create_token": true,
}

// isRemovable: a StableHLO op with no side effects, its regions included (an
// unused while loop over pure ops goes too, as MLIR removes it). Ops of other
// dialects (func.call, sdy, check, interpreter) are kept, as is a custom_call
// that declares side effects.
func isRemovable(op *Op) bool {
	if !strings.HasPrefix(op.Name, "stablehlo.") || effectful[op.Name] || op.Name == "stablehlo.return" {
		return false
	}
	for _, r := range op.Regions {
		for _, b := range r.Blocks {
			for _, inner := range b.Ops {
				if inner.Name != "stablehlo.return" && !isRemovable(inner) {
					return false
				}
			}
		}
	}
	if op.Name == "stablehlo.custom_call" {
		if b, ok := op.Attr("has_side_effect").(BoolAttr); ok && b.Value {
			return false
		}
		if _, ok := op.Attr("has_side_effect").(UnitAttr); ok {
			return false
		}
	}
	return true
}
