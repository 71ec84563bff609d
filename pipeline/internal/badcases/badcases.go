// Package badcases reads testdata/bad/outcomes.tsv, the expected outcome
// of each bad input, for the tests of several pipeline packages.
package badcases

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Case is one line of outcomes.tsv.
type Case struct {
	File    string
	Outcome string // "ok" or a Reason code
	Message string // in the error or in a warning; "" for no warning
	Text    string // in the title or summary of an ok record; "" for no check
}

// Read reads dir/outcomes.tsv.
func Read(t testing.TB, dir string) []Case {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "outcomes.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []Case
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("outcomes.tsv:%d: %d columns, want 4", n, len(cols))
		}
		for i, c := range cols {
			if c == "-" {
				cols[i] = ""
			}
		}
		cases = append(cases, Case{cols[0], cols[1], cols[2], cols[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}
