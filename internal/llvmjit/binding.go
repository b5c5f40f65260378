package llvmjit

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/ebitengine/purego"
)

// api holds the addresses of the LLVMPY_* functions we call. Signatures are
// llvmlite's ctypes declarations (llvmlite/binding/*.py, 0.50.0); the comment
// on each field is the C prototype they describe. Handles (LLVM*Ref) are
// opaque pointers; c_bool results come back in the low byte only.
type api struct {
	GetVersionInfo uintptr // unsigned ()
	DisposeString  uintptr // void (const char*)

	InitializeNativeTarget     uintptr // void ()
	InitializeNativeAsmPrinter uintptr // void ()
	InitializeNativeAsmParser  uintptr // void ()

	GetProcessTriple   uintptr // void (char** out)
	GetHostCPUName     uintptr // void (char** out)
	GetHostCPUFeatures uintptr // int (char** out): 0 when unknown

	TryAllocateExecutableMemory uintptr // int (): errno, 0 = fine
	LoadLibraryPermanently      uintptr // bool (const char* file, char** err): true = failed
	AddSymbol                   uintptr // void (const char* name, void* addr)
	SearchAddressOfSymbol       uintptr // void* (const char* name)

	GetTargetFromTriple       uintptr // Target (const char* triple, char** err)
	CreateTargetMachine       uintptr // TM (Target, triple, cpu, features, int opt, reloc, codemodel, int printmc, int jit, abiname)
	DisposeTargetMachine      uintptr // void (TM)
	CreateTargetMachineData   uintptr // TargetData (TM)
	CopyStringRepOfTargetData uintptr // void (TargetData, char** out)
	DisposeTargetData         uintptr // void (TargetData)

	ContextCreate        uintptr // Context ()
	ContextDispose       uintptr // void (Context)
	ParseAssembly        uintptr // Module (Context, const char* ir, char** err)
	DisposeModule        uintptr // void (Module)
	VerifyModule         uintptr // bool (Module, char** out): true = broken
	SetTarget            uintptr // void (Module, const char*)
	SetDataLayout        uintptr // void (Module, const char*)
	PrintModuleToString  uintptr // void (Module, char** out)
	GetNamedFunction     uintptr // Value (Module, const char*)
	ModuleFunctionsIter  uintptr // FunctionsIterator (Module)
	FunctionsIterNext    uintptr // Value (FunctionsIterator): NULL at the end
	DisposeFunctionsIter uintptr // void (FunctionsIterator)
	GetValueName         uintptr // const char* (Value): not owned
	IsDeclaration        uintptr // int (Value)

	CreatePipelineTuningOptions   uintptr // PTO ()
	PTOSetLoopVectorization       uintptr // void (PTO, bool)
	PTOSetSLPVectorization        uintptr // void (PTO, bool)
	PTOSetLoopInterleaving        uintptr // void (PTO, bool)
	PTOSetLoopUnrolling           uintptr // void (PTO, bool)
	DisposePipelineTuningOptions  uintptr // void (PTO)
	CreatePassBuilder             uintptr // PassBuilder (TM, PTO)
	DisposePassBuilder            uintptr // void (PassBuilder)
	BuildPerModuleDefaultPipeline uintptr // ModulePassManager (PassBuilder, int level)
	RunNewModulePassManager       uintptr // void (MPM, Module, PassBuilder)
	DisposeNewModulePassManager   uintptr // void (MPM)

	CreateMCJITCompiler    uintptr // EE (Module, TM, bool useLMM, char** err); EE owns both after
	FinalizeObject         uintptr // void (EE)
	GetFunctionAddress     uintptr // uint64 (EE, const char*)
	DisposeExecutionEngine uintptr // void (EE): frees its modules and code

	TargetMachineEmitToMemory uintptr // MemoryBuffer (TM, Module, int use_object, char** err): NULL on failure
	GetBufferStart            uintptr // const void* (MemoryBuffer)
	GetBufferSize             uintptr // size_t (MemoryBuffer)
	DisposeMemoryBuffer       uintptr // void (MemoryBuffer)
	CreateObjectFile          uintptr // ObjectFile (const char* buf, size_t n): copies buf; NULL when not an object
	DisposeObjectFile         uintptr // void (ObjectFile)
	MCJITAddObjectFile        uintptr // void (EE, ObjectFile): the EE takes the binary; a load error is fatal
}

// symbols maps each api field to its exported name; the two "Manger" names are
// llvmlite's own spelling and the pipeline builder is lower-case there.
func (a *api) symbols() map[string]*uintptr {
	return map[string]*uintptr{
		"LLVMPY_GetVersionInfo":                &a.GetVersionInfo,
		"LLVMPY_DisposeString":                 &a.DisposeString,
		"LLVMPY_InitializeNativeTarget":        &a.InitializeNativeTarget,
		"LLVMPY_InitializeNativeAsmPrinter":    &a.InitializeNativeAsmPrinter,
		"LLVMPY_InitializeNativeAsmParser":     &a.InitializeNativeAsmParser,
		"LLVMPY_GetProcessTriple":              &a.GetProcessTriple,
		"LLVMPY_GetHostCPUName":                &a.GetHostCPUName,
		"LLVMPY_GetHostCPUFeatures":            &a.GetHostCPUFeatures,
		"LLVMPY_TryAllocateExecutableMemory":   &a.TryAllocateExecutableMemory,
		"LLVMPY_LoadLibraryPermanently":        &a.LoadLibraryPermanently,
		"LLVMPY_AddSymbol":                     &a.AddSymbol,
		"LLVMPY_SearchAddressOfSymbol":         &a.SearchAddressOfSymbol,
		"LLVMPY_GetTargetFromTriple":           &a.GetTargetFromTriple,
		"LLVMPY_CreateTargetMachine":           &a.CreateTargetMachine,
		"LLVMPY_DisposeTargetMachine":          &a.DisposeTargetMachine,
		"LLVMPY_CreateTargetMachineData":       &a.CreateTargetMachineData,
		"LLVMPY_CopyStringRepOfTargetData":     &a.CopyStringRepOfTargetData,
		"LLVMPY_DisposeTargetData":             &a.DisposeTargetData,
		"LLVMPY_ContextCreate":                 &a.ContextCreate,
		"LLVMPY_ContextDispose":                &a.ContextDispose,
		"LLVMPY_ParseAssembly":                 &a.ParseAssembly,
		"LLVMPY_DisposeModule":                 &a.DisposeModule,
		"LLVMPY_VerifyModule":                  &a.VerifyModule,
		"LLVMPY_SetTarget":                     &a.SetTarget,
		"LLVMPY_SetDataLayout":                 &a.SetDataLayout,
		"LLVMPY_PrintModuleToString":           &a.PrintModuleToString,
		"LLVMPY_GetNamedFunction":              &a.GetNamedFunction,
		"LLVMPY_ModuleFunctionsIter":           &a.ModuleFunctionsIter,
		"LLVMPY_FunctionsIterNext":             &a.FunctionsIterNext,
		"LLVMPY_DisposeFunctionsIter":          &a.DisposeFunctionsIter,
		"LLVMPY_GetValueName":                  &a.GetValueName,
		"LLVMPY_IsDeclaration":                 &a.IsDeclaration,
		"LLVMPY_CreatePipelineTuningOptions":   &a.CreatePipelineTuningOptions,
		"LLVMPY_PTOSetLoopVectorization":       &a.PTOSetLoopVectorization,
		"LLVMPY_PTOSetSLPVectorization":        &a.PTOSetSLPVectorization,
		"LLVMPY_PTOSetLoopInterleaving":        &a.PTOSetLoopInterleaving,
		"LLVMPY_PTOSetLoopUnrolling":           &a.PTOSetLoopUnrolling,
		"LLVMPY_DisposePipelineTuningOptions":  &a.DisposePipelineTuningOptions,
		"LLVMPY_CreatePassBuilder":             &a.CreatePassBuilder,
		"LLVMPY_DisposePassBuilder":            &a.DisposePassBuilder,
		"LLVMPY_buildPerModuleDefaultPipeline": &a.BuildPerModuleDefaultPipeline,
		"LLVMPY_RunNewModulePassManager":       &a.RunNewModulePassManager,
		"LLVMPY_DisposeNewModulePassManger":    &a.DisposeNewModulePassManager,
		"LLVMPY_CreateMCJITCompiler":           &a.CreateMCJITCompiler,
		"LLVMPY_FinalizeObject":                &a.FinalizeObject,
		"LLVMPY_GetFunctionAddress":            &a.GetFunctionAddress,
		"LLVMPY_DisposeExecutionEngine":        &a.DisposeExecutionEngine,
		"LLVMPY_TargetMachineEmitToMemory":     &a.TargetMachineEmitToMemory,
		"LLVMPY_GetBufferStart":                &a.GetBufferStart,
		"LLVMPY_GetBufferSize":                 &a.GetBufferSize,
		"LLVMPY_DisposeMemoryBuffer":           &a.DisposeMemoryBuffer,
		"LLVMPY_CreateObjectFile":              &a.CreateObjectFile,
		"LLVMPY_DisposeObjectFile":             &a.DisposeObjectFile,
		"LLVMPY_MCJITAddObjectFile":            &a.MCJITAddObjectFile,
	}
}

// resolve fills a from the library handle, naming every missing symbol.
func (a *api) resolve(h uintptr) error {
	var missing []string
	for name, p := range a.symbols() {
		addr, err := dlsym(h, name)
		if err != nil || addr == 0 {
			missing = append(missing, name)
			continue
		}
		*p = addr
	}
	if len(missing) > 0 {
		return fmt.Errorf("llvmjit: libllvmlite lacks %s (llvmlite's C interface changed; this binding follows 0.50)", strings.Join(missing, ", "))
	}
	return nil
}

// cstr returns a NUL-terminated copy of s in Go memory. Callers pass it as
// uintptr(unsafe.Pointer(p)) directly in a purego.SyscallN argument list,
// whose //go:uintptrescapes keeps it alive (and unmoved) for the call; LLVM
// copies every string it keeps.
func cstr(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

// cptr turns an address returned by C into a pointer without the
// uintptr→unsafe.Pointer conversion vet rightly distrusts for Go memory;
// C memory never moves and is not the collector's.
func cptr(p uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&p))
}

// gostring copies the NUL-terminated C string at p.
func gostring(p uintptr) string {
	if p == 0 {
		return ""
	}
	base := cptr(p)
	n := 0
	for *(*byte)(unsafe.Add(base, n)) != 0 {
		n++
	}
	return string(unsafe.Slice((*byte)(base), n))
}

// takeString copies and frees a string LLVM allocated for an out parameter
// (LLVMPY_CreateString memory, freed with LLVMPY_DisposeString as llvmlite's
// OutputString does).
func (a *api) takeString(p uintptr) string {
	if p == 0 {
		return ""
	}
	s := gostring(p)
	purego.SyscallN(a.DisposeString, p)
	return s
}

// outString calls fn(args..., &out) and returns the string written to out.
// uintptrescapes: args may be Go pointers (cstr) converted at the call site,
// kept alive here as SyscallN keeps its own.
//
//go:uintptrescapes
func (a *api) outString(fn uintptr, args ...uintptr) (ret uintptr, s string) {
	out := new(uintptr)
	var r uintptr
	switch len(args) {
	case 0:
		r, _, _ = purego.SyscallN(fn, uintptr(unsafe.Pointer(out)))
	case 1:
		r, _, _ = purego.SyscallN(fn, args[0], uintptr(unsafe.Pointer(out)))
	case 2:
		r, _, _ = purego.SyscallN(fn, args[0], args[1], uintptr(unsafe.Pointer(out)))
	case 3:
		r, _, _ = purego.SyscallN(fn, args[0], args[1], args[2], uintptr(unsafe.Pointer(out)))
	default:
		panic("llvmjit: outString arity")
	}
	return r, a.takeString(*out)
}

func cbool(r uintptr) bool { return r&0xff != 0 }

func boolArg(b bool) uintptr {
	if b {
		return 1
	}
	return 0
}
