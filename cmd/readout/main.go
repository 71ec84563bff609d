// Command readout turns diplomatic readouts into structured, validated
// YAML records. Run "readout --help" for the commands.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK    = 0
	exitInput = 1 // input, extraction or validation error
	exitUsage = 2 // bad flags or arguments
)

// stdin is what "-" reads; tests replace it.
var stdin io.Reader = os.Stdin

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"extract", "turn one readout (HTML or text, a file or - for stdin) into a record", runExtract},
		{"batch", "turn every readout under a folder into records, in parallel", runBatch},
		{"explain", "write an HTML page showing where every value of a readout's record was read", runExplain},
		{"validate", "check record files against the record schema", runValidate},
		{"check", "compare readouts' records with their golden files (NAME.golden.yaml)", runCheck},
		{"schema", "print the record's JSON Schema", runSchema},
		{"version", "print the tool and schema versions", runVersion},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && args[0] == "help" {
			// "readout help extract" is "readout extract --help".
			return run([]string{args[1], "--help"}, stdout, stderr)
		}
		usage(stdout)
		return exitOK
	case "-version", "--version":
		return runVersion(nil, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "readout: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "readout turns diplomatic readouts into structured, validated YAML records.\n\nUsage:\n  readout <command> [flags] [arguments]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nExamples:\n  readout extract page.html\n  curl -s URL | readout extract -\n  readout batch archive/ -o records/\n  readout check testdata/\n\nRun \"readout <command> --help\" (or \"readout help <command>\") for a command's flags.\nExit codes: 0 ok, 1 input or extraction error, 2 usage error.\n")
}
