package main

// PJRT_Device_MemoryStats and PJRT_Buffer_UnsafePointer.

/*
#include "pjrt.h"
*/
import "C"

import (
	"unsafe"
)

//export hlovm_Device_MemoryStats
func hlovm_Device_MemoryStats(a *C.PJRT_Device_MemoryStats_Args) (ret *C.PJRT_Error) {
	defer guard("Device_MemoryStats", &ret)
	d := lookupDev(unsafe.Pointer(a.device))
	inUse, peak, allocs, largest := d.stats.snapshot()
	// The framework does not clear the out fields: every statistic hlovm does
	// not keep must say so (is_set false), or garbage comes out as a value.
	start := unsafe.Offsetof(a.bytes_in_use)
	end := min(uintptr(a.struct_size), unsafe.Sizeof(*a))
	if end > start {
		clear(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(a), start)), end-start))
	}
	a.bytes_in_use = C.int64_t(inUse)
	a.peak_bytes_in_use, a.peak_bytes_in_use_is_set = C.int64_t(peak), true
	a.num_allocs, a.num_allocs_is_set = C.int64_t(allocs), true
	a.largest_alloc_size, a.largest_alloc_size_is_set = C.int64_t(largest), true
	if lim := physicalMemory(); lim > 0 {
		a.bytes_limit, a.bytes_limit_is_set = C.int64_t(lim), true
	}
	return nil
}

// hlovm_Buffer_UnsafePointer is the address of the buffer's storage, for
// unsafe_buffer_pointer() (identity checks such as donation's); nothing may
// read or write through it. It waits for the buffer's data.
//
//export hlovm_Buffer_UnsafePointer
func hlovm_Buffer_UnsafePointer(a *C.PJRT_Buffer_UnsafePointer_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_UnsafePointer", &ret)
	p, err := bufOf(a.buffer).payload()
	if err != nil {
		return cErr(err)
	}
	data, err := p.get()
	if err != nil {
		return cErr(err)
	}
	a.buffer_pointer = 0
	if len(data.Data) > 0 {
		a.buffer_pointer = C.uintptr_t(uintptr(unsafe.Pointer(&data.Data[0])))
	}
	return nil
}
