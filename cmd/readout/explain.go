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

	"github.com/readout/readout/pipeline"
)

const explainHelp = `Usage: readout explain [flags] FILE|-

Write one self-contained HTML page (no scripts, nothing loaded from
anywhere) that shows where every value of the readout's record was read:
the cleaned readout with each value highlighted in a colour per kind of
field, the record beside it (click a line to find its source), the
warnings at the top and the boilerplate that was removed.
`

const explainFooter = `
Examples:
  readout explain page.html -o view.html
  readout explain --input text --published 2025-06-24 notes.txt -o notes.html
  curl -s URL | readout explain - -o view.html
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
	fs := newCommandFlags("explain", explainHelp, explainFooter)
	var c explainConfig
	c.flags(fs)
	pos, code, ok := parseCommandLine(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	switch {
	case len(pos) == 0:
		return usageError(stderr, "explain", "missing FILE (or - for standard input)")
	case len(pos) > 1:
		return usageError(stderr, "explain", fmt.Sprintf("want one FILE, got %d arguments (use readout batch --explain-dir for many)", len(pos)))
	case c.check() != "":
		return usageError(stderr, "explain", c.check())
	case c.output == "":
		return usageError(stderr, "explain", "-o: want a file name, or - for standard output")
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
	if err := writePage(c.output, page, stdout); err != nil {
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

// writePage writes page to path, or to stdout when path is "-". A file is
// written beside its final name and renamed into place, so no reader sees
// half a page.
func writePage(path string, page []byte, stdout io.Writer) error {
	if path == "-" {
		_, err := stdout.Write(page)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".explain-*.html.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(page)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
