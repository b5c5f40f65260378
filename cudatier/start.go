package cudatier

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/cuda"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/internal/backend"
	"github.com/hlovm/hlovm/internal/cenv"
)

// MinElementsEnv sets the smallest kernel (elements of its iteration
// space) the CUDA tier takes; 0 takes every kernel (the GPU check runs the
// conformance suites so).
const MinElementsEnv = "HLOVM_CUDA_MIN_ELEMENTS"

// DefaultMinElements: below it a kernel's copies and launch (tens of
// microseconds) cost more than the host's loop.
const DefaultMinElements = 1 << 16

// poolCacheMax bounds the memory the pool keeps cached for reuse (also at
// most a quarter of the device's memory).
const poolCacheMax = 8 << 30

var opened struct {
	once sync.Once
	d    *Device
	err  error
}

// Open starts the CUDA device once per process: the driver (a device
// must exist), NVRTC, the owner thread with the context current, the
// pool. Its error says what is missing.
func Open() (*Device, error) {
	opened.once.Do(func() { opened.d, opened.err = open() })
	return opened.d, opened.err
}

// Probe is Open's error: nil when CUDA is usable here (backend.Probe).
func Probe() error {
	_, err := Open()
	return err
}

// nvrtcDirs are where NVRTC's wheel may be beside the running program:
// the virtualenv of a Python executable (bin/python3 → its root).
func nvrtcDirs() []string {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	return []string{filepath.Dir(filepath.Dir(exe))}
}

func minElements() (int64, error) {
	s := cenv.Getenv(MinElementsEnv)
	if s == "" {
		return DefaultMinElements, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s=%q is not a count", MinElementsEnv, s)
	}
	return n, nil
}

func open() (*Device, error) {
	minEl, err := minElements()
	if err != nil {
		return nil, err
	}
	drv, err := cuda.OpenDriver()
	if err != nil {
		return nil, err
	}
	nv, err := cuda.OpenNVRTC(nvrtcDirs()...)
	if err != nil {
		return nil, err
	}
	th, err := startThread(drv.MakeCurrent)
	if err != nil {
		return nil, err
	}
	var total int64
	if err := th.do(func() (err error) { _, total, err = drv.MemInfo(); return err }); err != nil {
		return nil, err
	}
	desc := fmt.Sprintf("%s, compute capability %d.%d, driver %d, NVRTC %d.%d", drv.Name, drv.CC[0], drv.CC[1], drv.Version, nv.Major, nv.Minor)
	return newDevice(drv, desc, th, &compiler{nvrtc: nv, arch: fmt.Sprintf("sm_%d%d", drv.CC[0], drv.CC[1])}, minEl, min(poolCacheMax, total/4)), nil
}

func newDevice(drv driver, desc string, th *thread, comp *compiler, minEl, poolLimit int64) *Device {
	d := &Device{drv: drv, desc: desc, th: th, comp: comp, kernels: map[string]*loaded{}, pool: newPool(drv, poolLimit)}
	d.minElements.Store(minEl)
	return d
}

var started struct {
	once   sync.Once
	kind   backend.Kind
	notice string
}

// Start reads HLOVM_BACKEND once per process and, when it resolves to CUDA
// (cuda, or auto with a usable GPU and no Metal), registers the device with
// fusion. It returns what was chosen (CPU when CUDA was asked for and is
// unusable; Metal on macOS is left to the Metal runtime) and the notice it
// printed on stderr, a single line, when a request could not be met. It
// never fails: the CPU tiers always run.
func Start() (backend.Kind, string) {
	started.once.Do(func() {
		started.kind, started.notice = resolve(cenv.Getenv(backend.Env), Probe)
		if started.kind == backend.CUDA {
			d, _ := Open() // the probe opened it
			fusion.SetDevice(d)
			active.Store(d)
		}
		if started.notice != "" {
			fmt.Fprintln(os.Stderr, started.notice)
		}
	})
	return started.kind, started.notice
}

// active is the device Start registered.
var active atomic.Pointer[Device]

// Active is the device Start registered, or nil (not started, or the
// backend is not CUDA).
func Active() *Device { return active.Load() }

// resolve is Start's decision for a setting and a CUDA probe.
func resolve(setting string, probe backend.Probe) (backend.Kind, string) {
	want, err := backend.Parse(setting)
	if err != nil {
		return backend.CPU, "hlovm: " + err.Error() + "; running on the CPU"
	}
	if want == backend.Metal && runtime.GOOS == "darwin" {
		return backend.Metal, "" // the Metal runtime's to answer
	}
	// Metal is never usable off macOS; on macOS auto asks the Metal
	// runtime first, so CUDA (which does not build there) is only tried
	// after it.
	return backend.Resolve(want, probe, nil)
}
