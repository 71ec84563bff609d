package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"

	"github.com/readout/readout/extract"
)

// This file reads single cleaned lines: list markers and bullets
// (boilerplate.go says which lines are page furniture, captions.go which
// are photo captions). Text ingest and HTML ingest both use them, so a
// rule about what a line is lives here once.

// maxListNumber is the largest ordinal a list marker may carry; larger
// numbers at the start of a line are years, sums or clock times.
const maxListNumber = 99

// maxBareNumber is the largest ordinal of a marker written with no
// punctuation ("1 Opening remarks"): these are short heading lists.
const maxBareNumber = 30

// maxBareHeadingWords is the most words a heading after a bare number may
// have: "1 Measures against COVID-19 infection" is a heading, a long
// sentence after a number is not.
const maxBareHeadingWords = 12

// markerShape is how a list marker wraps its numeral.
type markerShape uint8

const (
	shapeDot       markerShape = iota + 1 // "1."
	shapeClose                            // "1)"
	shapeParens                           // "(1)"
	shapeFullParen                        // "（1）"
	shapeBare                             // "1 Heading"
)

// numeralKind is the numbering scheme of a list marker.
type numeralKind uint8

const (
	numArabic numeralKind = iota + 1
	numRomanLower
	numRomanUpper
	numAlphaLower
	numAlphaUpper
)

// numeralSample is the numeral a style key is written with.
var numeralSample = map[numeralKind]string{
	numArabic: "1", numRomanLower: "i", numRomanUpper: "I",
	numAlphaLower: "a", numAlphaUpper: "A",
}

// markerStyle returns the style key of a numbering scheme in a shape:
// "1.", "(1)", "1)", "（1）", "I.", "(a)", "1".
func markerStyle(kind numeralKind, shape markerShape) string {
	n := numeralSample[kind]
	switch shape {
	case shapeDot:
		return n + "."
	case shapeClose:
		return n + ")"
	case shapeParens:
		return "(" + n + ")"
	case shapeFullParen:
		return "（" + n + "）"
	}
	return n
}

// leadingSpace is what may indent a line.
const leadingSpace = " \t\u00a0\u3000\u2002\u2003"

// parseMarker reads a list marker at the start of line ("1.", "(1)", "1)",
// "（1）", "I.", "(a)", "1 " before a capitalised heading) and returns the
// marker as written, its ordinal, a style key that tells numbering schemes
// apart ("1.", "(1)", "1)", "（1）", "I.", "(a)", "1"), and the rest of the
// line.
//
// Roman numerals are read from I, V and X only; a lone "i" is roman, other
// lone letters ("v", "x" included) are letters: a list reader that knows
// the previous item can re-read them with reinterpretMarker. Bullets are
// not markers (see parseBullet).
func parseMarker(line string) (marker string, number int, style string, rest string, ok bool) {
	s := strings.TrimLeft(line, leadingSpace)
	if s == "" {
		return "", 0, "", "", false
	}
	var (
		open  string
		shape markerShape
	)
	switch {
	case strings.HasPrefix(s, "("):
		open, shape = "(", shapeParens
	case strings.HasPrefix(s, "（"):
		open, shape = "（", shapeFullParen
	}
	body := s[len(open):]
	numeral, after := leadingNumeral(body)
	if numeral == "" {
		return "", 0, "", "", false
	}
	kind, value := readNumeral(numeral)
	if kind == 0 || value < 1 || value > maxListNumber {
		return "", 0, "", "", false
	}
	if open != "" {
		// "(1)", "（1）", and their mixed forms "(1）" "（1)".
		switch {
		case strings.HasPrefix(after, ")"):
			after = after[1:]
		case strings.HasPrefix(after, "）"):
			after = after[len("）"):]
		default:
			return "", 0, "", "", false
		}
	} else {
		switch {
		case strings.HasPrefix(after, "."):
			shape, after = shapeDot, after[1:]
		case strings.HasPrefix(after, "．"):
			shape, after = shapeDot, after[len("．"):]
		case strings.HasPrefix(after, ")"):
			shape, after = shapeClose, after[1:]
		case strings.HasPrefix(after, "）"):
			shape, after = shapeClose, after[len("）"):]
		default:
			shape = shapeBare
		}
	}
	if !markerFits(kind, shape, after) {
		return "", 0, "", "", false
	}
	marker = s[:len(s)-len(after)]
	rest = strings.TrimLeft(after, leadingSpace)
	if shape == shapeBare && !isBareHeading(rest) {
		return "", 0, "", "", false
	}
	if shape == shapeDot && (numeral == "V" || numeral == "X") && !isBareHeading(rest) {
		// "V. Putin said ...": an initial, unless a heading follows
		return "", 0, "", "", false
	}
	return marker, value, markerStyle(kind, shape), rest, true
}

// leadingNumeral splits s after a run of ASCII or full-width digits, or of
// ASCII letters (at most four: "viii").
func leadingNumeral(s string) (numeral, after string) {
	i := 0
	digits := false
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９':
			if i > 0 && !digits {
				return "", s
			}
			digits = true
		case (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
			if digits {
				return "", s
			}
		default:
			return s[:i], s[i:]
		}
		i += n
		if !digits && i > 4 {
			return "", s
		}
	}
	return s[:i], s[i:]
}

// readNumeral returns the scheme and value of a numeral: digits, a roman
// numeral of I, V and X, or a single letter.
func readNumeral(s string) (numeralKind, int) {
	r, _ := utf8.DecodeRuneInString(s)
	if (r >= '0' && r <= '9') || (r >= '０' && r <= '９') {
		v := 0
		for _, d := range s {
			if d >= '０' {
				d = d - '０' + '0'
			}
			v = v*10 + int(d-'0')
			if v > 10*maxListNumber {
				return 0, 0
			}
		}
		return numArabic, v
	}
	lower := strings.ToLower(s)
	if v := romanValue(lower); v > 0 && (len(s) > 1 || lower == "i" || s == "V" || s == "X") {
		if s == lower {
			return numRomanLower, v
		}
		if s == strings.ToUpper(s) {
			return numRomanUpper, v
		}
		return 0, 0
	}
	if len(s) == 1 {
		if r >= 'a' {
			return numAlphaLower, int(r-'a') + 1
		}
		return numAlphaUpper, int(r-'A') + 1
	}
	return 0, 0
}

// romanValues are the roman numerals a list may use, I to XXXIX.
var romanValues = func() map[string]int {
	ones := []string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	tens := []string{"", "x", "xx", "xxx"}
	m := make(map[string]int, 40)
	for t, ts := range tens {
		for o, os := range ones {
			if t+o > 0 {
				m[ts+os] = t*10 + o
			}
		}
	}
	return m
}()

// romanValue returns the value of a lower-case roman numeral, or 0.
func romanValue(s string) int { return romanValues[s] }

// markerFits reports whether a numeral of kind in shape, followed by
// after, reads as a list marker: which schemes each shape allows and what
// must follow the marker.
func markerFits(kind numeralKind, shape markerShape, after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	spaced := after == "" || strings.ContainsRune(leadingSpace, next)
	switch shape {
	case shapeParens, shapeFullParen:
		// "(1)The" is a marker too; "(a)" needs no space.
		return true
	case shapeClose:
		return spaced || unicode.IsUpper(next)
	case shapeDot:
		switch kind {
		case numArabic:
			// "1.5" is a decimal; "1.Introduction" is a marker.
			return spaced || unicode.IsUpper(next)
		case numRomanUpper:
			return spaced && after != ""
		}
		return false
	case shapeBare:
		return kind == numArabic && after != "" && (after[0] == ' ' || after[0] == '\t' || strings.HasPrefix(after, "\u3000"))
	}
	return false
}

// isBareHeading reports whether rest, the text after a bare number, is a
// short capitalised heading ("Opening remarks") rather than the rest of a
// sentence ("hour", "% of GDP", "January 2020", ":00").
func isBareHeading(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > maxBareHeadingWords {
		return false
	}
	// "1 July" is a date, not item 1
	if _, month := extract.MonthOf(strings.TrimRight(words[0], ".,")); month {
		return false
	}
	return !endsSentence(rest)
}

// wordSet builds a set from a word list.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// endsSentence reports whether s ends like a sentence: a full stop,
// question or exclamation mark, possibly inside closing quotes or
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, leadingSpace+"\"'”’)]）")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '。'
}

// reinterpretMarker re-reads an ambiguous lone-letter marker in the light
// of the list it follows: "(v)" after "(iv)" is roman 5, "(i)" after "(h)"
// is the letter 9. prevStyle and prevNumber describe the last item of the
// list the marker would continue. It returns the number and style to use.
func reinterpretMarker(marker string, number int, style string, prevStyle string, prevNumber int) (int, string) {
	numeral := strings.Trim(marker, "()（）.)．")
	if len(numeral) != 1 {
		return number, style
	}
	lower := strings.ToLower(numeral)
	asRoman, asLetter := romanValue(lower), int(lower[0]-'a')+1
	swap := func(from, to string) string { return strings.Replace(style, from, to, 1) }
	switch {
	case asRoman > 0 && strings.ContainsAny(style, "aA") && romanStyleOf(style) == prevStyle && prevNumber == asRoman-1:
		return asRoman, romanStyleOf(style)
	case strings.ContainsAny(style, "iI") && swap("i", "a") == prevStyle && prevNumber == asLetter-1:
		return asLetter, prevStyle
	case strings.ContainsAny(style, "iI") && swap("I", "A") == prevStyle && prevNumber == asLetter-1:
		return asLetter, prevStyle
	}
	return number, style
}

// romanStyleOf returns the roman style key matching a letter style key.
func romanStyleOf(style string) string {
	return strings.NewReplacer("a", "i", "A", "I").Replace(style)
}

// bullets are the characters that start an unnumbered list line. The ASCII
// ones count only before a space, so "-ends-" and "**bold**" are not
// bullets; en and em dashes are not bullets (a wrapped line may start with
// a parenthetical dash).
var (
	spacedBullets = []string{"-", "*", "+"}
	bareBullets   = []string{"•", "·", "°", "・", "▪", "■", "●", "○", "◦", "‣", "⁃", "►", "▶", "➢", "◆", "◇", "□", "※"}
)

// parseBullet reads a bullet at the start of line and returns it and the
// rest of the line. A bullet is not numbering: "• (1) text" is bullet "•"
// with rest "(1) text", which parseMarker then reads.
func parseBullet(line string) (bullet, rest string, ok bool) {
	s := strings.TrimLeft(line, leadingSpace)
	for _, b := range bareBullets {
		if strings.HasPrefix(s, b) {
			return b, strings.TrimLeft(s[len(b):], leadingSpace), true
		}
	}
	for _, b := range spacedBullets {
		if strings.HasPrefix(s, b+" ") || strings.HasPrefix(s, b+"\t") || strings.HasPrefix(s, b+"\u00a0") {
			return b, strings.TrimLeft(s[len(b):], leadingSpace), true
		}
	}
	return "", s, false
}

// inlineTag matches an inline HTML tag left in a line of text: written by
// a Markdown converter ("<u>Participants</u>", "150<sup>th</sup>") or
// escaped on a page ("12&lt;sup&gt;th&lt;/sup&gt;" reads "12<sup>th</sup>").
var inlineTag = fastre.MustCompile(`(?i)</?(?:u|b|i|em|strong|sup|sub|span|small|mark|a|abbr|cite|s|del|ins|font|br|p)(?:\s[^<>]{0,200})?/?>`)

// stripInlineTags removes inline HTML tags from a line; a line or
// paragraph break (<br>, <p>) becomes a space.
func stripInlineTags(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	return inlineTag.ReplaceAllStringFunc(s, func(tag string) string {
		l := strings.ToLower(tag)
		if strings.HasPrefix(l, "<br") || strings.HasPrefix(l, "<p") || strings.HasPrefix(l, "</p") {
			return " "
		}
		return ""
	})
}
