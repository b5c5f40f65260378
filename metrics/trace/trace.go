// Package trace records what the VM does as Trace Event Format JSON, the
// format Perfetto (ui.perfetto.dev) and chrome://tracing load: complete
// events ("X": a start and a duration) for executions, region entries,
// aggregated op times, background compiles and host/device transfers,
// instant events ("i") for promotions, and thread names ("M") so each
// goroutine or worker is its own track.
//
// Recording is off until Start; every hook first checks Enabled (one atomic
// load), so the hot paths pay nothing when nobody traces. The recorder is
// bounded (MaxEvents): past it, events are counted as dropped, never grown.
//
// It must not import other hlovm packages: tiers, vmtrace and the plugin
// all record here.
package trace

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// MaxEvents bounds the events one recording keeps (about 100 bytes each).
const MaxEvents = 1 << 20

// Event is one Trace Event Format event. Times are nanoseconds since the
// recording started; they are written as microseconds with three decimals,
// so nesting computed in nanoseconds survives exactly.
type Event struct {
	Name  string
	Cat   string
	Ph    byte // 'X' complete, 'i' instant, 'M' metadata, 'C' counter
	TS    int64
	Dur   int64
	TID   int64
	Scope string // instant events: "t" thread, "p" process, "g" global
	Args  map[string]any
}

type recorder struct {
	mu      sync.Mutex
	start   time.Time
	events  []Event
	dropped int64
	threads map[int64]string
}

var (
	on  atomic.Bool
	rec recorder
)

// Start begins a recording, discarding any earlier one.
func Start() {
	rec.mu.Lock()
	rec.start = time.Now()
	rec.events = nil
	rec.dropped = 0
	rec.threads = map[int64]string{}
	rec.mu.Unlock()
	on.Store(true)
}

// Stop ends the recording; its events stay for Write.
func Stop() { on.Store(false) }

// Enabled reports whether a recording is running. Hooks check it before
// taking a time or a goroutine id.
func Enabled() bool { return on.Load() }

// Now is the recording's clock: nanoseconds since Start.
func Now() int64 {
	rec.mu.Lock()
	s := rec.start
	rec.mu.Unlock()
	return int64(time.Since(s))
}

// Since converts a wall time to the recording's clock.
func Since(t time.Time) int64 {
	rec.mu.Lock()
	s := rec.start
	rec.mu.Unlock()
	return int64(t.Sub(s))
}

// Add records e (dropped, and counted, past MaxEvents).
func Add(e Event) {
	if !on.Load() {
		return
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.events) >= MaxEvents {
		rec.dropped++
		return
	}
	if e.TS < 0 {
		e.TS = 0
	}
	rec.events = append(rec.events, e)
}

// Complete records an "X" event on track tid from start for dur.
func Complete(name, cat string, tid int64, start time.Time, dur time.Duration, args map[string]any) {
	if !on.Load() {
		return
	}
	Add(Event{Name: name, Cat: cat, Ph: 'X', TS: Since(start), Dur: int64(dur), TID: tid, Args: args})
}

// Instant records an "i" event on track tid now.
func Instant(name, cat string, tid int64, args map[string]any) {
	if !on.Load() {
		return
	}
	Add(Event{Name: name, Cat: cat, Ph: 'i', TS: Now(), TID: tid, Scope: "t", Args: args})
}

// NameThread names track tid (once; the first name stays).
func NameThread(tid int64, name string) {
	if !on.Load() {
		return
	}
	rec.mu.Lock()
	if _, ok := rec.threads[tid]; !ok {
		rec.threads[tid] = name
	}
	rec.mu.Unlock()
}

// GoID is the calling goroutine's id, the track of what it records. It
// parses runtime.Stack's header, so callers take it only while tracing.
func GoID() int64 {
	var b [64]byte
	n := runtime.Stack(b[:], false)
	s := bytes.TrimPrefix(b[:n], []byte("goroutine "))
	if i := bytes.IndexByte(s, ' '); i > 0 {
		id, err := strconv.ParseInt(string(s[:i]), 10, 64)
		if err == nil {
			return id
		}
	}
	return 0
}

// Thread is GoID with the track named name (the first time).
func Thread(name string) int64 {
	tid := GoID()
	NameThread(tid, fmt.Sprintf("%s (goroutine %d)", name, tid))
	return tid
}

// Snapshot copies the recording's events (thread names first, as "M"
// events) and the number dropped.
func Snapshot() ([]Event, int64) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	out := make([]Event, 0, len(rec.threads)+len(rec.events)+1)
	out = append(out, Event{Name: "process_name", Ph: 'M', Args: map[string]any{"name": "hlovm"}})
	tids := make([]int64, 0, len(rec.threads))
	for t := range rec.threads {
		tids = append(tids, t)
	}
	sort.Slice(tids, func(i, j int) bool { return tids[i] < tids[j] })
	for _, t := range tids {
		out = append(out, Event{Name: "thread_name", Ph: 'M', TID: t, Args: map[string]any{"name": rec.threads[t]}})
	}
	return append(out, rec.events...), rec.dropped
}

// Pid is the process id events carry.
var Pid = os.Getpid()

// micros writes ns as microseconds with three decimals, exactly.
func micros(ns int64) json.Number {
	neg := ""
	if ns < 0 {
		neg, ns = "-", -ns
	}
	return json.Number(fmt.Sprintf("%s%d.%03d", neg, ns/1000, ns%1000))
}

type jsonEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	TS   json.Number    `json:"ts"`
	Dur  *json.Number   `json:"dur,omitempty"`
	Pid  int            `json:"pid"`
	Tid  int64          `json:"tid"`
	S    string         `json:"s,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

// WriteJSON writes events as a Trace Event Format object:
// {"traceEvents": [...], "displayTimeUnit": "ns", "otherData": {...}}.
func WriteJSON(w io.Writer, events []Event, dropped int64) error {
	out := struct {
		TraceEvents     []jsonEvent    `json:"traceEvents"`
		DisplayTimeUnit string         `json:"displayTimeUnit"`
		OtherData       map[string]any `json:"otherData"`
	}{TraceEvents: make([]jsonEvent, 0, len(events)), DisplayTimeUnit: "ns",
		OtherData: map[string]any{"producer": "hlovm", "dropped_events": dropped}}
	for _, e := range events {
		je := jsonEvent{Name: e.Name, Cat: e.Cat, Ph: string(e.Ph), TS: micros(e.TS), Pid: Pid, Tid: e.TID, S: e.Scope, Args: e.Args}
		if e.Ph == 'X' {
			d := micros(max(e.Dur, 0))
			je.Dur = &d
		}
		out.TraceEvents = append(out.TraceEvents, je)
	}
	enc := json.NewEncoder(w)
	return enc.Encode(out)
}

// WriteFile writes the recording so far to path.
func WriteFile(path string) error {
	events, dropped := Snapshot()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := WriteJSON(f, events, dropped); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
