package extract

import (
	"unicode"
	"unicode/utf8"
)

// behindLen is how far back a rule that reads the words just before a
// match (a "$"-anchored regexp such as reApproxBefore) looks: more than
// the longest phrase such rules match ("which the two sides signed on").
// Running such a regexp over all of s[:pos] for every match would cost the
// length of the text per match: quadratic in a text dense with matches.
const behindLen = 160

// behind returns the text of s just before pos, at most behindLen bytes,
// and the offset in s where it starts. A cut text starts at a word, after
// white space, so that a rule's \b or ^ at its start means what it means
// in s.
func behind(s string, pos int) (string, int) {
	if pos <= behindLen {
		return s[:pos], 0
	}
	start := pos - behindLen
	for i := start; i < pos; {
		r, n := utf8.DecodeRuneInString(s[i:pos])
		i += n
		if unicode.IsSpace(r) {
			return s[i:pos], i
		}
	}
	for start < pos && !utf8.RuneStart(s[start]) {
		start++
	}
	return s[start:pos], start
}
