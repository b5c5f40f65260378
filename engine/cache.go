package engine

import (
	"container/list"
	"crypto/sha256"
	"strings"
	"sync"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/stablehlo"
)

// Artifact is one compiled program, shared by everyone who compiles the same
// bytes with the same options (its entry counters then add up across every
// user, which is what tier promotion wants). Immutable but for Attach.
type Artifact struct {
	// Key is the cache key (see Key).
	Key [32]byte
	// Name is the module's symbol name ("" when it has none).
	Name    string
	Program *bytecode.Program
	// ArgAttrs are the entry function's per-parameter attributes (nil where
	// a parameter has none): donation hints such as tf.aliasing_output.
	ArgAttrs []*stablehlo.DictAttr
	// Report is the compile that made the artifact.
	Report *Report
	// Size is what the artifact counts against the cache's byte bound.
	Size int64

	mu       sync.Mutex
	attached map[any]any
}

// Attach returns the value a caller derived from a (its own description of
// the program: output types, C arrays, ...), making it with mk the first
// time key is asked for. So derived data is made once per cached program, as
// the program is. mk's errors are returned and nothing is kept.
func Attach[T any](a *Artifact, key any, mk func(*Artifact) (T, error)) (T, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if v, ok := a.attached[key]; ok {
		return v.(T), nil
	}
	v, err := mk(a)
	if err != nil {
		return v, err
	}
	if a.attached == nil {
		a.attached = map[any]any{}
	}
	a.attached[key] = v
	return v, nil
}

// CacheConfig bounds an Engine's program cache.
type CacheConfig struct {
	// MaxPrograms bounds the number of programs (at least 1).
	MaxPrograms int
	// MaxBytes bounds their approximate size (constant pools and source
	// bytes); 0: no bound. The newest program stays whatever its size.
	MaxBytes int64
}

// DefaultCacheConfig is the plugin's: eager JAX compiles one tiny program
// per op, and a training step holds its weights' initial values as
// constants only when they are small.
var DefaultCacheConfig = CacheConfig{MaxPrograms: 4096, MaxBytes: 1 << 30}

// Engine compiles programs through the passes and caches them by content.
// Safe for concurrent use.
type Engine struct {
	mu           sync.Mutex
	cfg          CacheConfig
	items        map[[32]byte]*list.Element
	lru          list.List // front: most recently used; values *Artifact
	bytes        int64
	hits, misses uint64
}

// New makes an Engine with its own cache.
func New(cfg CacheConfig) *Engine {
	if cfg.MaxPrograms < 1 {
		cfg.MaxPrograms = 1
	}
	return &Engine{cfg: cfg, items: map[[32]byte]*list.Element{}}
}

// Default is the process's engine (the plugin's cache).
var Default = New(DefaultCacheConfig)

// Compile is Default.Compile.
func Compile(code []byte, opts Options) (*Artifact, error) { return Default.Compile(code, opts) }

// Key is the cache key of code compiled with opts: SHA-256 of the bytes,
// and for non-default options, SHA-256 of that and the options. Built by
// hand, not with fmt: a cache hit is an eager JAX op's whole compile.
func Key(code []byte, opts Options) [32]byte {
	k := sha256.Sum256(code)
	if opts == (Options{}) {
		return k
	}
	b := append(k[:], opts.Name...)
	b = append(b, 0)
	b = append(b, opts.Entry...)
	b = append(b, 0, flag(opts.Lenient), flag(opts.NoFold), flag(opts.NoInPlace))
	return sha256.Sum256(b)
}

func flag(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// Compile returns the cached artifact for code and opts, running every pass
// on a miss. Errors are not cached. Two goroutines compiling the same bytes
// at once may both run the passes; both get the artifact stored first.
func (e *Engine) Compile(code []byte, opts Options) (*Artifact, error) {
	key := Key(code, opts)
	if a := e.lookup(key); a != nil {
		return a, nil
	}
	m, p, r, err := Build(code, opts)
	if err != nil {
		return nil, err
	}
	a := &Artifact{Key: key, Name: m.Name, Program: p, Report: r, ArgAttrs: argAttrs(m, p), Size: int64(len(code))}
	for _, c := range p.Consts {
		a.Size += int64(len(c.Data))
	}
	return e.store(a), nil
}

func (e *Engine) lookup(key [32]byte) *Artifact {
	e.mu.Lock()
	defer e.mu.Unlock()
	if el, ok := e.items[key]; ok {
		e.lru.MoveToFront(el)
		e.hits++
		return el.Value.(*Artifact)
	}
	e.misses++
	return nil
}

func (e *Engine) store(a *Artifact) *Artifact {
	var evicted []*Artifact
	defer func() { notifyEvicted(evicted) }() // after unlocking: hooks may take their own locks
	e.mu.Lock()
	defer e.mu.Unlock()
	if el, ok := e.items[a.Key]; ok { // stored meanwhile by another goroutine
		e.lru.MoveToFront(el)
		return el.Value.(*Artifact)
	}
	e.items[a.Key] = e.lru.PushFront(a)
	e.bytes += a.Size
	for e.lru.Len() > e.cfg.MaxPrograms || (e.cfg.MaxBytes > 0 && e.bytes > e.cfg.MaxBytes && e.lru.Len() > 1) {
		old := e.lru.Back()
		e.lru.Remove(old)
		oa := old.Value.(*Artifact)
		delete(e.items, oa.Key)
		e.bytes -= oa.Size
		evicted = append(evicted, oa)
	}
	return a
}

var (
	evictMu    sync.Mutex
	evictHooks []func(*Artifact)
)

// OnEvict registers fn to run for every artifact any Engine's cache drops,
// so packages that keep per-program state (the tier managers) can forget it
// without engine importing them. The artifact may still be in use by
// executables made from it; fn must only drop what the cache's hold kept
// alive. Call it from an init function.
func OnEvict(fn func(*Artifact)) {
	evictMu.Lock()
	defer evictMu.Unlock()
	evictHooks = append(evictHooks, fn)
}

func notifyEvicted(as []*Artifact) {
	if len(as) == 0 {
		return
	}
	evictMu.Lock()
	hooks := evictHooks
	evictMu.Unlock()
	for _, a := range as {
		for _, fn := range hooks {
			fn(a)
		}
	}
}

// CacheStats describes an Engine's cache.
type CacheStats struct {
	Hits, Misses uint64
	Programs     int
	Bytes        int64
}

// Stats reports the cache's hits, misses and contents.
func (e *Engine) Stats() CacheStats {
	e.mu.Lock()
	defer e.mu.Unlock()
	return CacheStats{Hits: e.hits, Misses: e.misses, Programs: e.lru.Len(), Bytes: e.bytes}
}

// argAttrs are the arg_attrs of the function p was compiled from.
func argAttrs(m *stablehlo.Module, p *bytecode.Program) []*stablehlo.DictAttr {
	entry := p.Entry()
	out := make([]*stablehlo.DictAttr, entry.NumArgs)
	f := m.Func(strings.TrimPrefix(entry.Name, "@"))
	if f == nil {
		return out
	}
	if arr, ok := f.Attr("arg_attrs").(*stablehlo.ArrayAttr); ok && len(arr.Elems) == len(out) {
		for i, e := range arr.Elems {
			if d, ok := e.(*stablehlo.DictAttr); ok {
				out[i] = d
			}
		}
	}
	return out
}
