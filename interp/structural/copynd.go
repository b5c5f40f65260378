package structural

import (
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// A strided N-d copy is the common core of broadcast_in_dim, transpose, slice,
// reverse, pad, concatenate and the dynamic slices: element i (a multi-index
// over shape) moves from src[sOff+Σ i_k·sStr_k] to dst[dOff+Σ i_k·dStr_k].
// Strides are in elements and may be 0 (broadcast) or negative (reverse).
type stridedCopy struct {
	shape      []int64
	dStr, sStr []int64
	dOff, sOff int64
	simple     bool // already simplified (offsets may change freely after)
}

// simplify drops unit dimensions and merges neighbours that are contiguous in
// both source and destination, so the inner loop is as long as possible.
func (c stridedCopy) simplify() stridedCopy {
	var shape, ds, ss []int64
	for k := range c.shape {
		if c.shape[k] == 1 {
			continue
		}
		if n := len(shape); n > 0 && ds[n-1] == c.dStr[k]*c.shape[k] && ss[n-1] == c.sStr[k]*c.shape[k] {
			shape[n-1] *= c.shape[k]
			ds[n-1], ss[n-1] = c.dStr[k], c.sStr[k]
			continue
		}
		shape = append(shape, c.shape[k])
		ds = append(ds, c.dStr[k])
		ss = append(ss, c.sStr[k])
	}
	return stridedCopy{shape: shape, dStr: ds, sStr: ss, dOff: c.dOff, sOff: c.sOff, simple: true}
}

// run performs the copy between two buffers of the same element type.
func (c stridedCopy) run(ctx *interp.Ctx, dst, src *tensor.Buffer) {
	for _, d := range c.shape {
		if d == 0 {
			return
		}
	}
	s := c
	if !s.simple {
		s = c.simplify()
	}
	es := dst.DType.StorageSize()
	p := parallelism(ctx, product(s.shape)*int64(es))
	if p > 1 && len(s.shape) > 0 && s.shape[0] > 1 {
		parallelFor(p, s.shape[0], func(lo, hi int64) {
			part := s
			part.shape = append([]int64{hi - lo}, s.shape[1:]...)
			part.dOff += lo * s.dStr[0]
			part.sOff += lo * s.sStr[0]
			part.runSerial(dst.Data, src.Data, es)
		})
		return
	}
	s.runSerial(dst.Data, src.Data, es)
}

func (c stridedCopy) runSerial(dst, src []byte, es int) {
	switch es {
	case 1:
		copyTyped(tensor.ViewBytes[uint8](dst), tensor.ViewBytes[uint8](src), c)
	case 2:
		copyTyped(tensor.ViewBytes[uint16](dst), tensor.ViewBytes[uint16](src), c)
	case 4:
		copyTyped(tensor.ViewBytes[uint32](dst), tensor.ViewBytes[uint32](src), c)
	case 8:
		copyTyped(tensor.ViewBytes[uint64](dst), tensor.ViewBytes[uint64](src), c)
	case 16:
		copyTyped(tensor.ViewBytes[complex128](dst), tensor.ViewBytes[complex128](src), c)
	}
}

// tile is the edge of the square blocks a transposing copy moves at a time:
// 32x32 elements of 4 bytes is 4 KiB per side, well inside L1.
const tile = 32

func copyTyped[T any](dst, src []T, c stridedCopy) {
	r := len(c.shape)
	if r == 0 {
		dst[c.dOff] = src[c.sOff]
		return
	}
	last := r - 1
	// A transposing copy (destination contiguous in its last dimension, source
	// contiguous in another) goes tile by tile so both sides stay in cache.
	if r >= 2 && c.dStr[last] == 1 && c.sStr[last] != 1 && c.shape[last] >= tile {
		for b := 0; b < last; b++ {
			if c.sStr[b] == 1 && c.shape[b] >= tile {
				copyTiled(dst, src, c, b)
				return
			}
		}
	}
	n := c.shape[last]
	ds, ss := c.dStr[last], c.sStr[last]
	var idxBuf [8]int64
	idx := idxBuf[:]
	if r > len(idxBuf) {
		idx = make([]int64, r)
	}
	dOff, sOff := c.dOff, c.sOff
	for {
		switch {
		case ds == 1 && ss == 1:
			copy(dst[dOff:dOff+n], src[sOff:sOff+n])
		case ds == 1 && ss == 0:
			v := src[sOff]
			d := dst[dOff : dOff+n]
			for i := range d {
				d[i] = v
			}
		case ds == 1:
			d := dst[dOff : dOff+n]
			j := sOff
			for i := range d {
				d[i] = src[j]
				j += ss
			}
		default:
			di, sj := dOff, sOff
			for i := int64(0); i < n; i++ {
				dst[di] = src[sj]
				di += ds
				sj += ss
			}
		}
		// Odometer over the outer dimensions.
		k := last - 1
		for ; k >= 0; k-- {
			idx[k]++
			dOff += c.dStr[k]
			sOff += c.sStr[k]
			if idx[k] < c.shape[k] {
				break
			}
			dOff -= c.dStr[k] * c.shape[k]
			sOff -= c.sStr[k] * c.shape[k]
			idx[k] = 0
		}
		if k < 0 {
			return
		}
	}
}

// copyTiled handles dimension b (source-contiguous) and the last dimension
// (destination-contiguous) in tiles, with an odometer over the others.
func copyTiled[T any](dst, src []T, c stridedCopy, b int) {
	r := len(c.shape)
	last := r - 1
	var outer []int
	for k := 0; k < last; k++ {
		if k != b {
			outer = append(outer, k)
		}
	}
	idx := make([]int64, len(outer))
	nb, nl := c.shape[b], c.shape[last]
	dsb, ssl := c.dStr[b], c.sStr[last]
	dOff, sOff := c.dOff, c.sOff
	// The tile goes through a small contiguous buffer: source rows are read
	// whole and destination rows written whole, so no cache line has to
	// survive between the two passes. (Reading the source column-wise instead
	// thrashes the cache when the strides are powers of two.)
	var buf [tile * tile]T
	for {
		for i0 := int64(0); i0 < nb; i0 += tile {
			i1 := min(i0+tile, nb)
			for j0 := int64(0); j0 < nl; j0 += tile {
				j1 := min(j0+tile, nl)
				for j := j0; j < j1; j++ {
					s := sOff + j*ssl
					copy(buf[(j-j0)*tile:(j-j0)*tile+(i1-i0)], src[s+i0:s+i1])
				}
				for i := i0; i < i1; i++ {
					tileColumn(dst[dOff+i*dsb+j0:dOff+i*dsb+j1], &buf, int(i-i0))
				}
			}
		}
		k := len(outer) - 1
		for ; k >= 0; k-- {
			dim := outer[k]
			idx[k]++
			dOff += c.dStr[dim]
			sOff += c.sStr[dim]
			if idx[k] < c.shape[dim] {
				break
			}
			dOff -= c.dStr[dim] * c.shape[dim]
			sOff -= c.sStr[dim] * c.shape[dim]
			idx[k] = 0
		}
		if k < 0 {
			return
		}
	}
}

// tileColumn writes column c of the tile buffer to d. It is a separate
// function so its loop keeps its counters in registers (inside copyTiled the
// register pressure spilled them, costing ~3x).
//
//go:noinline
func tileColumn[T any](d []T, buf *[tile * tile]T, c int) {
	for j := range d {
		d[j] = buf[j*tile+c]
	}
}

// fillBytes sets every element of dst to the element pattern v (es bytes).
func fillBytes(dst []byte, v []byte) {
	es := len(v)
	if len(dst) == 0 || es == 0 {
		return
	}
	copy(dst, v)
	for filled := es; filled < len(dst); filled *= 2 {
		copy(dst[filled:], dst[:filled])
	}
}

// rows calls fn for each innermost row of the copy's index space, with the
// destination and source offsets of its first element; the row has
// shape[last] elements at strides dStr[last], sStr[last]. A rank-0 copy is
// one row of one element.
func (c stridedCopy) rows(fn func(dOff, sOff int64)) {
	r := len(c.shape)
	for _, d := range c.shape {
		if d == 0 {
			return
		}
	}
	if r <= 1 {
		fn(c.dOff, c.sOff)
		return
	}
	last := r - 1
	var idxBuf [8]int64
	idx := idxBuf[:]
	if r > len(idxBuf) {
		idx = make([]int64, r)
	}
	dOff, sOff := c.dOff, c.sOff
	for {
		fn(dOff, sOff)
		k := last - 1
		for ; k >= 0; k-- {
			idx[k]++
			dOff += c.dStr[k]
			sOff += c.sStr[k]
			if idx[k] < c.shape[k] {
				break
			}
			dOff -= c.dStr[k] * c.shape[k]
			sOff -= c.sStr[k] * c.shape[k]
			idx[k] = 0
		}
		if k < 0 {
			return
		}
	}
}

// rowLen is the element count of one row (1 for rank 0).
func (c stridedCopy) rowLen() (n, ds, ss int64) {
	if len(c.shape) == 0 {
		return 1, 1, 1
	}
	l := len(c.shape) - 1
	return c.shape[l], c.dStr[l], c.sStr[l]
}
