package cudatier

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/fusion"
)

// imageFormat is bumped when what a cached image is, or how it is made,
// changes beyond what the key spells out.
const imageFormat = 1

// compiler makes device images; nvrtc is nil in tests that only key.
type compiler struct {
	nvrtc *cuda.NVRTC
	// arch is the device's real architecture ("sm_90"): CUBINs for it load
	// without the driver's PTX compiler. Empty: PTX only.
	arch string
	// counts: NVRTC compiles, disk cache hits, and PTX made because a
	// CUBIN could not be.
	compiles, diskHits, ptxFallbacks atomic.Int64
}

// image is a compiled kernel: a CUBIN, or PTX (NUL-terminated).
type image struct {
	target string // "sm_90" or cuda.Arch
	data   []byte
}

// imageKey is the SHA-256 of everything an image depends on: the kernel
// (hash and IR version), its CUDA C, the target, NVRTC's version and
// options, and the hlovm build; length-prefixed, so no two field lists
// collide, and led by the backend's name, so native objects never share a
// key with it.
func imageKey(k *fusion.Kernel, src, target, nvrtcVersion string) [32]byte {
	h := sha256.New()
	srcSum := sha256.Sum256([]byte(src))
	for _, f := range []string{
		"hlovm cuda image", fmt.Sprint(imageFormat), fmt.Sprint(fusion.KernelVersion), k.Hash(),
		string(srcSum[:]), target, nvrtcVersion, strings.Join(cuda.CompileOptions[1:], " "), fusion.BuildVersion(),
	} {
		binary.Write(h, binary.LittleEndian, uint64(len(f)))
		io.WriteString(h, f)
	}
	var key [32]byte
	h.Sum(key[:0])
	return key
}

// compile returns k's image from the disk cache, else from NVRTC (a CUBIN
// for c.arch, else PTX), storing what it compiled.
func (c *compiler) compile(k *fusion.Kernel, src, name string) (image, error) {
	version := fmt.Sprintf("%d.%d", c.nvrtc.Major, c.nvrtc.Minor)
	targets := []string{cuda.Arch}
	if c.arch != "" {
		targets = []string{c.arch, cuda.Arch}
	}
	for _, t := range targets {
		if b := fusion.DiskCacheGet(imageKey(k, src, t, version)); b != nil {
			c.diskHits.Add(1)
			return image{t, b}, nil
		}
	}
	var errs []error
	for i, t := range targets {
		c.compiles.Add(1)
		var b []byte
		var err error
		if t == cuda.Arch {
			b, err = c.nvrtc.CompilePTX(src, name)
		} else {
			b, err = c.nvrtc.CompileCUBIN(src, name, t)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", t, err))
			continue
		}
		if i > 0 {
			c.ptxFallbacks.Add(1)
		}
		fusion.DiskCachePut(imageKey(k, src, t, version), b)
		return image{t, b}, nil
	}
	return image{}, errors.Join(errs...)
}
