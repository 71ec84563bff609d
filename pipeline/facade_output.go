package pipeline

import (
	"io"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
)

// EmitOptions control how a record is written.
type EmitOptions = core.EmitOptions

// Encode validates rec and writes it to w in one write. Nothing is written
// when the record is invalid.
func Encode(w io.Writer, rec *extract.Record, opts EmitOptions) error {
	return core.Encode(w, rec, opts)
}

// Marshal validates rec, as it will be written, against the record schema
// and returns its encoding. An invalid record gives an error that wraps
// ErrInvalidRecord and a *SchemaError naming each failing field. Like
// ExtractBytes, it turns a panic into an error naming the record's input.
func Marshal(rec *extract.Record, opts EmitOptions) (data []byte, err error) {
	return core.Marshal(rec, opts)
}

// NeedsQuoting reports whether s, written as a plain YAML scalar, could be
// read back as something other than the same string by a YAML 1.1 or 1.2
// reader: booleans such as yes/no/on/off, nulls, numbers in any base,
// sexagesimal times such as 17:35, dates, strings that start with an
// indicator character (*&!|>%@ ...), hold ": " or " #", hold a control
// character or a Unicode line break, or have edge white space.
//
// Deprecated: Encode and Marshal quote every string that needs it; this
// detail of writing YAML stays for v1 and leaves package pipeline in v2.
func NeedsQuoting(s string) bool {
	return core.NeedsQuoting(s)
}

// Validate checks rec against the record schema, and, when rec carries
// source.text, that every evidence span holds the text it claims. The
// error is a *SchemaError naming each failing field.
//
// The evidence map is checked in Go, not by the schema validator: a record
// of a page with 100,000 list items has 200,000 evidence entries, which
// took the validator seconds. For a Go record the schema asks only that
// each key is a field path and each span's offsets are not negative; when
// a key is not a field path, the whole record goes through the schema, so
// the problems are the schema's own.
func Validate(rec *extract.Record) error {
	return core.Validate(rec)
}

// Problem is one way a record breaks the record schema.
type Problem = core.Problem

// ValidateYAML checks every record in data (YAML or JSON; a YAML stream
// may hold several documents) against the record schema and returns the
// problems found, with the line each is on. It also reports plain scalars
// that a YAML 1.1 reader would misread (an unquoted 17:35 is the number
// 1055 there), since records are read by such readers too. An empty
// result means every record is valid.
func ValidateYAML(data []byte) []Problem {
	return core.ValidateYAML(data)
}

// ValidateOptions says how ValidateRecords reads records: with Strict,
// every key the schema does not define is a problem (as for ValidateYAML);
// without, such keys are passed over, as a tolerant reader of readout/v1
// does (optional fields may be added within a schema version).
type ValidateOptions = core.ValidateOptions

// ValidateRecords is ValidateYAML with options.
func ValidateRecords(data []byte, opts ValidateOptions) []Problem {
	return core.ValidateRecords(data, opts)
}

// SchemaError is the error Validate returns: every problem found. It
// matches ErrInvalidRecord with errors.Is.
type SchemaError = core.SchemaError
