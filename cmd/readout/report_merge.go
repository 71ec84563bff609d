package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/readout/readout/pipeline/batch"
)

// runMerge is report --merge: it joins the run reports of an archive's
// shards, given as files or as the output folders holding them.
func (c *reportConfig) runMerge(pos []string, stdout, stderr io.Writer) int {
	if len(pos) == 0 {
		return usageError(stderr, "report", "missing the run reports (or output folders) to merge")
	}
	var reps []*batch.Report
	for _, p := range pos {
		files, err := reportFiles(p)
		if err != nil {
			fmt.Fprintf(stderr, "readout report: %v\n", err)
			return exitInput
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err == nil {
				var r *batch.Report
				if r, err = batch.UnmarshalReport(data); err == nil {
					reps = append(reps, r)
					continue
				}
			}
			fmt.Fprintf(stderr, "readout report: %s: %v\n", f, err)
			return exitInput
		}
	}
	m, err := batch.Merge(reps)
	if err == nil {
		var data []byte
		if data, err = batch.MarshalReport(m); err == nil {
			out := c.out
			if out == "" {
				out = "-"
			}
			err = writeOutput(out, data, stdout)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "readout report: %v\n", err)
		return exitInput
	}
	if !c.quiet {
		where := c.out
		if where == "-" {
			where = ""
		}
		printSummary(stderr, "readout report", m, where)
	}
	if m.Status != batch.StatusCompleted || m.Counts.Failed > 0 {
		return exitInput
	}
	return exitOK
}

// reportFiles returns the run reports p names: p itself, or the reports in
// the folder p: its shards' when it holds any (not a merged report beside
// them), else its ReportName.
func reportFiles(p string) ([]string, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return []string{p}, nil
	}
	ents, err := os.ReadDir(p)
	if err != nil {
		return nil, err
	}
	var files []string
	whole := ""
	for _, e := range ents {
		switch n := e.Name(); {
		case e.IsDir() || !batch.IsReportName(n):
		case n == batch.ReportName || n == batch.ReportNameJSON:
			whole = filepath.Join(p, n)
		default:
			files = append(files, filepath.Join(p, n))
		}
	}
	sort.Strings(files)
	if len(files) == 0 && whole != "" {
		files = []string{whole}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no run report (%s, or _report-K-of-N.yaml of a shard) in it", p, batch.ReportName)
	}
	return files, nil
}
