package elementwise

import (
	"fmt"
	"math"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// The element-wise math FFI targets of jaxlib's CPU backend (jax 0.12.1 and
// later lower lax.lgamma and lax.digamma to them for the CPU platform; a
// program lowered for the CPU and handed to hlovm carries them, and
// jax_hlovm reuses the CPU rules so that hlovm computes what CPU computes).
// Every float type; computed in float64 and rounded once.
func init() {
	interp.RegisterCustomCall("cpu_lgamma_ffi", mathFFI("cpu_lgamma_ffi", lgamma))
	interp.RegisterCustomCall("cpu_digamma_ffi", mathFFI("cpu_digamma_ffi", digamma))
}

// lgamma is log|Γ(x)|, +Inf at the poles and at both infinities (as jaxlib's
// CPU target computes; Go's math.Lgamma gives -Inf at -Inf).
func lgamma(x float64) float64 {
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	v, _ := math.Lgamma(x)
	return v
}

// digamma is Γ'(x)/Γ(x). At ±0 it is ∓Inf (the pole's sign follows the
// side), NaN at negative integers and -Inf.
func digamma(x float64) float64 {
	switch {
	case x != x || math.IsInf(x, -1):
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	case x == 0:
		return -1 / x
	case x < 0 && x == math.Floor(x):
		return math.NaN()
	}
	acc := 0.0
	if x < 0.5 {
		// Reflection: ψ(x) = ψ(1-x) - π/tan(πx), with πx reduced exactly
		// first (tan has period π) so large negative x stays accurate.
		r := x - math.Round(x)
		acc = -math.Pi / math.Tan(math.Pi*r)
		x = 1 - x
	}
	// Recurrence ψ(x) = ψ(x+1) - 1/x up to where the asymptotic series
	// ln x - 1/2x - Σ B2k/(2k x^2k) is accurate to float64.
	for x < 10 {
		acc -= 1 / x
		x++
	}
	z := 1 / (x * x)
	series := z * (1.0/12 - z*(1.0/120-z*(1.0/252-z*(1.0/240-z*(1.0/132-z*691.0/32760)))))
	return acc + math.Log(x) - 0.5/x - series
}

func mathFFI(target string, f func(float64) float64) interp.Builder {
	return func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
		ins, outs, err := opTypes(op, 1, 1)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", target, err)
		}
		d := outs[0]
		if ins[0] != d || !d.IsFloat() || d.IsComplex() {
			return nil, fmt.Errorf("%s: types %v -> %v: want one float type", target, ins[0], d)
		}
		var loop unaryFn
		switch d {
		case tensor.F64:
			loop = un(func(dst, a []float64) {
				for i := range dst {
					dst[i] = f(a[i])
				}
			})
		case tensor.F32:
			loop = un(func(dst, a []float32) {
				for i := range dst {
					dst[i] = float32(f(float64(a[i])))
				}
			})
		default:
			c, enc := codecFor(d), encodeF64(d)
			loop = func(dst, a []byte) {
				var x [lowpBlock]float32
				var r [lowpBlock]float64
				n := len(a) / c.size
				for lo := 0; lo < n; lo += lowpBlock {
					hi := min(lo+lowpBlock, n)
					c.dec(x[:hi-lo], a[lo*c.size:hi*c.size])
					for i := range hi - lo {
						r[i] = f(float64(x[i]))
					}
					enc(dst[lo*c.size:hi*c.size], r[:hi-lo])
				}
			}
		}
		sz := d.StorageSize()
		return unaryKernelGrain(loop, sz, sz, grainCostly), nil
	}
}
