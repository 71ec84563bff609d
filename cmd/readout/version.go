package main

import (
	"fmt"
	"io"

	"github.com/readout/readout/extract"
)

// toolVersion is readout's release version.
const toolVersion = "0.1.0"

const versionHelp = `Usage: readout version

Print readout's version and the version of the records it writes, e.g.
"readout 0.1.0 (schema readout/v1)".

Example:
  readout version
`

// runVersion is the version command.
func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newCommandFlags("version", versionHelp, "")
	pos, code, ok := parseCommandLine(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, "version", fmt.Sprintf("takes no arguments, got %q", pos[0]))
	}
	fmt.Fprintf(stdout, "readout %s (schema %s)\n", toolVersion, extract.SchemaVersion)
	return exitOK
}
