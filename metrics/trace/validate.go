package trace

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Validate checks data against what Trace Event Format consumers require:
// a JSON object with a traceEvents array (or a bare array); every event has
// name, ph, ts, pid and tid; "X" events have a non-negative dur; "B"/"E"
// pairs balance per track; and complete events on one track nest (a slice
// that starts inside another ends inside it), which Perfetto needs to draw
// them as a stack. No consumer can be installed here (Perfetto's trace
// processor is a binary download), so tests validate with this.
func Validate(data []byte) (int, error) {
	var raw []map[string]any
	var obj struct {
		TraceEvents *[]map[string]any `json:"traceEvents"`
	}
	if err := json.Unmarshal(data, &obj); err == nil && obj.TraceEvents != nil {
		raw = *obj.TraceEvents
	} else if err := json.Unmarshal(data, &raw); err != nil {
		return 0, fmt.Errorf("trace: neither {\"traceEvents\": [...]} nor an array: %v", err)
	}
	type span struct{ start, end float64 }
	type track struct{ pid, tid float64 }
	spans := map[track][]span{}
	open := map[track][]string{}
	for i, e := range raw {
		name, ok := e["name"].(string)
		if !ok {
			return 0, fmt.Errorf("trace: event %d has no string name", i)
		}
		ph, ok := e["ph"].(string)
		if !ok || len(ph) != 1 {
			return 0, fmt.Errorf("trace: event %d (%s) has no one-letter ph", i, name)
		}
		var nums [3]float64
		for k, f := range []string{"ts", "pid", "tid"} {
			v, ok := e[f].(float64)
			if !ok {
				return 0, fmt.Errorf("trace: event %d (%s) has no numeric %s", i, name, f)
			}
			nums[k] = v
		}
		tr := track{nums[1], nums[2]}
		switch ph {
		case "X":
			d, ok := e["dur"].(float64)
			if !ok || d < 0 {
				return 0, fmt.Errorf("trace: complete event %d (%s) has no non-negative dur", i, name)
			}
			spans[tr] = append(spans[tr], span{nums[0], nums[0] + d})
		case "B":
			open[tr] = append(open[tr], name)
		case "E":
			if len(open[tr]) == 0 {
				return 0, fmt.Errorf("trace: event %d (%s) ends nothing on pid %v tid %v", i, name, tr.pid, tr.tid)
			}
			open[tr] = open[tr][:len(open[tr])-1]
		case "i", "I", "M", "C", "b", "e", "n", "s", "t", "f", "O", "N", "D":
		default:
			return 0, fmt.Errorf("trace: event %d (%s) has unknown ph %q", i, name, ph)
		}
	}
	for tr, names := range open {
		if len(names) > 0 {
			return 0, fmt.Errorf("trace: %q begun and never ended on pid %v tid %v", names[len(names)-1], tr.pid, tr.tid)
		}
	}
	for tr, ss := range spans {
		// Longest first at equal starts, so a parent precedes its children.
		sort.Slice(ss, func(i, j int) bool {
			if ss[i].start != ss[j].start {
				return ss[i].start < ss[j].start
			}
			return ss[i].end > ss[j].end
		})
		// eps absorbs the rounding of ts+dur in float64 (times are
		// microseconds with three decimals).
		const eps = 1e-6
		var stack []span
		for _, s := range ss {
			for len(stack) > 0 && stack[len(stack)-1].end <= s.start+eps {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 && s.end > stack[len(stack)-1].end+eps {
				return 0, fmt.Errorf("trace: on pid %v tid %v the slice [%v, %v] overlaps [%v, %v] without nesting",
					tr.pid, tr.tid, s.start, s.end, stack[len(stack)-1].start, stack[len(stack)-1].end)
			}
			stack = append(stack, s)
		}
	}
	return len(raw), nil
}
