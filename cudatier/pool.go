package cudatier

import (
	"errors"
	"math/bits"
	"sync/atomic"

	"github.com/hlovm/hlovm/cuda"
)

// Buffer is device memory from the pool: the unit a device-resident value
// will be once the VM keeps values on the GPU. Size is what was asked,
// Class what was allocated.
type Buffer struct {
	Ptr   cuda.DevicePtr
	Size  int
	Class int
}

// allocator is the device's memory (cuda.Driver on the owner thread; a
// fake in tests).
type allocator interface {
	Alloc(n int) (cuda.DevicePtr, error)
	Free(p cuda.DevicePtr) error
}

// pool caches freed device memory by size class, so steady-state launches
// allocate nothing (cuMemAlloc and cuMemFree synchronise the device and
// cost tens of microseconds). Only the owner thread calls get and put; the
// counters are read from anywhere.
type pool struct {
	a      allocator
	free   map[int][]cuda.DevicePtr
	cached int64 // bytes in free
	// limit bounds cached: a put past it frees the memory instead.
	limit int64

	held                atomic.Int64 // bytes allocated from the device, in use or cached
	hits, misses, frees atomic.Int64
}

func newPool(a allocator, limit int64) *pool {
	return &pool{a: a, free: map[int][]cuda.DevicePtr{}, limit: limit}
}

// sizeClass rounds n up to a power of two from 512 bytes to 1 MiB, then to
// a multiple of 1 MiB: at most 2x waste for small buffers, little for
// large ones, and few classes, so freed memory is found again.
func sizeClass(n int) int {
	const minClass, big = 512, 1 << 20
	switch {
	case n <= minClass:
		return minClass
	case n <= big:
		return 1 << bits.Len(uint(n-1))
	}
	return (n + big - 1) / big * big
}

// get returns a buffer of at least n bytes. When the device is out of
// memory it frees every cached buffer and asks once more.
func (p *pool) get(n int) (Buffer, error) {
	c := sizeClass(n)
	if l := p.free[c]; len(l) > 0 {
		ptr := l[len(l)-1]
		p.free[c] = l[:len(l)-1]
		p.cached -= int64(c)
		p.hits.Add(1)
		return Buffer{Ptr: ptr, Size: n, Class: c}, nil
	}
	p.misses.Add(1)
	ptr, err := p.a.Alloc(c)
	if errors.Is(err, cuda.ErrOutOfMemory) && p.cached > 0 {
		p.trim()
		ptr, err = p.a.Alloc(c)
	}
	if err != nil {
		return Buffer{}, err
	}
	p.held.Add(int64(c))
	return Buffer{Ptr: ptr, Size: n, Class: c}, nil
}

// put returns b to the cache, or to the device when the cache is full.
func (p *pool) put(b Buffer) {
	if b.Class == 0 {
		return
	}
	if p.cached+int64(b.Class) > p.limit {
		p.release(b.Ptr, b.Class)
		return
	}
	p.free[b.Class] = append(p.free[b.Class], b.Ptr)
	p.cached += int64(b.Class)
}

// trim frees every cached buffer.
func (p *pool) trim() {
	for c, l := range p.free {
		for _, ptr := range l {
			p.release(ptr, c)
		}
		delete(p.free, c)
	}
	p.cached = 0
}

func (p *pool) release(ptr cuda.DevicePtr, class int) {
	p.a.Free(ptr) // a failing free leaves the memory to the context's end
	p.held.Add(-int64(class))
	p.frees.Add(1)
}
