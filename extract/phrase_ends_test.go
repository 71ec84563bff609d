package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestPhraseEndsSound checks that the tests run before the mood regexps
// never turn away a text the regexp matches, on texts made of the words
// they read, other words, white space and punctuation.
func TestPhraseEndsSound(t *testing.T) {
	parts := []string{"will", "shall", "is", "are", "to", "be", "held", "had", "already", "expected", "look",
		"forward", "also", "and", "not", "now", "met", "the", "x", "Will", "é", "ſ", "-", ",", ".", " ", " ", "  ", "\t", "\n", "\v"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(9); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if moodRe.MatchString(s) && !moodEnds.atEnd(s, moodFillers) {
			t.Fatalf("moodEnds turns away %q", s)
		}
		if andBefore.MatchString(s) && !andEnds.atEnd(s, andFillers) {
			t.Fatalf("andEnds turns away %q", s)
		}
		if announceMarkRe.MatchString(s) && !announceEnds.anywhere(s) {
			t.Fatalf("announceEnds turns away %q", s)
		}
	}
	for _, s := range []string{"he will ", "she is expected to ", "the talks are to be held ", "he had already ", "will also not ", "and also "} {
		if !moodEnds.atEnd(s, moodFillers) && !andEnds.atEnd(s, andFillers) {
			t.Errorf("%q turned away", s)
		}
	}
	for _, w := range moodAdverbs {
		if !asciiLetters(w) {
			t.Errorf("mood adverb %q is not a plain word: moodFillers would not be sound", w)
		}
	}
}
