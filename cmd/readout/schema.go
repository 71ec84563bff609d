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
	if code, ok := parseNoArgs("schema", schemaHelp, args, stdout, stderr); !ok {
		return code
	}
	if _, err := stdout.Write(extract.SchemaJSON); err != nil {
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return exitInput
	}
	return exitOK
}
