package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"
)

// This file says which cleaned lines are page furniture rather than
// readout text: every rule is a named entry of boilerplateRules, built
// from the word lists below.

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
	re := fastre.MustCompile(pattern)
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

// boilerplateRules are the named tests isBoilerplate applies, in order.
var boilerplateRules = []lineRule{
	reRule("page-top", `(?i)^\W{0,3}`+alternation(pageTopWords...)+`\W{0,3}$`),
	reRule("back-link", `(?i)^\W{0,3}`+alternation(backWords...)+`\b.{0,160}$`),
	reRule("translation-note", `(?i)^[\s\[(（*※]*(?:this is an?\s+)?`+alternation(translationWords...)+`\s+translation[\s\])）.:]*$`),
	reRule("photo-credit", `(?i)^[\s(（\[]*`+alternation(photoWords...)+`\s*[:：].{0,160}$`),
	{name: "separator", match: isSeparator},
	reRule("end-mark", `(?i)^\s*[\-–—(#]+\s*`+alternation(endWords...)+`\s*[\-–—)#]+\s*$|^\s*(?:END|ENDS|End|Ends)\s*$`),
	{name: "share-bar", match: isShareBar},
	{name: "breadcrumb", match: isBreadcrumb},
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
	// cheap tests first, on the first word alone: a line that is one
	// language name starts with a name's first word, and a list of names
	// with a name
	first := strings.ToLower(firstToken(line, isSwitchSep))
	if !languageNames[first] && !languageFirstWords[strings.ToLower(firstToken(strings.TrimRight(line, " :："), unicode.IsSpace))] {
		return false
	}
	if languageNames[foldLabel(line)] {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(line), isSwitchSep)
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

// isSwitchSep and isShareSep separate the words of a language switcher
// and of a share bar.
func isSwitchSep(r rune) bool {
	return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•' || r == ',' || r == ':'
}

func isShareSep(r rune) bool {
	return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•'
}

// languageFirstWords are the first words of languageNames.
var languageFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for n := range languageNames {
		m[strings.Fields(n)[0]] = true
	}
	return m
}()

// firstToken returns the first run of s between separators, as
// strings.FieldsFunc(s, sep)[0] would, without splitting the rest.
func firstToken(s string, sep func(rune) bool) string {
	start := -1
	for i, r := range s {
		switch {
		case start < 0 && !sep(r):
			start = i
		case start >= 0 && sep(r):
			return s[start:i]
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// isFieldLabel reports whether line is only the label of a page field
// ("From:", "Published", "Tags:") whose value is on the next line.
func isFieldLabel(line string) bool { return boilerplateRule(line) == "field-label" }

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
	if !shareWords[strings.Trim(strings.ToLower(firstToken(line, isShareSep)), ".:")] {
		return false // cheap: the first word is no share-bar word
	}
	words := strings.FieldsFunc(strings.ToLower(line), isShareSep)
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

// breadcrumbSep matches the separator of a breadcrumb trail, spaced before
// it: "Home > China News", "Main Page >", "News » Statements".
var breadcrumbSep = fastre.MustCompile(`\s[>»›](?:\s|$)`)

// isBreadcrumb reports whether line is a page's breadcrumb trail: short
// section names, each capitalised, joined by ">", "»" or "›" ("Home >
// China News", "• Main Page  >"). A sentence is never one.
func isBreadcrumb(line string) bool {
	if len(line) > 160 || !strings.ContainsAny(line, ">»›") || strings.ContainsAny(line, "<«") {
		return false
	}
	parts := breadcrumbSep.Split(" "+line+" ", -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.Trim(p, " \t•·*|")
		if p == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p)
		if len(strings.Fields(p)) > 6 || endsSentence(p) || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// inlineNoise matches link furniture inside a line: "(link is external)",
// "(opens in a new window)".
var inlineNoise = fastre.MustCompile(`(?i)\s*[(\[]\s*` + alternation(windowWords...) + `\s*[)\]]`)

// gluedURL matches an address a scraper glued to the text before it, with
// no space between ("...held via videoconference.https://icons.example/x"):
// the address of an image or link the page showed, never readout text.
var gluedURL = fastre.MustCompile(`([^\s(<\[])https?://[^\s<>"]+`)

// imageFileName matches the file name of an image a scraper left in the
// text: "photo_2023.jpg", or a social network's numbered upload name
// ("362918768_124392777383726_8114471416707850662_n").
var imageFileName = fastre.MustCompile(`(?i)\b[\w-]+\.(?:jpe?g|png|gif|webp|tiff?)\b|\d{5,}(?:_\d{5,}){2,}_[a-z]\b`)

// stripInlineNoise removes link furniture from inside a line: "(opens in
// a new window)", addresses glued to the text, image file names.
func stripInlineNoise(line string) string {
	if strings.ContainsAny(line, "([") {
		line = inlineNoise.ReplaceAllString(line, "")
	}
	if strings.Contains(line, "://") {
		line = gluedURL.ReplaceAllString(line, "$1")
	}
	if imageHint(line) {
		line = imageFileName.ReplaceAllString(line, "")
	}
	return line
}

// imageHint reports, cheaply, whether line may hold an image file name: an
// image extension after a dot, or an upload name's "_n".
func imageHint(line string) bool {
	if strings.Contains(line, "_n") {
		return true
	}
	for i := strings.IndexByte(line, '.'); i >= 0 && i+4 <= len(line); {
		for _, ext := range imageExts {
			if i+1+len(ext) <= len(line) && strings.EqualFold(line[i+1:i+1+len(ext)], ext) {
				return true
			}
		}
		j := strings.IndexByte(line[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// imageExts are the image file extensions imageFileName knows.
var imageExts = []string{"jpg", "jpeg", "png", "gif", "webp", "tif"}

// backLink matches a link or line back to the section a page is filed
// under ("Back to Press Releases") and captures the section's name; text
// and HTML ingest both read it, to know that name is no title.
var backLink = fastre.MustCompile(`(?i)^\W{0,3}(?:back|return|go back)\s+to\s+(\S.*?)\s*$`)

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
