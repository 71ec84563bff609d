package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/readout/readout/pipeline"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// plainEvery is how often progress lines are written when standard error
// is not a terminal.
const plainEvery = 2 * time.Second

// summaryFailures is how many failures the summary lists; the report has
// them all.
const summaryFailures = 10

// progress shows a batch run's progress on standard error: a bar on a
// terminal, a plain line every plainEvery otherwise, nothing when quiet.
// Its update is called by pipeline.Batch from one goroutine at a time.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	quiet bool
	max   int
	last  time.Time
	seen  pipeline.Progress
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, quiet: quiet, last: time.Now()}
	if quiet || !isTerminal(w) {
		return p
	}
	p.bar = progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("batch"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionFullWidth(),
	)
	return p
}

// isTerminal says whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (p *progress) update(s pipeline.Progress) {
	p.seen = s
	if p.quiet {
		return
	}
	if p.bar != nil {
		if s.Found != p.max {
			p.max = s.Found
			p.bar.ChangeMax(s.Found)
		}
		if s.Failed > 0 {
			p.bar.Describe(fmt.Sprintf("batch (%d failed)", s.Failed))
		}
		_ = p.bar.Set(s.Done)
		return
	}
	if now := time.Now(); now.Sub(p.last) >= plainEvery {
		p.last = now
		fmt.Fprintln(p.w, plainLine(s))
	}
}

// plainLine is one progress line for a log.
func plainLine(s pipeline.Progress) string {
	total := fmt.Sprint(s.Found)
	if !s.WalkDone {
		total += "+"
	}
	line := fmt.Sprintf("readout batch: %d/%s files", s.Done, total)
	if s.WalkDone && s.Found > 0 {
		line += fmt.Sprintf(" (%d%%)", s.Done*100/s.Found)
	}
	if secs := s.Elapsed.Seconds(); secs > 0 && s.Done > 0 {
		rate := float64(s.Done) / secs
		line += fmt.Sprintf(", %.1f files/s", rate)
		if s.WalkDone {
			eta := time.Duration(float64(s.Found-s.Done) / rate * float64(time.Second))
			line += fmt.Sprintf(", ETA %s", eta.Round(time.Second))
		}
	}
	return line + fmt.Sprintf(", %d failed", s.Failed)
}

// finish takes the bar off the screen.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

// printSummary writes the one-screen summary of a run; who names the
// command ("readout batch"). On a terminal the status, failures and counts
// are coloured.
func printSummary(w io.Writer, who string, r *pipeline.Report, reportPath string) {
	pal := colorFor(w)
	c := r.Counts
	status := string(r.Status)
	switch {
	case r.Status == pipeline.StatusCompleted && c.Failed == 0:
		status = pal.green(status)
	case r.Status == pipeline.StatusCompleted:
		status = pal.yellow(status)
	default:
		status = pal.red(status)
	}
	fmt.Fprintf(w, "%s: %s, %d inputs in %.2f s (%.1f files/s), %d jobs\n",
		who, status, c.Inputs, r.Seconds, r.FilesPerSecond, r.Jobs)
	fmt.Fprintf(w, "  ok        %s  (%d with warnings, %d duplicates)\n", pal.green(fmt.Sprintf("%6d", c.OK)), c.WithWarnings, c.Duplicates)
	failed := fmt.Sprintf("%6d", c.Failed)
	if c.Failed > 0 {
		failed = pal.red(failed)
	}
	fmt.Fprintf(w, "  failed    %s\n", failed)
	fmt.Fprintf(w, "  skipped   %6d  (record up to date, --resume)\n", c.Skipped)
	if c.NotDone > 0 {
		fmt.Fprintf(w, "  not done  %s  (not started before the run stopped)\n", pal.yellow(fmt.Sprintf("%6d", c.NotDone)))
	}
	fmt.Fprintf(w, "  ignored   %6d  (other extensions, hidden, or filtered out)\n", c.Ignored)
	if c.OtherShards > 0 {
		fmt.Fprintf(w, "  other shards %3d  (left to the other shards of --shard %s)\n", c.OtherShards, r.Shard)
	}
	if len(r.Merged) > 0 {
		fmt.Fprintf(w, "  shards    %s\n", strings.Join(r.Merged, " "))
	}
	if wc := r.WARC; wc != nil {
		fmt.Fprintf(w, "  web archives: %d files, %d records, %d pages read\n", wc.Files, wc.Records, wc.Pages)
		reasons := make([]string, 0, len(wc.Skipped))
		for k := range wc.Skipped {
			reasons = append(reasons, k)
		}
		sort.Strings(reasons)
		for _, k := range reasons {
			fmt.Fprintf(w, "    %-12s %6d\n", k, wc.Skipped[k])
		}
		n := min(len(wc.Problems), summaryFailures)
		if n > 0 {
			fmt.Fprintf(w, "  broken records (%d of %d):\n", n, len(wc.Problems))
		}
		for _, p := range wc.Problems[:n] {
			fmt.Fprintf(w, "    %s: %s: %s\n", terminalSafe(p.Path), p.Reason, terminalSafe(p.Error))
		}
	}
	if len(r.Failures) > 0 {
		n := min(len(r.Failures), summaryFailures)
		fmt.Fprintf(w, "  failures (%d of %d):\n", n, len(r.Failures))
		for _, f := range r.Failures[:n] {
			fmt.Fprintf(w, "    %s: %s\n", terminalSafe(f.Path), pal.red(terminalSafe(f.Error)))
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "  note: %s: %s\n", terminalSafe(n.Path), terminalSafe(n.Note))
	}
	if reportPath != "" {
		fmt.Fprintf(w, "  report: %s\n", terminalSafe(reportPath))
	}
}
