package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/store"
)

// Dataset formats: the output is one file, not a folder of records.
const (
	formatSQLite = "sqlite"
	formatCSV    = "csv"
)

// datasetExts map an output file's extension to the dataset format it
// asks for when --format is not given.
var datasetExts = map[string]string{
	".sqlite": formatSQLite, ".sqlite3": formatSQLite, ".db": formatSQLite,
	".csv": formatCSV,
}

// datasetFormat settles the format from -o's extension when --format was
// not given, and says whether the output is a dataset file.
func (c *batchConfig) datasetFormat() bool {
	if !c.formatSet && c.out != "-" {
		if f, ok := datasetExts[strings.ToLower(filepath.Ext(c.out))]; ok {
			c.format = f
		}
	}
	return c.format == formatSQLite || c.format == formatCSV
}

// datasetOut is a batch run's dataset output: a SQLite database, or a CSV
// file written to a temporary file and renamed into place at the end.
type datasetOut struct {
	db   *store.SQLiteSink
	csv  *store.CSVSink
	file *os.File
	// tmp is the CSV's temporary file; "" for standard output.
	tmp, final string
	// opts are the run's options, for the database's runs table.
	opts map[string]any
}

// openDataset opens the dataset output of c, setting opts for it (resume,
// order), and returns the sink; notes go to stderr unless quiet.
func (c *batchConfig) openDataset(opts *pipeline.BatchOptions, version string, stdout, stderr io.Writer) (pipeline.Sink, *datasetOut, error) {
	d := &datasetOut{final: c.out, opts: c.runOptions()}
	if c.format == formatCSV {
		// Rows in input order, so two runs give the same file.
		opts.Ordered = true
		var w io.Writer = stdout
		if c.out != "-" {
			f, err := os.CreateTemp(filepath.Dir(c.out), "."+filepath.Base(c.out)+".tmp-*")
			if err != nil {
				return nil, nil, fmt.Errorf("output: %w", err)
			}
			d.file, d.tmp, w = f, f.Name(), f
			// CreateTemp makes the file private; a dataset is for reading.
			if err := f.Chmod(0o644); err != nil {
				d.abort()
				return nil, nil, fmt.Errorf("output: %w", err)
			}
		}
		s, err := store.NewCSVSink(w)
		if err != nil {
			d.abort()
			return nil, nil, err
		}
		d.csv = s
		return s, d, nil
	}
	s, err := store.NewSQLiteSink(c.out, store.Run{Tool: "readout", Version: version, Schema: extract.SchemaVersion,
		Archive: c.archive, Options: d.opts, Started: time.Now()})
	if err != nil {
		return nil, nil, err
	}
	d.db = s
	if c.resume {
		prev, ok := s.LastVersion()
		switch {
		case !ok:
			c.note(stderr, "--resume: no earlier run in "+c.out+"; reading every input")
		case prev != version:
			c.note(stderr, fmt.Sprintf("--resume: the records in %s were made by readout %s, this is %s; reading every input", c.out, prev, version))
		default:
			opts.Skip = s.Done
		}
	}
	return s, d, nil
}

// note writes a message to stderr unless quiet.
func (c *batchConfig) note(stderr io.Writer, msg string) {
	if !c.quiet {
		fmt.Fprintf(stderr, "readout batch: %s\n", msg)
	}
}

// runOptions are the options a database's runs table keeps.
func (c *batchConfig) runOptions() map[string]any {
	return map[string]any{"jobs": c.jobs, "include": []string(c.include), "exclude": []string(c.exclude),
		"resume": c.resume, "fail_fast": c.failFast, "max_bytes": c.maxBytes, "explain_dir": c.explainDir}
}

// finish completes the output with the run's report: the database's runs
// and failures, person ids; the CSV renamed into place.
func (d *datasetOut) finish(rep *pipeline.Report) error {
	if d.db != nil {
		run := store.Run{Status: rep.Status, Started: rep.Started, Seconds: rep.Seconds,
			Found: rep.Counts.Inputs, OK: rep.Counts.OK, Warned: rep.Counts.WithWarnings, Failed: rep.Counts.Failed, Skipped: rep.Counts.Skipped}
		if rep.Finished != nil {
			run.Finished = *rep.Finished
		}
		run.Options = d.opts
		for _, f := range rep.Failures {
			run.Failures = append(run.Failures, store.Failure{Path: f.Path, Reason: f.Reason, Error: f.Error})
		}
		return errors.Join(d.db.Finish(run), d.db.Close())
	}
	if err := d.csv.Flush(); err != nil {
		d.abort()
		return fmt.Errorf("output: %w", err)
	}
	if d.file == nil {
		return nil
	}
	err := d.file.Close()
	d.file = nil
	if err == nil {
		err = os.Rename(d.tmp, d.final)
	}
	if err != nil {
		d.abort()
		return fmt.Errorf("output: %w", err)
	}
	return nil
}

// abort removes a CSV's temporary file and closes a database.
func (d *datasetOut) abort() {
	if d.file != nil {
		d.file.Close()
		d.file = nil
	}
	if d.tmp != "" {
		os.Remove(d.tmp)
	}
	if d.db != nil {
		d.db.Close()
	}
}
