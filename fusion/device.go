package fusion

import (
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
)

// Device runs fused kernels somewhere other than the host's cores: the CUDA
// and Metal runtimes register one (SetDevice) when HLOVM_BACKEND resolves to
// them. A kernel the device cannot take stays on the CPU (native or
// portable) with the reason kept for the tier report; the answer never
// depends on where a kernel ran, only the time.
type Device interface {
	// Name is the backend, as the tier report shows it ("cuda", "metal").
	Name() string
	// Prepare compiles k for the device, or says why it cannot run there
	// (an element type the device lacks, a compile failure).
	Prepare(k *Kernel) (DeviceKernel, error)
}

// DeviceKernel is one kernel compiled for a Device.
type DeviceKernel interface {
	// Run computes the kernel's outputs into results from args. Buffers
	// are host buffers today: the device copies what it needs in and
	// out (its transfers are its own to count). A result may share an
	// element-wise input's storage (donation in place): all of the inputs
	// must be read before that result is written back.
	Run(ctx *interp.Ctx, args, results []*tensor.Buffer) error
}

var device atomic.Pointer[Device]

// SetDevice makes d run the fused kernels built from now on (nil: the CPU).
func SetDevice(d Device) {
	if d == nil {
		device.Store(nil)
		return
	}
	device.Store(&d)
}

// CurrentDevice is the registered Device, or nil.
func CurrentDevice() Device {
	if p := device.Load(); p != nil {
		return *p
	}
	return nil
}

// Placement says where a kernel (by hash) was built to run and, when it
// stayed on the CPU while a device was registered, why.
type Placement struct {
	Where  string // "cuda", "metal", "native" or "portable"
	Reason string
}

// placements is kept small: a process that builds very many distinct
// kernels forgets the oldest reports wholesale rather than grow.
var (
	placements     sync.Map // kernel hash -> Placement
	placementCount atomic.Int64
)

const maxPlacements = 1 << 14

func place(h string, p Placement) {
	if _, loaded := placements.Swap(h, p); !loaded && placementCount.Add(1) > maxPlacements {
		placements.Clear()
		placementCount.Store(0)
	}
}

// PlacementOf reports where the kernel with hash h was last built to run.
func PlacementOf(h string) (Placement, bool) {
	v, ok := placements.Load(h)
	if !ok {
		return Placement{}, false
	}
	return v.(Placement), true
}

var deviceKernels, deviceDeclined atomic.Int64

// DeviceCounts reports kernels built for the registered device and kernels
// it declined (which then ran on the CPU).
func DeviceCounts() (built, declined int64) { return deviceKernels.Load(), deviceDeclined.Load() }
