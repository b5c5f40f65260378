package linalg

import (
	"fmt"
	"math"
	"sync"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// Element conversion helpers. Kernels compute in one of four accumulation
// domains (float32, float64, complex128, int64); these move whole buffers in
// and out of them once per call, so the inner loops never switch on DType.

func numel(b *tensor.Buffer) int { return int(tensor.NumElements(b.Shape)) }

// loadF64 returns the values of b as float64 (complex: the real part).
func loadF64(b *tensor.Buffer) []float64 {
	n := numel(b)
	out := make([]float64, n)
	d := b.DType
	switch {
	case d == tensor.F64:
		copy(out, tensor.View[float64](b))
	case d == tensor.F32:
		for i, v := range tensor.View[float32](b)[:n] {
			out[i] = float64(v)
		}
	case d.IsFloat():
		switch d.StorageSize() {
		case 1:
			for i, v := range b.Data[:n] {
				out[i] = tensor.FloatFromBits(d, uint64(v))
			}
		case 2:
			for i, v := range tensor.View[uint16](b)[:n] {
				out[i] = tensor.FloatFromBits(d, uint64(v))
			}
		case 4:
			for i, v := range tensor.View[uint32](b)[:n] {
				out[i] = tensor.FloatFromBits(d, uint64(v))
			}
		}
	case d.IsComplex():
		c := loadC128(b)
		for i := range out {
			out[i] = real(c[i])
		}
	default:
		if d.IsUnsigned() || d.IsBool() {
			for i, v := range loadI64(b) {
				out[i] = float64(uint64(v))
			}
		} else {
			for i, v := range loadI64(b) {
				out[i] = float64(v)
			}
		}
	}
	return out
}

// loadF32 returns the values of b as float32; an F32 buffer is returned as a
// view without copying (callers must not write to it).
func loadF32(b *tensor.Buffer) []float32 {
	switch b.DType {
	case tensor.F32:
		return tensor.View[float32](b)[:numel(b)]
	case tensor.BF16:
		// bf16 is the top half of an f32: widening is a shift
		src := tensor.View[uint16](b)[:numel(b)]
		out := make([]float32, len(src))
		for i, v := range src {
			out[i] = math.Float32frombits(uint32(v) << 16)
		}
		return out
	case tensor.F16:
		src := tensor.View[uint16](b)[:numel(b)]
		out := make([]float32, len(src))
		tab := f16Table()
		for i, v := range src {
			out[i] = tab[v]
		}
		return out
	}
	src := loadF64(b)
	out := make([]float32, len(src))
	for i, v := range src {
		out[i] = float32(v)
	}
	return out
}

// bf16RNE rounds an f32 to bf16 bits, to nearest even; NaNs stay quiet NaNs
// with their sign.
func bf16RNE(x float32) uint16 {
	u := math.Float32bits(x)
	if u&0x7fffffff > 0x7f800000 {
		return uint16(u>>16) | 0x40
	}
	return uint16((u + 0x7fff + (u>>16)&1) >> 16)
}

var (
	f16Once sync.Once
	f16Tab  []float32
)

// f16Table maps every f16 bit pattern to its f32 value (256 KiB, built once).
func f16Table() []float32 {
	f16Once.Do(func() {
		f16Tab = make([]float32, 1<<16)
		for i := range f16Tab {
			f16Tab[i] = float32(tensor.FloatFromBits(tensor.F16, uint64(i)))
		}
	})
	return f16Tab
}

// loadC128 returns the values of b as complex128.
func loadC128(b *tensor.Buffer) []complex128 {
	n := numel(b)
	out := make([]complex128, n)
	switch b.DType {
	case tensor.C128:
		copy(out, tensor.View[complex128](b))
	case tensor.C64:
		for i, v := range tensor.View[complex64](b)[:n] {
			out[i] = complex128(v)
		}
	default:
		for i, v := range loadF64(b) {
			out[i] = complex(v, 0)
		}
	}
	return out
}

// loadC64 returns the values of b as complex64 (a C64 buffer as a view).
func loadC64(b *tensor.Buffer) []complex64 {
	if b.DType == tensor.C64 {
		return tensor.View[complex64](b)[:numel(b)]
	}
	src := loadC128(b)
	out := make([]complex64, len(src))
	for i, v := range src {
		out[i] = complex64(v)
	}
	return out
}

func storeC64(dst *tensor.Buffer, v []complex64) {
	if dst.DType == tensor.C64 {
		copy(tensor.View[complex64](dst), v)
		return
	}
	w := make([]complex128, len(v))
	for i, x := range v {
		w[i] = complex128(x)
	}
	storeC128(dst, w)
}

// loadI64 returns the values of b as int64: signed types sign-extended,
// unsigned and i1 zero-extended, floats truncated toward zero.
func loadI64(b *tensor.Buffer) []int64 {
	n := numel(b)
	out := make([]int64, n)
	switch b.DType {
	case tensor.I1:
		for i, v := range b.Data[:n] {
			if v != 0 {
				out[i] = 1
			}
		}
	case tensor.I2, tensor.I4, tensor.I8:
		for i, v := range tensor.View[int8](b)[:n] {
			out[i] = int64(v)
		}
	case tensor.U2:
		for i, v := range b.Data[:n] {
			out[i] = int64(v & 3)
		}
	case tensor.U4:
		for i, v := range b.Data[:n] {
			out[i] = int64(v & 15)
		}
	case tensor.U8:
		for i, v := range b.Data[:n] {
			out[i] = int64(v)
		}
	case tensor.I16:
		for i, v := range tensor.View[int16](b)[:n] {
			out[i] = int64(v)
		}
	case tensor.U16:
		for i, v := range tensor.View[uint16](b)[:n] {
			out[i] = int64(v)
		}
	case tensor.I32:
		for i, v := range tensor.View[int32](b)[:n] {
			out[i] = int64(v)
		}
	case tensor.U32:
		for i, v := range tensor.View[uint32](b)[:n] {
			out[i] = int64(v)
		}
	case tensor.I64, tensor.Index, tensor.U64:
		copy(out, tensor.View[int64](b))
	default:
		for i, v := range loadF64(b) {
			out[i] = int64(v)
		}
	}
	return out
}

// storeF64 writes v into dst, rounding once (to nearest even) into dst's type.
func storeF64(dst *tensor.Buffer, v []float64) {
	d := dst.DType
	switch {
	case d == tensor.F64:
		copy(tensor.View[float64](dst), v)
	case d == tensor.F32:
		o := tensor.View[float32](dst)
		for i, x := range v {
			o[i] = float32(x)
		}
	case d.IsFloat():
		switch d.StorageSize() {
		case 1:
			for i, x := range v {
				dst.Data[i] = uint8(tensor.FloatToBits(d, x))
			}
		case 2:
			o := tensor.View[uint16](dst)
			for i, x := range v {
				o[i] = uint16(tensor.FloatToBits(d, x))
			}
		case 4:
			o := tensor.View[uint32](dst)
			for i, x := range v {
				o[i] = uint32(tensor.FloatToBits(d, x))
			}
		}
	case d.IsComplex():
		c := make([]complex128, len(v))
		for i, x := range v {
			c[i] = complex(x, 0)
		}
		storeC128(dst, c)
	default:
		iv := make([]int64, len(v))
		for i, x := range v {
			iv[i] = int64(x)
		}
		storeI64(dst, iv)
	}
}

// storeF32 writes v into dst (f32 values rounded once into narrower floats).
func storeF32(dst *tensor.Buffer, v []float32) {
	switch dst.DType {
	case tensor.F32:
		copy(tensor.View[float32](dst), v)
		return
	case tensor.BF16:
		o := tensor.View[uint16](dst)
		for i, x := range v {
			o[i] = bf16RNE(x)
		}
		return
	}
	w := make([]float64, len(v))
	for i, x := range v {
		w[i] = float64(x)
	}
	storeF64(dst, w)
}

// storeC128 writes v into dst.
func storeC128(dst *tensor.Buffer, v []complex128) {
	switch dst.DType {
	case tensor.C128:
		copy(tensor.View[complex128](dst), v)
	case tensor.C64:
		o := tensor.View[complex64](dst)
		for i, x := range v {
			o[i] = complex64(x)
		}
	default:
		w := make([]float64, len(v))
		for i, x := range v {
			w[i] = real(x)
		}
		storeF64(dst, w)
	}
}

// storeI64 writes v into dst, wrapping to dst's width (i1: nonzero is true;
// sub-byte signed types sign-extended in their byte, unsigned masked).
func storeI64(dst *tensor.Buffer, v []int64) {
	switch dst.DType {
	case tensor.I1:
		for i, x := range v {
			if x != 0 {
				dst.Data[i] = 1
			} else {
				dst.Data[i] = 0
			}
		}
	case tensor.I2:
		for i, x := range v {
			dst.Data[i] = uint8(int8(x << 62 >> 62))
		}
	case tensor.I4:
		for i, x := range v {
			dst.Data[i] = uint8(int8(x << 60 >> 60))
		}
	case tensor.U2:
		for i, x := range v {
			dst.Data[i] = uint8(x & 3)
		}
	case tensor.U4:
		for i, x := range v {
			dst.Data[i] = uint8(x & 15)
		}
	case tensor.I8, tensor.U8:
		for i, x := range v {
			dst.Data[i] = uint8(x)
		}
	case tensor.I16, tensor.U16:
		o := tensor.View[uint16](dst)
		for i, x := range v {
			o[i] = uint16(x)
		}
	case tensor.I32, tensor.U32:
		o := tensor.View[uint32](dst)
		for i, x := range v {
			o[i] = uint32(x)
		}
	case tensor.I64, tensor.U64, tensor.Index:
		copy(tensor.View[int64](dst), v)
	default:
		w := make([]float64, len(v))
		for i, x := range v {
			w[i] = float64(x)
		}
		storeF64(dst, w)
	}
}

// permute returns src (with the given shape) transposed so that output
// dimension i is input dimension perm[i]. An identity permutation returns src.
func permute[T any](src []T, shape []int64, perm []int, par int) []T {
	identity := true
	for i, p := range perm {
		if p != i {
			identity = false
			break
		}
	}
	if identity {
		return src
	}
	out := make([]T, len(src))
	permuteInto(out, src, shape, perm, par)
	return out
}

// permuteInto writes src (with the given shape) transposed by perm (output
// dimension i is input dimension perm[i]) into dst.
func permuteInto[T any](out, src []T, shape []int64, perm []int, par int) {
	n := len(src)
	if isIdentity(perm) {
		copy(out, src)
		return
	}
	if n == 0 {
		return
	}
	r := len(shape)
	strides := tensor.Strides(shape)
	oshape := make([]int64, r)
	ostr := make([]int64, r) // input stride for each output dim
	for i, p := range perm {
		oshape[i] = shape[p]
		ostr[i] = strides[p]
	}
	inner := int(oshape[r-1])
	istr := ostr[r-1]
	rows := n / inner
	if n < 1<<16 {
		par = 1
	}
	// rows of the output run over par goroutines, each starting its odometer
	// over the outer dimensions at its first row
	parallelRange(rows, par, 16, func(lo, hi int) {
		idx := make([]int64, r)
		var off int64
		rem := int64(lo)
		for d := r - 2; d >= 0; d-- {
			idx[d] = rem % oshape[d]
			rem /= oshape[d]
			off += idx[d] * ostr[d]
		}
		for row := lo; row < hi; row++ {
			o := row * inner
			p := off
			for j := 0; j < inner; j++ {
				out[o+j] = src[p]
				p += istr
			}
			for d := r - 2; d >= 0; d-- {
				idx[d]++
				off += ostr[d]
				if idx[d] < oshape[d] {
					break
				}
				off -= ostr[d] * idx[d]
				idx[d] = 0
			}
		}
	})
}

// ---- attribute helpers ----

func tensorType(v *stablehlo.Value) (*stablehlo.TensorType, error) {
	t, ok := v.Type.(*stablehlo.TensorType)
	if !ok {
		return nil, fmt.Errorf("expected a ranked tensor, got %v", v.Type)
	}
	if _, q := t.Elem.(*stablehlo.QuantType); q {
		return nil, fmt.Errorf("quantized element type %v not supported", t.Elem)
	}
	for _, d := range t.Shape {
		if d < 0 {
			return nil, fmt.Errorf("dynamic shape %v not supported", t)
		}
	}
	return t, nil
}

func dtypeOf(v *stablehlo.Value) tensor.DType { return stablehlo.ElementDType(v.Type) }

// i64s reads an integer list attribute (array<i64: ...>, dense<...> or [..]).
func i64s(a stablehlo.Attribute) ([]int64, bool) {
	switch a := a.(type) {
	case nil:
		return nil, false
	case *stablehlo.DenseArrayAttr:
		return a.Ints, true
	case *stablehlo.DenseElementsAttr:
		raw := a.RawData()
		b := &tensor.Buffer{DType: stablehlo.ElementDType(a.Type), Shape: a.Type.Shape, Data: tensor.AlignedBytes(len(raw))}
		copy(b.Data, raw)
		return loadI64(b), true
	case *stablehlo.ArrayAttr:
		out := make([]int64, len(a.Elems))
		for i, e := range a.Elems {
			ia, ok := e.(*stablehlo.IntegerAttr)
			if !ok {
				return nil, false
			}
			out[i] = ia.Value
		}
		return out, true
	}
	return nil, false
}

func bools(a stablehlo.Attribute) ([]bool, bool) {
	switch a := a.(type) {
	case *stablehlo.DenseArrayAttr:
		out := make([]bool, len(a.Ints))
		for i, v := range a.Ints {
			out[i] = v != 0
		}
		return out, true
	case *stablehlo.DenseElementsAttr:
		v, _ := i64s(a)
		out := make([]bool, len(v))
		for i, x := range v {
			out[i] = x != 0
		}
		return out, true
	case *stablehlo.ArrayAttr:
		out := make([]bool, len(a.Elems))
		for i, e := range a.Elems {
			b, ok := e.(stablehlo.BoolAttr)
			if !ok {
				return nil, false
			}
			out[i] = b.Value
		}
		return out, true
	}
	return nil, false
}

func intAttr(op *stablehlo.Op, name string, def int64) int64 {
	switch a := op.Attr(name).(type) {
	case *stablehlo.IntegerAttr:
		return a.Value
	}
	return def
}

func enumAttr(op *stablehlo.Op, name string) string {
	switch a := op.Attr(name).(type) {
	case stablehlo.EnumAttr:
		return a.Value
	case stablehlo.StringAttr:
		return a.Value
	}
	return ""
}

func prod(s []int64) int64 {
	p := int64(1)
	for _, v := range s {
		p *= v
	}
	return p
}

// register installs b for an op name, turning a panic inside a built kernel
// (a bug, or gonum rejecting an argument) into an error instead of a crash.
func register(name string, b interp.Builder) { interp.Register(name, guard(b)) }

func registerCustomCall(name string, b interp.Builder) { interp.RegisterCustomCall(name, guard(b)) }

// guard also answers a call whose results are all empty (a batch of zero
// matrices, say) without running the kernel: there is nothing to write, and
// the math libraries underneath reject zero sizes and leading dimensions
// that XLA never passes them. The builder still runs first, so shapes and
// attributes are checked as for any other call.
func guard(b interp.Builder) interp.Builder {
	return func(op *stablehlo.Op, env interp.Env) (interp.Kernel, error) {
		k, err := b(op, env)
		if err != nil || k == nil {
			return k, err
		}
		if allResultsEmpty(op) {
			return func(*interp.Ctx, []*tensor.Buffer, []*tensor.Buffer) error { return nil }, nil
		}
		return func(ctx *interp.Ctx, args, results []*tensor.Buffer) (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("internal error: %v", r)
				}
			}()
			return k(ctx, args, results)
		}, nil
	}
}

// allResultsEmpty reports whether op has results and every one is a tensor
// with no elements.
func allResultsEmpty(op *stablehlo.Op) bool {
	if len(op.Results) == 0 {
		return false
	}
	for _, r := range op.Results {
		t, ok := r.Type.(*stablehlo.TensorType)
		if !ok || tensor.NumElements(t.Shape) != 0 {
			return false
		}
	}
	return true
}
