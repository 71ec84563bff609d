package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
)

// This file runs the command line over bad input (issue 4): every file of
// testdata/bad through extract, and through batch mixed with good readouts.

const badDir = "../../testdata/bad"

// badCase is one line of testdata/bad/outcomes.tsv (see the file's header).
type badCase struct{ file, outcome, message string }

func readBadCases(t *testing.T) []badCase {
	t.Helper()
	f, err := os.Open(filepath.Join(badDir, "outcomes.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []badCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("outcomes.tsv: %q", line)
		}
		if cols[2] == "-" {
			cols[2] = ""
		}
		cases = append(cases, badCase{cols[0], cols[1], cols[2]})
	}
	return cases
}

func TestExtractBadInputs(t *testing.T) {
	for _, c := range readBadCases(t) {
		t.Run(c.file, func(t *testing.T) {
			p := filepath.Join(badDir, c.file)
			code, out, errOut := runCLI(t, "", "extract", p)
			if c.outcome == "ok" {
				if code != exitOK {
					t.Fatalf("code %d, stderr %q", code, errOut)
				}
				if probs := pipeline.ValidateYAML([]byte(out)); len(probs) > 0 {
					t.Errorf("output does not validate: %v", probs)
				}
				if c.message != "" && !strings.Contains(out, c.message) {
					t.Errorf("record lacks the warning %q", c.message)
				}
				return
			}
			if code != exitInput || out != "" {
				t.Errorf("code %d, stdout %q; want 1 and nothing", code, out)
			}
			// "readout: FILE: not text: ...": the message names the file.
			if want := "readout: " + p + ": " + c.message; !strings.HasPrefix(errOut, want) {
				t.Errorf("stderr %q, want it to start %q", errOut, want)
			}
		})
	}
}

// endless is a reader that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestExtractMaxBytes checks that --max-bytes is enforced while reading:
// an endless standard input fails as soon as the limit is passed.
func TestExtractMaxBytes(t *testing.T) {
	old := stdin
	stdin = io.MultiReader(strings.NewReader("On June 24, 2025, A met B. "), endless{})
	defer func() { stdin = old }()
	var o, e strings.Builder
	code := run([]string{"extract", "--max-bytes", "100000", "-"}, &o, &e)
	if code != exitInput || !strings.Contains(e.String(), "input too large: more than 100000 bytes") {
		t.Errorf("code %d, stderr %q", code, e.String())
	}
	p := filepath.Join(badDir, "long-line.txt")
	code, _, errOut := runCLI(t, "", "extract", "--max-bytes", "1000", p)
	if code != exitInput || !strings.HasPrefix(errOut, "readout: "+p+": input too large") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

// treeSums maps every entry under dir to its mode and, for files, the
// SHA-256 of its bytes.
func treeSums(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		v := fi.Mode().String()
		if fi.Mode().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			v += " " + hex.EncodeToString(sum[:]) + " " + fi.ModTime().String()
		}
		rel, _ := filepath.Rel(dir, p)
		m[rel] = v
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestBatchMixedBadArchive runs readout batch over a folder that mixes
// every bad case with the repository's good readouts: every good input
// gets its record, every bad one a report entry, the exit code is 1, and
// nothing on disk changes but the output folder.
func TestBatchMixedBadArchive(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "archive")
	copyFile := func(src, rel string) {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var good []string
	readouts, _ := filepath.Glob("../../testdata/*")
	for _, p := range readouts {
		switch filepath.Ext(p) {
		case ".txt", ".md", ".html":
			rel := "good/" + filepath.Base(p)
			copyFile(p, rel)
			good = append(good, rel)
		}
	}
	cases := readBadCases(t)
	for _, c := range cases {
		rel := "bad/" + c.file
		copyFile(filepath.Join(badDir, c.file), rel)
		if c.outcome == "ok" {
			good = append(good, rel)
		}
	}
	out := filepath.Join(base, "out")
	before := treeSums(t, base)

	code, stdout, _ := runCLI(t, "", "batch", root, "-o", out, "-j", "2")
	if code != exitInput {
		t.Errorf("exit code %d, want %d", code, exitInput)
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}

	rep := readReport(t, filepath.Join(out, pipeline.ReportName))
	entries := map[string]pipeline.Failure{}
	for _, f := range rep.Failures {
		entries[f.Path] = f
	}
	var bad int
	for _, c := range cases {
		if c.outcome == "ok" {
			continue
		}
		bad++
		rel := "bad/" + c.file
		f, ok := entries[rel]
		if !ok || f.Reason != c.outcome || !strings.Contains(f.Error, c.message) {
			t.Errorf("%s: report entry %+v, want %s with %q", rel, f, c.outcome, c.message)
		}
	}
	for _, rel := range good {
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)+".yaml"))
		if err != nil {
			t.Errorf("%s: no record: %v (entry %+v)", rel, err, entries[rel])
			continue
		}
		if probs := pipeline.ValidateYAML(data); len(probs) > 0 {
			t.Errorf("%s: record does not validate: %v", rel, probs)
		}
	}
	if c := rep.Counts; c.OK != len(good) || c.Failed != bad || len(rep.Failures) != bad {
		t.Errorf("counts %+v, want %d ok and %d failed", c, len(good), bad)
	}

	// Nothing changed on disk but the output folder, which holds the
	// records and the report only.
	after := treeSums(t, base)
	var outFiles []string
	for p := range after {
		if p == "out" || strings.HasPrefix(p, "out"+string(filepath.Separator)) {
			if strings.HasPrefix(after[p], "-") { // a regular file
				outFiles = append(outFiles, p)
			}
			delete(after, p)
		}
	}
	for p, v := range before {
		if after[p] != v {
			t.Errorf("%s changed: %q -> %q", p, v, after[p])
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s appeared outside the output folder", p)
		}
	}
	sort.Strings(outFiles)
	if want := len(good) + 2; len(outFiles) != want {
		t.Errorf("%d files in the output folder, want %d records, the report and the resume manifest: %v", len(outFiles), want, outFiles)
	}
}

// TestHostileNamesStayOffTheTerminal checks that a file name holding a
// terminal escape sequence is printed escaped, never as the raw sequence
// that would retitle or clear the user's terminal.
func TestHostileNamesStayOffTheTerminal(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "x\x1b]0;pwned\x07\x1b[2J.txt")
	if err := os.WriteFile(name, []byte("%PDF-1.4"), 0o644); err != nil {
		t.Skipf("the file system refuses the name: %v", err)
	}
	code, _, errOut := runCLI(t, "", "extract", name)
	if code != exitInput || strings.ContainsAny(errOut, "\x1b\x07") || !strings.Contains(errOut, `x\x1b]0;pwned\x07\x1b[2J.txt: not text`) {
		t.Errorf("extract: code %d, stderr %q", code, errOut)
	}
	if got := terminalSafe("K\xf6ln \u2019ok\u2019 \ufffd\ttab\n"); got != "K\\xf6ln \u2019ok\u2019 \ufffd\\x09tab\\x0a" {
		t.Errorf("terminalSafe: %q", got)
	}
	t.Run("batch summary", func(t *testing.T) {
		code, _, errOut := runCLI(t, "", "batch", dir, "-o", filepath.Join(t.TempDir(), "out"))
		if code != exitInput || strings.ContainsAny(errOut, "\x1b\x07") {
			t.Errorf("batch: code %d, stderr %q", code, errOut)
		}
	})
}
