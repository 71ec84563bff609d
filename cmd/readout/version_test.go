package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoBuildIDOfThisExecutable reads the build ID of the test binary, a
// Go executable like readout itself, from its head.
func TestGoBuildIDOfThisExecutable(t *testing.T) {
	p, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	id := goBuildID(f)
	if id == "" || !strings.Contains(id, "/") {
		t.Fatalf("goBuildID(%s) = %q, want a Go build ID (action/content hashes)", p, id)
	}
	if d := executableDigest(); len(d) != 12 {
		t.Errorf("executableDigest() = %q, want 12 characters", d)
	}
}

// TestGoBuildIDInText finds the ID where non-ELF executables keep it, and
// nothing in a file that has none.
func TestGoBuildIDInText(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"macho": "\xcf\xfa\xed\xfe junk" + goBuildIDStart + "abc/def" + goBuildIDEnd + "more",
		"none":  "MZ not a Go program at all",
		"open":  "MZ" + goBuildIDStart + "abc/def never closed",
	}
	want := map[string]string{"macho": "abc/def", "none": "", "open": ""}
	for name, body := range cases {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := goBuildID(f); got != want[name] {
			t.Errorf("%s: goBuildID = %q, want %q", name, got, want[name])
		}
		f.Close()
	}
}
