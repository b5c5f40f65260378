// Package shareddata locates the read-only test material that lives beside the
// repository (../shared: the JAX corpus and StableHLO's conformance files). Tests
// read it in place; it is never copied into the repo.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared/ directory beside the repository root, or "" if absent.
// HLOVM_SHARED overrides the location.
func Root() string {
	if d := os.Getenv("HLOVM_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(dir, "..", "shared")
			if st, err := os.Stat(shared); err == nil && st.IsDir() {
				return shared
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Dir returns shared/<rel>, skipping the test when it is missing.
func Dir(t testing.TB, rel string) string {
	t.Helper()
	root := Root()
	if root == "" {
		t.Skip("shared/ test material not found beside the repository (set HLOVM_SHARED)")
	}
	d := filepath.Join(root, rel)
	if _, err := os.Stat(d); err != nil {
		t.Skipf("shared/%s not found: %v", rel, err)
	}
	return d
}
