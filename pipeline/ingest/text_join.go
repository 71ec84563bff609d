package ingest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file splits plain text into physical lines and re-joins
// hard-wrapped ones into logical lines (units).

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

// Wrapping detection: a file is hard-wrapped when its lines are short and
// many of them stop near one width.
const (
	minWrapWidth = 40  // narrower columns are lists of short lines, not wrapping
	maxWrapWidth = 100 // wider lines are written unwrapped
	wrapSlack    = 12  // a wrapped line ends within this many columns of the width
	minWrapped   = 2   // fewest lines near the width to call a file wrapped
)
