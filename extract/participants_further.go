package extract

import (
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// Further encounters: the meetings a readout reports after its lead
// statement, whose people took part in what the readout reports.

// furtherCues are the words with which a readout reports a further
// encounter of the same visit or day after its lead ("Premier Mikati later
// received ...", "Also on Sunday, Prince Faisal received ...", "The
// Minister also met with ...").
var furtherCues = []string{"also ", "later ", "subsequently ", "separately ", "afterwards ", "then "}

// furtherCueSet is furtherCues as a set.
var furtherCueSet = fastre.NewSet(furtherCues)

// dayOpenerRe matches the opening of a sentence that moves on to another
// day of the same visit, a cue like furtherCues' ("The following day,
// they ... met the Minister of Foreign Affairs", PAHO; "On the same day,
// the President of Russia met with ...", Kremlin). Only at the opening:
// "and the next day, after I spoke to Mr Logunov" in a speech is none.
var dayOpenerRe = fastre.MustCompile(`^(?:on\s+)?(?:the|that)\s+(?:following|next|same)\s+day\b`)

// furtherEncounters returns the sentences, outside the statement, of the
// lead paragraph and the paragraphs after it that report a further
// encounter of what the readout reports (not an announcement or
// background), whose people took part in it. A sentence qualifies in one
// of three ways (see furtherWays): a further-encounter cue ("Premier
// Mikati later received ..."), a subject who is already a participant
// ("Demeke exchanged views with ...", "The Foreign Minister of Armenia
// discussed the developments with ..."), or an opening frame of a meeting
// with someone ("In a separate meeting with the Minister of the Interior
// David Barrientos, Ms. Guilarte ...").
func (x *reader) furtherEncounters(stmt Span, known []mention) []further {
	if x.lead < 0 {
		return nil
	}
	var out []further
	kw := knownWords(known)
	for _, b := range x.leadOnward() {
		low := b.Body.In(x.lower)
		if !furtherKeys.In(low) {
			continue
		}
		for _, s := range x.sentences(x.window(b.Body)) {
			if s.Start < stmt.End && stmt.Start < s.End {
				continue
			}
			if way := x.furtherWay(s, known, kw); way != "" {
				out = append(out, further{s, way})
			}
		}
	}
	return out
}

// leadOnward returns the lead paragraph and the paragraphs after it, at
// most leadScanLimit: where further encounters and speaking officials are
// read.
func (x *reader) leadOnward() []Block {
	if x.lead < 0 {
		return nil
	}
	var out []Block
	for i := x.lead; i < len(x.doc.Blocks) && len(out) < leadScanLimit; i++ {
		if b := x.doc.Blocks[i]; b.Kind == Paragraph || i == x.lead {
			out = append(out, b)
		}
	}
	return out
}

// further is a sentence reporting a further encounter, and the way it
// qualified (see furtherWay).
type further struct {
	span Span
	way  string
}

// furtherKeys are words one of which a paragraph must hold to be read for
// further encounters: the cues, and the verbs and nouns of the encounter
// table's reports (see furtherWay).
var furtherKeys = fastre.NewSet(append(append([]string{}, furtherCues...), " met ", " with ", "receiv", "held ", "hosted", "called", "welcom",
	" discussed ", " talked ", " exchanged "))

// furtherWay says how the sentence s reports a further encounter: "cue",
// "subject", "frame", or "" when it reports none.
func (x *reader) furtherWay(s Span, known []mention, kw []string) string {
	low := s.In(x.lower)
	reports := func() bool {
		if _, ok := x.findVerbKind(s); ok {
			return true
		}
		_, ok := x.findKind(kindVerbOnly, s)
		return ok
	}
	if furtherCueSet.In(low) || dayOpenerRe.MatchString(low) {
		if reports() {
			return "cue"
		}
		return ""
	}
	// cheap tests first: a frame opens with its preposition, a known
	// subject's name or post stands in the sentence's opening words
	first, _, _ := strings.Cut(low, " ")
	frame := frameOpeners[first]
	if !frame && !containsAny(low[:min(len(low), 120)], kw) {
		return ""
	}
	if hasAnnounceMark(low) {
		// "During the talks with X, further steps are expected to be
		// discussed", "In meetings with X, the Prime Minister will discuss"
		return ""
	}
	ws := x.words(s)
	if len(ws) < 4 || backgroundOpening(ws) || ws[0].text == "“" || ws[0].text == "\"" {
		return ""
	}
	if encounterFrameAt(ws) {
		return "frame"
	}
	if len(known) > 0 && subjectKnown(ws, known) && (reports() || discussedWithSomeone.MatchString(s.In(x.text)) || jointDiscussion(ws)) {
		return "subject"
	}
	if len(known) > 0 && togetherWithKnown(ws, known) {
		return "together"
	}
	return ""
}

// togetherWithKnown reports whether the subject of the sentence ws names
// participants already known and is joined by ", together with" to
// others, who share what it did: "The PAHO and WHO directors, together
// with the PAHO/WHO Representative in Brazil, Socorro Gross, discussed
// ..." (PAHO), "the President, together with Prime Minister Dmitry
// Medvedev, visited the party headquarters" (Kremlin). The subject runs
// from the sentence's opening or the comma before it ("In the run-up to
// the primaries, the President, together with ...").
func togetherWithKnown(ws []word, known []mention) bool {
	from := 0
	for t := 1; t+1 < len(ws) && t <= 16; t++ {
		if ws[t].text == "," && !(t+2 < len(ws) && ws[t+1].is("together") && ws[t+2].is("with")) {
			from = t + 1
			continue
		}
		if !ws[t].is("together") || !ws[t+1].is("with") || ws[t-1].text != "," {
			continue
		}
		subj := ws[from : t-1]
		if len(subj) == 0 {
			return false
		}
		for _, w := range subj {
			if !w.cap && !w.is("the", "and", "of", "for", "two", "both") && !isPluralHead(w.norm) {
				return false // a clause, not a subject: "we are waiting, together with"
			}
		}
		return namesKnown(subj, known) || pluralOfKnown(subj, known)
	}
	return false
}

// pluralOfKnown reports whether the subject ws names known participants
// by the plural of their post: "The PAHO and WHO directors", "the two
// ministers".
func pluralOfKnown(ws []word, known []mention) bool {
	for _, w := range ws {
		if w.cap || !isPluralHead(w.norm) {
			continue
		}
		for _, k := range known {
			if k.unnamed || k.excluded || k.core == "" {
				continue
			}
			if head := k.core[strings.LastIndexByte(k.core, ' ')+1:]; singularOf(w.norm) == head {
				return true
			}
		}
	}
	return false
}

// knownWords returns the lower-case words by which a sentence's opening
// may name a known participant: the words of their names and the heads
// of their posts.
func knownWords(known []mention) []string {
	var out []string
	for _, k := range known {
		if k.unnamed || k.excluded {
			continue
		}
		for _, n := range k.key {
			if len(n) >= 3 {
				out = append(out, n)
			}
		}
		if k.core != "" {
			out = append(out, k.core)
		}
	}
	return out
}

// discussedWithSomeone matches "discussed the recent developments with
// Sergey Lavrov, ...", "exchanged views with Foreign Affairs Minister
// ...": a participant's discussion with someone named (a
// capital after "with"), which reports a further encounter of a known
// participant; "discussed cooperation with China" names a country, which
// gives no person.
var discussedWithSomeone = fastre.MustCompile(`\b(?:discuss(?:ed|es)\s+(?:[\w’'-]+\s+){0,6}?|exchanged\s+views\s+)with\s+(?:the\s+|his\s+|her\s+)?\p{Lu}`)

// jointVerbs are the verbs with which two people, the subject together,
// report what they discussed: "President Biden and Prime Minister Trudeau
// discussed ...", "The Vice Minister and the Ambassador of Greece, Mr
// Leonidas Rokanas talked about ...".
var jointVerbs = newLexicon(`discussed talked exchanged`)

// jointDiscussion reports whether the sentence ws opens with a subject of
// two sides joined by "and" whose verb is a discussion: they met. (Whether
// the subject names a participant already is subjectKnown's to say.)
func jointDiscussion(ws []word) bool {
	and := false
	for v, w := range ws {
		switch {
		case w.is("and") && !w.cap:
			and = v > 0
		case w.cap || w.punct() || w.is("of", "the", "for"):
		case w.is("also", "then"):
		default:
			return and && jointVerbs[w.norm] && v+1 < len(ws) &&
				(w.norm != "talked" || ws[v+1].is("about")) && (w.norm != "exchanged" || ws[v+1].is("views"))
		}
	}
	return false
}

// backgroundOpeners open a sentence about an earlier time: "In April, the
// Vice President convened ...", "Last year, ...", "In 2019, ...".
var backgroundOpeners = newLexicon(`in last earlier since previously`)

// backgroundOpening reports whether the sentence ws opens with a time
// before the readout's: "In April,", "Last year", "In 2019,", "Earlier
// this year".
func backgroundOpening(ws []word) bool {
	if !backgroundOpeners[ws[0].norm] {
		return false
	}
	if ws[0].is("last", "previously") {
		return true
	}
	k := 1
	if ws[k].is("this", "the") {
		k++
	}
	n := ws[k].norm
	if _, ok := monthWords[n]; ok {
		return true
	}
	return len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) || n == "year" || n == "month" || n == "week"
}

// frameOpeners are the prepositions that open a frame ("In a separate
// meeting with ...", "During her meeting with ...", "At the talks with").
var frameOpeners = newLexicon(`in during at`)

// frameFillers are the words a frame may hold between its opener and its
// noun.
var frameFillers = newLexicon(`a an the his her their its separate bilateral private further subsequent later
another second third first one-on-one courtesy working`)

// encounterFrameAt reports whether ws opens with a frame of a meeting with
// someone: "In a separate meeting with", "During her meeting with", "At
// the meeting with".
func encounterFrameAt(ws []word) bool {
	if len(ws) < 4 || !frameOpeners[ws[0].norm] {
		return false
	}
	for k := 1; k < len(ws)-1 && k <= 4; k++ {
		w := ws[k]
		if meetingNouns[w.norm] && !w.cap {
			return ws[k+1].is("with")
		}
		if !frameFillers[w.norm] {
			return false
		}
	}
	return false
}

// subjectKnown reports whether the subject of the sentence ws, the words
// before its first verb, names a participant already known: by a word of
// the name ("Demeke exchanged views with", "Ms. Guilarte met"), or by the
// title a known person holds ("The Foreign Minister of Armenia discussed
// ...").
func subjectKnown(ws []word, known []mention) bool {
	v := 0
	for v < len(ws) && (ws[v].cap || ws[v].punct() || ws[v].is("of", "the", "and", "for")) {
		if ws[v].text == ":" || ws[v].text == "." || ws[v].is("i", "we") {
			// a transcript's speaker ("Ilham Aliyev: Yes. Yesterday I
			// met ..."): the speaker is not the subject
			return false
		}
		v++
	}
	if v == 0 || v == len(ws) {
		return false
	}
	return namesKnown(ws[:v], known)
}

// namesKnown reports whether the subject words ws name a participant
// already known: by a word of the name, or by the title a known person
// holds.
func namesKnown(ws []word, known []mention) bool {
	for _, w := range ws {
		if !w.cap || len(w.norm) < 3 {
			continue
		}
		// a name's words as its key has them: "B.Battsetseg" is
		// "b" and "battsetseg"
		for _, wk := range nameKey([]word{w}) {
			if len(wk) < 3 {
				continue
			}
			for _, k := range known {
				if k.unnamed || k.excluded {
					continue
				}
				for _, n := range k.key {
					if n == wk {
						return true
					}
				}
			}
		}
	}
	for _, m := range scanMentions(ws, false) {
		if !m.unnamed || m.core == "" {
			continue
		}
		for _, k := range known {
			if !k.unnamed && !k.excluded && k.core == m.core {
				return true
			}
		}
	}
	return false
}
