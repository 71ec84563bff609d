package pipeline

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// dumpBlocks renders doc's blocks one a line, for tests and inspection.
func dumpBlocks(doc *extract.Document) string {
	var sb strings.Builder
	for _, b := range doc.Blocks {
		t := doc.BodyText(b)
		if len(t) > 90 {
			t = t[:90] + "…"
		}
		fmt.Fprintf(&sb, "%-9s d%d n%-2d %-5q %s\n", b.Kind, b.Depth, b.Number, b.Marker, t)
	}
	for _, r := range doc.Removed {
		if len(r) > 90 {
			r = r[:90] + "…"
		}
		fmt.Fprintf(&sb, "removed   %s\n", r)
	}
	for _, w := range doc.Warnings {
		fmt.Fprintf(&sb, "warning   %s\n", w)
	}
	return sb.String()
}

// TestDump prints the blocks of the files named in READOUT_DUMP
// (space-separated); it is a tool, skipped otherwise.
func TestDump(t *testing.T) {
	paths := strings.Fields(os.Getenv("READOUT_DUMP"))
	if len(paths) == 0 {
		t.Skip("set READOUT_DUMP to files to dump")
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := IngestText(raw)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		t.Logf("=== %s\n%s", p, dumpBlocks(doc))
	}
}
