package extract

import _ "embed" // for the record schema

// SchemaID is the $id of the record's JSON Schema.
const SchemaID = "https://github.com/readout/readout/extract/record.schema.json"

// SchemaJSON is the JSON Schema (draft 2020-12) of a Record as written by
// readout: the machine-readable form of the record specification. Every
// record the program writes must pass it. Callers must not modify it.
//
//go:embed record.schema.json
var SchemaJSON []byte
