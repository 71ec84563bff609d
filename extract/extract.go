package extract

import (
	"fmt"

	"github.com/readout/readout/internal/fastre"
)

// Options control extraction.
type Options struct {
	// Published is the release date to use when the document shows none.
	Published *Date
}

// Extract turns a cleaned Document into a Record. It never fails: what it
// cannot find is left null and, where that is doubtful, said in Warnings.
func Extract(doc *Document, opts Options) *Record {
	x := newReader(doc, opts)
	x.run()
	return x.rec
}

// reader holds the state of one extraction: the document, the record being
// built, and where the main statement is.
type reader struct {
	doc  *Document
	text string
	// lower is text with ASCII letters lower-cased, byte for byte, so
	// that case-blind rules match literal patterns at the same offsets.
	lower string
	rec   *Record
	opts  Options

	// lead is the index of the lead paragraph (the one that states the
	// meeting), or -1.
	lead int
	// statement is the sentence of the lead paragraph that states the
	// meeting: where date, time, duration, participants and place are read.
	statement Span

	// sentenceCache holds the sentence spans of each span split so far.
	sentenceCache map[Span][]Span
	// wordCache holds the words of each span split so far: the statement,
	// a presence sentence and a further encounter are often one sentence.
	wordCache map[Span][]word
	// kindCache holds findKindMood's answers: one rule list is often
	// tried on one span by two rules (the lead, then the kind).
	kindCache map[kindProbe]kindFound
	// keyCache holds whether a span holds one of a rule's keys.
	keyCache map[keyProbe]bool
	// fused is the dateline fused to the opening of a paragraph ("Bern,
	// 28.11.2018 - ..."), with its span in text; fusedOK says there is one.
	fused   leadDateline
	fusedOK bool
}

func newReader(doc *Document, opts Options) *reader {
	return &reader{
		doc:   doc,
		text:  doc.Text,
		lower: lowerASCII(doc.Text),
		opts:  opts,
		lead:  -1,
		rec: &Record{
			Schema:       SchemaVersion,
			Kind:         KindOther,
			Participants: []Participant{},
			Agenda:       []AgendaItem{},
			Captions:     []string{},
			Warnings:     []string{},
			Evidence:     map[string]Evidence{},
		},
	}
}

// run extracts every dimension in dependency order: the lead statement
// first, then what is read from it, then what needs those values.
func (x *reader) run() {
	x.rec.Warnings = append(x.rec.Warnings, x.doc.Warnings...)
	x.extractTitle()
	x.extractPublished()
	x.extractCaptions()
	x.findLead()
	x.extractKind()
	x.extractParticipants()
	x.extractLocation()
	x.extractWhen()
	x.extractAgenda()
	x.extractCodes()
}

// set records that the value at path was taken from the text at s. Every
// value the extractor sets goes through here (or setRule), so every value
// has evidence. The rule is the name of the function that called set: code
// with named rules calls setRule instead.
func (x *reader) set(path string, s Span) {
	x.setRule(path, s, callerRule())
}

// setRule records that the value at path was taken from the text at s by
// the rule named rule.
func (x *reader) setRule(path string, s Span, rule string) {
	if !s.Valid(len(x.text)) {
		return
	}
	x.rec.Evidence[path] = Evidence{Text: s.In(x.text), Start: s.Start, End: s.End, Rule: rule}
}

// str returns the text at s as a new string pointer, recording it as the
// evidence for path.
func (x *reader) str(path string, s Span) *string {
	x.set(path, s)
	v := s.In(x.text)
	return &v
}

// warn adds a plain-sentence warning to the record.
func (x *reader) warn(format string, args ...any) {
	x.rec.Warnings = append(x.rec.Warnings, fmt.Sprintf(format, args...))
}

// blocks returns the indexes of the document's blocks of kind k.
func (x *reader) blocks(k BlockKind) []int {
	var out []int
	for i, b := range x.doc.Blocks {
		if b.Kind == k {
			out = append(out, i)
		}
	}
	return out
}

func (x *reader) extractTitle() {
	for _, i := range x.blocks(Title) {
		b := x.doc.Blocks[i]
		x.rec.Title = x.str("title", b.Body)
		return
	}
}

func (x *reader) extractCaptions() {
	for _, i := range x.blocks(Caption) {
		b := x.doc.Blocks[i]
		x.set(fmt.Sprintf("captions[%d]", len(x.rec.Captions)+1), b.Body)
		x.rec.Captions = append(x.rec.Captions, b.Body.In(x.text))
	}
}

// lowerASCII lower-cases the ASCII letters of s (see fastre.LowerASCII).
func lowerASCII(s string) string { return fastre.LowerASCII(s) }
