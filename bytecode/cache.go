package bytecode

import (
	"container/list"
	"crypto/sha256"
	"fmt"
	"sync"

	"github.com/hlovm/hlovm/stablehlo"
)

// Cache keeps compiled Programs by content: eager JAX compiles one tiny
// program per op, again and again, and a Program is safe to share (its entry
// counters then add up across every user, which is what tier promotion
// wants). The key is a hash of the module's text with locations (they appear
// in error messages) and the options. Safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	max   int
	items map[[32]byte]*list.Element
	lru   list.List // front: most recently used
	hits  uint64
	miss  uint64
}

type cacheEntry struct {
	key  [32]byte
	prog *Program
}

// NewCache makes a cache holding at most max programs (least recently used
// ones go first).
func NewCache(max int) *Cache {
	if max < 1 {
		max = 1
	}
	return &Cache{max: max, items: map[[32]byte]*list.Element{}}
}

// Compile returns the cached Program for m and opts, compiling it on a miss.
// hit reports whether it came from the cache. Errors are not cached.
func (c *Cache) Compile(m *stablehlo.Module, opts Options) (p *Program, hit bool, err error) {
	if m == nil {
		return nil, false, fmt.Errorf("bytecode: nil module")
	}
	text := stablehlo.PrintWith(m, stablehlo.PrintOptions{Locations: true})
	key := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%+v", text, opts)))
	c.mu.Lock()
	if e, ok := c.items[key]; ok {
		c.lru.MoveToFront(e)
		c.hits++
		p := e.Value.(*cacheEntry).prog
		c.mu.Unlock()
		return p, true, nil
	}
	c.miss++
	c.mu.Unlock()
	p, err = CompileWith(m, opts)
	if err != nil {
		return nil, false, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok { // compiled meanwhile by another goroutine
		c.lru.MoveToFront(e)
		return e.Value.(*cacheEntry).prog, true, nil
	}
	c.items[key] = c.lru.PushFront(&cacheEntry{key: key, prog: p})
	for c.lru.Len() > c.max {
		old := c.lru.Back()
		c.lru.Remove(old)
		delete(c.items, old.Value.(*cacheEntry).key)
	}
	return p, false, nil
}

// Stats reports hits, misses and the number of cached programs.
func (c *Cache) Stats() (hits, misses uint64, size int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.miss, c.lru.Len()
}
