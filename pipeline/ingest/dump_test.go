package ingest

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// dumpBlocks renders doc's blocks one a line (kind, depth, number, marker,
// text), then its removed lines and warnings; full keeps long texts whole
// and adds the metadata.
func dumpBlocks(doc *extract.Document, full bool) string {
	cut := func(s string) string {
		if !full && len(s) > 90 {
			return s[:90] + "…"
		}
		return s
	}
	var sb strings.Builder
	for _, b := range doc.Blocks {
		fmt.Fprintf(&sb, "%-9s d%d n%-2d %-5q %s\n", b.Kind, b.Depth, b.Number, b.Marker, cut(doc.BodyText(b)))
	}
	for _, r := range doc.Removed {
		fmt.Fprintf(&sb, "removed   %s\n", cut(r))
	}
	for _, w := range doc.Warnings {
		fmt.Fprintf(&sb, "warning   %s\n", w)
	}
	if full {
		fmt.Fprintf(&sb, "meta      %+v\n", doc.Meta)
	}
	return sb.String()
}

// TestDump prints the blocks of the files (text or HTML, detected) named
// in READOUT_DUMP, space-separated, whole when READOUT_DUMP_FULL is set;
// it is a tool, skipped otherwise:
//
//	READOUT_DUMP="page.html notes.txt" go test ./pipeline/ingest -run TestDump -v
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
		doc, err := Bytes(raw, "")
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		t.Logf("=== %s\n%s", p, dumpBlocks(doc, os.Getenv("READOUT_DUMP_FULL") != ""))
	}
}
