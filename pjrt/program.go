package main

// PJRT_Executable_OptimizedProgram: the program hlovm runs, for jaxlib's
// GetHloModules (compiled.as_text(), runtime_executable().hlo_modules()).

/*
#include <string.h>
#include "pjrt.h"
*/
import "C"

import (
	"sync"
	"unsafe"

	"github.com/hlovm/hlovm/stablehlo"
)

// programFormat is PJRT's name for MLIR text (or bytecode): jaxlib parses
// it, legalizes StableHLO to HLO and builds an HloModule from it.
var programFormat = C.CString("mlir") // never freed: the framework keeps the pointer

// optimizedText is the StableHLO text of what c runs: its module after
// engine's passes (sharding annotations stripped, CHLO legalized,
// simplified), the IR its bytecode was compiled from. Printed once per
// program, so both calls of the size-then-bytes protocol see the same text.
func optimizedText(c *compiled) string {
	optimizedMu.Lock()
	defer optimizedMu.Unlock()
	if s, ok := optimized[c.fingerprint]; ok {
		return s
	}
	s := stablehlo.Print(c.prog.Module)
	if len(optimized) >= maxOptimized { // a bound, not an LRU: texts are rarely asked for
		clear(optimized)
	}
	optimized[c.fingerprint] = s
	return s
}

const maxOptimized = 64

var (
	optimizedMu sync.Mutex
	optimized   = map[string]string{} // by fingerprint: keeps no program alive
)

//export hlovm_Executable_OptimizedProgram
func hlovm_Executable_OptimizedProgram(a *C.PJRT_Executable_OptimizedProgram_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_OptimizedProgram", &ret)
	p := a.program
	if p == nil {
		return cErr(errorf(codeInvalidArgument, "hlovm: Executable_OptimizedProgram without a program to fill"))
	}
	c := exeOf(a.executable)
	if c.prog == nil || c.prog.Module == nil {
		return cErr(errorf(codeFailedPrecondition, "hlovm: executable %s keeps no program text", c.name))
	}
	text := optimizedText(c)
	p.format, p.format_size = programFormat, 4
	if p.code == nil { // first call: the size to allocate
		p.code_size = C.size_t(len(text))
		return nil
	}
	if int(p.code_size) < len(text) {
		return cErr(errorf(codeInvalidArgument, "hlovm: Executable_OptimizedProgram: %d bytes given for a program of %d", p.code_size, len(text)))
	}
	if len(text) > 0 {
		C.memcpy(unsafe.Pointer(p.code), unsafe.Pointer(unsafe.StringData(text)), C.size_t(len(text)))
	}
	p.code_size = C.size_t(len(text))
	return nil
}
