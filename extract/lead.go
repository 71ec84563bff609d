package extract

import (
	"regexp"
	"strings"
)

// leadScanLimit bounds how many body blocks are read looking for the lead.
const leadScanLimit = 12

// leadDateRe (matched against the lower-cased text) finds what dates a
// lead statement: a date ("On June 24,",
// "on 4 September 2018"), a day relative to the release ("today", "this
// morning", "yesterday", "on Thursday") or a clock time.
var leadDateRe = regexp.MustCompile(`\bon\b[^.]{0,40}?\b(?:` + alternation(monthWords) + `)\b` +
	`|\b(?:` + alternation(relativeDays) + `)\b` +
	`|\bon\s+(?:` + alternation(fullWeekdays) + `)\b` +
	`|\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b`)

// findLead picks the lead paragraph, the one that states the meeting, and
// in it the statement sentence: the first body block (paragraph or
// numbered item) in which a verb reports an encounter ("held a meeting",
// "spoke with", "met"); else the first with a date or clock time; else the
// first real paragraph. Its text is the record's summary.
func (x *reader) findLead() {
	var body []int
	for i, b := range x.doc.Blocks {
		if b.Kind == Paragraph || b.Kind == Item {
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
		_, ok := x.findKind(kindVerbOnly, s)
		return ok
	}
	enc := make([]bool, len(body))
	dated := make([]bool, len(body))
	for j, i := range body {
		b := x.doc.Blocks[i].Body
		enc[j] = encounter(b)
		dated[j] = leadDateRe.MatchString(b.In(x.lower))
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
	found := pick(func(j int) bool { return enc[j] && dated[j] }) ||
		pick(func(j int) bool { return enc[j] }) ||
		pick(func(j int) bool { return dated[j] }) ||
		pick(func(j int) bool { return len(strings.Fields(x.doc.Blocks[body[j]].Body.In(x.text))) >= 6 })
	if !found {
		return
	}
	lead := x.doc.Blocks[x.lead].Body
	x.rec.Summary = x.str("summary", lead)
	sents := x.sentences(lead)
	x.statement = lead
	if len(sents) > 0 {
		x.statement = sents[0]
	}
	for _, s := range sents {
		if encounter(s) {
			x.statement = s
			break
		}
	}
}
