package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"
)

// leadScanLimit bounds how many body blocks are read looking for the lead.
const leadScanLimit = 12

// leadDateRe (matched against the lower-cased text) finds what dates a
// lead statement: a date ("On June 24,",
// "on 4 September 2018"), a day relative to the release ("today", "this
// morning", "yesterday", "on Thursday") or a clock time.
var leadDateRe = fastre.MustCompile(`\bon\b[^.]{0,40}?\b(?:` + alternation(monthWords) + `)\b` +
	`|\b(?:` + alternation(relativeDays) + `)\b` +
	`|\bon\s+(?:` + alternation(fullWeekdays) + `)\b` +
	`|\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b`)

// leadWindow bounds how much of a block the lead and statement rules read.
// The longest paragraph of the 1,410 White House readouts is under 5 KB; a
// longer block is read only at its start, so that no statement rule scans
// megabytes of a hostile page (a 10 MB paragraph, a 5 MB line without a
// full stop). The summary is still the whole block.
const leadWindow = 16 << 10

// window returns s cut to its first leadWindow bytes, at a rune boundary.
func (x *reader) window(s Span) Span {
	if s.Len() <= leadWindow {
		return s
	}
	end := s.Start + leadWindow
	for end > s.Start && !utf8.RuneStart(x.text[end]) {
		end--
	}
	return Span{s.Start, end}
}

// findLead picks the lead paragraph, the one that states the meeting, and
// in it the statement sentence: the first body block (paragraph or
// numbered item) in which a verb reports an encounter ("held a meeting",
// "spoke with", "met"); else the first with a date or clock time; else the
// first real paragraph. Its text is the record's summary.
func (x *reader) findLead() {
	var body []int
	// a transcript after a readout: its turns are speech, not the
	// statement of the encounter (participants_speakers.go); a release
	// that is all transcript has only speech to read
	transcript := x.transcriptStart()
	for i, b := range x.doc.Blocks {
		if b.Kind == Paragraph || b.Kind == Item {
			if i == transcript && len(body) > 0 {
				break
			}
			body = append(body, i)
			if len(body) == leadScanLimit {
				break
			}
		}
	}
	// what each candidate says, worked out once: it reports an encounter,
	// and it dates one
	encounter := func(s Span) bool {
		if _, ok := x.findVerbKind(s); ok {
			return true
		}
		if _, ok := x.findKind(kindHeldAfter, s); ok {
			return true
		}
		if _, ok := x.findKind(kindModal, s); ok {
			return true
		}
		_, ok := x.findKind(kindVerbOnly, s)
		return ok
	}
	// nominal: an encounter framed with its sides and no verb ("following
	// his meeting with X", "at the meeting of X and Y"), a lead only in the
	// first paragraph of the body and only when it also dates it: later
	// or undated, such a phrase is a paragraph looking back ("In the
	// meeting with President X, ...", "the agreements reached during the
	// talks between X and Y on February 28")
	nominal := func(s Span) bool {
		m, ok := x.findKind(kindNominal, s)
		return ok && !x.announcedBefore(s, m)
	}
	// both tests are made only as the picks below ask for them, each
	// block once (the lead is nearly always among the first blocks)
	datedDone := make([]bool, len(body))
	datedVal := make([]bool, len(body))
	dated := func(j int) bool {
		if !datedDone[j] {
			datedDone[j] = true
			b := x.doc.Blocks[body[j]].Body
			// a dateline fused to the paragraph's opening ("Addis Ababa
			// February 15/2023 /ENA/Deputy Prime Minister ...") dates it
			datedVal[j] = x.fusedOK && x.fused.Span.Start >= b.Start && x.fused.Span.Start < b.End ||
				leadDateRe.MatchString(x.window(b).In(x.lower))
		}
		return datedVal[j]
	}
	encDone := make([]bool, len(body))
	encVal := make([]bool, len(body))
	enc := func(j int) bool {
		if !encDone[j] {
			encDone[j] = true
			encVal[j] = encounter(x.window(x.doc.Blocks[body[j]].Body))
		}
		return encVal[j]
	}
	// A dated block after the first that reports an encounter is the lead
	// only when it reports one of the same kind (a standfirst, then "The
	// Prime Minister spoke to ... this evening"); one of another kind dates
	// another event ("Vladimir Putin had a telephone conversation with
	// ...", then "... as a follow-up to the talks held on May 9").
	firstEnc := -1
	sameAsFirst := func(j int) bool {
		if firstEnc < 0 {
			for k := range body {
				if enc(k) {
					firstEnc = k
					break
				}
			}
		}
		return j <= firstEnc || x.reportedKind(body[j]) == x.reportedKind(body[firstEnc])
	}
	pick := func(ok func(j int) bool) bool {
		for j, i := range body {
			if ok(j) {
				x.lead = i
				return true
			}
		}
		return false
	}
	found := pick(func(j int) bool {
		return dated(j) && (enc(j) && sameAsFirst(j) || j == 0 && nominal(x.window(x.doc.Blocks[body[j]].Body)))
	}) ||
		pick(func(j int) bool { return enc(j) }) ||
		pick(func(j int) bool { return dated(j) }) ||
		pick(func(j int) bool { return len(strings.Fields(x.window(x.doc.Blocks[body[j]].Body).In(x.text))) >= 6 })
	if !found {
		return
	}
	lead := x.doc.Blocks[x.lead].Body
	x.rec.Summary = x.str("summary", lead)
	sents := x.sentences(x.window(lead))
	x.statement = x.window(lead)
	if len(sents) > 0 {
		x.statement = sents[0]
	}
	// the statement: the first sentence a verb reports the encounter in,
	// else the first that frames it with its sides
	for _, test := range []func(Span) bool{encounter, nominal} {
		for _, s := range sents {
			if test(s) {
				x.statement = s
				return
			}
		}
	}
}

// reportedKind returns the kind of encounter block i reports by a verb
// ("had a telephone conversation", "talks held"), or "".
func (x *reader) reportedKind(i int) Kind {
	s := x.window(x.doc.Blocks[i].Body)
	if m, ok := x.findVerbKind(s); ok {
		return m.kind
	}
	for _, rules := range [][]kindRule{kindHeldAfter, kindModal, kindVerbOnly} {
		if m, ok := x.findKind(rules, s); ok {
			return m.kind
		}
	}
	return ""
}
