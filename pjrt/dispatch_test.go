package main

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/hlovm/hlovm/tensor"
)

// TestInlineKeepsOrder: a job runs inline only on an idle device, and jobs
// queued while it runs wait for it.
func TestInlineKeepsOrder(t *testing.T) {
	dev := newDevice(0, "test")
	release := make(chan struct{})
	started := make(chan struct{})
	var seq []string
	var inlineDone atomic.Bool
	go func() {
		if !dev.tryInline(func() {
			close(started)
			<-release
			seq = append(seq, "inline")
			inlineDone.Store(true)
		}) {
			panic("idle device refused an inline job")
		}
	}()
	<-started
	if dev.tryInline(func() {}) {
		t.Fatal("a second job ran inline while the first was running")
	}
	queued := make(chan bool, 1)
	dev.enqueue(func() {
		seq = append(seq, "queued")
		queued <- inlineDone.Load()
	})
	close(release)
	if !<-queued {
		t.Fatal("a queued job ran before the inline job it was queued behind")
	}
	if len(seq) != 2 || seq[0] != "inline" {
		t.Fatalf("order %v", seq)
	}
	// A job behind a queued one is queued too.
	block := make(chan struct{})
	dev.enqueue(func() { <-block })
	if dev.tryInline(func() {}) {
		t.Fatal("ran inline with a job running on the worker")
	}
	close(block)
}

// TestShortRunsComplete: once a program is known to run short, Execute on an
// idle device returns with its results complete, from a pooled session that
// gives every run its own output storage.
func TestShortRunsComplete(t *testing.T) {
	dev := newDevice(0, "test")
	c, err := compileProgram([]byte(`func.func @main(%a: tensor<3xf32>) -> tensor<3xf32> {
  %0 = stablehlo.add %a, %a : tensor<3xf32>
  return %0 : tensor<3xf32>
}`))
	if err != nil {
		t.Fatal(err)
	}
	c.runNS.Store(1)
	in := tensor.New(tensor.F32, []int64{3})
	copy(tensor.View[float32](in), []float32{1, 2, 3})
	arg := &buffer{dev: dev, dtype: tensor.F32, dims: []int64{3}, p: &payload{ready: readyEvent(nil), data: in}}
	var prev *tensor.Buffer
	for i := 0; i < 3; i++ {
		c.runNS.Store(1)
		outs, done, err := execute(dev, c, []*buffer{arg}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !done.isReady() {
			t.Fatal("a short run on an idle device did not complete inline")
		}
		p, _ := outs[0].payload()
		if got := tensor.View[float32](p.data); got[0] != 2 || got[1] != 4 || got[2] != 6 {
			t.Fatalf("run %d: %v", i, got)
		}
		if prev != nil && &prev.Data[0] == &p.data.Data[0] {
			t.Fatal("two runs returned the same storage")
		}
		prev = p.data
	}
}

// TestHostCallbackProgramsUseTheWorker: Python callbacks never run on the
// thread that called Execute, however short the program.
func TestHostCallbackProgramsUseTheWorker(t *testing.T) {
	c, err := compileProgram([]byte(hostCallbackProgram))
	if err != nil {
		t.Fatal(err)
	}
	c.runNS.Store(1)
	if !c.hostCallback || c.short() {
		t.Fatalf("hostCallback=%v short=%v", c.hostCallback, c.short())
	}
}

// TestShortEstimate: how run times decide the inline path. One run
// descheduled for milliseconds (a loaded machine) leaves a short program
// inline; runs that really got long take it off within three runs.
func TestShortEstimate(t *testing.T) {
	us := func(n ...int64) []time.Duration {
		var d []time.Duration
		for _, x := range n {
			d = append(d, time.Duration(x)*time.Microsecond)
		}
		return d
	}
	tests := []struct {
		name  string
		runs  []time.Duration
		short bool
	}{
		{"never run", nil, false},
		{"short", us(5, 6, 5), true},
		{"short, one 20 ms outlier", us(5, 5, 5, 20000), true},
		{"short, two outliers in a row", us(5, 5, 20000, 20000), true},
		{"short, then three long runs", us(5, 5, 1000, 1000, 1000), false},
		{"long from the start", us(500), false},
		{"steadily over the bound", us(150, 150, 150), false},
		{"long, then short again", us(5000, 5, 5, 5), true},
	}
	for _, tc := range tests {
		c := &compiled{}
		for _, d := range tc.runs {
			c.timed(d)
		}
		if got := c.short(); got != tc.short {
			t.Errorf("%s: short = %v (estimate %d ns), want %v", tc.name, got, c.runNS.Load(), tc.short)
		}
	}
}
