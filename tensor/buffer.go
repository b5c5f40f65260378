package tensor

import (
	"fmt"
	"os"
	"runtime"
	"unsafe"
)

// Buffer is a dense, row-major host array: the VM's unit of data. Data holds
// NumElements()*DType.StorageSize() bytes, little-endian (i1: one byte, 0 or 1;
// sub-byte types: one byte each, value in the low bits, sign-extended for signed
// types; complex: real then imaginary). Data is 8-byte aligned when made by New,
// so View can reinterpret it.
type Buffer struct {
	DType DType
	Shape []int64
	Data  []byte
}

// New allocates a zeroed buffer.
func New(d DType, shape []int64) *Buffer {
	n := NumElements(shape)
	if n < 0 {
		panic(fmt.Sprintf("tensor.New: bad shape %v", shape))
	}
	return &Buffer{DType: d, Shape: append([]int64(nil), shape...), Data: AlignedBytes(int(n) * d.StorageSize())}
}

// AlignedBytes returns n zeroed bytes whose start is 8-byte aligned. On
// macOS, n of at least PageAlignMin bytes start on a page and own whole
// pages (PageAligned), so the Metal tier hands them to the GPU without a
// copy (Apple silicon's unified memory; newBufferWithBytesNoCopy wraps only
// whole pages).
func AlignedBytes(n int) []byte {
	if n == 0 {
		return []byte{}
	}
	if alignPages && n >= PageAlignMin {
		return PageAligned(n, os.Getpagesize())
	}
	words := make([]uint64, (n+7)/8)
	return unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), n)
}

// PageAlignMin is the smallest buffer AlignedBytes page-aligns where it
// does: the padding (under two pages) is at most a quarter of it with 16 KB
// pages.
const PageAlignMin = 128 << 10

var alignPages = runtime.GOOS == "darwin"

// PageAligned returns n zeroed bytes starting on a page boundary (page a
// power of two), with capacity through the end of the last page they touch.
func PageAligned(n, page int) []byte {
	if n == 0 {
		return []byte{}
	}
	whole := (n + page - 1) / page * page
	words := make([]uint64, (whole+page)/8)
	b := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(words)*8)
	off := (page - int(uintptr(unsafe.Pointer(&words[0]))%uintptr(page))) % page
	return b[off : off+n : off+whole]
}

// NumElements of the buffer.
func (b *Buffer) NumElements() int64 { return NumElements(b.Shape) }

// Clone copies the buffer.
func (b *Buffer) Clone() *Buffer {
	c := &Buffer{DType: b.DType, Shape: append([]int64(nil), b.Shape...), Data: AlignedBytes(len(b.Data))}
	copy(c.Data, b.Data)
	return c
}

// String is a short description for errors and traces.
func (b *Buffer) String() string { return fmt.Sprintf("%v%v", b.DType, b.Shape) }

// Elem is the set of Go types a buffer can be viewed as.
type Elem interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~complex64 | ~complex128
}

// View reinterprets the buffer's bytes as a slice of T without copying. The
// caller picks the T that matches the storage (float32 for F32, uint16 for the
// bits of BF16/F16, uint8 for i1 and 8-bit types, ...). Data must be aligned for
// T, which New guarantees.
func View[T Elem](b *Buffer) []T { return ViewBytes[T](b.Data) }

// ViewBytes reinterprets raw bytes as a slice of T.
func ViewBytes[T Elem](data []byte) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if len(data) < size {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&data[0])), len(data)/size)
}

// Strides are the row-major element strides of shape.
func Strides(shape []int64) []int64 {
	s := make([]int64, len(shape))
	acc := int64(1)
	for i := len(shape) - 1; i >= 0; i-- {
		s[i] = acc
		acc *= shape[i]
	}
	return s
}
