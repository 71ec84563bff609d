package main

import (
	"database/sql"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline/store"
)

func TestBatchSQLite(t *testing.T) {
	root := batchArchive(t)
	out := filepath.Join(t.TempDir(), "records.sqlite")
	code, stdout, stderr := runCLI(t, "", "batch", root, "-o", out, "-j", "2", "-q")
	if code != exitInput || stdout != "" {
		t.Fatalf("code %d (want %d: one input fails), stdout %q, stderr %s", code, exitInput, stdout, stderr)
	}
	db, err := sql.Open("sqlite", "file:"+out+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	if n := count("SELECT COUNT(*) FROM records"); n != 2 {
		t.Errorf("%d records, want 2", n)
	}
	if n := count("SELECT COUNT(*) FROM participants WHERE person IS NULL"); n != 0 {
		t.Errorf("%d participants without a person id", n)
	}
	if n := count("SELECT COUNT(DISTINCT person) FROM participants"); n == 0 || n != count("SELECT COUNT(*) FROM people") {
		t.Errorf("%d people in participants, %d in people", n, count("SELECT COUNT(*) FROM people"))
	}
	if n := count("SELECT COUNT(*) FROM failures WHERE path = 'bad/image.html' AND reason = 'not-text'"); n != 1 {
		t.Errorf("failures: %d rows for bad/image.html", n)
	}
	if n := count("SELECT COUNT(*) FROM runs WHERE status = 'completed' AND ok = 2 AND failed = 1"); n != 1 {
		t.Errorf("runs: %d completed rows with the counts", n)
	}
	if n := count("SELECT COUNT(*) FROM agenda WHERE path LIKE '%.%'"); n == 0 {
		t.Errorf("no sub-point paths in agenda (the seed has 1.1-style points)")
	}
	db.Close()

	// Resume: the records are up to date, the failure is tried again.
	code, _, stderr = runCLI(t, "", "batch", root, "-o", out, "--resume")
	if code != exitInput || !strings.Contains(stderr, "skipped        2") {
		t.Errorf("resume: code %d\n%s", code, stderr)
	}
	items, err := store.ReadRecords(out, nil)
	if err != nil || len(items) != 2 {
		t.Fatalf("read back: %d items, %v", len(items), err)
	}
	if items[0].Rel != "2025/06/seed.txt" || items[0].Record.Kind == "" {
		t.Errorf("read back %q kind %q", items[0].Rel, items[0].Record.Kind)
	}
}

func TestBatchCSV(t *testing.T) {
	root := batchArchive(t)
	out := filepath.Join(t.TempDir(), "records.csv")
	code, _, stderr := runCLI(t, "", "batch", root, "-o", out, "-q")
	if code != exitInput {
		t.Fatalf("code %d\n%s", code, stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || len(rows[0]) != len(store.CSVColumns) || rows[1][0] != "2025/06/seed.txt" {
		t.Fatalf("rows %d, header %v, first %v", len(rows), rows[0], rows[1][:1])
	}
	if !strings.Contains(rows[1][13], "(") {
		t.Errorf("participants cell %q: want Name (Title, Affiliation)", rows[1][13])
	}
	// No temporary file is left beside it.
	ents, _ := os.ReadDir(filepath.Dir(out))
	if len(ents) != 1 {
		t.Errorf("%d files beside the CSV", len(ents)-1)
	}

	for _, args := range [][]string{
		{"batch", root, "-o", "-", "--format", "sqlite"},
		{"batch", root, "-o", out, "--resume"},
		{"batch", root, "-o", out, "--format", "xml"},
	} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: code %d, want %d", args, code, exitUsage)
		}
	}
}
