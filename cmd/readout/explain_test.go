package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExplainToFileAndStdout(t *testing.T) {
	out := filepath.Join(t.TempDir(), "view.html")
	code, stdout, errOut := runCLI(t, "", "explain", seedPath, "--output", out)
	if code != exitOK || stdout != "" {
		t.Fatalf("explain -o FILE: exit %d, stdout %q, stderr %s", code, stdout, errOut)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<!DOCTYPE html>", `data-field="date"`, `<pre class="yaml">`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("page lacks %q", want)
		}
	}

	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, errOut = runCLI(t, string(seed), "explain", "--input", "text", "--published", "2025-06-24", "-", "-o", "-")
	if code != exitOK || !strings.HasPrefix(stdout, "<!DOCTYPE html>") {
		t.Fatalf("explain - -o -: exit %d, stderr %s, stdout starts %.40q", code, errOut, stdout)
	}
	if !strings.Contains(stdout, `data-field="date"`) {
		t.Errorf("stdin page has no date mark")
	}
}

func TestExplainErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"explain", seedPath, seedPath}, exitUsage, "want one FILE"},
		{[]string{"explain", "--input", "pdf", seedPath}, exitUsage, `--input "pdf"`},
		{[]string{"explain", "--published", "24/06/2025", seedPath}, exitUsage, "YYYY-MM-DD"},
		{[]string{"explain", "--max-bytes", "0", seedPath}, exitUsage, `--max-bytes "0": want a positive size`},
		{[]string{"explain", "-o", "", seedPath}, exitUsage, "-o"},
		{[]string{"explain", filepath.Join(dir, "missing.txt"), "-o", "-"}, exitInput, "no such file"},
		{[]string{"explain", "--max-bytes", "10", seedPath, "-o", "-"}, exitInput, "too large"},
		{[]string{"explain", seedPath, "-o", filepath.Join(dir, "no", "such", "dir", "x.html")}, exitUsage, "does not exist; create it first"},
		{[]string{"explain", seedPath, "-o", dir}, exitUsage, "-o " + dir + ": is a folder; give the page a file name, e.g. -o " + filepath.Join(dir, "view.html")},
	} {
		code, _, errOut := runCLI(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
	code, out, _ := runCLI(t, "", "explain", "--help")
	if code != exitOK || !strings.Contains(out, "readout explain [flags] [FILE]") {
		t.Errorf("explain --help: exit %d, %q", code, out)
	}
}

func TestBatchExplainDir(t *testing.T) {
	in, out, pages := t.TempDir(), t.TempDir(), t.TempDir()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "seed.txt"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "", "batch", in, "-o", out, "--explain-dir", pages, "-q", "-j", "1")
	if code != exitInput { // the empty input fails
		t.Fatalf("batch --explain-dir: exit %d, stderr %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(pages, "seed.txt.html")); err != nil {
		t.Errorf("no page for seed.txt: %v", err)
	}
	idx, err := os.ReadFile(filepath.Join(pages, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="seed.txt.html"`, "empty.txt", "meeting"} {
		if !strings.Contains(string(idx), want) {
			t.Errorf("index lacks %q", want)
		}
	}
}
