package main

// Host callbacks: jax_hlovm hands the plugin a C function pointer (a ctypes
// CFUNCTYPE, which takes the GIL itself) through hlovm_set_host_callback; the
// interp kernel of the hlovm_host_callback custom call calls it from the
// device worker. Arguments and results cross in C memory (copies), so neither
// side keeps a pointer into the other's heap.

/*
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
int32_t hlovm_call_host_callback(void* fn, uint64_t id, int64_t nargs, void* const* args,
                                 const int64_t* arg_bytes, int64_t nres, void* const* res,
                                 const int64_t* res_bytes, char* err, int64_t err_cap);
*/
import "C"

import (
	"fmt"
	"sync/atomic"
	"unsafe"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// hostFn is the registered C function pointer (C memory, not a Go pointer).
var hostFn atomic.Pointer[byte]

const hostErrCap = 64 << 10

func init() { interp.SetHostCallback(runHostCallback) }

// hlovm_set_host_callback installs fn (NULL removes it). Python calls it
// through ctypes on the same library JAX loaded. Returns 0.
//
//export hlovm_set_host_callback
func hlovm_set_host_callback(fn unsafe.Pointer) (rc C.int32_t) {
	defer func() {
		if recover() != nil {
			rc = 1
		}
	}()
	hostFn.Store((*byte)(fn))
	return 0
}

// hlovm_release_host_callback tells Python to forget callback id once every
// device has run what was queued before this call: the executable that used
// id is gone, but runs of it may still be waiting in a device queue.
//
//export hlovm_release_host_callback
func hlovm_release_host_callback(id C.uint64_t) (rc C.int32_t) {
	defer func() {
		if recover() != nil {
			rc = 1
		}
	}()
	devMu.Lock()
	devs := make([]*device, 0, len(cdevOf))
	for d := range cdevOf {
		devs = append(devs, d)
	}
	devMu.Unlock()
	// Python calls this holding the GIL; enqueue may block on a full queue
	// whose jobs need the GIL, so a goroutine does it.
	go func() {
		defer func() { _ = recover() }()
		left := int32(len(devs))
		release := func() {
			if atomic.AddInt32(&left, -1) == 0 {
				if fn := hostFn.Load(); fn != nil {
					C.hlovm_call_host_callback(unsafe.Pointer(fn), C.uint64_t(id), -1, nil, nil, 0, nil, nil, nil, 0)
				}
			}
		}
		if len(devs) == 0 {
			left = 1
			release()
			return
		}
		for _, d := range devs {
			d.enqueue(release)
		}
	}()
	return 0
}

// runHostCallback calls the Python callback id. A nonzero return means the
// callback failed; its message (a Python traceback) comes back in err.
func runHostCallback(id uint64, args, results []*tensor.Buffer) error {
	fn := hostFn.Load()
	if fn == nil {
		return fmt.Errorf("host callback %d: jax_hlovm has not registered its callback runner", id)
	}
	n := len(args) + len(results)
	// One C block: pointer and size arrays, then every payload, then the error text.
	var total int64
	sizes := make([]int64, n)
	for i, b := range args {
		sizes[i] = int64(len(b.Data))
	}
	for i, b := range results {
		sizes[len(args)+i] = int64(len(b.Data))
	}
	for _, s := range sizes {
		total += (s + 15) &^ 15
	}
	head := int64(n+1) * 16
	block := C.calloc(C.size_t(head+total+hostErrCap), 1)
	if block == nil {
		return fmt.Errorf("host callback %d: out of memory for %d bytes", id, head+total)
	}
	defer C.free(block)
	ptrs := unsafe.Slice((*unsafe.Pointer)(block), n+1)
	szs := unsafe.Slice((*C.int64_t)(unsafe.Add(block, int64(n+1)*8)), n+1)
	off := head
	for i, s := range sizes {
		p := unsafe.Add(block, off)
		ptrs[i] = p
		szs[i] = C.int64_t(s)
		if i < len(args) && s > 0 {
			copy(unsafe.Slice((*byte)(p), s), args[i].Data)
		}
		off += (s + 15) &^ 15
	}
	errBuf := (*C.char)(unsafe.Add(block, off))
	na := len(args)
	rc := C.hlovm_call_host_callback(unsafe.Pointer(fn), C.uint64_t(id),
		C.int64_t(na), &ptrs[0], &szs[0], C.int64_t(len(results)), &ptrs[na], &szs[na],
		errBuf, hostErrCap)
	if rc != 0 {
		msg := C.GoStringN(errBuf, C.int(C.strnlen(errBuf, hostErrCap-1)))
		if msg == "" {
			msg = "failed"
		}
		return fmt.Errorf("host callback %d: %s", id, msg)
	}
	for i, b := range results {
		if s := sizes[na+i]; s > 0 {
			copy(b.Data, unsafe.Slice((*byte)(ptrs[na+i]), s))
		}
	}
	return nil
}
