package chlo

import (
	"strings"

	"github.com/hlovm/hlovm/stablehlo"
)

// effectful ops are never removed by dce, whatever their uses.
var effectful = map[string]bool{
	"func.return": true, "stablehlo.return": true, "stablehlo.custom_call": true,
	"stablehlo.outfeed": true, "stablehlo.infeed": true, "stablehlo.send": true,
	"stablehlo.recv": true, "stablehlo.rng_bit_generator": true, "stablehlo.rng": true,
	"stablehlo.optimization_barrier": true, "stablehlo.all_reduce": true,
	"stablehlo.all_gather": true, "stablehlo.all_to_all": true,
	"stablehlo.collective_permute": true, "stablehlo.collective_broadcast": true,
	"stablehlo.reduce_scatter": true, "stablehlo.after_all": true,
	"stablehlo.composite": true, "func.call": true,
}

// dce removes side-effect-free ops whose results are all unused, to a fixpoint,
// as MLIR's canonicalizer does before XLA serializes a VHLO artifact. Test-only:
// it normalizes both sides of a comparison, and only ops of the stablehlo
// dialect without regions are candidates.
func dce(m *stablehlo.Module) int {
	n := 0
	for _, fn := range m.Funcs() {
		for {
			used := map[*stablehlo.Value]bool{}
			var mark func(rs []*stablehlo.Region)
			mark = func(rs []*stablehlo.Region) {
				for _, r := range rs {
					for _, b := range r.Blocks {
						for _, op := range b.Ops {
							for _, v := range op.Operands {
								used[v] = true
							}
							mark(op.Regions)
						}
					}
				}
			}
			mark(fn.Regions)
			removed := false
			var sweep func(rs []*stablehlo.Region)
			sweep = func(rs []*stablehlo.Region) {
				for _, r := range rs {
					for _, b := range r.Blocks {
						kept := b.Ops[:0]
						for _, op := range b.Ops {
							dead := strings.HasPrefix(op.Name, "stablehlo.") && !effectful[op.Name] && len(op.Regions) == 0 && len(op.Results) > 0
							for _, res := range op.Results {
								if used[res] {
									dead = false
								}
							}
							if dead {
								removed = true
								n++
								continue
							}
							sweep(op.Regions)
							kept = append(kept, op)
						}
						b.Ops = kept
					}
				}
			}
			sweep(fn.Regions)
			if !removed {
				break
			}
		}
	}
	return n
}
