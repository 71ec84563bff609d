package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/readout/readout/pipeline/internal/badcases"
	"github.com/readout/readout/pipeline/internal/core"
)

// This file checks batch runs over archives that hold bad names and bad
// files (issue 4): inputs are never modified, outputs stay in the output
// folder, non-UTF-8 and control-character names give records and a
// readable report, unreadable files and folders become report entries.
// batch_test.go covers symbolic links and the DirSink's escapes.

// treeState maps every path under dir (relative, with slashes) to its
// type, mode and, for files, the SHA-256 of its bytes; for symbolic links,
// the target.
func treeState(t *testing.T, dir string) map[string]string {
	t.Helper()
	state := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable folder: its entry is still listed
		}
		rel, _ := filepath.Rel(dir, p)
		fi, err := os.Lstat(p)
		if err != nil {
			state[rel] = "lstat: " + err.Error()
			return nil
		}
		desc := fi.Mode().String()
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			desc += " -> " + target
		case fi.Mode().IsRegular():
			data, err := os.ReadFile(p)
			if err == nil {
				sum := sha256.Sum256(data)
				desc += " " + hex.EncodeToString(sum[:])
			}
			desc += " " + fi.ModTime().String()
		}
		state[rel] = desc
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return state
}

// sameTree fails t when before and after differ.
func sameTree(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	var diffs []string
	for p, b := range before {
		if a, ok := after[p]; !ok {
			diffs = append(diffs, "removed "+p)
		} else if a != b {
			diffs = append(diffs, "changed "+p+": "+b+" -> "+a)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			diffs = append(diffs, "added "+p)
		}
	}
	sort.Strings(diffs)
	for _, d := range diffs {
		t.Errorf("%s: %s", what, d)
	}
}

// writeBadArchive builds an archive of good readouts, every file of
// testdata/bad, and files with hostile names.
func writeBadArchive(t *testing.T) (root string, hostile []string) {
	t.Helper()
	files := map[string]string{
		"good/mofa.txt":  batchText,
		"good/call.html": batchHTML,
	}
	root = makeArchive(t, files)
	entries, err := os.ReadDir("../../testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("../../testdata/bad", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(root, "bad"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, "bad", e.Name()), data, 0o444); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{
		"K\xf6ln-latin1-name.txt",         // not UTF-8
		"\x93quoted\x94.txt",              // Windows-1252 quotes
		"tab\tand\x07bell.txt",            // control characters
		"new\nline.txt",                   // a newline
		"-dash.txt",                       // looks like a flag
		"colon: #hash ---.txt",            // YAML-looking
		"dots..txt",                       // dots, but local
		"日本語の名前.txt",                      // UTF-8, not ASCII
		strings.Repeat("n", 200) + ".txt", // a long name
	} {
		p := filepath.Join(root, "names", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(batchText), 0o644); err != nil {
			t.Logf("the file system refuses %q: %v", name, err)
			continue
		}
		hostile = append(hostile, "names/"+name)
	}
	// a failure whose name is not UTF-8 must still be reported
	if err := os.WriteFile(filepath.Join(root, "names", "K\xf6ln.pdf.txt"), []byte("%PDF-1.4"), 0o644); err != nil {
		t.Logf("the file system refuses a Latin-1 name: %v", err)
	}
	return root, hostile
}

func TestBatchBadArchive(t *testing.T) {
	root, hostile := writeBadArchive(t)
	base := t.TempDir()
	out := filepath.Join(base, "out")
	before := treeState(t, root)
	beforeBase := treeState(t, base)

	sink, err := NewDirSink(out, core.EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep := runBatch(t, context.Background(), root, Options{Jobs: 2}, sink)
	if err := sink.WriteReport(rep); err != nil {
		t.Fatalf("report: %v", err)
	}
	sink.Close()

	sameTree(t, "archive", before, treeState(t, root))
	// Nothing beside the output folder changed.
	afterBase := treeState(t, base)
	for p := range afterBase {
		if p == "out" || strings.HasPrefix(p, "out"+string(filepath.Separator)) {
			delete(afterBase, p)
		}
	}
	delete(beforeBase, "out")
	sameTree(t, "beside the output", beforeBase, afterBase)

	// Every input is accounted for: good and ok-bad files as records,
	// the others as failures with their reason.
	failed := map[string]Failure{}
	for _, f := range rep.Failures {
		failed[f.Path] = f
	}
	wantOK := append([]string{"good/mofa.txt", "good/call.html"}, hostile...)
	for _, c := range badcases.Read(t, "../../testdata/bad") {
		rel := "bad/" + c.File
		if c.Outcome == "ok" {
			wantOK = append(wantOK, rel)
			continue
		}
		f, ok := failed[rel]
		switch {
		case !ok:
			t.Errorf("%s: no report entry, want %s", rel, c.Outcome)
		case f.Reason != c.Outcome || !strings.Contains(f.Error, c.Message):
			t.Errorf("%s: report entry %+v, want %s with %q", rel, f, c.Outcome, c.Message)
		}
	}
	for _, rel := range wantOK {
		if f, ok := failed[rel]; ok {
			t.Errorf("%q failed: %+v", rel, f)
			continue
		}
		name, err := sink.OutputName(rel)
		if err != nil {
			t.Errorf("%q: %v", rel, err)
			continue
		}
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%q: no record: %v", rel, err)
		}
	}
	if rep.Counts.OK != len(wantOK) {
		t.Errorf("ok %d, want %d", rep.Counts.OK, len(wantOK))
	}
	// The report reads back.
	if len(hostile) > 0 && !containsFailure(rep, "ln.pdf.txt") {
		t.Errorf("no report entry for the PDF with a Latin-1 name: %+v", rep.Failures)
	}
	back, err := readReportFile(filepath.Join(out, ReportName))
	if err != nil {
		t.Fatalf("report does not read back: %v", err)
	}
	if back.Counts != rep.Counts {
		t.Errorf("report counts %+v, want %+v", back.Counts, rep.Counts)
	}
	// Every failure reads back with its path, a non-UTF-8 one included.
	for i, f := range back.Failures {
		if i < len(rep.Failures) && f != rep.Failures[i] {
			t.Errorf("report entry %d reads back as %+v, want %+v", i, f, rep.Failures[i])
		}
	}

	// A resumed run changes no input either.
	sink, err = NewDirSink(out, core.EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	rep = runBatch(t, context.Background(), root, Options{Skip: sink.Done}, sink)
	if rep.Counts.Skipped != len(wantOK) {
		t.Errorf("resume skipped %d, want %d", rep.Counts.Skipped, len(wantOK))
	}
	sameTree(t, "archive after resume", before, treeState(t, root))
}

func containsFailure(rep *Report, suffix string) bool {
	for _, f := range rep.Failures {
		if strings.HasSuffix(f.Path, suffix) {
			return true
		}
	}
	return false
}

func readReportFile(p string) (*Report, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	return UnmarshalReport(data)
}

// TestBatchUnreadable checks that a file and a folder the user cannot
// read become report entries. Root reads everything: skipped then.
func TestBatchUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reads")
	}
	root := makeArchive(t, map[string]string{"ok.txt": batchText, "locked.txt": batchText, "closed/inner.txt": batchText})
	if err := os.Chmod(filepath.Join(root, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(root, "closed"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(filepath.Join(root, "closed"), 0o755) })
	rep := runBatch(t, context.Background(), root, Options{}, NewJSONLSink(&strings.Builder{}, false))
	got := failedPaths(rep)
	if len(got) != 2 || got[0] != "closed" || got[1] != "locked.txt" {
		t.Errorf("failures %+v, want closed and locked.txt", rep.Failures)
	}
	if rep.Counts.OK != 1 {
		t.Errorf("ok %d, want 1", rep.Counts.OK)
	}
}

// TestBatchSpecialFiles checks that a named pipe with an input's name
// never blocks the run, and that a symbolic link loop of files is a
// report entry.
func TestBatchSpecialFiles(t *testing.T) {
	root := makeArchive(t, map[string]string{"ok.txt": batchText})
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	if err := os.Symlink("loop-b.txt", filepath.Join(root, "loop-a.txt")); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	if err := os.Symlink("loop-a.txt", filepath.Join(root, "loop-b.txt")); err != nil {
		t.Fatal(err)
	}
	rep := runBatch(t, context.Background(), root, Options{}, NewJSONLSink(&strings.Builder{}, false))
	got := failedPaths(rep)
	if len(got) != 3 || got[0] != "loop-a.txt" || got[1] != "loop-b.txt" || got[2] != "pipe.txt" {
		t.Errorf("failures %+v", rep.Failures)
	}
	if rep.Counts.OK != 1 {
		t.Errorf("ok %d, want 1", rep.Counts.OK)
	}
}

// TestBatchMaxBytes checks that a batch refuses an input larger than
// Extract.MaxBytes as a report entry, and reads the others.
func TestBatchMaxBytes(t *testing.T) {
	root := makeArchive(t, map[string]string{"ok.txt": batchText, "big.txt": batchText + strings.Repeat("Both sides agreed. ", 1000)})
	rep := runBatch(t, context.Background(), root, Options{Extract: core.Options{MaxBytes: int64(len(batchText) + 100)}}, NewJSONLSink(&strings.Builder{}, false))
	if len(rep.Failures) != 1 || rep.Failures[0].Path != "big.txt" || rep.Failures[0].Reason != ReasonTooLarge {
		t.Errorf("failures %+v, want big.txt too large", rep.Failures)
	}
	if rep.Counts.OK != 1 {
		t.Errorf("ok %d, want 1", rep.Counts.OK)
	}
}
