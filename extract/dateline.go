package extract

import (
	"strings"
	"time"

	"github.com/readout/readout/internal/fastre"
)

// This file reads a release's dateline: the line (or the opening of the
// lead paragraph) that says where and when the release was issued, in the
// forms governments and wire services write it:
//
//	June 24, 2025                          Bern, 28.11.2018 -
//	Press release 17 July 2022             DUSHANBE, 06.05.2020. (NIAT Khovar) -
//	12.8.2020 16:23:29 EEST | Press release Fri, 09/24/2021 - 13:21
//	Wed. 26 of July of 2023, 10:11h         StatementDecember 20, 2022
//	Date : 2020-09-22 13:26:07              Addis Ababa February 15/2023 /ENA/
//	RSS (KATHMANDU, 29 March 2022) –       By Humas  Date 23 Oktober 2014
//
// A clock time beside a dateline is when the page was posted, never the
// meeting's time: the dateline's text is not read for the meeting's time.

// foreignMonthWords are the month names of the languages whose
// governments publish English releases under a date line in their own
// language ("Date 23 Oktober 2014", "26 de julio de 2023"): Indonesian and
// Malay, German, Dutch, Spanish, Portuguese, French and Italian. They are
// read only in a dateline, and only with a year.
var foreignMonthWords = map[string]time.Month{
	"januari": time.January, "januar": time.January, "jänner": time.January, "enero": time.January,
	"janeiro": time.January, "janvier": time.January, "gennaio": time.January,
	"februari": time.February, "februar": time.February, "febrero": time.February,
	"fevereiro": time.February, "février": time.February, "fevrier": time.February, "febbraio": time.February,
	"maret": time.March, "mac": time.March, "märz": time.March, "maart": time.March, "marzo": time.March,
	"março": time.March, "mars": time.March,
	"abril": time.April, "avril": time.April, "aprile": time.April,
	"mei": time.May, "mai": time.May, "mayo": time.May, "maio": time.May, "maggio": time.May,
	"juni": time.June, "junio": time.June, "junho": time.June, "juin": time.June, "giugno": time.June,
	"juli": time.July, "julai": time.July, "julio": time.July, "julho": time.July, "juillet": time.July,
	"luglio":  time.July,
	"agustus": time.August, "ogos": time.August, "augustus": time.August, "agosto": time.August,
	"août": time.August, "aout": time.August,
	"septiembre": time.September, "setiembre": time.September, "setembro": time.September,
	"septembre": time.September, "settembre": time.September,
	"oktober": time.October, "octubre": time.October, "outubro": time.October, "octobre": time.October,
	"ottobre":   time.October,
	"noviembre": time.November, "novembro": time.November, "novembre": time.November,
	"desember": time.December, "disember": time.December, "dezember": time.December,
	"diciembre": time.December, "dezembro": time.December, "décembre": time.December,
	"decembre": time.December, "dicembre": time.December,
}

var reForeignMonth = `(` + alternation(foreignMonthWords) + `)\.?`

// foreignRules read a dateline written with a foreign month name, year
// required: "23 Oktober 2014", "26 de julio de 2023", "Juli 5, 2021".
var foreignRules = []dateRule{
	{
		name:  "dateline-day-month-foreign",
		needs: traitDigit | traitForeignMonth,
		re: fastre.MustCompile(`(?i)\b` + reDay + `(?:\s+(?:of|de))?\s+` + reForeignMonth +
			`(?:,?\s+(?:of\s+|de\s+)?|\s*/\s*)` + reYear + `\b`),
		read: func(sm []string) (dateValue, bool) {
			return dateValue{Day: atoi(sm[1]), Month: foreignMonthWords[strings.ToLower(sm[2])], Year: atoi(sm[3])}, true
		},
	},
	{
		name:  "dateline-month-day-foreign",
		needs: traitDigit | traitForeignMonth,
		re:    fastre.MustCompile(`(?i)\b` + reForeignMonth + `\s+` + reDay + `,?\s+` + reYear + `\b`),
		read: func(sm []string) (dateValue, bool) {
			return dateValue{Month: foreignMonthWords[strings.ToLower(sm[1])], Day: atoi(sm[2]), Year: atoi(sm[3])}, true
		},
	},
}

// Dateline labels that say a date is not the release's own date.
var reNotDateline = fastre.MustCompile(`(?i)\b(?:last\s+)?(?:updated|modified|revised|reviewed|printed|accessed|retrieved|expires?|valid\s+until|deadline|today\s+is|current\s+date)\b`)

// Syndication footers whose numeric dates are month-first (the aggregator
// writes US-style dates whatever the source).
var reMonthFirstSource = fastre.MustCompile(`(?i)\|\s*distributed\s+by\s+public\b`)

// datelineLabels are the labels a release date may follow: "Date:",
// "Published on", "Press release 17 July 2022", "Statement".
var datelineLabels = []string{
	"date", "dated", "published", "published on", "posted", "posted on", "released", "released on",
	"issued", "issued on", "press release", "news release", "media release", "statement", "communique",
	"communiqué", "readout", "news", "announcement",
}

// reDatelinePrefix is what may stand before a dateline's date: nothing,
// bullets and labels ("Date:", "By Humas Date", "Press release"), a place
// ("Brussels,", "WASHINGTON -", "Addis Ababa", a wire and its place "RSS
// (KATHMANDU,"), or a title or section that ends in a separator ("PM
// meeting with ...: ", "POLITICS | 12:15 / "). placeBare is the place
// without a separator, accepted unless it is a word that opens a sentence.
var (
	reDatelinePrefix = fastre.MustCompile(`(?i)^(?:[\s•·*\-–—|]*|.*\b(?:` + listAlternation(datelineLabels) + `)\s*[:\-–—]?\s*|` +
		`(?:\p{Lu}[\p{L}.&]*\s*\(\s*)?` + rePlaceWords + `(?:,\s*\p{Lu}[\p{L}.'’\-]*){0,2}\s*[,\-–—]\s*|.*[:|–—/]\s*|.*\s-\s*)$`)
	rePlaceBare = fastre.MustCompile(`^(` + rePlaceWords + `)\s+$`)
	// reDatelineSuffix is what may follow it: nothing, a clock time (the
	// posting time: "10:11h", "16:23:29 EEST"), a range's second day, a
	// wire's name, or a separator and more page furniture.
	reDatelineSuffix = fastre.MustCompile(`^[\s.,;]*(?:$|[|/\-–—(\[)]|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?|h)?\b)`)
)

// rePlaceWords is a place as a dateline writes it: up to four capitalised
// words ("Addis Ababa", "KUALA LUMPUR", "Washington, D.C.").
const rePlaceWords = `\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}`

// sentenceOpeners are capitalised words that open a sentence, never a
// dateline's place: "On June 24, 2025 ..." is a sentence.
var sentenceOpeners = setOf([]string{"on", "in", "at", "from", "since", "by", "until", "before", "after",
	"the", "this", "that", "last", "next", "during", "between", "as", "of", "for", "and", "since"})

// datelineOK reports whether prefix and suffix around a date make it a
// dateline's.
func datelineOK(prefix, suffix string) bool {
	if reNotDateline.MatchString(prefix) || !reDatelineSuffix.MatchString(suffix) {
		return false
	}
	if reDatelinePrefix.MatchString(prefix) {
		return true
	}
	m := rePlaceBare.FindStringSubmatch(prefix)
	return m != nil && !sentenceOpeners[strings.ToLower(strings.Fields(m[1])[0])]
}

// datelineRules are the rules a dateline is read with.
var datelineRules = [][]dateRule{absoluteRules, foreignRules}

// datelineMax is the longest line read as a dateline (a title that ends in
// its date can be long; a paragraph is longer).
const datelineMax = 240

// reGluedDate finds a date glued to the word before it, as pages that lose
// a line break write it: "StatementDecember 20, 2022", "commitment to
// JamaicaFriday, August 13, 2021".
var reGluedDate = fastre.MustCompile(`\p{Ll}((?:` + titleAlternation(monthWords) + `|` + titleAlternation(fullWeekdays) + `)\b)`)

// ParseDateline finds a release date in a short line such as a page's date
// line ("June 24, 2025", "04 September 2018", "06 Sep. 2018 - 07 Sep.
// 2018" gives its first day, "10/07/2024 | News release") or a title
// ("...: 14 June 2024"). It returns the date and the span of its text in s.
// A line that labels its date as something else ("Last updated: 07 Sep.
// 2018") or a sentence that mentions a date is not a dateline.
func ParseDateline(s string) (d Date, span Span, ok bool) {
	if len(s) > datelineMax || strings.TrimSpace(s) == "" {
		return Date{}, Span{}, false
	}
	if d, sp, ok := parseDateline(s); ok {
		return d, sp, true
	}
	if loc := reGluedDate.FindStringSubmatchIndex(s); loc != nil && !reNotDateline.MatchString(s[:loc[2]]) {
		g := loc[2]
		if d, sp, ok := parseDateline(s[g:]); ok && sp.Start < 12 {
			return d, sp.Shift(g), true
		}
	}
	return Date{}, Span{}, false
}

func parseDateline(s string) (Date, Span, bool) {
	for _, m := range findDates(s, datelineRules...) {
		if m.Value.Year == 0 {
			continue
		}
		if !datelineOK(s[:m.Span.Start], s[m.Span.End:]) {
			return Date{}, Span{}, false
		}
		v := m.Value
		if m.Rule == "numeric" && reMonthFirstSource.MatchString(s) {
			sm := numericRule.re.FindStringSubmatch(s[m.Span.Start:m.Span.End])
			var ok bool
			if v, ok = numericDate(atoi(sm[1]), atoi(sm[3]), atoi(sm[5]), true); !ok {
				return Date{}, Span{}, false
			}
		}
		return Date{v.Year, v.Month, v.Day}, datelineSpan(s, m), true
	}
	return Date{}, Span{}, false
}

// datelineSpan is m's span without a leading weekday ("Monday, ") or
// trailing weekday parenthesis: the date text itself.
func datelineSpan(s string, m dateMatch) Span {
	sp := m.Span
	t := s[sp.Start:sp.End]
	if i := strings.IndexByte(t, '('); i > 0 {
		sp.End = sp.Start + len(strings.TrimRight(t[:i], " "))
		t = s[sp.Start:sp.End]
	}
	if loc := reLeadingWeekday.FindStringIndex(t); loc != nil && loc[1] < len(t) {
		sp.Start += loc[1]
	}
	return sp
}

var reLeadingWeekday = fastre.MustCompile(`(?i)^` + reWeekday + `,?\s+`)

// leadDateline is a dateline fused to the opening of the lead paragraph:
// "Brasilia, February 7, 2024 – On an official visit ...", "Addis Ababa
// February 19/2021 (ENA) President ...", "Amman, October 3 (Petra) -
// ..." (no year).
type leadDateline struct {
	// Span is the date's text; End is where the paragraph's own text
	// starts, after the wire's name and the separator.
	Span  Span
	End   int
	Value dateValue
}

// leadDatelineWindow is how far into a paragraph a fused dateline may end.
const leadDatelineWindow = 120

// reLeadDatelineEnd is what closes a dateline fused to a paragraph: a
// closing parenthesis, a wire's name in parentheses or slashes ("(ENA)",
// "/PRNewswire/"), and a dash or colon, after a posting time ("BERN,
// 24.06.2025, 13:21 -").
var reLeadDatelineEnd = fastre.MustCompile(`^[\s.,]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?|h)?\s*(?:\p{Lu}{2,5}\s*)?)?(\)\s*)?((?:\([^()]{1,40}\)|/[^/\s][^/]{0,30}/)\s*)?(--|[\-–—:|])?\s*`)

// findLeadDateline reads a dateline at the opening of paragraph s.
func findLeadDateline(s string) (leadDateline, bool) {
	head := s
	if len(head) > leadDatelineWindow {
		head = head[:leadDatelineWindow]
	}
	ms := findDates(head, datelineRules...)
	if len(ms) == 0 {
		return leadDateline{}, false
	}
	m := ms[0]
	if m.Value.Rel || m.Value.Month == 0 {
		return leadDateline{}, false
	}
	prefix := s[:m.Span.Start]
	if !datelineOK(prefix, s[m.Span.End:]) {
		return leadDateline{}, false
	}
	loc := reLeadDatelineEnd.FindStringSubmatchIndex(s[m.Span.End:])
	if loc == nil || (loc[2] < 0 && loc[4] < 0 && loc[6] < 0) {
		return leadDateline{}, false // a date that runs on into the sentence
	}
	if loc[2] >= 0 && !strings.Contains(prefix, "(") {
		return leadDateline{}, false // a closing parenthesis opened elsewhere
	}
	return leadDateline{Span: datelineSpan(s, m), End: m.Span.End + loc[1], Value: m.Value}, true
}
