package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The tests in this file go through what a new user tries in the first
// hour, each with the built binary (see binary_test.go) as a separate
// process.

// seedText is the seed readout's text.
func seedText(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// yamlDocs decodes a YAML stream into its documents.
func yamlDocs(t *testing.T, s string) []map[string]any {
	t.Helper()
	dec := yaml.NewDecoder(strings.NewReader(s))
	var docs []map[string]any
	for {
		var m map[string]any
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatalf("not a YAML stream: %v\n%s", err, s)
		}
		docs = append(docs, m)
	}
}

func sourcePath(m map[string]any) any {
	src, _ := m["source"].(map[string]any)
	return src["path"]
}

func TestStandardInputByDefault(t *testing.T) {
	seed := seedText(t)
	// cat page | readout extract
	code, out, errOut := runBin(t, binRun{args: []string{"extract"}, stdin: seed})
	docs := yamlDocs(t, out)
	if code != exitOK || len(docs) != 1 || sourcePath(docs[0]) != "-" || docs[0]["kind"] != "meeting" {
		t.Fatalf("extract from standard input: exit %d, %s\n%s", code, errOut, out)
	}
	// cat page | readout explain > page.html
	code, page, errOut := runBin(t, binRun{args: []string{"explain"}, stdin: seed})
	if code != exitOK || !strings.HasPrefix(page, "<!DOCTYPE html>") {
		t.Errorf("explain from standard input: exit %d, %s\n%.200s", code, errOut, page)
	}
	// readout extract page | readout validate
	code, vout, errOut := runBin(t, binRun{args: []string{"validate"}, stdin: out})
	if code != exitOK || vout != "" || errOut != "" {
		t.Errorf("validate from standard input: exit %d, %q %q", code, vout, errOut)
	}
}

func TestExtractSeveralFiles(t *testing.T) {
	other := "../../testdata/wh-readout-sweden.md"
	code, out, errOut := bin(t, "extract", seedPath, other)
	docs := yamlDocs(t, out)
	if code != exitOK || len(docs) != 2 || sourcePath(docs[0]) != seedPath || sourcePath(docs[1]) != other {
		t.Fatalf("two files: exit %d, %s, %d records:\n%s", code, errOut, len(docs), out)
	}
	if !strings.Contains(out, "\n---\nschema: readout/v1\n") {
		t.Errorf("records are not separated by ---:\n%s", out)
	}
	// JSON Lines, with --format in any case.
	code, out, errOut = bin(t, "extract", "--format", "JSON", seedPath, other)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != exitOK || len(lines) != 2 {
		t.Fatalf("JSON Lines: exit %d, %s:\n%s", code, errOut, out)
	}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil || m["schema"] != "readout/v1" {
			t.Errorf("line %d is not a record: %v: %.80s", i+1, err, l)
		}
	}
	// One missing file: the others are still extracted, exit 1.
	code, out, errOut = bin(t, "extract", seedPath, "missing.html", other)
	if code != exitInput || len(yamlDocs(t, out)) != 2 || !strings.Contains(errOut, "readout: missing.html: no such file or directory") {
		t.Errorf("with a missing file: exit %d, stderr %q, %d records", code, errOut, len(yamlDocs(t, out)))
	}
}

func TestURLArgumentSaysPipeIt(t *testing.T) {
	url := "https://www.mofa.go.jp/press/release/press4e_000152.html"
	for cmd, pipe := range map[string]string{
		"extract":  "curl -s '" + url + "' | readout extract -",
		"explain":  "curl -s '" + url + "' | readout explain -o view.html -",
		"validate": "curl -s '" + url + "' | readout validate -",
	} {
		code, out, errOut := bin(t, cmd, url)
		if code != exitUsage || out != "" || !strings.Contains(errOut, "readout never fetches anything") || !strings.Contains(errOut, pipe) {
			t.Errorf("%s URL: exit %d, stderr:\n%s", cmd, code, errOut)
		}
	}
}

func TestValidateReadsWhatReadoutWrites(t *testing.T) {
	archive := t.TempDir()
	for name, src := range map[string]string{
		"2025/seed.txt": seedPath,
		"sweden.md":     "../../testdata/wh-readout-sweden.md",
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(archive, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A batch output folder (its _report.yaml is not a record).
	out := filepath.Join(t.TempDir(), "records")
	if code, _, errOut := bin(t, "batch", archive, "-o", out, "-q"); code != exitOK {
		t.Fatalf("batch: exit %d: %s", code, errOut)
	}
	if code, vout, errOut := bin(t, "validate", out); code != exitOK || vout != "" || errOut != "" {
		t.Errorf("validate OUT: exit %d, %q %q", code, vout, errOut)
	}
	// JSON Lines from batch -o -.
	code, jsonl, errOut := bin(t, "batch", archive, "-o", "-", "-q")
	if code != exitOK || strings.Count(jsonl, "\n") != 2 {
		t.Fatalf("batch -o -: exit %d: %s", code, errOut)
	}
	if code, vout, errOut := runBin(t, binRun{args: []string{"validate"}, stdin: jsonl}); code != exitOK || vout != "" || errOut != "" {
		t.Errorf("validate JSON Lines: exit %d, %q %q", code, vout, errOut)
	}
	// A broken record in JSON Lines is named by line.
	broken := strings.Replace(jsonl, `"kind":"meeting"`, `"kind":"summit"`, 1)
	if code, vout, _ := runBin(t, binRun{args: []string{"validate", "-"}, stdin: broken}); code != exitInput ||
		!strings.Contains(vout, `standard input: kind: "summit" is not one of`) || !strings.Contains(vout, "(record ") || !strings.Contains(vout, "(line ") {
		t.Errorf("validate broken JSON Lines: exit %d, %q", code, vout)
	}
	// A YAML stream from extract with several files.
	_, stream, _ := bin(t, "extract", seedPath, "../../testdata/wh-readout-sweden.md")
	if code, vout, errOut := runBin(t, binRun{args: []string{"validate"}, stdin: stream}); code != exitOK || vout != "" {
		t.Errorf("validate a YAML stream: exit %d, %q %q", code, vout, errOut)
	}
	// A key readout/v1 may gain is accepted; --strict reports it.
	_, rec, _ := bin(t, "extract", seedPath)
	future := strings.Replace(rec, "title:", "language: en\ntitle:", 1)
	future = strings.Replace(future, "  format: text\n", "  format: text\n  crawled: 2025-06-25T00:00:00Z\n", 1)
	if code, vout, _ := runBin(t, binRun{args: []string{"validate"}, stdin: future}); code != exitOK || vout != "" {
		t.Errorf("an unknown key is not accepted: exit %d, %q", code, vout)
	}
	code, vout, _ := runBin(t, binRun{args: []string{"validate", "--strict"}, stdin: future})
	if code != exitInput || !strings.Contains(vout, "standard input: language: unknown key") || !strings.Contains(vout, "standard input: source.crawled: unknown key") {
		t.Errorf("--strict: exit %d, %q", code, vout)
	}
}

func TestFlagsAsUsersWriteThem(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"extract", "--max-bytes", "1k", seedPath}, exitInput, "input too large: more than 1024 bytes"},
		{[]string{"extract", "--max-bytes", "4MiB", seedPath}, exitOK, ""},
		{[]string{"extract", "--max-bytes", "1.5KB", seedPath}, exitInput, "more than 1536 bytes"},
		{[]string{"extract", "--format", "JSON", seedPath}, exitOK, ""},
		{[]string{"extract", "--input", "TEXT", seedPath}, exitOK, ""},
		{[]string{"extract", "--published", "2025-13-45", seedPath}, exitUsage, `--published "2025-13-45": impossible date: there is no month 13`},
		{[]string{"extract", "--published", "2025-02-29", seedPath}, exitUsage, `impossible date: February 2025 has 28 days`},
		{[]string{"extract", "--published", "June 24", seedPath}, exitUsage, `--published "June 24": not a date: want YYYY-MM-DD`},
		{[]string{"extrct", seedPath}, exitUsage, `unknown command "extrct" (did you mean extract?)`},
		{[]string{"valdiate"}, exitUsage, `(did you mean validate?)`},
		{[]string{"frobnicate"}, exitUsage, "unknown command \"frobnicate\"\n"},
		{[]string{"extract", "--fromat", "json", seedPath}, exitUsage, "(did you mean --format?)"},
		{[]string{"batch", "--published", "2025-13-45", ".", "-o", "-"}, exitUsage, "impossible date"},
		{[]string{"batch", "--max-bytes", "1k", "--format", "Json", "--input", "Text", "../../testdata", "-o", "-", "-q"}, exitInput, ""},
	}
	for _, c := range cases {
		code, out, errOut := bin(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d (want %d), stderr %q lacks %q", c.args, code, c.code, errOut, c.want)
		}
		if c.code == exitOK && !strings.Contains(out, "readout/v1") {
			t.Errorf("%v: no record:\n%.200s", c.args, out)
		}
	}
}

func TestBatchInputAndPublished(t *testing.T) {
	archive := t.TempDir()
	// A readout without a dateline, saved as .html though it is text.
	var body []string
	for _, l := range strings.Split(seedText(t), "\n") {
		if !strings.Contains(l, "2025") || strings.Contains(l, "June 24") {
			body = append(body, l)
		}
	}
	if err := os.WriteFile(filepath.Join(archive, "notes.html"), []byte(strings.Join(body, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := bin(t, "batch", archive, "-o", "-", "-q", "--input", "text", "--published", "2025-06-24")
	var rec struct {
		Source    struct{ Format string }
		Published string
	}
	if code != exitOK || json.Unmarshal([]byte(out), &rec) != nil || rec.Source.Format != "text" || rec.Published != "2025-06-24" {
		t.Errorf("batch --input text --published: exit %d, %s\n%s", code, errOut, out)
	}
}

func TestErrorsNameThePathAndWhatToDo(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		args []string
		code int
		want string
		not  string
	}{
		{[]string{"check", "/nonexistent"}, exitInput, "readout check: /nonexistent: no such folder; give the folder", ""},
		{[]string{"check", seedPath}, exitInput, seedPath + " is a file, not a folder", "archive"},
		{[]string{"explain", seedPath, "-o", dir}, exitUsage, "-o " + dir + ": is a folder; give the page a file name", ".explain-"},
		{[]string{"extract", dir}, exitInput, "readout: " + dir + ": is a folder, not a file (use readout batch for folders)", ""},
		{[]string{"validate", "/nonexistent.yaml"}, exitInput, "readout validate: /nonexistent.yaml: no such file or directory", ""},
	}
	for _, c := range cases {
		code, _, errOut := bin(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) || (c.not != "" && strings.Contains(errOut, c.not)) {
			t.Errorf("%v: exit %d (want %d), stderr %q; want %q", c.args, code, c.code, errOut, c.want)
		}
	}
}

// failingCase makes a folder with the seed and a golden record that
// differs from it in one value, for a check that fails with a diff.
func failingCase(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "seed.txt"), []byte(seedText(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("../../testdata/seed-mofa-nato-2025-06-24.golden.yaml")
	if err != nil {
		t.Fatal(err)
	}
	golden = bytes.Replace(golden, []byte("minutes: 30"), []byte("minutes: 40"), 1)
	if err := os.WriteFile(filepath.Join(dir, "seed.golden.yaml"), golden, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestColourOnlyWhenAsked(t *testing.T) {
	dir := failingCase(t)
	const esc = "\x1b["
	// Piped: no colour.
	_, out, _ := bin(t, "check", dir)
	if strings.Contains(out, esc) || !strings.Contains(out, "-  minutes: 40\n+  minutes: 30\n") {
		t.Errorf("piped check output has colour, or lacks the diff:\n%q", out)
	}
	// Forced through a pipe (for less -R): removed red, added green.
	_, out, _ = runBin(t, binRun{args: []string{"check", dir}, env: []string{"CLICOLOR_FORCE=1"}})
	if !strings.Contains(out, "\x1b[31m-  minutes: 40\x1b[0m") || !strings.Contains(out, "\x1b[32m+  minutes: 30\x1b[0m") {
		t.Errorf("CLICOLOR_FORCE=1: no red and green diff:\n%q", out)
	}
	// NO_COLOR wins.
	_, out, _ = runBin(t, binRun{args: []string{"check", dir}, env: []string{"CLICOLOR_FORCE=1", "NO_COLOR=1"}})
	if strings.Contains(out, esc) {
		t.Errorf("NO_COLOR=1: colour:\n%q", out)
	}
	// The batch summary on standard error: plain when piped.
	_, _, errOut := bin(t, "batch", "../../testdata", "-o", "-")
	if strings.Contains(errOut, esc) || !strings.Contains(errOut, "readout batch: completed") {
		t.Errorf("piped batch summary:\n%q", errOut)
	}
	_, _, errOut = runBin(t, binRun{args: []string{"batch", "../../testdata", "-o", "-"}, env: []string{"CLICOLOR_FORCE=1"}})
	if !strings.Contains(errOut, "readout batch: \x1b[") {
		t.Errorf("CLICOLOR_FORCE=1 batch summary not coloured:\n%q", errOut)
	}
}

// TestColourOnATerminal runs readout under a real terminal (util-linux
// script gives it one): colour there, none under NO_COLOR.
func TestColourOnATerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script (util-linux) is not installed")
	}
	dir := failingCase(t)
	term := func(env ...string) string {
		cmd := exec.CommandContext(t.Context(), script, "-qefc", readoutBinary(t)+" check "+dir, "/dev/null")
		cmd.Env = append(append(os.Environ(), "TERM=xterm"), env...)
		out, _ := cmd.CombinedOutput()
		return string(out)
	}
	out := term()
	if !strings.Contains(out, "\x1b[31m-  minutes: 40") || !strings.Contains(out, "\x1b[32m+  minutes: 30") {
		t.Skipf("no colour on script's terminal (not a usable pty here?):\n%q", out)
	}
	if out := term("NO_COLOR=1"); strings.Contains(out, "\x1b[3") {
		t.Errorf("NO_COLOR=1 on a terminal: colour:\n%q", out)
	}
}

func TestCompletion(t *testing.T) {
	code, script, errOut := bin(t, "completion", "bash")
	if code != exitOK || !strings.Contains(script, "complete -o filenames -o bashdefault -F _readout readout") {
		t.Fatalf("completion bash: exit %d, %s\n%s", code, errOut, script)
	}
	if bash, err := exec.LookPath("bash"); err == nil {
		f := filepath.Join(t.TempDir(), "readout.bash")
		os.WriteFile(f, []byte(script), 0o644)
		complete := func(words ...string) string {
			prog := `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _readout; echo "${COMPREPLY[*]}"`
			out, err := exec.Command(bash, append([]string{"-c", prog, "x", f}, words...)...).CombinedOutput()
			if err != nil {
				t.Fatalf("bash: %v\n%s", err, out)
			}
			return strings.TrimSpace(string(out))
		}
		for _, c := range []struct {
			words []string
			want  string
		}{
			{[]string{"readout", "ext"}, "extract"},
			{[]string{"readout", "extract", "--for"}, "--format"},
			{[]string{"readout", "extract", "--format", "j"}, "json"},
			{[]string{"readout", "batch", "--inp"}, "--input"},
			{[]string{"readout", "validate", "--str"}, "--strict"},
			{[]string{"readout", "completion", "f"}, "fish"},
			{[]string{"readout", "help", "val"}, "validate"},
		} {
			if got := complete(c.words...); got != c.want {
				t.Errorf("complete %q: %q, want %q", c.words, got, c.want)
			}
		}
	}
	code, zsh, _ := bin(t, "completion", "zsh")
	if code != exitOK || !strings.HasPrefix(zsh, "#compdef readout\n") || !strings.Contains(zsh, "bashcompinit") {
		t.Errorf("completion zsh: exit %d\n%.200s", code, zsh)
	}
	code, fish, _ := bin(t, "completion", "fish")
	for _, want := range []string{
		"complete -c readout -n __fish_use_subcommand -a extract -d ",
		"complete -c readout -n '__fish_seen_subcommand_from extract' -l format -x -a 'yaml json'",
		"complete -c readout -n '__fish_seen_subcommand_from batch' -s o -r -F",
	} {
		if code != exitOK || !strings.Contains(fish, want) {
			t.Errorf("completion fish lacks %q:\n%s", want, fish)
		}
	}
	if code, _, errOut := bin(t, "completion", "fihs"); code != exitUsage || !strings.Contains(errOut, "did you mean fish?") {
		t.Errorf("completion fihs: exit %d, %q", code, errOut)
	}
}

// smallArchive makes an archive of two readouts and one binary file.
func smallArchive(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	seed := seedText(t)
	for name, body := range map[string]string{
		"a/seed.txt":     seed,
		"b/seed-2.txt":   seed + "\nBoth sides agreed to meet again.\n",
		"bad/image.html": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestBatchResumeKeyedOnBuildAndOptions(t *testing.T) {
	archive := smallArchive(t)
	out := filepath.Join(t.TempDir(), "records")
	batch := func(args ...string) (skipped int, stderr string) {
		t.Helper()
		_, _, errOut := bin(t, append([]string{"batch", archive, "-o", out}, args...)...)
		rep := readReport(t, filepath.Join(out, "_report.yaml"))
		return rep.Counts.Skipped, errOut
	}
	batch()
	if n, _ := batch("--resume"); n != 2 {
		t.Errorf("--resume after the same run: skipped %d, want 2", n)
	}
	// --explain changes the record: nothing is skipped, every record gets
	// its evidence.
	if n, errOut := batch("--resume", "--explain"); n != 0 || !strings.Contains(errOut, "with other options") {
		t.Errorf("--resume --explain: skipped %d, stderr %q", n, errOut)
	}
	for _, rel := range []string{"a/seed.txt.yaml", "b/seed-2.txt.yaml"} {
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
		if err != nil || !strings.Contains(string(data), "\nevidence:\n") {
			t.Errorf("%s has no evidence after --resume --explain (%v)", rel, err)
		}
	}
	if n, _ := batch("--resume", "--explain"); n != 2 {
		t.Errorf("--resume --explain again: skipped %d, want 2", n)
	}
	if n, _ := batch("--resume", "--explain", "--published", "2025-06-23"); n != 0 {
		t.Errorf("--resume with another --published: skipped %d, want 0", n)
	}
	// --explain-dir: a page for every input, not only the failures.
	pages := filepath.Join(t.TempDir(), "pages")
	batch("--resume", "--explain", "--published", "2025-06-23", "--explain-dir", pages)
	for _, p := range []string{"a/seed.txt.html", "b/seed-2.txt.html", "index.html"} {
		if _, err := os.Stat(filepath.Join(pages, filepath.FromSlash(p))); err != nil {
			t.Errorf("--resume --explain-dir: %v", err)
		}
	}
	// The report names the build.
	if rep := readReport(t, filepath.Join(out, "_report.yaml")); rep.Build == "" || !strings.HasPrefix(rep.Build, "0.1.0 ") {
		t.Errorf("report build %q", rep.Build)
	}
}

func TestBatchQuietAndJSONReport(t *testing.T) {
	archive := smallArchive(t)
	out := filepath.Join(t.TempDir(), "records")
	code, stdout, errOut := bin(t, "batch", archive, "-o", out, "-q", "--format", "json")
	if code != exitInput || stdout != "" || errOut != "" {
		t.Errorf("batch -q with a failing input: exit %d, stdout %q, stderr %q; want 1 and nothing written", code, stdout, errOut)
	}
	data, err := os.ReadFile(filepath.Join(out, "_report.json"))
	var rep struct {
		Counts struct {
			Inputs, OK, Failed int
		}
		Failures []struct{ Path, Reason string }
	}
	if err != nil || json.Unmarshal(data, &rep) != nil || rep.Counts.Inputs != 3 || rep.Counts.Failed != 1 || len(rep.Failures) != 1 || rep.Failures[0].Path != "bad/image.html" {
		t.Errorf("_report.json: %v\n%s", err, data)
	}
	if _, err := os.Stat(filepath.Join(out, "_report.yaml")); err == nil {
		t.Error("--format json also wrote _report.yaml")
	}
	// validate reads the folder, passing the report over.
	if code, vout, verr := bin(t, "validate", out); code != exitOK || vout != "" || verr != "" {
		t.Errorf("validate OUT: exit %d %q %q", code, vout, verr)
	}
}

// TestBatchStoppedCountsEveryInput stops a run at its first failure
// (--fail-fast, one job): the report counts and names every input, as a
// run stopped by Ctrl-C does.
func TestBatchStoppedCountsEveryInput(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "0-bad.html"), []byte("\x89PNG\r\n\x1a\n\x00"), 0o644)
	for i := range 5 {
		os.WriteFile(filepath.Join(root, fmt.Sprintf("%d-seed.txt", i+1)), []byte(seedText(t)), 0o644)
	}
	out := filepath.Join(t.TempDir(), "records")
	code, _, _ := bin(t, "batch", root, "-o", out, "--fail-fast", "-j", "1", "-q")
	rep := readReport(t, filepath.Join(out, "_report.yaml"))
	c := rep.Counts
	if code != exitInput || rep.Status != "stopped" || c.Inputs != 6 || c.OK+c.Failed+c.NotDone != 6 || len(rep.NotDone) != c.NotDone || c.NotDone == 0 {
		t.Errorf("stopped run: exit %d, status %s, counts %+v, not done %v", code, rep.Status, c, rep.NotDone)
	}
}
