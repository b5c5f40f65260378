package cuda

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"unsafe"
)

// EnvLibcuda names the environment variable that points at libcuda.so.1
// (default: the dynamic linker's search for the driver's soname).
const EnvLibcuda = "HLOVM_LIBCUDA"

// Driver is the CUDA driver API on device 0 through its primary context.
// CUDA's current context is per OS thread, so every method locks its
// goroutine to its thread and makes the context current first.
type Driver struct {
	Path    string
	Version int // cuDriverGetVersion: 13000 for CUDA 13.0
	Name    string
	CC      [2]int // compute capability
	dev     int32
	ctx     uintptr
	mu      sync.Mutex
	fn      struct {
		init, driverVersion, deviceGet, deviceGetCount, deviceGetAttribute, deviceGetName,
		primaryCtxRetain, ctxSetCurrent, ctxSynchronize, moduleLoadData, moduleUnload,
		moduleGetFunction, memAlloc, memFree, memcpyHtoD, memcpyDtoH, launchKernel,
		getErrorString, getErrorName, memGetInfo uintptr
	}
}

var driverOnce struct {
	sync.Once
	d   *Driver
	err error
}

// OpenDriver loads libcuda and initialises device 0 once per process. On a
// machine without the NVIDIA driver it returns an error wrapping ErrNotFound.
func OpenDriver() (*Driver, error) {
	driverOnce.Do(func() { driverOnce.d, driverOnce.err = openDriver() })
	return driverOnce.d, driverOnce.err
}

// driverABI is the CUDA version whose function ABIs cuGetProcAddress
// resolves base names to (cuMemAlloc → cuMemAlloc_v2 and so on).
const driverABI = 12000

func openDriver() (*Driver, error) {
	path := "libcuda.so.1" // never the toolkit's stubs/libcuda.so
	if env := os.Getenv(EnvLibcuda); env != "" {
		path = env
	}
	h, err := dlopen(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %s (no NVIDIA driver on this machine): %v", ErrNotFound, path, err)
	}
	d := &Driver{Path: path}
	// Resolve by base name through cuGetProcAddress_v2 where the driver has
	// it (12.0+), so the _v2/_v3 suffixes are the driver's business; older
	// drivers by dlsym of the versioned names. The unsuffixed legacy
	// symbols have other ABIs (32-bit device pointers) and must not be used.
	gpa, _ := dlsym(h, "cuGetProcAddress_v2")
	resolve := func(base, versioned string) (uintptr, error) {
		if gpa != 0 {
			var p uintptr
			var status int32
			cb := cstr(base)
			if r := call(gpa, uintptr(unsafe.Pointer(&cb[0])), uintptr(unsafe.Pointer(&p)), driverABI, 0,
				uintptr(unsafe.Pointer(&status))); r == 0 && p != 0 {
				return p, nil
			}
		}
		return dlsym(h, versioned)
	}
	for _, s := range []struct {
		base, versioned string
		p               *uintptr
	}{
		{"cuInit", "cuInit", &d.fn.init},
		{"cuDriverGetVersion", "cuDriverGetVersion", &d.fn.driverVersion},
		{"cuDeviceGet", "cuDeviceGet", &d.fn.deviceGet},
		{"cuDeviceGetCount", "cuDeviceGetCount", &d.fn.deviceGetCount},
		{"cuDeviceGetAttribute", "cuDeviceGetAttribute", &d.fn.deviceGetAttribute},
		{"cuDeviceGetName", "cuDeviceGetName", &d.fn.deviceGetName},
		{"cuDevicePrimaryCtxRetain", "cuDevicePrimaryCtxRetain", &d.fn.primaryCtxRetain},
		{"cuCtxSetCurrent", "cuCtxSetCurrent", &d.fn.ctxSetCurrent},
		{"cuCtxSynchronize", "cuCtxSynchronize", &d.fn.ctxSynchronize},
		{"cuModuleLoadData", "cuModuleLoadData", &d.fn.moduleLoadData},
		{"cuModuleUnload", "cuModuleUnload", &d.fn.moduleUnload},
		{"cuModuleGetFunction", "cuModuleGetFunction", &d.fn.moduleGetFunction},
		{"cuMemAlloc", "cuMemAlloc_v2", &d.fn.memAlloc},
		{"cuMemFree", "cuMemFree_v2", &d.fn.memFree},
		{"cuMemcpyHtoD", "cuMemcpyHtoD_v2", &d.fn.memcpyHtoD},
		{"cuMemcpyDtoH", "cuMemcpyDtoH_v2", &d.fn.memcpyDtoH},
		{"cuLaunchKernel", "cuLaunchKernel", &d.fn.launchKernel},
		{"cuGetErrorString", "cuGetErrorString", &d.fn.getErrorString},
		{"cuGetErrorName", "cuGetErrorName", &d.fn.getErrorName},
		{"cuMemGetInfo", "cuMemGetInfo_v2", &d.fn.memGetInfo},
	} {
		p, err := resolve(s.base, s.versioned)
		if err != nil || p == 0 {
			return nil, fmt.Errorf("cuda: %s lacks %s: %v", path, s.versioned, err)
		}
		*s.p = p
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := d.check("cuInit", call(d.fn.init, 0)); err != nil {
		return nil, err
	}
	var v, count int32
	if err := d.check("cuDriverGetVersion", call(d.fn.driverVersion, uintptr(unsafe.Pointer(&v)))); err != nil {
		return nil, err
	}
	d.Version = int(v)
	if err := d.check("cuDeviceGetCount", call(d.fn.deviceGetCount, uintptr(unsafe.Pointer(&count)))); err != nil {
		return nil, err
	}
	if count == 0 {
		return nil, fmt.Errorf("%w: the driver sees no CUDA device", ErrNotFound)
	}
	if err := d.check("cuDeviceGet", call(d.fn.deviceGet, uintptr(unsafe.Pointer(&d.dev)), 0)); err != nil {
		return nil, err
	}
	var major, minor int32
	// CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75, _MINOR = 76.
	if err := d.check("cuDeviceGetAttribute", call(d.fn.deviceGetAttribute, uintptr(unsafe.Pointer(&major)), 75, uintptr(d.dev))); err != nil {
		return nil, err
	}
	if err := d.check("cuDeviceGetAttribute", call(d.fn.deviceGetAttribute, uintptr(unsafe.Pointer(&minor)), 76, uintptr(d.dev))); err != nil {
		return nil, err
	}
	d.CC = [2]int{int(major), int(minor)}
	name := make([]byte, 256)
	if call(d.fn.deviceGetName, uintptr(unsafe.Pointer(&name[0])), uintptr(len(name)), uintptr(d.dev)) == 0 {
		for i, c := range name {
			if c == 0 {
				d.Name = string(name[:i])
				break
			}
		}
	}
	if err := d.check("cuDevicePrimaryCtxRetain", call(d.fn.primaryCtxRetain, uintptr(unsafe.Pointer(&d.ctx)), uintptr(d.dev))); err != nil {
		return nil, err
	}
	return d, nil
}

// check turns a CUresult into an error naming the call.
func (d *Driver) check(what string, r uintptr) error {
	if r == 0 {
		return nil
	}
	var name, msg uintptr
	call(d.fn.getErrorName, r, uintptr(unsafe.Pointer(&name)))
	call(d.fn.getErrorString, r, uintptr(unsafe.Pointer(&msg)))
	return fmt.Errorf("cuda: %s: %s %d (%s)", what, goString(name), r, goString(msg))
}

// enter locks the goroutine to its thread and makes the context current;
// the returned function undoes the lock.
func (d *Driver) enter() (func(), error) {
	d.mu.Lock()
	runtime.LockOSThread()
	done := func() { runtime.UnlockOSThread(); d.mu.Unlock() }
	if err := d.check("cuCtxSetCurrent", call(d.fn.ctxSetCurrent, d.ctx)); err != nil {
		done()
		return nil, err
	}
	return done, nil
}

// BlockSize is the threads per block of RunKernel's and LaunchTable's
// launches.
const BlockSize = 256

// maxBlocks bounds the grid: kernels loop with a grid stride, so a few
// blocks per multiprocessor keep every one busy.
const maxBlocks = 4096

// RunKernel loads PTX, runs its kernel name
//
//	extern "C" __global__ void name(const void* const* bufs, long long n)
//
// once over n elements with bufs = the inputs' then the outputs' device
// copies, and copies the outputs back. It is the synchronous path tests use:
// every call allocates, copies and frees.
func (d *Driver) RunKernel(ptx []byte, name string, n int64, inputs, outputs [][]byte) (err error) {
	if len(ptx) == 0 || ptx[len(ptx)-1] != 0 {
		return errors.New("cuda: PTX must be NUL-terminated")
	}
	done, err := d.enter()
	if err != nil {
		return err
	}
	defer done()
	mod, err := d.LoadModule(ptx)
	if err != nil {
		return err
	}
	defer d.UnloadModule(mod)
	fn, err := d.Function(mod, name)
	if err != nil {
		return err
	}
	var ptrs []DevicePtr
	defer func() {
		for _, p := range ptrs {
			d.Free(p)
		}
	}()
	alloc := func(size int) (DevicePtr, error) {
		p, err := d.Alloc(size)
		if err == nil {
			ptrs = append(ptrs, p)
		}
		return p, err
	}
	bufs := make([]uint64, 0, len(inputs)+len(outputs))
	for i, b := range append(append([][]byte(nil), inputs...), outputs...) {
		p, err := alloc(len(b))
		if err != nil {
			return err
		}
		if i < len(inputs) {
			if err := d.CopyToDevice(p, b); err != nil {
				return err
			}
		}
		bufs = append(bufs, uint64(p))
	}
	table, err := alloc(8 * max(len(bufs), 1))
	if err != nil {
		return err
	}
	if len(bufs) > 0 {
		if err := d.CopyToDevice(table, unsafe.Slice((*byte)(unsafe.Pointer(&bufs[0])), 8*len(bufs))); err != nil {
			return err
		}
	}
	if err := d.LaunchTable(fn, table, n); err != nil {
		return err
	}
	if err := d.Synchronize(); err != nil {
		return err
	}
	for o, b := range outputs {
		if err := d.CopyFromDevice(b, DevicePtr(bufs[len(inputs)+o])); err != nil {
			return err
		}
	}
	return nil
}
