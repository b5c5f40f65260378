package metal

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/internal/backend"
	"github.com/hlovm/hlovm/internal/cenv"
)

var started struct {
	once   sync.Once
	kind   backend.Kind
	notice string
}

var active atomic.Pointer[Runtime]

// Active is the runtime Start registered, or nil.
func Active() *Runtime { return active.Load() }

// Start reads HLOVM_BACKEND once per process and, when it asks for Metal
// (metal, or auto on macOS with a usable device), registers the default
// runtime as fusion's device. It answers only for Metal: any other setting
// returns CPU with no notice (the CUDA tier answers for cuda, and reports a
// setting it cannot parse). An explicit metal that cannot be met prints one
// line on stderr and runs on the CPU; Start never fails.
func Start() (backend.Kind, string) {
	started.once.Do(func() {
		started.kind, started.notice = resolve(cenv.Getenv(backend.Env), Probe)
		if started.kind == backend.Metal {
			if err := Use(); err != nil { // the probe opened it: cannot fail
				started.kind, started.notice = backend.CPU, fmt.Sprintf("hlovm: Metal: %v; running on the CPU", err)
			} else {
				r, _ := Default()
				active.Store(r)
			}
		}
		if started.notice != "" {
			fmt.Fprintln(os.Stderr, started.notice)
		}
	})
	return started.kind, started.notice
}

// resolve is Start's decision for a setting and a Metal probe.
func resolve(setting string, probe backend.Probe) (backend.Kind, string) {
	want, err := backend.Parse(setting)
	if err != nil {
		return backend.CPU, ""
	}
	switch {
	case want == backend.Metal:
		return backend.Resolve(backend.Metal, nil, probe)
	case want == backend.Auto && runtime.GOOS == "darwin":
		err := probe()
		if err == nil {
			return backend.Metal, ""
		}
		if errors.Is(err, errSetting) { // the user's own mistake: say so
			return backend.CPU, fmt.Sprintf("hlovm: Metal: %v; running on the CPU", err)
		}
	}
	return backend.CPU, ""
}
