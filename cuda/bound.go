package cuda

import (
	"errors"
	"runtime"
	"unsafe"
)

// The calls in this file assume the caller's goroutine is locked to its OS
// thread (runtime.LockOSThread) and that MakeCurrent ran on that thread:
// CUDA's current context is per thread. They take no lock of their own, so
// a runtime that owns one thread for the device (package cudatier) calls
// them without a mutex; anyone else goes through RunKernel's path, which
// locks.

// DevicePtr is a device address (CUdeviceptr).
type DevicePtr uint64

// Module is a loaded CUDA module (CUmodule); Function one of its kernels.
type (
	Module   uintptr
	Function uintptr
)

// ErrOutOfMemory is wrapped by Alloc's error when the device has no room
// (CUDA_ERROR_OUT_OF_MEMORY): a caching pool frees what it holds and asks
// again.
var ErrOutOfMemory = errors.New("cuda: out of device memory")

// cudaErrorOutOfMemory is CUDA_ERROR_OUT_OF_MEMORY.
const cudaErrorOutOfMemory = 2

// MakeCurrent makes device 0's primary context current on the calling
// thread, which the caller keeps locked while it uses the calls below.
func (d *Driver) MakeCurrent() error {
	return d.check("cuCtxSetCurrent", call(d.fn.ctxSetCurrent, d.ctx))
}

// Alloc allocates n bytes (at least 1) of device memory.
func (d *Driver) Alloc(n int) (DevicePtr, error) {
	var p uint64
	r := call(d.fn.memAlloc, uintptr(unsafe.Pointer(&p)), uintptr(max(n, 1)))
	if r == cudaErrorOutOfMemory {
		return 0, errors.Join(ErrOutOfMemory, d.check("cuMemAlloc", r))
	}
	if err := d.check("cuMemAlloc", r); err != nil {
		return 0, err
	}
	return DevicePtr(p), nil
}

// Free releases memory from Alloc.
func (d *Driver) Free(p DevicePtr) error { return d.check("cuMemFree", call(d.fn.memFree, uintptr(p))) }

// CopyToDevice copies src to dst (synchronous for pageable host memory).
func (d *Driver) CopyToDevice(dst DevicePtr, src []byte) error {
	if len(src) == 0 {
		return nil
	}
	return d.check("cuMemcpyHtoD", call(d.fn.memcpyHtoD, uintptr(dst), uintptr(unsafe.Pointer(&src[0])), uintptr(len(src))))
}

// CopyFromDevice copies len(dst) bytes from src to dst; it returns once the
// bytes are in dst (after the work queued before it).
func (d *Driver) CopyFromDevice(dst []byte, src DevicePtr) error {
	if len(dst) == 0 {
		return nil
	}
	return d.check("cuMemcpyDtoH", call(d.fn.memcpyDtoH, uintptr(unsafe.Pointer(&dst[0])), uintptr(src), uintptr(len(dst))))
}

// MemInfo reports the device's free and total memory in bytes.
func (d *Driver) MemInfo() (free, total int64, err error) {
	var f, t uintptr
	if err := d.check("cuMemGetInfo", call(d.fn.memGetInfo, uintptr(unsafe.Pointer(&f)), uintptr(unsafe.Pointer(&t)))); err != nil {
		return 0, 0, err
	}
	return int64(f), int64(t), nil
}

// LoadModule loads a CUBIN, or PTX (NUL-terminated) that the driver
// compiles for the device.
func (d *Driver) LoadModule(image []byte) (Module, error) {
	if len(image) == 0 {
		return 0, errors.New("cuda: empty module image")
	}
	var m uintptr
	if err := d.check("cuModuleLoadData", call(d.fn.moduleLoadData, uintptr(unsafe.Pointer(&m)), uintptr(unsafe.Pointer(&image[0])))); err != nil {
		return 0, err
	}
	return Module(m), nil
}

// UnloadModule unloads m.
func (d *Driver) UnloadModule(m Module) { call(d.fn.moduleUnload, uintptr(m)) }

// Function looks kernel name up in m.
func (d *Driver) Function(m Module, name string) (Function, error) {
	var fn uintptr
	cname := cstr(name)
	if err := d.check("cuModuleGetFunction "+name, call(d.fn.moduleGetFunction, uintptr(unsafe.Pointer(&fn)), uintptr(m), uintptr(unsafe.Pointer(&cname[0])))); err != nil {
		return 0, err
	}
	return Function(fn), nil
}

// Grid is the number of blocks of BlockSize threads a launch over n
// elements uses: enough for one element a thread, at most maxBlocks (the
// kernels loop with a grid stride).
func Grid(n int64) int64 { return max(min((n+BlockSize-1)/BlockSize, maxBlocks), 1) }

// LaunchTable launches fn, a kernel of the form
//
//	extern "C" __global__ void name(const void* const* bufs, long long n)
//
// over n elements with bufs = table (a device array of buffer addresses),
// on the default stream. It returns once the launch is queued; errors of
// the kernel itself surface at the next synchronising call.
func (d *Driver) LaunchTable(fn Function, table DevicePtr, n int64) error {
	// kernelParams: pointers to each argument's value. The array holds Go
	// pointers, so it and the values are pinned for the call.
	args := &struct {
		table uint64
		n     int64
	}{uint64(table), n}
	params := &[2]unsafe.Pointer{unsafe.Pointer(&args.table), unsafe.Pointer(&args.n)}
	var pin runtime.Pinner
	pin.Pin(args)
	pin.Pin(params)
	defer pin.Unpin()
	return d.check("cuLaunchKernel", call(d.fn.launchKernel, uintptr(fn), uintptr(Grid(n)), 1, 1, BlockSize, 1, 1, 0, 0,
		uintptr(unsafe.Pointer(params)), 0))
}

// Synchronize waits for the context's work; a kernel's fault (an illegal
// address, say) is reported here.
func (d *Driver) Synchronize() error {
	return d.check("cuCtxSynchronize", call(d.fn.ctxSynchronize))
}
