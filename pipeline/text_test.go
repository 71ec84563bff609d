package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readout/readout/extract"
	"gopkg.in/yaml.v3"
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

// corpusDirs are the shared folders of real readouts the corpus test reads.
const (
	devCorpus = "../../shared/corpus/dev"
	whArchive = "../../shared/archive/wh"
)

// goldMustNot returns the must_not_contain strings of the gold file for a
// dev input, read with a plain line scan (the gold is YAML, but only this
// list is needed).
func goldMustNot(t *testing.T, input string) []string {
	id := strings.TrimSuffix(filepath.Base(input), ".txt")
	raw, err := os.ReadFile(filepath.Join(devCorpus, "gold", id+".yaml"))
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

// TestIngestCorpus ingests every dev text and every archived Markdown
// readout: none may fail, and no gold must_not_contain string may reach a
// paragraph, item or heading.
func TestIngestCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{filepath.Join(devCorpus, "*.txt"), filepath.Join(whArchive, "*.md")} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("shared corpus not found")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := IngestText(raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		must := goldMustNot(t, f)
		for _, b := range doc.Blocks {
			if b.Kind != extract.Paragraph && b.Kind != extract.Item && b.Kind != extract.Heading {
				continue
			}
			text := strings.ToLower(doc.BlockText(b))
			for _, s := range must {
				if strings.Contains(text, strings.ToLower(s)) {
					t.Errorf("%s: %s block holds %q", filepath.Base(f), b.Kind, s)
				}
			}
			if strings.Contains(text, "###") {
				t.Errorf("%s: %s block holds a ### separator", filepath.Base(f), b.Kind)
			}
		}
		if !utf8.ValidString(doc.Text) {
			t.Errorf("%s: text is not valid UTF-8", f)
		}
	}
}
