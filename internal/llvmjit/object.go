package llvmjit

import (
	"bytes"
	"debug/elf"
	"debug/macho"
	"fmt"
	"runtime"
	"strings"
	"unsafe"

	"github.com/ebitengine/purego"
)

// CompileObject compiles ir as [JIT.Compile] does and also returns the
// machine code as a relocatable object file, which [JIT.LoadObject] turns
// into a Module again (in this process or another with the same LLVM and
// CPU). The returned Module runs the object's code itself, so what a cache
// stores is exactly what ran here. Options.KeepIR works as for Compile.
func (j *JIT) CompileObject(ir string, o Options) (*Module, []byte, error) {
	obj, keptIR, err := j.emitObject(ir, o)
	if err != nil {
		return nil, nil, err
	}
	name := o.Name
	if name == "" {
		name = "<ir>"
	}
	m, err := j.LoadObject(obj, name)
	if err != nil {
		return nil, nil, err
	}
	m.ir = keptIR
	return m, obj, nil
}

// emitObject parses, optimises and generates ir into an object file.
func (j *JIT) emitObject(ir string, o Options) (obj []byte, keptIR string, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	a := &j.a
	ctx, mod, tm, err := j.build(ir, o)
	if err != nil {
		return nil, "", err
	}
	defer purego.SyscallN(a.ContextDispose, ctx)
	defer purego.SyscallN(a.DisposeTargetMachine, tm)
	if o.KeepIR {
		_, keptIR = a.outString(a.PrintModuleToString, mod)
	}
	mb, msg := a.outString(a.TargetMachineEmitToMemory, tm, mod, 1)
	if mb == 0 {
		return nil, "", fmt.Errorf("llvmjit: emitting an object: %s", strings.TrimRight(msg, "\n"))
	}
	p, _, _ := purego.SyscallN(a.GetBufferStart, mb)
	n, _, _ := purego.SyscallN(a.GetBufferSize, mb)
	if n > 0 {
		obj = bytes.Clone(unsafe.Slice((*byte)(cptr(p)), int(n)))
	}
	purego.SyscallN(a.DisposeMemoryBuffer, mb)
	if len(obj) == 0 {
		return nil, "", fmt.Errorf("llvmjit: emitting an object: empty output")
	}
	return obj, keptIR, nil
}

// LoadObject loads an object file written by [JIT.CompileObject] into a
// new engine; Module.Func and Module.Kernel then find its functions by name.
// name labels errors.
//
// LLVM aborts the process on an object it cannot link, so the bytes are
// checked first: a relocatable object for this architecture whose external
// symbols the process provides (as Compile checks a module's declarations).
// That check is not a proof the code is sound: callers must only pass
// objects this LLVM produced, verified against corruption (a checksum).
func (j *JIT) LoadObject(obj []byte, name string) (*Module, error) {
	undef, err := checkObject(obj)
	if err != nil {
		return nil, fmt.Errorf("llvmjit: %s: %v", name, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	a := &j.a
	var missing []string
	for _, s := range undef {
		if addr, _, _ := purego.SyscallN(a.SearchAddressOfSymbol, uintptr(unsafe.Pointer(cstr(s)))); addr == 0 {
			missing = append(missing, "@"+s)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("llvmjit: %s: external functions not found in the process: %s", name, strings.Join(missing, ", "))
	}

	// MCJIT needs a module to start from: an empty one with the host's
	// triple and layout (the layout decides how names are mangled).
	ctx, _, _ := purego.SyscallN(a.ContextCreate)
	mod, msg := a.outString(a.ParseAssembly, ctx, uintptr(unsafe.Pointer(cstr(""))))
	if mod == 0 {
		purego.SyscallN(a.ContextDispose, ctx)
		return nil, fmt.Errorf("llvmjit: empty module: %s", msg)
	}
	tm := j.targetMachine(j.cpu, j.feats, 2)
	if tm == 0 {
		purego.SyscallN(a.ContextDispose, ctx)
		return nil, fmt.Errorf("llvmjit: cannot create a target machine for %s cpu %q", j.triple, j.cpu)
	}
	j.setLayout(mod, tm)
	m := &Module{j: j, ctx: ctx, mod: mod, funcs: map[string]uintptr{}, obj: true}
	if err := j.engine(m, tm, obj); err != nil {
		return nil, fmt.Errorf("%v (%s)", err, name)
	}
	return m, nil
}

// checkObject reads obj as a relocatable object for this process's
// architecture and returns the external symbols it needs (as declared in
// IR: without Mach-O's leading underscore).
func checkObject(obj []byte) ([]string, error) {
	switch runtime.GOOS {
	case "darwin", "ios":
		return checkMachO(obj)
	case "windows":
		return nil, fmt.Errorf("object files not supported on %s", runtime.GOOS)
	}
	return checkELF(obj)
}

func checkELF(obj []byte) ([]string, error) {
	f, err := elf.NewFile(bytes.NewReader(obj))
	if err != nil {
		return nil, fmt.Errorf("not an ELF object: %v", err)
	}
	want := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}[runtime.GOARCH]
	if f.Class != elf.ELFCLASS64 || f.Data != elf.ELFDATA2LSB || f.Type != elf.ET_REL || want == elf.EM_NONE || f.Machine != want {
		return nil, fmt.Errorf("ELF %v %v %v %v, want a 64-bit little-endian relocatable object for %s", f.Class, f.Data, f.Type, f.Machine, runtime.GOARCH)
	}
	// Every section must lie inside the file (debug/elf checks headers only).
	for _, s := range f.Sections {
		if s.Type != elf.SHT_NOBITS && s.Type != elf.SHT_NULL && (s.Offset > uint64(len(obj)) || s.Size > uint64(len(obj))-s.Offset) {
			return nil, fmt.Errorf("ELF section %s [%d,+%d) outside the %d-byte file", s.Name, s.Offset, s.Size, len(obj))
		}
	}
	syms, err := f.Symbols()
	if err != nil && err != elf.ErrNoSymbols {
		return nil, fmt.Errorf("ELF symbols: %v", err)
	}
	var undef []string
	for _, s := range syms {
		if s.Section == elf.SHN_UNDEF && s.Name != "" {
			undef = append(undef, s.Name)
		}
	}
	return undef, nil
}

func checkMachO(obj []byte) ([]string, error) {
	f, err := macho.NewFile(bytes.NewReader(obj))
	if err != nil {
		return nil, fmt.Errorf("not a Mach-O object: %v", err)
	}
	want := map[string]macho.Cpu{"amd64": macho.CpuAmd64, "arm64": macho.CpuArm64}[runtime.GOARCH]
	if f.Type != macho.TypeObj || want == 0 || f.Cpu != want {
		return nil, fmt.Errorf("Mach-O %v %v, want an object for %s", f.Type, f.Cpu, runtime.GOARCH)
	}
	var undef []string
	if f.Symtab != nil {
		for _, s := range f.Symtab.Syms {
			const stab, typ, ext, undf = 0xe0, 0x0e, 0x01, 0x00
			if s.Type&stab == 0 && s.Type&typ == undf && s.Type&ext != 0 {
				undef = append(undef, strings.TrimPrefix(s.Name, "_"))
			}
		}
	}
	return undef, nil
}
