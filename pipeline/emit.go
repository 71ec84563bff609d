package pipeline

import "github.com/readout/readout/extract"

// Validate checks rec against the record schema. (stub: being written)
func Validate(rec *extract.Record) error { return nil }
