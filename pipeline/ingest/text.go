package ingest

import (
	"fmt"
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/extract"
)

// IngestText cleans a plain-text or Markdown readout into a Document.
//
// It decodes the bytes (a BOM dropped, invalid UTF-8 repaired with a
// warning, binary refused with ErrNotText), takes a leading YAML front
// matter block as metadata (title, date, source URL), re-joins hard-wrapped
// lines into paragraphs, strips Markdown markup, drops boilerplate, and
// reads the page's structure: the preamble (title, dateline, photo
// captions) and the body (paragraphs, headings, numbered items nested by
// indentation and numbering style, bulleted lines). Every dropped line is
// kept in Document.Removed.
func IngestText(raw []byte) (*extract.Document, error) {
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

// rawLine is one physical line of the input.
type rawLine struct {
	// indent is the line's indentation in columns (a tab counts 4).
	indent int
	// text is the line without its indentation and trailing space.
	text string
	// width is the line's length in runes, indentation included.
	width int
	// hardBreak is a Markdown hard break: two trailing spaces.
	hardBreak bool
	// boiler says the line is boilerplate (isBoilerplate, read once).
	boiler bool
}

// splitLines cuts s into lines; blank lines have empty text.
func splitLines(s string) []rawLine {
	parts := strings.Split(s, "\n")
	lines := make([]rawLine, 0, len(parts))
	for _, p := range parts {
		indent := 0
		i := 0
	scan:
		for i < len(p) {
			r, n := utf8.DecodeRuneInString(p[i:])
			switch r {
			case ' ', '\u00a0', '\u2002':
				indent++
			case '\t':
				indent += 4
			case '\u3000', '\u2003':
				indent += 2
			default:
				break scan
			}
			i += n
		}
		t := strings.TrimRightFunc(p[i:], unicode.IsSpace)
		lines = append(lines, rawLine{
			indent:    indent,
			text:      t,
			width:     indent + utf8.RuneCountInString(t),
			hardBreak: t != "" && strings.HasSuffix(p, "  "),
			boiler:    t != "" && isBoilerplate(t),
		})
	}
	return lines
}

// Wrapping detection: a file is hard-wrapped when its lines are short and
// many of them stop near one width.
const (
	minWrapWidth = 40  // narrower columns are lists of short lines, not wrapping
	maxWrapWidth = 100 // wider lines are written unwrapped
	wrapSlack    = 12  // a wrapped line ends within this many columns of the width
	minWrapped   = 2   // fewest lines near the width to call a file wrapped
)

// wrapWidth estimates the column a hard-wrapped file was wrapped at from
// its line-length profile, or returns 0 when the file is not wrapped.
// Only lines followed by another line of the same block count: the last
// line of a paragraph is short by nature, and so are list lines; a line of
// one word (a long link) overflows the width and does not count either.
func wrapWidth(lines []rawLine) int {
	var widths []int
	long, all := 0, 0
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		all++
		if l.width > maxWrapWidth && strings.ContainsRune(l.text, ' ') {
			long++
		}
		if i+1 < len(lines) && lines[i+1].text != "" && l.width <= maxWrapWidth && !startsBlock(lines[i+1].text) &&
			strings.ContainsRune(l.text, ' ') {
			widths = append(widths, l.width)
		}
	}
	if all == 0 || long*10 > all || len(widths) < minWrapped {
		return 0
	}
	sort.Ints(widths)
	w := widths[len(widths)*90/100]
	if w < minWrapWidth {
		return 0
	}
	near := 0
	for _, x := range widths {
		if x >= w-wrapSlack {
			near++
		}
	}
	if near < minWrapped || near*3 < len(widths) {
		return 0
	}
	return w
}

// unit is a logical line: a paragraph or list line after re-joining hard
// wrapped lines.
type unit struct {
	indent int
	text   string
	// blankBefore says a blank line preceded the unit.
	blankBefore bool
}

// startsBlock reports whether a raw line opens a new block whatever the
// line above it: a list marker, a bullet, a Markdown heading, a separator.
func startsBlock(text string) bool {
	if _, _, _, _, ok := parseMarker(text); ok {
		return true
	}
	if _, _, ok := parseBullet(text); ok {
		return true
	}
	return mdHeading.MatchString(text) || isSeparator(text)
}

// joinLines re-joins the lines of each paragraph. Blank lines always
// separate paragraphs, and a line that opens a block (a list marker, a
// bullet, a heading, a rule) always starts a new one. Otherwise two
// adjacent lines are joined (see joins) when the file is hard-wrapped and
// the line was wrapped, when the line does not end a sentence and the next
// starts in lower case, or always in a Markdown file, where a single line
// break is a soft break.
func joinLines(lines []rawLine, markdown bool) []unit {
	width := wrapWidth(lines)
	var units []unit
	blank := true
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.text == "" {
			blank = true
			continue
		}
		u := unit{indent: l.indent, text: l.text, blankBefore: blank}
		blank = false
		cur := l
		var sb strings.Builder
		for i+1 < len(lines) && lines[i+1].text != "" &&
			(!startsBlock(lines[i+1].text) || wrappedNumber(cur, lines[i+1], width)) &&
			joins(cur, lines[i+1], width, markdown) {
			if sb.Len() == 0 {
				sb.WriteString(u.text)
			}
			i++
			cur = lines[i]
			sb.WriteByte(' ')
			sb.WriteString(cur.text)
		}
		if sb.Len() > 0 {
			u.text = sb.String()
		}
		units = append(units, u)
	}
	return units
}

// wrappedNumber reports whether next, which opens like a numbered item,
// is the continuation of a hard-wrapped sentence ("... on April" / "13.
// This meeting ..."): cur ends no sentence or clause and the number would
// not have fitted on it.
func wrappedNumber(cur, next rawLine, width int) bool {
	if width == 0 || endsSentence(cur.text) || strings.HasSuffix(cur.text, ":") || isSeparator(next.text) {
		return false
	}
	if _, _, ok := parseBullet(next.text); ok {
		return false
	}
	return !fits(cur, next, width)
}

// fits reports whether the first word of next would have fitted on cur
// within width: if it would, the break after cur was meant.
func fits(cur, next rawLine, width int) bool {
	first := next.text
	if i := strings.IndexFunc(first, unicode.IsSpace); i > 0 {
		first = first[:i]
	}
	return cur.width+1+utf8.RuneCountInString(first) <= width
}

// joins reports whether line next continues line cur (neither blank, next
// opening no block).
func joins(cur, next rawLine, width int, markdown bool) bool {
	ended := endsSentence(cur.text)
	lower, _ := utf8.DecodeRuneInString(next.text)
	switch {
	case cur.hardBreak, isSeparator(cur.text):
		return false
	case next.boiler:
		return !ended && unicode.IsLower(lower)
	case cur.boiler:
		return unicode.IsLower(lower) // "Read more" / "here: ..."
	}
	if _, _, _, rest, ok := parseMarker(cur.text); ok && rest == "" {
		return true // a marker alone on its line: the text follows
	}
	switch {
	case markdown:
		return true
	case width > 0 && !fits(cur, next, width):
		return true // the classic test: the next word did not fit
	case width > 0 && !ended && cur.width >= width-wrapSlack:
		return true // a wrapped line that broke early, before a long word
	}
	return !ended && unicode.IsLower(lower)
}

// Markdown markup IngestText removes.
var (
	mdHeading   = regexp.MustCompile(`^(#{1,6})\s+(.*?)(?:\s+#+)?$`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)`)
	mdAutoLink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmphStar  = regexp.MustCompile(`(^|[\s(\["“])\*(\S(?:[^*]*?\S)?)\*`)
	mdEmphUnder = regexp.MustCompile(`(^|[\s(\["“])_(\S(?:[^_]*?\S)?)_([\s).,;:!?"”]|$)`)
	mdStray     = regexp.MustCompile(`\*\*+|__+`)
	mdEscape    = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	mdEscaped   = regexp.MustCompile("[\uE000-\uE07F]")
	// mdInlineHTML are the inline HTML tags Markdown converters leave in
	// text ("<u>Participants</u>", "150<sup>th</sup>").
	mdInlineHTML = regexp.MustCompile(`(?i)</?(?:u|b|i|em|strong|sup|sub|span|small|mark|a|abbr|cite|s|del|ins|font)(?:\s[^<>]*)?>`)
	mdLineBreak  = regexp.MustCompile(`(?i)<br\s*/?>`)
	// mdEntity is a character reference a scraper left in text.
	mdEntity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)
)

// cleanMarkdown strips Markdown inline markup from a line: links keep
// their text, images and emphasis marks go, inline HTML tags go, character
// references are decoded, and backslash escapes ("\###", "\*", "\_") give
// their character. Escaped characters are hidden while
// the markup is stripped, so "\*" never reads as emphasis.
func cleanMarkdown(s string) string {
	if !strings.ContainsAny(s, "\\*_[<&") {
		return s
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = mdLineBreak.ReplaceAllString(s, " ")
		s = mdInlineHTML.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = mdEntity.ReplaceAllStringFunc(s, html.UnescapeString)
	}
	// each rule runs only when its markup character is there at all
	escaped := strings.IndexByte(s, '\\') >= 0
	if escaped {
		s = mdEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xE000 + int(m[1]))) })
	}
	if strings.IndexByte(s, '[') >= 0 {
		s = mdImage.ReplaceAllString(s, "")
		s = mdLink.ReplaceAllString(s, "$1")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = mdAutoLink.ReplaceAllString(s, "$1")
	}
	star, under := strings.IndexByte(s, '*') >= 0, strings.IndexByte(s, '_') >= 0
	if star || under {
		s = mdStrong.ReplaceAllString(s, "$2")
	}
	if star {
		s = mdEmphStar.ReplaceAllString(s, "$1$2")
	}
	if under {
		s = mdEmphUnder.ReplaceAllString(s, "$1$2$3")
	}
	if star || under {
		s = mdStray.ReplaceAllString(s, "")
	}
	if !escaped {
		return s
	}
	return mdEscaped.ReplaceAllStringFunc(s, func(m string) string {
		r, _ := utf8.DecodeRuneInString(m)
		return string(r - 0xE000)
	})
}

// Preamble limits.
const (
	maxTitleWords   = 45 // a title line is at most this long
	maxHeadingWords = 12 // a heading inside the body is short
	minLeadWords    = 5  // a sentence this long starts the body
	maxDatelineRest = 6  // words a dateline may hold besides its date
)

// Site names: a line that is only the publisher's name ("The White House",
// "Ministry of Foreign Affairs of the Republic of Korea") names the site,
// not the readout.
var (
	siteHeads = []string{"the white house", "white house", "ministry of", "ministry for", "department of",
		"u.s. department of", "office of the", "embassy of the", "embassy of", "high commission of",
		"permanent mission of", "prime minister's office", "prime minister’s office", "cabinet office",
		"government of", "federal foreign office", "state department", "global affairs canada",
		"department for", "foreign, commonwealth", "presidential office", "president's office", "the kremlin",
		"office of the spokesperson", "press office", "mission of"}
	siteLine = regexp.MustCompile(`(?i)^` + alternation(siteHeads...) + `(?:\s|$)`)
)

// isSiteName reports whether line is only an organisation's name: it opens
// like one and holds no lower-case word but function words.
func isSiteName(line string) bool {
	if !siteLine.MatchString(line) || endsSentence(line) {
		return false
	}
	words := strings.Fields(line)
	if len(words) > maxHeadingWords {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",;:()")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !captionFunctionWords[w] {
			return false
		}
	}
	return true
}

// backLink matches a "Back to X" line and captures X, the section the
// page is filed under.
var backLink = regexp.MustCompile(`(?i)^\W{0,3}(?:back|return|go back)\s+to\s+(.+)$`)

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

// pre is a preamble decision about one unit.
type pre struct {
	kind extract.BlockKind // 0: dropped
	text string
	// candidate marks a title candidate.
	candidate bool
	// beforeDate marks a unit above the first dateline.
	beforeDate bool
}

// preamble classifies the units before the first body paragraph (title,
// dateline, captions, section names, boilerplate), adds their blocks and
// returns the index of the first body unit.
func (r *textReader) preamble(units []unit) int {
	r.backTargets = map[string]bool{}
	for _, u := range units {
		if m := backLink.FindStringSubmatch(cleanMarkdown(u.text)); m != nil {
			r.backTargets[fold(m[1])] = true
		}
	}
	var decided []pre
	seenDate, afterLabel := false, false
	start := len(units)
	for i, u := range units {
		line := stripInlineNoise(cleanMarkdown(u.text))
		if h := mdHeading.FindStringSubmatch(u.text); h != nil && !isSeparator(u.text) {
			line = stripInlineNoise(cleanMarkdown(h[2]))
			if !r.title && !hasCandidate(decided) {
				decided = append(decided, pre{kind: extract.Title, text: line, beforeDate: !seenDate})
				r.title = true
				continue
			}
			start = i
			break
		}
		bulleted := line
		if _, rest, ok := parseBullet(line); ok {
			bulleted = rest
		}
		if afterLabel {
			// the value of a "From:" or "Published" field
			afterLabel = false
			if !isDateline(bulleted) {
				decided = append(decided, pre{text: line})
				continue
			}
		}
		switch {
		case isBoilerplate(line) || isBoilerplate(bulleted):
			afterLabel = isFieldLabel(bulleted)
			decided = append(decided, pre{text: line})
			continue
		case isDateline(bulleted):
			if !r.dateline && !seenDate {
				// kept whole: "| Distributed by Public on" tells how the
				// numeric date is ordered
				decided = append(decided, pre{kind: extract.Dateline, text: bulleted, beforeDate: true})
			} else {
				decided = append(decided, pre{text: line})
			}
			seenDate = true
			continue
		case isSiteName(line):
			if r.site == "" {
				r.site = line
			}
			decided = append(decided, pre{text: line})
			continue
		case (seenDate || r.title || hasCandidate(decided)) && isCaptionLine(line):
			decided = append(decided, pre{kind: extract.Caption, text: line})
			continue
		}
		if startsBody(line) {
			start = i
			break
		}
		switch {
		case strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")"):
			// "(Statement by the Press Secretary)": a subtitle
			decided = append(decided, pre{kind: extract.Heading, text: line, beforeDate: !seenDate})
		case r.fm.Title != "" && fold(line) == fold(r.fm.Title):
			decided = append(decided, pre{text: line})
		case seenDate && (r.title || hasCandidate(decided)):
			// MOFA pages put photo captions between the date line and the lead.
			decided = append(decided, pre{kind: extract.Caption, text: line})
		case r.title:
			decided = append(decided, pre{kind: extract.Heading, text: line, beforeDate: !seenDate})
		default:
			decided = append(decided, pre{candidate: true, text: line, beforeDate: !seenDate})
		}
	}
	r.pickTitle(decided, seenDate)
	for _, d := range decided {
		switch d.kind {
		case 0:
			r.b.Remove(d.text)
		case extract.Dateline:
			r.dateline = true
			r.b.Add(d.kind, "", 0, 0, d.text)
		default:
			r.b.Add(d.kind, "", 0, 0, d.text)
		}
	}
	return start
}

// hasCandidate reports whether a title candidate or title was decided.
func hasCandidate(ds []pre) bool {
	for _, d := range ds {
		if d.candidate || d.kind == extract.Title {
			return true
		}
	}
	return false
}

// pickTitle chooses the page's title among the candidate lines of the
// preamble and turns the other candidates into dropped section names.
// Section names that a "Back to X" line links back to, and generic
// section labels ("Press release", "Readout"), are set aside when another
// candidate exists; of the rest, the line nearest above the date
// line is the title (section names and breadcrumbs sit above it), or the
// first candidate when no date line follows them.
func (r *textReader) pickTitle(ds []pre, seenDate bool) {
	var cands []int
	for i, d := range ds {
		if d.candidate {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return
	}
	real := cands[:0:0]
	for _, i := range cands {
		if !r.backTargets[fold(ds[i].text)] && !isSectionLabel(ds[i].text) {
			real = append(real, i)
		}
	}
	if len(real) == 0 {
		real = cands
	}
	pick := real[0]
	if seenDate {
		for _, i := range real {
			if ds[i].beforeDate {
				pick = i
			}
		}
	}
	for _, i := range cands {
		switch {
		case i == pick && !r.title:
			ds[i].kind = extract.Title
			r.title = true
		case i > pick && !r.backTargets[fold(ds[i].text)] && !isSectionLabel(ds[i].text):
			// a second heading-like line under the title: a subtitle
			ds[i].kind = extract.Heading
		}
	}
}

// isDateline reports whether line is a release date line: a date that
// extract.ParseDateline finds, with few other words.
func isDateline(line string) bool {
	_, sp, ok := extract.ParseDateline(line)
	if !ok {
		return false
	}
	if sp.Start <= 3 {
		return true
	}
	rest := line[:sp.Start] + " " + line[sp.End:]
	return len(strings.Fields(rest)) <= maxDatelineRest
}

// startsBody reports whether a preamble line is where the body begins: a
// numbered or bulleted line, or a sentence.
func startsBody(line string) bool {
	if _, _, _, _, ok := parseMarker(line); ok {
		return true
	}
	if _, _, ok := parseBullet(line); ok {
		return true
	}
	n := len(strings.Fields(line))
	return (endsSentence(line) && n >= minLeadWords) || n > maxTitleWords || strings.HasSuffix(line, ":") && n >= 2
}

// isHeadingLine reports whether a body line reads as a heading: short, and
// not ending as a sentence or clause.
func isHeadingLine(line string) bool {
	if endsSentence(line) || strings.HasSuffix(line, ":") || strings.HasSuffix(line, ",") || strings.HasSuffix(line, ";") {
		return false
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > maxHeadingWords || openWords[strings.ToLower(words[len(words)-1])] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	return !unicode.IsLower(r)
}

// openWords cannot end a heading: a line ending in one runs on.
var openWords = wordSet("of", "the", "a", "an", "and", "or", "to", "with", "for", "in", "on", "at", "by", "from", "as", "that", "their", "his", "her", "its", "our")

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
		if loc := trailingEndMark.FindStringIndex(line); loc != nil {
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
var trailingEndMark = regexp.MustCompile(`(?i)\s+(?:#{3,}|-\s?ends?\s?-|\(\s?ends?\s?\))\s*$`)

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

// listLevel is one open level of a numbered list.
type listLevel struct {
	style   string
	number  int
	indent  int
	heading bool
}

// listStack tracks open numbered lists the way reStructuredText reads
// enumerated lists: a numbering style not on the stack opens a deeper
// level, a style on the stack closes back to it, and the same style at a
// deeper indentation is nested.
type listStack struct {
	levels []listLevel
}

// indentStep is how many more columns make a line deeper than another.
const indentStep = 2

func (s *listStack) reset()      { s.levels = s.levels[:0] }
func (s *listStack) depth() int  { return len(s.levels) }
func (s *listStack) number() int { return s.levels[len(s.levels)-1].number }

// closeAbove closes the list levels indented deeper than indent: a
// paragraph written left of a list's items is no longer part of it.
func (s *listStack) closeAbove(indent int) {
	for n := len(s.levels); n > 0 && s.levels[n-1].indent > indent+1; n-- {
		s.levels = s.levels[:n-1]
	}
}

// place puts an item with the given marker, ordinal, style and indentation
// on the stack and returns its depth (1 for a top-level item).
func (s *listStack) place(marker string, number int, style string, indent int, heading bool) int {
	if n := len(s.levels); n > 0 {
		for k := n - 1; k >= 0 && k >= n-2; k-- {
			lv := s.levels[k]
			if nn, st := reinterpretMarker(marker, number, style, lv.style, lv.number); st != style {
				number, style = nn, st
				break
			}
		}
	}
	item := listLevel{style: style, number: number, indent: indent, heading: heading}
	k := s.find(item)
	n := len(s.levels)
	switch {
	case k < 0:
		s.levels = append(s.levels, item)
	case indent >= s.levels[n-1].indent+indentStep:
		// the same style, deeper than the innermost open level: nested
		s.levels = append(s.levels, item)
	case k == n-1 && number == 1 && s.levels[k].heading && s.levels[k].number >= 1 && !heading:
		// "1. Introduction" then "1. ...": points restart under a heading item
		s.levels = append(s.levels, item)
	default:
		s.levels = append(s.levels[:k], item)
	}
	return len(s.levels)
}

// find returns the open level an item with this style continues: among
// the levels of its style at about its indentation, the innermost whose
// next number it is (a heading item prefers a heading level), else the
// innermost; -1 when its style is not on the stack.
func (s *listStack) find(it listLevel) int {
	var same []int
	for k := len(s.levels) - 1; k >= 0; k-- {
		if s.levels[k].style == it.style && s.levels[k].indent <= it.indent+1 {
			same = append(same, k)
		}
	}
	if len(same) == 0 {
		for k, lv := range s.levels {
			if lv.style == it.style {
				return k // the style is open, shallower than written
			}
		}
		return -1
	}
	if it.heading {
		for _, k := range same {
			if s.levels[k].heading && s.levels[k].number+1 == it.number {
				return k
			}
		}
	}
	for _, k := range same {
		if s.levels[k].number+1 == it.number {
			return k
		}
	}
	return same[0]
}
