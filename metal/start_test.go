package metal

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/backend"
)

func TestResolve(t *testing.T) {
	ok := func() error { return nil }
	none := func() error { return errors.New("no Metal device") }
	bad := func() error { return fmt.Errorf("metal: %w: %s=\"x\"", errSetting, EnvMinElements) }
	onMac := runtime.GOOS == "darwin"
	for _, tc := range []struct {
		setting string
		probe   backend.Probe
		want    backend.Kind
		notice  string
	}{
		{"metal", ok, backend.Metal, ""},
		{"metal", none, backend.CPU, "no Metal device"},
		{"cpu", ok, backend.CPU, ""},
		{"cuda", ok, backend.CPU, ""},  // the CUDA tier's to answer
		{"bogus", ok, backend.CPU, ""}, // the CUDA tier reports it
		{"auto", none, backend.CPU, ""},
		{"", ok, map[bool]backend.Kind{true: backend.Metal, false: backend.CPU}[onMac], ""},
		{"auto", bad, backend.CPU, map[bool]string{true: EnvMinElements, false: ""}[onMac]},
		{"metal", bad, backend.CPU, EnvMinElements},
	} {
		got, notice := resolve(tc.setting, tc.probe)
		if got != tc.want || (tc.notice == "") != (notice == "") || !strings.Contains(notice, tc.notice) {
			t.Errorf("resolve(%q) = %v, %q; want %v and a notice saying %q", tc.setting, got, notice, tc.want, tc.notice)
		}
	}
}

// TestThreads: the dispatch shape, one thread per element up to the cap,
// groups in whole SIMD widths, never larger than the grid.
func TestThreads(t *testing.T) {
	for _, tc := range []struct {
		n               int64
		capGrid, max, w int
		grid, group     uint
	}{
		{1, maxGrid, 1024, 32, 1, 1},
		{100, maxGrid, 1024, 32, 100, 100},
		{1 << 20, maxGrid, 1024, 32, 1 << 20, 1024},
		{1 << 20, maxGrid, 1000, 32, 1 << 20, 992},
		{1 << 40, maxGrid, 1024, 32, maxGrid, 1024},
		{5000, 37, 1024, 32, 37, 37},
		{5000, maxGrid, 0, 0, 5000, 1},
	} {
		grid, group := threads(tc.n, tc.capGrid, tc.max, tc.w)
		if grid != (size3{tc.grid, 1, 1}) || group != (size3{tc.group, 1, 1}) {
			t.Errorf("threads(%d, cap %d, max %d, width %d) = %v, %v; want grid %d, group %d",
				tc.n, tc.capGrid, tc.max, tc.w, grid, group, tc.grid, tc.group)
		}
	}
}

// TestAligned: only whole pages of the slice's own allocation are wrapped.
func TestAligned(t *testing.T) {
	const page = 64
	raw := make([]byte, 8*page)
	base := (page - int(uintptrOf(raw))%page) % page
	for _, tc := range []struct {
		name   string
		b      []byte
		length int
		ok     bool
	}{
		{"empty", raw[base:base], 0, false},
		{"one byte, room for a page", raw[base : base+1], page, true},
		{"a page and a byte", raw[base : base+page+1], 2 * page, true},
		{"misaligned", raw[base+8 : base+8+page], 0, false},
		{"no room for the last page", raw[base : base+page+1 : base+page+1], 0, false},
	} {
		length, ok := aligned(tc.b, page)
		if ok != tc.ok || ok && length != tc.length {
			t.Errorf("%s: aligned = %d, %v; want %d, %v", tc.name, length, ok, tc.length, tc.ok)
		}
	}
}
