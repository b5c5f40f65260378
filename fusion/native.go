package fusion

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/dgraph-io/ristretto/v2"

	"github.com/hlovm/hlovm/internal/cenv"
	"github.com/hlovm/hlovm/internal/llvmjit"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// JITEnv turns the native code generator off ("off", "0"): kernels then run
// on the portable executor.
const JITEnv = "HLOVM_JIT"

// LLVMSearchDirs are where libllvmlite is looked for when HLOVM_LLVMLITE is
// not set (the plugin's Python package sets it from the installed llvmlite).
var LLVMSearchDirs []string

// nativeKernel is a kernel compiled to machine code. Its module is closed by
// a cleanup once nothing refers to the kernel any more.
type nativeKernel struct {
	mod *llvmjit.Module
	fn  llvmjit.Kernel
}

var native struct {
	once sync.Once
	jit  *llvmjit.JIT
	err  error
	mu   sync.Mutex
	// live finds a kernel still in use by some program by its hash; recent
	// keeps the most recently used alive (bounded by code size) so a
	// program compiled again soon reuses them.
	live   map[string]weak.Pointer[nativeKernel]
	recent *ristretto.Cache[string, *nativeKernel]
}

// JIT returns the process's LLVM JIT, or why there is none.
func JIT() (*llvmjit.JIT, error) {
	native.once.Do(func() {
		if v := cenv.Getenv(JITEnv); v == "off" || v == "0" {
			native.err = fmt.Errorf("native code generation is off (%s=%s)", JITEnv, v)
			return
		}
		dirs := append([]string(nil), LLVMSearchDirs...)
		if venv := cenv.Getenv("VIRTUAL_ENV"); venv != "" {
			dirs = append(dirs, venv)
		}
		native.jit, native.err = llvmjit.Open(dirs...)
		native.live = map[string]weak.Pointer[nativeKernel]{}
		native.recent, _ = ristretto.NewCache(&ristretto.Config[string, *nativeKernel]{
			NumCounters: 1 << 14,
			MaxCost:     64 << 20, // bytes of generated code, estimated
			BufferItems: 64,
		})
	})
	return native.jit, native.err
}

// compileNative returns k's machine code, compiled once per process while
// any program uses it.
func compileNative(k *Kernel) (*nativeKernel, error) {
	j, err := JIT()
	if err != nil {
		return nil, err
	}
	_, cpu, feats := j.Host()
	key := k.Hash() + "/" + cpu + "/" + feats
	native.mu.Lock()
	if w, ok := native.live[key]; ok {
		if nk := w.Value(); nk != nil {
			native.mu.Unlock()
			native.recent.Set(key, nk, 4096)
			return nk, nil
		}
	}
	native.mu.Unlock()
	ir, err := EmitLLVM(k, "kernel")
	if err != nil {
		return nil, err
	}
	mod, err := nativeModule(j, k, ir)
	if err != nil {
		return nil, err
	}
	fn, err := mod.Kernel("kernel")
	if err != nil {
		mod.Close()
		return nil, err
	}
	nk := &nativeKernel{mod: mod, fn: fn}
	runtime.AddCleanup(nk, func(m *llvmjit.Module) { m.Close() }, mod)
	native.mu.Lock()
	native.live[key] = weak.Make(nk)
	for h, w := range native.live { // drop entries whose kernels are gone
		if w.Value() == nil {
			delete(native.live, h)
		}
	}
	native.mu.Unlock()
	native.recent.Set(key, nk, int64(len(ir)))
	return nk, nil
}

// nativeModule is the machine code of k, whose LLVM IR is ir: loaded from
// the disk cache when it holds a sound entry, else compiled (and stored).
func nativeModule(j *llvmjit.JIT, k *Kernel, ir string) (*llvmjit.Module, error) {
	name := "kernel-" + k.Hash()
	opts := llvmjit.Options{Name: name, OptLevel: 2}
	dir := diskDir()
	if dir == "" {
		mod, err := j.Compile(ir, opts)
		if err != nil {
			return nil, fmt.Errorf("llvm: %v", err)
		}
		return mod, nil
	}
	triple, cpu, feats := j.Host()
	key := diskKey(k, ir, triple, cpu, feats, j.LLVMVersion())
	if obj := diskLoad(dir, key); obj != nil {
		mod, err := j.LoadObject(obj, name)
		if err == nil {
			if _, err = mod.Kernel("kernel"); err == nil {
				diskHit(dir, key)
				return mod, nil
			}
			mod.Close()
		}
		diskReject(dir, key)
	}
	mod, obj, err := j.CompileObject(ir, opts)
	if err != nil {
		return nil, fmt.Errorf("llvm: %v", err)
	}
	diskStore(dir, key, obj)
	return mod, nil
}

// runNative computes the kernel with its machine code.
func (e *Exec) runNative(ctx *interp.Ctx, args, outs []*tensor.Buffer) {
	if e.n == 0 {
		return
	}
	ptrs := make([]unsafe.Pointer, 0, len(args)+len(outs))
	for _, a := range args {
		ptrs = append(ptrs, dataPtr(a))
	}
	for _, o := range outs {
		ptrs = append(ptrs, dataPtr(o))
	}
	b := llvmjit.NewBuffers(ptrs...)
	defer b.Release()
	workers := 1
	if ctx != nil && ctx.Parallelism > 1 && e.n >= minParallel {
		workers = min(ctx.Parallelism, e.n/(minParallel/2))
	}
	if r := e.red; r != nil {
		// Ranges of whole slabs: each result is folded by one thread.
		workers = min(workers, r.outer)
		per := (r.outer + workers - 1) / max(workers, 1) * r.slab
		var wg sync.WaitGroup
		for lo := per; lo < e.n; lo += per {
			wg.Add(1)
			go func(lo, hi int) {
				defer wg.Done()
				e.native.fn.Run(b, lo, hi)
			}(lo, min(lo+per, e.n))
		}
		e.native.fn.Run(b, 0, min(per, e.n))
		wg.Wait()
	} else {
		e.native.fn.RunParallel(b, e.n, workers)
	}
	runtime.KeepAlive(e.native)
}

func dataPtr(b *tensor.Buffer) unsafe.Pointer {
	if len(b.Data) == 0 {
		return nil
	}
	return unsafe.Pointer(&b.Data[0])
}
