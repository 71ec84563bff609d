package pipeline

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// htmlDump renders doc's blocks one a line (kind, depth, number, marker,
// text), then its removed lines, warnings and metadata.
func htmlDump(doc *extract.Document, full bool) string {
	var sb strings.Builder
	for _, b := range doc.Blocks {
		t := doc.BodyText(b)
		if !full && len(t) > 90 {
			t = t[:90] + "…"
		}
		fmt.Fprintf(&sb, "%-9s d%d n%-2d %-5q %s\n", b.Kind, b.Depth, b.Number, b.Marker, t)
	}
	if full {
		for _, r := range doc.Removed {
			fmt.Fprintf(&sb, "removed   %s\n", r)
		}
	}
	for _, w := range doc.Warnings {
		fmt.Fprintf(&sb, "warning   %s\n", w)
	}
	fmt.Fprintf(&sb, "meta      %+v\n", doc.Meta)
	return sb.String()
}

// TestHTMLDump prints the blocks of the pages named in READOUT_HTML_DUMP
// (space-separated); it is a tool, skipped otherwise.
func TestHTMLDump(t *testing.T) {
	paths := strings.Fields(os.Getenv("READOUT_HTML_DUMP"))
	if len(paths) == 0 {
		t.Skip("set READOUT_HTML_DUMP to pages to dump")
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := IngestHTML(raw)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		t.Logf("=== %s\n%s", p, htmlDump(doc, os.Getenv("READOUT_HTML_DUMP_FULL") != ""))
	}
}
