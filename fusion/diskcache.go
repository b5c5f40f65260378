package fusion

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hlovm/hlovm/internal/cenv"
)

// The disk cache keeps kernels' machine code (relocatable objects from
// llvmjit.CompileObject) between processes, so a new process loads a kernel
// in about a millisecond instead of compiling it for tens. One file per
// kernel, <dir>/<key>.o, where key is the SHA-256 of everything the code
// depends on (diskKey). A file is written whole to a temporary name and
// renamed, so readers see an old entry, a new one or none; concurrent
// processes writing one key write the same bytes.
//
// Entries are never trusted: machine code from a corrupt or foreign file
// could crash the process when run, so a file is loaded only when its header
// matches exactly (magic, format, the key it is stored under, the payload's
// length and SHA-256) and llvmjit.LoadObject accepts the object. Anything
// else is counted as rejected, deleted, and the kernel is compiled and
// written again.

// DiskCacheEnv names the cache directory; "off" disables the disk cache.
// Unset, it is os.UserCacheDir()/hlovm/kernels.
const DiskCacheEnv = "HLOVM_CACHE_DIR"

// diskFormat is the entry layout and everything the key does not spell out
// about how the object was produced (llvmjit.CompileObject at O2 for the
// host CPU); bump it when either changes.
const diskFormat = 1

var diskMagic = [8]byte{'h', 'l', 'o', 'v', 'm', 'k', 'o', 0}

// The header: magic, format (u32), key (32 bytes), payload length (u64),
// payload SHA-256 (32 bytes), all little-endian, then the payload.
const (
	diskHeaderSize = 8 + 4 + 32 + 8 + 32
	diskMaxEntry   = 64 << 20 // larger files are not read
)

// diskMaxBytes bounds the directory; a write that takes it over removes
// the least recently used entries (by mtime, refreshed on every hit) until
// it is under three quarters of the bound.
var diskMaxBytes int64 = 256 << 20

var disk struct {
	once sync.Once
	mu   sync.Mutex
	dir  string // "" = off
	// noWrite: a write failed (read-only or full directory); the cache is
	// still read.
	noWrite bool
	// size is the directory's size in bytes as this process knows it (other
	// processes add to it unseen), -1 before the first write scans it.
	size int64

	hits, misses, rejected atomic.Int64
}

// DiskCacheCounts reports the disk cache's lookups since the process
// started: entries loaded, absent, and rejected (corrupt or foreign: deleted
// and compiled again).
func DiskCacheCounts() (hits, misses, rejected int64) {
	return disk.hits.Load(), disk.misses.Load(), disk.rejected.Load()
}

// diskDirFrom resolves the cache directory from HLOVM_CACHE_DIR's value:
// "" when the cache is off or there is no user cache directory.
func diskDirFrom(env string) string {
	switch env {
	case "off", "0":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "hlovm", "kernels")
	}
	return env
}

// diskDir is the cache directory, "" when the cache is off.
func diskDir() string {
	disk.once.Do(func() {
		disk.dir = diskDirFrom(cenv.Getenv(DiskCacheEnv))
		disk.size = -1
	})
	disk.mu.Lock()
	defer disk.mu.Unlock()
	return disk.dir
}

// hlovmVersion names the build; with the LLVM IR hash in the key it keeps
// builds from sharing code only by accident.
var hlovmVersion = sync.OnceValue(func() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
			v += " " + s.Value
		}
	}
	return v
})

// diskKey is the SHA-256 of what a kernel's object depends on: the kernel
// (its hash and IR version), the LLVM IR emitted for it (so a change to the
// emitter never reuses old code), the backend, the target (triple, CPU name,
// feature string), the LLVM version, the hlovm build and the entry format.
func diskKey(k *Kernel, ir, triple, cpu, feats, llvmVersion string) [32]byte {
	h := sha256.New()
	irSum := sha256.Sum256([]byte(ir))
	for _, f := range []string{
		"hlovm kernel object", fmt.Sprint(diskFormat), fmt.Sprint(KernelVersion), k.Hash(),
		hex.EncodeToString(irSum[:]), "native", triple, cpu, feats, llvmVersion, hlovmVersion(),
	} {
		// Length-prefixed, so no two field lists hash alike.
		binary.Write(h, binary.LittleEndian, uint64(len(f)))
		io.WriteString(h, f)
	}
	var key [32]byte
	h.Sum(key[:0])
	return key
}

func diskPath(dir string, key [32]byte) string {
	return filepath.Join(dir, hex.EncodeToString(key[:])+".o")
}

// encodeEntry is the file content for payload under key.
func encodeEntry(key [32]byte, payload []byte) []byte {
	b := make([]byte, 0, diskHeaderSize+len(payload))
	b = append(b, diskMagic[:]...)
	b = binary.LittleEndian.AppendUint32(b, diskFormat)
	b = append(b, key[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(payload)))
	sum := sha256.Sum256(payload)
	b = append(b, sum[:]...)
	return append(b, payload...)
}

// decodeEntry returns the payload of a file read for key, or why it is not
// one this build wrote for key.
func decodeEntry(key [32]byte, b []byte) ([]byte, error) {
	if len(b) < diskHeaderSize {
		return nil, fmt.Errorf("%d bytes, shorter than the header", len(b))
	}
	if !bytes.Equal(b[:8], diskMagic[:]) {
		return nil, errors.New("bad magic")
	}
	if f := binary.LittleEndian.Uint32(b[8:]); f != diskFormat {
		return nil, fmt.Errorf("format %d, want %d", f, diskFormat)
	}
	if !bytes.Equal(b[12:44], key[:]) {
		return nil, errors.New("stored under another key")
	}
	n := binary.LittleEndian.Uint64(b[44:])
	payload := b[diskHeaderSize:]
	if n != uint64(len(payload)) {
		return nil, fmt.Errorf("payload of %d bytes, header says %d", len(payload), n)
	}
	if sum := sha256.Sum256(payload); !bytes.Equal(sum[:], b[52:84]) {
		return nil, errors.New("payload checksum mismatch")
	}
	return payload, nil
}

// diskLoad returns the payload stored for key, or nil when there is none
// (a miss) or the file is rejected (deleted). The caller reports whether
// the payload loaded, with diskHit or diskReject.
func diskLoad(dir string, key [32]byte) []byte {
	p := diskPath(dir, key)
	f, err := os.Open(p)
	if err != nil {
		disk.misses.Add(1)
		return nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() > diskMaxEntry {
		diskReject(dir, key)
		return nil
	}
	b := make([]byte, st.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		diskReject(dir, key)
		return nil
	}
	payload, err := decodeEntry(key, b)
	if err != nil {
		diskReject(dir, key)
		return nil
	}
	return payload
}

// diskHit counts a loaded entry and marks it recently used.
func diskHit(dir string, key [32]byte) {
	disk.hits.Add(1)
	now := time.Now()
	os.Chtimes(diskPath(dir, key), now, now)
}

// diskReject counts a rejected entry and deletes it, so the entry written
// after compiling replaces it (and a reader never sees it again).
func diskReject(dir string, key [32]byte) {
	disk.rejected.Add(1)
	os.Remove(diskPath(dir, key))
}

// diskStore writes payload for key, atomically. Failure turns writing off
// for the process, silently: the cache is an optimisation.
func diskStore(dir string, key [32]byte, payload []byte) {
	disk.mu.Lock()
	defer disk.mu.Unlock()
	if disk.noWrite || dir != disk.dir {
		return
	}
	if err := writeEntry(dir, key, payload); err != nil {
		disk.noWrite = true
		return
	}
	if disk.size < 0 {
		disk.size = dirSize(dir)
	} else {
		disk.size += int64(diskHeaderSize + len(payload))
	}
	if disk.size > diskMaxBytes {
		disk.size = evict(dir, diskMaxBytes*3/4)
	}
}

func writeEntry(dir string, key [32]byte, payload []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-*.o")
	if err != nil {
		return err
	}
	_, err = f.Write(encodeEntry(key, payload))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), diskPath(dir, key))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

type diskFile struct {
	path  string
	size  int64
	mtime time.Time
}

// entries lists the cache's files: entries and temporary files older than
// an hour (left by a process that died mid-write), which count as oldest.
func entries(dir string) []diskFile {
	ds, _ := os.ReadDir(dir)
	var fs []diskFile
	for _, d := range ds {
		name := d.Name()
		if !d.Type().IsRegular() || !strings.HasSuffix(name, ".o") {
			continue
		}
		info, err := d.Info()
		if err != nil {
			continue
		}
		f := diskFile{filepath.Join(dir, name), info.Size(), info.ModTime()}
		if strings.HasPrefix(name, ".tmp-") {
			if time.Since(f.mtime) < time.Hour {
				continue // another writer's, in progress
			}
			f.mtime = time.Time{}
		}
		fs = append(fs, f)
	}
	return fs
}

func dirSize(dir string) int64 {
	var n int64
	for _, f := range entries(dir) {
		n += f.size
	}
	return n
}

// evict removes the least recently used files until the directory holds at
// most target bytes, and returns its size.
func evict(dir string, target int64) int64 {
	fs := entries(dir)
	var n int64
	for _, f := range fs {
		n += f.size
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].mtime.Before(fs[j].mtime) })
	for _, f := range fs {
		if n <= target {
			break
		}
		// Another process may have removed it first: gone either way.
		if e := os.Remove(f.path); e == nil || errors.Is(e, os.ErrNotExist) {
			n -= f.size
		}
	}
	return n
}
