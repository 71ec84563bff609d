package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/warc"
)

const extractHelp = `Usage: readout extract [flags] [FILE...]

Turn a readout (an HTML page or plain text) into a record, checked against
the record schema, and print it. With no FILE, or with -, it reads standard
input. Nothing is printed for an input unless its whole record is valid.

Several FILEs give several records: a YAML stream (records separated by
---), or with --format json JSON Lines (one record per line). An input that
fails is reported on standard error and the others are still extracted.

readout never fetches anything: for a web page, fetch it and pipe it in
(curl -s URL | readout extract).
`

const extractFooter = `
Examples:
  readout extract testdata/seed-mofa-nato-2025-06-24.txt
  readout extract --format json page.html
  curl -s https://www.mofa.go.jp/press/release/press4e_000152.html | readout extract
  readout extract --input text --published 2025-06-24 notes.txt
  readout extract a.html b.html c.txt > records.yaml     # a YAML stream
  readout extract --format json *.html | jq .kind         # JSON Lines
  readout extract --explain page.html     # with evidence: where each value was read
  readout extract --trace page.html       # which rule gave each value (on standard error)

Exit codes: 0 ok, 1 input or extraction error (the message names the file),
2 usage error (bad flag, bad date, a URL instead of a file).
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
	enumFlag(fs, &c.format, "format", "yaml", "record `encoding`: yaml or json (several inputs: a YAML stream, or JSON Lines)", "yaml", "json")
	c.inputFlags.define(fs)
	fs.BoolVar(&c.explain, "explain", false, "add the cleaned source text and, for every value, the text it was read from (evidence)")
	fs.BoolVar(&c.trace, "trace", false, "also print, on standard error, the rule behind every value and the text it was read from")
}

// runExtract is the extract command.
func runExtract(args []string, stdout, stderr io.Writer) int {
	var c extractConfig
	_, pos, code, ok := parseCommand("extract", extractHelp, extractFooter, c.flags, args, stdout, stderr)
	if !ok {
		return code
	}
	if pos, code, ok = inputArgs("extract", "readout extract", pos, stderr); !ok {
		return code
	}
	c.traceOut = stderr
	code = exitOK
	for i, path := range pos {
		out, err := c.run(context.Background(), path)
		if err != nil {
			fmt.Fprintf(stderr, "readout: %s: %s\n", displayName(path), terminalSafe(describe(err)))
			code = exitInput
			continue
		}
		if len(pos) > 1 {
			out, err = streamItem(out, c.format, i)
		}
		if err == nil {
			_, err = stdout.Write(out)
		}
		if err != nil {
			fmt.Fprintf(stderr, "readout: %v\n", err)
			return exitInput
		}
	}
	return code
}

// streamItem returns the encoded record out as the i-th (0-based) item of
// a stream: a JSON record on one line (JSON Lines), a YAML record after a
// --- separator.
func streamItem(out []byte, format string, i int) ([]byte, error) {
	if format == "json" {
		var buf bytes.Buffer
		if err := json.Compact(&buf, out); err != nil {
			return nil, err
		}
		buf.WriteByte('\n')
		return buf.Bytes(), nil
	}
	if i == 0 {
		return out, nil
	}
	return append([]byte("---\n"), out...), nil
}

// inputArgs returns the inputs a reading command (extract, explain,
// validate) was given: a usage error when one is a web address (see
// refuseURLs), standard input when there are none (see stdinByDefault).
// When ok is false the command is over with exit code code.
func inputArgs(cmd, pipeTo string, pos []string, stderr io.Writer) (inputs []string, code int, ok bool) {
	if msg := refuseURLs(cmd, pos, pipeTo); msg != "" {
		return nil, usageError(stderr, cmd, msg), false
	}
	return stdinByDefault(cmd, pos, stderr), exitOK, true
}

// stdinByDefault returns pos, or "-" (standard input) when it is empty;
// when standard input is a terminal it says on stderr that it waits for
// input, as a user who forgot the file would otherwise see nothing.
func stdinByDefault(cmd string, pos []string, stderr io.Writer) []string {
	if len(pos) > 0 {
		return pos
	}
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		fmt.Fprintf(stderr, "readout %s: reading standard input (end it with Ctrl-D; give a FILE to read a file; readout %s --help for more)\n", cmd, cmd)
	}
	return []string{"-"}
}

// reURL matches an argument that is a web address, not a file.
var reURL = regexp.MustCompile(`(?i)^(https?|ftp)://`)

// refuseURLs returns a usage message when an argument of pos is a web
// address: readout never fetches, and the message shows how to pipe the
// page in with pipeTo (e.g. "readout extract").
func refuseURLs(cmd string, pos []string, pipeTo string) string {
	for _, p := range pos {
		if reURL.MatchString(p) {
			return fmt.Sprintf("%s is a web address, not a file: readout never fetches anything (it works offline).\n"+
				"Fetch the page and pipe it in:\n  curl -s '%s' | %s -", terminalSafe(p), strings.ReplaceAll(terminalSafe(p), "'", `'\''`), pipeTo)
		}
	}
	return ""
}

// run extracts the record of the input at path and returns it encoded.
func (c *extractConfig) run(ctx context.Context, path string) ([]byte, error) {
	opts := c.options(path)
	raw, err := c.readPage(path, &opts)
	if err != nil {
		return nil, err
	}
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

// readPage reads the input at path: a file, standard input, or one page
// of a web archive named as batch names it (crawl.warc.gz#1234), whose
// address and crawl date it puts in opts.
func (c *extractConfig) readPage(path string, opts *pipeline.Options) ([]byte, error) {
	if file, offset, ok := warc.SplitPath(path); ok {
		rec, err := warc.PageAt(file, offset, warc.Options{MaxBytes: c.maxBytes})
		switch {
		case err != nil:
			return nil, err
		case rec.Problem != nil:
			return nil, fmt.Errorf("the web archive record is %s: %w", rec.Skip, rec.Problem)
		case rec.Skip != "":
			return nil, fmt.Errorf("the web archive record is not a page (%s)", rec.Skip)
		}
		opts.URL, opts.Fetched = rec.URI, rec.Date
		return rec.Payload, nil
	}
	if warc.IsWARC(path) {
		return nil, fmt.Errorf("a web archive (WARC) holds many pages: read them all with readout batch %s -o OUT, or one as FILE#OFFSET (its source.path)", path)
	}
	return readInput(path, c.maxBytes)
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
