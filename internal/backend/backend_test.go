package backend

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Kind
		bad  bool
	}{
		{"", Auto, false}, {"auto", Auto, false}, {" CPU ", CPU, false}, {"cuda", CUDA, false},
		{"gpu", CUDA, false}, {"metal", Metal, false}, {"tpu", Auto, true}, {"cpu0", Auto, true},
	} {
		got, err := Parse(tc.in)
		if (err != nil) != tc.bad || (!tc.bad && got != tc.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v (error %v)", tc.in, got, err, tc.want, tc.bad)
		}
		if tc.bad && !strings.Contains(err.Error(), Env) {
			t.Errorf("Parse(%q): error %q does not name %s", tc.in, err, Env)
		}
	}
}

func TestResolve(t *testing.T) {
	ok := func() error { return nil }
	none := func() error { return errors.New("no device") }
	for _, tc := range []struct {
		name        string
		want        Kind
		cuda, metal Probe
		got         Kind
		notice      bool
	}{
		{"cpu pinned", CPU, ok, ok, CPU, false},
		{"cuda usable", CUDA, ok, nil, CUDA, false},
		{"cuda unusable", CUDA, none, nil, CPU, true},
		{"cuda not built", CUDA, nil, nil, CPU, true},
		{"metal unusable", Metal, nil, none, CPU, true},
		{"auto without gpus", Auto, none, none, CPU, false},
		{"auto with cuda", Auto, ok, none, CUDA, false},
	} {
		got, notice := Resolve(tc.want, tc.cuda, tc.metal)
		if got != tc.got || (notice != "") != tc.notice {
			t.Errorf("%s: Resolve = %v, %q; want %v (notice %v)", tc.name, got, notice, tc.got, tc.notice)
		}
	}
	if runtime.GOOS == "darwin" {
		if got, _ := Resolve(Auto, ok, ok); got != Metal {
			t.Errorf("auto on darwin with both: %v, want metal", got)
		}
	} else if got, _ := Resolve(Auto, ok, ok); got != CUDA {
		t.Errorf("auto off darwin with both: %v, want cuda", got)
	}
}
