// Command vmtrace is hlovm's command-line window into the VM: it reads StableHLO
// programs in any form and shows what hlovm makes of them.
//
//	vmtrace print FILE...   read MLIR bytecode or text, print the program
//
// Later verbs (dis, run, conform, trace) join as the VM grows.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/stablehlo/load"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func usage(w io.Writer) {
	fmt.Fprintln(w, `usage: vmtrace <verb> [flags] FILE...

verbs:
  print [-locations] FILE...   read StableHLO (MLIR bytecode or text) and print it
  dis FILE...                  compile to register bytecode and print the listing
  run FILE [--inputs in.npz] [--outputs out.npz] [--profile] [--repeat N]
                               run main, print its results (and a time profile)
  conform [-v] DIR|FILE...     run StableHLO conformance files; one line per failure,
                               then "conformance: N passed, N failed, N skipped"`)
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "print":
		return runPrint(args[1:], stdout, stderr)
	case "dis":
		return runDis(args[1:], stdout, stderr)
	case "run":
		return runRun(args[1:], stdout, stderr)
	case "conform":
		return runConform(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "vmtrace: unknown verb %q\n", args[0])
	usage(stderr)
	return 2
}

func runPrint(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("print", flag.ContinueOnError)
	fs.SetOutput(stderr)
	locs := fs.Bool("locations", false, "print source locations")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vmtrace print: no files")
		return 2
	}
	status := 0
	for _, path := range fs.Args() {
		m, err := load.File(path)
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			status = 1
			continue
		}
		if fs.NArg() > 1 {
			fmt.Fprintf(stdout, "// %s\n", path)
		}
		fmt.Fprint(stdout, stablehlo.PrintWith(m, stablehlo.PrintOptions{Locations: *locs}))
	}
	return status
}
