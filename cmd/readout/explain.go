package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/readout/readout/internal/atomicfile"
	"github.com/readout/readout/pipeline"
)

const explainHelp = `Usage: readout explain [flags] [FILE] [-o page.html]

Write one self-contained HTML page (no scripts, nothing loaded from
anywhere) that shows where every value of the readout's record was read:
the cleaned readout with each value highlighted in a colour per kind of
field, the record beside it (click a line to find its source), the
warnings at the top and the boilerplate that was removed. With no FILE, or
with -, it reads standard input; with no -o the page goes to standard output.
`

const explainFooter = `
Examples:
  readout explain page.html -o view.html
  readout explain --input text --published 2025-06-24 notes.txt -o notes.html
  curl -s URL | readout explain -o view.html
  readout batch archive/ -o records/ --explain-dir pages/   # a page per input and an index

Exit codes: 0 ok, 1 input or extraction error (a record that fails the
schema still gets its page, which says why), 2 usage error.
`

// explainConfig is what runExplain's flags say.
type explainConfig struct {
	output string
	inputFlags
}

func (c *explainConfig) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.output, "o", "-", "write the page to `PATH`; - is standard output (e.g. -o view.html)")
	fs.StringVar(&c.output, "output", "-", "same as -o")
	c.inputFlags.define(fs)
}

// runExplain is the explain command: one readout in, one HTML page out.
func runExplain(args []string, stdout, stderr io.Writer) int {
	var c explainConfig
	_, pos, code, ok := parseCommand("explain", explainHelp, explainFooter, c.flags, args, stdout, stderr)
	if !ok {
		return code
	}
	switch {
	case len(pos) > 1:
		return usageError(stderr, "explain", fmt.Sprintf("want one FILE, got %d arguments (use readout batch --explain-dir for many)", len(pos)))
	case c.output == "":
		return usageError(stderr, "explain", "-o: want a file name, or - for standard output")
	}
	if msg := checkPageTarget(c.output); msg != "" {
		return usageError(stderr, "explain", msg)
	}
	if pos, code, ok = inputArgs("explain", "readout explain -o view.html", pos, stderr); !ok {
		return code
	}
	page, err := c.run(context.Background(), pos[0])
	if page == nil {
		fmt.Fprintf(stderr, "readout: %s: %s\n", displayName(pos[0]), terminalSafe(describe(err)))
		return exitInput
	}
	code = exitOK
	if err != nil {
		// The record failed the schema: its page is still written, and
		// says why.
		fmt.Fprintf(stderr, "readout: %s: %s\n", displayName(pos[0]), terminalSafe(describe(err)))
		code = exitInput
	}
	if err := writeOutput(c.output, page, stdout); err != nil {
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return exitInput
	}
	return code
}

// run extracts the input at path and returns its explain page. A page
// with an error means the record is invalid but could still be shown.
func (c *explainConfig) run(ctx context.Context, path string) ([]byte, error) {
	raw, err := readInput(path, c.maxBytes)
	if err != nil {
		return nil, err
	}
	opts := c.options(path)
	doc, rec, xerr := pipeline.ExtractDocument(ctx, raw, opts)
	if doc == nil || rec == nil {
		return nil, xerr
	}
	if xerr != nil && !errors.Is(xerr, pipeline.ErrInvalidRecord) {
		return nil, xerr
	}
	var page bytes.Buffer
	if err := pipeline.ExplainPage(&page, doc, rec); err != nil {
		return nil, err
	}
	return page.Bytes(), xerr
}

// checkPageTarget says what is wrong with -o path before any work is done:
// a folder, or a file in a folder that does not exist.
func checkPageTarget(path string) string {
	if path == "-" {
		return ""
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Sprintf("-o %s: is a folder; give the page a file name, e.g. -o %s", terminalSafe(path), terminalSafe(filepath.Join(path, "view.html")))
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Sprintf("-o %s: the folder %s does not exist; create it first (mkdir -p %s)", terminalSafe(path), terminalSafe(dir), terminalSafe(dir))
	}
	return ""
}

// writeOutput writes data (a page, a report) to path, or to stdout when
// path is "-"; a file is written whole or not at all (see
// atomicfile.Write).
func writeOutput(path string, data []byte, stdout io.Writer) error {
	if path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	return atomicfile.Write(path, data)
}
