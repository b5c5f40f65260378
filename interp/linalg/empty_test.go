package linalg

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// emptyCall is one LAPACK FFI signature as JAX's CPU lowering emits it, for
// a batch shape and an m×n operand (square routines use n×n).
type emptyCall struct {
	routine string
	types   string // LAPACK prefixes the target exists for
	cfg     map[string]byte
	sig     func(d, r tensor.DType, batch []int64, m, n int64) (in, out []*stablehlo.TensorType)
	square  bool
}

func bs(batch []int64, dims ...int64) []int64 {
	return append(append([]int64(nil), batch...), dims...)
}

var emptyCalls = []emptyCall{
	{routine: "getrf", types: "sdcz", sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, m, n)...)},
			[]*stablehlo.TensorType{tt(d, bs(b, m, n)...), tt(tensor.I32, bs(b, min(m, n))...), tt(tensor.I32, b...)}
	}},
	{routine: "potrf", types: "sdcz", square: true, cfg: map[string]byte{"uplo": 'L'}, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)}, []*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(tensor.I32, b...)}
	}},
	{routine: "potrf", types: "sdcz", square: true, cfg: map[string]byte{"uplo": 'U'}, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)}, []*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(tensor.I32, b...)}
	}},
	// trsm: a is n×n, b is n×m (m right-hand sides, zero or not)
	{routine: "trsm", types: "sdcz", cfg: map[string]byte{"side": 'L', "uplo": 'L', "trans_x": 'N', "diag": 'N'}, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(d, bs(b, n, m)...)}, []*stablehlo.TensorType{tt(d, bs(b, n, m)...)}
	}},
	{routine: "geqrf", types: "sdcz", sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, m, n)...)}, []*stablehlo.TensorType{tt(d, bs(b, m, n)...), tt(d, bs(b, min(m, n))...)}
	}},
	// orgqr/ungqr need rows >= cols >= reflectors: max(m,n) × min(m,n)
	{routine: "orgqr", types: "sd", sig: orgqrSig},
	{routine: "ungqr", types: "cz", sig: orgqrSig},
	{routine: "syevd", types: "sd", square: true, cfg: map[string]byte{"mode": 'V', "uplo": 'L'}, sig: eighSig},
	{routine: "syevd", types: "sd", square: true, cfg: map[string]byte{"mode": 'N', "uplo": 'U'}, sig: eighSig},
	{routine: "heevd", types: "cz", square: true, cfg: map[string]byte{"mode": 'V', "uplo": 'L'}, sig: eighSig},
	{routine: "heevd", types: "cz", square: true, cfg: map[string]byte{"mode": 'N', "uplo": 'U'}, sig: eighSig},
	{routine: "gesdd", types: "sdcz", cfg: map[string]byte{"mode": 'A'}, sig: svdSig('A')},
	{routine: "gesdd", types: "sdcz", cfg: map[string]byte{"mode": 'S'}, sig: svdSig('S')},
	{routine: "gesdd", types: "sdcz", cfg: map[string]byte{"mode": 'N'}, sig: svdSig('N')},
	{routine: "gesvd", types: "sdcz", cfg: map[string]byte{"mode": 'A'}, sig: svdSig('A')},
	{routine: "gesvd", types: "sdcz", cfg: map[string]byte{"mode": 'S'}, sig: svdSig('S')},
	{routine: "geev", types: "sd", square: true, cfg: map[string]byte{"compute_left": 'V', "compute_right": 'V'}, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		c := tensor.C64
		if d == tensor.F64 {
			c = tensor.C128
		}
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)},
			[]*stablehlo.TensorType{tt(d, bs(b, n)...), tt(d, bs(b, n)...), tt(c, bs(b, n, n)...), tt(c, bs(b, n, n)...), tt(tensor.I32, b...)}
	}},
	{routine: "geev", types: "cz", square: true, cfg: map[string]byte{"compute_left": 'V', "compute_right": 'V'}, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)},
			[]*stablehlo.TensorType{tt(d, bs(b, n)...), tt(d, bs(b, n, n)...), tt(d, bs(b, n, n)...), tt(tensor.I32, b...)}
	}},
	{routine: "gees", types: "sd", square: true, cfg: map[string]byte{"mode": 'V', "sort": 'N'}, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)},
			[]*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(d, bs(b, n, n)...), tt(d, bs(b, n)...), tt(d, bs(b, n)...), tt(tensor.I32, b...), tt(tensor.I32, b...)}
	}},
	{routine: "gees", types: "cz", square: true, cfg: map[string]byte{"mode": 'V', "sort": 'N'}, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)},
			[]*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(d, bs(b, n, n)...), tt(d, bs(b, n)...), tt(tensor.I32, b...), tt(tensor.I32, b...)}
	}},
	// gehrd: low/high are 1-based; JAX passes high = n (0 for an empty matrix)
	{routine: "gehrd", types: "sdcz", square: true, sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)},
			[]*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(d, bs(b, max(0, n-1))...), tt(tensor.I32, b...)}
	}},
	{routine: "sytrd", types: "sd", square: true, cfg: map[string]byte{"uplo": 'L'}, sig: tridiagSig},
	{routine: "hetrd", types: "cz", square: true, cfg: map[string]byte{"uplo": 'L'}, sig: tridiagSig},
	{routine: "gtsv", types: "sdcz", sig: func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		v := tt(d, bs(b, n)...)
		return []*stablehlo.TensorType{v, v, v, tt(d, bs(b, n, m)...)}, []*stablehlo.TensorType{v, v, v, tt(d, bs(b, n, m)...), tt(tensor.I32, b...)}
	}},
}

func orgqrSig(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
	rows, cols := max(m, n), min(m, n)
	return []*stablehlo.TensorType{tt(d, bs(b, rows, cols)...), tt(d, bs(b, cols)...)}, []*stablehlo.TensorType{tt(d, bs(b, rows, cols)...)}
}

func eighSig(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
	return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)}, []*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(r, bs(b, n)...), tt(tensor.I32, b...)}
}

func tridiagSig(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
	e := max(0, n-1)
	return []*stablehlo.TensorType{tt(d, bs(b, n, n)...)},
		[]*stablehlo.TensorType{tt(d, bs(b, n, n)...), tt(r, bs(b, n)...), tt(r, bs(b, e)...), tt(d, bs(b, e)...), tt(tensor.I32, b...)}
}

func svdSig(mode byte) func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
	return func(d, r tensor.DType, b []int64, m, n int64) ([]*stablehlo.TensorType, []*stablehlo.TensorType) {
		k := min(m, n)
		uc, vr := m, n
		if mode == 'S' {
			uc, vr = k, k
		}
		// JAX still passes u and vt of the full shapes when they are not computed
		return []*stablehlo.TensorType{tt(d, bs(b, m, n)...)},
			[]*stablehlo.TensorType{tt(d, bs(b, m, n)...), tt(r, bs(b, k)...), tt(d, bs(b, m, uc)...), tt(d, bs(b, vr, n)...), tt(tensor.I32, b...)}
	}
}

// TestLapackEmpty runs every LAPACK target on empty operands of every type:
// a batch of zero matrices, and one or two 0×0 (or 0×N, N×0) matrices. LAPACK
// returns at once with info 0 for these, which is what XLA:CPU gives JAX.
func TestLapackEmpty(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	types := map[byte][2]tensor.DType{'s': {tensor.F32, tensor.F32}, 'd': {tensor.F64, tensor.F64}, 'c': {tensor.C64, tensor.F32}, 'z': {tensor.C128, tensor.F64}}
	shapes := []struct {
		batch []int64
		m, n  int64
	}{
		{[]int64{0}, 3, 3}, {[]int64{2, 0}, 2, 2}, {nil, 0, 0}, {[]int64{1}, 0, 0}, {[]int64{2}, 0, 0},
		{nil, 0, 3}, {nil, 3, 0}, {[]int64{2}, 0, 3}, {[]int64{0}, 3, 2},
	}
	for _, c := range emptyCalls {
		for _, p := range []byte(c.types) {
			d, r := types[p][0], types[p][1]
			for _, s := range shapes {
				if c.square && s.m != s.n {
					continue
				}
				name := fmt.Sprintf("%c%s%v/%v_%dx%d", p, c.routine, cfgString(c.cfg), s.batch, s.m, s.n)
				in, out := c.sig(d, r, s.batch, s.m, s.n)
				cfg := map[string]byte{}
				for k, v := range c.cfg {
					cfg[k] = v
				}
				if c.routine == "gehrd" {
					cfg["low"], cfg["high"] = 1, byte(s.n)
				}
				op := ccOp("lapack_"+string(p)+c.routine+"_ffi", cfg, in, out)
				args := make([]*tensor.Buffer, len(in))
				for i, ty := range in {
					args[i] = randBuf(rng, stablehlo.ElementDType(ty), ty.Shape...)
				}
				res, err := tryRun(op, args...)
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				// every int32 result that is per matrix (info, sdim) must be 0
				for i, ty := range out {
					if stablehlo.ElementDType(ty) == tensor.I32 && len(ty.Shape) == len(s.batch) {
						for j, v := range tensor.View[int32](res[i]) {
							if v != 0 {
								t.Errorf("%s: result %d[%d] = %d, want 0", name, i, j, v)
							}
						}
					}
				}
			}
		}
	}
}

func cfgString(cfg map[string]byte) string {
	s := ""
	for _, k := range []string{"mode", "uplo"} {
		if v, ok := cfg[k]; ok {
			s += "_" + string(v)
		}
	}
	return s
}
