package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
)

// segmenter is prose v3's Punkt sentence segmenter, loaded once per process
// on first use.
var segmenter = sync.OnceValue(func() *segment.Segmenter {
	s, err := segment.New()
	if err != nil {
		return nil
	}
	return s
})

// noBreakAfter lists abbreviations after which a readout never ends a
// sentence when a capitalised word follows: honorifics, titles and
// initials that Punkt, trained on news text, takes for sentence ends
// ("H.E. | Mr. Mark Rutte", "the Hon. | Julie Bishop").
var noBreakAfter = newLexicon(`mr mrs ms dr prof h.e e hon rt st sen rep gen lt col amb gov no mt
messrs mme m sr u.s u.k u.n e.u h.m h.r.h shri smt eng capt adm maj`)

// sentences splits the text at s (one block, no newlines) into sentence
// spans, using prose's segmenter and then re-joining the breaks it makes
// after honorifics, titles and initials. The lead paragraph is read by
// several dimensions (lead, kind, location, participants), so each span is
// split once per document; callers must not change the slice returned.
func (x *reader) sentences(s Span) []Span {
	if out, ok := x.sentenceCache[s]; ok {
		return out
	}
	out := x.splitSentences(s)
	if x.sentenceCache == nil {
		x.sentenceCache = map[Span][]Span{}
	}
	x.sentenceCache[s] = out
	return out
}

// splitSentences does the work of sentences.
func (x *reader) splitSentences(s Span) []Span {
	text := s.In(x.text)
	if text == "" {
		return nil
	}
	seg := segmenter()
	if seg == nil {
		return []Span{s}
	}
	var out []Span
	for _, sent := range seg.Segment(text) {
		sp := Span{s.Start + sent.Start, s.Start + sent.End()}
		if n := len(out); n > 0 && joinsPrevious(x.text[out[n-1].Start:out[n-1].End], sp.In(x.text)) {
			out[n-1].End = sp.End
			continue
		}
		out = append(out, sp)
	}
	return out
}

// abbrevTail is how much of the end of a sentence joinsPrevious reads:
// more than the longest abbreviation or initial it looks for.
const abbrevTail = 32

// tail returns the last n bytes of s or a little fewer, starting at a
// rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// joinsPrevious reports whether a break between prev and next is a false
// sentence end: prev ends with an abbreviation of noBreakAfter or a single
// initial ("Joseph R."), or next does not start like a sentence.
func joinsPrevious(prev, next string) bool {
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) || r == '(' || unicode.IsDigit(r) && len(next) < 3 {
		return true
	}
	// Only the end of prev is read: prev grows as breaks are re-joined, and
	// reading all of it for each break would be quadratic in a long block.
	prev = tail(prev, abbrevTail)
	// the last word of prev, without its final dot
	w := prev[:len(prev)-1]
	if i := strings.LastIndexAny(w, " \t(“\""); i >= 0 {
		w = w[i+1:]
	}
	lw := strings.ToLower(w)
	if noBreakAfter[lw] || noBreakAfter[strings.ReplaceAll(lw, ". ", ".")] {
		return true
	}
	// "H. E." splits as "H." + "E."
	if strings.HasSuffix(strings.ToLower(prev), "h. e.") {
		return true
	}
	// a single capital initial ("Antony J.", "Wendy R.") or a short
	// title-case abbreviation ("Ma. Theresa", "Gen.", "Sr.")
	n := utf8.RuneCountInString(w)
	r0, size := utf8.DecodeRuneInString(w)
	if n == 1 {
		return unicode.IsUpper(r0)
	}
	if n <= 3 && unicode.IsUpper(r0) {
		for _, r := range w[size:] {
			if !unicode.IsLower(r) {
				return false
			}
		}
		return true
	}
	return false
}
