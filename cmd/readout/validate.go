package main

import (
	"fmt"
	"io"
	"os"

	"github.com/readout/readout/pipeline"
)

const validateHelp = `Usage: readout validate FILE...

Check record files (YAML as readout writes them, or JSON; - reads standard
input) against the record schema. Prints one line per problem,
"FILE: field.path: problem (line N)", and nothing for a valid file. Besides
the schema, it flags plain YAML values a YAML 1.1 reader would misread (an
unquoted 17:35 is the number 1055 there) and, in an explained record,
evidence that is not the text it points to.
`

const validateFooter = `
Examples:
  readout validate record.yaml
  readout validate records/*.yaml
  readout extract page.html | readout validate -

Exit codes: 0 every file is valid, 1 a file is invalid or unreadable,
2 usage error (no FILE given).
`

// runValidate is the validate command.
func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := newCommandFlags("validate", validateHelp, validateFooter)
	files, code, ok := parseCommandLine(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) == 0 {
		return usageError(stderr, "validate", "missing FILE (a record file, or - for standard input)")
	}
	code = exitOK
	for _, f := range files {
		data, err := readRecordFile(f)
		if err != nil {
			fmt.Fprintf(stderr, "readout: %s: %s\n", displayName(f), describe(err))
			code = exitInput
			continue
		}
		for _, p := range pipeline.ValidateYAML(data) {
			fmt.Fprintf(stdout, "%s: %s\n", displayName(f), p)
			code = exitInput
		}
	}
	return code
}

func readRecordFile(path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(path)
}
