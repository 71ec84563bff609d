// Package placekey folds place names into the keys the gazetteer is
// looked up by, so that package extract and the gazetteer's generator
// compare names the same way.
package placekey

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold folds a place name for lookup: lower case, no diacritics, no
// apostrophes or dots, other punctuation as one space. A leading "the" is
// kept ("The Hague"); extract.LookupPlace tries a key with and without it.
func Fold(s string) string {
	var b strings.Builder
	space := false
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '.':
		default:
			space = true
		}
	}
	return b.String()
}
