package blas

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// EnvLibrary names the environment variable holding the path of the BLAS
// shared library; "accelerate" names Apple's; "none" (or "off", "0")
// disables BLAS.
const EnvLibrary = "HLOVM_BLAS"

// ErrNotFound is wrapped by errors of [Find], [Open] and [Default] when no
// usable library was found; callers fall back to their own GEMM.
var ErrNotFound = errors.New("blas: no BLAS library found")

// ErrDisabled is returned when HLOVM_BLAS turns BLAS off.
var ErrDisabled = errors.New("blas: disabled by " + EnvLibrary)

// systemNames are tried with the dynamic loader's own search when no bundled
// library was found. Only OpenBLAS: a reference libblas is slower than the
// caller's own GEMM.
var systemNames = []string{"libopenblas.so.0", "libopenblas.so", "libopenblas64_.so.0", "libopenblas.dylib"}

// Env is the value of HLOVM_BLAS: Go's view of the environment, else the C
// library's (where jax_hlovm sets it after the process started).
func Env() string {
	if v := os.Getenv(EnvLibrary); v != "" {
		return v
	}
	return cGetenv(EnvLibrary)
}

// Find returns the library to load: $HLOVM_BLAS if set, else the first
// bundled OpenBLAS under dirs (each a site-packages directory, a numpy or
// scipy package directory, or a virtualenv root), else "" with a nil error,
// meaning "try the system library by soname".
func Find(dirs ...string) (string, error) {
	if env := Env(); env != "" {
		switch strings.ToLower(env) {
		case "none", "off", "0":
			return "", ErrDisabled
		}
		if accelerateSetting(env) {
			return AccelerateFramework, nil // in the shared cache, not on disk
		}
		if st, err := os.Stat(env); err != nil {
			return "", fmt.Errorf("%w: %s=%s: %v", ErrNotFound, EnvLibrary, env, err)
		} else if st.IsDir() {
			return "", fmt.Errorf("%w: %s=%s is a directory, not a shared library", ErrNotFound, EnvLibrary, env)
		}
		return env, nil
	}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		for _, c := range candidates(d) {
			if st, err := os.Stat(c); err == nil && !st.IsDir() {
				return c, nil
			}
		}
	}
	return "", nil
}

// candidates lists the bundled OpenBLAS libraries under d, numpy's (64-bit
// integers) before scipy's.
func candidates(d string) []string {
	var sites []string
	sites = append(sites, d, filepath.Dir(d)) // site-packages, or numpy/ inside it
	sp, _ := filepath.Glob(filepath.Join(d, "lib", "python3*", "site-packages"))
	sort.Sort(sort.Reverse(sort.StringSlice(sp))) // newest Python first
	sites = append(sites, sp...)
	sites = append(sites, filepath.Join(d, "Lib", "site-packages"))
	var out []string
	for _, s := range sites {
		for _, pkg := range []string{"numpy.libs", "scipy.libs", "numpy/.dylibs", "scipy/.dylibs"} {
			m, _ := filepath.Glob(filepath.Join(s, pkg, "*openblas*"))
			sort.Strings(m)
			out = append(out, m...)
		}
	}
	return out
}
