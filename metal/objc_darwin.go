//go:build darwin

package metal

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/ebitengine/purego/objc"
)

// The frameworks, loaded by path (they live in the dyld shared cache; the
// paths are what dlopen resolves). CoreGraphics is loaded first because
// MTLCreateSystemDefaultDevice has returned nil in processes that never
// loaded it (command-line tools); MTLCopyAllDevices is the fallback.
const (
	metalFramework        = "/System/Library/Frameworks/Metal.framework/Metal"
	foundationFramework   = "/System/Library/Frameworks/Foundation.framework/Foundation"
	coreGraphicsFramework = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
)

// Metal's constants (MTLResource.h, MTLCommandBuffer.h, MTLLibrary.h).
const (
	mtlResourceStorageModeShared         = 0 // MTLStorageModeShared << MTLResourceStorageModeShift, default CPU cache mode
	mtlCommandBufferStatusCompleted      = 4
	mtlCommandBufferStatusError          = 5
	mtlMathModeSafe                      = 0
	mtlMathFloatingPointFunctionsPrecise = 1
)

// mtlLanguageVersion is MTLLanguageVersionM_N: (M << 16) + N.
func mtlLanguageVersion(major, minor int) uint { return uint(major)<<16 + uint(minor) }

// The selectors, spelt as Apple's headers declare them.
var sel struct {
	alloc, init, drain, release, retain, respondsToSelector                      objc.SEL
	stringWithUTF8String, utf8String, localizedDescription, count, objectAtIndex objc.SEL
	name, hasUnifiedMemory, newCommandQueue                                      objc.SEL
	setLanguageVersion, setFastMathEnabled, setMathMode, setMathFPFunctions      objc.SEL
	newLibrary, newFunction, newPipeline, maxTotalThreads, threadWidth           objc.SEL
	newBufferWithLength, newBufferNoCopy, contents                               objc.SEL
	commandBuffer, computeEncoder, setPipeline, setBuffer, setBytes              objc.SEL
	dispatchThreads, endEncoding, addCompletedHandler, commit, status, errorSel  objc.SEL
}

func registerSelectors() {
	r := objc.RegisterName
	s := &sel
	s.alloc, s.init, s.drain = r("alloc"), r("init"), r("drain")
	s.release, s.retain, s.respondsToSelector = r("release"), r("retain"), r("respondsToSelector:")
	s.stringWithUTF8String, s.utf8String = r("stringWithUTF8String:"), r("UTF8String")
	s.localizedDescription, s.count, s.objectAtIndex = r("localizedDescription"), r("count"), r("objectAtIndex:")
	s.name, s.hasUnifiedMemory, s.newCommandQueue = r("name"), r("hasUnifiedMemory"), r("newCommandQueue")
	s.setLanguageVersion, s.setFastMathEnabled = r("setLanguageVersion:"), r("setFastMathEnabled:")
	s.setMathMode, s.setMathFPFunctions = r("setMathMode:"), r("setMathFloatingPointFunctions:")
	s.newLibrary = r("newLibraryWithSource:options:error:")
	s.newFunction = r("newFunctionWithName:")
	s.newPipeline = r("newComputePipelineStateWithFunction:error:")
	s.maxTotalThreads, s.threadWidth = r("maxTotalThreadsPerThreadgroup"), r("threadExecutionWidth")
	s.newBufferWithLength = r("newBufferWithLength:options:")
	s.newBufferNoCopy = r("newBufferWithBytesNoCopy:length:options:deallocator:")
	s.contents = r("contents")
	s.commandBuffer, s.computeEncoder = r("commandBuffer"), r("computeCommandEncoder")
	s.setPipeline = r("setComputePipelineState:")
	s.setBuffer, s.setBytes = r("setBuffer:offset:atIndex:"), r("setBytes:length:atIndex:")
	s.dispatchThreads = r("dispatchThreads:threadsPerThreadgroup:")
	s.endEncoding, s.addCompletedHandler = r("endEncoding"), r("addCompletedHandler:")
	s.commit, s.status, s.errorSel = r("commit"), r("status"), r("error")
}

// objcMTL is mtl through purego's objc package: each method one message.
type objcMTL struct {
	createDevice func() objc.ID // MTLCreateSystemDefaultDevice
	copyDevices  func() objc.ID // MTLCopyAllDevices
	device       objc.ID
	options      objc.ID // MTLCompileOptions, kept for the process
	poolClass    objc.Class
	stringClass  objc.Class
	major, minor int
}

// openMTL loads the frameworks and binds the C entry points. Nothing is
// created yet: the runtime calls open on its Metal thread.
func openMTL() (mtl, error) {
	if _, err := purego.Dlopen(foundationFramework, purego.RTLD_NOW|purego.RTLD_GLOBAL); err != nil {
		return nil, fmt.Errorf("metal: loading Foundation: %v", err)
	}
	purego.Dlopen(coreGraphicsFramework, purego.RTLD_NOW|purego.RTLD_GLOBAL) // best effort, see above
	h, err := purego.Dlopen(metalFramework, purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return nil, fmt.Errorf("metal: loading Metal.framework: %v", err)
	}
	m := &objcMTL{}
	purego.RegisterLibFunc(&m.createDevice, h, "MTLCreateSystemDefaultDevice")
	if addr, err := purego.Dlsym(h, "MTLCopyAllDevices"); err == nil && addr != 0 {
		purego.RegisterFunc(&m.copyDevices, addr)
	}
	major, minor, err := languageForOS()
	if err != nil {
		return nil, err
	}
	m.major, m.minor = major, minor
	registerSelectors()
	return m, nil
}

// languageForOS picks the MSL version from the macOS version: the newest the
// system's compiler has, 3.1 (bfloat) from macOS 14, 3.0 on macOS 13; older
// systems are not supported.
func languageForOS() (major, minor int, err error) {
	v, err := syscall.Sysctl("kern.osproductversion")
	if err != nil {
		return 0, 0, fmt.Errorf("metal: reading the macOS version: %v", err)
	}
	maj, _, _ := strings.Cut(v, ".")
	n, err := strconv.Atoi(maj)
	if err != nil {
		return 0, 0, fmt.Errorf("metal: macOS version %q", v)
	}
	switch {
	case n >= 15:
		return 3, 2, nil
	case n == 14:
		return 3, 1, nil
	case n == 13:
		return 3, 0, nil
	}
	return 0, 0, fmt.Errorf("metal: macOS %s: hlovm's Metal tier needs macOS 13 or later", v)
}

func (m *objcMTL) open() error {
	m.device = m.createDevice()
	if m.device == 0 && m.copyDevices != nil {
		if all := m.copyDevices(); all != 0 {
			if objc.Send[uint](all, sel.count) > 0 {
				m.device = all.Send(sel.objectAtIndex, uint(0)).Send(sel.retain)
			}
			all.Send(sel.release)
		}
	}
	if m.device == 0 {
		return errNoDevice
	}
	if !objc.Send[bool](m.device, sel.hasUnifiedMemory) {
		return fmt.Errorf("metal: %s has no unified memory; hlovm's Metal tier needs Apple silicon", m.deviceName())
	}
	cls := objc.GetClass("MTLCompileOptions")
	if cls == 0 {
		return errors.New("metal: no MTLCompileOptions class")
	}
	o := objc.ID(cls).Send(sel.alloc).Send(sel.init)
	o.Send(sel.setLanguageVersion, mtlLanguageVersion(m.major, m.minor))
	// Fast math would let the compiler drop the NaN tests of maximum and
	// minimum and use approximate math functions (fusion.EmitMSL).
	if objc.Send[bool](o, sel.respondsToSelector, sel.setMathMode) {
		o.Send(sel.setMathMode, int(mtlMathModeSafe))
		if objc.Send[bool](o, sel.respondsToSelector, sel.setMathFPFunctions) {
			o.Send(sel.setMathFPFunctions, int(mtlMathFloatingPointFunctionsPrecise))
		}
	} else {
		o.Send(sel.setFastMathEnabled, false)
	}
	m.options = o
	m.poolClass, m.stringClass = objc.GetClass("NSAutoreleasePool"), objc.GetClass("NSString")
	return nil
}

func (m *objcMTL) poolPush() handle {
	if m.poolClass == 0 { // the first task is open, before the class is looked up
		m.poolClass = objc.GetClass("NSAutoreleasePool")
	}
	return handle(objc.ID(m.poolClass).Send(sel.alloc).Send(sel.init))
}

func (m *objcMTL) poolPop(p handle) { objc.ID(p).Send(sel.drain) }

func (m *objcMTL) deviceName() string { return goString(m.device.Send(sel.name)) }

func (m *objcMTL) languageVersion() (int, int) { return m.major, m.minor }

func (m *objcMTL) pageSize() int { return syscall.Getpagesize() }

// goString copies an NSString.
func goString(s objc.ID) string {
	if s == 0 {
		return ""
	}
	return objc.Send[string](s, sel.utf8String)
}

func (m *objcMTL) nsString(s string) objc.ID {
	return objc.ID(m.stringClass).Send(sel.stringWithUTF8String, s)
}

// nsError turns an NSError into a Go error with its localizedDescription.
func nsError(e objc.ID, what string) error {
	if e == 0 {
		return fmt.Errorf("%s failed (no NSError)", what)
	}
	return errors.New(goString(e.Send(sel.localizedDescription)))
}

func (m *objcMTL) newCommandQueue() (handle, error) {
	q := m.device.Send(sel.newCommandQueue)
	if q == 0 {
		return 0, errors.New("metal: newCommandQueue returned nil")
	}
	return handle(q), nil
}

func (m *objcMTL) newLibrary(src string) (handle, error) {
	var nserr objc.ID
	lib := m.device.Send(sel.newLibrary, m.nsString(src), m.options, unsafe.Pointer(&nserr))
	if lib == 0 {
		return 0, nsError(nserr, "newLibraryWithSource")
	}
	return handle(lib), nil // a non-nil error beside a library holds warnings
}

func (m *objcMTL) newFunction(lib handle, name string) (handle, error) {
	f := objc.ID(lib).Send(sel.newFunction, m.nsString(name))
	if f == 0 {
		return 0, fmt.Errorf("metal: the library has no function %s", name)
	}
	return handle(f), nil
}

func (m *objcMTL) newPipeline(fn handle) (handle, error) {
	var nserr objc.ID
	p := m.device.Send(sel.newPipeline, objc.ID(fn), unsafe.Pointer(&nserr))
	if p == 0 {
		return 0, nsError(nserr, "newComputePipelineStateWithFunction")
	}
	return handle(p), nil
}

func (m *objcMTL) pipelineLimits(p handle) (int, int) {
	return int(objc.Send[uint](objc.ID(p), sel.maxTotalThreads)), int(objc.Send[uint](objc.ID(p), sel.threadWidth))
}

func (m *objcMTL) newSharedBuffer(length int) (handle, unsafe.Pointer, error) {
	b := m.device.Send(sel.newBufferWithLength, uint(length), uint(mtlResourceStorageModeShared))
	if b == 0 {
		return 0, nil, fmt.Errorf("newBufferWithLength:%d returned nil", length)
	}
	return handle(b), objc.Send[unsafe.Pointer](b, sel.contents), nil
}

func (m *objcMTL) newBufferNoCopy(p unsafe.Pointer, length int) (handle, error) {
	b := m.device.Send(sel.newBufferNoCopy, p, uint(length), uint(mtlResourceStorageModeShared), objc.ID(0))
	if b == 0 {
		return 0, fmt.Errorf("newBufferWithBytesNoCopy of %d bytes returned nil", length)
	}
	return handle(b), nil
}

func (m *objcMTL) commandBuffer(q handle) (handle, error) {
	cb := objc.ID(q).Send(sel.commandBuffer)
	if cb == 0 {
		return 0, errors.New("commandBuffer returned nil")
	}
	return handle(cb.Send(sel.retain)), nil
}

func (m *objcMTL) computeEncoder(cb handle) (handle, error) {
	e := objc.ID(cb).Send(sel.computeEncoder)
	if e == 0 {
		return 0, errors.New("computeCommandEncoder returned nil")
	}
	return handle(e), nil
}

func (m *objcMTL) setPipeline(enc, p handle) { objc.ID(enc).Send(sel.setPipeline, objc.ID(p)) }

func (m *objcMTL) setBuffer(enc, b handle, offset, index int) {
	objc.ID(enc).Send(sel.setBuffer, objc.ID(b), uint(offset), uint(index))
}

func (m *objcMTL) setBytes(enc handle, p unsafe.Pointer, length, index int) {
	objc.ID(enc).Send(sel.setBytes, p, uint(length), uint(index))
}

func (m *objcMTL) dispatchThreads(enc handle, grid, group size3) {
	objc.ID(enc).Send(sel.dispatchThreads, grid, group)
}

func (m *objcMTL) endEncoding(enc handle) { objc.ID(enc).Send(sel.endEncoding) }

// onCompleted hands Metal a block (void (^)(id<MTLCommandBuffer>)); Metal
// copies it, so this reference is released at once and the block, with the
// Go function behind it, goes when Metal releases its copy.
func (m *objcMTL) onCompleted(cb handle, done func()) {
	b := objc.NewBlock(func(_ objc.Block, _ objc.ID) { done() })
	objc.ID(cb).Send(sel.addCompletedHandler, b)
	b.Release()
}

func (m *objcMTL) commit(cb handle) { objc.ID(cb).Send(sel.commit) }

func (m *objcMTL) commandError(cb handle) error {
	switch st := objc.Send[uint](objc.ID(cb), sel.status); st {
	case mtlCommandBufferStatusCompleted:
		return nil
	case mtlCommandBufferStatusError:
		return nsError(objc.ID(cb).Send(sel.errorSel), "the command buffer")
	default:
		return fmt.Errorf("the command buffer ended in status %d", st)
	}
}

func (m *objcMTL) release(h handle) { objc.ID(h).Send(sel.release) }
