package trace

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name, json string
		err        string // substring; "" = valid
	}{
		{"object", `{"traceEvents":[{"name":"a","ph":"X","ts":0,"dur":5,"pid":1,"tid":1}]}`, ""},
		{"array", `[{"name":"a","ph":"i","ts":1,"pid":1,"tid":1}]`, ""},
		{"nested", `[{"name":"a","ph":"X","ts":0,"dur":10,"pid":1,"tid":1},{"name":"b","ph":"X","ts":2,"dur":3,"pid":1,"tid":1}]`, ""},
		{"same start", `[{"name":"b","ph":"X","ts":0,"dur":3,"pid":1,"tid":1},{"name":"a","ph":"X","ts":0,"dur":10,"pid":1,"tid":1}]`, ""},
		{"other track", `[{"name":"a","ph":"X","ts":0,"dur":10,"pid":1,"tid":1},{"name":"b","ph":"X","ts":5,"dur":10,"pid":1,"tid":2}]`, ""},
		{"overlap", `[{"name":"a","ph":"X","ts":0,"dur":10,"pid":1,"tid":1},{"name":"b","ph":"X","ts":5,"dur":10,"pid":1,"tid":1}]`, "without nesting"},
		{"B/E", `[{"name":"a","ph":"B","ts":0,"pid":1,"tid":1},{"name":"a","ph":"E","ts":1,"pid":1,"tid":1}]`, ""},
		{"unbalanced", `[{"name":"a","ph":"B","ts":0,"pid":1,"tid":1}]`, "never ended"},
		{"stray E", `[{"name":"a","ph":"E","ts":0,"pid":1,"tid":1}]`, "ends nothing"},
		{"no ts", `[{"name":"a","ph":"i","pid":1,"tid":1}]`, "numeric ts"},
		{"no tid", `[{"name":"a","ph":"i","ts":0,"pid":1}]`, "numeric tid"},
		{"no name", `[{"ph":"i","ts":0,"pid":1,"tid":1}]`, "name"},
		{"no dur", `[{"name":"a","ph":"X","ts":0,"pid":1,"tid":1}]`, "dur"},
		{"bad ph", `[{"name":"a","ph":"Q","ts":0,"pid":1,"tid":1}]`, "unknown ph"},
		{"not json", `{`, "neither"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Validate([]byte(tc.json))
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("valid trace rejected: %v", err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Fatalf("got %v, want an error containing %q", err, tc.err)
			}
		})
	}
}

// A recording written by WriteJSON is valid, nests, keeps thread names and
// writes times exactly (nanoseconds as microseconds with three decimals).
func TestRecordAndWrite(t *testing.T) {
	Start()
	defer Stop()
	tid := Thread("test")
	t0 := time.Now()
	Complete("child", "region", tid, t0.Add(1500*time.Nanosecond), 2*time.Microsecond, nil)
	Complete("parent", "execute", tid, t0, 10*time.Microsecond, map[string]any{"n": 1})
	Instant("promote", "tier", tid, nil)
	events, dropped := Snapshot()
	if dropped != 0 {
		t.Fatalf("dropped %d", dropped)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, events, dropped); err != nil {
		t.Fatal(err)
	}
	n, err := Validate(buf.Bytes())
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if n != 5 { // process name, thread name, 3 events
		t.Fatalf("%d events, want 5:\n%s", n, buf.String())
	}
	for _, want := range []string{`"thread_name"`, `goroutine`, `"dur":2.000`, `"ph":"i"`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("missing %s in\n%s", want, buf.String())
		}
	}
}

func TestOffRecordsNothing(t *testing.T) {
	Start()
	Stop()
	Complete("x", "", 1, time.Now(), time.Microsecond, nil)
	Instant("y", "", 1, nil)
	if ev, _ := Snapshot(); len(ev) != 1 { // the process name only
		t.Fatalf("recorded while off: %v", ev)
	}
}

func TestGoID(t *testing.T) {
	a := GoID()
	ch := make(chan int64)
	go func() { ch <- GoID() }()
	b := <-ch
	if a <= 0 || b <= 0 || a == b {
		t.Fatalf("goroutine ids %d and %d", a, b)
	}
}
