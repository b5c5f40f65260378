package engine

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/hlovm/hlovm/stablehlo"
)

// constProgram differs in its constant for each i, so each is a new key.
func constProgram(i, n int) []byte {
	return fmt.Appendf(nil, `func.func @main(%%a: tensor<%dxf32> {jax.buffer_donor = true}) -> tensor<%dxf32> {
  %%c = stablehlo.constant dense<%d.0> : tensor<%dxf32>
  %%0 = stablehlo.add %%a, %%c : tensor<%dxf32>
  return %%0 : tensor<%dxf32>
}`, n, n, i, n, n, n)
}

func TestCacheHitMiss(t *testing.T) {
	e := New(CacheConfig{MaxPrograms: 2})
	a0 := constProgram(0, 4)
	steps := []struct {
		name         string
		code         []byte
		opts         Options
		hits, misses uint64
		programs     int
	}{
		{"first compile misses", a0, Options{}, 0, 1, 1},
		{"same bytes hit", a0, Options{}, 1, 1, 1},
		{"other options miss", a0, Options{NoFold: true}, 1, 2, 2},
		{"other bytes miss, evicting the least recent", constProgram(1, 4), Options{}, 1, 3, 2},
		{"evicted program misses again", a0, Options{}, 1, 4, 2},
		{"bad program misses and is not kept", []byte("func.func @main( {{"), Options{}, 1, 5, 2},
		{"still not kept", []byte("func.func @main( {{"), Options{}, 1, 6, 2},
	}
	var first *Artifact
	for _, s := range steps {
		a, err := e.Compile(s.code, s.opts)
		if (err != nil) != (s.name[:3] == "bad" || s.name == "still not kept") {
			t.Fatalf("%s: err = %v", s.name, err)
		}
		if s.name == "first compile misses" {
			first = a
		}
		if s.name == "same bytes hit" && a != first {
			t.Errorf("%s: a different artifact", s.name)
		}
		st := e.Stats()
		if st.Hits != s.hits || st.Misses != s.misses || st.Programs != s.programs {
			t.Errorf("%s: stats %+v, want %d hits, %d misses, %d programs", s.name, st, s.hits, s.misses, s.programs)
		}
	}
}

func TestCacheByteBound(t *testing.T) {
	// Each program holds a 1024-float constant (4 KiB) plus its source.
	e := New(CacheConfig{MaxPrograms: 100, MaxBytes: 10 << 10})
	for i := range 5 {
		a, err := e.Compile(constProgram(i, 1024), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Size < 4<<10 {
			t.Fatalf("size %d does not count the 4 KiB constant", a.Size)
		}
	}
	if st := e.Stats(); st.Programs != 2 || st.Bytes > 10<<10 {
		t.Fatalf("stats %+v, want 2 programs within 10 KiB", st)
	}
	// One program over the bound on its own is still kept (the newest stays).
	e = New(CacheConfig{MaxPrograms: 100, MaxBytes: 1})
	if _, err := e.Compile(constProgram(0, 1024), Options{}); err != nil {
		t.Fatal(err)
	}
	if st := e.Stats(); st.Programs != 1 {
		t.Fatalf("stats %+v, want the newest program kept", st)
	}
}

func TestCacheConcurrent(t *testing.T) {
	e := New(CacheConfig{MaxPrograms: 10})
	code := constProgram(7, 4)
	var wg sync.WaitGroup
	got := make([]*Artifact, 8)
	for i := range got {
		wg.Go(func() {
			a, err := e.Compile(code, Options{})
			if err != nil {
				t.Error(err)
			}
			got[i] = a
		})
	}
	wg.Wait()
	for _, a := range got[1:] {
		if a != got[0] {
			t.Fatal("concurrent compiles of the same bytes gave different artifacts")
		}
	}
}

func TestArtifact(t *testing.T) {
	e := New(DefaultCacheConfig)
	a, err := e.Compile(constProgram(0, 4), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.ArgAttrs) != 1 || a.ArgAttrs[0] == nil || a.ArgAttrs[0].Entries[0].Name != "jax.buffer_donor" {
		t.Errorf("ArgAttrs = %v, want the donor hint", a.ArgAttrs)
	}
	if a.Report == nil || len(a.Report.Passes) != len(Passes()) {
		t.Errorf("report %v", a.Report)
	}
	type key struct{}
	calls := 0
	mk := func(a *Artifact) (*stablehlo.DictAttr, error) { calls++; return a.ArgAttrs[0], nil }
	v1, _ := Attach(a, key{}, mk)
	v2, _ := Attach(a, key{}, mk)
	if calls != 1 || v1 != v2 {
		t.Errorf("Attach made its value %d times", calls)
	}
	boom := errors.New("boom")
	type other struct{}
	if _, err := Attach(a, other{}, func(*Artifact) (int, error) { return 0, boom }); err != boom {
		t.Errorf("Attach error %v", err)
	}
	if v, err := Attach(a, other{}, func(*Artifact) (int, error) { return 7, nil }); err != nil || v != 7 {
		t.Errorf("Attach after an error: %v, %v (the error must not be kept)", v, err)
	}
}
