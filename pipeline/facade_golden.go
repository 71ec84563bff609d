package pipeline

import (
	"context"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/golden"
)

// Golden file name endings: the golden record of NAME.html (or .htm, .txt,
// .md) is NAME.golden.yaml or NAME.golden.json beside it.
const (
	GoldenYAML = golden.GoldenYAML
	GoldenJSON = golden.GoldenJSON
)

// CheckOptions control Check and CheckGolden.
type CheckOptions = golden.CheckOptions

// CheckCase is the outcome of one golden case.
type CheckCase = golden.CheckCase

// CheckReport is the outcome of a Check run.
type CheckReport = golden.CheckReport

// Check finds every readout under the folder dir (NAME.html, .htm, .txt
// or .md, at any depth; hidden files and folders passed over) that has a
// golden record beside it, NAME.golden.yaml or NAME.golden.json, extracts
// it, and compares the record with the golden one as DiffRecord does. A
// golden file without an input, or shared by two inputs, is a failed case
// too. Readouts without a golden file are not extracted.
//
// The error is non-nil when the run could not start (dir missing, a field
// path that names no field, Update with Fields) or ctx was cancelled; the
// report then holds the cases finished so far.
func Check(ctx context.Context, dir string, opts CheckOptions) (*CheckReport, error) {
	return golden.Check(ctx, dir, opts)
}

// TestingT is the part of testing.TB that CheckGolden uses; *testing.T
// and *testing.B satisfy it. It keeps package pipeline free of the
// testing package outside tests.
type TestingT = golden.TestingT

// CheckGolden runs Check over dir inside a Go test: each failed case is
// one t.Errorf with its diff, each rewritten golden file one t.Logf, and
// a folder without golden cases (or a run that cannot start) is fatal.
// opts, when given, is the run's CheckOptions (only the first is used):
//
//	func TestGolden(t *testing.T) {
//		pipeline.CheckGolden(t, "testdata", pipeline.CheckOptions{Update: *update})
//	}
func CheckGolden(t TestingT, dir string, opts ...CheckOptions) {
	golden.CheckGolden(t, dir, opts...)
}

// ErrUnknownField means a field path given to compare records by names no
// field of the record.
var ErrUnknownField = golden.ErrUnknownField

// DiffRecord compares the golden record golden (YAML or JSON) with rec
// field by field and returns a unified diff, golden lines marked "-" and
// rec's marked "+", or "" when they agree. Key order, quoting and YAML or
// JSON style do not matter: values are compared once parsed, dates and
// instants by what they denote. source.path, source.text and evidence are
// left out. fields, when not empty, limits the comparison to those dotted
// field paths ("date", "time.start", "participants"; a path through a list
// applies to each element: "participants.name"); a path that names no
// record field gives an error wrapping ErrUnknownField. A golden that does
// not parse gives an error.
func DiffRecord(golden []byte, rec *extract.Record, fields []string) (string, error) {
	return diffRecord(golden, rec, fields)
}

var diffRecord = golden.DiffRecord // the parameter golden hides the package
