package tensor

import (
	"os"
	"testing"
	"unsafe"
)

// TestPageAligned: the start on a page, the length asked for, the capacity
// through the end of the last page, all zero.
func TestPageAligned(t *testing.T) {
	for _, page := range []int{4096, 16384} {
		for _, n := range []int{1, 8, page - 1, page, page + 1, 3*page + 5, 1 << 20} {
			b := PageAligned(n, page)
			p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
			if p%uintptr(page) != 0 || len(b) != n || cap(b)%page != 0 || cap(b) < n || cap(b)-n >= page {
				t.Errorf("PageAligned(%d, %d): start %% page = %d, len %d, cap %d", n, page, p%uintptr(page), len(b), cap(b))
			}
			for i, x := range b[:cap(b)] {
				if x != 0 {
					t.Fatalf("PageAligned(%d, %d): byte %d is %d", n, page, i, x)
				}
			}
		}
	}
}

// TestAlignedBytesPages: where pages are aligned (macOS), large buffers
// start on a page; small ones, and everything elsewhere, as before.
func TestAlignedBytesPages(t *testing.T) {
	saved := alignPages
	defer func() { alignPages = saved }()
	page := uintptr(os.Getpagesize())
	for _, on := range []bool{false, true} {
		alignPages = on
		for _, n := range []int{8, PageAlignMin - 8, PageAlignMin, 3 * PageAlignMin} {
			b := AlignedBytes(n)
			p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
			if len(b) != n || p%8 != 0 {
				t.Errorf("AlignedBytes(%d): len %d, start %% 8 = %d", n, len(b), p%8)
			}
			if want := on && n >= PageAlignMin; want && (p%page != 0 || uintptr(cap(b))%page != 0) {
				t.Errorf("AlignedBytes(%d) with pages aligned: start %% page = %d, cap %d", n, p%page, cap(b))
			} else if !want && cap(b) != n {
				t.Errorf("AlignedBytes(%d): cap %d, want %d", n, cap(b), n)
			}
		}
	}
}
