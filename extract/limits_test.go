package extract

import (
	"strings"
	"testing"
)

// This file holds inputs that once made extraction quadratic. Each test
// passes in milliseconds when the cost is linear and would run for minutes
// (into the test timeout) when it is not; none measures time.

// TestSentencesLongBlock re-joins thousands of false sentence breaks in
// one block: joinsPrevious must read only the end of the growing sentence.
func TestSentencesLongBlock(t *testing.T) {
	block := "On June 24, Mr. A met Mr. B. " + strings.Repeat("(1) 1. a) I. • ", 20000)
	doc := phraseDoc(block)
	x := newReader(doc, Options{})
	b := doc.Blocks[len(doc.Blocks)-1]
	sents := x.sentences(b.Body)
	if len(sents) == 0 || sents[len(sents)-1].End != b.Body.End {
		t.Fatalf("%d sentences", len(sents))
	}
}
