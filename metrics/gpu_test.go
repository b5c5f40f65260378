package metrics

import (
	"errors"
	"testing"

	"github.com/hlovm/hlovm/fusion"
)

// statsDevice declines every kernel and reports fixed counters.
type statsDevice struct{ s fusion.DeviceStats }

func (statsDevice) Name() string { return "stats" }
func (statsDevice) Prepare(*fusion.Kernel) (fusion.DeviceKernel, error) {
	return nil, errors.New("declines everything")
}
func (d statsDevice) Stats() fusion.DeviceStats { return d.s }

// TestGPUCounters: the hlovm_gpu_* series read the registered device's
// counters at scrape time, and read 0 without one.
func TestGPUCounters(t *testing.T) {
	read := func() map[string]float64 {
		out := map[string]float64{}
		mfs, err := Registry.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			for _, m := range mf.GetMetric() {
				name := mf.GetName()
				for _, l := range m.GetLabel() {
					name += "{" + l.GetName() + "=" + l.GetValue() + "}"
				}
				switch {
				case m.Counter != nil:
					out[name] = m.Counter.GetValue()
				case m.Gauge != nil:
					out[name] = m.Gauge.GetValue()
				}
			}
		}
		return out
	}
	fusion.SetDevice(statsDevice{fusion.DeviceStats{Launches: 7, ToDevice: 3, ToDeviceBytes: 3000, FromDevice: 2,
		FromDeviceBytes: 800, Fallbacks: 1, PoolBytes: 1 << 20}})
	on := read()
	fusion.SetDevice(nil)
	off := read()
	for _, tc := range []struct {
		name string
		want float64
	}{
		{"hlovm_gpu_kernel_launches_total", 7},
		{"hlovm_gpu_transfers_total{direction=host_to_device}", 3},
		{"hlovm_gpu_transfer_bytes_total{direction=host_to_device}", 3000},
		{"hlovm_gpu_transfers_total{direction=device_to_host}", 2},
		{"hlovm_gpu_transfer_bytes_total{direction=device_to_host}", 800},
		{"hlovm_gpu_fallbacks_total", 1},
		{"hlovm_gpu_pool_bytes", 1 << 20},
	} {
		if got, ok := on[tc.name]; !ok || got != tc.want {
			t.Errorf("%s = %v (served %v), want %v", tc.name, got, ok, tc.want)
		}
		if off[tc.name] != 0 {
			t.Errorf("%s = %v without a device, want 0", tc.name, off[tc.name])
		}
	}
	if _, ok := on["hlovm_gpu_kernels_total{placement=device}"]; !ok {
		t.Error("hlovm_gpu_kernels_total{placement=device} not served")
	}
}
