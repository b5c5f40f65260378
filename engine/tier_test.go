package engine

import (
	"context"
	"strings"
	"testing"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// fakeTier is a higher tier as one will look: the interpreter's Executable,
// with the entry Func promoted to a replacement (here: constant 42s).
type fakeTier struct{}

func (fakeTier) Name() string { return "fake" }
func (fakeTier) Prepare(p *bytecode.Program) (Executable, error) {
	exe, err := Interp.Prepare(p)
	if err != nil {
		return nil, err
	}
	p.Entry().Promote("fake.main", fortyTwo{})
	return exe, nil
}

type fortyTwo struct{}

func (fortyTwo) Run(_ *interp.Ctx, args []*tensor.Buffer) ([]*tensor.Buffer, error) {
	out := tensor.New(args[0].DType, args[0].Shape)
	for i := range tensor.View[float32](out) {
		tensor.View[float32](out)[i] = 42
	}
	return []*tensor.Buffer{out}, nil
}

// withFake registers fakeTier for one test.
func withFake(t *testing.T) {
	tiersMu.Lock()
	saved := tiers
	tiersMu.Unlock()
	Register(fakeTier{}, "1")
	t.Cleanup(func() {
		tiersMu.Lock()
		tiers = saved
		tiersMu.Unlock()
	})
}

func TestTierSelection(t *testing.T) {
	tests := []struct {
		env, want string
		fake      bool
		err       string
	}{
		{"", "interp", false, ""},
		{"0", "interp", false, ""},
		{"interp", "interp", false, ""},
		{" Interp ", "interp", false, ""},
		{"1", "", false, `unknown tier "1"`},
		{"cuda", "", false, "known: 0/interp"},
		{"", "fake", true, ""},
		{"0", "interp", true, ""},
		{"interp", "interp", true, ""},
		{"0,1", "fake", true, ""},
		{"fake", "fake", true, ""},
		{"0,metal", "", true, `unknown tier "metal"`},
	}
	for _, tc := range tests {
		t.Run(tc.env+"/fake="+map[bool]string{true: "y", false: "n"}[tc.fake], func(t *testing.T) {
			if tc.fake {
				withFake(t)
			}
			t.Setenv(TiersEnv, tc.env)
			tier, err := SelectTier()
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), TiersEnv) {
					t.Fatalf("err %v, want one naming %s and containing %q", err, TiersEnv, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tier.Name() != tc.want {
				t.Fatalf("tier %s, want %s", tier.Name(), tc.want)
			}
		})
	}
}

func runAdd(t *testing.T) []float32 {
	e := New(DefaultCacheConfig)
	a, err := e.Compile(constProgram(1, 4), Options{})
	if err != nil {
		t.Fatal(err)
	}
	exe, err := Prepare(a.Program)
	if err != nil {
		t.Fatal(err)
	}
	in := tensor.New(tensor.F32, []int64{4})
	copy(tensor.View[float32](in), []float32{1, 2, 3, 4})
	out, st, err := Run(context.Background(), exe, []*tensor.Buffer{in}, vm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st == nil {
		t.Fatal("no stats")
	}
	return tensor.View[float32](out[0])
}

func TestInterpExecutable(t *testing.T) {
	t.Setenv(TiersEnv, "interp")
	got := runAdd(t)
	for i, want := range []float32{2, 3, 4, 5} {
		if got[i] != want {
			t.Fatalf("out = %v", got)
		}
	}
}

// TestPromotionReachable: a tier that promotes at Func.Promote is run by the
// VM through the interpreter's Executable.
func TestPromotionReachable(t *testing.T) {
	withFake(t)
	t.Setenv(TiersEnv, "")
	got := runAdd(t)
	if got[0] != 42 {
		t.Fatalf("out = %v, want the promoted Func's 42s", got)
	}
}
