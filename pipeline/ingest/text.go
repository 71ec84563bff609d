package ingest

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/readout/readout/internal/fastre"

	"github.com/readout/readout/extract"
)

// Text cleans a plain-text or Markdown readout into a Document.
//
// It decodes the bytes (a BOM dropped, invalid UTF-8 repaired with a
// warning, binary refused with ErrNotText), takes a leading YAML front
// matter block as metadata (title, date, source URL), re-joins hard-wrapped
// lines into paragraphs, strips Markdown markup, drops boilerplate, and
// reads the page's structure: the preamble (title, dateline, photo
// captions) and the body (paragraphs, headings, numbered items nested by
// indentation and numbering style, bulleted lines). Every dropped line is
// kept in Document.Removed.
func Text(raw []byte) (*extract.Document, error) {
	var b extract.DocBuilder
	text, err := decodeText(raw, &b)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%w: only white space", ErrEmpty)
	}
	meta := extract.Meta{Format: "text"}
	fm, body, err := splitFrontMatter(text)
	switch {
	case err == errNoFrontMatter:
	case err != nil:
		b.Warn(fmt.Sprintf("unreadable front matter read as text (%v)", err))
	default:
		meta.SourceURL = fm.SourceURL
	}
	r := textReader{b: &b, fm: fm}
	if fm.Title != "" {
		r.title = true
		b.Add(extract.Title, "", 0, 0, fm.Title)
	}
	if fm.Date != "" {
		r.dateline = true
		b.Add(extract.Dateline, "", 0, 0, fm.Date)
	}
	units := joinLines(splitLines(body), err == nil)
	start := r.preamble(units)
	r.body(units[start:])
	if r.site != "" && meta.Site == "" {
		meta.Site = r.site
	}
	b.SetMeta(meta)
	doc := b.Document()
	if !hasBody(doc) {
		return nil, fmt.Errorf("%w: no body text after cleaning", ErrEmpty)
	}
	return doc, nil
}

// hasBody reports whether doc holds any body block.
func hasBody(doc *extract.Document) bool {
	for _, bl := range doc.Blocks {
		switch bl.Kind {
		case extract.Paragraph, extract.Item, extract.Heading:
			return true
		}
	}
	return false
}

// textReader reads units into blocks.
type textReader struct {
	b  *extract.DocBuilder
	fm frontMatter
	// title and dateline say the document has its Title and Dateline.
	title, dateline bool
	// site is the publisher's name when a line gives it.
	site string
	// backTargets are the targets of "Back to X" lines, folded.
	backTargets map[string]bool
	// list is the stack of open numbered lists.
	list listStack
}

// fold returns s folded for comparison: lower case, single spaces.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// body adds the blocks of the body units: paragraphs, headings, numbered
// items and bulleted lines. An end mark ("###"), a closing rule (".  .
// ."), or a footer heading ("Contacts", "Media enquiries") after body text
// ends the body: what follows is the page footer. A date line met in the
// body is the dateline when the preamble had none.
func (r *textReader) body(units []unit) {
	seen, afterLabel := false, false
	for i := 0; i < len(units); i++ {
		u := units[i]
		if seen && (isBodyEnd(cleanMarkdown(u.text), units[i+1:]) || isSignOff(units[i:])) {
			r.removeAll(units[i:])
			return
		}
		if h := mdHeading.FindStringSubmatch(u.text); h != nil && !isSeparator(u.text) {
			r.list.reset()
			r.b.Add(extract.Heading, "", 0, 0, stripInlineNoise(cleanMarkdown(h[2])))
			continue
		}
		line := stripInlineNoise(cleanMarkdown(u.text))
		if afterLabel {
			afterLabel = false
			if !isDateline(line) {
				r.b.Remove(line)
				continue
			}
		}
		switch {
		case isBoilerplate(line):
			afterLabel = isFieldLabel(line)
			r.b.Remove(line)
			continue
		case seen && isFooterHeading(line):
			r.removeAll(units[i:])
			return
		case isDateline(line) && len(strings.Fields(line)) <= maxHeadingWords:
			// a date line below the lead ("Published" / "6 May 2025")
			if r.dateline {
				r.b.Remove(line)
			} else {
				r.dateline = true
				r.b.Add(extract.Dateline, "", 0, 0, line)
			}
			continue
		}
		last := false
		if loc := findTrailingEndMark(line); loc != nil {
			// "... bilateral ties. ###": the end mark closes the body
			r.b.Remove(line[loc[0]:])
			line, last = line[:loc[0]], true
		}
		if last {
			r.removeAll(units[i+1:])
			units = units[:i+1]
		}
		bullet, rest, bulleted := parseBullet(line)
		if bulleted {
			if isBoilerplate(rest) {
				r.b.Remove(line)
				continue
			}
			line = rest
		}
		if marker, n, style, rest, ok := parseMarker(line); ok {
			depth := r.list.place(marker, n, style, u.indent, isHeadingLine(rest))
			r.b.Add(extract.Item, marker, r.list.number(), depth, rest)
			seen = true
			continue
		}
		r.list.closeAbove(u.indent)
		depth := r.list.depth()
		switch {
		case bulleted:
			r.b.Add(extract.Paragraph, bullet, 0, depth, line)
		case isCaptionLine(line):
			r.b.Add(extract.Caption, "", 0, 0, line)
		case isHeadingLine(line) && i+1 < len(units) && !isHeadingLine(cleanMarkdown(units[i+1].text)):
			r.b.Add(extract.Heading, "", 0, depth, line)
		default:
			r.b.Add(extract.Paragraph, "", 0, depth, line)
		}
		seen = true
	}
}

// signOffWords is the most words a line of a closing sign-off has.
const signOffWords = 6

// isSignOff reports whether the last units of a body are a sign-off: the
// place and date a release closes with ("New Delhi" / "February 13, 2023",
// "Brussels, 19 June 2025"), each line a known place, a date, or both.
func isSignOff(units []unit) bool {
	if len(units) == 0 || len(units) > 3 {
		return false
	}
	for _, u := range units {
		line := strings.TrimSpace(cleanMarkdown(u.text))
		if line == "" || len(strings.Fields(line)) > signOffWords {
			return false
		}
		if isDateline(line) {
			continue
		}
		if _, ok := extract.LookupPlace(strings.TrimRight(line, ".,")); !ok {
			return false
		}
	}
	return true
}

// trailingEndMark is an end mark written at the end of the last
// paragraph rather than on its own line.
var trailingEndMark = fastre.MustCompile(`(?i)\s+(?:#{3,}|-\s?ends?\s?-|\(\s?ends?\s?\))\s*$`)

// findTrailingEndMark is trailingEndMark.FindStringIndex, which first
// looks at the end of the line: a mark ends in '#', '-' or ')' before any
// trailing space, and a line ending otherwise is spared a regexp that
// tries every space of it.
func findTrailingEndMark(line string) []int {
	t := strings.TrimRight(line, " \t\n\f\r")
	if t == "" {
		return nil
	}
	if c := t[len(t)-1]; c != '#' && c != '-' && c != ')' {
		return nil
	}
	return trailingEndMark.FindStringIndex(line)
}

// isBodyEnd reports whether a body line is a mark that ends the release:
// an end mark ("-ends-", "END", "###"), or a rule ("* * *", ".  .  .",
// "---") after which no sentence follows (a rule between paragraphs is a
// thematic break). Shorter marks ("**", "<!-- -->") are Markdown debris,
// dropped without ending the body.
func isBodyEnd(line string, rest []unit) bool {
	if boilerplateRule(line) == "end-mark" {
		return true
	}
	if !isRule(line) {
		return false
	}
	if strings.ContainsRune(line, '#') {
		return true // "###", the press release end mark
	}
	// "* * *", "---", ".  .  .": a thematic break, unless sentences follow
	for _, u := range rest {
		if t := cleanMarkdown(u.text); endsSentence(t) && len(strings.Fields(t)) >= minLeadWords {
			return false
		}
	}
	return true
}

// isRule reports whether line is three or more of one rule character
// ("###", "* * *", ".  .  .", "---"), spaces between them allowed.
func isRule(line string) bool {
	var c rune
	n := 0
	for _, r := range line {
		switch {
		case unicode.IsSpace(r):
			continue
		case !strings.ContainsRune("#*.-_=~•·", r), c != 0 && r != c:
			return false
		}
		c = r
		n++
	}
	return n >= 3
}

// removeAll drops units as page footer.
func (r *textReader) removeAll(units []unit) {
	for _, v := range units {
		r.b.Remove(cleanMarkdown(v.text))
	}
}
