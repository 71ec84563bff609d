package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
	"gopkg.in/yaml.v3"
)

const batchText = `Foreign Minister's Meeting with the Secretary General of NATO

June 24, 2025

On June 24, commencing at 5:35 p.m. local time for approximately 30 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Mark Rutte, Secretary General of the North Atlantic Treaty Organization (NATO), in The Hague.

1. Both sides exchanged views on regional situations.

2. Both sides concurred to continue working closely together.
`

const batchHTML = `<!DOCTYPE html>
<html><head><title>Readout of the President's Call with the Prime Minister of Canada</title></head>
<body><main><h1>Readout of the President's Call with the Prime Minister of Canada</h1>
<p>January 22, 2021</p>
<p>President Joseph R. Biden, Jr. spoke today with Prime Minister Justin Trudeau of Canada. The leaders discussed the pandemic, climate change and trade.</p>
<p>The President and the Prime Minister agreed to meet again next month.</p>
</main></body></html>
`

const batchMarkdown = `---
title: "Readout of the Secretary's Meeting with the Foreign Minister of Mexico"
date: '2022-03-04'
---

Secretary Antony J. Blinken met today with Mexican Foreign Secretary Marcelo Ebrard in Washington.
The Secretary and the Foreign Secretary discussed migration and security cooperation.
`

// archiveFiles is the test archive: good inputs, a duplicate, bad inputs
// and files that are not inputs.
var archiveFiles = map[string]string{
	"2025/06/mofa.txt":       batchText,
	"2021/01/call.html":      batchHTML,
	"2022/03/meeting.md":     batchMarkdown,
	"2022/03/MEETING2.HTM":   batchHTML,
	"copies/mofa-copy.txt":   batchText,
	"bad/binary.txt":         "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
	"bad/empty.txt":          "",
	"bad/blank.md":           "  \n\n \t\n",
	"bad/latin1.txt":         "R\xe9union du ministre avec son homologue fran\xe7ais \xe0 Paris, le 3 mars.\n\nLes deux ministres ont \xe9chang\xe9 leurs vues.\n",
	"notes.pdf":              "%PDF-1.4",
	"photo.jpg":              "\xff\xd8\xff",
	".hidden.txt":            batchText,
	".git/objects/stray.txt": batchText,
}

// goodInputs are the inputs of archiveFiles that must become records
// (bad/latin1.txt may too, when ingest decodes Latin-1).
var goodInputs = []string{"2021/01/call.html", "2022/03/MEETING2.HTM", "2022/03/meeting.md", "2025/06/mofa.txt", "copies/mofa-copy.txt"}

func makeArchive(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for rel, body := range files {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// failedPaths returns the paths of rep's failures, sorted.
func failedPaths(rep *Report) []string {
	var out []string
	for _, f := range rep.Failures {
		out = append(out, f.Path)
	}
	sort.Strings(out)
	return out
}

// outputs lists the files under dir, relative, with slashes, sorted.
func outputs(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// checkAccounted checks the report's arithmetic: every input found ended
// somewhere.
func checkAccounted(t *testing.T, rep *Report) {
	t.Helper()
	c := rep.Counts
	if c.Inputs != c.OK+c.Failed+c.Skipped+c.NotDone {
		t.Errorf("inputs %d != ok %d + failed %d + skipped %d + not done %d", c.Inputs, c.OK, c.Failed, c.Skipped, c.NotDone)
	}
	if len(rep.Failures) != c.Failed {
		t.Errorf("%d failures listed, %d counted", len(rep.Failures), c.Failed)
	}
	if len(rep.NotDone) != c.NotDone {
		t.Errorf("%d inputs listed as not done, %d counted", len(rep.NotDone), c.NotDone)
	}
}

func runBatch(t *testing.T, ctx context.Context, root string, opts Options, sink Sink) *Report {
	t.Helper()
	rep, err := Run(ctx, root, opts, sink)
	if err != nil {
		t.Fatalf("Batch: %v", err)
	}
	checkAccounted(t, rep)
	return rep
}

func TestBatchAccountsForEveryInput(t *testing.T) {
	files := map[string]string{}
	for k, v := range archiveFiles {
		files[k] = v
	}
	files["bad/unreadable.txt"] = batchText
	root := makeArchive(t, files)
	unreadable := os.Geteuid() != 0 // root reads through chmod 000
	if err := os.Chmod(filepath.Join(root, "bad", "unreadable.txt"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(root, "bad", "unreadable.txt"), 0o644) })
	if err := syscall.Mkfifo(filepath.Join(root, "bad", "pipe.txt"), 0o644); err != nil {
		t.Logf("no named pipe: %v", err)
	}

	out := filepath.Join(t.TempDir(), "out")
	sink, err := NewDirSink(out, core.EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	rep := runBatch(t, context.Background(), root, Options{Jobs: 3, Version: "test"}, sink)

	if rep.Status != StatusCompleted {
		t.Errorf("status %q", rep.Status)
	}
	// Every input: the good ones, the bad ones, latin1 either way.
	wantInputs := len(goodInputs) + 5 // binary, empty, blank, latin1, unreadable
	if _, err := os.Stat(filepath.Join(root, "bad", "pipe.txt")); err == nil {
		wantInputs++
	}
	if rep.Counts.Inputs != wantInputs {
		t.Errorf("inputs = %d, want %d", rep.Counts.Inputs, wantInputs)
	}
	failed := failedPaths(rep)
	for _, p := range []string{"bad/binary.txt", "bad/empty.txt", "bad/blank.md"} {
		if !contains(failed, p) {
			t.Errorf("%s not among failures %v", p, failed)
		}
	}
	if unreadable && !contains(failed, "bad/unreadable.txt") {
		t.Errorf("unreadable file not a failure: %v", failed)
	}
	for _, f := range rep.Failures {
		if f.Reason == "" || f.Error == "" {
			t.Errorf("failure without reason or error: %+v", f)
		}
		if f.Path == "bad/binary.txt" && f.Reason != ReasonNotText {
			t.Errorf("binary: reason %q (%s)", f.Reason, f.Error)
		}
		if f.Path == "bad/pipe.txt" && f.Reason != ReasonRead {
			t.Errorf("pipe: reason %q (%s)", f.Reason, f.Error)
		}
	}
	if rep.Counts.Ignored != 3 { // pdf, jpg, .hidden.txt; .git is pruned unseen
		t.Errorf("ignored = %d, want 3 (pdf, jpg, .hidden.txt): %+v", rep.Counts.Ignored, rep.Counts)
	}
	if rep.Counts.Duplicates < 1 {
		t.Errorf("duplicates = %d, want the copy counted", rep.Counts.Duplicates)
	}

	// Outputs mirror the tree: one per record, named after its input.
	got := outputs(t, out)
	for _, in := range goodInputs {
		if !contains(got, in+".yaml") {
			t.Errorf("no output for %s; have %v", in, got)
		}
	}
	if want := rep.Counts.OK; len(got) != want {
		t.Errorf("%d output files, want %d records: %v", len(got), want, got)
	}
	for _, o := range got {
		rec := readRecord(t, filepath.Join(out, o))
		if rec.Schema != extract.SchemaVersion || rec.Source.SHA256 == "" {
			t.Errorf("%s: schema %q sha %q", o, rec.Schema, rec.Source.SHA256)
		}
		if want := filepath.Join(root, filepath.FromSlash(strings.TrimSuffix(o, ".yaml"))); rec.Source.Path != want {
			t.Errorf("%s: source.path %q, want %q", o, rec.Source.Path, want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func readRecord(t *testing.T, p string) *extract.Record {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var rec extract.Record
	if strings.HasSuffix(p, ".json") {
		err = json.Unmarshal(data, &rec)
	} else {
		err = yaml.Unmarshal(data, &rec)
	}
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return &rec
}

func TestBatchResumeSkipsDoneInputs(t *testing.T) {
	root := makeArchive(t, archiveFiles)
	out := t.TempDir()
	sink, err := NewDirSink(out, core.EmitOptions{Format: "json"})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	first := runBatch(t, context.Background(), root, Options{}, sink)
	if first.Counts.OK < len(goodInputs) {
		t.Fatalf("first run: %d records, want at least %d: %+v", first.Counts.OK, len(goodInputs), first.Failures)
	}
	// Change one input: only it is read again.
	changed := filepath.Join(root, "2022", "03", "meeting.md")
	if err := os.WriteFile(changed, []byte(batchMarkdown+"\nThey agreed to meet again.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	second := runBatch(t, context.Background(), root, Options{Skip: sink.Done}, sink)
	if second.Counts.Skipped != first.Counts.OK-1 || second.Counts.OK != 1 {
		t.Errorf("resume: skipped %d ok %d, want %d and 1", second.Counts.Skipped, second.Counts.OK, first.Counts.OK-1)
	}
	if second.Counts.Failed != first.Counts.Failed {
		t.Errorf("resume: failed %d, first run %d (failures are retried)", second.Counts.Failed, first.Counts.Failed)
	}
}

// cancelSink cancels the run after its first record.
type cancelSink struct {
	Sink
	once   sync.Once
	cancel context.CancelFunc
}

func (s *cancelSink) Record(rel string, rec *extract.Record) error {
	err := s.Sink.Record(rel, rec)
	s.once.Do(s.cancel)
	return err
}

func TestBatchInterruptedThenResumed(t *testing.T) {
	files := map[string]string{}
	for i := range 40 {
		files[filepath.ToSlash(filepath.Join("y", string(rune('a'+i%26)), strings.Repeat("x", i+1)+".txt"))] = batchText + strings.Repeat("\nMore text.\n", i)
	}
	root := makeArchive(t, files)
	out := t.TempDir()
	sink, err := NewDirSink(out, core.EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep, err := Run(ctx, root, Options{Jobs: 2}, &cancelSink{Sink: sink, cancel: cancel})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	checkAccounted(t, rep)
	if rep.Status != StatusInterrupted {
		t.Errorf("status %q", rep.Status)
	}
	if rep.Counts.OK == 0 || rep.Counts.OK >= len(files) {
		t.Errorf("interrupted run wrote %d of %d records", rep.Counts.OK, len(files))
	}
	if rep.Counts.Inputs != len(files) {
		t.Errorf("interrupted run counted %d inputs of %d", rep.Counts.Inputs, len(files))
	}
	// No partial files: every file there is a whole record.
	done := outputs(t, out)
	if len(done) != rep.Counts.OK {
		t.Errorf("%d files for %d records: %v", len(done), rep.Counts.OK, done)
	}
	for _, o := range done {
		if strings.Contains(o, tempMark) {
			t.Errorf("temporary file left: %s", o)
			continue
		}
		readRecord(t, filepath.Join(out, o))
	}

	again := runBatch(t, context.Background(), root, Options{Skip: sink.Done}, sink)
	if again.Counts.Skipped != rep.Counts.OK || again.Counts.OK != len(files)-rep.Counts.OK {
		t.Errorf("resumed: skipped %d ok %d; interrupted run had %d of %d", again.Counts.Skipped, again.Counts.OK, rep.Counts.OK, len(files))
	}
	if n := len(outputs(t, out)); n != len(files) {
		t.Errorf("after resume %d outputs, want %d", n, len(files))
	}
}

// TestBatchInterruptedCountsEveryInput interrupts a run over an archive
// larger than the walk ever runs ahead of the workers: the report still
// counts every input, and names each one not done, as the progress line
// had counted them.
func TestBatchInterruptedCountsEveryInput(t *testing.T) {
	files := map[string]string{"notes.pdf": "%PDF-1.4"}
	n := walkAhead + 100
	for i := range n {
		files[fmt.Sprintf("%02d/%04d.txt", i%7, i)] = batchText
	}
	root := makeArchive(t, files)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep, err := Run(ctx, root, Options{Jobs: 1}, &cancelSink{Sink: discardSink{}, cancel: cancel})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	checkAccounted(t, rep)
	if rep.Counts.Inputs != n || rep.Counts.Ignored != 1 || rep.Counts.NotDone < n-walkAhead {
		t.Errorf("interrupted: %+v; want %d inputs, 1 ignored", rep.Counts, n)
	}
	seen := map[string]bool{}
	for _, p := range rep.NotDone {
		if seen[p] || files[p] == "" {
			t.Errorf("not done %q: twice, or not an input", p)
		}
		seen[p] = true
	}
	if !seen[fmt.Sprintf("%02d/%04d.txt", (n-1)%7, n-1)] {
		t.Errorf("the last input is not listed as not done")
	}
}

// discardSink takes every record and drops it.
type discardSink struct{}

func (discardSink) Record(string, *extract.Record) error { return nil }
func (discardSink) Failure(string, error)                {}

func TestBatchJSONLines(t *testing.T) {
	root := makeArchive(t, archiveFiles)
	for _, ordered := range []bool{false, true} {
		var buf bytes.Buffer
		sink := NewJSONLSink(&buf, false)
		rep := runBatch(t, context.Background(), root, Options{Ordered: ordered, Jobs: 3}, sink)
		if err := sink.Flush(); err != nil {
			t.Fatal(err)
		}
		var paths []string
		sc := bufio.NewScanner(&buf)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec extract.Record
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("line %q: %v", sc.Text(), err)
			}
			if err := core.Validate(&rec); err != nil {
				t.Errorf("line for %s: %v", rec.Source.Path, err)
			}
			rel, _ := filepath.Rel(root, rec.Source.Path)
			paths = append(paths, filepath.ToSlash(rel))
		}
		if len(paths) != rep.Counts.OK {
			t.Errorf("ordered=%v: %d lines for %d records", ordered, len(paths), rep.Counts.OK)
		}
		for _, in := range goodInputs {
			if !contains(paths, in) {
				t.Errorf("ordered=%v: no line for %s", ordered, in)
			}
		}
		if ordered && !sort.StringsAreSorted(paths) {
			t.Errorf("ordered lines not in walk order: %v", paths)
		}
	}
}

func TestBatchFailFast(t *testing.T) {
	files := map[string]string{}
	for i := range 30 {
		files[filepath.ToSlash(filepath.Join("b", strings.Repeat("g", i+1)+".txt"))] = batchText
	}
	root := makeArchive(t, files)
	// A broken link sorts first and fails whatever ingest does.
	if err := os.Symlink("missing.txt", filepath.Join(root, "a-broken.txt")); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	rep := runBatch(t, context.Background(), root, Options{FailFast: true, Jobs: 1}, NewJSONLSink(&bytes.Buffer{}, false))
	if rep.Status != StatusStopped || rep.Counts.Failed != 1 {
		t.Errorf("status %q failed %d", rep.Status, rep.Counts.Failed)
	}
	if rep.Counts.OK > 10 {
		t.Errorf("fail-fast went on: %+v", rep.Counts)
	}
}

// panicSink panics on one input.
type panicSink struct{ Sink }

func (s panicSink) Record(rel string, rec *extract.Record) error {
	if strings.Contains(rel, "mofa.txt") {
		var m map[string]int
		m["boom"]++ // a nil map write: a runtime panic
	}
	return s.Sink.Record(rel, rec)
}

func TestBatchRecoversPanics(t *testing.T) {
	root := makeArchive(t, map[string]string{"mofa.txt": batchText, "call.html": batchHTML})
	rep := runBatch(t, context.Background(), root, Options{}, panicSink{NewJSONLSink(&bytes.Buffer{}, false)})
	if rep.Counts.OK != 1 || rep.Counts.Failed != 1 || rep.Failures[0].Reason != ReasonPanic {
		t.Fatalf("panic not turned into a failure: %+v %+v", rep.Counts, rep.Failures)
	}
	if !strings.Contains(rep.Failures[0].Error, "panicSink") {
		t.Errorf("panic error does not say where: %s", rep.Failures[0].Error)
	}
}

func TestBatchSymlinks(t *testing.T) {
	root := makeArchive(t, map[string]string{"a/mofa.txt": batchText, "b/call.html": batchHTML})
	outside := makeArchive(t, map[string]string{"far.txt": batchText})
	links := map[string]string{
		"a/loop":       "..",                                // a loop
		"a/self":       ".",                                 // a loop
		"b/again":      "../a",                              // inside: followed
		"outside":      outside,                             // a folder outside: not followed
		"far.txt":      filepath.Join(outside, "far.txt"),   // a file outside: read
		"broken.txt":   filepath.Join(root, "missing.html"), // broken: a failure
		"a/sibling.md": "../b/call.html",                    // a file inside: read
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(root, filepath.FromSlash(name))); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
	}
	var buf bytes.Buffer
	rep := runBatch(t, context.Background(), root, Options{}, NewJSONLSink(&buf, false))
	wantOK := []string{"a/mofa.txt", "a/sibling.md", "b/again/mofa.txt", "b/again/sibling.md", "b/call.html", "far.txt"}
	if rep.Counts.OK != len(wantOK) {
		t.Errorf("ok = %d, want %d (%v); failures %+v notes %+v", rep.Counts.OK, len(wantOK), wantOK, rep.Failures, rep.Notes)
	}
	if got := failedPaths(rep); len(got) != 1 || got[0] != "broken.txt" {
		t.Errorf("failures %v, want the broken link", got)
	}
	notes := map[string]bool{}
	for _, n := range rep.Notes {
		notes[n.Path] = true
	}
	for _, p := range []string{"a/loop", "a/self", "outside", "b/again/loop", "b/again/self"} {
		if !notes[p] {
			t.Errorf("no note for %s: %+v", p, rep.Notes)
		}
	}
}

func TestDirSinkStaysInside(t *testing.T) {
	base := t.TempDir()
	out := filepath.Join(base, "out")
	elsewhere := filepath.Join(base, "elsewhere")
	if err := os.MkdirAll(elsewhere, 0o755); err != nil {
		t.Fatal(err)
	}
	sink, err := NewDirSink(out, core.EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	if err := os.Symlink(elsewhere, filepath.Join(out, "link")); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	rec, err := core.ExtractBytes(context.Background(), []byte(batchText), core.Options{Path: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"../escape.txt", "a/../../escape.txt", "/etc/escape.txt", "link/escape.txt"} {
		if err := sink.Record(rel, rec); err == nil {
			t.Errorf("Record(%q) wrote outside the output folder", rel)
		}
	}
	if n := len(outputs(t, elsewhere)); n != 0 {
		t.Errorf("%d files written through the link", n)
	}
	if _, err := os.Stat(filepath.Join(base, "escape.txt.yaml")); err == nil {
		t.Error("escape.txt.yaml written beside the output folder")
	}
	if err := sink.Record("ok/inside.txt", rec); err != nil {
		t.Errorf("Record inside: %v", err)
	}
}

func TestBatchOutputInsideArchive(t *testing.T) {
	root := makeArchive(t, map[string]string{"a.txt": batchText})
	out := filepath.Join(root, "records")
	sink, err := NewDirSink(out, core.EmitOptions{Format: "json"})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	// Plant a .txt among the outputs: the walk must not enter the output.
	if err := os.WriteFile(filepath.Join(out, "planted.txt"), []byte(batchText), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := runBatch(t, context.Background(), root, Options{SkipDirs: []string{out}}, sink)
	if rep.Counts.Inputs != 1 {
		t.Errorf("inputs %d, want 1: the output folder was walked", rep.Counts.Inputs)
	}
}

func TestBatchGlobs(t *testing.T) {
	root := makeArchive(t, map[string]string{
		"2021/a.txt": batchText, "2021/b.htm": batchHTML, "2022/c.txt": batchText,
		"2022/drafts/d.txt": batchText, "x/2021/e.txt": batchText,
	})
	cases := []struct {
		include, exclude []string
		want             int
	}{
		{nil, nil, 5},
		{[]string{"2021/**"}, nil, 2},
		{[]string{"*.txt"}, nil, 4},
		{nil, []string{"drafts"}, 4},
		{nil, []string{"*.htm", "**/2021/*"}, 2},
		{[]string{"**/2021/*.txt"}, nil, 2},
		{[]string{"2022/*"}, []string{"2022/drafts/**"}, 1},
	}
	for _, c := range cases {
		rep := runBatch(t, context.Background(), root, Options{Include: c.include, Exclude: c.exclude}, NewJSONLSink(&bytes.Buffer{}, false))
		if rep.Counts.Inputs != c.want {
			t.Errorf("include %q exclude %q: %d inputs, want %d", c.include, c.exclude, rep.Counts.Inputs, c.want)
		}
	}
	if _, err := Run(context.Background(), root, Options{Include: []string{"[a-"}}, NewJSONLSink(&bytes.Buffer{}, false)); err == nil {
		t.Error("a bad glob was accepted")
	}
}

func TestBatchRootErrors(t *testing.T) {
	sink := NewJSONLSink(&bytes.Buffer{}, false)
	if _, err := Run(context.Background(), filepath.Join(t.TempDir(), "missing"), Options{}, sink); err == nil {
		t.Error("a missing archive was accepted")
	}
	f := filepath.Join(t.TempDir(), "file.txt")
	os.WriteFile(f, []byte(batchText), 0o644)
	if _, err := Run(context.Background(), f, Options{}, sink); err == nil {
		t.Error("a file was accepted as the archive")
	}
}

func TestReportRoundTrip(t *testing.T) {
	root := makeArchive(t, archiveFiles)
	out := t.TempDir()
	sink, err := NewDirSink(out, core.EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	rep := runBatch(t, context.Background(), root, Options{Version: "9.9.9"}, sink)
	if err := sink.WriteReport(rep); err != nil {
		t.Fatal(err)
	}
	back, err := sink.ReadReport()
	if err != nil {
		t.Fatal(err)
	}
	if back.Version != "9.9.9" || back.Counts != rep.Counts || len(back.Failures) != len(rep.Failures) || back.Finished == nil {
		t.Errorf("report round trip: %+v", back)
	}
	if n, err := sink.CleanTemp(); n != 0 || err != nil {
		t.Errorf("CleanTemp on a clean folder: %d %v", n, err)
	}
}

func TestBatchProgress(t *testing.T) {
	root := makeArchive(t, archiveFiles)
	var calls []Progress
	rep := runBatch(t, context.Background(), root, Options{Progress: func(p Progress) { calls = append(calls, p) }}, NewJSONLSink(&bytes.Buffer{}, false))
	if len(calls) != rep.Handled() {
		t.Fatalf("%d progress calls for %d inputs handled", len(calls), rep.Handled())
	}
	for i, p := range calls {
		if p.Done != i+1 || p.Found < p.Done || p.Last == "" {
			t.Errorf("call %d: %+v", i+1, p)
		}
	}
	last := calls[len(calls)-1]
	if !last.WalkDone || last.Found != rep.Counts.Inputs || last.OK != rep.Counts.OK || last.Failed != rep.Counts.Failed {
		t.Errorf("last progress %+v, report counts %+v", last, rep.Counts)
	}
}

// TestResumeKey: a record is up to date only when its input has the same
// bytes and it was written under the same key (build and options), as
// the resume manifest notes, even across runs under other keys.
func TestResumeKey(t *testing.T) {
	root := makeArchive(t, map[string]string{"a.txt": batchText, "b.txt": batchText + "\nMore.\n"})
	out := t.TempDir()
	run := func(key string, resume bool) *Report {
		t.Helper()
		sink, err := NewDirSink(out, core.EmitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer sink.Close()
		if _, _, err := sink.SetResumeKey(key, ""); err != nil {
			t.Fatal(err)
		}
		opts := Options{Jobs: 1}
		if resume {
			opts.Skip = sink.Done
		}
		return runBatch(t, context.Background(), root, opts, sink)
	}
	run("plain", false)
	if rep := run("plain", true); rep.Counts.Skipped != 2 {
		t.Errorf("same key: skipped %d, want 2", rep.Counts.Skipped)
	}
	if rep := run("explain", true); rep.Counts.Skipped != 0 || rep.Counts.OK != 2 {
		t.Errorf("another key: %+v, want every input read", rep.Counts)
	}
	if rep := run("explain", true); rep.Counts.Skipped != 2 {
		t.Errorf("the new key again: skipped %d, want 2", rep.Counts.Skipped)
	}
	// b.txt changes: only it is read again.
	if err := os.WriteFile(filepath.Join(root, "b.txt"), []byte(batchText+"\nChanged.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if rep := run("explain", true); rep.Counts.Skipped != 1 || rep.Counts.OK != 1 {
		t.Errorf("changed input: %+v, want 1 skipped and 1 read", rep.Counts)
	}
	// A manifest line cut short by a killed run is read again, not trusted.
	f, err := os.OpenFile(filepath.Join(out, ResumeManifestName), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"path":"a.txt","sha256":"`)
	f.Close()
	if rep := run("explain", true); rep.Counts.Skipped != 2 {
		t.Errorf("after a torn line: skipped %d, want 2", rep.Counts.Skipped)
	}
}
