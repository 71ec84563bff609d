package main

import (
	"strings"
	"testing"
)

// TestTrace checks that --trace names, on standard error, the rule behind
// every value, while standard output holds the same record as without it.
func TestTrace(t *testing.T) {
	code, plain, _ := runCLI(t, "", "extract", seedPath)
	if code != exitOK {
		t.Fatalf("extract: code %d", code)
	}
	code, out, errOut := runCLI(t, "", "extract", "--trace", seedPath)
	if code != exitOK {
		t.Fatalf("extract --trace: code %d, stderr %q", code, errOut)
	}
	if out != plain {
		t.Errorf("--trace changed the record on standard output")
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) < 10 || !strings.HasPrefix(lines[0], "FIELD") {
		t.Fatalf("trace table missing:\n%s", errOut)
	}
	for _, path := range []string{"published", "kind", "date", "time.start", "participants[1].name", "location.place"} {
		found := false
		for _, l := range lines[1:] {
			f := strings.Fields(l)
			if len(f) >= 3 && f[0] == path && f[1] != "" && !strings.HasPrefix(f[1], `"`) {
				found = true
			}
		}
		if !found {
			t.Errorf("trace has no rule for %s:\n%s", path, errOut)
		}
	}
}
