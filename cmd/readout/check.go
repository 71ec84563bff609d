package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

const checkHelp = `Usage: readout check [flags] DIR

Check readout against your own golden records. Every readout NAME.html,
.htm, .txt or .md under DIR (at any depth; hidden files and folders are
passed over) that has a golden record beside it, NAME.golden.yaml or
NAME.golden.json, is extracted and its record compared with the golden one
field by field: key order, quoting and YAML or JSON style do not matter, and
source.path and evidence are left out. Each mismatch is printed as a unified
diff (- golden, + now), headed by the first field it changes; a golden file
without a readout, or a readout that gives no record, fails too. The last
line is "N passed, N failed".

To add a case, put an empty NAME.golden.yaml beside the readout, run with
--update, and review what it wrote: a golden record is an expectation, not a
snapshot.
`

const checkFooter = `
Examples:
  readout check testdata
  readout check corpus/ --fields date,time,participants
  readout check corpus/ --fields participants.name
  readout check corpus/ --update && git diff corpus/

Exit codes: 0 every case passed (or was updated), 1 any case failed or DIR
holds no golden cases, 2 usage error (bad flag, unknown field).
`

// checkConfig is what runCheck's flags say.
type checkConfig struct {
	update    bool
	fields    string
	published *extract.Date
	jobs      int
}

func (c *checkConfig) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.update, "update", false, "rewrite each golden file that differs (or is empty) with the record extracted now")
	fs.StringVar(&c.fields, "fields", "", "compare only these comma-separated `fields` (e.g. --fields date,time.start,participants)")
	publishedFlag(fs, &c.published, "the release `date` (YYYY-MM-DD) to use when a page shows none")
	fs.IntVar(&c.jobs, "j", 0, "read `N` readouts at once (default: the number of CPUs)")
}

// runCheck is the check command.
func runCheck(args []string, stdout, stderr io.Writer) int {
	var c checkConfig
	_, pos, code, ok := parseCommand("check", checkHelp, checkFooter, c.flags, args, stdout, stderr)
	if !ok {
		return code
	}
	var fields []string
	for f := range strings.SplitSeq(c.fields, ",") {
		if f = strings.TrimSpace(f); f != "" {
			fields = append(fields, f)
		}
	}
	switch {
	case len(pos) == 0:
		return usageError(stderr, "check", "missing DIR")
	case len(pos) > 1:
		return usageError(stderr, "check", fmt.Sprintf("want one DIR, got %d arguments", len(pos)))
	case c.update && len(fields) > 0:
		return usageError(stderr, "check", "--update rewrites whole golden records: drop --fields")
	case c.jobs < 0:
		return usageError(stderr, "check", fmt.Sprintf("-j %d: want a positive number", c.jobs))
	}
	if msg := checkTarget(pos[0]); msg != "" {
		fmt.Fprintf(stderr, "readout check: %s\n", msg)
		return exitInput
	}
	opts := pipeline.CheckOptions{
		Fields:  fields,
		Update:  c.update,
		Extract: pipeline.Options{Published: c.published},
		Jobs:    c.jobs,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := pipeline.Check(ctx, pos[0], opts)
	if errors.Is(err, pipeline.ErrUnknownField) {
		return usageError(stderr, "check", "--fields: "+strings.TrimPrefix(err.Error(), "check: "))
	}
	if rep == nil {
		fmt.Fprintf(stderr, "readout: %s\n", terminalSafe(describe(err)))
		return exitInput
	}
	writeCheckReport(stdout, rep, colorFor(stdout))
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "readout: %s\n", terminalSafe(err.Error()))
		return exitInput
	case len(rep.Cases) == 0:
		fmt.Fprintf(stderr, "readout check: no golden cases under %s (want NAME.golden.yaml beside NAME.html, .htm, .txt or .md)\n", displayName(pos[0]))
		return exitInput
	case rep.Failed > 0:
		return exitInput
	}
	return exitOK
}

// checkTarget says what is wrong with check's DIR argument, naming it and
// saying what to give instead, or "".
func checkTarget(dir string) string {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%s: no such folder; give the folder that holds your readouts and their golden records (NAME.txt beside NAME.golden.yaml)", displayName(dir))
	case err != nil:
		return fmt.Sprintf("%s: %s", displayName(dir), describe(err))
	case !st.IsDir():
		return fmt.Sprintf("%s is a file, not a folder: check reads a folder of readouts, each with its golden record beside it (NAME.golden.yaml); give the folder, e.g. readout check %s", displayName(dir), terminalSafe(filepath.Dir(dir)))
	}
	return ""
}

// writeCheckReport prints each failed or updated case, then the summary
// line; with colour on, removed lines red, added lines green. Names,
// errors and diff lines go through terminalSafe: a hostile file name or
// value must not drive the terminal.
func writeCheckReport(w io.Writer, rep *pipeline.CheckReport, pal palette) {
	for _, c := range rep.Cases {
		name := c.Input
		if name == "" {
			name = c.Golden
		}
		name = terminalSafe(name)
		switch {
		case c.Err != nil:
			fmt.Fprintf(w, "%s %s: %s\n", pal.red(pal.bold("FAIL")), name, terminalSafe(c.Err.Error()))
		case c.Updated:
			fmt.Fprintf(w, "%s %s\n%s", pal.yellow("updated"), terminalSafe(c.Golden), colorDiff(safeLines(c.Diff), pal))
		case c.Diff != "":
			fmt.Fprintf(w, "%s %s\n%s", pal.red(pal.bold("FAIL")), name, colorDiff(safeLines(c.Diff), pal))
		}
	}
	summary := rep.Summary()
	switch {
	case rep.Failed > 0:
		summary = pal.red(summary)
	case rep.Passed > 0:
		summary = pal.green(summary)
	}
	fmt.Fprintln(w, summary)
}

// colorDiff colours a unified diff: headers bold, hunk heads cyan, removed
// lines red, added lines green.
func colorDiff(diff string, pal palette) string {
	if !pal.on {
		return diff
	}
	var sb strings.Builder
	for line := range strings.Lines(diff) {
		body := strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(body, "--- "), strings.HasPrefix(body, "+++ "):
			body = pal.bold(body)
		case strings.HasPrefix(body, "@@"):
			body = pal.cyan(body)
		case strings.HasPrefix(body, "-"):
			body = pal.red(body)
		case strings.HasPrefix(body, "+"):
			body = pal.green(body)
		}
		sb.WriteString(body)
		if strings.HasSuffix(line, "\n") {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// safeLines applies terminalSafe to each line of s.
func safeLines(s string) string {
	var sb strings.Builder
	for line := range strings.Lines(s) {
		body := strings.TrimSuffix(line, "\n")
		sb.WriteString(terminalSafe(body))
		if len(body) < len(line) {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}
