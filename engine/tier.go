package engine

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/internal/cenv"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// Tier turns a compiled Program into something that runs. Tier 0 is the
// interpreter. A higher tier does not replace the VM: the VM keeps control
// flow, buffers and errors, and the tier attaches where the bytecode
// already gives it a place — region entry (ENTER and its Func.Entries
// counter) and Func.Promote. Its Prepare therefore typically prepares the
// interpreter's Executable and starts watching the Program's Funcs, promoting
// the hot ones in the background. Programs are shared through the cache, so
// a promotion serves every user of the program.
type Tier interface {
	Name() string
	Prepare(p *bytecode.Program) (Executable, error)
}

// Executable is a Program prepared by a tier. Safe for concurrent use: each
// goroutine opens its own Session.
type Executable interface {
	// Tier names the tier that prepared it.
	Tier() string
	Program() *bytecode.Program
	// NewSession starts runs with opts (parallelism, profile, donation).
	NewSession(opts vm.Options) Session
}

// Session runs one Executable again and again (a training loop), keeping
// its scratch state between runs. Not safe for concurrent use.
type Session interface {
	// Run runs the entry function on args; the results are new buffers the
	// caller owns.
	Run(ctx context.Context, args []*tensor.Buffer) ([]*tensor.Buffer, *vm.Stats, error)
}

// Run runs exe once.
func Run(ctx context.Context, exe Executable, args []*tensor.Buffer, opts vm.Options) ([]*tensor.Buffer, *vm.Stats, error) {
	return exe.NewSession(opts).Run(ctx, args)
}

// Interp is tier 0: the bytecode interpreter (package vm).
var Interp Tier = interpTier{}

type interpTier struct{}

func (interpTier) Name() string { return "interp" }

func (interpTier) Prepare(p *bytecode.Program) (Executable, error) {
	if p == nil || len(p.Funcs) == 0 {
		return nil, fmt.Errorf("engine: empty program")
	}
	return interpExe{p}, nil
}

type interpExe struct{ p *bytecode.Program }

func (interpExe) Tier() string                      { return "interp" }
func (e interpExe) Program() *bytecode.Program      { return e.p }
func (e interpExe) NewSession(o vm.Options) Session { return vm.NewMachine(e.p, o) }

// TiersEnv is the environment variable that picks the tier: a comma list of
// tier names, of which the highest-ranked one is used ("0" or "interp" pins
// the interpreter); unset or empty, the highest registered tier.
const TiersEnv = "HLOVM_TIERS"

type registered struct {
	tier  Tier
	names []string
}

var (
	tiersMu sync.RWMutex
	tiers   = []registered{{Interp, []string{"0", "interp"}}}
)

// Register adds a tier, ranked above every tier registered before it, under
// its Name and the aliases given (its number: "1"). A tier package calls it
// from its init.
func Register(t Tier, aliases ...string) {
	tiersMu.Lock()
	defer tiersMu.Unlock()
	tiers = append(tiers, registered{t, append([]string{t.Name()}, aliases...)})
}

// SelectTier is the tier HLOVM_TIERS picks.
func SelectTier() (Tier, error) { return TierFor(cenv.Getenv(TiersEnv)) }

// TierFor is the tier a HLOVM_TIERS value picks. An unknown name is an
// error, so a typo never silently runs another tier.
func TierFor(spec string) (Tier, error) {
	tiersMu.RLock()
	defer tiersMu.RUnlock()
	if strings.TrimSpace(spec) == "" {
		return tiers[len(tiers)-1].tier, nil
	}
	best := -1
	for _, name := range strings.Split(spec, ",") {
		name = strings.TrimSpace(name)
		found := -1
		for i, r := range tiers {
			for _, n := range r.names {
				if strings.EqualFold(n, name) {
					found = i
				}
			}
		}
		if found < 0 {
			var known []string
			for _, r := range tiers {
				known = append(known, strings.Join(r.names, "/"))
			}
			return nil, fmt.Errorf("engine: %s=%q: unknown tier %q (known: %s)", TiersEnv, spec, name, strings.Join(known, ", "))
		}
		best = max(best, found)
	}
	return tiers[best].tier, nil
}

// Prepare prepares p on the tier HLOVM_TIERS picks.
func Prepare(p *bytecode.Program) (Executable, error) {
	t, err := SelectTier()
	if err != nil {
		return nil, err
	}
	return t.Prepare(p)
}
