package metrics

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/tiers"
	"github.com/hlovm/hlovm/vm"
)

func TestLoopbackOnly(t *testing.T) {
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:0", true},
		{"localhost:0", true},
		{"[::1]:0", true},
		{"0.0.0.0:9090", false},
		{":9090", false},
		{"10.1.2.3:9090", false},
		{"example.com:80", false},
		{"127.0.0.1", false}, // no port
	} {
		err := checkLoopback(tc.addr)
		if (err == nil) != tc.ok {
			t.Errorf("%q: err %v, want ok=%v", tc.addr, err, tc.ok)
		}
	}
	if _, err := Serve("0.0.0.0:0"); err == nil {
		t.Fatal("served on a non-loopback address")
	}
}

// scrape fetches /metrics and parses the exposition format.
func scrape(t *testing.T, url string) map[string]float64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(string(body)))
	if err != nil {
		t.Fatalf("exposition format: %v\n%s", err, body)
	}
	out := map[string]float64{}
	for name, f := range fams {
		for _, m := range f.Metric {
			key := name
			for _, l := range m.Label {
				key += "{" + l.GetName() + "=" + l.GetValue() + "}"
			}
			switch {
			case m.Counter != nil:
				out[key] = m.Counter.GetValue()
			case m.Gauge != nil:
				out[key] = m.Gauge.GetValue()
			case m.Histogram != nil:
				out[key+"_count"] = float64(m.Histogram.GetSampleCount())
			}
		}
	}
	return out
}

// A program compiled and run through engine and the tier manager moves the
// counters the endpoint serves.
func TestScrape(t *testing.T) {
	s, err := Serve("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	url := "http://" + s.Addr.String() + "/metrics"
	before := scrape(t, url)

	src := []byte(`func.func @main(%a: tensor<64xf32>) -> tensor<64xf32> {
  %0 = stablehlo.multiply %a, %a : tensor<64xf32>
  %1 = stablehlo.add %0, %a : tensor<64xf32>
  %2 = stablehlo.exponential %1 : tensor<64xf32>
  return %2 : tensor<64xf32>
}`)
	SetLiveBytes(func() float64 { return 4096 })
	in := []*tensor.Buffer{tensor.New(tensor.F32, []int64{64})}
	for range 3 {
		start := time.Now()
		a, err := engine.Compile(src, engine.Options{Name: "metrics-test"})
		if err != nil {
			t.Fatal(err)
		}
		ObserveCompile(time.Since(start))
		exe, err := (&tiers.Tier{Threshold: 1, Set: true}).Prepare(a.Program)
		if err != nil {
			t.Fatal(err)
		}
		_, st, err := engine.Run(context.Background(), exe, in, vm.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ObserveExecution(exe.Tier(), st.Instructions)
		ObserveTransfer(HostToDevice, 256)
		tiers.ManagerOf(a.Program).Wait()
	}
	// Once promoted, a run executes the fused program's instructions, which
	// the outer run does not count: one run of a program of its own (other
	// bytes: not the cached, promoted one) on tier 0 makes the count
	// deterministic.
	exe0, err := engine.Interp.Prepare(mustCompile(t, append(append([]byte(nil), src...), fmt.Sprintf("\n// %d", time.Now().UnixNano())...)).Program)
	if err != nil {
		t.Fatal(err)
	}
	if _, st, err := engine.Run(context.Background(), exe0, in, vm.Options{}); err != nil {
		t.Fatal(err)
	} else {
		ObserveExecution(exe0.Tier(), st.Instructions)
	}
	after := scrape(t, url)
	for _, tc := range []struct {
		name string
		min  float64 // least increase
	}{
		{"hlovm_compile_seconds_count", 3},
		{"hlovm_program_cache_misses_total", 1},
		{"hlovm_program_cache_hits_total", 2},
		{"hlovm_executions_total{tier=fused}", 3},
		{"hlovm_instructions_executed_total", 1},
		{"hlovm_transfer_bytes_total{direction=host_to_device}", 768},
		{"hlovm_tier_region_compiles_total", 1},
		{"hlovm_tier_promotions_total", 1},
		{"hlovm_tier_compile_seconds_count", 1},
	} {
		got, ok := after[tc.name]
		if !ok {
			t.Errorf("%s not served", tc.name)
			continue
		}
		if d := got - before[tc.name]; d < tc.min {
			t.Errorf("%s rose by %v, want at least %v", tc.name, d, tc.min)
		}
	}
	if after["hlovm_live_buffer_bytes"] != 4096 {
		t.Errorf("live bytes %v, want 4096", after["hlovm_live_buffer_bytes"])
	}
	n, p := after["hlovm_fused_kernels_native_total"], after["hlovm_fused_kernels_portable_total"]
	if n+p < 1 {
		t.Errorf("no fused kernel counted (native %v, portable %v)", n, p)
	}
}

func mustCompile(t *testing.T, src []byte) *engine.Artifact {
	t.Helper()
	a, err := engine.Compile(src, engine.Options{Name: "metrics-test"})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
