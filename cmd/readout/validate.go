package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/batch"
)

const validateHelp = `Usage: readout validate [--strict] [FILE|FOLDER...]

Check records against the record schema: what readout writes, read back.
A FILE may hold one record (YAML or JSON), a YAML stream (records
separated by ---) or JSON Lines (one record per line, as batch -o - writes);
a FOLDER is searched for .yaml, .yml, .json and .jsonl files at any depth,
as batch -o FOLDER writes them (the run report _report.yaml is not a record
and is passed over). With no FILE, or with -, it reads standard input.

Prints one line per problem, "FILE: field.path: problem (line N)", and
nothing for valid records. Besides the schema, it flags plain YAML values a
YAML 1.1 reader would misread (an unquoted 17:35 is the number 1055 there)
and, in an explained record, evidence that is not the text it points to.

A key readout/v1 does not define is accepted: optional fields may be added
within readout/v1, and a reader should ignore keys it does not know.
--strict reports each one.
`

const validateFooter = `
Examples:
  readout validate record.yaml
  readout validate records/                      # a batch output folder
  readout batch archive/ -o - | readout validate # JSON Lines
  readout extract a.html b.html | readout validate
  readout validate --strict record.yaml          # unknown keys are problems too

Exit codes: 0 every record is valid, 1 a record is invalid or a file is
unreadable, 2 usage error.
`

// validateConfig is what runValidate's flags say.
type validateConfig struct {
	strict bool
}

func (c *validateConfig) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.strict, "strict", false, "report keys readout/v1 does not define (by default they are accepted)")
}

// recordExts are the extensions validate reads in a folder.
var recordExts = map[string]bool{".yaml": true, ".yml": true, ".json": true, ".jsonl": true}

// runValidate is the validate command.
func runValidate(args []string, stdout, stderr io.Writer) int {
	var c validateConfig
	_, args, code, ok := parseCommand("validate", validateHelp, validateFooter, c.flags, args, stdout, stderr)
	if !ok {
		return code
	}
	if args, code, ok = inputArgs("validate", "readout validate", args, stderr); !ok {
		return code
	}
	code = exitOK
	// fail says on stderr why the input name cannot be validated.
	fail := func(name, why string) {
		fmt.Fprintf(stderr, "readout validate: %s: %s\n", displayName(name), why)
		code = exitInput
	}
	for _, arg := range args {
		files, err := recordFiles(arg)
		if err != nil {
			fail(arg, describe(err))
			continue
		}
		if len(files) == 0 {
			fail(arg, "no record files (.yaml, .yml, .json, .jsonl) in this folder")
		}
		for _, f := range files {
			data, err := readRecordFile(f)
			if err != nil {
				fail(f, describe(err))
				continue
			}
			for _, p := range validateRecords(data, c.strict) {
				fmt.Fprintf(stdout, "%s: %s\n", displayName(f), terminalSafe(p.String()))
				code = exitInput
			}
		}
	}
	return code
}

// recordFiles returns the record files arg names: arg itself, or for a
// folder every record file under it, in order (hidden files and folders,
// temporary files and batch run reports passed over).
func recordFiles(arg string) ([]string, error) {
	if arg == "-" {
		return []string{"-"}, nil
	}
	st, err := os.Stat(arg)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{arg}, nil
	}
	var files []string
	err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != arg && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !recordExts[strings.ToLower(filepath.Ext(name))] || batch.IsReportName(name) {
			return nil
		}
		files = append(files, p)
		return nil
	})
	sort.Strings(files)
	return files, err
}

// validateRecords checks every record in data: JSON Lines line by line,
// anything else as YAML (one record, a stream, or JSON), and returns
// their problems.
func validateRecords(data []byte, strict bool) []pipeline.Problem {
	lines := jsonLines(data)
	if lines == nil {
		return pipeline.ValidateRecords(data, pipeline.ValidateOptions{Strict: strict})
	}
	var out []pipeline.Problem
	for i, l := range lines {
		for _, p := range pipeline.ValidateRecords(l.text, pipeline.ValidateOptions{Strict: strict}) {
			p.Message = fmt.Sprintf("%s (record %d)", p.Message, i+1)
			p.Line = l.line
			out = append(out, p)
		}
	}
	return out
}

// jsonLine is one record of a JSON Lines input and the line it is on.
type jsonLine struct {
	text []byte
	line int
}

// jsonLines splits data into its records when it is JSON Lines: more than
// one line, each one JSON object. It returns nil for anything else.
func jsonLines(data []byte) []jsonLine {
	var out []jsonLine
	n := 0
	for i, l := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimSpace(l)
		if len(t) == 0 {
			continue
		}
		if t[0] != '{' || t[len(t)-1] != '}' {
			return nil
		}
		out = append(out, jsonLine{t, i + 1})
		n++
	}
	if n < 2 {
		return nil
	}
	return out
}

func readRecordFile(path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(path)
}
