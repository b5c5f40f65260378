package metal

import "unsafe"

// handle is an Objective-C object pointer (id) on macOS; in the Linux tests
// it is the fake's own numbering.
type handle uintptr

// size3 is MTLSize: three NSUIntegers, passed by value.
type size3 struct{ Width, Height, Depth uint }

// mtl is the part of the Metal API the runtime uses, one method per
// Objective-C message or C function (objc_darwin.go names each selector).
// Every method is called on the Metal thread, inside an autorelease pool;
// the runtime (runtime.go) owns the order of calls and the object
// lifetimes, so this layer stays a thin translation that only a Mac can
// check, while the logic above it runs in the Linux tests against a fake.
//
// Ownership follows Cocoa's rules as the runtime relies on them: new*
// methods and commandBuffer return objects the runtime owns (+1) and
// releases; computeEncoder's encoder lives until the pool drains.
type mtl interface {
	// poolPush and poolPop bracket each task on the Metal thread
	// (NSAutoreleasePool alloc/init ... drain).
	poolPush() handle
	poolPop(handle)

	// open makes the device (MTLCreateSystemDefaultDevice) and the
	// compile options; it is the first call, on the Metal thread.
	open() error
	deviceName() string
	// languageVersion is the MSL version newLibrary compiles for (major,
	// minor), chosen from the OS version.
	languageVersion() (major, minor int)
	pageSize() int

	newCommandQueue() (handle, error)
	// newLibrary is newLibraryWithSource:options:error: with fast math off.
	newLibrary(src string) (handle, error)
	newFunction(lib handle, name string) (handle, error)
	newPipeline(fn handle) (handle, error)
	// pipelineLimits are maxTotalThreadsPerThreadgroup and
	// threadExecutionWidth.
	pipelineLimits(p handle) (maxThreads, width int)

	// newSharedBuffer is newBufferWithLength:options: in shared storage
	// and its contents pointer.
	newSharedBuffer(length int) (handle, unsafe.Pointer, error)
	// newBufferNoCopy wraps page-aligned host memory
	// (newBufferWithBytesNoCopy:length:options:deallocator:, no
	// deallocator: the memory stays Go's).
	newBufferNoCopy(p unsafe.Pointer, length int) (handle, error)

	// commandBuffer is retained: its status is read after completion.
	commandBuffer(queue handle) (handle, error)
	computeEncoder(cb handle) (handle, error)
	setPipeline(enc, p handle)
	setBuffer(enc, buf handle, offset, index int)
	setBytes(enc handle, p unsafe.Pointer, length, index int)
	dispatchThreads(enc handle, grid, group size3)
	endEncoding(enc handle)
	// onCompleted registers done as the command buffer's completed
	// handler (addCompletedHandler:); done runs on a thread of Metal's.
	onCompleted(cb handle, done func())
	commit(cb handle)
	// commandError is nil when cb completed, else its error's message.
	commandError(cb handle) error

	release(h handle)
}
