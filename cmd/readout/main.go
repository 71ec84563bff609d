// Command readout turns diplomatic readouts into structured, validated
// YAML records. Run "readout --help" for the commands.
package main

import (
	"flag"
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

// command is one subcommand. To add one, add an entry to commands: its
// help, completion and "did you mean" suggestions follow from it.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
	// flags defines the command's flags on a flag set (nil: none); the
	// shell completion scripts are generated from it.
	flags func(*flag.FlagSet)
	// args is what the command's arguments are, for completion: argFiles,
	// argDirs, argNone, or the words it takes.
	args []string
}

// Argument kinds for completion.
var (
	argFiles = []string{"<file>"}
	argDirs  = []string{"<dir>"}
	argNone  = []string{}
)

func commands() []command {
	return []command{
		{"extract", "turn readouts (HTML or text; files, or standard input) into records", runExtract,
			func(fs *flag.FlagSet) { new(extractConfig).flags(fs) }, argFiles},
		{"batch", "turn every readout under a folder or in a web archive into records, in parallel", runBatch,
			func(fs *flag.FlagSet) { new(batchConfig).flags(fs) }, argDirs},
		{"report", "draw an archive's records as one HTML page; --merge joins the run reports of its shards", runReport,
			func(fs *flag.FlagSet) { new(reportConfig).flags(fs) }, argFiles},
		{"explain", "write an HTML page showing where every value of a readout's record was read", runExplain,
			func(fs *flag.FlagSet) { new(explainConfig).flags(fs) }, argFiles},
		{"validate", "check records (files, folders, JSON Lines, YAML streams) against the record schema", runValidate,
			func(fs *flag.FlagSet) { new(validateConfig).flags(fs) }, argFiles},
		{"check", "compare readouts' records with their golden files (NAME.golden.yaml)", runCheck,
			func(fs *flag.FlagSet) { new(checkConfig).flags(fs) }, argDirs},
		{"schema", "print the record's JSON Schema", runSchema, nil, argNone},
		{"version", "print the tool and schema versions and the build's commit", runVersion, nil, argNone},
		{"completion", "print a shell completion script: bash, zsh or fish", runCompletion, nil, completionShells},
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
	var names []string
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
		names = append(names, c.name)
	}
	fmt.Fprintf(stderr, "readout: unknown command %q", terminalSafe(args[0]))
	if near := nearest(args[0], names); near != "" {
		fmt.Fprintf(stderr, " (did you mean %s?)", near)
	}
	fmt.Fprint(stderr, "\nRun \"readout --help\" for the commands.\n")
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "readout turns diplomatic readouts into structured, validated YAML records.\n\nUsage:\n  readout <command> [flags] [arguments]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nExamples:\n  readout extract page.html\n  curl -s URL | readout extract\n  readout batch archive/ -o records/\n  readout validate records/\n  readout check testdata/\n\nRun \"readout <command> --help\" (or \"readout help <command>\") for a command's flags.\nExit codes: 0 ok, 1 input or extraction error, 2 usage error.\n")
}
