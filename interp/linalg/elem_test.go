package linalg

import (
	"math/rand"
	"testing"
)

// permute against a naive index mapping, serial and over goroutines.
func TestPermute(t *testing.T) {
	rng := rand.New(rand.NewSource(19))
	for _, c := range []struct {
		shape []int64
		perm  []int
	}{
		{[]int64{3, 4}, []int{1, 0}},
		{[]int64{2, 3, 4, 5}, []int{3, 1, 0, 2}},
		{[]int64{40, 30, 70}, []int{2, 0, 1}}, // large enough to split
		{[]int64{7, 1, 9, 1}, []int{1, 3, 2, 0}},
	} {
		n := int(prod(c.shape))
		src := make([]int, n)
		for i := range src {
			src[i] = rng.Int()
		}
		oshape := make([]int64, len(c.shape))
		for i, p := range c.perm {
			oshape[i] = c.shape[p]
		}
		for _, par := range []int{1, 4} {
			got := permute(src, c.shape, c.perm, par)
			for o := 0; o < n; o++ {
				oi := unravel(int64(o), oshape)
				ii := make([]int64, len(c.shape))
				for d, p := range c.perm {
					ii[p] = oi[d]
				}
				if got[o] != src[ravel(ii, c.shape)] {
					t.Fatalf("%v %v par=%d: element %d wrong", c.shape, c.perm, par, o)
				}
			}
		}
	}
}
