package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// summaryLine is the last line of readout check.
var summaryLine = regexp.MustCompile(`(?m)^(\d+) passed, (\d+) failed\n\z`)

// copyTree copies the files of the folder src into dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCheckProjectGolden runs readout check over the project's own golden
// cases: every one passes.
func TestCheckProjectGolden(t *testing.T) {
	code, out, errOut := runCLI(t, "", "check", "../../testdata")
	m := summaryLine.FindStringSubmatch(out)
	if code != exitOK || m == nil || m[2] != "0" || m[1] == "0" || errOut != "" {
		t.Errorf("code %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
}

// TestCheckChangedValue changes one value of one golden record in a copy
// of the project's cases: that case, and only it, fails with a diff that
// shows the value.
func TestCheckChangedValue(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, "../../testdata", dir)
	_, before, _ := runCLI(t, "", "check", dir)
	mb := summaryLine.FindStringSubmatch(before)
	if mb == nil {
		t.Fatalf("no summary line:\n%s", before)
	}
	golden := filepath.Join(dir, "seed-mofa-nato-2025-06-24.golden.yaml")
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(data), "minutes: 30", "minutes: 40", 1)
	if changed == string(data) {
		t.Fatal("the seed's golden record has no 'minutes: 30'")
	}
	if err := os.WriteFile(golden, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "", "check", dir)
	m := summaryLine.FindStringSubmatch(out)
	if code != exitInput || m == nil {
		t.Fatalf("code %d, stdout:\n%s", code, out)
	}
	if atoi(m[1]) != atoi(mb[1])-1 || atoi(m[2]) != atoi(mb[2])+1 {
		t.Errorf("summary %q after %q: want one more failure", strings.TrimSpace(m[0]), strings.TrimSpace(mb[0]))
	}
	input := filepath.Join(dir, "seed-mofa-nato-2025-06-24.txt")
	want := "FAIL " + input + "\n" +
		"--- " + golden + "\n" +
		"+++ " + input + " (extracted now)\n" +
		"@@ duration.minutes @@\n" +
		"     start: \"12:35\"\n" +
		"     zone: JST\n" +
		" duration:\n" +
		"-  minutes: 40\n" +
		"+  minutes: 30\n" +
		"   approximate: true\n" +
		"   text: approximately 30 minutes\n" +
		" participants:\n"
	if !strings.Contains(out, want) {
		t.Errorf("output lacks\n%s\ngot:\n%s", want, out)
	}

	// --fields leaves the changed value out of the comparison.
	code, out, _ = runCLI(t, "", "check", "--fields", "date,time,participants", dir)
	if strings.Contains(out, "minutes") {
		t.Errorf("--fields date,time,participants: code %d, shows minutes:\n%s", code, out)
	}
	// --update rewrites it; the case then passes.
	code, out, _ = runCLI(t, "", "check", dir, "--update")
	if code != exitOK || !strings.Contains(out, "updated "+golden+"\n") {
		t.Errorf("--update: code %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "", "check", dir)
	if m := summaryLine.FindStringSubmatch(out); code != exitOK || m == nil || m[2] != "0" {
		t.Errorf("after --update: code %d:\n%s", code, out)
	}
	if data, _ := os.ReadFile(golden); !strings.Contains(string(data), "path: testdata/seed-mofa-nato-2025-06-24.txt") {
		t.Errorf("--update did not keep source.path:\n%s", data)
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// TestCheckHostileName keeps a terminal escape in a file name off the
// terminal.
func TestCheckHostileName(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a\x1b]0;owned\x07")
	if err := os.WriteFile(name+".golden.yaml", []byte("schema: readout/v1\n"), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name+".txt", data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "check", dir)
	if code != exitInput || strings.ContainsAny(out+errOut, "\x1b\x07") || !strings.Contains(out, `a\x1b]0;owned\x07.txt`) {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestCheckUsage covers the command's usage errors and an empty folder.
func TestCheckUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		frag string
	}{
		{[]string{"check"}, exitUsage, "missing DIR"},
		{[]string{"check", "a", "b"}, exitUsage, "want one DIR"},
		{[]string{"check", "--fields", "particpants", "../../testdata"}, exitUsage, `unknown record field "particpants"`},
		{[]string{"check", "--fields", "date", "--update", "../../testdata"}, exitUsage, "drop --fields"},
		{[]string{"check", filepath.Join(t.TempDir(), "none")}, exitInput, "none: no such folder; give the folder that holds your readouts"},
		{[]string{"check", seedPath}, exitInput, "seed-mofa-nato-2025-06-24.txt is a file, not a folder"},
		{[]string{"check", t.TempDir()}, exitInput, "no golden cases"},
	} {
		code, _, errOut := runCLI(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.frag) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tc.args, code, errOut, tc.code, tc.frag)
		}
	}
	code, out, _ := runCLI(t, "", "check", "--help")
	for _, f := range []string{"Usage: readout check", "NAME.golden.yaml", "--update", "--fields", "Exit codes"} {
		if code != exitOK || !strings.Contains(out, strings.TrimPrefix(f, "-")) {
			t.Errorf("help lacks %q:\n%s", f, out)
		}
	}
}
