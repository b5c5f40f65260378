package main

import (
	"github.com/hlovm/hlovm/cudatier"
	"github.com/hlovm/hlovm/internal/backend"
	"github.com/hlovm/hlovm/metal"
)

// cpuKind is the device kind JAX sees when kernels run on the host.
const cpuKind = "cpu (hlovm tier-0 interpreter)"

// deviceKind starts the backend HLOVM_BACKEND picks (once per process; a
// request that cannot be met prints a one-line notice and runs on the CPU)
// and names it as JAX's device kind, so a user sees where kernels run.
func deviceKind() string {
	// Metal answers metal, and auto on macOS; its notice is the only one
	// for a metal request that cannot be met.
	if kind, _ := metal.Start(); kind == backend.Metal {
		if r := metal.Active(); r != nil {
			return "metal: " + r.Describe() + " (hlovm: fused kernels on the GPU, other ops on the CPU)"
		}
	}
	if want, _ := backend.FromEnv(); want == backend.Metal {
		return cpuKind
	}
	if kind, _ := cudatier.Start(); kind == backend.CUDA {
		if d := cudatier.Active(); d != nil {
			return "cuda: " + d.Describe() + " (hlovm: fused kernels on the GPU, other ops on the CPU)"
		}
	}
	return cpuKind
}
