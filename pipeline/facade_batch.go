package pipeline

import (
	"context"
	"io"

	"github.com/readout/readout/pipeline/batch"
	"github.com/readout/readout/pipeline/internal/core"
)

// Sink receives the outcome of every input of a batch run. Unless
// BatchOptions.Ordered is set, its methods are called from several
// goroutines at once; with Ordered they are called one at a time, in walk
// order.
type Sink = batch.Sink

// BatchOptions control a batch run.
type BatchOptions = batch.Options

// Progress is a snapshot of a running batch.
type Progress = batch.Progress

// Batch turns every input under the folder root into a record handed to
// sink, reading opts.Jobs inputs at once. It returns the run's report;
// failures of single inputs are in the report, never returned. The error
// is non-nil when the run could not start (root missing, a bad glob) or
// when ctx was cancelled; in the latter case the report is still returned,
// with status "interrupted": inputs being read were finished, inputs not
// started were counted as not done.
//
// Batch keeps no global state and may run several times at once.
func Batch(ctx context.Context, root string, opts BatchOptions, sink Sink) (*Report, error) {
	return batch.Run(ctx, root, opts, sink)
}

// CheckArchive says why root cannot be walked as an archive, or nil.
//
// Deprecated: Batch makes this check itself and returns its error; a
// program that must check before it prepares its output (as readout batch
// does) calls batch.CheckArchive. CheckArchive stays for v1 and leaves
// package pipeline in v2.
func CheckArchive(root string) error {
	return batch.CheckArchive(root)
}

// DefaultExtensions returns the file name extensions a batch reads when
// BatchOptions.Extensions is empty, to extend rather than restate them:
//
//	opts.Extensions = append(pipeline.DefaultExtensions(), ".xhtml")
//
// They are matched without regard to case.
func DefaultExtensions() []string {
	return batch.DefaultExtensions()
}

// CheckGlob says why p is not a valid include or exclude glob, or nil.
//
// Deprecated: Batch checks BatchOptions.Include and Exclude itself and
// returns the error; a command line that reports a bad glob as a usage
// error calls batch.CheckGlob. CheckGlob stays for v1 and leaves package
// pipeline in v2.
func CheckGlob(p string) error {
	return batch.CheckGlob(p)
}

// ReportName is the file name of a batch run's report inside the output
// folder; ReportNameJSON is its name when the records are JSON.
const (
	ReportName     = batch.ReportName
	ReportNameJSON = batch.ReportNameJSON
)

// ResumeManifestName is the file in an output folder that notes, for
// every record, its input's digest and the key (build and options) it was
// made with (see DirSink.SetResumeKey).
const ResumeManifestName = batch.ResumeManifestName

// Run statuses a Report can have.
const (
	// StatusRunning is written when a run starts, so a run killed outright
	// still leaves a report that names its tool version.
	StatusRunning = batch.StatusRunning
	// StatusCompleted means every input found was handled.
	StatusCompleted = batch.StatusCompleted
	// StatusInterrupted means the caller's context was cancelled (Ctrl-C):
	// inputs not yet started are counted in NotDone.
	StatusInterrupted = batch.StatusInterrupted
	// StatusStopped means the run stopped at its first failure (FailFast).
	StatusStopped = batch.StatusStopped
)

// Failure reasons, the short codes a Failure carries.
const (
	ReasonNotText       = batch.ReasonNotText
	ReasonTooLarge      = batch.ReasonTooLarge
	ReasonEmpty         = batch.ReasonEmpty
	ReasonInvalidRecord = batch.ReasonInvalidRecord
	ReasonRead          = batch.ReasonRead
	ReasonWrite         = batch.ReasonWrite
	ReasonWalk          = batch.ReasonWalk
	ReasonPanic         = batch.ReasonPanic
	ReasonExtract       = batch.ReasonExtract
)

// Report is what a batch run did: the counts, the time it took and every
// input that produced no record. It is written as OUT/_report.yaml.
type Report = batch.Report

// Counts are a batch run's tallies. Inputs = OK + Failed + Skipped +
// NotDone.
type Counts = batch.Counts

// Failure is one input that produced no record.
type Failure = batch.Failure

// Note is something the walk passed over on purpose.
type Note = batch.Note

// MarshalReport encodes r as YAML.
func MarshalReport(r *Report) ([]byte, error) {
	return batch.MarshalReport(r)
}

// MarshalReportJSON encodes r as JSON with a two-space indent.
func MarshalReportJSON(r *Report) ([]byte, error) {
	return batch.MarshalReportJSON(r)
}

// UnmarshalReport decodes a report written by MarshalReport.
func UnmarshalReport(data []byte) (*Report, error) {
	return batch.UnmarshalReport(data)
}

// DirSink writes each record to its own file in an output folder that
// mirrors the archive: "2021/01/a.html" becomes "OUT/2021/01/a.html.yaml"
// (".json" with the json format). Every file is written to a temporary
// file in the same folder and renamed into place, and every write goes
// through an os.Root, so nothing is ever written outside the folder, by
// ".." or by a symbolic link. It is safe for concurrent use.
type DirSink = batch.DirSink

// NewDirSink creates the folder dir if needed and returns a sink writing
// records into it with emit.
func NewDirSink(dir string, emit core.EmitOptions) (*DirSink, error) {
	return batch.NewDirSink(dir, emit)
}

// JSONLSink writes every record as one line of JSON (JSON Lines) to a
// writer, buffered: call Flush at the end. It is safe for concurrent use.
type JSONLSink = batch.JSONLSink

// NewJSONLSink returns a sink writing JSON Lines to w; explain keeps each
// record's evidence and source text.
func NewJSONLSink(w io.Writer, explain bool) *JSONLSink {
	return batch.NewJSONLSink(w, explain)
}
