package backend

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/hlovm/hlovm/internal/cenv"
)

// Env is the environment variable that picks the backend.
const Env = "HLOVM_BACKEND"

// Kind is a backend.
type Kind int

const (
	Auto Kind = iota // Metal on Apple, CUDA when a usable GPU is present, else CPU
	CPU
	CUDA
	Metal
)

func (k Kind) String() string { return [...]string{"auto", "cpu", "cuda", "metal"}[k] }

// Parse reads a setting; the empty string is Auto.
func Parse(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "cpu":
		return CPU, nil
	case "cuda", "gpu":
		return CUDA, nil
	case "metal", "mps":
		return Metal, nil
	}
	return Auto, fmt.Errorf("%s=%q: want auto, cpu, cuda or metal", Env, s)
}

// FromEnv parses HLOVM_BACKEND.
func FromEnv() (Kind, error) { return Parse(cenv.Getenv(Env)) }

// Probe reports whether a GPU backend is usable here, or why not.
type Probe func() error

// Resolve turns a requested Kind into the one to use. Auto picks Metal on
// darwin/arm64 when metal's probe succeeds, else CUDA when cuda's does, else
// CPU. An explicit GPU request that cannot be met falls back to CPU with a
// notice (one line for the user), never an error that stops the program.
// A nil probe means that backend is not built in.
func Resolve(want Kind, cuda, metal Probe) (got Kind, notice string) {
	try := func(p Probe) error {
		if p == nil {
			return fmt.Errorf("not built into this hlovm")
		}
		return p()
	}
	switch want {
	case CPU:
		return CPU, ""
	case CUDA:
		if err := try(cuda); err != nil {
			return CPU, fmt.Sprintf("hlovm: %s=cuda, but CUDA is unusable (%v); running on the CPU", Env, err)
		}
		return CUDA, ""
	case Metal:
		if err := try(metal); err != nil {
			return CPU, fmt.Sprintf("hlovm: %s=metal, but Metal is unusable (%v); running on the CPU", Env, err)
		}
		return Metal, ""
	}
	if runtime.GOOS == "darwin" && try(metal) == nil {
		return Metal, ""
	}
	if try(cuda) == nil {
		return CUDA, ""
	}
	return CPU, ""
}
