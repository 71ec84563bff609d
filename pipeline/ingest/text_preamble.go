package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"

	"github.com/readout/readout/extract"
)

// This file reads the preamble of a plain-text readout: the site name,
// section labels, title, dateline and captions above the body.

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
	siteLine = fastre.MustCompile(`(?i)^` + alternation(siteHeads...) + `(?:\s|$)`)
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
	dateAt := -1 // the index in decided of the dateline
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
			switch {
			case !r.dateline && !seenDate:
				// kept whole: "| Distributed by Public on" tells how the
				// numeric date is ordered
				dateAt = len(decided)
				decided = append(decided, pre{kind: extract.Dateline, text: bulleted, beforeDate: true})
			case dateAt >= 0 && placedDateline(bulleted) && !placedDateline(decided[dateAt].text):
				// "June 7, 2022" (the page's posting stamp) above
				// "Guatemala, April 4, 2022": the release's own dateline,
				// with its place, is the release date
				decided[dateAt].kind = 0
				dateAt = len(decided)
				decided = append(decided, pre{kind: extract.Dateline, text: bulleted, beforeDate: true})
			default:
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

// placedDateline reports whether a date line names the place it was
// issued in before its date ("Guatemala, April 4, 2022", "Bern, 28.11.2018").
func placedDateline(line string) bool {
	_, sp, ok := extract.ParseDateline(line)
	if !ok {
		return false
	}
	_, known := extract.LookupPlace(strings.Trim(line[:sp.Start], " ,-–—"))
	return known
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
