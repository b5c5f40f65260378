// Command vmtrace is hlovm's command-line window into the VM: it reads StableHLO
// programs in any form and shows what hlovm makes of them.
//
//	vmtrace print FILE...   read MLIR bytecode or text, print the program
//	vmtrace passes FILE...  the compile's passes: time, ops before and after
//	vmtrace tiers FILE      per region: entries, tier reached, kernels, time per tier
//
// Every verb compiles through package engine, the plugin's pipeline. Later
// verbs (trace) join as the VM grows.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hlovm/hlovm/cudatier"
	"github.com/hlovm/hlovm/internal/backend"
	"github.com/hlovm/hlovm/metal"
	"github.com/hlovm/hlovm/stablehlo"
	_ "github.com/hlovm/hlovm/tiers" // tier 1 (HLOVM_TIERS picks)
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "run", "tiers", "conform":
			// The verbs that run programs start the backend HLOVM_BACKEND
			// picks, as the plugin does (a notice on stderr when a
			// request cannot be met).
			metal.Start()
			if r := metal.Active(); r != nil {
				fmt.Fprintf(os.Stderr, "vmtrace: fused kernels run on the GPU: %s\n", r.Describe())
			} else if want, _ := backend.FromEnv(); want != backend.Metal {
				cudatier.Start()
				if d := cudatier.Active(); d != nil {
					fmt.Fprintf(os.Stderr, "vmtrace: fused kernels run on the GPU: %s\n", d.Describe())
				}
			}
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, `usage: vmtrace <verb> [flags] FILE...

verbs:
  print [-locations] FILE...   read StableHLO (MLIR bytecode or text), normalize as
                               the plugin does, and print it
  passes FILE...               compile and print each pass's time and op counts
  dis FILE...                  compile to register bytecode and print the listing
  run FILE [--inputs in.npz] [--outputs out.npz] [--profile] [--repeat N] [--trace out.json]
                               run main, print its results (and a time profile; with
                               --trace, a Trace Event Format file for Perfetto)
  tiers FILE [--inputs in.npz] [--runs N] [--threshold N] [--json] [--trace out.json] [--dump DIR]
                               run main N times; per region: entries, tier reached and
                               when, compile time, fused kernels, time per tier, why tier 0
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
	case "passes":
		return runPasses(args[1:], stdout, stderr)
	case "dis":
		return runDis(args[1:], stdout, stderr)
	case "run":
		return runRun(args[1:], stdout, stderr)
	case "conform":
		return runConform(args[1:], stdout, stderr)
	case "tiers":
		return runTiers(args[1:], stdout, stderr)
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
		mods, err := readModules(path)
		if err != nil {
			fmt.Fprintf(stderr, "vmtrace: %v\n", err)
			status = 1
			continue
		}
		if fs.NArg() > 1 {
			fmt.Fprintf(stdout, "// %s\n", path)
		}
		printModules(stdout, mods, stablehlo.PrintOptions{Locations: *locs})
	}
	return status
}
