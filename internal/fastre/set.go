package fastre

import "strings"

// Set is a fixed set of literal strings, to ask of a text whether it
// holds any of them: the test a rule makes before its regexp is run. A
// large set is looked for in one pass over the text, keyed by each
// literal's rarest byte, instead of one search per literal.
type Set struct {
	lits []lit
	scan *firstBytes
}

// NewSet returns the set of the words, matched as written (case and all).
// Empty words are dropped.
func NewSet(words []string) *Set {
	s := &Set{}
	for _, w := range words {
		if w != "" {
			s.lits = append(s.lits, lit{s: w})
		}
	}
	if len(s.lits) >= scanSet {
		s.scan = newRareBytes(s.lits)
	}
	return s
}

// Len returns the number of literals in the set.
func (s *Set) Len() int { return len(s.lits) }

// In reports whether text holds one of the set's literals.
func (s *Set) In(text string) bool {
	if s.scan != nil {
		return s.scan.in(text)
	}
	for _, l := range s.lits {
		if strings.Contains(text, l.s) {
			return true
		}
	}
	return false
}
