package fusion

import (
	"crypto/sha256"
	"os"
	"testing"
)

// TestDeviceDiskCache: a device image stored under a key comes back whole;
// a damaged or foreign entry is rejected and deleted; with the cache off
// nothing is stored; native counters do not move.
func TestDeviceDiskCache(t *testing.T) {
	key := sha256.Sum256([]byte("device image test"))
	other := sha256.Sum256([]byte("another key"))
	payload := []byte("\x7fELF a cubin, as far as the cache knows")
	for _, tc := range []struct {
		name   string
		damage func(path string)
		want   bool
	}{
		{"intact", func(string) {}, true},
		{"truncated", func(p string) { os.Truncate(p, 20) }, false},
		{"flipped payload byte", func(p string) {
			b, _ := os.ReadFile(p)
			b[len(b)-1] ^= 1
			os.WriteFile(p, b, 0o644)
		}, false},
		{"stored under another key", func(p string) {
			os.WriteFile(p, encodeEntry(other, payload), 0o644)
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			useDiskDir(t, dir)
			before := diskCounts()
			if got := DiskCacheGet(key); got != nil {
				t.Fatalf("empty cache answered %q", got)
			}
			DiskCachePut(key, payload)
			p := diskPath(dir, key)
			tc.damage(p)
			got := DiskCacheGet(key)
			if tc.want && string(got) != string(payload) {
				t.Fatalf("got %q, want the stored payload", got)
			}
			if !tc.want {
				if got != nil {
					t.Fatalf("a bad entry was accepted: %q", got)
				}
				if _, err := os.Stat(p); !os.IsNotExist(err) {
					t.Errorf("a bad entry was not deleted: %v", err)
				}
			}
			if d := diskCounts().minus(before); d != (counts{}) {
				t.Errorf("native disk counters moved: %+v", d)
			}
		})
	}
	t.Run("off", func(t *testing.T) {
		useDiskDir(t, "")
		DiskCachePut(key, payload)
		if got := DiskCacheGet(key); got != nil {
			t.Fatalf("cache off answered %q", got)
		}
	})
}
