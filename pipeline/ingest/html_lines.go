package ingest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"

	"github.com/readout/readout/extract"
)

// This file turns the lines the walk collects into blocks: line
// furniture, captions, date lines, written markers, inline bullet runs,
// headings held until text follows them.

// splitBreaks splits a line at its <br> breaks where they separate
// separate lines: a blank line, or a line that starts with a list marker
// or bullet. Other breaks are spaces.
func splitBreaks(s string) []string {
	if strings.IndexByte(s, '\n') < 0 {
		return []string{s}
	}
	parts := strings.Split(s, "\n")
	var out []string
	var cur strings.Builder
	blank := false
	for i, p := range parts {
		t := strings.TrimSpace(p)
		if t == "" {
			blank = true
			continue
		}
		if i > 0 && cur.Len() > 0 && (blank || startsItem(t)) {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(p)
		blank = false
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// reDashRun matches a dash or asterisk bullet set off by a run of spaces,
// as a Markdown list flattened into one paragraph writes its items
// ("-   Representative A -   Representative B").
var reDashRun = fastre.MustCompile(`(?:^|\s)[-*]\s{2,}`)

// splitDashRuns splits a line that opens with a spaced dash bullet and
// holds more of them into one bulleted line per item; nil-safe, it returns
// the line itself otherwise.
func splitDashRuns(s string) []string {
	t := strings.TrimLeft(s, " \t")
	if len(t) < 3 || (t[0] != '-' && t[0] != '*') || t[1] != ' ' || t[2] != ' ' {
		return []string{s}
	}
	locs := reDashRun.FindAllStringIndex(t, -1)
	if len(locs) < 2 {
		return []string{s}
	}
	out := make([]string, 0, len(locs))
	for i, loc := range locs {
		end := len(t)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		item := strings.TrimSpace(t[loc[1]:end])
		if item != "" {
			out = append(out, "- "+item)
		}
	}
	return out
}

// startsItem reports whether a line opens with a list marker or bullet.
func startsItem(t string) bool {
	if _, _, ok := parseBullet(t); ok {
		return true
	}
	_, _, _, _, ok := parseMarker(t)
	return ok
}

// line emits one line of content text.
func (in *htmlIngester) line(raw string) {
	sc := in.scopes[len(in.scopes)-1]
	t := unwrapEmphasis(cleanLine(stripNoise(stripInlineTags(raw))))
	if t == "" {
		return
	}
	if sc.pending {
		in.itemLine(sc, t)
		return
	}
	heading := in.headings > 0
	top := len(in.scopes) == 1 && sc.open == 0
	switch {
	case furnitureLine(t), in.echoesTitle(t), len(t) <= maxLabelLen && reClockOnly.MatchString(t),
		in.bodyBlocks == 0 && top && len(t) <= maxLabelLen && reTypeLabel.MatchString(t):
		in.b.Remove(t)
		return
	case heading && len(t) <= maxLabelLen && reTailHeading.MatchString(t):
		// A closing section ("Contacts", "Associated links"): the rest
		// of the section the heading opens is page furniture.
		in.b.Remove(t)
		in.dropHeadings()
		if in.headingNode != nil && in.headingNode.Parent != nil {
			in.tail = in.headingNode.Parent
		}
		return
	case in.dateline == "" && in.longBlocks == 0 && top && datelineLike(t):
		in.dateline = t
		in.b.Add(extract.Dateline, "", 0, 0, trimBullet(t))
		return
	}
	if len(in.scopes) == 1 && sc.open == 0 && !heading && len(t) <= maxShortLine && !strings.HasSuffix(t, ":") && isCaptionLine(t) {
		in.add(extract.Caption, "", 0, 0, t)
		return
	}
	if pieces := splitBulletRuns(t); pieces != nil {
		for _, p := range pieces {
			in.piece(sc, p, false)
		}
		return
	}
	if pieces := splitNumberedRuns(t); pieces != nil {
		for _, p := range pieces {
			in.piece(sc, p, false)
		}
		return
	}
	in.piece(sc, t, heading)
}

// numberedRunFormats are the written markers a run of numbered points
// can be told by inside one paragraph, by the style parseMarker gives.
var numberedRunFormats = map[string]string{"1.": "%d.", "(1)": "(%d)", "1)": "%d)", "（1）": "（%d）"}

// splitNumberedRuns splits a paragraph that opens with a numbered marker
// and runs the next ones into it ("1. ... July 16; 2. ... parts; and 3.
// ..."), as pages made from plain text do, at each marker that follows a
// clause end and numbers on from the last; nil when it holds no run.
func splitNumberedRuns(t string) []string {
	_, n, style, _, ok := parseMarker(t)
	format := numberedRunFormats[style]
	if !ok || n != 1 || format == "" {
		return nil
	}
	cuts := []int{0}
	for next, pos := 2, 0; ; next++ {
		want := fmt.Sprintf(format, next)
		i := strings.Index(t[pos:], " "+want+" ")
		if i < 0 {
			break
		}
		at := pos + i + 1
		if !clauseEnds(t[:at]) && !opensPoint(t[at+len(want)+1:]) {
			break
		}
		cuts = append(cuts, at)
		pos = at + len(want)
	}
	if len(cuts) < 2 {
		return nil
	}
	out := make([]string, 0, len(cuts))
	for k, c := range cuts {
		end := len(t)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		out = append(out, strings.TrimSpace(t[c:end]))
	}
	return out
}

// opensPoint reports whether s starts like a point of a list: a capital,
// a digit or a currency sign ("1. Governor Charlie Baker (R-MA) 2.
// Representative ...").
func opensPoint(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '$' || r == '€' || r == '£' || r == '¥'
}

// clauseEnds reports whether s ends a clause, so that a marker after it
// opens a new point: a stop, semicolon, colon or comma, or "and"/"or".
func clauseEnds(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, ":") ||
		strings.HasSuffix(s, ",") || strings.HasSuffix(s, " and") || strings.HasSuffix(s, " or")
}

// itemLine emits the first line of a list item.
func (in *htmlIngester) itemLine(sc *scope, t string) {
	sc.pending = false
	if sc.ordered {
		// A page that writes its own numbers into the items (and hides
		// the list's with CSS) must not be numbered twice.
		if m, num, _, rest, ok := parseMarker(t); ok && num == sc.number && rest != "" {
			sc.marker = m
			t = rest
		}
		in.add(extract.Item, sc.marker, sc.number, sc.depth, t)
		return
	}
	if furnitureLine(t) {
		in.b.Remove(t)
		return
	}
	bulleted := !sc.unmarked
	if _, rest, ok := parseBullet(t); ok {
		t, bulleted = rest, true
	}
	if m, num, _, rest, ok := parseMarker(t); ok {
		sc.depth = max(sc.depth, 1)
		in.add(extract.Item, m, num, sc.depth, rest)
		return
	}
	if bulleted {
		in.add(extract.Paragraph, "•", 0, sc.depth, t)
		return
	}
	in.add(extract.Paragraph, "", 0, sc.depth, t)
}

// piece emits one paragraph or heading of content in scope sc: an item
// when it opens with a written marker (after any bullet), a bulleted
// paragraph, or a plain one.
func (in *htmlIngester) piece(sc *scope, t string, heading bool) {
	bullet := ""
	if b, rest, ok := parseBullet(t); ok {
		bullet, t = b, rest
		if t == "" {
			return
		}
	}
	if m, num, style, rest, ok := parseMarker(t); ok && rest != "" {
		in.add(extract.Item, m, num, sc.written(style), rest)
		return
	}
	kind := extract.Paragraph
	if heading && bullet == "" {
		kind = extract.Heading
	}
	in.add(kind, bullet, 0, sc.contDepth(), t)
}

// pendingHeading is a heading held back until body text follows it.
type pendingHeading struct {
	marker        string
	number, depth int
	text          string
}

// runningText is the length from which a body block is running text: a
// date line is no longer looked for after one.
const runningText = 120

// add appends a block and counts body blocks. A heading is held back
// until a body block or caption follows it, so that a heading whose
// section was all furniture ("Associated links" over a removed list) is
// dropped with it.
func (in *htmlIngester) add(kind extract.BlockKind, marker string, number, depth int, text string) {
	if kind == extract.Heading {
		in.heading = append(in.heading, pendingHeading{marker, number, depth, text})
		return
	}
	for _, h := range in.heading {
		if in.b.Add(extract.Heading, h.marker, h.number, h.depth, h.text) >= 0 {
			in.bodyBlocks++
		}
	}
	in.heading = in.heading[:0]
	if in.b.Add(kind, marker, number, depth, text) >= 0 && kind != extract.Caption {
		in.bodyBlocks++
		if len(text) >= runningText {
			in.longBlocks++
		}
	}
}

// dropHeadings removes the headings still waiting for body text.
func (in *htmlIngester) dropHeadings() {
	for _, h := range in.heading {
		in.b.Remove(h.text)
	}
	in.heading = in.heading[:0]
}

// maxLabelLen is the longest line read as a label: a clock time, a
// content type or a closing heading.
const maxLabelLen = 48

// Line rules of the HTML walk.
var (
	// reClockOnly matches a line that is only a clock time ("18:40"), a
	// page's publication time.
	reClockOnly = fastre.MustCompile(`(?i)^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$`)
	// reTypeLabel matches a content-type label written above the text
	// ("Readout", "News release").
	reTypeLabel = fastre.MustCompile(`(?i)^(?:readout|news\s+release|press\s+release|media\s+advisory|backgrounder|statement|news|speech|transcript|fact\s+sheet|press\s+statement|news\s+story)$`)
	// reTailHeading matches a heading that closes the readout: what
	// follows it is contact details, links or page details.
	reTailHeading = fastre.MustCompile(`(?i)^(?:(?:media|press)\s+)?contacts?:?$|^(?:associated|related|useful|external|other)\s+(?:links?|documents?|content|information|resources|products|news|articles?|pages?)$|^for\s+(?:more|further)\s+information:?$|^(?:media|press)\s+(?:enquiries|inquiries)$|^page\s+details$|^share\s+this\s+(?:page|article|story)$|^(?:see\s+also|more\s+news|latest\s+news|read\s+more|explore\s+more|tags?|topics?|keywords?)$`)
)

// caption emits a photo caption. Its lines (split at <br>) that are
// credits ("(Photo: Cabinet Public Relations Office)") are removed, as is
// a credit closing its text; a caption left empty, date-only or repeating
// the title is removed whole.
func (in *htmlIngester) caption(s string) {
	var kept []string
	for _, line := range strings.Split(s, "\n") {
		t := cleanLine(stripInlineTags(line))
		if t == "" {
			continue
		}
		if loc := reTrailingCredit.FindStringIndex(t); loc != nil && loc[0] > 0 {
			in.b.Remove(t[loc[0]:])
			t = strings.TrimSpace(t[:loc[0]])
		}
		if furnitureLine(t) {
			in.b.Remove(t)
			continue
		}
		kept = append(kept, t)
	}
	t := unwrapEmphasis(trimBullet(strings.Join(kept, " ")))
	switch {
	case t == "":
	case isSeparator(t), dateOnly(t), in.echoesTitle(t):
		in.b.Remove(t)
	default:
		in.add(extract.Caption, "", 0, 0, t)
	}
}

// reTrailingCredit matches a photo credit closing a caption: "... holding
// a meeting (Photo: Cabinet Public Relations Office)".
var reTrailingCredit = fastre.MustCompile(`(?i)\s*[(（\[]\s*(?:photo(?:graph)?s?|image|picture|credit|source)(?:\s+(?:credit|by|courtesy))?\s*[:：][^()（）\[\]]{1,120}[)）\]]\s*$`)

// maxShortLine is the longest line tested as boilerplate or a caption:
// page furniture and captions are short, and the line rules' regular
// expressions cost time in proportion to the line.
const maxShortLine = 320

// furnitureLine reports whether a short cleaned line is boilerplate.
func furnitureLine(t string) bool { return len(t) <= maxShortLine && isBoilerplate(t) }

// noiseWords are words every piece of inline link furniture holds
// ("(opens in a new window)", "(link is external)").
var noiseWords = []string{"window", "external"}

// stripNoise removes inline link furniture from a line that may hold it.
func stripNoise(s string) string {
	for _, w := range noiseWords {
		if containsFold(s, w) {
			return stripInlineNoise(s)
		}
	}
	return s
}

// containsFold reports whether s holds the lower-case ASCII word w in any
// letter case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && (s[i+j]|0x20) == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// echoesTitle reports whether a line repeats the page title, once or
// more ("Title Title").
func (in *htmlIngester) echoesTitle(t string) bool {
	if in.title == "" || len(t) < len(in.title) || len(t)%len(in.title) > len(t)/len(in.title) {
		return false
	}
	rest := t
	for rest != "" {
		if !strings.HasPrefix(rest, in.title) {
			return false
		}
		rest = strings.TrimLeft(rest[len(in.title):], " ")
	}
	return true
}

// inlineBullets are the bullets that may run several points together in
// one paragraph ("• (1) ... • (2) ...").
var inlineBullets = []string{"•", "●", "■", "◆", "▪", "◦"}

// splitBulletRuns splits a paragraph that holds several bulleted runs,
// or opens with a bullet and holds another, at each bullet; nil when it
// holds none.
func splitBulletRuns(t string) []string {
	var cuts []int
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if r >= 0x2000 && isInlineBullet(t[i:i+size]) &&
			(i == 0 || t[i-1] == ' ') && (i+size == len(t) || t[i+size] == ' ') {
			cuts = append(cuts, i)
		}
		i += size
	}
	if len(cuts) < 2 {
		return nil
	}
	var out []string
	if cuts[0] > 0 {
		out = append(out, strings.TrimSpace(t[:cuts[0]]))
	}
	for k, c := range cuts {
		end := len(t)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		if p := strings.TrimSpace(t[c:end]); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isInlineBullet reports whether s is one of the inline bullets.
func isInlineBullet(s string) bool {
	for _, b := range inlineBullets {
		if s == b {
			return true
		}
	}
	return false
}

// reEmphasis matches a line wrapped whole in Markdown emphasis.
var reEmphasis = fastre.MustCompile(`^(\*{1,3}|_{1,3})([^*_].*?)(\*{1,3}|_{1,3})$`)

// unwrapEmphasis removes Markdown emphasis wrapped around a whole line.
func unwrapEmphasis(s string) string {
	if m := reEmphasis.FindStringSubmatch(s); m != nil && m[1] == m[3] {
		return strings.TrimSpace(m[2])
	}
	return s
}

// cleanLine trims a line and folds its runs of white space (no-break and
// other Unicode spaces included) to one space, dropping zero-width marks.
// A line that is already clean is returned as is.
func cleanLine(s string) string {
	if isClean(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' {
				space = true
				continue
			}
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
		case r == '\u200b' || r == '\ufeff':
		default:
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

// isClean reports whether s needs no folding: no leading, trailing or
// doubled space, no other white space or control byte, and no multi-byte
// space or zero-width mark.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
				return false
			}
			i += size - 1
		}
	}
	return true
}
