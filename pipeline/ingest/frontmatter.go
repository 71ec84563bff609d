package ingest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/readout/readout/internal/fastre"

	"github.com/readout/readout/pipeline/internal/controls"
	"gopkg.in/yaml.v3"
)

// frontMatter is what a leading YAML block says about a page, as static-site
// generators and scraper archives store it. Values are as written: Date
// is the date text of the block ("2021-01-22"), never reformatted.
type frontMatter struct {
	Title     string
	Date      string
	SourceURL string
}

// Front matter keys, by what they give, in order of preference.
var (
	fmTitleKeys = []string{"title", "headline", "name"}
	fmDateKeys  = []string{"date", "published", "published_date", "pubdate", "published_time", "date_published"}
	fmURLKeys   = []string{"source_url", "url", "canonical_url", "canonical", "link", "permalink"}
)

// fmFence is the line that opens and closes a YAML front matter block;
// "..." may close it too.
var (
	fmOpen  = fastre.MustCompile(`^---[ \t]*\r?\n`)
	fmClose = fastre.MustCompile(`(?m)^(?:---|\.\.\.)[ \t]*$`)
)

// isoDatePrefix is the calendar date at the start of a YAML timestamp
// ("2021-01-22 11:06:45-05:00" is dated "2021-01-22").
var isoDatePrefix = fastre.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// errNoFrontMatter means the text does not open with a front matter fence.
var errNoFrontMatter = errors.New("no front matter")

// splitFrontMatter separates a leading "---" YAML block from the body of
// s. It returns errNoFrontMatter when s has none, and an error that
// describes the fault when the block is there but cannot be read (no
// closing fence, bad YAML, not a mapping); the caller then reads the whole
// of s as text.
func splitFrontMatter(s string) (fm frontMatter, body string, err error) {
	loc := fmOpen.FindStringIndex(s)
	if loc == nil {
		return fm, s, errNoFrontMatter
	}
	rest := s[loc[1]:]
	end := fmClose.FindStringIndex(rest)
	if end == nil {
		return fm, s, fmt.Errorf("front matter: no closing fence")
	}
	block := rest[:end[0]]
	body = strings.TrimPrefix(rest[end[1]:], "\n")
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(block), &root); err != nil {
		return fm, s, fmt.Errorf("front matter: %w", err)
	}
	if len(root.Content) == 0 {
		return fm, body, nil // "---\n---": an empty block
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		// text between two rules, not metadata
		return fm, s, errNoFrontMatter
	}
	fields := make(map[string]string, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
			// YAML escapes ("\x07") can put control characters in a value
			fields[strings.ToLower(k.Value)] = strings.TrimSpace(controls.Strip(v.Value))
		}
	}
	fm.Title = firstField(fields, fmTitleKeys)
	fm.SourceURL = firstField(fields, fmURLKeys)
	fm.Date = firstField(fields, fmDateKeys)
	if d := isoDatePrefix.FindString(fm.Date); d != "" {
		fm.Date = d
	}
	return fm, body, nil
}

// firstField returns the first non-empty value among keys.
func firstField(fields map[string]string, keys []string) string {
	for _, k := range keys {
		if v := fields[k]; v != "" {
			return v
		}
	}
	return ""
}
