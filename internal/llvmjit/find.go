package llvmjit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/hlovm/hlovm/internal/cenv"
)

// EnvLibrary names the environment variable that points at libllvmlite
// (the file itself, or a directory holding it). It wins over every other
// place so a user can pick one LLVM for the whole process.
const EnvLibrary = "HLOVM_LLVMLITE"

// ErrNotFound is wrapped by the errors of [FindLibrary] and [Open] when no
// libllvmlite exists where they looked; callers fall back to the Go tier.
var ErrNotFound = errors.New("llvmjit: libllvmlite not found")

// LibraryName is the file name llvmlite gives its shared library on this
// operating system (llvmlite.utils.get_library_name).
func LibraryName() string {
	switch runtime.GOOS {
	case "darwin", "ios":
		return "libllvmlite.dylib"
	case "windows":
		return "llvmlite.dll"
	}
	return "libllvmlite.so"
}

// FindLibrary returns the path of libllvmlite: $HLOVM_LLVMLITE if set
// (an error if it names nothing usable, rather than silently taking another
// LLVM), else the first of dirs that holds it. Each dir may be the llvmlite
// package directory, its binding/ directory, a site-packages directory or a
// virtualenv root (whose lib/python3*/site-packages are searched).
func FindLibrary(dirs ...string) (string, error) {
	name := LibraryName()
	if env := cenv.Getenv(EnvLibrary); env != "" {
		if st, err := os.Stat(env); err == nil && st.IsDir() {
			p := filepath.Join(env, name)
			if isFile(p) {
				return p, nil
			}
			return "", fmt.Errorf("%w: %s=%s is a directory without %s", ErrNotFound, EnvLibrary, env, name)
		} else if err != nil {
			return "", fmt.Errorf("%w: %s=%s: %v", ErrNotFound, EnvLibrary, env, err)
		}
		return env, nil
	}
	var tried []string
	for _, d := range dirs {
		if d == "" {
			continue
		}
		for _, c := range candidates(d, name) {
			if isFile(c) {
				return c, nil
			}
		}
		tried = append(tried, d)
	}
	if len(tried) == 0 {
		return "", fmt.Errorf("%w: %s is not set and no llvmlite package directory was given (pip install llvmlite)", ErrNotFound, EnvLibrary)
	}
	return "", fmt.Errorf("%w: no %s under %s and %s is not set (pip install llvmlite)", ErrNotFound, name, strings.Join(tried, ", "), EnvLibrary)
}

// candidates lists where name may sit relative to d, most specific first.
func candidates(d, name string) []string {
	out := []string{
		filepath.Join(d, name),
		filepath.Join(d, "binding", name),
		filepath.Join(d, "llvmlite", "binding", name),
	}
	// A virtualenv root: lib/python3.X/site-packages (POSIX) or
	// Lib/site-packages (Windows). Newest Python first.
	sp, _ := filepath.Glob(filepath.Join(d, "lib", "python3*", "site-packages"))
	sort.Sort(sort.Reverse(sort.StringSlice(sp)))
	sp = append(sp, filepath.Join(d, "Lib", "site-packages"))
	for _, s := range sp {
		out = append(out, filepath.Join(s, "llvmlite", "binding", name))
	}
	return out
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
