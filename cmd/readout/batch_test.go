package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// batchArchive makes an archive with two readouts in sub-folders and one
// binary file, and returns its folder.
func batchArchive(t *testing.T) string {
	t.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	files := map[string][]byte{
		"2025/06/seed.txt":   seed,
		"2025/07/seed-2.txt": append(append([]byte{}, seed...), "\nBoth sides agreed to meet again.\n"...),
		"bad/image.html":     []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"readme.pdf":         []byte("%PDF-1.4"),
	}
	for rel, data := range files {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func readReport(t *testing.T, p string) *pipeline.Report {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := pipeline.UnmarshalReport(data)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestBatchHelpAndUsage(t *testing.T) {
	code, out, _ := runCLI(t, "", "batch", "--help")
	for _, f := range []string{"Usage: readout batch ARCHIVE -o OUT", "-jobs", "-include", "-exclude", "-resume", "-ordered", "-fail-fast", "-quiet", "_report.yaml", "130", "Examples:"} {
		if code != exitOK || !strings.Contains(out, f) {
			t.Errorf("batch --help (code %d) lacks %q", code, f)
		}
	}
	root := t.TempDir()
	for _, args := range [][]string{
		{"batch"},
		{"batch", root},
		{"batch", root, root, "-o", "x"},
		{"batch", root, "-o", "x", "--format", "xml"},
		{"batch", root, "-o", "x", "--jobs", "0"},
		{"batch", root, "-o", "-", "--resume"},
		{"batch", root, "-o", "-", "--format", "yaml"},
		{"batch", root, "-o", "x", "--ordered"},
		{"batch", root, "-o", "x", "--nope"},
		{"batch", root, "-o", "x", "--include", "[a-"},
	} {
		if code, _, errOut := runCLI(t, "", args...); code != exitUsage || errOut == "" {
			t.Errorf("%q: code %d, want %d with a message", args, code, exitUsage)
		}
	}
}

func TestBatchArchiveErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	file := filepath.Join(t.TempDir(), "one.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, archive := range []string{filepath.Join(t.TempDir(), "missing"), file} {
		code, _, stderr := runCLI(t, "", "batch", archive, "-o", out)
		if code != exitInput || !strings.Contains(stderr, "archive") {
			t.Errorf("%s: code %d, stderr %q", archive, code, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("the output folder was made for an archive that cannot be read")
	}
}

func TestBatchFolder(t *testing.T) {
	root := batchArchive(t)
	out := filepath.Join(t.TempDir(), "records")
	code, stdout, stderr := runCLI(t, "", "batch", root, "-o", out, "-j", "2")
	if code != exitInput {
		t.Errorf("code %d, want %d (one input fails)", code, exitInput)
	}
	if stdout != "" {
		t.Errorf("stdout not empty: %q", stdout)
	}
	for _, f := range []string{"completed", "ok ", "failed ", "bad/image.html", "_report.yaml"} {
		if !strings.Contains(stderr, f) {
			t.Errorf("summary lacks %q:\n%s", f, stderr)
		}
	}
	for _, rel := range []string{"2025/06/seed.txt.yaml", "2025/07/seed-2.txt.yaml"} {
		if _, err := os.Stat(filepath.Join(out, rel)); err != nil {
			t.Errorf("no output %s: %v", rel, err)
		}
	}
	rep := readReport(t, filepath.Join(out, pipeline.ReportName))
	c := rep.Counts
	if rep.Version != toolVersion || rep.Status != pipeline.StatusCompleted || c.Inputs != 3 || c.OK != 2 || c.Failed != 1 || c.Ignored != 1 {
		t.Errorf("report: version %q status %q counts %+v", rep.Version, rep.Status, c)
	}
	if len(rep.Failures) != 1 || rep.Failures[0].Path != "bad/image.html" || rep.Failures[0].Reason != pipeline.ReasonNotText {
		t.Errorf("failures %+v", rep.Failures)
	}

	// Resume: the records are up to date, the failure is tried again.
	code, _, _ = runCLI(t, "", "batch", root, "-o", out, "--resume", "-q")
	rep = readReport(t, filepath.Join(out, pipeline.ReportName))
	if code != exitInput || rep.Counts.Skipped != 2 || rep.Counts.OK != 0 || rep.Counts.Failed != 1 {
		t.Errorf("resume: code %d counts %+v", code, rep.Counts)
	}

	// Another build made the records (its key in the resume manifest):
	// resume reads everything.
	manifest := filepath.Join(out, pipeline.ResumeManifestName)
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	old := regexp.MustCompile(`"key":"readout [^;"]*;`).ReplaceAll(data, []byte(`"key":"readout 0.0.0-old abc;`))
	if err := os.WriteFile(manifest, old, 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, stderr = runCLI(t, "", "batch", root, "-o", out, "--resume", "--exclude", "bad")
	rep = readReport(t, filepath.Join(out, pipeline.ReportName))
	if !strings.Contains(stderr, "made by another build of readout") || rep.Counts.Skipped != 0 || rep.Counts.OK != 2 || rep.Counts.Inputs != 2 {
		t.Errorf("resume over an old version: counts %+v, stderr:\n%s", rep.Counts, stderr)
	}
}

func TestBatchJSONLinesToStdout(t *testing.T) {
	root := batchArchive(t)
	reportPath := filepath.Join(t.TempDir(), "run.yaml")
	code, stdout, stderr := runCLI(t, "", "batch", root, "-o", "-", "--ordered", "--report", reportPath, "--include", "*.txt")
	if code != exitOK {
		t.Fatalf("code %d, stderr:\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), stdout)
	}
	for i, want := range []string{"2025/06/seed.txt", "2025/07/seed-2.txt"} {
		var rec extract.Record
		if err := json.Unmarshal([]byte(lines[i]), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !strings.HasSuffix(filepath.ToSlash(rec.Source.Path), want) || rec.Schema != extract.SchemaVersion {
			t.Errorf("line %d: source.path %q, want …%s", i+1, rec.Source.Path, want)
		}
	}
	rep := readReport(t, reportPath)
	if rep.Output != "-" || rep.Format != "jsonl" || rep.Counts.OK != 2 {
		t.Errorf("report %+v", rep)
	}
}
