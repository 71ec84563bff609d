package batch

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/readout/readout/pipeline/internal/core"
	"gopkg.in/yaml.v3"
)

// ReportName is the file name of a batch run's report inside the output
// folder; ReportNameJSON is its name when the records are JSON.
const (
	ReportName     = "_report.yaml"
	ReportNameJSON = "_report.json"
)

// ReportFileName returns the file name of the report of a shard ("K/N")
// inside the output folder: "_report-K-of-N.yaml", or ReportName for a
// whole archive ("").
func ReportFileName(shard string) string {
	s, err := ParseShard(shard)
	if shard == "" || err != nil {
		return ReportName
	}
	return fmt.Sprintf("_report-%d-of-%d.yaml", s.K, s.N)
}

// IsReportName says whether a file name is a run report's: ReportName,
// ReportNameJSON or a shard's.
func IsReportName(name string) bool {
	if name == ReportName || name == ReportNameJSON {
		return true
	}
	if base, ok := strings.CutSuffix(name, ".json"); ok {
		name = base + ".yaml"
	}
	var k, n int
	_, err := fmt.Sscanf(name, "_report-%d-of-%d.yaml", &k, &n)
	return err == nil && ReportFileName(fmt.Sprintf("%d/%d", k, n)) == name
}

// Run statuses a Report can have.
const (
	// StatusRunning is written when a run starts, so a run killed outright
	// still leaves a report that names its tool version.
	StatusRunning = "running"
	// StatusCompleted means every input found was handled.
	StatusCompleted = "completed"
	// StatusInterrupted means the caller's context was cancelled (Ctrl-C):
	// inputs not yet started are counted in NotDone.
	StatusInterrupted = "interrupted"
	// StatusStopped means the run stopped at its first failure (FailFast).
	StatusStopped = "stopped"
)

// Failure reasons, the short codes a Failure carries.
const (
	ReasonNotText       = core.ReasonNotText
	ReasonTooLarge      = core.ReasonTooLarge
	ReasonEmpty         = core.ReasonEmpty
	ReasonInvalidRecord = core.ReasonInvalidRecord
	ReasonRead          = core.ReasonRead
	ReasonWrite         = core.ReasonWrite
	ReasonWalk          = core.ReasonWalk
	ReasonPanic         = core.ReasonPanic
	ReasonExtract       = core.ReasonExtract
)

// Report is what a batch run did: the counts, the time it took and every
// input that produced no record. It is written as OUT/_report.yaml.
type Report struct {
	// Tool is the program that wrote the report, "readout".
	Tool string `yaml:"tool" json:"tool"`
	// Version is its version; --resume reuses outputs only of the same.
	Version string `yaml:"version" json:"version"`
	// Schema is the record schema version, "readout/v1".
	Schema string `yaml:"schema" json:"schema"`
	// Archive is the folder that was walked, as given.
	Archive string `yaml:"archive" json:"archive"`
	// Output is where records went: a folder, or "-" for JSON Lines on
	// standard output. Set by the caller.
	Output string `yaml:"output,omitempty" json:"output,omitempty"`
	// Format is the record encoding, "yaml" or "json". Set by the caller.
	Format string `yaml:"format,omitempty" json:"format,omitempty"`
	// Status is one of StatusRunning, StatusCompleted, StatusInterrupted
	// and StatusStopped.
	Status string `yaml:"status" json:"status"`
	// Jobs is how many inputs were extracted at once.
	Jobs int `yaml:"jobs" json:"jobs"`
	// Shard is the part of the archive the run read, "K/N" (--shard), or
	// "" for the whole archive.
	Shard string `yaml:"shard,omitempty" json:"shard,omitempty"`
	// Merged lists, in a report Merge joined, the shards it joined.
	Merged []string `yaml:"merged,omitempty" json:"merged,omitempty"`

	// Started and Finished are when the run began and ended (nil while it
	// runs).
	Started  time.Time  `yaml:"started" json:"started"`
	Finished *time.Time `yaml:"finished" json:"finished"`
	// Seconds is the wall time of the run.
	Seconds float64 `yaml:"seconds" json:"seconds"`
	// FilesPerSecond is the inputs handled (ok, failed or skipped) per
	// second of wall time.
	FilesPerSecond float64 `yaml:"files_per_second" json:"files_per_second"`

	// Counts are the run's tallies.
	Counts Counts `yaml:"counts" json:"counts"`
	// Failures lists, in the order they happened, every input that
	// produced no record.
	Failures []Failure `yaml:"failures" json:"failures"`
	// Notes lists what the walk passed over on purpose: symbolic link
	// loops, links that leave the archive.
	Notes []Note `yaml:"notes,omitempty" json:"notes,omitempty"`
	// WARC sums up the records of the web archives read; absent when the
	// archive holds none.
	WARC *WARCCounts `yaml:"warc,omitempty" json:"warc,omitempty"`
	// NotDone lists, in walk order, every input a stopped run (Ctrl-C,
	// FailFast) did not reach: with Failures and the records written,
	// every input is accounted for. --resume does them.
	NotDone []string `yaml:"not_done,omitempty" json:"not_done,omitempty"`
	// Build names the build that made the records (its VCS revision),
	// when the caller knows it.
	Build string `yaml:"build,omitempty" json:"build,omitempty"`
}

// Counts are a batch run's tallies. Inputs = OK + Failed + Skipped +
// NotDone.
type Counts struct {
	// Inputs is every file found that the run was to read (right extension,
	// passing the include and exclude globs).
	Inputs int `yaml:"inputs" json:"inputs"`
	// OK is the records written, With warnings included.
	OK int `yaml:"ok" json:"ok"`
	// WithWarnings is the records written whose warnings are not empty.
	WithWarnings int `yaml:"with_warnings" json:"with_warnings"`
	// Failed is the inputs that produced no record; each is in Failures.
	Failed int `yaml:"failed" json:"failed"`
	// Skipped is the inputs left alone because their record is up to date
	// (resume).
	Skipped int `yaml:"skipped" json:"skipped"`
	// NotDone is the inputs found but not started when the run was
	// interrupted or stopped.
	NotDone int `yaml:"not_done" json:"not_done"`
	// Duplicates is the records whose input bytes equal an earlier input's
	// in the same run (same source.sha256).
	Duplicates int `yaml:"duplicates" json:"duplicates"`
	// Ignored is the files under the archive that are not inputs: another
	// extension, hidden, or filtered out by the globs.
	Ignored int `yaml:"ignored" json:"ignored"`
	// OtherShards is the inputs (files, and web archive records) left to
	// the other shards of a split archive (Options.Shard).
	OtherShards int `yaml:"other_shards,omitempty" json:"other_shards,omitempty"`
}

// Failure is one input that produced no record.
type Failure struct {
	// Path is the input's path relative to the archive, with slashes.
	Path string `yaml:"path" json:"path"`
	// Reason is a short code: not-text, too-large, empty, invalid-record,
	// read, write, walk, panic or extract.
	Reason string `yaml:"reason" json:"reason"`
	// Error is the error's message.
	Error string `yaml:"error" json:"error"`
}

// Note is something the walk passed over on purpose.
type Note struct {
	// Path is what was passed over, relative to the archive.
	Path string `yaml:"path" json:"path"`
	// Note says why.
	Note string `yaml:"note" json:"note"`
}

// Handled returns the inputs that reached an end: ok, failed or skipped.
func (r *Report) Handled() int { return r.Counts.OK + r.Counts.Failed + r.Counts.Skipped }

// finish stamps the end time and the rates.
func (r *Report) finish(now time.Time) {
	r.Finished = &now
	d := now.Sub(r.Started).Seconds()
	r.Seconds = round2(d)
	if d > 0 {
		r.FilesPerSecond = round2(float64(r.Handled()) / d)
	}
}

// MarshalReport encodes r as YAML.
func MarshalReport(r *Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("encode report: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode report: %w", err)
	}
	return buf.Bytes(), nil
}

// MarshalReportJSON encodes r as JSON with a two-space indent.
func MarshalReportJSON(r *Report) ([]byte, error) {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode report: %w", err)
	}
	return append(data, '\n'), nil
}

// UnmarshalReport decodes a report written by MarshalReport or
// MarshalReportJSON (JSON is YAML).
func UnmarshalReport(data []byte) (*Report, error) {
	var r Report
	if err := yaml.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("decode report: %w", err)
	}
	return &r, nil
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }
