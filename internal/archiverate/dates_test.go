package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// maxDateGap is how many days an event date may lie from its release
// date without a warning (issue 12): a readout reports what happened in
// the days before it, and a date months away is most often another
// event's.
const maxDateGap = 31

// TestDatesNearRelease checks, on the White House archive, that no record
// gives an event date more than maxDateGap days from its published date
// without a warning that says so. Like TestArchiveRate it needs the
// archives beside the repository and is skipped without them.
func TestDatesNearRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("archive check skipped under -short")
	}
	var dir string
	for _, d := range archiveDirs() {
		if filepath.Base(d) == "wh" {
			dir = d
		}
	}
	if dir == "" {
		t.Skip("no White House archive beside the repository")
	}
	items, err := extractAll(archiveFiles(dir))
	if err != nil {
		t.Fatal(err)
	}
	dated, far := 0, 0
	for _, it := range items {
		r := it.rec
		if r.Published == nil || r.Date == nil {
			continue
		}
		dated++
		gap := r.Published.Time().Sub(r.Date.Time()).Hours() / 24
		if gap < 0 {
			gap = -gap
		}
		if gap <= maxDateGap {
			continue
		}
		far++
		warned := false
		for _, w := range r.Warnings {
			if strings.Contains(w, r.Date.String()) {
				warned = true
			}
		}
		if !warned {
			t.Errorf("%s: date %s is %.0f days from published %s, with no warning", it.path, r.Date, gap, r.Published)
		}
	}
	t.Logf("%s: %d records with a date, %d of them more than %d days from the release (each warned)", dir, dated, far, maxDateGap)
	if dated < 1000 {
		t.Errorf("only %d dated records; the archive or extraction has drifted", dated)
	}
}
