package blas

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// CBLAS enum values (cblas.h).
const (
	rowMajor = 101
	noTrans  = 111
	trans    = 112
)

// gemmFn is the C prototype of cblas_?gemm: enums are C ints, sizes are the
// library's blasint (I), alpha/beta are S (float, double, or a pointer to a
// complex scalar).
type gemmFn[I int32 | int64, S any] func(order, ta, tb int32, m, n, k I, alpha S,
	a unsafe.Pointer, lda I, b unsafe.Pointer, ldb I, beta S, c unsafe.Pointer, ldc I)

// gemmCall is a bound gemmFn with Go ints, row-major.
type gemmCall[S any] func(ta, tb int32, m, n, k int, alpha S,
	a unsafe.Pointer, lda int, b unsafe.Pointer, ldb int, beta S, c unsafe.Pointer, ldc int)

// Lib is a loaded BLAS. Its methods may be called from many goroutines at
// once (OpenBLAS as numpy builds it is thread-safe).
type Lib struct {
	Path   string
	Symbol string // the sgemm symbol found, for diagnostics
	ILP64  bool   // 64-bit integer interface

	sgemmAddr uintptr // where the library's sgemm is (tests tell instances apart)

	sgemm gemmCall[float32]
	dgemm gemmCall[float64]
	cgemm gemmCall[unsafe.Pointer]
	zgemm gemmCall[unsafe.Pointer]

	setThreads func(int32) // nil when the library has no OpenBLAS setter
	threads    atomic.Int32
	threadsMu  sync.Mutex
}

// naming is one symbol convention: prefix + "cblas_sgemm" + suffix.
type naming struct {
	prefix, suffix string
	ilp64          bool
}

// namings in the order tried: numpy's scipy-openblas (ILP64), scipy's
// (LP64), a system ILP64 OpenBLAS (libopenblas64_), plain CBLAS.
var namings = []naming{
	{"scipy_", "64_", true},
	{"", "64_", true},
	{"scipy_", "", false},
	{"", "", false},
}

func bindGemm[S any](h uintptr, name string, ilp64 bool) (gemmCall[S], error) {
	addr, err := dlsym(h, name)
	if err != nil || addr == 0 {
		return nil, fmt.Errorf("missing %s", name)
	}
	if ilp64 {
		var f gemmFn[int64, S]
		registerFunc(&f, addr)
		return func(ta, tb int32, m, n, k int, alpha S, a unsafe.Pointer, lda int, b unsafe.Pointer, ldb int, beta S, c unsafe.Pointer, ldc int) {
			f(rowMajor, ta, tb, int64(m), int64(n), int64(k), alpha, a, int64(lda), b, int64(ldb), beta, c, int64(ldc))
		}, nil
	}
	var f gemmFn[int32, S]
	registerFunc(&f, addr)
	return func(ta, tb int32, m, n, k int, alpha S, a unsafe.Pointer, lda int, b unsafe.Pointer, ldb int, beta S, c unsafe.Pointer, ldc int) {
		f(rowMajor, ta, tb, int32(m), int32(n), int32(k), alpha, a, int32(lda), b, int32(ldb), beta, c, int32(ldc))
	}, nil
}

// Open loads the library at path ("" or a bare soname lets the dynamic
// loader search) and binds its gemm functions; any failure, a panic in
// binding included, is an error wrapping [ErrNotFound].
func Open(path string) (l *Lib, err error) {
	defer func() {
		if r := recover(); r != nil {
			l, err = nil, fmt.Errorf("%w: binding %s: %v", ErrNotFound, path, r)
		}
	}()
	load := path
	if isMapped(path) {
		tmp, err := privateCopy(path)
		if err != nil {
			return nil, fmt.Errorf("%w: %s is loaded by someone else and a private copy failed: %v", ErrNotFound, path, err)
		}
		defer os.Remove(tmp)
		load = tmp
	}
	h, err := dlopen(load)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotFound, path, err)
	}
	for _, nm := range namings {
		sym := nm.prefix + "cblas_sgemm" + nm.suffix
		if a, err := dlsym(h, sym); err != nil || a == 0 {
			continue
		}
		a, _ := dlsym(h, sym)
		l := &Lib{Path: path, Symbol: sym, ILP64: nm.ilp64, sgemmAddr: a}
		var errs []error
		var e error
		l.sgemm, e = bindGemm[float32](h, sym, nm.ilp64)
		errs = append(errs, e)
		l.dgemm, e = bindGemm[float64](h, nm.prefix+"cblas_dgemm"+nm.suffix, nm.ilp64)
		errs = append(errs, e)
		l.cgemm, e = bindGemm[unsafe.Pointer](h, nm.prefix+"cblas_cgemm"+nm.suffix, nm.ilp64)
		errs = append(errs, e)
		l.zgemm, e = bindGemm[unsafe.Pointer](h, nm.prefix+"cblas_zgemm"+nm.suffix, nm.ilp64)
		errs = append(errs, e)
		if err := errors.Join(errs...); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrNotFound, path, err)
		}
		// void openblas_set_num_threads(int): the suffix follows the
		// library's naming, the argument is a C int either way.
		for _, name := range []string{nm.prefix + "openblas_set_num_threads" + nm.suffix, "openblas_set_num_threads"} {
			if a, err := dlsym(h, name); err == nil && a != 0 {
				var f func(int32)
				registerFunc(&f, a)
				l.setThreads = f
				break
			}
		}
		return l, nil
	}
	return nil, fmt.Errorf("%w: %s exports no cblas_sgemm under any known name", ErrNotFound, path)
}

// SetThreads sets the library's process-wide thread count (at least 1) if it
// differs from the last value set through l. Calls in flight on other
// goroutines keep the count they started with.
func (l *Lib) SetThreads(n int) {
	n = max(1, n)
	if l.setThreads == nil || int(l.threads.Load()) == n {
		return
	}
	l.threadsMu.Lock()
	defer l.threadsMu.Unlock()
	if int(l.threads.Load()) != n {
		l.setThreads(int32(n))
		l.threads.Store(int32(n))
	}
}

var (
	defaultOnce sync.Once
	defaultLib  *Lib
	defaultErr  error
)

// Default is the process's library, loaded on first use: $HLOVM_BLAS if set;
// on macOS Accelerate; else [Find] over $VIRTUAL_ENV and $CONDA_PREFIX, else
// a system libopenblas. Its thread count
// starts at 1. The error (also on every later call) wraps [ErrNotFound] or
// is [ErrDisabled].
func Default() (*Lib, error) {
	defaultOnce.Do(func() { defaultLib, defaultErr = load(os.Getenv("VIRTUAL_ENV"), os.Getenv("CONDA_PREFIX")) })
	return defaultLib, defaultErr
}

// Load is Default without the caching, for callers with their own search
// directories.
func Load(dirs ...string) (*Lib, error) { return load(dirs...) }

func load(dirs ...string) (*Lib, error) {
	var accErr error
	if preferAccelerate && Env() == "" {
		l, err := Open(AccelerateFramework)
		if err == nil {
			return l, nil
		}
		accErr = err // then as elsewhere: a bundled or system OpenBLAS
	}
	l, err := loadOpenBLAS(dirs...)
	if err != nil && accErr != nil {
		return nil, fmt.Errorf("%w (and Accelerate: %v)", err, accErr)
	}
	return l, err
}

func loadOpenBLAS(dirs ...string) (*Lib, error) {
	p, err := Find(dirs...)
	if err != nil {
		return nil, err
	}
	var l *Lib
	if p != "" {
		l, err = Open(p)
	} else {
		var errs []string
		for _, name := range systemNames {
			if l, err = Open(name); err == nil {
				break
			}
			errs = append(errs, err.Error())
		}
		if l == nil {
			return nil, fmt.Errorf("%w: %s is not set, no numpy/scipy OpenBLAS under %q, no system OpenBLAS (%s)",
				ErrNotFound, EnvLibrary, dirs, strings.Join(errs, "; "))
		}
	}
	if err != nil {
		return nil, err
	}
	l.SetThreads(1)
	return l, nil
}
