package fusion

import (
	"os"
	"time"
)

// What GPU runtimes (package cudatier) share with the CPU tier: the kernel
// disk cache for their compiled images, the build version for cache keys,
// placement records and the counters the tier report and metrics show.

// DeviceStats are a device's counters since the process started.
type DeviceStats struct {
	Launches int64 // kernel launches
	// Copies between host and device memory, and their bytes.
	ToDevice, ToDeviceBytes     int64
	FromDevice, FromDeviceBytes int64
	// Fallbacks are runs of a device kernel that failed on the device
	// (launch or copy) and ran on the CPU instead.
	Fallbacks int64
	// Pool: bytes of device memory held (in use and cached for reuse),
	// and allocations answered from the cache.
	PoolBytes, PoolHits, PoolMisses int64
}

// StatsReporter is a Device that counts its work (the tier report and
// metrics read it from CurrentDevice).
type StatsReporter interface {
	Stats() DeviceStats
}

// CurrentDeviceStats is the registered device's counters; ok false when no
// device is registered or it keeps none.
func CurrentDeviceStats() (DeviceStats, bool) {
	if r, ok := CurrentDevice().(StatsReporter); ok {
		return r.Stats(), true
	}
	return DeviceStats{}, false
}

// RecordPlacement overrides where the kernel with hash h runs (a device
// kernel that failed at run time and moved to the CPU).
func RecordPlacement(h string, p Placement) { place(h, p) }

// BuildVersion names this hlovm build (module version and VCS revision), for
// keys of caches that outlive the process.
func BuildVersion() string { return hlovmVersion() }

// DiskCacheGet returns the payload a device runtime stored under key in the
// kernel disk cache (HLOVM_CACHE_DIR), or nil when the cache is off, holds
// no entry for key, or the entry fails its checks (then it is deleted).
// Device images share the directory and its size bound with the native
// objects; their keys never collide (the key hashes the backend), and their
// lookups are not counted in DiskCacheCounts.
func DiskCacheGet(key [32]byte) []byte {
	dir := diskDir()
	if dir == "" {
		return nil
	}
	p := diskPath(dir, key)
	st, err := os.Stat(p)
	if err != nil {
		return nil
	}
	if !st.Mode().IsRegular() || st.Size() > diskMaxEntry {
		os.Remove(p)
		return nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	payload, err := decodeEntry(key, b)
	if err != nil {
		os.Remove(p)
		return nil
	}
	now := time.Now()
	os.Chtimes(p, now, now)
	return payload
}

// DiskCachePut stores payload under key (atomically; failures turn writing
// off for the process, as for native objects).
func DiskCachePut(key [32]byte, payload []byte) {
	if dir := diskDir(); dir != "" {
		diskStore(dir, key, payload)
	}
}
