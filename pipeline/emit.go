package pipeline

import (
	"io"

	"github.com/readout/readout/extract"
)

// EmitOptions control how a record is written.
type EmitOptions struct {
	// Format is "yaml" (the default) or "json".
	Format string
	// Explain keeps the record's evidence map and source.text.
	Explain bool
}

// Encode validates rec and writes it to w. Nothing is written when the
// record is invalid. (stub: being written)
func Encode(w io.Writer, rec *extract.Record, opts EmitOptions) error { return nil }

// Marshal validates rec and returns its encoding. (stub: being written)
func Marshal(rec *extract.Record, opts EmitOptions) ([]byte, error) { return nil, nil }

// Validate checks rec against the record schema. (stub: being written)
func Validate(rec *extract.Record) error { return nil }
