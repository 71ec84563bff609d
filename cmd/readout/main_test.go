package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// The golden files are rewritten by the pipeline package's tests; the flag
// is accepted here too so that "go test ./... -update" runs in every
// package.
var _ = flag.Bool("update", false, "rewrite golden files (see pipeline/golden/golden_test.go)")

const seedPath = "../../testdata/seed-mofa-nato-2025-06-24.txt"

// runCLI runs the command line args in-process with in as standard input.
func runCLI(t *testing.T, in string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	old := stdin
	stdin = strings.NewReader(in)
	defer func() { stdin = old }()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		code, out, _ := runCLI(t, "", args...)
		if code != exitOK || !strings.Contains(out, "Commands:") || !strings.Contains(out, "extract") {
			t.Errorf("%v: code %d, out %q", args, code, out)
		}
	}
	wants := map[string][]string{
		"extract":  {"--format", "-format", "-input", "-published", "-max-bytes", "-explain", "Examples:", "YYYY-MM-DD", "Exit codes"},
		"validate": {"FILE|FOLDER...", "--strict", "JSON Lines", "_report.yaml", "Examples:", "Exit codes"},
		"schema":   {"JSON Schema", "Example"},
		"version":  {"readout 0.1.0", "Example"},
	}
	for cmd, frags := range wants {
		for _, h := range []string{"--help", "-help", "-h"} {
			code, out, errOut := runCLI(t, "", cmd, h)
			if code != exitOK || errOut != "" {
				t.Errorf("%s %s: code %d, stderr %q", cmd, h, code, errOut)
			}
			for _, f := range frags {
				f = strings.TrimPrefix(f, "-")
				if !strings.Contains(out, f) {
					t.Errorf("%s %s: help lacks %q:\n%s", cmd, h, f, out)
				}
			}
		}
		code, out, _ := runCLI(t, "", "help", cmd)
		if code != exitOK || !strings.Contains(out, "Usage: readout "+cmd) {
			t.Errorf("help %s: code %d, out %q", cmd, code, out)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		frag string
	}{
		{nil, "Usage:"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"extract", "--bogus", seedPath}, "flag provided but not defined: -bogus"},
		{[]string{"extract", "--format", "xml", seedPath}, `--format "xml": want yaml or json`},
		{[]string{"extract", "--input", "pdf", seedPath}, `--input "pdf": want html or text`},
		{[]string{"extract", "--published", "24/06/2025", seedPath}, "not a date: want YYYY-MM-DD"},
		{[]string{"extract", "--published", "2025-02-30", seedPath}, "impossible date: February 2025 has 28 days"},
		{[]string{"extract", "--max-bytes", "-1", seedPath}, `--max-bytes "-1": not a size`},
		{[]string{"extract", "--max-bytes", "lots", seedPath}, `--max-bytes "lots": not a size`},
		{[]string{"schema", "extra"}, "takes no arguments"},
		{[]string{"version", "extra"}, "takes no arguments"},
	}
	for _, c := range cases {
		code, out, errOut := runCLI(t, "", c.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, exitUsage, errOut)
		}
		if out != "" {
			t.Errorf("%v: wrote to stdout: %q", c.args, out)
		}
		if !strings.Contains(errOut, c.frag) {
			t.Errorf("%v: stderr %q lacks %q", c.args, errOut, c.frag)
		}
	}
}

func TestVersionAndSchema(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "readout 0.1.0 (schema readout/v1)\nmodule github.com/readout/readout ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "", "--version"); code != exitOK || !strings.HasPrefix(out, "readout 0.1.0") {
		t.Errorf("--version: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "", "schema")
	var m map[string]any
	if code != exitOK || json.Unmarshal([]byte(out), &m) != nil || m["$id"] != extract.SchemaID {
		t.Errorf("schema: code %d, not the schema: %.80q", code, out)
	}
}

func TestExtractFile(t *testing.T) {
	code, out, errOut := runCLI(t, "", "extract", seedPath)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"schema: readout/v1\n", "  path: " + seedPath + "\n", "  format: text\n", "kind: "} {
		if !strings.Contains(out, want) {
			t.Errorf("record lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "evidence:") {
		t.Error("record without --explain holds evidence")
	}
	// Flags may follow the file.
	code2, out2, _ := runCLI(t, "", "extract", seedPath, "--format", "yaml")
	if code2 != exitOK || out2 != out {
		t.Errorf("flag after FILE: exit %d, different output", code2)
	}
}

func TestExtractStdinJSONExplain(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, string(seed), "extract", "--format", "json", "--explain", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rec extract.Record
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if rec.Source.Path != "-" || rec.Source.Text == "" || len(rec.Source.SHA256) != 64 {
		t.Errorf("source = %+v", rec.Source)
	}
	for path, ev := range rec.Evidence {
		if rec.Source.Text[ev.Start:ev.End] != ev.Text {
			t.Errorf("evidence %s does not point at its text", path)
		}
	}
	// What extract writes, validate accepts.
	code, vout, verr := runCLI(t, out, "validate", "-")
	if code != exitOK || vout != "" || verr != "" {
		t.Errorf("validate of own JSON: exit %d %q %q", code, vout, verr)
	}
}

func TestExtractPublished(t *testing.T) {
	code, out, errOut := runCLI(t, "Foreign Minister Motegi held a telephone talk with Foreign Minister Wong of Australia.\n",
		"extract", "--published", "2025-10-30", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "\npublished: 2025-10-30\n") {
		t.Errorf("--published not used:\n%s", out)
	}
}

func TestExtractInputErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "page.html")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("word "), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		in   string
		frag string
	}{
		{[]string{"extract", filepath.Join(dir, "missing.txt")}, "", "missing.txt: no such file or directory"},
		{[]string{"extract", dir}, "", "is a folder"},
		{[]string{"extract", bin}, "", "page.html: not text"},
		{[]string{"extract", "--max-bytes", "100", big}, "", "big.txt: input too large"},
		{[]string{"extract", "-"}, "", "standard input: no text"},
		{[]string{"extract", "-"}, "  \n\n \t\n", "standard input: no text"},
	}
	for _, c := range cases {
		code, out, errOut := runCLI(t, c.in, c.args...)
		if code != exitInput {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, exitInput, errOut)
		}
		if out != "" {
			t.Errorf("%v: wrote a record: %q", c.args, out)
		}
		if !strings.HasPrefix(errOut, "readout: ") || !strings.Contains(errOut, c.frag) {
			t.Errorf("%v: stderr %q lacks %q", c.args, errOut, c.frag)
		}
	}
}

func TestValidate(t *testing.T) {
	_, rec, _ := runCLI(t, "", "extract", seedPath)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(good, []byte(rec), 0o644)
	broken := strings.Replace(rec, "kind: ", "kind: summit\nold_kind: ", 1)
	// old_kind is unknown: accepted, as optional fields may be added
	// within readout/v1, and reported with --strict.
	os.WriteFile(bad, []byte(broken), 0o644)

	code, out, errOut := runCLI(t, "", "validate", good)
	if code != exitOK || out != "" || errOut != "" {
		t.Errorf("valid file: exit %d %q %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "validate", good, bad, filepath.Join(dir, "none.yaml"))
	if code != exitInput {
		t.Errorf("invalid file: exit %d", code)
	}
	if want := bad + ": kind: \"summit\" is not one of"; !strings.Contains(out, want) {
		t.Errorf("validate output lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, "old_kind") {
		t.Errorf("validate reports an unknown key without --strict:\n%s", out)
	}
	_, out, _ = runCLI(t, "", "validate", "--strict", bad)
	if want := bad + ": old_kind: unknown key"; !strings.Contains(out, want) {
		t.Errorf("validate --strict output lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, good) {
		t.Errorf("valid file reported:\n%s", out)
	}
}

func TestBuildOf(t *testing.T) {
	info := &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261204161440-887eb8dbdde6+dirty"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "887eb8dbdde65650e476f1bf328ec58a9dcfa2f1"},
		{Key: "vcs.time", Value: "2026-12-04T16:14:40Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	want := "module github.com/readout/readout v0.0.0-20261204161440-887eb8dbdde6+dirty\n" +
		"revision 887eb8dbdde65650e476f1bf328ec58a9dcfa2f1 (2026-12-04T16:14:40Z) modified\n"
	if got := buildOf(info).String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := buildOf(&debug.BuildInfo{}).String(); !strings.Contains(got, "(devel)") || !strings.Contains(got, "revision unknown") {
		t.Errorf("unstamped: %q", got)
	}
}
