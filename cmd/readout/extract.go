package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/pipeline"
)

const extractHelp = `Usage: readout extract [flags] FILE|-

Turn one readout (an HTML page or plain text; - reads standard input) into
one record, checked against the record schema, and print it. Nothing is
printed unless the whole record is valid.
`

const extractFooter = `
Examples:
  readout extract testdata/seed-mofa-nato-2025-06-24.txt
  readout extract --format json page.html
  curl -s https://www.mofa.go.jp/press/release/press4e_000152.html | readout extract -
  readout extract --input text --published 2025-06-24 notes.txt
  readout extract --explain page.html     # with evidence: where each value was read
  readout extract --trace page.html       # which rule gave each value (on standard error)

Exit codes: 0 ok, 1 input or extraction error (the message names the file),
2 usage error (bad flag, missing FILE, bad date).
`

// extractConfig is what runExtract's flags say.
type extractConfig struct {
	format string
	inputFlags
	explain bool
	// trace asks for the rule behind every value (--trace), written to
	// traceOut.
	trace    bool
	traceOut io.Writer
}

func (c *extractConfig) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "format", "yaml", "record `encoding`: yaml or json")
	c.inputFlags.define(fs)
	fs.BoolVar(&c.explain, "explain", false, "add the cleaned source text and, for every value, the text it was read from (evidence)")
	fs.BoolVar(&c.trace, "trace", false, "also print, on standard error, the rule behind every value and the text it was read from")
}

// runExtract is the extract command.
func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := newCommandFlags("extract", extractHelp, extractFooter)
	var c extractConfig
	c.flags(fs)
	pos, code, ok := parseCommandLine(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	switch {
	case len(pos) == 0:
		return usageError(stderr, "extract", "missing FILE (or - for standard input)")
	case len(pos) > 1:
		return usageError(stderr, "extract", fmt.Sprintf("want one FILE, got %d arguments (use readout batch for many)", len(pos)))
	case c.format != "yaml" && c.format != "json":
		return usageError(stderr, "extract", fmt.Sprintf("--format %q: want yaml or json", c.format))
	case c.check() != "":
		return usageError(stderr, "extract", c.check())
	}
	c.traceOut = stderr
	out, err := c.run(context.Background(), pos[0])
	if err != nil {
		fmt.Fprintf(stderr, "readout: %s: %s\n", displayName(pos[0]), terminalSafe(describe(err)))
		return exitInput
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return exitInput
	}
	return exitOK
}

// run extracts the record of the input at path and returns it encoded.
func (c *extractConfig) run(ctx context.Context, path string) ([]byte, error) {
	raw, err := readInput(path, c.maxBytes)
	if err != nil {
		return nil, err
	}
	opts := c.options(path)
	rec, err := pipeline.ExtractBytes(ctx, raw, opts)
	if err != nil {
		return nil, err
	}
	if c.trace && c.traceOut != nil {
		writeTrace(c.traceOut, rec)
	}
	emit := pipeline.EmitOptions{Format: c.format, Explain: c.explain}
	if c.explain && rec.Source.Text == "" {
		// The record does not carry the text its evidence points into:
		// ingest again (the same bytes give the same text).
		doc, err := pipeline.Ingest(raw, rec.Source.Format)
		if err != nil {
			return nil, err
		}
		emit.Text = doc.Text
	}
	return pipeline.Marshal(rec, emit)
}

// readInput reads the file at path ("-" is standard input), refusing more
// than limit bytes.
func readInput(path string, limit int64) ([]byte, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, errors.New("is a folder, not a file (use readout batch for folders)")
		}
		r = f
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes (see --max-bytes)", pipeline.ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// displayName is how messages name the input at path: a file name's
// control characters and invalid UTF-8 escaped (see terminalSafe).
func displayName(path string) string {
	if path == "-" {
		return "standard input"
	}
	return terminalSafe(path)
}

// terminalSafe returns s with every control character (a terminal escape
// in a hostile file name could retitle or clear the user's terminal) and
// every byte of invalid UTF-8 written as \xNN; other text is kept as is.
func terminalSafe(s string) string {
	safe := true
	for _, r := range s {
		if unsafeRune(r) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unsafeRune(r) && (r != utf8.RuneError || n == 1) {
			for _, c := range []byte(s[i : i+n]) {
				fmt.Fprintf(&sb, "\\x%02x", c)
			}
		} else {
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String()
}

// unsafeRune reports whether r is a control character or the rune of an
// invalid byte.
func unsafeRune(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == utf8.RuneError
}

// describe returns err's message without the file name a path error
// repeats ("open x: no such file" becomes "no such file").
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
