package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/hlovm/hlovm/bytecode"
	_ "github.com/hlovm/hlovm/interp/all" // kernels, so KERNEL instructions build
	"github.com/hlovm/hlovm/stablehlo/load"
)

// loadProgram reads a StableHLO file (load.File legalizes CHLO and normalizes
// as XLA does) and compiles it.
func loadProgram(path, entry string, lenient bool) (*bytecode.Program, error) {
	m, err := load.File(path)
	if err != nil {
		return nil, err
	}
	p, err := bytecode.CompileWith(m, bytecode.Options{Entry: entry, Lenient: lenient})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
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
