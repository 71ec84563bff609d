package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline/store"
)

func TestReport(t *testing.T) {
	root := batchArchive(t)
	tmp := t.TempDir()
	db := filepath.Join(tmp, "records.sqlite")
	folder := filepath.Join(tmp, "records")
	pages := filepath.Join(tmp, "pages")
	runCLI(t, "", "batch", root, "-o", db, "-q", "--explain-dir", filepath.Join(tmp, "dbpages"))
	runCLI(t, "", "batch", root, "-o", folder, "-q", "--explain-dir", pages)
	_, jsonl, _ := runCLI(t, "", "batch", root, "-o", "-", "-q")

	for name, args := range map[string][]string{
		"database":    {"report", db, "-o", filepath.Join(tmp, "db.html")},
		"folder":      {"report", folder, "-o", filepath.Join(tmp, "folder.html"), "--explain-dir", pages},
		"json lines":  {"report", "-", "-o", filepath.Join(tmp, "jsonl.html")},
		"to a stream": {"report", db, "-o", "-"},
	} {
		input := ""
		if args[1] == "-" {
			input = jsonl
		}
		code, stdout, stderr := runCLI(t, input, args...)
		if code != exitOK {
			t.Errorf("%s: code %d\n%s", name, code, stderr)
			continue
		}
		page := stdout
		if out := args[3]; out != "-" {
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			page = string(data)
		}
		for _, want := range []string{"Records by kind and year", "<svg class=\"timeline\"", "Who met whom", "2 records"} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: page lacks %q", name, want)
			}
		}
	}
	// The database remembers its explain pages, for the links.
	if got := store.ExplainDir(db); got != filepath.Join(tmp, "dbpages") {
		t.Errorf("ExplainDir = %q", got)
	}
	if got := store.ExplainDir(folder); got != "" {
		t.Errorf("ExplainDir of a folder = %q", got)
	}
	for _, args := range [][]string{{"report"}, {"report", db}, {"report", db, db, "-o", "x.html"}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: code %d, want %d", args, code, exitUsage)
		}
	}
	if code, _, stderr := runCLI(t, "", "report", filepath.Join(tmp, "missing.sqlite"), "-o", filepath.Join(tmp, "x.html")); code != exitInput || !strings.Contains(stderr, "missing.sqlite") {
		t.Errorf("missing input: code %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(tmp, "x.html")); err == nil {
		t.Errorf("a failed report left a file")
	}
}
