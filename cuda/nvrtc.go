package cuda

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// EnvNVRTC names the environment variable that points at libnvrtc (the file,
// or a directory holding it); it wins over every other place.
const EnvNVRTC = "HLOVM_NVRTC"

// ErrNotFound is wrapped by the errors of OpenNVRTC and OpenDriver when the
// library is not installed; callers skip the GPU tier.
var ErrNotFound = errors.New("cuda: library not found")

// Arch is the virtual architecture kernels are compiled for: PTX for
// compute_90 (Hopper) loads on sm_90 and, JIT-compiled by the driver, later.
const Arch = "compute_90"

// CompileOptions keep IEEE semantics: no fast math, no contraction of a*b+c
// into an fma (the kernel IR says where an fma is), denormals kept, division
// and square root correctly rounded.
var CompileOptions = append([]string{"--gpu-architecture=" + Arch}, ieeeOptions...)

// ieeeOptions are CompileOptions without the architecture (CompileCUBIN
// names its own).
var ieeeOptions = []string{
	"-fmad=false",
	"-ftz=false",
	"-prec-div=true",
	"-prec-sqrt=true",
	"-std=c++17",
}

// NVRTC is a loaded libnvrtc. Safe for concurrent use (compiles are
// serialised: NVRTC gains nothing from parallel calls in one process).
type NVRTC struct {
	Path         string
	Major, Minor int
	mu           sync.Mutex
	fn           struct {
		version, create, compile, logSize, log, ptxSize, ptx, destroy, errStr uintptr
		cubinSize, cubin                                                      uintptr // 0 before CUDA 11.1
	}
}

var nvrtcOnce struct {
	sync.Once
	lib *NVRTC
	err error
}

// OpenNVRTC loads libnvrtc once per process: $HLOVM_NVRTC, else the first of
// dirs (virtualenv roots, site-packages or library directories) holding the
// pip wheel's copy, else $VIRTUAL_ENV, else the CUDA toolkit's and the
// system's. Later calls return the first result whatever their dirs.
func OpenNVRTC(dirs ...string) (*NVRTC, error) {
	nvrtcOnce.Do(func() { nvrtcOnce.lib, nvrtcOnce.err = openNVRTC(dirs) })
	return nvrtcOnce.lib, nvrtcOnce.err
}

// nvrtcNames are the sonames, newest first.
var nvrtcNames = []string{"libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so"}

// nvrtcCandidates lists where libnvrtc may sit under d.
func nvrtcCandidates(d string) []string {
	var out []string
	for _, n := range nvrtcNames {
		out = append(out, filepath.Join(d, n))
	}
	sp, _ := filepath.Glob(filepath.Join(d, "lib", "python3*", "site-packages"))
	sort.Sort(sort.Reverse(sort.StringSlice(sp)))
	sp = append([]string{d}, sp...)
	for _, s := range sp {
		// CUDA 13 wheels put every library under nvidia/cu13/lib; CUDA 12
		// wheels one directory per library.
		out = append(out, filepath.Join(s, "nvidia", "cu13", "lib", "libnvrtc.so.13"),
			filepath.Join(s, "nvidia", "cuda_nvrtc", "lib", "libnvrtc.so.12"))
	}
	return out
}

// FindNVRTC returns the path of the library OpenNVRTC would load, or an
// error wrapping ErrNotFound.
func FindNVRTC(dirs ...string) (string, error) {
	if env := os.Getenv(EnvNVRTC); env != "" {
		if st, err := os.Stat(env); err != nil {
			return "", fmt.Errorf("%w: %s=%s: %v", ErrNotFound, EnvNVRTC, env, err)
		} else if !st.IsDir() {
			return env, nil
		}
		for _, c := range nvrtcCandidates(env) {
			if isFile(c) {
				return c, nil
			}
		}
		return "", fmt.Errorf("%w: %s=%s holds no libnvrtc", ErrNotFound, EnvNVRTC, env)
	}
	if v := os.Getenv("VIRTUAL_ENV"); v != "" {
		dirs = append(dirs, v)
	}
	dirs = append(dirs, "/usr/local/cuda/lib64", "/usr/local/cuda/targets/x86_64-linux/lib",
		"/usr/lib/x86_64-linux-gnu", "/usr/lib64")
	for _, d := range dirs {
		if d == "" {
			continue
		}
		for _, c := range nvrtcCandidates(d) {
			if isFile(c) {
				if a, err := filepath.Abs(c); err == nil {
					c = a // dlopen must not depend on a later working directory
				}
				return c, nil
			}
		}
	}
	return "", fmt.Errorf("%w: no libnvrtc under %s and %s is not set (pip install nvidia-cuda-nvrtc-cu12)",
		ErrNotFound, strings.Join(dirs, ", "), EnvNVRTC)
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func openNVRTC(dirs []string) (*NVRTC, error) {
	path, err := FindNVRTC(dirs...)
	if err != nil {
		return nil, err
	}
	h, err := dlopen(path)
	if err != nil {
		return nil, fmt.Errorf("cuda: loading %s: %v", path, err)
	}
	n := &NVRTC{Path: path}
	for name, p := range map[string]*uintptr{
		"nvrtcVersion": &n.fn.version, "nvrtcCreateProgram": &n.fn.create,
		"nvrtcCompileProgram": &n.fn.compile, "nvrtcGetProgramLogSize": &n.fn.logSize,
		"nvrtcGetProgramLog": &n.fn.log, "nvrtcGetPTXSize": &n.fn.ptxSize, "nvrtcGetPTX": &n.fn.ptx,
		"nvrtcDestroyProgram": &n.fn.destroy, "nvrtcGetErrorString": &n.fn.errStr,
	} {
		if *p, err = dlsym(h, name); err != nil {
			return nil, fmt.Errorf("cuda: %s: %s: %v", path, name, err)
		}
	}
	// Optional: NVRTC before 11.1 makes PTX only.
	n.fn.cubinSize, _ = dlsym(h, "nvrtcGetCUBINSize")
	n.fn.cubin, _ = dlsym(h, "nvrtcGetCUBIN")
	var major, minor int32
	if r := call(n.fn.version, uintptr(unsafe.Pointer(&major)), uintptr(unsafe.Pointer(&minor))); r != 0 {
		return nil, fmt.Errorf("cuda: nvrtcVersion: %s", n.errString(r))
	}
	n.Major, n.Minor = int(major), int(minor)
	return n, nil
}

func (n *NVRTC) errString(r uintptr) string {
	p := call(n.fn.errStr, r)
	if p == 0 {
		return fmt.Sprintf("NVRTC error %d", r)
	}
	return fmt.Sprintf("%s (%d)", goString(p), r)
}

// CompileError is a compile that NVRTC rejected; Log is its diagnostic text.
type CompileError struct {
	Result string
	Log    string
}

func (e *CompileError) Error() string {
	return "cuda: nvrtc: " + e.Result + ": " + strings.TrimSpace(e.Log)
}

// CompilePTX compiles CUDA C source to PTX for Arch with CompileOptions and
// any extra options. The PTX comes back NUL-terminated, as cuModuleLoadData
// takes it.
func (n *NVRTC) CompilePTX(src, name string, extra ...string) ([]byte, error) {
	return n.compile(src, name, append(append([]string(nil), CompileOptions...), extra...), false)
}

// CompileCUBIN compiles CUDA C source to machine code for a real
// architecture (arch "sm_90"), with CompileOptions' IEEE settings and any
// extra options: a module that loads without the driver's PTX compiler.
func (n *NVRTC) CompileCUBIN(src, name, arch string, extra ...string) ([]byte, error) {
	if n.fn.cubinSize == 0 || n.fn.cubin == 0 {
		return nil, fmt.Errorf("cuda: NVRTC %d.%d makes no CUBIN", n.Major, n.Minor)
	}
	opts := append(append([]string{"--gpu-architecture=" + arch}, ieeeOptions...), extra...)
	return n.compile(src, name, opts, true)
}

func (n *NVRTC) compile(src, name string, opts []string, cubin bool) ([]byte, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	var pin runtime.Pinner
	defer pin.Unpin()
	csrc, cname := cstr(src), cstr(name+".cu")
	var prog uintptr
	if r := call(n.fn.create, uintptr(unsafe.Pointer(&prog)), uintptr(unsafe.Pointer(&csrc[0])),
		uintptr(unsafe.Pointer(&cname[0])), 0, 0, 0); r != 0 {
		return nil, fmt.Errorf("cuda: nvrtcCreateProgram: %s", n.errString(r))
	}
	defer call(n.fn.destroy, uintptr(unsafe.Pointer(&prog)))
	// char** in Go memory holding Go pointers: pinned for the call (the cgo
	// rules purego follows).
	ptrs := make([]uintptr, len(opts))
	for i, o := range opts {
		c := cstr(o)
		pin.Pin(&c[0])
		ptrs[i] = uintptr(unsafe.Pointer(&c[0]))
	}
	pin.Pin(&ptrs[0])
	rc := call(n.fn.compile, prog, uintptr(len(ptrs)), uintptr(unsafe.Pointer(&ptrs[0])))
	runtime.KeepAlive(csrc)
	runtime.KeepAlive(cname)
	if rc != 0 {
		return nil, &CompileError{Result: n.errString(rc), Log: n.programLog(prog)}
	}
	sizeFn, getFn, what := n.fn.ptxSize, n.fn.ptx, "PTX"
	if cubin {
		sizeFn, getFn, what = n.fn.cubinSize, n.fn.cubin, "CUBIN"
	}
	var size uintptr
	if r := call(sizeFn, prog, uintptr(unsafe.Pointer(&size))); r != 0 {
		return nil, fmt.Errorf("cuda: nvrtcGet%sSize: %s", what, n.errString(r))
	}
	if size == 0 {
		return nil, fmt.Errorf("cuda: nvrtc produced no %s", what)
	}
	out := make([]byte, size)
	if r := call(getFn, prog, uintptr(unsafe.Pointer(&out[0]))); r != 0 {
		return nil, fmt.Errorf("cuda: nvrtcGet%s: %s", what, n.errString(r))
	}
	return out, nil
}

func (n *NVRTC) programLog(prog uintptr) string {
	var size uintptr
	if call(n.fn.logSize, prog, uintptr(unsafe.Pointer(&size))) != 0 || size <= 1 {
		return ""
	}
	b := make([]byte, size)
	if call(n.fn.log, prog, uintptr(unsafe.Pointer(&b[0]))) != 0 {
		return ""
	}
	return strings.TrimRight(string(b), "\x00")
}

// cstr is s NUL-terminated in Go memory.
func cstr(s string) []byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b
}

// cptr turns an address C returned into a pointer without the
// uintptr→unsafe.Pointer conversion vet distrusts for Go memory; C memory
// never moves and is not the collector's.
func cptr(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }

// goString copies a NUL-terminated C string.
func goString(p uintptr) string {
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
