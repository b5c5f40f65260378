//go:build darwin

package metal

import (
	"math/rand"
	"sync"
	"testing"
)

// TestDevice runs the test kernels on this Mac's GPU and compares them with
// tier 0 bit for bit, over zero-copy and staged buffers, one at a time and
// from many goroutines. It has never run: nothing where hlovm is built has
// a Mac (README: Apple silicon).
func TestDevice(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Skipf("no Metal: %v", err)
	}
	t.Logf("%s, MSL %s", r.DeviceName(), r.LanguageVersion())
	r.MinElements = 0
	page := 16384
	rng := rand.New(rand.NewSource(1))
	for name, k := range kernelsForTest(8 * 100003) {
		for _, off := range []int{0, 8} {
			ins, got, want := operands(rng, k, page, off)
			t.Run(name, func(t *testing.T) { runBoth(t, r, k, ins, got, want) })
		}
	}
	k := kernelsForTest(8 * 5000)["f32 bcast two outputs"]
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewSource(int64(g)))
			for range 10 {
				ins, got, want := operands(rng, k, page, 8*(g%2))
				runBoth(t, r, k, ins, got, want)
			}
		}()
	}
	wg.Wait()
	z, s, d := r.Counts()
	t.Logf("%d dispatches, %d bytes zero-copy, %d staged; %+v", d, z, s, r.Stats())
}
