package main

import (
	"fmt"
	"io"

	"github.com/readout/readout/extract"
)

const schemaHelp = `Usage: readout schema

Print the JSON Schema (draft 2020-12) of the records readout writes. Every
record is checked against it before it is written; "readout validate"
checks record files against it.

Examples:
  readout schema > record.schema.json
  readout schema | jq '.properties | keys'
`

// runSchema is the schema command.
func runSchema(args []string, stdout, stderr io.Writer) int {
	_, pos, code, ok := parseCommand("schema", schemaHelp, "", nil, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, "schema", fmt.Sprintf("takes no arguments, got %q", pos[0]))
	}
	if _, err := stdout.Write(extract.SchemaJSON); err != nil {
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return exitInput
	}
	return exitOK
}
