package tiers

import "github.com/hlovm/hlovm/engine"

// A program the compile cache drops must not stay alive through its manager
// (managers is keyed by Program): forget it. Executables still running it keep
// tier 0 and whatever was promoted already.
func init() { engine.OnEvict(func(a *engine.Artifact) { Unwatch(a.Program) }) }
