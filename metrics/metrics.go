// Package metrics serves hlovm's counters in the Prometheus exposition
// format (/metrics) from inside the process, when HLOVM_METRICS_ADDR names a
// loopback host:port: compiles (count and latency), program cache hits and
// misses, executions by tier, instructions executed, region compiles,
// promotions and fallbacks (tiers.Counts), native and portable kernels
// (fusion.Counts), tier-1 compile latency, bytes transferred and live buffer
// bytes; with a GPU tier, its kernels, launches, copies and bytes each way,
// CPU fallbacks and pool size (hlovm_gpu_*, from fusion.CurrentDeviceStats).
//
// Callers' hooks (ObserveCompile, ObserveExecution, ObserveTransfer) are an
// atomic add or a histogram observation; counters other packages keep
// already are read at scrape time. The server binds loopback addresses
// only; a bad address is an error, never a crash.
package metrics

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tiers"
)

// AddrEnv is the address /metrics is served on (unset: not served).
const AddrEnv = "HLOVM_METRICS_ADDR"

var (
	compiles = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "hlovm_compile_seconds",
		Help:    "Program compiles asked of hlovm (cache hits included), by latency.",
		Buckets: prometheus.ExponentialBuckets(1e-5, 4, 10),
	})
	executions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "hlovm_executions_total",
		Help: "Program executions, by the tier the executable was prepared on.",
	}, []string{"tier"})
	instructions = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "hlovm_instructions_executed_total",
		Help: "Bytecode instructions the VM executed (promoted regions' own programs aside).",
	})
	transferred = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "hlovm_transfer_bytes_total",
		Help: "Bytes copied between the host and hlovm's device, by direction.",
	}, []string{"direction"})
	jitSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "hlovm_tier_compile_seconds",
		Help:    "Background region compiles (fusion, bytecode, native code), by latency.",
		Buckets: prometheus.ExponentialBuckets(1e-5, 4, 10),
	})
	liveBytes atomic.Pointer[func() float64]
)

// Registry holds every hlovm metric (and Go's runtime collectors).
var Registry = newRegistry()

func counterFunc(name, help string, fn func() float64) prometheus.Collector {
	return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, fn)
}

func gaugeFunc(name, help string, fn func() float64) prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, fn)
}

func newRegistry() *prometheus.Registry {
	r := prometheus.NewRegistry()
	tc := func(i int) func() float64 {
		return func() float64 {
			c, f, p := tiers.Counts()
			return float64([3]int64{c, f, p}[i])
		}
	}
	fc := func(native bool) func() float64 {
		return func() float64 {
			n, p := fusion.Counts()
			if native {
				return float64(n)
			}
			return float64(p)
		}
	}
	cache := func(fn func(engine.CacheStats) float64) func() float64 {
		return func() float64 { return fn(engine.Default.Stats()) }
	}
	r.MustRegister(compiles, executions, instructions, transferred, jitSeconds,
		counterFunc("hlovm_program_cache_hits_total", "Compiles the program cache answered.", cache(func(s engine.CacheStats) float64 { return float64(s.Hits) })),
		counterFunc("hlovm_program_cache_misses_total", "Compiles that ran the passes.", cache(func(s engine.CacheStats) float64 { return float64(s.Misses) })),
		gaugeFunc("hlovm_program_cache_programs", "Programs in the cache.", cache(func(s engine.CacheStats) float64 { return float64(s.Programs) })),
		gaugeFunc("hlovm_program_cache_bytes", "Approximate bytes the cached programs hold.", cache(func(s engine.CacheStats) float64 { return float64(s.Bytes) })),
		counterFunc("hlovm_tier_region_compiles_total", "Region compiles the tier manager attempted.", tc(0)),
		counterFunc("hlovm_tier_fallbacks_total", "Region compiles that failed: the region stays on tier 0.", tc(1)),
		counterFunc("hlovm_tier_promotions_total", "Regions promoted to tier 1.", tc(2)),
		counterFunc("hlovm_fused_kernels_native_total", "Fused kernels built as machine code (LLVM).", fc(true)),
		counterFunc("hlovm_fused_kernels_portable_total", "Fused kernels on the portable executor.", fc(false)),
		gaugeFunc("hlovm_live_buffer_bytes", "Bytes of device buffers alive.", func() float64 {
			if fn := liveBytes.Load(); fn != nil {
				return (*fn)()
			}
			return 0
		}),
		gaugeFunc("hlovm_device_queue_depth", "Executions queued on the devices' workers, not yet started.", func() float64 {
			if fn := queueDepth.Load(); fn != nil {
				return (*fn)()
			}
			return 0
		}),
		gaugeFunc("hlovm_gpu_pool_bytes", "Device memory the GPU tier's pool holds (in use and cached).", gpu(func(s fusion.DeviceStats) int64 { return s.PoolBytes })),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	gpuCounter := func(name, help string, labels prometheus.Labels, fn func() float64) {
		r.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help, ConstLabels: labels}, fn))
	}
	gpuCounter("hlovm_gpu_kernel_launches_total", "Fused kernels launched on the GPU.", nil, gpu(func(s fusion.DeviceStats) int64 { return s.Launches }))
	gpuCounter("hlovm_gpu_fallbacks_total", "GPU kernel runs that failed on the device and ran on the CPU.", nil, gpu(func(s fusion.DeviceStats) int64 { return s.Fallbacks }))
	for _, dir := range []struct {
		label        string
		count, bytes func(fusion.DeviceStats) int64
	}{
		{HostToDevice, func(s fusion.DeviceStats) int64 { return s.ToDevice }, func(s fusion.DeviceStats) int64 { return s.ToDeviceBytes }},
		{DeviceToHost, func(s fusion.DeviceStats) int64 { return s.FromDevice }, func(s fusion.DeviceStats) int64 { return s.FromDeviceBytes }},
	} {
		l := prometheus.Labels{"direction": dir.label}
		gpuCounter("hlovm_gpu_transfers_total", "Copies between host and GPU memory around GPU kernels, by direction.", l, gpu(dir.count))
		gpuCounter("hlovm_gpu_transfer_bytes_total", "Bytes copied between host and GPU memory around GPU kernels, by direction.", l, gpu(dir.bytes))
	}
	for _, pl := range []string{"device", "declined"} {
		gpuCounter("hlovm_gpu_kernels_total", "Fused kernels built for the GPU, or declined by it (they run on the CPU).", prometheus.Labels{"placement": pl}, func() float64 {
			built, declined := fusion.DeviceCounts()
			if pl == "device" {
				return float64(built)
			}
			return float64(declined)
		})
	}
	tiers.OnCompile(func(d time.Duration, _ bool) { jitSeconds.Observe(d.Seconds()) })
	return r
}

// gpu reads a counter of the registered GPU (fusion.CurrentDeviceStats);
// 0 without one.
func gpu(fn func(fusion.DeviceStats) int64) func() float64 {
	return func() float64 {
		s, _ := fusion.CurrentDeviceStats()
		return float64(fn(s))
	}
}

// ObserveCompile counts one compile asked of hlovm and its latency.
func ObserveCompile(d time.Duration) { compiles.Observe(d.Seconds()) }

// ObserveExecution counts one execution on tier and its instructions.
func ObserveExecution(tier string, instrs int64) {
	counterFor(&execByTier, executions, tier).Inc()
	if instrs > 0 {
		instructions.Add(float64(instrs))
	}
}

// Transfer directions.
const (
	HostToDevice = "host_to_device"
	DeviceToHost = "device_to_host"
)

// ObserveTransfer counts n bytes copied in direction dir.
func ObserveTransfer(dir string, n int64) {
	if n > 0 {
		counterFor(&transferByDir, transferred, dir).Add(float64(n))
	}
}

// The labelled counters by label value, looked up once: WithLabelValues
// hashes the value and takes the vector's lock, which costs as much as an
// eager op's run and is paid on every execution and transfer.
var execByTier, transferByDir sync.Map // label value -> prometheus.Counter

func counterFor(m *sync.Map, v *prometheus.CounterVec, label string) prometheus.Counter {
	if c, ok := m.Load(label); ok {
		return c.(prometheus.Counter)
	}
	c, _ := m.LoadOrStore(label, v.WithLabelValues(label))
	return c.(prometheus.Counter)
}

var queueDepth atomic.Pointer[func() float64]

// SetQueueDepth sets the source of hlovm_device_queue_depth.
func SetQueueDepth(fn func() float64) { queueDepth.Store(&fn) }

// SetLiveBytes sets the source of hlovm_live_buffer_bytes.
func SetLiveBytes(fn func() float64) { liveBytes.Store(&fn) }

// Handler serves Registry in the exposition format.
func Handler() http.Handler {
	return promhttp.HandlerFor(Registry, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// checkLoopback accepts host:port whose host is a loopback address or
// "localhost"; the metrics carry nothing secret, but a plugin must not open
// a port to the network unasked.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%s=%q: want host:port: %v", AddrEnv, addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%s=%q: %q is not a loopback address (127.0.0.1, ::1, localhost)", AddrEnv, addr, host)
	}
	return nil
}

// Server is a running /metrics endpoint.
type Server struct {
	Addr net.Addr // the bound address (its port when ":0" was asked)
	srv  *http.Server
	done chan struct{}
}

// Serve binds addr (loopback only) and serves /metrics on it in the
// background.
func Serve(addr string) (*Server, error) {
	if err := checkLoopback(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", AddrEnv, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", Handler())
	s := &Server{Addr: ln.Addr(), done: make(chan struct{}),
		srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}}
	go func() {
		defer close(s.done)
		defer func() {
			if r := recover(); r != nil {
				fmt.Fprintf(os.Stderr, "hlovm: metrics server stopped: %v\n", r)
			}
		}()
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(os.Stderr, "hlovm: metrics server: %v\n", err)
		}
	}()
	return s, nil
}

// Close stops the server and waits for it.
func (s *Server) Close() error {
	err := s.srv.Close()
	<-s.done
	return err
}

// ServeEnv serves /metrics on HLOVM_METRICS_ADDR when it is set; a bad
// address is reported on stderr and nothing is served.
func ServeEnv() *Server {
	addr := os.Getenv(AddrEnv)
	if addr == "" {
		return nil
	}
	s, err := Serve(addr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "hlovm: metrics not served: %v\n", err)
		return nil
	}
	return s
}
