package engine

import "github.com/hlovm/hlovm/stablehlo"

// identityOps are sharding annotations: on one device each returns its
// operand unchanged. JAX emits them (sdy.sharding_constraint, e.g. around
// jax.random keys) even for single-device programs.
var identityOps = map[string]bool{
	"sdy.sharding_constraint": true,
	"sdy.reshard":             true,
}

// identityTargets are custom_call targets with the same meaning (the
// GSPMD spelling of sharding annotations).
var identityTargets = map[string]bool{
	"Sharding":             true,
	"SPMDFullToShardShape": true,
	"SPMDShardToFullShape": true,
}

func isIdentity(op *stablehlo.Op) bool {
	if len(op.Operands) != 1 || len(op.Results) != 1 {
		return false
	}
	if identityOps[op.Name] {
		return true
	}
	if op.Name == "stablehlo.custom_call" {
		if s, ok := op.Attr("call_target_name").(stablehlo.StringAttr); ok && identityTargets[s.Value] {
			return stablehlo.TypesEqual(op.Operands[0].Type, op.Results[0].Type)
		}
	}
	return false
}

// StripSharding removes sharding annotations from m, forwarding each one's
// operand to its users, and reports whether it changed anything. hlovm runs
// one device, where every annotation is the identity.
func StripSharding(m *stablehlo.Module) bool {
	repl := map[*stablehlo.Value]*stablehlo.Value{}
	var collect func(ops []*stablehlo.Op) []*stablehlo.Op
	collect = func(ops []*stablehlo.Op) []*stablehlo.Op {
		out := ops[:0]
		for _, op := range ops {
			for _, r := range op.Regions {
				for _, b := range r.Blocks {
					b.Ops = collect(b.Ops)
				}
			}
			if isIdentity(op) {
				repl[op.Results[0]] = op.Operands[0]
				continue
			}
			out = append(out, op)
		}
		return out
	}
	m.Ops = collect(m.Ops)
	if len(repl) == 0 {
		return false
	}
	resolve := func(v *stablehlo.Value) *stablehlo.Value {
		for {
			r, ok := repl[v]
			if !ok {
				return v
			}
			v = r
		}
	}
	m.Walk(func(op *stablehlo.Op) bool {
		for i, v := range op.Operands {
			op.Operands[i] = resolve(v)
		}
		return true
	})
	return true
}
