package llvmjit

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/ebitengine/purego"
)

// JIT is the loaded libllvmlite with the host target initialised. There is
// one per process: LLVM's target registry and options are process-global, so
// a second copy of LLVM would gain nothing.
type JIT struct {
	path    string
	a       api
	version [3]int
	triple  string
	cpu     string
	feats   string
	target  uintptr // LLVM Target for the host triple; static, never freed

	// mu serialises every LLVMPY_* call. LLVM contexts are single-threaded,
	// and llvmlite itself puts one lock around its whole C interface; the
	// compiled code runs without it.
	mu sync.Mutex
}

var (
	openMu sync.Mutex
	opened *JIT
)

// Open loads libllvmlite (see [FindLibrary] for where it looks: HLOVM_LLVMLITE,
// then dirs) and initialises LLVM's native target. The first success is
// kept: later calls return the same JIT whatever dirs they pass. A failure is
// not kept, so a later call may look elsewhere. Errors for an absent library
// wrap [ErrNotFound].
func Open(dirs ...string) (*JIT, error) {
	openMu.Lock()
	defer openMu.Unlock()
	if opened != nil {
		return opened, nil
	}
	path, err := FindLibrary(dirs...)
	if err != nil {
		return nil, err
	}
	j, err := load(path)
	if err != nil {
		return nil, err
	}
	opened = j
	return j, nil
}

// load dlopens path and binds and initialises LLVM in it.
func load(path string) (*JIT, error) {
	h, err := dlopen(path)
	if err != nil {
		return nil, fmt.Errorf("llvmjit: loading %s: %w", path, err)
	}
	j := &JIT{path: path}
	if err := j.a.resolve(h); err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	if err := j.init(); err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return j, nil
}

func (j *JIT) init() error {
	a := &j.a
	v, _, _ := purego.SyscallN(a.GetVersionInfo)
	// Packed one byte per component, major highest (initfini._version_info).
	j.version = [3]int{int(v>>16) & 0xff, int(v>>8) & 0xff, int(v) & 0xff}
	purego.SyscallN(a.InitializeNativeTarget)
	purego.SyscallN(a.InitializeNativeAsmPrinter)
	purego.SyscallN(a.InitializeNativeAsmParser)

	// Hardened systems (SELinux execmem, some containers) refuse W+X pages;
	// find out now rather than at the first compile.
	if e, _, _ := purego.SyscallN(a.TryAllocateExecutableMemory); int32(e) != 0 {
		return fmt.Errorf("llvmjit: cannot allocate executable memory (errno %d)", int32(e))
	}
	// Make the process's own symbols visible to the JIT's symbol resolver
	// (a NULL file name means the program itself), then the libraries LLVM
	// lowers intrinsics to: libm (exp, log, …) and, for half-precision
	// conversions and powi, libgcc_s. Both are already loaded as
	// libllvmlite's dependencies but, with RTLD_LOCAL, are not in the global
	// scope the resolver searches. Missing ones (musl has no separate libm)
	// are not an error: the per-module check in Compile names what is absent.
	if r, msg := a.outString(a.LoadLibraryPermanently, 0); cbool(r) {
		return fmt.Errorf("llvmjit: exposing process symbols to the JIT: %s", msg)
	}
	for _, lib := range runtimeLibs() {
		a.outString(a.LoadLibraryPermanently, uintptr(unsafe.Pointer(cstr(lib))))
	}

	_, j.triple = a.outString(a.GetProcessTriple)
	_, j.cpu = a.outString(a.GetHostCPUName)
	if r, f := a.outString(a.GetHostCPUFeatures); int32(r) != 0 {
		j.feats = f
	}
	t, msg := a.outString(a.GetTargetFromTriple, uintptr(unsafe.Pointer(cstr(j.triple))))
	if t == 0 {
		return fmt.Errorf("llvmjit: no LLVM target for %s: %s", j.triple, msg)
	}
	j.target = t
	return nil
}

// Path is the libllvmlite file loaded.
func (j *JIT) Path() string { return j.path }

// LLVMVersion is the LLVM version inside libllvmlite, e.g. "22.1.0".
func (j *JIT) LLVMVersion() string {
	return fmt.Sprintf("%d.%d.%d", j.version[0], j.version[1], j.version[2])
}

// Host is the target code is generated for: the process triple, the CPU
// name LLVM detects (e.g. "znver3") and its feature string ("+avx2,-avx512f,…").
func (j *JIT) Host() (triple, cpu, features string) { return j.triple, j.cpu, j.feats }

// Options control one compilation.
type Options struct {
	// Name replaces "<string>" in parse errors, so they read NAME:LINE:COL.
	Name string
	// OptLevel is the pipeline and codegen level, 1–3; 0 means 2.
	OptLevel int
	// NoOptimize compiles at O0 (debugging the IR generator).
	NoOptimize bool
	// CPU and Features override the host's (e.g. "generic", "" for code
	// that must not depend on this machine); empty means the host's.
	CPU, Features string
	// KeepIR keeps the optimised IR text for [Module.IR].
	KeepIR bool
}

// Module is compiled code: an MCJIT engine owning one LLVM module, its
// target machine and its code. Close frees them all.
type Module struct {
	j      *JIT
	ctx    uintptr
	mod    uintptr
	ee     uintptr
	ir     string
	funcs  map[string]uintptr
	closed atomic.Bool
	// obj: the code came from an object file; the module is empty and only
	// the engine knows the functions' names.
	obj bool
}

// Compile parses LLVM IR text, verifies it, optimises it for the host CPU
// and generates machine code. Parse and verifier errors carry LLVM's message
// (parse errors as NAME:LINE:COL: error: …). Compilations are serialised.
func (j *JIT) Compile(ir string, o Options) (*Module, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	a := &j.a
	ctx, mod, tm, err := j.build(ir, o)
	if err != nil {
		return nil, err
	}
	m := &Module{j: j, ctx: ctx, mod: mod, funcs: map[string]uintptr{}}
	if o.KeepIR {
		_, m.ir = a.outString(a.PrintModuleToString, mod)
	}
	if err := j.engine(m, tm, nil); err != nil {
		return nil, err
	}
	return m, nil
}

// build parses, verifies and optimises ir and returns its context, module
// and the target machine it was tuned for. On error everything is freed.
// The caller holds j.mu.
func (j *JIT) build(ir string, o Options) (ctx, mod, tm uintptr, err error) {
	level := o.OptLevel
	switch {
	case o.NoOptimize:
		level = 0
	case level == 0:
		level = 2
	case level < 0 || level > 3:
		return 0, 0, 0, fmt.Errorf("llvmjit: OptLevel %d outside 1–3", o.OptLevel)
	}
	cpu, feats := j.cpu, j.feats
	if o.CPU != "" || o.Features != "" {
		cpu, feats = o.CPU, o.Features
	}
	name := o.Name
	if name == "" {
		name = "<ir>"
	}

	a := &j.a
	ctx, _, _ = purego.SyscallN(a.ContextCreate)
	// The context owns every module still in it, so disposing it is the one
	// clean-up every failure path needs.
	fail := func(err error) (uintptr, uintptr, uintptr, error) {
		purego.SyscallN(a.ContextDispose, ctx)
		return 0, 0, 0, err
	}

	mod, msg := a.outString(a.ParseAssembly, ctx, uintptr(unsafe.Pointer(cstr(ir))))
	if msg != "" || mod == 0 {
		msg = strings.TrimRight(strings.ReplaceAll(msg, "<string>", name), "\n")
		return fail(fmt.Errorf("llvmjit: parsing IR: %s", msg))
	}
	if r, msg := a.outString(a.VerifyModule, mod); cbool(r) {
		return fail(fmt.Errorf("llvmjit: %s: invalid IR: %s", name, strings.TrimRight(msg, "\n")))
	}

	tm = j.targetMachine(cpu, feats, level)
	if tm == 0 {
		return fail(fmt.Errorf("llvmjit: cannot create a target machine for %s cpu %q", j.triple, cpu))
	}
	j.setLayout(mod, tm)
	j.optimize(mod, tm, level)
	// llvmlite's MCJIT resolves an unknown external to address 0 without a
	// word, so a call to it would jump to 0; refuse such modules here.
	if missing := j.unresolved(mod); len(missing) > 0 {
		purego.SyscallN(a.DisposeTargetMachine, tm)
		return fail(fmt.Errorf("llvmjit: %s: external functions not found in the process: %s", name, strings.Join(missing, ", ")))
	}
	return ctx, mod, tm, nil
}

// targetMachine creates a JIT target machine for the host triple, or 0.
func (j *JIT) targetMachine(cpu, feats string, level int) uintptr {
	tm, _, _ := purego.SyscallN(j.a.CreateTargetMachine, j.target,
		uintptr(unsafe.Pointer(cstr(j.triple))),
		uintptr(unsafe.Pointer(cstr(cpu))),
		uintptr(unsafe.Pointer(cstr(feats))),
		uintptr(level),
		uintptr(unsafe.Pointer(cstr("default"))),    // relocation model
		uintptr(unsafe.Pointer(cstr("jitdefault"))), // code model: large on 64-bit, code may sit anywhere
		0,                                 // printmc
		1,                                 // jit
		uintptr(unsafe.Pointer(cstr(""))), // ABI name
	)
	return tm
}

// setLayout gives mod tm's triple and data layout: the optimiser needs
// them (type sizes, vector widths) to vectorise, and MCJIT to mangle names.
func (j *JIT) setLayout(mod, tm uintptr) {
	a := &j.a
	purego.SyscallN(a.SetTarget, mod, uintptr(unsafe.Pointer(cstr(j.triple))))
	td, _, _ := purego.SyscallN(a.CreateTargetMachineData, tm)
	_, layout := a.outString(a.CopyStringRepOfTargetData, td)
	purego.SyscallN(a.DisposeTargetData, td)
	purego.SyscallN(a.SetDataLayout, mod, uintptr(unsafe.Pointer(cstr(layout))))
}

// engine creates m's MCJIT engine over m.mod with tm (the engine owns both
// afterwards), adds obj (an object file already checked by checkObject)
// when not nil, and finalises the code. On error m's context is freed.
func (j *JIT) engine(m *Module, tm uintptr, obj []byte) error {
	a := &j.a
	// llvmlite's memory manager on arm64 keeps code and its GOT close
	// enough for the relocations AArch64 MCJIT emits (as llvmlite's
	// create_mcjit_compiler defaults).
	ee, msg := a.outString(a.CreateMCJITCompiler, m.mod, tm, boolArg(runtime.GOARCH == "arm64"))
	if ee == 0 {
		// EngineBuilder has already deleted the module and target machine
		// or will leave them to the context: dispose only the context, and
		// leak a target machine at worst rather than free it twice.
		purego.SyscallN(a.ContextDispose, m.ctx)
		return fmt.Errorf("llvmjit: creating the execution engine: %s", msg)
	}
	if obj != nil {
		// LLVM copies the bytes; NULL means LLVM could not read an object.
		of, _, _ := purego.SyscallN(a.CreateObjectFile, uintptr(unsafe.Pointer(&obj[0])), uintptr(len(obj)))
		runtime.KeepAlive(obj)
		if of == 0 {
			purego.SyscallN(a.DisposeExecutionEngine, ee)
			purego.SyscallN(a.ContextDispose, m.ctx)
			return errors.New("llvmjit: LLVM does not read the object file")
		}
		purego.SyscallN(a.MCJITAddObjectFile, ee, of)
		purego.SyscallN(a.DisposeObjectFile, of) // now an empty shell: the engine took the binary
	}
	purego.SyscallN(a.FinalizeObject, ee)
	m.ee = ee
	return nil
}

// optimize runs LLVM's default per-module pipeline at level with loop and
// SLP vectorisation, interleaving and unrolling on, tuned by tm.
func (j *JIT) optimize(mod, tm uintptr, level int) {
	a := &j.a
	pto, _, _ := purego.SyscallN(a.CreatePipelineTuningOptions)
	on := boolArg(level >= 2)
	purego.SyscallN(a.PTOSetLoopVectorization, pto, on)
	purego.SyscallN(a.PTOSetSLPVectorization, pto, on)
	purego.SyscallN(a.PTOSetLoopInterleaving, pto, on)
	purego.SyscallN(a.PTOSetLoopUnrolling, pto, on)
	pb, _, _ := purego.SyscallN(a.CreatePassBuilder, tm, pto)
	mpm, _, _ := purego.SyscallN(a.BuildPerModuleDefaultPipeline, pb, uintptr(level))
	purego.SyscallN(a.RunNewModulePassManager, mpm, mod, pb)
	purego.SyscallN(a.DisposeNewModulePassManager, mpm)
	purego.SyscallN(a.DisposePassBuilder, pb)
	purego.SyscallN(a.DisposePipelineTuningOptions, pto)
}

// unresolved lists the functions mod declares but does not define, other
// than LLVM intrinsics, that the process does not provide. It runs after
// optimisation, which drops unused declarations and may add libcalls.
func (j *JIT) unresolved(mod uintptr) []string {
	a := &j.a
	var missing []string
	it, _, _ := purego.SyscallN(a.ModuleFunctionsIter, mod)
	for {
		fn, _, _ := purego.SyscallN(a.FunctionsIterNext, it)
		if fn == 0 {
			break
		}
		if d, _, _ := purego.SyscallN(a.IsDeclaration, fn); int32(d) == 0 {
			continue
		}
		p, _, _ := purego.SyscallN(a.GetValueName, fn)
		name := gostring(p)
		if strings.HasPrefix(name, "llvm.") {
			continue
		}
		if addr, _, _ := purego.SyscallN(a.SearchAddressOfSymbol, uintptr(unsafe.Pointer(cstr(name)))); addr == 0 {
			missing = append(missing, "@"+name)
		}
	}
	purego.SyscallN(a.DisposeFunctionsIter, it)
	return missing
}

// IR is the optimised IR text when compiled with Options.KeepIR, else "".
func (m *Module) IR() string { return m.ir }

var errClosed = errors.New("llvmjit: module is closed")

// Func returns the compiled function called name. A name the module does
// not define (or the optimiser removed, e.g. an unused internal function)
// is an error.
func (m *Module) Func(name string) (Func, error) {
	j := m.j
	j.mu.Lock()
	defer j.mu.Unlock()
	if m.closed.Load() {
		return Func{}, errClosed
	}
	if addr, ok := m.funcs[name]; ok {
		return Func{addr: addr, m: m}, nil
	}
	// MCJIT treats an unknown name as a fatal LLVM error; ask the module
	// first. An object's symbols are only in the engine, which answers 0
	// for a name no loaded object defines.
	if v, _, _ := purego.SyscallN(j.a.GetNamedFunction, m.mod, uintptr(unsafe.Pointer(cstr(name)))); v == 0 && !m.obj {
		return Func{}, fmt.Errorf("llvmjit: no function @%s in the module", name)
	}
	addr, _, _ := purego.SyscallN(j.a.GetFunctionAddress, m.ee, uintptr(unsafe.Pointer(cstr(name))))
	if addr == 0 && m.obj {
		return Func{}, fmt.Errorf("llvmjit: no function @%s in the object", name)
	}
	if addr == 0 {
		return Func{}, fmt.Errorf("llvmjit: @%s has no code (a declaration?)", name)
	}
	m.funcs[name] = addr
	return Func{addr: addr, m: m}, nil
}

// Kernel returns the fused-loop kernel called name; see [Kernel].
func (m *Module) Kernel(name string) (Kernel, error) {
	f, err := m.Func(name)
	return Kernel{f}, err
}

// Close frees the engine, its code and the module. No call into its
// functions may be running or start afterwards; Func.Call panics on a
// closed module it can see is closed. Close is idempotent.
func (m *Module) Close() error {
	j := m.j
	j.mu.Lock()
	defer j.mu.Unlock()
	if m.closed.Swap(true) {
		return nil
	}
	purego.SyscallN(j.a.DisposeExecutionEngine, m.ee) // frees the module and target machine too
	purego.SyscallN(j.a.ContextDispose, m.ctx)
	m.ee, m.mod, m.ctx, m.funcs = 0, 0, 0, nil
	return nil
}

// Func is a compiled function. Its code is pure machine code: calls need
// no lock and may run on any number of goroutines at once.
type Func struct {
	addr uintptr
	m    *Module
}

// Addr is the entry address (valid until the module is closed).
func (f Func) Addr() uintptr { return f.addr }

// Call calls the function with integer/pointer arguments (at most 15 go in
// registers or on the stack as the C ABI says) and returns the integer
// return register. Float arguments or results are not supported: purego
// mixes them up with integer ones, so pass them through memory.
//
// A Go pointer converted to uintptr in the argument list stays alive and
// unmoved for the call, as with purego.SyscallN; the pointed-to memory must
// not itself hold unpinned Go pointers (the cgo rules), see [Buffers].
//
//go:uintptrescapes
func (f Func) Call(args ...uintptr) uintptr {
	if f.m == nil || f.m.closed.Load() {
		panic(errClosed)
	}
	r, _, _ := purego.SyscallN(f.addr, args...)
	return r
}

// Kernel is a fused element-wise loop with the C signature
//
//	void kernel(ptr bufs, i64 lo, i64 hi)
//
// bufs points to an array of buffer base addresses (inputs then outputs,
// in an order the code generator fixes) and the kernel computes elements
// [lo, hi). Disjoint ranges touch disjoint output elements, so one kernel
// can run on several goroutines over one Buffers.
type Kernel struct{ Func }

// Run computes elements [lo, hi) of b's buffers on this goroutine.
func (k Kernel) Run(b *Buffers, lo, hi int) {
	if k.m == nil || k.m.closed.Load() {
		panic(errClosed)
	}
	if hi <= lo {
		return
	}
	purego.SyscallN(k.addr, b.base(), uintptr(lo), uintptr(hi))
	runtime.KeepAlive(b)
}

// RunParallel computes [0, n) split over up to workers goroutines (the
// calling one among them) in chunks that are multiples of 64 elements, so
// vector loops and cache lines stay whole. workers <= 0 means GOMAXPROCS.
func (k Kernel) RunParallel(b *Buffers, n, workers int) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	const align = 64
	chunk := (n + workers - 1) / workers
	chunk = (chunk + align - 1) / align * align
	if chunk >= n || workers == 1 {
		k.Run(b, 0, n)
		return
	}
	// A panic on a helper goroutine would end the host process: carry the
	// first one back to the caller, which runs under the VM's recover.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first any
	run := func(lo, hi int) {
		defer func() {
			if r := recover(); r != nil {
				mu.Lock()
				if first == nil {
					first = r
				}
				mu.Unlock()
			}
		}()
		k.Run(b, lo, hi)
	}
	for lo := chunk; lo < n; lo += chunk {
		wg.Add(1)
		go func(lo int) {
			defer wg.Done()
			run(lo, min(lo+chunk, n))
		}(lo)
	}
	run(0, chunk)
	wg.Wait()
	if first != nil {
		panic(first)
	}
}

// Buffers is the pointer array a Kernel receives, with every buffer pinned
// so the array (Go memory holding Go pointers) may be handed to native
// code, as the cgo rules require. Build it once per execution and reuse it
// for every range and goroutine; Release unpins. A Buffers that is
// collected while still pinned makes the runtime panic, so always Release.
type Buffers struct {
	ptrs []unsafe.Pointer
	pin  runtime.Pinner
}

// NewBuffers copies ptrs into a new array and pins the Go memory they
// point into (C memory and nil are left alone).
func NewBuffers(ptrs ...unsafe.Pointer) *Buffers {
	b := &Buffers{ptrs: make([]unsafe.Pointer, max(len(ptrs), 1))}
	copy(b.ptrs, ptrs)
	for _, p := range ptrs {
		if p != nil {
			b.pin.Pin(p)
		}
	}
	// The array itself needs no pin: it is the call's argument, kept alive
	// for each call like any Go pointer passed to C.
	return b
}

// Len is the number of buffers.
func (b *Buffers) Len() int { return len(b.ptrs) }

// Release unpins every buffer; the Buffers must not be used afterwards.
func (b *Buffers) Release() { b.pin.Unpin() }

// base is the array's address; callers keep b alive across the call.
func (b *Buffers) base() uintptr { return uintptr(unsafe.Pointer(&b.ptrs[0])) }
