package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/engine"
)

// loadProgram compiles a StableHLO file through engine's passes, the
// plugin's pipeline (uncached: vmtrace compiles each file once).
func loadProgram(path, entry string, lenient bool) (*bytecode.Program, error) {
	_, p, _, err := engine.BuildFile(path, engine.Options{Entry: entry, Lenient: lenient})
	return p, err
}

// runDis is `vmtrace dis FILE...`: the bytecode listing.
func runDis(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dis", flag.ContinueOnError)
	fs.SetOutput(stderr)
	entry := fs.String("entry", "", "function to compile as main (default: main)")
	lenient := fs.Bool("lenient", false, "list ops without a kernel as FAIL instead of failing")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vmtrace dis: no files")
		return 2
	}
	status := 0
	for _, path := range fs.Args() {
		p, err := loadProgram(path, *entry, *lenient)
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			status = 1
			continue
		}
		if fs.NArg() > 1 {
			fmt.Fprintf(stdout, "// %s\n", path)
		}
		fmt.Fprint(stdout, p.Disassemble())
	}
	return status
}

// runPasses is `vmtrace passes FILE...`: the pass table of a compile (time,
// ops before and after each pass). A failing pass ends the table with its
// error.
func runPasses(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("passes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	entry := fs.String("entry", "", "function to compile as main (default: main)")
	lenient := fs.Bool("lenient", false, "compile ops without a kernel to FAIL instead of failing")
	noFold := fs.Bool("nofold", false, "turn constant folding off")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vmtrace passes: no files")
		return 2
	}
	status := 0
	for _, path := range fs.Args() {
		if fs.NArg() > 1 {
			fmt.Fprintf(stdout, "// %s\n", path)
		}
		_, _, r, err := engine.BuildFile(path, engine.Options{Entry: *entry, Lenient: *lenient, NoFold: *noFold})
		if r != nil && len(r.Passes) > 0 {
			fmt.Fprint(stdout, r)
		}
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			status = 1
		}
	}
	return status
}
