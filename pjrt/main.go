// Command pjrt is hlovm's PJRT plugin: built with -buildmode=c-shared it is
// the library JAX loads (GetPjrtApi); python/jax_hlovm registers it as the
// "hlovm" platform.
//
// # ABI
//
// pjrt.h holds hlovm's own declarations of the PJRT C ABI at minor 0.116
// (jaxlib 0.12.0.1; 138 slots, the same table as 0.112-0.115, so jaxlib
// 0.11.x loads it too). api.c builds the PJRT_Api table: the error and memory
// objects (plain C, vtable first), UNIMPLEMENTED stubs that name their
// function for the slots the framework tolerates failing, NULL where the
// framework checks for NULL (Device_GetAttributes, Client_Load,
// Buffer_Bitcast, LoadedExecutable_AddressableDeviceLogicalIds), and the
// exported hlovm_<slot> functions of this file for the rest. Every export
// recovers a panic into a PJRT error carrying the message.
//
// # Objects
//
// Every plugin object handed to C is C memory whose first word is a handle
// (handleTable, runtime.go) of the Go object (buffers also keep their C dims
// array there), so C never holds a Go pointer. Devices, memories and
// descriptions live for the process.
//
// # Execution
//
// Each device has one worker goroutine running jobs in order (runtime.go).
// Execute compiles nothing: it queues the run and returns output buffers and
// a completion event at once, so Python runs ahead as it does with XLA. A
// program whose runs were measured short (eager ops) runs on the caller's
// thread instead when nothing is queued or running: the worker hop would
// cost more than the run, and the order of runs stays the same.
// Buffer payloads complete when their producing job finishes; ToHostBuffer
// copies when its source is ready and returns an event for that copy.
// Events run OnReady callbacks inline when already complete, otherwise from
// the completing goroutine, never under a lock, each with its own error.
//
// Host transfers always copy (legal under every host-buffer semantics) and
// honour any byte strides, negative ones included.
//
// # Compile
//
// Compile reads CompileOptionsProto with protowire and refuses what one
// device cannot honour (replicas, partitions, several devices), reads the
// program with stablehlo/load, drops single-device sharding annotations,
// compiles it with bytecode.Compile and caches the result by the SHA-256 of
// the program bytes (compile.go). Unsupported ops fail Compile with an error
// naming the op; JAX raises it as a Python exception.
// Executable_OptimizedProgram hands back the program as run: the module after
// engine's passes as MLIR text (format "mlir"), which jaxlib turns into the
// HloModule behind compiled.as_text() and hlo_modules() (program.go).
//
// # Donation
//
// Arguments marked tf.aliasing_output or jax.buffer_donor (and not listed
// non-donatable) are deleted at Execute and handed to the VM
// (vm.Options.Donated), which writes results over them where it can: an
// output then owns the donated storage, and a step's parameters are updated
// in place instead of copied.
package main

/*
#cgo CFLAGS: -O2
#include <stdlib.h>
#include <string.h>
#include "pjrt.h"
#include "objects.h"
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/hlovm/hlovm/internal/cenv"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

func main() {}

// debug: HLOVM_PJRT_DEBUG=1 logs the struct sizes the framework passes (the
// quickest check of the ABI a jaxlib speaks) and every compile.
var debug = os.Getenv("HLOVM_PJRT_DEBUG") != ""

func debugf(format string, a ...any) {
	if debug {
		fmt.Fprintf(os.Stderr, "hlovm-pjrt: "+format+"\n", a...)
	}
}

const platformName = "hlovm"
const platformVersion = "hlovm 0.1.0"

// cErr converts a Go error to a PJRT_Error (nil for nil).
func cErr(err error) *C.PJRT_Error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	cs := C.CString(msg)
	defer C.free(unsafe.Pointer(cs))
	return C.hlovm_error(C.int(errorCode(err)), cs, C.size_t(len(msg)))
}

// guard turns a panic in an export into a PJRT error naming the function.
func guard(name string, ret **C.PJRT_Error) {
	if r := recover(); r != nil {
		*ret = cErr(errorf(codeInternal, "hlovm: PJRT_%s: panic: %v", name, r))
	}
}

// cstr is a C string that lives for the process.
var (
	cstrMu sync.Mutex
	cstrs  = map[string]*C.char{}
)

func cstr(s string) *C.char {
	cstrMu.Lock()
	defer cstrMu.Unlock()
	p := cstrs[s]
	if p == nil {
		p = C.CString(s)
		cstrs[s] = p
	}
	return p
}

// Handles: every plugin object handed to C is C memory holding a handle.
func newHandle[T any](v T, size uintptr) unsafe.Pointer {
	p := C.calloc(1, C.size_t(size))
	*(*C.uintptr_t)(p) = C.uintptr_t(handles.new(v))
	return p
}

func fromHandle[T any](p unsafe.Pointer) T {
	if p == nil {
		panic("NULL object")
	}
	return handles.value(uintptr(*(*C.uintptr_t)(p))).(T)
}

func freeHandle(p unsafe.Pointer) {
	if p == nil {
		return
	}
	handles.delete(uintptr(*(*C.uintptr_t)(p)))
	C.free(p)
}

// ---- client, device, memory

type client struct {
	devices  []*device
	cdevs    []*C.PJRT_Device
	cdescs   []*C.PJRT_DeviceDescription
	cmems    []*C.PJRT_Memory
	cdevList **C.PJRT_Device // C array of cdevs
	cmemList **C.PJRT_Memory
}

var (
	devMu    sync.Mutex
	devOf    = map[unsafe.Pointer]*device{} // PJRT_Device* / PJRT_DeviceDescription* → device
	memOf    = map[unsafe.Pointer]*device{} // PJRT_Memory* → its device
	cdevOf   = map[*device]*C.PJRT_Device{} // device → PJRT_Device*
	cmemOf   = map[*device]*C.PJRT_Memory{} // device → PJRT_Memory*
	cdescOf  = map[*device]*C.PJRT_DeviceDescription{}
	devList1 = map[*device]**C.PJRT_Device{} // one-element device lists
	memList1 = map[*device]**C.PJRT_Memory{} // one-element memory lists
)

func ptrArray[T any](elems []*T) **T {
	n := len(elems)
	if n == 0 {
		n = 1
	}
	arr := (**T)(C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof(uintptr(0)))))
	s := unsafe.Slice(arr, n)
	for i, e := range elems {
		s[i] = e
	}
	return arr
}

func newClient() *client {
	c := &client{}
	d := newDevice(0, deviceKind())
	c.devices = []*device{d}
	devMu.Lock()
	defer devMu.Unlock()
	for _, d := range c.devices {
		cd := (*C.PJRT_Device)(C.calloc(1, 8))
		cdesc := (*C.PJRT_DeviceDescription)(C.calloc(1, 8))
		cm := C.hlovm_new_memory()
		devOf[unsafe.Pointer(cd)] = d
		devOf[unsafe.Pointer(cdesc)] = d
		memOf[unsafe.Pointer(cm)] = d
		cdevOf[d], cmemOf[d], cdescOf[d] = cd, cm, cdesc
		d.cdev.Store((*byte)(unsafe.Pointer(cd)))
		d.cmem.Store((*byte)(unsafe.Pointer(cm)))
		devList1[d] = ptrArray([]*C.PJRT_Device{cd})
		memList1[d] = ptrArray([]*C.PJRT_Memory{cm})
		c.cdevs = append(c.cdevs, cd)
		c.cdescs = append(c.cdescs, cdesc)
		c.cmems = append(c.cmems, cm)
	}
	c.cdevList = ptrArray(c.cdevs)
	c.cmemList = ptrArray(c.cmems)
	return c
}

func lookupDev(p unsafe.Pointer) *device {
	devMu.Lock()
	defer devMu.Unlock()
	d := devOf[p]
	if d == nil {
		panic("unknown device")
	}
	return d
}

func lookupMem(p unsafe.Pointer) *device {
	devMu.Lock()
	defer devMu.Unlock()
	d := memOf[p]
	if d == nil {
		panic("unknown memory")
	}
	return d
}

func devC(d *device) (*C.PJRT_Device, *C.PJRT_Memory, *C.PJRT_DeviceDescription) {
	devMu.Lock()
	defer devMu.Unlock()
	return cdevOf[d], cmemOf[d], cdescOf[d]
}

// ---- plugin

var (
	attrsOnce sync.Once
	attrs     *C.PJRT_NamedValue
	numAttrs  int
)

// advertisedVersion is the StableHLO version the plugin reports to JAX:
// CurrentVersion, or an older one named by HLOVM_STABLEHLO_VERSION (JAX then
// downgrades programs to it: a way to reproduce what an older hlovm would
// receive, and to test the error a too-new program gets).
func advertisedVersion() stablehlo.Version {
	s := cenv.Getenv("HLOVM_STABLEHLO_VERSION")
	if s == "" {
		return stablehlo.CurrentVersion
	}
	v, err := stablehlo.ParseVersion(s)
	if err != nil || stablehlo.CurrentVersion.Less(v) || v.Less(stablehlo.MinimumVersion) {
		fmt.Fprintf(os.Stderr, "hlovm: ignoring HLOVM_STABLEHLO_VERSION=%q: want a version from %s to %s\n",
			s, stablehlo.MinimumVersion, stablehlo.CurrentVersion)
		return stablehlo.CurrentVersion
	}
	return v
}

func pluginAttributes() {
	cur := advertisedVersion()
	minv := stablehlo.MinimumVersion
	lists := [][]int64{{int64(cur.Major), int64(cur.Minor), int64(cur.Patch)}, {int64(minv.Major), int64(minv.Minor), int64(minv.Patch)}}
	type attr struct {
		name string
		i64  int64
		list []int64
	}
	as := []attr{{"xla_version", 2, nil}, {"stablehlo_current_version", 0, lists[0]}, {"stablehlo_minimum_version", 0, lists[1]}}
	numAttrs = len(as)
	attrs = (*C.PJRT_NamedValue)(C.calloc(C.size_t(len(as)), C.size_t(unsafe.Sizeof(C.PJRT_NamedValue{}))))
	s := unsafe.Slice(attrs, len(as))
	for i, a := range as {
		v := &s[i]
		v.struct_size = C.size_t(unsafe.Sizeof(C.PJRT_NamedValue{}))
		v.name = cstr(a.name)
		v.name_size = C.size_t(len(a.name))
		if a.list == nil {
			v._type = C.PJRT_NamedValue_kInt64
			C.hlovm_set_named_int64(v, C.int64_t(a.i64))
			v.value_size = 1
		} else {
			arr := (*C.int64_t)(C.calloc(C.size_t(len(a.list)), 8))
			for j, x := range a.list {
				unsafe.Slice(arr, len(a.list))[j] = C.int64_t(x)
			}
			v._type = C.PJRT_NamedValue_kInt64List
			C.hlovm_set_named_ptr(v, unsafe.Pointer(arr))
			v.value_size = C.size_t(len(a.list))
		}
	}
}

//export hlovm_Plugin_Initialize
func hlovm_Plugin_Initialize(a *C.PJRT_Plugin_Initialize_Args) (ret *C.PJRT_Error) {
	return nil
}

//export hlovm_Plugin_Attributes
func hlovm_Plugin_Attributes(a *C.PJRT_Plugin_Attributes_Args) (ret *C.PJRT_Error) {
	defer guard("Plugin_Attributes", &ret)
	attrsOnce.Do(pluginAttributes)
	a.attributes = attrs
	a.num_attributes = C.size_t(numAttrs)
	return nil
}

// ---- events

// newCEvent hands e to C. An event already complete without error needs no
// Go object: api.c answers every call on it (hlovm_event.ready_ok).
func newCEvent(e *event) *C.PJRT_Event {
	if e.isReady() && e.err == nil {
		ce := (*C.hlovm_event)(C.calloc(1, C.size_t(unsafe.Sizeof(C.hlovm_event{}))))
		ce.ready_ok = 1
		return (*C.PJRT_Event)(unsafe.Pointer(ce))
	}
	return (*C.PJRT_Event)(newHandle(e, unsafe.Sizeof(C.hlovm_event{})))
}

func evt(p *C.PJRT_Event) *event { return fromHandle[*event](unsafe.Pointer(p)) }

//export hlovm_Event_Destroy
func hlovm_Event_Destroy(a *C.PJRT_Event_Args) (ret *C.PJRT_Error) {
	defer guard("Event_Destroy", &ret)
	// The Go event lives on for callbacks still pending: they hold it.
	freeHandle(unsafe.Pointer(a.event))
	return nil
}

//export hlovm_Event_IsReady
func hlovm_Event_IsReady(a *C.PJRT_Event_IsReady_Args) (ret *C.PJRT_Error) {
	defer guard("Event_IsReady", &ret)
	a.is_ready = C.bool(evt(a.event).isReady())
	return nil
}

//export hlovm_Event_Error
func hlovm_Event_Error(a *C.PJRT_Event_Args) (ret *C.PJRT_Error) {
	defer guard("Event_Error", &ret)
	e := evt(a.event)
	if !e.isReady() {
		return cErr(errorf(codeFailedPrecondition, "hlovm: PJRT_Event_Error on an event that is not ready"))
	}
	return cErr(e.err)
}

//export hlovm_Event_Await
func hlovm_Event_Await(a *C.PJRT_Event_Args) (ret *C.PJRT_Error) {
	debugf("Event_Await")
	defer guard("Event_Await", &ret)
	return cErr(evt(a.event).wait())
}

//export hlovm_Event_OnReady
func hlovm_Event_OnReady(a *C.PJRT_Event_OnReady_Args) (ret *C.PJRT_Error) {
	debugf("Event_OnReady ready=%v", evt(a.event).isReady())
	defer guard("Event_OnReady", &ret)
	cb, user := a.callback, a.user_arg
	// The callback owns its error, may destroy the event, and runs without
	// any plugin lock held (event.complete releases its lock first).
	evt(a.event).onReady(func(err error) {
		C.hlovm_call_on_ready(cb, cErr(err), user)
	})
	return nil
}

// ---- client

func cli(p *C.PJRT_Client) *client { return fromHandle[*client](unsafe.Pointer(p)) }

//export hlovm_Client_Create
func hlovm_Client_Create(a *C.PJRT_Client_Create_Args) (ret *C.PJRT_Error) {
	defer guard("Client_Create", &ret)
	a.client = (*C.PJRT_Client)(newHandle(newClient(), 8))
	preload()
	return nil
}

//export hlovm_Client_Destroy
func hlovm_Client_Destroy(a *C.PJRT_Client_Destroy_Args) (ret *C.PJRT_Error) {
	defer guard("Client_Destroy", &ret)
	// Devices and their workers stay: buffers may still reference them.
	freeHandle(unsafe.Pointer(a.client))
	return nil
}

//export hlovm_Client_PlatformName
func hlovm_Client_PlatformName(a *C.PJRT_Client_String_Args) (ret *C.PJRT_Error) {
	defer guard("Client_PlatformName", &ret)
	a.str, a.str_size = cstr(platformName), C.size_t(len(platformName))
	return nil
}

//export hlovm_Client_PlatformVersion
func hlovm_Client_PlatformVersion(a *C.PJRT_Client_String_Args) (ret *C.PJRT_Error) {
	defer guard("Client_PlatformVersion", &ret)
	a.str, a.str_size = cstr(platformVersion), C.size_t(len(platformVersion))
	return nil
}

//export hlovm_Client_ProcessIndex
func hlovm_Client_ProcessIndex(a *C.PJRT_Client_ProcessIndex_Args) (ret *C.PJRT_Error) {
	a.process_index = 0
	return nil
}

//export hlovm_Client_Devices
func hlovm_Client_Devices(a *C.PJRT_Client_Devices_Args) (ret *C.PJRT_Error) {
	defer guard("Client_Devices", &ret)
	c := cli(a.client)
	a.devices, a.num_devices = c.cdevList, C.size_t(len(c.cdevs))
	return nil
}

//export hlovm_Client_AddressableDevices
func hlovm_Client_AddressableDevices(a *C.PJRT_Client_Devices_Args) (ret *C.PJRT_Error) {
	defer guard("Client_AddressableDevices", &ret)
	c := cli(a.client)
	a.devices, a.num_devices = c.cdevList, C.size_t(len(c.cdevs))
	return nil
}

//export hlovm_Client_LookupDevice
func hlovm_Client_LookupDevice(a *C.PJRT_Client_LookupDevice_Args) (ret *C.PJRT_Error) {
	defer guard("Client_LookupDevice", &ret)
	c := cli(a.client)
	id := int(a.id)
	if id < 0 || id >= len(c.cdevs) {
		return cErr(errorf(codeInvalidArgument, "hlovm: no device with id %d", id))
	}
	a.device = c.cdevs[id]
	return nil
}

//export hlovm_Client_LookupAddressableDevice
func hlovm_Client_LookupAddressableDevice(a *C.PJRT_Client_LookupDevice_Args) (ret *C.PJRT_Error) {
	defer guard("Client_LookupAddressableDevice", &ret)
	return hlovm_Client_LookupDevice(a)
}

//export hlovm_Client_AddressableMemories
func hlovm_Client_AddressableMemories(a *C.PJRT_Client_AddressableMemories_Args) (ret *C.PJRT_Error) {
	defer guard("Client_AddressableMemories", &ret)
	c := cli(a.client)
	a.memories, a.num_memories = c.cmemList, C.size_t(len(c.cmems))
	return nil
}

//export hlovm_Client_DefaultDeviceAssignment
func hlovm_Client_DefaultDeviceAssignment(a *C.PJRT_Client_DefaultDeviceAssignment_Args) (ret *C.PJRT_Error) {
	defer guard("Client_DefaultDeviceAssignment", &ret)
	if a.num_replicas*a.num_partitions != 1 {
		return cErr(errorf(codeInvalidArgument, "hlovm: cannot assign %d replicas × %d partitions to one device", a.num_replicas, a.num_partitions))
	}
	if a.default_assignment_size >= 1 && a.default_assignment != nil {
		*a.default_assignment = 0
	}
	return nil
}

// ---- device descriptions, devices, memories

//export hlovm_DeviceDescription_Id
func hlovm_DeviceDescription_Id(a *C.PJRT_Int_Args) (ret *C.PJRT_Error) {
	defer guard("DeviceDescription_Id", &ret)
	a.value = C.int(lookupDev(a.object).id)
	return nil
}

//export hlovm_DeviceDescription_ProcessIndex
func hlovm_DeviceDescription_ProcessIndex(a *C.PJRT_Int_Args) (ret *C.PJRT_Error) {
	a.value = 0
	return nil
}

//export hlovm_DeviceDescription_Attributes
func hlovm_DeviceDescription_Attributes(a *C.PJRT_Empty_List_Args) (ret *C.PJRT_Error) {
	a.num, a.ptr = 0, nil
	return nil
}

func setStr(dst **C.char, n *C.size_t, s string) {
	*dst, *n = cstr(s), C.size_t(len(s))
}

//export hlovm_DeviceDescription_Kind
func hlovm_DeviceDescription_Kind(a *C.PJRT_String_Args) (ret *C.PJRT_Error) {
	defer guard("DeviceDescription_Kind", &ret)
	setStr(&a.str, &a.str_size, lookupDev(a.object).kind)
	return nil
}

//export hlovm_DeviceDescription_DebugString
func hlovm_DeviceDescription_DebugString(a *C.PJRT_String_Args) (ret *C.PJRT_Error) {
	defer guard("DeviceDescription_DebugString", &ret)
	setStr(&a.str, &a.str_size, fmt.Sprintf("hlovm:%d", lookupDev(a.object).id))
	return nil
}

//export hlovm_DeviceDescription_ToString
func hlovm_DeviceDescription_ToString(a *C.PJRT_String_Args) (ret *C.PJRT_Error) {
	defer guard("DeviceDescription_ToString", &ret)
	setStr(&a.str, &a.str_size, fmt.Sprintf("HlovmDevice(id=%d)", lookupDev(a.object).id))
	return nil
}

//export hlovm_Device_GetDescription
func hlovm_Device_GetDescription(a *C.PJRT_Device_GetDescription_Args) (ret *C.PJRT_Error) {
	defer guard("Device_GetDescription", &ret)
	_, _, desc := devC(lookupDev(unsafe.Pointer(a.device)))
	a.device_description = desc
	return nil
}

//export hlovm_Device_IsAddressable
func hlovm_Device_IsAddressable(a *C.PJRT_Device_IsAddressable_Args) (ret *C.PJRT_Error) {
	a.is_addressable = true
	return nil
}

//export hlovm_Device_LocalHardwareId
func hlovm_Device_LocalHardwareId(a *C.PJRT_Int_Args) (ret *C.PJRT_Error) {
	defer guard("Device_LocalHardwareId", &ret)
	a.value = C.int(lookupDev(a.object).id)
	return nil
}

//export hlovm_Device_AddressableMemories
func hlovm_Device_AddressableMemories(a *C.PJRT_Device_AddressableMemories_Args) (ret *C.PJRT_Error) {
	defer guard("Device_AddressableMemories", &ret)
	d := lookupDev(unsafe.Pointer(a.device))
	devMu.Lock()
	a.memories, a.num_memories = memList1[d], 1
	devMu.Unlock()
	return nil
}

//export hlovm_Device_DefaultMemory
func hlovm_Device_DefaultMemory(a *C.PJRT_Device_DefaultMemory_Args) (ret *C.PJRT_Error) {
	defer guard("Device_DefaultMemory", &ret)
	_, m, _ := devC(lookupDev(unsafe.Pointer(a.device)))
	a.memory = m
	return nil
}

//export hlovm_Device_CreateAsyncTrackingEvent
func hlovm_Device_CreateAsyncTrackingEvent(a *C.PJRT_Device_CreateAsyncTrackingEvent_Args) (ret *C.PJRT_Error) {
	// Profiling markers: hlovm records nothing; the object only has to exist.
	a.event = C.calloc(1, 8)
	return nil
}

//export hlovm_AsyncTrackingEvent_Destroy
func hlovm_AsyncTrackingEvent_Destroy(a *C.PJRT_AsyncTrackingEvent_Destroy_Args) (ret *C.PJRT_Error) {
	C.free(a.event)
	return nil
}

//export hlovm_Memory_Id
func hlovm_Memory_Id(a *C.PJRT_Int_Args) (ret *C.PJRT_Error) {
	defer guard("Memory_Id", &ret)
	a.value = C.int(lookupMem(a.object).id)
	return nil
}

//export hlovm_Memory_Kind_Id
func hlovm_Memory_Kind_Id(a *C.PJRT_Int_Args) (ret *C.PJRT_Error) {
	a.value = 0
	return nil
}

//export hlovm_Memory_DebugString
func hlovm_Memory_DebugString(a *C.PJRT_String_Args) (ret *C.PJRT_Error) {
	defer guard("Memory_DebugString", &ret)
	setStr(&a.str, &a.str_size, fmt.Sprintf("hlovm:%d device memory", lookupMem(a.object).id))
	return nil
}

//export hlovm_Memory_ToString
func hlovm_Memory_ToString(a *C.PJRT_String_Args) (ret *C.PJRT_Error) {
	defer guard("Memory_ToString", &ret)
	setStr(&a.str, &a.str_size, fmt.Sprintf("HlovmMemory(id=%d, kind=device)", lookupMem(a.object).id))
	return nil
}

//export hlovm_Memory_AddressableByDevices
func hlovm_Memory_AddressableByDevices(a *C.PJRT_Memory_AddressableByDevices_Args) (ret *C.PJRT_Error) {
	defer guard("Memory_AddressableByDevices", &ret)
	d := lookupMem(unsafe.Pointer(a.memory))
	devMu.Lock()
	a.devices, a.num_devices = devList1[d], 1
	devMu.Unlock()
	return nil
}

// ---- compile and executables

type loaded struct {
	c       *compiled
	dev     *device
	mu      sync.Mutex
	deleted bool
}

// cside holds the C arrays of a compiled program's output description.
type cside struct {
	types    *C.int
	dims     *C.int64_t
	dimSizes *C.size_t
	kinds    **C.char
	kindSz   *C.size_t
	name     *C.char
	fp       *C.char
}

var csideMu sync.Mutex

func csideOf(c *compiled) *cside {
	csideMu.Lock()
	defer csideMu.Unlock()
	if s, ok := c.cside.(*cside); ok {
		return s
	}
	n := len(c.outTypes)
	m := n
	if m == 0 {
		m = 1
	}
	s := &cside{
		types:    (*C.int)(C.calloc(C.size_t(m), 4)),
		dimSizes: (*C.size_t)(C.calloc(C.size_t(m), 8)),
		kinds:    (**C.char)(C.calloc(C.size_t(m), 8)),
		kindSz:   (*C.size_t)(C.calloc(C.size_t(m), 8)),
		// Not interned: every program has its own fingerprint.
		name: C.CString(c.name),
		fp:   C.CString(c.fingerprint),
	}
	total := 0
	for _, d := range c.outDims {
		total += len(d)
	}
	s.dims = (*C.int64_t)(C.calloc(C.size_t(total+1), 8))
	dims := unsafe.Slice(s.dims, total+1)
	k := 0
	for i := 0; i < n; i++ {
		unsafe.Slice(s.types, m)[i] = C.int(toPJRTType(c.outTypes[i]))
		unsafe.Slice(s.dimSizes, m)[i] = C.size_t(len(c.outDims[i]))
		unsafe.Slice(s.kinds, m)[i] = cstr("device")
		unsafe.Slice(s.kindSz, m)[i] = 6
		for _, x := range c.outDims[i] {
			dims[k] = C.int64_t(x)
			k++
		}
	}
	c.cside = s
	// The arrays live as long as the program's description: every executable
	// of it holds c (through its handle), and so does the cache's artifact.
	runtime.AddCleanup(c, (*cside).free, s)
	return s
}

func (s *cside) free() {
	for _, p := range []unsafe.Pointer{unsafe.Pointer(s.types), unsafe.Pointer(s.dims), unsafe.Pointer(s.dimSizes),
		unsafe.Pointer(s.kinds), unsafe.Pointer(s.kindSz), unsafe.Pointer(s.name), unsafe.Pointer(s.fp)} {
		C.free(p)
	}
}

func loadedOf(p *C.PJRT_LoadedExecutable) *loaded {
	return fromHandle[*loaded](unsafe.Pointer(p))
}

func exeOf(p *C.PJRT_Executable) *compiled {
	return fromHandle[*compiled](unsafe.Pointer(p))
}

//export hlovm_Client_Compile
func hlovm_Client_Compile(a *C.PJRT_Client_Compile_Args) (ret *C.PJRT_Error) {
	defer guard("Client_Compile", &ret)
	c := cli(a.client)
	prog := a.program
	debugf("Client_Compile args %d, program %d bytes, options %d bytes", a.struct_size, prog.code_size, a.compile_options_size)
	if prog == nil || prog.code == nil {
		return cErr(errorf(codeInvalidArgument, "hlovm: Compile without a program"))
	}
	format := C.GoStringN(prog.format, C.int(prog.format_size))
	if format != "mlir" {
		return cErr(errorf(codeUnimplemented, "hlovm: program format %q (hlovm reads \"mlir\": StableHLO bytecode or text)", format))
	}
	code := unsafe.Slice((*byte)(unsafe.Pointer(prog.code)), int(prog.code_size))
	l, err := compileLoaded(c, code, C.GoBytes(unsafe.Pointer(a.compile_options), C.int(a.compile_options_size)))
	if err != nil {
		return cErr(err)
	}
	a.executable = (*C.PJRT_LoadedExecutable)(newHandle(l, 8))
	return nil
}

// compileLoaded compiles code (the program's bytes) with serialized
// CompileOptionsProto rawOpts for c's device; Compile and
// DeserializeAndLoad both come here.
func compileLoaded(c *client, code, rawOpts []byte) (*loaded, error) {
	opts, err := parseCompileOptions(rawOpts)
	if err != nil {
		return nil, err
	}
	if err := opts.check(len(c.devices)); err != nil {
		return nil, err
	}
	dev := c.devices[0]
	if len(opts.devices) == 1 {
		dev = c.devices[opts.devices[0]]
	}
	comp, err := observedCompile(code) // observe.go
	if err != nil {
		return nil, err
	}
	comp.keepSource(code, rawOpts)
	csideOf(comp)
	return &loaded{c: comp, dev: dev}, nil
}

//export hlovm_LoadedExecutable_Destroy
func hlovm_LoadedExecutable_Destroy(a *C.PJRT_LoadedExecutable_Args) (ret *C.PJRT_Error) {
	defer guard("LoadedExecutable_Destroy", &ret)
	freeHandle(unsafe.Pointer(a.executable))
	return nil
}

//export hlovm_LoadedExecutable_Delete
func hlovm_LoadedExecutable_Delete(a *C.PJRT_LoadedExecutable_Args) (ret *C.PJRT_Error) {
	defer guard("LoadedExecutable_Delete", &ret)
	l := loadedOf(a.executable)
	l.mu.Lock()
	l.deleted = true
	l.mu.Unlock()
	return nil
}

//export hlovm_LoadedExecutable_IsDeleted
func hlovm_LoadedExecutable_IsDeleted(a *C.PJRT_LoadedExecutable_IsDeleted_Args) (ret *C.PJRT_Error) {
	defer guard("LoadedExecutable_IsDeleted", &ret)
	l := loadedOf(a.executable)
	l.mu.Lock()
	a.is_deleted = C.bool(l.deleted)
	l.mu.Unlock()
	return nil
}

//export hlovm_LoadedExecutable_GetExecutable
func hlovm_LoadedExecutable_GetExecutable(a *C.PJRT_LoadedExecutable_GetExecutable_Args) (ret *C.PJRT_Error) {
	defer guard("LoadedExecutable_GetExecutable", &ret)
	c := loadedOf(a.loaded_executable).c
	p := (*C.hlovm_executable)(newHandle(c, unsafe.Sizeof(C.hlovm_executable{})))
	p.num_outputs = C.size_t(len(c.outTypes)) // api.c answers NumOutputs
	a.executable = (*C.PJRT_Executable)(unsafe.Pointer(p))
	return nil
}

//export hlovm_LoadedExecutable_AddressableDevices
func hlovm_LoadedExecutable_AddressableDevices(a *C.PJRT_LoadedExecutable_AddressableDevices_Args) (ret *C.PJRT_Error) {
	defer guard("LoadedExecutable_AddressableDevices", &ret)
	l := loadedOf(a.executable)
	devMu.Lock()
	a.addressable_devices, a.num_addressable_devices = devList1[l.dev], 1
	devMu.Unlock()
	return nil
}

//export hlovm_LoadedExecutable_GetDeviceAssignment
func hlovm_LoadedExecutable_GetDeviceAssignment(a *C.PJRT_LoadedExecutable_GetDeviceAssignment_Args) (ret *C.PJRT_Error) {
	defer guard("LoadedExecutable_GetDeviceAssignment", &ret)
	l := loadedOf(a.executable)
	// DeviceAssignmentProto{replica_count: 1, computation_count: 1,
	// computation_devices: [{replica_device_ids: [id]}]}.
	id := byte(l.dev.id)
	msg := []byte{0x08, 0x01, 0x10, 0x01, 0x1a, 0x02, 0x08, id}
	buf := C.malloc(C.size_t(len(msg)))
	copy(unsafe.Slice((*byte)(buf), len(msg)), msg)
	a.serialized_bytes = (*C.char)(buf)
	a.serialized_bytes_size = C.size_t(len(msg))
	a.serialized_device_assignment = buf
	C.hlovm_set_assignment_deleter(a)
	return nil
}

//export hlovm_Executable_Destroy
func hlovm_Executable_Destroy(a *C.PJRT_Executable_Destroy_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_Destroy", &ret)
	freeHandle(unsafe.Pointer(a.executable))
	return nil
}

//export hlovm_Executable_Name
func hlovm_Executable_Name(a *C.PJRT_String_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_Name", &ret)
	c := exeOf((*C.PJRT_Executable)(a.object))
	a.str, a.str_size = csideOf(c).name, C.size_t(len(c.name))
	return nil
}

//export hlovm_Executable_NumReplicas
func hlovm_Executable_NumReplicas(a *C.PJRT_Executable_Size_Args) (ret *C.PJRT_Error) {
	a.value = 1
	return nil
}

//export hlovm_Executable_NumPartitions
func hlovm_Executable_NumPartitions(a *C.PJRT_Executable_Size_Args) (ret *C.PJRT_Error) {
	a.value = 1
	return nil
}

//export hlovm_Executable_SizeOfGeneratedCodeInBytes
func hlovm_Executable_SizeOfGeneratedCodeInBytes(a *C.PJRT_Executable_SizeOfGeneratedCodeInBytes_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_SizeOfGeneratedCodeInBytes", &ret)
	n := 0
	for _, f := range exeOf(a.executable).prog.Funcs {
		n += len(f.Code) * int(unsafe.Sizeof(f.Code[0]))
	}
	a.size_in_bytes = C.int64_t(n)
	return nil
}

//export hlovm_Executable_OutputMemoryKinds
func hlovm_Executable_OutputMemoryKinds(a *C.PJRT_Executable_OutputMemoryKinds_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_OutputMemoryKinds", &ret)
	c := exeOf(a.executable)
	s := csideOf(c)
	a.num_outputs, a.memory_kinds, a.memory_kind_sizes = C.size_t(len(c.outTypes)), s.kinds, s.kindSz
	return nil
}

//export hlovm_Executable_OutputElementTypes
func hlovm_Executable_OutputElementTypes(a *C.PJRT_Executable_OutputElementTypes_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_OutputElementTypes", &ret)
	c := exeOf(a.executable)
	a.output_types, a.num_output_types = csideOf(c).types, C.size_t(len(c.outTypes))
	return nil
}

//export hlovm_Executable_OutputDimensions
func hlovm_Executable_OutputDimensions(a *C.PJRT_Executable_OutputDimensions_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_OutputDimensions", &ret)
	c := exeOf(a.executable)
	s := csideOf(c)
	a.num_outputs, a.dims, a.dim_sizes = C.size_t(len(c.outTypes)), s.dims, s.dimSizes
	return nil
}

//export hlovm_Executable_Fingerprint
func hlovm_Executable_Fingerprint(a *C.PJRT_Executable_Fingerprint_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_Fingerprint", &ret)
	c := exeOf(a.executable)
	a.executable_fingerprint, a.executable_fingerprint_size = csideOf(c).fp, C.size_t(len(c.fingerprint))
	return nil
}

//export hlovm_LoadedExecutable_Execute
func hlovm_LoadedExecutable_Execute(a *C.PJRT_LoadedExecutable_Execute_Args) (ret *C.PJRT_Error) {
	defer guard("LoadedExecutable_Execute", &ret)
	l := loadedOf(a.executable)
	if debug {
		osz := C.size_t(0)
		if a.options != nil {
			osz = a.options.struct_size
		}
		debugf("LoadedExecutable_Execute args %d, options %d, %s", a.struct_size, osz, l.c.name)
	}
	l.mu.Lock()
	deleted := l.deleted
	l.mu.Unlock()
	if deleted {
		return cErr(errorf(codeFailedPrecondition, "hlovm: executable %s has been deleted", l.c.name))
	}
	if a.num_devices != 1 {
		return cErr(errorf(codeInvalidArgument, "hlovm: Execute on %d devices; hlovm programs run on one", a.num_devices))
	}
	dev := l.dev
	if a.execute_device != nil {
		dev = lookupDev(unsafe.Pointer(a.execute_device))
	}
	var nonDonatable map[int]bool // nil (no allocation) in the common case
	if o := a.options; o != nil && o.struct_size >= C.size_t(unsafe.Offsetof(o.num_non_donatable_input_indices)+8) {
		if n := int(o.num_non_donatable_input_indices); n > 0 {
			nonDonatable = make(map[int]bool, n)
			for _, i := range unsafe.Slice(o.non_donatable_input_indices, n) {
				nonDonatable[int(i)] = true
			}
		}
	}
	argList := unsafe.Slice(*a.argument_lists, int(a.num_args))
	args := make([]*buffer, len(argList))
	for i, p := range argList {
		if p != nil {
			args[i] = bufOf(p)
		}
	}
	outs, done, err := execute(dev, l.c, args, nonDonatable)
	if err != nil {
		return cErr(err)
	}
	for i, b := range args {
		if b != nil && l.c.donor[i] && b.isDeleted() { // donated
			markDeleted(argList[i])
		}
	}
	outList := unsafe.Slice(*a.output_lists, len(outs))
	for i, b := range outs {
		outList[i] = newCBuffer(b)
	}
	if a.device_complete_events != nil {
		*a.device_complete_events = newCEvent(done)
	}
	return nil
}

// ---- buffers

func bufOf(p *C.PJRT_Buffer) *buffer { return fromHandle[*buffer](unsafe.Pointer(p)) }

// newCBuffer hands b to C: a hlovm_buffer (objects.h) with what api.c
// answers without calling into Go (dims, type, device, memory).
func newCBuffer(b *buffer) *C.PJRT_Buffer {
	b.track()
	cb := (*C.hlovm_buffer)(newHandle(b, unsafe.Sizeof(C.hlovm_buffer{})))
	cb.dims = (*C.int64_t)(C.calloc(C.size_t(len(b.dims)+1), 8))
	for i, d := range b.dims {
		unsafe.Slice(cb.dims, len(b.dims))[i] = C.int64_t(d)
	}
	cb.num_dims = C.size_t(len(b.dims))
	cb._type = C.int(toPJRTType(b.dtype))
	if cd, cm := b.dev.cdev.Load(), b.dev.cmem.Load(); cd != nil && cm != nil {
		cb.device, cb.memory = (*C.PJRT_Device)(unsafe.Pointer(cd)), (*C.PJRT_Memory)(unsafe.Pointer(cm))
	} else {
		cb.device, cb.memory, _ = devC(b.dev)
	}
	if p, err := b.payload(); err == nil && p.ready.isReady() && p.ready.err == nil {
		cb.ready_ok = 1
	}
	return (*C.PJRT_Buffer)(unsafe.Pointer(cb))
}

// markDeleted tells api.c's Buffer_IsDeleted that p's buffer is gone.
func markDeleted(p *C.PJRT_Buffer) {
	atomic.StoreInt32((*int32)(unsafe.Pointer(&(*C.hlovm_buffer)(unsafe.Pointer(p)).deleted)), 1)
}

//export hlovm_Client_BufferFromHostBuffer
func hlovm_Client_BufferFromHostBuffer(a *C.PJRT_Client_BufferFromHostBuffer_Args) (ret *C.PJRT_Error) {
	defer guard("Client_BufferFromHostBuffer", &ret)
	c := cli(a.client)
	debugf("Client_BufferFromHostBuffer args %d, semantics %d", a.struct_size, a.host_buffer_semantics)
	dev := c.devices[0]
	if a.device != nil {
		dev = lookupDev(unsafe.Pointer(a.device))
	} else if a.memory != nil {
		dev = lookupMem(unsafe.Pointer(a.memory))
	}
	if a.device_layout != nil {
		return cErr(errorf(codeUnimplemented, "hlovm: BufferFromHostBuffer with a device layout (hlovm keeps the default row-major layout)"))
	}
	dt, err := fromPJRTType(int(a._type))
	if err != nil {
		return cErr(err)
	}
	dims := make([]int64, int(a.num_dims))
	if len(dims) > 0 {
		for i, d := range unsafe.Slice(a.dims, len(dims)) {
			dims[i] = int64(d)
		}
	}
	elem := dt.StorageSize()
	var strides []int64 // nil: dense row-major
	if a.byte_strides != nil && a.num_byte_strides > 0 {
		if int(a.num_byte_strides) != len(dims) {
			return cErr(errorf(codeInvalidArgument, "hlovm: %d byte strides for %d dimensions", a.num_byte_strides, len(dims)))
		}
		strides = make([]int64, len(dims))
		for i, s := range unsafe.Slice(a.byte_strides, len(dims)) {
			strides[i] = int64(s)
		}
		if equalStrides(strides, denseStrides(dims, elem)) {
			strides = nil
		}
	}
	// hlovm always copies (legal under every host-buffer semantics), so the
	// host buffer is free as soon as this call returns.
	out := tensor.New(dt, dims)
	lo, hi := int64(0), tensor.NumElements(dims)*int64(elem)
	if strides != nil {
		lo, hi = stridedSpan(dims, strides, elem)
	}
	if hi > lo {
		if a.data == nil {
			return cErr(errorf(codeInvalidArgument, "hlovm: BufferFromHostBuffer with NULL data"))
		}
		src := unsafe.Slice((*byte)(unsafe.Add(a.data, lo)), hi-lo)
		t0 := transferStart() // observe.go
		if strides == nil {
			copy(out.Data[:hi], src)
		} else {
			copyStrided(out.Data, 0, denseStrides(dims, elem), src, -lo, strides, dims, elem)
		}
		observeTransfer(dev, hostToDevice, int64(hi-lo), t0)
	}
	b := &buffer{dev: dev, dtype: dt, dims: dims, p: &payload{ready: readyEvent(nil), data: out}}
	a.buffer = newCBuffer(b)
	a.done_with_host_buffer = newCEvent(readyEvent(nil))
	return nil
}

//export hlovm_Buffer_Destroy
func hlovm_Buffer_Destroy(a *C.PJRT_Buffer_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_Destroy", &ret)
	if a.buffer == nil {
		return nil
	}
	cb := (*C.hlovm_buffer)(unsafe.Pointer(a.buffer))
	bufOf(a.buffer).delete()
	C.free(unsafe.Pointer(cb.dims))
	freeHandle(unsafe.Pointer(a.buffer))
	return nil
}

//export hlovm_Buffer_Delete
func hlovm_Buffer_Delete(a *C.PJRT_Buffer_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_Delete", &ret)
	bufOf(a.buffer).delete()
	markDeleted(a.buffer)
	return nil
}

//export hlovm_Buffer_IsOnCpu
func hlovm_Buffer_IsOnCpu(a *C.PJRT_Buffer_Bool_Args) (ret *C.PJRT_Error) {
	// false: storage is Go memory, never handed out; reads go through ToHostBuffer.
	a.value = false
	return nil
}

//export hlovm_Buffer_DynamicDimensionIndices
func hlovm_Buffer_DynamicDimensionIndices(a *C.PJRT_Buffer_DynamicDimensionIndices_Args) (ret *C.PJRT_Error) {
	a.dynamic_dim_indices, a.num_dynamic_dims = nil, 0
	return nil
}

//export hlovm_Buffer_OnDeviceSizeInBytes
func hlovm_Buffer_OnDeviceSizeInBytes(a *C.PJRT_Buffer_OnDeviceSizeInBytes_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_OnDeviceSizeInBytes", &ret)
	a.on_device_size_in_bytes = C.size_t(bufOf(a.buffer).byteSize())
	return nil
}

//export hlovm_Buffer_ReadyEvent
func hlovm_Buffer_ReadyEvent(a *C.PJRT_Buffer_ReadyEvent_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_ReadyEvent", &ret)
	a.event = newCEvent(bufOf(a.buffer).readyEvent())
	return nil
}

// copyBuffer makes a new buffer on dev with the same contents, once src is ready.
func copyBuffer(src *buffer, dev *device) (*buffer, error) {
	p, err := src.payload()
	if err != nil {
		return nil, err
	}
	np := &payload{ready: newEvent()}
	p.ready.onReady(func(err error) {
		if err == nil {
			np.data = p.data.Clone()
		}
		np.ready.complete(err)
	})
	return &buffer{dev: dev, dtype: src.dtype, dims: src.dims, p: np}, nil
}

//export hlovm_Buffer_CopyToDevice
func hlovm_Buffer_CopyToDevice(a *C.PJRT_Buffer_CopyToDevice_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_CopyToDevice", &ret)
	nb, err := copyBuffer(bufOf(a.buffer), lookupDev(unsafe.Pointer(a.dst_device)))
	if err != nil {
		return cErr(err)
	}
	a.dst_buffer = newCBuffer(nb)
	return nil
}

//export hlovm_Buffer_CopyToMemory
func hlovm_Buffer_CopyToMemory(a *C.PJRT_Buffer_CopyToMemory_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_CopyToMemory", &ret)
	nb, err := copyBuffer(bufOf(a.buffer), lookupMem(unsafe.Pointer(a.dst_memory)))
	if err != nil {
		return cErr(err)
	}
	a.dst_buffer = newCBuffer(nb)
	return nil
}

//export hlovm_Buffer_ToHostBuffer
func hlovm_Buffer_ToHostBuffer(a *C.PJRT_Buffer_ToHostBuffer_Args) (ret *C.PJRT_Error) {
	defer guard("Buffer_ToHostBuffer", &ret)
	b := bufOf(a.src)
	debugf("Buffer_ToHostBuffer args %d, host layout %v", a.struct_size, a.host_layout != nil)
	elem := b.dtype.StorageSize()
	dstStrides := denseStrides(b.dims, elem)
	if l := a.host_layout; l != nil {
		switch l._type {
		case 0: // tiled
			if l.num_tiles > 0 {
				return cErr(errorf(codeUnimplemented, "hlovm: ToHostBuffer with a tiled host layout"))
			}
			m2m := make([]int64, int(l.minor_to_major_size))
			if len(m2m) > 0 {
				for i, x := range unsafe.Slice(l.minor_to_major, len(m2m)) {
					m2m[i] = int64(x)
				}
			}
			s, err := layoutStrides(b.dims, m2m, elem)
			if err != nil {
				return cErr(err)
			}
			dstStrides = s
		case 1: // byte strides
			n := int(l.minor_to_major_size)
			if n != len(b.dims) {
				return cErr(errorf(codeInvalidArgument, "hlovm: host layout has %d strides for %d dimensions", n, len(b.dims)))
			}
			dstStrides = dstStrides[:0]
			if n > 0 {
				for _, x := range unsafe.Slice(l.minor_to_major, n) {
					dstStrides = append(dstStrides, int64(x))
				}
			}
		default:
			return cErr(errorf(codeUnimplemented, "hlovm: host layout type %d", l._type))
		}
	}
	lo, hi := stridedSpan(b.dims, dstStrides, elem)
	if a.dst == nil { // size query
		a.dst_size = C.size_t(hi - lo)
		return nil
	}
	if int64(a.dst_size) < hi-lo {
		return cErr(errorf(codeInvalidArgument, "hlovm: ToHostBuffer destination has %d bytes, needs %d", a.dst_size, hi-lo))
	}
	p, err := b.payload()
	if err != nil {
		return cErr(err)
	}
	dst := unsafe.Slice((*byte)(unsafe.Add(a.dst, lo)), hi-lo)
	done := newEvent()
	// The copy runs when the data is ready (at once if it is); dst stays valid
	// until the returned event completes.
	p.ready.onReady(func(err error) {
		if err == nil {
			t0 := transferStart() // observe.go
			copyStrided(dst, -lo, dstStrides, p.data.Data, 0, denseStrides(b.dims, elem), b.dims, elem)
			observeTransfer(b.dev, deviceToHost, int64(hi-lo), t0)
		}
		done.complete(err)
	})
	a.event = newCEvent(done)
	return nil
}
