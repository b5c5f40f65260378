package main

// PJRT_Executable_Serialize / DeserializeAndLoad. hlovm compiles in
// microseconds, so a serialized executable is what it was compiled from: the
// program's bytes and its CompileOptionsProto, behind a magic and a format
// version; loading compiles again (through engine's cache).

/*
#include <stdlib.h>
#include "pjrt.h"
*/
import "C"

import (
	"encoding/binary"
	"unsafe"
)

const serialMagic = "HLOVMEXE"
const serialVersion = 1

// keepSource records the program's bytes and options for Serialize, once
// (every executable of these bytes is the same compiled program).
func (c *compiled) keepSource(code, opts []byte) {
	csideMu.Lock()
	defer csideMu.Unlock()
	if c.src == nil {
		c.src = &source{append([]byte(nil), code...), append([]byte(nil), opts...)}
	}
}

func encodeExecutable(s *source) []byte {
	b := make([]byte, 0, len(serialMagic)+4+16+len(s.code)+len(s.opts))
	b = append(b, serialMagic...)
	b = binary.LittleEndian.AppendUint32(b, serialVersion)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s.code)))
	b = append(b, s.code...)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s.opts)))
	return append(b, s.opts...)
}

func decodeExecutable(b []byte) (*source, error) {
	bad := func(why string) (*source, error) {
		return nil, errorf(codeInvalidArgument, "hlovm: not a serialized hlovm executable: %s", why)
	}
	if len(b) < len(serialMagic)+4 || string(b[:len(serialMagic)]) != serialMagic {
		return bad("bad magic")
	}
	b = b[len(serialMagic):]
	if v := binary.LittleEndian.Uint32(b); v != serialVersion {
		return nil, errorf(codeInvalidArgument, "hlovm: serialized executable has format version %d; this hlovm reads %d", v, serialVersion)
	}
	b = b[4:]
	var parts [2][]byte
	for i := range parts {
		if len(b) < 8 {
			return bad("truncated")
		}
		n := binary.LittleEndian.Uint64(b)
		b = b[8:]
		if n > uint64(len(b)) {
			return bad("truncated")
		}
		parts[i], b = b[:n], b[n:]
	}
	if len(b) != 0 {
		return bad("trailing bytes")
	}
	return &source{parts[0], parts[1]}, nil
}

//export hlovm_Executable_Serialize
func hlovm_Executable_Serialize(a *C.PJRT_Executable_Serialize_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_Serialize", &ret)
	c := exeOf((*C.PJRT_Executable)(unsafe.Pointer(a.executable)))
	csideMu.Lock()
	src := c.src
	csideMu.Unlock()
	if src == nil {
		return cErr(errorf(codeFailedPrecondition, "hlovm: executable %s has no program bytes to serialize", c.name))
	}
	b := encodeExecutable(src)
	p := C.malloc(C.size_t(len(b)))
	copy(unsafe.Slice((*byte)(p), len(b)), b)
	a.serialized_bytes, a.serialized_bytes_size = (*C.char)(p), C.size_t(len(b))
	a.serialized_executable = (*C.PJRT_SerializedExecutable)(p)
	C.hlovm_set_serialized_deleter(a)
	return nil
}

//export hlovm_Executable_DeserializeAndLoad
func hlovm_Executable_DeserializeAndLoad(a *C.PJRT_Executable_DeserializeAndLoad_Args) (ret *C.PJRT_Error) {
	defer guard("Executable_DeserializeAndLoad", &ret)
	src, err := decodeExecutable(C.GoBytes(unsafe.Pointer(a.serialized_executable), C.int(a.serialized_executable_size)))
	if err != nil {
		return cErr(err)
	}
	opts := src.opts
	if a.struct_size >= C.size_t(unsafe.Offsetof(a.overridden_serialized_compile_options_size)+8) && a.overridden_serialized_compile_options != nil {
		opts = C.GoBytes(unsafe.Pointer(a.overridden_serialized_compile_options), C.int(a.overridden_serialized_compile_options_size))
	}
	l, err := compileLoaded(cli(a.client), src.code, opts)
	if err != nil {
		return cErr(err)
	}
	a.loaded_executable = (*C.PJRT_LoadedExecutable)(newHandle(l, 8))
	return nil
}
