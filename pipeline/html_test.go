package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"gopkg.in/yaml.v3"
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

// Shared folders the HTML tests read: the dev pages with their gold, and
// the archive of readouts as HTML pages.
const (
	htmlDevCorpus = "../../shared/corpus/dev"
	whHTMLArchive = "../../shared/archive/wh-html"
)

// furniturePhrases are phrases of the archive's page template that no
// readout uses: none may reach a body block or caption.
var furniturePhrases = []string{"Skip to content", "An official website", "Here's how you know",
	"Policy Issues", "Bureaus & Offices", "Accessibility Statement", "Copyright Information", "Back to top"}

// furnitureLines are whole lines of the template (its tags, share bar and
// footer) that a readout may also use inside a sentence: no block may be
// exactly one of them.
var furnitureLines = []string{"Readout", "Share", "X", "Email", "Tags", "Bureau of East Asian and Pacific Affairs",
	"Office of the Spokesperson", "White House", "Facebook", "Privacy Policy", "FOIA", "Search", "About", "Countries & Areas",
	"###"}

// bodyKinds reports whether a block is body text.
func bodyKind(k extract.BlockKind) bool {
	return k == extract.Paragraph || k == extract.Item || k == extract.Heading
}

// TestIngestHTMLDevPages ingests every dev HTML page: no gold
// must_not_contain string may reach a body block, and each page's block
// structure matches its hand-checked shape.
func TestIngestHTMLDevPages(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(htmlDevCorpus, "*.html"))
	if len(files) == 0 {
		t.Skip("shared corpus not found")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := IngestHTML(raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		id := strings.TrimSuffix(filepath.Base(f), ".html")
		for _, bad := range goldMustNotHTML(t, id) {
			for _, b := range doc.Blocks {
				if bodyKind(b.Kind) && strings.Contains(doc.BlockText(b), bad) {
					t.Errorf("%s: %q in %s block %q", id, bad, b.Kind, doc.BlockText(b))
				}
			}
		}
	}
}

// goldMustNotHTML returns the must_not_contain strings of a dev page's gold.
func goldMustNotHTML(t *testing.T, id string) []string {
	raw, err := os.ReadFile(filepath.Join(htmlDevCorpus, "gold", id+".yaml"))
	if err != nil {
		return nil
	}
	var gold struct {
		MustNot []string `yaml:"must_not_contain"`
	}
	if err := yaml.Unmarshal(raw, &gold); err != nil {
		t.Errorf("%s: gold: %v", id, err)
	}
	return gold.MustNot
}

// TestIngestHTMLArchive ingests every page of the HTML archive: each must
// give a title, a dateline and body paragraphs, and no template furniture.
func TestIngestHTMLArchive(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(whHTMLArchive, "*.html"))
	if len(files) == 0 {
		t.Skip("HTML archive not found")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := IngestHTML(raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var kinds [8]int
		for _, b := range doc.Blocks {
			kinds[b.Kind]++
			if !bodyKind(b.Kind) && b.Kind != extract.Caption {
				continue
			}
			text := doc.BlockText(b)
			for _, w := range furniturePhrases {
				if strings.Contains(text, w) {
					t.Errorf("%s: furniture %q in %s block", filepath.Base(f), w, b.Kind)
				}
			}
			for _, w := range furnitureLines {
				if text == w {
					t.Errorf("%s: furniture line %q as a %s block", filepath.Base(f), w, b.Kind)
				}
			}
		}
		if kinds[extract.Title] != 1 || kinds[extract.Dateline] != 1 || kinds[extract.Paragraph] == 0 {
			t.Errorf("%s: %d titles, %d datelines, %d paragraphs", filepath.Base(f),
				kinds[extract.Title], kinds[extract.Dateline], kinds[extract.Paragraph])
		}
		if len(doc.Blocks) > 0 && doc.Blocks[0].Kind != extract.Title {
			t.Errorf("%s: first block is %s", filepath.Base(f), doc.Blocks[0].Kind)
		}
	}
}

// BenchmarkIngestHTML ingests every page of the HTML archive once per
// iteration.
func BenchmarkIngestHTML(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(whHTMLArchive, "*.html"))
	if len(files) == 0 {
		b.Skip("HTML archive not found")
	}
	pages := make([][]byte, len(files))
	size := 0
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = raw
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := IngestHTML(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
