package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// participants returns participants with the names given.
func participants(names ...string) []extract.Participant {
	out := make([]extract.Participant, len(names))
	for i, n := range names {
		out[i].Name = n
	}
	return out
}

// TestArchiveRate holds participant extraction to its bar on the White
// House archive: at least 97% of the selected call and meeting readouts
// name both sides, no one twice and no spokesperson. It needs the archive
// and a few seconds, so it is skipped without one and under -short.
func TestArchiveRate(t *testing.T) {
	if testing.Short() {
		t.Skip("archive check skipped under -short")
	}
	for _, dir := range archiveDirs() {
		files := archiveFiles(dir)
		if len(files) == 0 {
			t.Logf("%s: no archive, skipped", dir)
			continue
		}
		var log strings.Builder
		r, err := measure(files, &log)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: selected %d, passed %d (%.2f%%)", dir, r.total, r.pass, 100*r.rate())
		if r.total < 500 {
			t.Errorf("%s: only %d readouts selected; the file-name rule has drifted", dir, r.total)
		}
		if r.rate() < 0.97 {
			t.Errorf("%s: rate %.2f%% < 97%%; failures:\n%s", dir, 100*r.rate(), log.String())
		}
		k, err := measureKinds(files)
		if err != nil {
			t.Fatal(err)
		}
		spec := float64(k.agreeSpec) / float64(max(k.named, 1))
		t.Logf("%s: kind agrees with the file name %d/%d, %d as the spec requires (%.2f%%); published %d/%d",
			dir, k.agree, k.named, k.agreeSpec, 100*spec, k.publishedOK, k.published)
		if spec < 0.97 {
			t.Errorf("%s: kind agrees with the file name for %.2f%% < 97%%", dir, 100*spec)
		}
		if k.publishedOK != k.published {
			t.Errorf("%s: published equals the front-matter date for %d of %d", dir, k.publishedOK, k.published)
		}
	}
}

func TestJudge(t *testing.T) {
	s := func(v string) *string { return &v }
	host, cp := nameWords("president-joe-bidens"), nameWords("prime-minister-justin-trudeau-of-canada")
	ok := judge(participants("Joe Biden", "Justin Trudeau"), host, cp)
	if ok != "" {
		t.Errorf("both sides: %q", ok)
	}
	if why := judge(participants("Joe Biden"), host, cp); !strings.HasPrefix(why, "no-counterpart") {
		t.Errorf("one side: %q", why)
	}
	if why := judge(participants("Joe Biden", "Biden", "Justin Trudeau"), host, cp); !strings.HasPrefix(why, "duplicate") {
		t.Errorf("duplicate: %q", why)
	}
	ps := participants("Joe Biden", "Justin Trudeau", "Ned Price")
	ps[2].Title = s("Spokesperson")
	if why := judge(ps, host, cp); !strings.HasPrefix(why, "spokesperson") {
		t.Errorf("spokesperson: %q", why)
	}
}

// archiveDirs returns the archive folders: shared/archive beside the
// repository (as CI lays it out), else /work/shared/archive.
func archiveDirs() []string {
	for _, root := range []string{"../../../../shared/archive", "/work/shared/archive"} {
		if _, err := os.Stat(filepath.Join(root, "wh")); err == nil {
			return []string{filepath.Join(root, "wh"), filepath.Join(root, "wh-html")}
		}
	}
	return nil
}
