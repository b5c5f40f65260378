package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/hlovm/hlovm/vm/conform"
)

// runConform is `vmtrace conform [-v] DIR|FILE...`: runs StableHLO conformance
// files, prints one line per failing case with its reason (with -v also the
// skipped ones), then `conformance: N passed, N failed, N skipped` (files).
// It exits 1 when a file fails.
func runConform(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("conform", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "also list skipped cases with their reason")
	timeout := fs.Duration("timeout", 20*time.Second, "limit for each case")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vmtrace conform: no directories or files")
		return 2
	}
	paths, err := conform.Files(fs.Args()...)
	if err != nil {
		fmt.Fprintf(stderr, "vmtrace: %v\n", err)
		return 1
	}
	var files []*conform.File
	for _, p := range paths {
		f := conform.RunFile(p, conform.Options{Timeout: *timeout})
		files = append(files, f)
		for _, c := range f.Cases {
			if c.Status == conform.Fail || (*verbose && c.Status == conform.Skip) {
				reason := c.Reason
				if i := strings.IndexByte(reason, '\n'); i >= 0 {
					reason = reason[:i]
				}
				fmt.Fprintf(stdout, "%s %s#%d: %s\n", strings.ToUpper(c.Status.String()), filepath.Base(p), c.Index, reason)
			}
		}
	}
	s := conform.Tally(files)
	fmt.Fprintln(stdout, s)
	if s.Failed > 0 {
		return 1
	}
	return 0
}
