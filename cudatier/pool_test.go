package cudatier

import (
	"errors"
	"testing"

	"github.com/hlovm/hlovm/cuda"
)

func TestSizeClass(t *testing.T) {
	for _, tc := range []struct{ n, want int }{
		{0, 512}, {1, 512}, {512, 512}, {513, 1024}, {4000, 4096}, {1 << 20, 1 << 20},
		{1<<20 + 1, 2 << 20}, {5<<20 - 7, 5 << 20}, {400 << 20, 400 << 20},
	} {
		if got := sizeClass(tc.n); got != tc.want {
			t.Errorf("sizeClass(%d) = %d, want %d", tc.n, got, tc.want)
		}
	}
}

// fakeMem is device memory of a fixed capacity.
type fakeMem struct {
	capacity, used int64
	next           cuda.DevicePtr
	live           map[cuda.DevicePtr]int64
	allocs, frees  int
}

func (m *fakeMem) Alloc(n int) (cuda.DevicePtr, error) {
	if m.used+int64(n) > m.capacity {
		return 0, errors.Join(cuda.ErrOutOfMemory, errors.New("fake"))
	}
	m.next += 1 << 32
	m.live[m.next] = int64(n)
	m.used += int64(n)
	m.allocs++
	return m.next, nil
}

func (m *fakeMem) Free(p cuda.DevicePtr) error {
	n, ok := m.live[p]
	if !ok {
		return errors.New("double free")
	}
	delete(m.live, p)
	m.used -= n
	m.frees++
	return nil
}

// TestPool: freed buffers are reused by class; the cache stays under its
// limit; out of memory frees the cache and retries.
func TestPool(t *testing.T) {
	type step struct {
		get     int // bytes to get (0: put back the oldest held buffer)
		wantErr bool
	}
	for _, tc := range []struct {
		name         string
		capacity     int64
		limit        int64
		steps        []step
		allocs       int // device allocations made
		hits         int64
		held, cached int64 // at the end
	}{
		{"reuse by class", 1 << 30, 1 << 30, []step{{get: 1000}, {}, {get: 900}, {}, {get: 600}}, 1, 2, 1024, 0},
		{"different classes", 1 << 30, 1 << 30, []step{{get: 1000}, {}, {get: 3000}}, 2, 0, 1024 + 4096, 1024},
		{"cache limit frees", 1 << 30, 1024, []step{{get: 1000}, {get: 1000}, {}, {}}, 2, 0, 1024, 1024},
		{"out of memory trims", 4096, 1 << 30, []step{{get: 2048}, {}, {get: 4096}}, 2, 0, 4096, 0},
		{"out of memory with nothing cached", 4096, 1 << 30, []step{{get: 4096}, {get: 1, wantErr: true}}, 1, 0, 4096, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &fakeMem{capacity: tc.capacity, live: map[cuda.DevicePtr]int64{}}
			p := newPool(m, tc.limit)
			var held []Buffer
			for i, s := range tc.steps {
				if s.get == 0 {
					p.put(held[0])
					held = held[1:]
					continue
				}
				b, err := p.get(s.get)
				if (err != nil) != s.wantErr {
					t.Fatalf("step %d: get(%d): %v", i, s.get, err)
				}
				if err == nil {
					if b.Size != s.get || b.Class < s.get {
						t.Fatalf("step %d: %+v for %d bytes", i, b, s.get)
					}
					held = append(held, b)
				}
			}
			if m.allocs != tc.allocs || p.hits.Load() != tc.hits || p.held.Load() != tc.held || p.cached != tc.cached {
				t.Errorf("allocs %d hits %d held %d cached %d; want %d %d %d %d",
					m.allocs, p.hits.Load(), p.held.Load(), p.cached, tc.allocs, tc.hits, tc.held, tc.cached)
			}
			if p.held.Load() != m.used {
				t.Errorf("pool says %d bytes held, the device %d", p.held.Load(), m.used)
			}
			p.trim()
			for _, b := range held {
				p.put(b)
			}
			p.trim()
			if m.used != 0 || len(m.live) != 0 {
				t.Errorf("after trimming everything, %d bytes in %d buffers remain", m.used, len(m.live))
			}
		})
	}
}
