package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/readout/readout/pipeline/report"
	"github.com/readout/readout/pipeline/store"
)

const reportHelp = `Usage: readout report RECORDS -o report.html [flags]
       readout report --merge REPORT|OUT... [-o FILE]

Draw a picture of an archive's records as one self-contained HTML page (no
script, nothing fetched; it opens offline): records by kind and year,
encounters month by month by kind, the top counterparts (countries and
people, one id per person however the name was written), a network of who
met whom, and every record with warnings, linked to its explain page when
--explain-dir names the folder a batch run wrote them into (a database
remembers the folder its run was given).

RECORDS is a database written by readout batch -o X.sqlite, a batch output
folder of .yaml or .json records, or a JSON Lines file (- for standard
input) as readout batch -o - writes.

With --merge, join instead the run reports of the shards of one archive
(readout batch --shard K/N on N machines) into the report of the whole
archive, as one run would have written it: counts, failures and web
archive problems add up, files ignored and notes count once, and the time
runs from the first start to the last finish. Give the report files, or
the output folders that hold them (OUT/_report-K-of-N.yaml when the shards
shared one folder, else each OUT/_report.yaml). The merged report goes to
-o FILE (standard output by default), a summary to standard error, and the
exit code is 1 while a shard is missing.
`

const reportFooter = `
Examples:
  readout batch archive/ -o records.sqlite && readout report records.sqlite -o report.html
  readout batch archive/ -o - | readout report - -o report.html
  readout batch archive/ -o records/ --explain-dir pages/
  readout report records/ -o report.html --explain-dir pages/
  readout report --merge /shared/records -o /shared/records/_report.yaml
  readout report --merge shard-*/_report.yaml > _report.yaml
`

// reportConfig is what report's flags say.
type reportConfig struct {
	out, explainDir, title string
	// merge joins shard run reports instead of drawing records.
	merge, quiet bool
}

func (c *reportConfig) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.out, "o", "", "write the page to this `file` (required; - for standard output)")
	fs.StringVar(&c.out, "output", "", "same as -o")
	fs.StringVar(&c.explainDir, "explain-dir", "", "link records with warnings to the explain pages in this `folder` (readout batch --explain-dir)")
	fs.StringVar(&c.title, "title", "", "the page's `heading` (default: the records' name)")
	fs.BoolVar(&c.merge, "merge", false, "join the run reports (or output folders) of an archive's shards into one report")
	fs.BoolVar(&c.quiet, "quiet", false, "with --merge, no summary on standard error")
	fs.BoolVar(&c.quiet, "q", false, "same as --quiet")
}

// runReport is the report command.
func runReport(args []string, stdout, stderr io.Writer) int {
	var c reportConfig
	_, pos, code, ok := parseCommand("report", reportHelp, reportFooter, c.flags, args, stdout, stderr)
	if !ok {
		return code
	}
	if c.merge {
		return c.runMerge(pos, stdout, stderr)
	}
	switch {
	case len(pos) == 0:
		return usageError(stderr, "report", "missing RECORDS (a database, a batch folder or JSON Lines)")
	case len(pos) > 1:
		return usageError(stderr, "report", fmt.Sprintf("want one RECORDS, got %d arguments", len(pos)))
	case c.out == "":
		return usageError(stderr, "report", "missing -o FILE.html")
	}
	items, err := store.ReadRecords(pos[0], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "readout report: %v\n", err)
		return exitInput
	}
	if len(items) == 0 {
		fmt.Fprintf(stderr, "readout report: %s holds no records\n", pos[0])
		return exitInput
	}
	source := pos[0]
	if source == "-" {
		source = "standard input"
	}
	if c.title == "" {
		c.title = "Records of " + filepath.Base(filepath.Clean(pos[0]))
		if pos[0] == "-" {
			c.title = "Records"
		}
	}
	opts := report.Options{Title: c.title, Source: source}
	if c.explainDir == "" {
		// A database remembers the explain pages its run wrote.
		if d := store.ExplainDir(pos[0]); d != "" {
			if fi, err := os.Stat(d); err == nil && fi.IsDir() {
				c.explainDir = d
			}
		}
	}
	if c.explainDir != "" {
		from := "."
		if c.out != "-" {
			from = filepath.Dir(c.out)
		}
		opts.PageOf = report.ExplainLinker(c.explainDir, from, func(p string) bool {
			_, err := os.Stat(p)
			return err == nil
		})
	}
	page, err := report.Render(report.Build(items, opts), opts)
	if err != nil {
		fmt.Fprintf(stderr, "readout report: %v\n", err)
		return exitInput
	}
	err = writeOutput(c.out, page, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "readout report: %v\n", err)
		return exitInput
	}
	return exitOK
}
