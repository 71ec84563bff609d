package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads single cleaned lines: list markers, bullets, boilerplate
// and photo captions. Text ingest and HTML ingest both use it, so a rule
// about what a line is lives here once.

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
	first := strings.ToLower(strings.TrimRight(words[0], ".,"))
	if monthWords[first] {
		return false
	}
	return !endsSentence(rest)
}

// monthWords are month names and their abbreviations: "1 July" is a date.
var monthWords = wordSet(
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

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

// lineRule is a named test of a whole cleaned line.
type lineRule struct {
	name  string
	match func(line string) bool
	// long says the rule may match a line longer than maxFurnitureLine (a
	// syndication footer); other rules only test short lines.
	long bool
	// firsts, when set, are the words a matching line starts with (after
	// leading punctuation): a line starting with another word cannot
	// match, and is spared the rule's regexp.
	firsts map[string]bool
}

// maxFurnitureLine is the longest line, in bytes, that can be page furniture
// or a caption; longer lines are text (syndication footers aside).
const maxFurnitureLine = 320

// reRule is a lineRule that matches a regular expression.
func reRule(name, pattern string) lineRule {
	re := regexp.MustCompile(pattern)
	return lineRule{name: name, match: re.MatchString}
}

// longRule marks r as one that may match long lines.
func longRule(r lineRule) lineRule {
	r.long = true
	return r
}

// alternation joins words into a regexp alternation, quoting each one and
// letting any run of spaces in it match any white space.
func alternation(words ...string) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

// Word lists the boilerplate rules are built from.
var (
	backWords        = []string{"back to", "return to", "go back to", "jump to", "skip to"}
	pageTopWords     = []string{"top of page", "top of the page", "page top", "back to top", "to top", "top", "return to top"}
	translationWords = []string{"provisional", "unofficial", "tentative", "informal", "courtesy", "unofficial english", "provisional english"}
	photoWords       = []string{"photo", "photos", "photograph", "photographs", "photo credit", "photo credits", "photo by", "image", "image credit", "picture", "pictures", "source of photo"}
	endWords         = []string{"end", "ends", "end of text", "end of release", "end of statement", "end of document", "30"}
	shareWords       = wordSet("share", "print", "tweet", "email", "e-mail", "mail", "facebook", "twitter", "x", "linkedin", "whatsapp", "line", "reddit", "this", "page", "article", "story", "post", "on", "via", "to", "copy", "link", "save", "pdf", "download", "friend", "send", "|", "/")
	shareVerbs       = wordSet("share", "print", "tweet", "email", "e-mail")
	syndicationWords = []string{"/public release.", "public release.", "distributed by public on", "distributed by public,", "this material from the originating organization", "source:", "source :", "view in full here"}
	updatedWords     = []string{"last updated", "page last updated", "last modified", "last reviewed", "updated", "modified", "date modified", "page updated"}
	windowWords      = []string{"open a new window", "opens in a new window", "opens a new window", "open in a new window", "link is external", "external link", "opens in new window"}
	relatedWords     = []string{"related links", "related link", "related information", "related articles", "related content", "related pages", "related news", "see also", "related", "links", "more", "read more", "print this page", "share this page"}
	fieldLabels      = []string{"from", "published", "published on", "first published", "updated", "last updated", "posted", "posted on", "date", "release date", "issued", "issued on", "tags", "topics", "categories", "category", "part of", "type", "content type", "document type"}
	attributionWords = []string{"the below is attributable to", "the following is attributable to", "the following is attributable to", "below is attributable to", "the following statement is attributable to", "the following readout is attributable to"}
)

// boilerplateRules are the named tests isBoilerplate applies, in order.
var boilerplateRules = []lineRule{
	reRule("page-top", `(?i)^\W{0,3}`+alternation(pageTopWords...)+`\W{0,3}$`),
	reRule("back-link", `(?i)^\W{0,3}`+alternation(backWords...)+`\b.{0,160}$`),
	reRule("translation-note", `(?i)^[\s\[(（*※]*(?:this is an?\s+)?`+alternation(translationWords...)+`\s+translation[\s\])）.:]*$`),
	reRule("photo-credit", `(?i)^[\s(（\[]*`+alternation(photoWords...)+`\s*[:：].{0,160}$`),
	{name: "separator", match: isSeparator},
	reRule("end-mark", `(?i)^\s*[\-–—(#]+\s*`+alternation(endWords...)+`\s*[\-–—)#]+\s*$|^\s*(?:END|ENDS|End|Ends)\s*$`),
	{name: "share-bar", match: isShareBar},
	longRule(reRule("syndication", `(?i)^\s*`+alternation(syndicationWords...))),
	reRule("last-updated", `(?i)^\W{0,3}`+alternation(updatedWords...)+`\s*(?:on\s*)?[:：]?\s*\d.{0,60}$|^\W{0,3}`+alternation(updatedWords...)+`\s*[:：]`),
	reRule("new-window", `(?i)^[\s(\[]*`+alternation(windowWords...)+`[\s)\].]*$`),
	reRule("related-links", `(?i)^\s*`+alternation(relatedWords...)+`\s*[:：]?\s*$`),
	{name: "language-switch", match: isLanguageSwitch},
	reRule("field-label", `(?i)^\s*`+alternation(fieldLabels...)+`\s*[:：]?\s*$`),
	reRule("spokesperson-attribution", `(?i)^\s*`+alternation(attributionWords...)+`\b.{0,120}$`),
}

// boilerplateRule returns the name of the first boilerplate rule line
// matches, or "".
func boilerplateRule(line string) string {
	line = strings.TrimSpace(line)
	if line == "" {
		return ""
	}
	long := len(line) > maxFurnitureLine
	first := firstWord(line)
	for _, r := range boilerplateRules {
		if (long && !r.long) || (r.firsts != nil && !r.firsts[first]) {
			continue
		}
		if r.match(line) {
			return r.name
		}
	}
	return ""
}

// ruleFirstWords names, for each boilerplate rule built from a word list,
// the lists whose words begin the lines it matches.
var ruleFirstWords = map[string][][]string{
	"page-top":                 {pageTopWords},
	"back-link":                {backWords},
	"translation-note":         {translationWords, {"this"}},
	"photo-credit":             {photoWords},
	"end-mark":                 {endWords},
	"syndication":              {syndicationWords},
	"last-updated":             {updatedWords},
	"new-window":               {windowWords},
	"related-links":            {relatedWords},
	"field-label":              {fieldLabels},
	"spokesperson-attribution": {attributionWords},
}

func init() {
	for i, r := range boilerplateRules {
		lists, ok := ruleFirstWords[r.name]
		if !ok {
			continue
		}
		set := map[string]bool{}
		for _, l := range lists {
			for _, w := range l {
				set[firstWord(w)] = true
			}
		}
		boilerplateRules[i].firsts = set
	}
}

// firstWord returns the first run of letters and digits of s, lower-cased,
// after any leading punctuation and space: "(Photo: X)" -> "photo".
func firstWord(s string) string {
	start := -1
	for i, r := range s {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case start < 0 && isWord:
			start = i
		case start >= 0 && !isWord:
			return strings.ToLower(s[start:i])
		}
	}
	if start < 0 {
		return ""
	}
	return strings.ToLower(s[start:])
}

// isBoilerplate reports whether a cleaned line is page furniture rather
// than readout text ("Back to ...", "[Provisional translation]", "top of
// page", "###", "(Photo: ...)", share/print lines, syndication footers).
func isBoilerplate(line string) bool { return boilerplateRule(line) != "" }

// languageNames are the names a page's language switcher shows, in
// English and in themselves.
var languageNames = wordSet("english", "japanese", "日本語", "français", "french", "español", "spanish", "deutsch",
	"german", "中文", "chinese", "简体中文", "繁體中文", "한국어", "korean", "русский", "russian", "العربية", "arabic",
	"português", "portuguese", "italiano", "italian", "bahasa indonesia", "tiếng việt", "ไทย", "हिन्दी", "hindi",
	"languages", "language", "other languages", "en", "fr", "es", "de", "ja", "zh", "ko", "ru", "ar",
	"cymraeg", "welsh", "gaeilge", "nederlands", "polski", "türkçe", "українська")

// isLanguageSwitch reports whether line is only language names: a page's
// switcher to its other languages ("Japanese", "English | Français").
func isLanguageSwitch(line string) bool {
	if len(line) > 80 {
		return false
	}
	if languageNames[foldLabel(line)] {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•' || r == ',' || r == ':'
	})
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		if !languageNames[w] {
			return false
		}
	}
	return true
}

// isFieldLabel reports whether line is only the label of a page field
// ("From:", "Published", "Tags:") whose value is on the next line.
func isFieldLabel(line string) bool { return boilerplateRule(line) == "field-label" }

// Word lists of page sections.
var (
	// sectionLabels are the names of the site sections a release is filed
	// under: shown above its title, never the title itself.
	sectionLabels = wordSet("press release", "press releases", "news release", "news releases", "media release",
		"media releases", "readout", "readouts", "statement", "statements", "press statement", "press statements",
		"news", "latest news", "news and events", "speech", "speeches", "announcement", "announcements",
		"briefing room", "statements and releases", "statements & releases", "press briefings", "joint statement",
		"news and press releases", "news & press releases", "media centre", "media center", "press room", "newsroom")
	// footerHeadings open the page footer after the release: contacts and
	// follow-up links.
	footerHeadings = wordSet("contacts", "contact", "media contacts", "media contact", "media enquiries", "media inquiries",
		"press contacts", "press contact", "for more information", "for further information", "follow us",
		"stay connected", "related products", "related documents", "associated links", "explore the topic",
		"document information", "search for related information by keyword", "more information", "media queries")
)

// foldLabel returns line lower-cased, without a trailing colon and with
// single spaces, for lookup in a label set.
func foldLabel(line string) string { return fold(strings.TrimRight(line, " :：")) }

// isSectionLabel reports whether line is a site section's name ("Press
// releases", "Readout").
func isSectionLabel(line string) bool { return sectionLabels[foldLabel(line)] }

// isFooterHeading reports whether line opens a page footer ("Contacts",
// "Media enquiries").
func isFooterHeading(line string) bool { return footerHeadings[foldLabel(line)] }

// isSeparator reports whether line holds no letter or digit at all: "###",
// "* * *", ".  .  .", "---", a stray bullet.
func isSeparator(line string) bool {
	for _, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isShareBar reports whether line is made only of share-bar words ("Share",
// "Print this page", "Tweet | Email") with at least one sharing verb.
func isShareBar(line string) bool {
	if len(line) > 80 {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•'
	})
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	verb := false
	for _, w := range words {
		w = strings.Trim(w, ".:")
		if !shareWords[w] {
			return false
		}
		verb = verb || shareVerbs[w]
	}
	return verb
}

// inlineNoise matches link furniture inside a line: "(link is external)",
// "(opens in a new window)".
var inlineNoise = regexp.MustCompile(`(?i)\s*[(\[]\s*` + alternation(windowWords...) + `\s*[)\]]`)

// stripInlineNoise removes link furniture from inside a line.
func stripInlineNoise(line string) string {
	if !strings.ContainsAny(line, "([") {
		return line
	}
	return inlineNoise.ReplaceAllString(line, "")
}

// Word lists the caption rules are built from.
var (
	captionPrefixes = []string{"photograph of", "photo of", "photos of", "picture of", "image of", "photo:", "photo :", "group photo", "family photo", "commemorative photo", "photo session"}
	// ingNouns end in -ing but are not participles: "Summit meeting".
	ingNouns = wordSet("meeting", "meetings", "briefing", "briefings", "building", "buildings", "morning", "evening",
		"during", "thing", "things", "nothing", "something", "anything", "everything", "spring", "string", "king",
		"ring", "wedding", "hearing", "hearings", "funding", "beijing", "nanjing", "chongqing", "kunming", "bring",
		"sing", "sibling", "ceiling", "offering", "understanding", "gathering", "signing", "opening", "closing",
		"setting", "training", "dialogue", "pudding", "proceeding", "proceedings", "ruling", "swearing", "landing",
		"wellbeing", "being", "following", "including", "regarding", "concerning", "according", "notwithstanding")
	// captionFunctionWords are the lower-case words a caption made of names
	// and titles may hold ("X and Y of the Z").
	captionFunctionWords = wordSet("and", "of", "the", "for", "with", "at", "in", "on", "to", "de", "del", "la", "le", "van", "von", "bin", "al", "el", "&")
)

// captionPrefix matches a line that says it is a photo.
var captionPrefix = regexp.MustCompile(`(?i)^[\s(（\[]*` + alternation(captionPrefixes...))

// captionRules are the named tests isCaptionLine applies, in order.
var captionRules = []lineRule{
	{name: "photo-prefix", match: captionPrefix.MatchString},
	{name: "participle-scene", match: isParticipleScene},
	{name: "name-list", match: isNameList},
}

// maxCaptionWords is the most words a caption line may have.
const maxCaptionWords = 30

// isCaptionLine reports whether a cleaned line reads as a photo caption:
// it says it is a photo ("Photograph of ..."), it describes a scene with a
// participle and no finite verb ("Foreign Minister Iwaya shaking hands
// with ..."), or it is only names and titles closed by a full stop ("NATO
// Secretary General X and Prime Minister of Y, Z."). It is conservative:
// a line that could be a sentence or a heading is not a caption.
func isCaptionLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxFurnitureLine || len(strings.Fields(line)) > maxCaptionWords {
		return false
	}
	for _, r := range captionRules {
		if r.match(line) {
			return true
		}
	}
	return false
}

// isParticipleScene reports whether line, not ending as a sentence, has a
// capitalised word directly followed by a lower-case -ing participle
// ("Iwaya shaking hands", "Rutte holding a meeting").
func isParticipleScene(line string) bool {
	if endsSentence(line) || strings.HasSuffix(line, ":") {
		return false
	}
	words := strings.Fields(line)
	for i := 1; i < len(words); i++ {
		w := strings.TrimRight(words[i], ",;")
		if len(w) < 5 || !strings.HasSuffix(w, "ing") || ingNouns[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[i-1]); unicode.IsUpper(r) && !strings.HasSuffix(words[i-1], ",") {
			return true
		}
	}
	return false
}

// isNameList reports whether line is a list of names and titles ending in
// a full stop: every lower-case word is a function word, and it joins at
// least two parts ("X and Y", "X, Y").
func isNameList(line string) bool {
	if !strings.HasSuffix(line, ".") || strings.HasSuffix(line, "..") {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(line, "."))
	if len(words) < 5 {
		return false
	}
	joined := false
	for _, w := range words {
		w = strings.Trim(w, ",;:()“”\"'’")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			if !captionFunctionWords[w] {
				return false
			}
			joined = joined || w == "and"
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && w != "&" {
			return false
		}
	}
	return joined || strings.Contains(line, ", ")
}
