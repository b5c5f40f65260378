package cudatier

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/internal/backend"
)

func TestResolve(t *testing.T) {
	usable := func() error { return nil }
	absent := func() error { return errors.New("cuda: library not found: libcuda.so.1") }
	for _, tc := range []struct {
		setting string
		probe   backend.Probe
		want    backend.Kind
		notice  string // a substring; "" for none
	}{
		{"", usable, backend.CUDA, ""},
		{"auto", absent, backend.CPU, ""},
		{"cpu", usable, backend.CPU, ""},
		{"cuda", usable, backend.CUDA, ""},
		{"cuda", absent, backend.CPU, "HLOVM_BACKEND=cuda, but CUDA is unusable (cuda: library not found"},
		{"CUDA ", absent, backend.CPU, "running on the CPU"},
		{"tpu", usable, backend.CPU, `HLOVM_BACKEND="tpu"`},
	} {
		got, notice := resolve(tc.setting, tc.probe)
		if runtime.GOOS == "darwin" && tc.want == backend.CUDA {
			continue // auto prefers Metal there
		}
		if got != tc.want || (tc.notice == "") != (notice == "") || !strings.Contains(notice, tc.notice) {
			t.Errorf("resolve(%q) = %v, %q; want %v, %q", tc.setting, got, notice, tc.want, tc.notice)
		}
		if strings.Contains(notice, "\n") {
			t.Errorf("resolve(%q): the notice is more than one line: %q", tc.setting, notice)
		}
	}
	if runtime.GOOS != "darwin" {
		if got, notice := resolve("metal", usable); got != backend.CPU || !strings.Contains(notice, "Metal is unusable") {
			t.Errorf("metal off macOS: %v, %q", got, notice)
		}
	}
}

// TestMinElementsEnv: the setting is a count; anything else is an error
// naming the variable (Open then fails, and Start falls back to the CPU
// with that notice).
func TestMinElementsEnv(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want int64
		bad  bool
	}{{"", DefaultMinElements, false}, {"0", 0, false}, {"4096", 4096, false}, {"-1", 0, true}, {"lots", 0, true}} {
		t.Setenv(MinElementsEnv, tc.v)
		got, err := minElements()
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("%s=%q: %d, %v", MinElementsEnv, tc.v, got, err)
		}
		if tc.bad && !strings.Contains(err.Error(), MinElementsEnv) {
			t.Errorf("error %q does not name %s", err, MinElementsEnv)
		}
	}
}
