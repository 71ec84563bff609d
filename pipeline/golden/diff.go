package golden

import (
	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/golden/internal/treediff"
)

// ErrUnknownField means a field path given to compare records by names no
// field of the record.
var ErrUnknownField = treediff.ErrUnknownField

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
	sel, err := treediff.CompileFields(fields)
	if err != nil {
		return "", err
	}
	want, err := treediff.Parse(golden)
	if err != nil {
		return "", err
	}
	got, err := treediff.FromRecord(rec)
	if err != nil {
		return "", err
	}
	return treediff.Diff(want, got, sel, "golden", "now"), nil
}
