package treediff

import (
	"fmt"
	"strings"
	"testing"
)

func TestUnifiedDiffHunks(t *testing.T) {
	mk := func(s string) []line {
		var ls []line
		for i, f := range strings.Fields(s) {
			ls = append(ls, line{f, fmt.Sprintf("l%d", i+1)})
		}
		return ls
	}
	x := mk("a b c d e f g h i j k l m n")
	y := mk("a b C d e f g h i j k l m n o")
	got := unifiedDiff(x, y, "x", "y", 1)
	want := "--- x\n+++ y\n@@ l3 @@\n b\n-c\n+C\n d\n@@ l15 @@\n n\n+o\n"
	if got != want {
		t.Errorf("two hunks:\n%s\nwant:\n%s", got, want)
	}
	// Changes close together share a hunk.
	y = mk("a b C d E f g h i j k l m n")
	got = unifiedDiff(x, y, "x", "y", 1)
	want = "--- x\n+++ y\n@@ l3 @@\n b\n-c\n+C\n d\n-e\n+E\n f\n"
	if got != want {
		t.Errorf("one hunk:\n%s\nwant:\n%s", got, want)
	}
	if d := unifiedDiff(x, x, "x", "y", 3); d != "" {
		t.Errorf("same lines: %q", d)
	}
}
