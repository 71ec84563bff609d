package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// newCommandFlags returns the flag set of the command name, whose --help
// prints header, the flags and footer. Flags may be written -flag or
// --flag, before or after the arguments.
func newCommandFlags(name, header, footer string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), header)
		if hasFlags(fs) {
			fmt.Fprint(fs.Output(), "\nFlags (write -flag or --flag, before or after the arguments):\n")
			fs.PrintDefaults()
		}
		fmt.Fprint(fs.Output(), footer)
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parseCommandLine parses args with fs, allowing flags after the
// positional arguments ("extract page.html --format json"; "--" ends the
// flags), and returns the positional arguments. When it returns ok false
// the command is over and code is its exit code: --help printed the
// help on stdout (exit 0), or a bad flag was reported on stderr (exit 2).
func parseCommandLine(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (pos []string, code int, ok bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, false
		}
		if err != nil {
			return nil, usageError(stderr, fs.Name(), err.Error()), false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, exitOK, true
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), exitOK, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError reports a usage mistake of the command name and returns the
// usage exit code.
func usageError(stderr io.Writer, name, msg string) int {
	fmt.Fprintf(stderr, "readout %s: %s\nRun \"readout %s --help\" for usage.\n", name, msg, name)
	return exitUsage
}

// publishedFlag defines --published, a release date YYYY-MM-DD read into
// *dst (nil when the flag is not given).
func publishedFlag(fs *flag.FlagSet, dst **extract.Date, usage string) {
	fs.Func("published", usage, func(s string) error {
		d, err := extract.ParseDate(s)
		if err != nil {
			return err
		}
		*dst = &d
		return nil
	})
}

// inputFlags are the flags that say how one readout is read, shared by
// extract and explain: --input, --published and --max-bytes.
type inputFlags struct {
	input     string
	published *extract.Date
	maxBytes  int64
}

func (f *inputFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&f.input, "input", "", "force the input `format`: html or text (default: detect it; e.g. --input text)")
	publishedFlag(fs, &f.published, "the release `date` (YYYY-MM-DD) to use when the page shows none (e.g. --published 2025-06-24)")
	fs.Int64Var(&f.maxBytes, "max-bytes", pipeline.DefaultMaxBytes, "refuse inputs larger than `N` bytes (e.g. --max-bytes 1000000)")
}

// check returns what is wrong with the flags' values, or "".
func (f *inputFlags) check() string {
	switch {
	case f.input != "" && f.input != "html" && f.input != "text":
		return fmt.Sprintf("--input %q: want html or text", f.input)
	case f.maxBytes <= 0:
		return fmt.Sprintf("--max-bytes %d: want a positive number of bytes", f.maxBytes)
	}
	return ""
}

// options returns the pipeline options the flags give for the input path.
func (f *inputFlags) options(path string) pipeline.Options {
	return pipeline.Options{Format: f.input, Published: f.published, MaxBytes: f.maxBytes, Path: path}
}
