package blas

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// OpenBLAS's thread count is a global of the loaded library. When the file
// is already mapped into the process (numpy imported it, as it always has
// under JAX), dlopen would hand us numpy's instance, and keeping it at one
// thread would make the user's numpy products single-threaded too. We load
// a private copy instead: the file is copied to the temporary directory,
// loaded, and unlinked (the mapping stays valid).

// isMapped reports whether path is mapped into this process (Linux only;
// elsewhere false, and the library is shared).
func isMapped(path string) bool {
	if runtime.GOOS != "linux" {
		return false
	}
	want, err := filepath.EvalSymlinks(path)
	if err != nil {
		return false
	}
	st, err := os.Stat(want)
	if err != nil {
		return false
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		i := strings.IndexByte(line, '/')
		if i < 0 {
			continue
		}
		if p := line[i:]; p == want || p == path {
			return true
		} else if st2, err := os.Stat(p); err == nil && os.SameFile(st, st2) {
			return true
		}
	}
	return false
}

// privateCopy copies path into a new temporary file and returns its name;
// the caller removes it once loaded.
func privateCopy(path string) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	dst, err := os.CreateTemp("", "hlovm-blas-*"+filepath.Ext(path))
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		os.Remove(dst.Name())
		return "", fmt.Errorf("copying %s: %w", path, err)
	}
	if err := dst.Close(); err != nil {
		os.Remove(dst.Name())
		return "", err
	}
	return dst.Name(), nil
}
