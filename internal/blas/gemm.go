package blas

import (
	"fmt"
	"runtime"
	"unsafe"
)

// Elem is an element type the library multiplies.
type Elem interface {
	~float32 | ~float64 | ~complex64 | ~complex128
}

// Gemm computes c = alpha·op(a)·op(b) + beta·c in row-major storage: op(a) is
// m×k (a is stored k×m with leading dimension lda when ta), op(b) k×n (n×k
// when tb), c m×n with leading dimension ldc. Sizes and leading dimensions
// are checked against the slices first: a call that would read or write
// outside them is an error, not a call.
func Gemm[T Elem](l *Lib, ta, tb bool, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) error {
	if l == nil {
		return ErrNotFound
	}
	if err := check(ta, tb, m, n, k, len(a), lda, len(b), ldb, len(c), ldc); err != nil {
		return err
	}
	const lim = 1<<31 - 1
	if !l.ILP64 && !(m <= lim && n <= lim && k <= lim && lda <= lim && ldb <= lim && ldc <= lim) {
		return fmt.Errorf("blas: sizes exceed %s's 32-bit integers", l.Path)
	}
	if m == 0 || n == 0 {
		return nil
	}
	pa, pb, pc := ptr(a), ptr(b), ptr(c)
	opA, opB := op(ta), op(tb)
	switch al := any(alpha).(type) {
	case float32:
		l.sgemm(opA, opB, m, n, k, al, pa, lda, pb, ldb, any(beta).(float32), pc, ldc)
	case float64:
		l.dgemm(opA, opB, m, n, k, al, pa, lda, pb, ldb, any(beta).(float64), pc, ldc)
	case complex64:
		be := any(beta).(complex64)
		l.cgemm(opA, opB, m, n, k, unsafe.Pointer(&al), pa, lda, pb, ldb, unsafe.Pointer(&be), pc, ldc)
	case complex128:
		be := any(beta).(complex128)
		l.zgemm(opA, opB, m, n, k, unsafe.Pointer(&al), pa, lda, pb, ldb, unsafe.Pointer(&be), pc, ldc)
	default:
		return fmt.Errorf("blas: unsupported element type %T", alpha)
	}
	// the slices must outlive the call; purego holds only their addresses
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
	runtime.KeepAlive(c)
	return nil
}

func op(t bool) int32 {
	if t {
		return trans
	}
	return noTrans
}

// dummy stands in for an empty operand: BLAS never reads it (k == 0), but
// some builds reject a NULL pointer.
var dummy [2]complex128

func ptr[T any](s []T) unsafe.Pointer {
	if len(s) == 0 {
		return unsafe.Pointer(&dummy[0])
	}
	return unsafe.Pointer(unsafe.SliceData(s))
}

// need is how many elements a rows×cols matrix with leading dimension ld
// spans.
func need(rows, cols, ld int) int {
	if rows == 0 || cols == 0 {
		return 0
	}
	return (rows-1)*ld + cols
}

func check(ta, tb bool, m, n, k, na, lda, nb, ldb, nc, ldc int) error {
	if m < 0 || n < 0 || k < 0 {
		return fmt.Errorf("blas: negative size m=%d n=%d k=%d", m, n, k)
	}
	ar, ac := m, k
	if ta {
		ar, ac = k, m
	}
	br, bc := k, n
	if tb {
		br, bc = n, k
	}
	switch {
	case lda < max(1, ac):
		return fmt.Errorf("blas: lda=%d < %d", lda, max(1, ac))
	case ldb < max(1, bc):
		return fmt.Errorf("blas: ldb=%d < %d", ldb, max(1, bc))
	case ldc < max(1, n):
		return fmt.Errorf("blas: ldc=%d < %d", ldc, max(1, n))
	case na < need(ar, ac, lda):
		return fmt.Errorf("blas: a has %d elements, a %d×%d matrix with lda=%d needs %d", na, ar, ac, lda, need(ar, ac, lda))
	case nb < need(br, bc, ldb):
		return fmt.Errorf("blas: b has %d elements, a %d×%d matrix with ldb=%d needs %d", nb, br, bc, ldb, need(br, bc, ldb))
	case nc < need(m, n, ldc):
		return fmt.Errorf("blas: c has %d elements, a %d×%d matrix with ldc=%d needs %d", nc, m, n, ldc, need(m, n, ldc))
	}
	return nil
}
