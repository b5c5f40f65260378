package mlirbc

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// sharedDir finds shared/ beside the repository root (<root>/../shared).
func sharedDir(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	dir := filepath.Join(root, "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared/ test data not found beside the repository: " + dir)
	}
	return dir
}

// corpusFiles lists files matching pattern under shared/.
func sharedGlob(t testing.TB, pattern string) []string {
	files, err := filepath.Glob(filepath.Join(sharedDir(t), pattern))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no files match " + pattern + " in shared/")
	}
	return files
}
