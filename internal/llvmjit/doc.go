// Package llvmjit compiles LLVM IR text to native code in-process and calls it
// from Go, without cgo and without a C toolchain on the user's machine
// (DESIGN.md decision 12).
//
// The compiler is LLVM as shipped by the llvmlite wheel (PyPI `llvmlite`, the
// one numba uses): its `llvmlite/binding/libllvmlite.so` (`.dylib` on macOS)
// statically contains LLVM and exports a flat C interface of `LLVMPY_*`
// functions. This package dlopens that library with purego and binds the few
// functions the CPU tier needs: native target initialisation, parsing IR text,
// verifying, the new-pass-manager O0–O3 pipeline for the host CPU (its name and
// feature string, loop and SLP vectorisation on), an MCJIT execution engine and
// function addresses. JIT'd functions are then called through
// purego.SyscallN, so a call costs one cgo-style transition and nothing else.
//
// What it owns:
//   - finding the library (HLOVM_LLVMLITE, a caller's Python package
//     directory, a virtualenv) and loading it once per process ([Open]);
//   - the lifetime of every LLVM object it creates (contexts, modules, target
//     machines, pass managers, engines, strings returned by LLVM, which are
//     freed with LLVMPY_DisposeString as llvmlite does);
//   - serialising LLVM itself (one mutex around every LLVMPY_* call, as
//     llvmlite's own ffi lock does) while compiled functions run concurrently
//     without a lock;
//   - object files: [JIT.CompileObject] also returns the optimised code as a
//     relocatable object and runs that object itself; [JIT.LoadObject] puts
//     one into a new engine (about a millisecond, against tens for a
//     compile), so callers can keep code on disk between processes. LLVM
//     aborts the process on an object it cannot link, so LoadObject reads it
//     with Go's debug/elf (debug/macho) first: relocatable, this
//     architecture, sections inside the file, every external symbol present
//     in the process. Callers must still verify what they read (a checksum):
//     that check does not make arbitrary bytes safe to run;
//   - the calling convention of fused element-wise kernels ([Kernel]):
//     `void k(ptr bufs, i64 lo, i64 hi)`, bufs an array of buffer base
//     pointers, [lo, hi) the element range, so Go can split the range over
//     goroutines.
//
// Why our own binding rather than a library: the Go LLVM bindings
// (tinygo-org/go-llvm, llvm.org/llvm/bindings/go) are cgo against a system
// LLVM and its headers, which is exactly what the user's machine lacks; the
// only LLVM pip delivers is llvmlite's, whose C interface is llvmlite's own
// (not LLVM-C) and is declared only in its Python ctypes files. The surface we
// need is about fifty functions, so the binding is written here from those
// declarations (llvmlite/binding/*.py) and checked against the exported
// symbols at load time: a llvmlite whose interface has changed gives an error
// naming the missing functions, never a crash.
//
// Where the library is absent, [Open] returns an error wrapping
// [ErrNotFound] and the caller falls back to the portable Go tier.
//
// Limits:
//   - llvmlite's MCJIT resolves an unknown external symbol to address 0
//     silently. Compile therefore refuses modules declaring a function the
//     process lacks, and Open makes libm and libgcc_s (half-precision
//     conversions, powi) visible to the resolver. Libcalls LLVM introduces
//     during code generation that neither library has would still resolve
//     to 0; the code generator should emit explicit calls or inline code.
//   - [Func.Call] passes integers and pointers only (purego.SyscallN puts
//     the same words in float registers, so mixed float/int signatures go
//     wrong); kernels take everything through memory.
//   - A call costs a purego.SyscallN (the runtime's cgocall path, about
//     100–200 ns), so work is handed over in ranges, not elements.
//   - Windows is not supported (purego has no Dlopen there).
package llvmjit
