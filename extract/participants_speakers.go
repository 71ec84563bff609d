package extract

import "strings"

// This file reads the speakers of a transcript. Many offices publish the
// record of a meeting as a short readout followed by (or made of) what was
// said, each turn opened by a label naming the speaker:
//
//	President of Russia Vladimir Putin: Mr President, ...      (en.kremlin.ru)
//	Agriculture Minister Alexander Tkachev: Yes, of course.
//	PRIME MINISTER ABBOTT:                                      (PM Transcripts, Australia)
//	PRESIDENT KIKWETE:
//
// In the record of an encounter the people who speak in it took part in
// it: the host a readout calls only "the President" is named in his
// label. A label must name a person (a title and a name, an honorific and
// a name, or a name alone); a title alone ("PRIME MINISTER:") does not say
// who, and the labels of the press and of the chair of a press event
// ("Question:", "JOURNALIST:", "Moderator:") are never participants.

// formSpeaker is a speaker's label in a transcript of the encounter:
// "President of Russia Vladimir Putin: ...".
const formSpeaker = "speaker"

// speakerLabelWords bounds how many words a label holds before its colon.
const speakerLabelWords = 16

// speakerLabelBytes bounds how far into a block its label's colon may be.
const speakerLabelBytes = 160

// notSpeakers holds the words whose label is not a participant's: the
// press, the chair of a press event, an interpreter, an unnamed voice, and
// the labels of a release's furniture ("Note:", "Contact:").
var notSpeakers = newLexicon(`question questions q answer a reply response remark remarks comment
journalist journalists reporter reporters correspondent correspondents media press moderator moderators
host presenter anchor interviewer interpreter translator translation audience voice voices
unidentified participant participants speaker note notes contact contacts source sources background
embargo photo photos tel email e-mail print share tweet attachment annex appendix
schedule section part table figure item`)

// labelsIn returns the labels in the block body b that open a turn: at its
// start, or, in a transcript whose paragraphs were joined into one (as
// some sites and scrapers give them), after the end of a sentence: "...
// thank you. President of Finland Sauli Niinistö: Mr President, ...".
func (x *reader) labelsIn(b Span) []turn {
	var out []turn
	text := b.In(x.text)
	for off := 0; ; {
		c := strings.IndexByte(text[off:], ':')
		if c < 0 {
			break
		}
		colon := off + c
		off = colon + 1
		start := labelStart(text, colon)
		if start < 0 {
			continue
		}
		if m, named, ok := x.labelAt(Span{b.Start + start, b.Start + colon}, clockAfter(text[colon+1:])); ok {
			out = append(out, turn{m: m, named: named})
		}
	}
	return out
}

// labelStart returns where the label closed by the colon at text[colon]
// starts: the block's start or the start of a sentence, at most
// speakerLabelBytes before; -1 when there is none.
func labelStart(text string, colon int) int {
	from := max(0, colon-speakerLabelBytes)
	for k := colon - 1; k >= from; k-- {
		switch text[k] {
		case ':', '\n':
			return -1
		case ' ':
			if k > 0 && strings.IndexByte(".?!", text[k-1]) >= 0 && !dottedLabel(text[max(0, k-8):k]) {
				return k + 1
			}
			if k >= 3 && text[k-3:k] == "…" {
				return k + 1
			}
		}
	}
	if from == 0 {
		return 0
	}
	return -1
}

// clockAfter reports whether s, the text after a colon, is a clock's
// minutes ("30 pm") or opens with a clock time ("10:30, the Kremlin").
func clockAfter(s string) bool {
	if s != "" && isDigit(s[0]) {
		return true
	}
	s = strings.TrimLeft(s, " ")
	n := 0
	for n < len(s) && n < 3 && isDigit(s[n]) {
		n++
	}
	return n > 0 && n < 3 && n+2 < len(s) && (s[n] == ':' || s[n] == '.') && isDigit(s[n+1]) && isDigit(s[n+2])
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// labelAt reads the label sp (its colon left out): the words naming a
// person. named is false for a label that is a title alone ("PRIME
// MINISTER:", "The President:"): a turn of a transcript still, but no one
// the record can name. clock says a clock time follows the colon
// ("Vladimir Putin: 10:30, the Kremlin"): no label.
func (x *reader) labelAt(sp Span, clock bool) (m mention, named, ok bool) {
	label := sp.In(x.text)
	if clock || label == "" || strings.ContainsAny(label, "?!;\"“”") || strings.Contains(label, ".") && !dottedLabel(label) {
		return m, false, false
	}
	ws := x.words(sp)
	// "Xi Jinping (retranslated):", "(via interpreter)": a remark on the
	// turn, not part of the name
	if n := len(ws); n > 2 && ws[n-1].text == ")" {
		for k := n - 2; k > 0; k-- {
			if ws[k].text == "(" {
				ws = ws[:k]
				break
			}
		}
	}
	if len(ws) == 0 || len(ws) > speakerLabelWords || !ws[0].cap {
		return m, false, false
	}
	for _, w := range ws {
		if notSpeakers[w.norm] || !w.cap && !w.punct() && !isLabelConnector(w) && !w.is("'s") {
			return m, false, false
		}
	}
	return speakerLabel(ws)
}

// isLabelConnector reports whether the lower-case word w may stand in a
// label's title: "President of the Russian Federation", "Minister for
// Foreign Affairs", "von der Leyen".
func isLabelConnector(w word) bool {
	return w.is("of", "for", "the", "and", "to", "on") || nameParticles[w.norm]
}

// dottedLabel reports whether the dots in s are those of honorifics and
// initials ("H.E. Mr. Wang Yi", "Joseph R. Biden"), not
// of a sentence.
func dottedLabel(s string) bool {
	for _, f := range strings.Fields(s) {
		if strings.ContainsAny(f, "?!;\"“”") {
			return false
		}
		if strings.HasSuffix(f, ".") && len(f) > 5 && !strings.Contains(f[:len(f)-1], ".") {
			return false
		}
	}
	return true
}

// speakerLabel reads the words of a label, ws (the colon left out): one
// mention spanning all of them.
func speakerLabel(ws []word) (m mention, named, ok bool) {
	if m, end, ok := mentionAt(ws, 0, false); ok && end == len(ws) {
		if m.excluded || m.unnamed {
			return m, false, !m.excluded
		}
		m.rule = formSpeaker
		if allCapsWords(ws) {
			// In capitals a title's complement runs into the name: "PRIME
			// MINISTER OF NEW ZEALAND" names no one. And every word looks
			// like an acronym: "PRIME" is no body.
			for k := range ws {
				if ws[k].span.Start >= m.name.Start {
					break
				}
				if ws[k].is("of", "for") {
					return mention{}, false, true
				}
			}
			m.affiliation, m.affilValue = Span{}, ""
		}
		return m, true, true
	}
	if tEnd, _ := titleChainAt(ws, 0, false); tEnd > 0 && complementAt(ws, tEnd, false) == len(ws) {
		return m, false, true // a title alone: "PRIME MINISTER", "The President"
	}
	if ws[0].is("the") && len(ws) > 1 {
		if tEnd, _ := titleChainAt(ws, 1, true); tEnd > 1 && complementAt(ws, tEnd, false) == len(ws) {
			return m, false, true
		}
	}
	// a name alone, in mixed case: "Vladimir Putin", "Alexander Tkachev"
	// (in capitals a name alone is too like a heading: "FOR PRESS")
	h := honorificAt(ws, 0)
	nEnd, n := nameAt(ws, h)
	if nEnd != len(ws) || n < 2 || n > 4 || h == 0 && allCapsWords(ws) {
		return m, false, false
	}
	m = mention{name: wordsSpan(ws, h, nEnd), key: nameKey(ws[h:nEnd]), rule: formSpeaker}
	if h > 0 {
		m.honorific = wordsSpan(ws, 0, h)
	}
	return m, true, true
}

// allCapsWords reports whether every word of ws is written in capitals.
func allCapsWords(ws []word) bool {
	for _, w := range ws {
		if !w.punct() && !w.allCaps() {
			return false
		}
	}
	return true
}

// minTurns is how many turns a run of labelled paragraphs needs to be a
// transcript: one label alone may be a page's furniture ("Print Share:")
// or a quotation's attribution.
const minTurns = 2

// turn is one turn of a transcript: the block it opens, and the speaker
// its label names (named false for a title alone).
type turn struct {
	block int
	m     mention
	named bool
}

// transcript returns the turns of the transcript the body holds, in
// order: those opened by a speaker's label, when there are at least
// minTurns of them; else none.
func (x *reader) transcript() []turn {
	var out []turn
	for i, b := range x.doc.Blocks {
		if b.Kind != Paragraph && b.Kind != Heading || strings.IndexByte(b.Body.In(x.text), ':') < 0 {
			continue
		}
		for _, t := range x.labelsIn(b.Body) {
			t.block = i
			out = append(out, t)
		}
	}
	if len(out) < minTurns {
		return nil
	}
	return out
}

// speakers returns the people the labels of a transcript of the encounter
// name, in order of their first turn. Only a record of an encounter reads
// them (extractParticipants returns before for kind other).
func (x *reader) speakers() []mention {
	var out []mention
	for _, t := range x.transcript() {
		if t.named {
			out = append(out, t.m)
		}
	}
	return out
}

// transcriptStart returns the index of the block opening a transcript's
// first turn, or len(x.doc.Blocks) when the body holds no transcript.
func (x *reader) transcriptStart() int {
	if ts := x.transcript(); len(ts) > 0 {
		return ts[0].block
	}
	return len(x.doc.Blocks)
}
