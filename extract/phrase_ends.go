package extract

import "strings"

// phraseEnds is a cheap, sound test that a text may hold one of a list of
// phrases as listAlternation spells them (words joined by white space,
// \s+), followed by white space: the last word of a phrase stands in the
// text as a whole run of ASCII letters with white space after it, and,
// when the phrase has more words, the run before it is the word before
// it. A text that fails the test holds none of the phrases so followed;
// one that passes may, and is for the regexp to decide. It spares the
// mood regexps (moodRe, announceMarkRe, andBefore), which have no literal
// to look for first, most of the texts they are run on.
type phraseEnds struct {
	// before maps the last word of each phrase to the words that stand
	// before it in the phrases; "" when a phrase is that word alone.
	before map[string]lexicon
	// always is set when a phrase does not end in a plain word: every
	// text may then hold it.
	always bool
}

// newPhraseEnds builds the test for phrases.
func newPhraseEnds(phrases ...[]string) phraseEnds {
	pe := phraseEnds{before: map[string]lexicon{}}
	for _, list := range phrases {
		for _, p := range list {
			ws := strings.Fields(p)
			if len(ws) == 0 || !asciiLetters(ws[len(ws)-1]) {
				pe.always = true
				continue
			}
			last, prev := ws[len(ws)-1], ""
			if len(ws) > 1 && asciiLetters(ws[len(ws)-2]) {
				prev = ws[len(ws)-2]
			}
			if pe.before[last] == nil {
				pe.before[last] = lexicon{}
			}
			pe.before[last][prev] = true
		}
	}
	return pe
}

// asciiLetters reports whether s is a non-empty run of ASCII letters.
func asciiLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// isRESpace reports whether c is white space as the regexp \s reads it.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// runBefore returns the run of ASCII letters that ends at s[:end], and
// whether only white space (at least one byte) stands between the run
// before that one and it: the word before, as a phrase joins its words.
func runBefore(s string, end int) (run, prev string, joined bool) {
	i := end
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	run = s[i:end]
	j := i
	for j > 0 && isRESpace(s[j-1]) {
		j--
	}
	if j == i {
		return run, "", false
	}
	k := j
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	return run, s[k:j], true
}

// matches reports whether the run of letters ending at s[:end] may end
// one of the phrases.
func (pe phraseEnds) matches(s string, end int) bool {
	run, prev, joined := runBefore(s, end)
	befores, ok := pe.before[run]
	if !ok {
		return false
	}
	if befores[""] {
		return true
	}
	return joined && befores[prev]
}

// anywhere reports whether s may hold one of the phrases followed by
// white space.
func (pe phraseEnds) anywhere(s string) bool {
	if pe.always {
		return true
	}
	for i := 1; i < len(s); i++ {
		if isRESpace(s[i]) && isASCIILetter(s[i-1]) && pe.matches(s, i) {
			return true
		}
	}
	return false
}

// atEnd reports whether s may end with one of the phrases, white space
// and then up to two of the words fillers, each followed by white space:
// the text before a report that moodRe reads ("will also ").
func (pe phraseEnds) atEnd(s string, fillers lexicon) bool {
	if pe.always {
		return true
	}
	end := len(s)
	for n := 0; n <= 2; n++ {
		k := end
		for k > 0 && isRESpace(s[k-1]) {
			k--
		}
		if k == end || k == 0 || !isASCIILetter(s[k-1]) {
			return false
		}
		if pe.matches(s, k) {
			return true
		}
		run, _, _ := runBefore(s, k)
		if !fillers[run] {
			return false
		}
		end = k - len(run)
	}
	return false
}
