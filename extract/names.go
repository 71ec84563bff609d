package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// honorificList holds the honorifics written before a name, one per line,
// as words in normal form (lower case, no final dot). Several may follow
// one another ("H.E. Mr.", "Hon. Mr."); a phrase opening with "the" keeps
// it ("the Hon.").
const honorificList = `
mr
ms
mrs
miss
mx
dr
prof
professor
sir
dame
h.e
h e
h.h
hh
h.r.h
hrh
h.m
he
his excellency
her excellency
their excellencies
excellency
his majesty
her majesty
his royal highness
her royal highness
his highness
her highness
his holiness
his beatitude
the honorable
the honourable
the hon
the rt hon
the right honourable
the right honorable
the rt honourable
the rt honorable
rt hon
right honourable
right honorable
hon
honorable
honourable
senator the hon
senator the honourable
dato
dato'
dato' sri
dato' seri
dato' seri utama
dato sri
dato seri
dato seri utama
datuk seri utama
tan sri dato'
tan sri dato
haji
hajjah
pehin
yang berhormat
datuk
datuk seri
datin
tan sri
tun
puan
shri
sri
smt
shrimati
sheikh
sheikha
prince
princess
sayyid
sayyida
samdech
samdech akka moha sena padei techo
samdech moha borvor thipadei
samdech techo
yang amat berhormat
yang berhormat pehin
yang mulia
pehin orang kaya
awang
dayang
shaikh
eng
engr
madam
madame
mme
monsieur
lord
lady
baroness
baron
`

// rankList holds the ranks and the diplomatic style that stand, like an
// honorific, between a title closed by a comma and the name: "the Thai
// Prime Minister, General Prem Tinsulanonda", "Chief of Navy, Vice Admiral
// Russ Crane", "Advisor to the Turkish President, Ambassador Akif Cagatay
// Kilic". Only there: before a name in a title ("Secretary General
// Antonio Guterres") they are the title's own words.
const rankList = `
general
gen
admiral
adm
brigadier
colonel
col
major general
lieutenant general
brigadier general
rear admiral
vice admiral
air marshal
air chief marshal
field marshal
marshal
ambassador
`

// ranks maps a rank's first word to the phrases it may open.
var ranks = phraseTable(rankList)

// rankAt returns the end of the rank at ws[i] ("Vice Admiral"), written
// with a capital, or i.
func rankAt(ws []word, i int) int {
	if i >= len(ws) || !ws[i].cap {
		return i
	}
	for _, p := range ranks[ws[i].norm] {
		if phraseAt(ws, i, p) && capitalized(ws[i:i+len(p)]) {
			return i + len(p)
		}
	}
	return i
}

// capitalized reports whether every word of ws has a capital.
func capitalized(ws []word) bool {
	for _, w := range ws {
		if !w.cap {
			return false
		}
	}
	return true
}

// phraseAt reports whether the words at ws[i] are the phrase p, in normal
// form.
func phraseAt(ws []word, i int, p []string) bool {
	if i+len(p) > len(ws) {
		return false
	}
	for k, pw := range p {
		if ws[i+k].norm != pw {
			return false
		}
	}
	return true
}

// honorifics maps an honorific's first word to the phrases it may open,
// longest first.
var honorifics = phraseTable(honorificList)

// phraseTable maps the first word of each line of list (words in normal
// form) to the phrases it opens, longest first.
func phraseTable(list string) map[string][][]string {
	m := map[string][][]string{}
	for _, line := range strings.Split(list, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		m[f[0]] = append(m[f[0]], f)
	}
	for _, ps := range m {
		sort.Slice(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	}
	return m
}

// honorificAt returns the end of the run of honorifics that starts at
// ws[i], or i when there is none. Malay and Bruneian chains carry titles
// of their own between the honorifics ("Yang Berhormat Pehin Orang Kaya
// Pekerma Dewa Dato Seri Setia Awang Haji Lim Jock Seng"): up to
// maxHonorificBridge name-like words that another honorific follows
// belong to the chain.
func honorificAt(ws []word, i int) int {
	j := i
	for j < len(ws) {
		k := honorificPhrase(ws, j)
		if k == j && j > i {
			k = honorificBridge(ws, j)
		}
		if k == j {
			break
		}
		j = k
	}
	return j
}

// maxHonorificBridge is how many words may stand between two honorifics
// of one chain.
const maxHonorificBridge = 4

// honorificBridge returns the end of the honorific after a few name-like
// words at ws[j], or j when none follows them.
func honorificBridge(ws []word, j int) int {
	for k := j; k < len(ws) && k < j+maxHonorificBridge; k++ {
		if !isNameWord(ws[k]) || !ws[k].cap || isInitials(ws[k].text) {
			return j
		}
		if k+1 < len(ws) {
			if e := honorificPhrase(ws, k+1); e > k+1 && ws[k+1].norm != "he" {
				return e
			}
		}
	}
	return j
}

// honorificPhrase returns the end of the one honorific phrase at ws[i], or
// i. "He" (no dots) is the pronoun unless a name follows it in capitals
// the way MOFA writes "HE Mr."; only "H.E." and "H. E." are taken here.
func honorificPhrase(ws []word, i int) int {
	w := ws[i]
	for _, p := range honorifics[w.norm] {
		if p[0] != "the" && !w.cap || p[0] == "he" && w.text != "HE" || !phraseAt(ws, i, p) {
			continue
		}
		end := i + len(p)
		// An honorific is followed by a name (or a title, or another
		// honorific): a capitalized word.
		if end >= len(ws) || !ws[end].cap {
			continue
		}
		// a place whose name opens with an honorific's word ("Sri Lanka",
		// "Saint Lucia") names no person
		if placeAt(ws, i) > end {
			continue
		}
		return end
	}
	return i
}

// isNameWord reports whether w can be a word of a person's name: a
// capitalized word that is not a title word, an event noun or an acronym
// of a body, or an initial.
func isNameWord(w word) bool {
	if !w.cap {
		return isParticleName(w.text)
	}
	if w.punct() {
		return false
	}
	if isInitials(w.text) {
		return true
	}
	if nonName[w.norm] || isTitleWord(w) || postNominals[w.norm] && w.allCaps() {
		return false
	}
	if strings.HasSuffix(w.text, ".") && !nameSuffixes[w.norm] {
		// "Mr." and "Gen." are honorifics and dottedAbbrevs, not names.
		return false
	}
	for _, r := range w.text {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// isInitials reports whether s is one or more initials: "J", "J.", "J.B.".
func isInitials(s string) bool {
	if isInitialLetter(strings.TrimSuffix(s, ".")) {
		return true
	}
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// isParticleName reports whether s is a family name written with a
// lower-case particle joined by a hyphen: "el-Sisi", "al-Assad".
func isParticleName(s string) bool {
	p, rest, ok := strings.Cut(s, "-")
	if !ok || !nameParticles[p] || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nameAt reads a person's name starting at ws[i] and returns its end (i
// when there is none) and its number of words. A name is a run of name
// words, joined by particles ("von der", "bin") and closed by a
// generational suffix ("Jr.", ", Jr."); it stops at a comma, a lower-case
// word, "of", a possessive or a post-nominal.
func nameAt(ws []word, i int) (end, n int) {
	j := i
	for j < len(ws) && n < 7 {
		w := ws[j]
		switch {
		case n > 0 && len(w.text) > 2 && isInitials(w.text) && !isInitials(ws[j-1].text) && (j+1 >= len(ws) || !isNameWord(ws[j+1])):
			// "Prime Minister Netanyahu U.S. coordination": initials come
			// before a family name, not after it
		case isNameWord(w) && !(n > 0 && nameSuffixes[w.norm]):
			j++
			n++
			continue
		case monthAsName(ws, j, n):
			// "Theresa May", "Jan Lipavsky": a month's name inside a
			// person's; "May 5" is a date
			j++
			n++
			continue
		case n > 0 && w.cap && portfolio[w.norm] && !titleMods[w.norm] && !orgWords[w.norm] && !nonName[w.norm] &&
			(j+1 >= len(ws) || !isTitleWord(ws[j+1])):
			// "Samantha Power", "Jim Justice": a portfolio word ends a name
			// only when a title goes on after it.
			j++
			n++
			continue
		case n > 0 && !w.cap && nameParticles[w.norm]:
			// "von der Leyen": particles count only before a name word.
			k := j
			for k < len(ws) && !ws[k].cap && nameParticles[ws[k].norm] {
				k++
			}
			if k < len(ws) && isNameWord(ws[k]) {
				j = k
				continue
			}
		case n > 0 && nameSuffixes[w.norm]:
			j++
			return j, n
		case n > 0 && w.text == "," && j+1 < len(ws) && nameSuffixes[ws[j+1].norm] && ws[j+1].cap:
			return j + 2, n
		case n == 1 && w.text == "," && j+1 < len(ws) && romanizedGivenName(ws[j+1].text) &&
			(j+2 >= len(ws) || !isNameWord(ws[j+2])):
			// "Kang, Kyung-wha": a family name, a comma and a romanized
			// given name of two syllables
			return j + 2, n + 1
		}
		break
	}
	return j, n
}

// monthAsName reports whether ws[j], a month's name written as a word of
// a name ("Theresa May", "Jan Lipavsky", "Jan Adams"), is part of the name
// whose n words come before it: after a name word, or before one when it
// opens the name, and never before a number (a date: "Kuleba May 3").
func monthAsName(ws []word, j, n int) bool {
	w := ws[j]
	if _, ok := monthWords[w.norm]; !ok || !w.cap || w.allCaps() || strings.HasSuffix(w.text, ".") {
		return false
	}
	if j+1 < len(ws) && strings.IndexFunc(ws[j+1].text, unicode.IsDigit) >= 0 {
		return false
	}
	if n > 0 {
		return true
	}
	return j+1 < len(ws) && isNameWord(ws[j+1]) && !titleBreak[ws[j+1].norm]
}

// romanizedGivenName reports whether s is written like a romanized Korean
// or Chinese given name of two syllables joined by a hyphen, the second
// in lower case: "Kyung-wha", "Jae-in".
func romanizedGivenName(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok || a == "" || b == "" || strings.ContainsAny(b, "-.") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	r2, _ := utf8.DecodeRuneInString(b)
	return unicode.IsUpper(r) && unicode.IsLower(r2) && len(a) <= 5 && len(b) <= 5
}

// skipPostNominals returns the index after any post-nominal letters at
// ws[i] ("MP", ", MP", "KBE"), or i.
func skipPostNominals(ws []word, i int) int {
	for {
		j := i
		if j < len(ws) && ws[j].text == "," {
			j++
		}
		if j < len(ws) && postNominals[ws[j].norm] && ws[j].allCaps() {
			i = j + 1
			continue
		}
		return i
	}
}

// nameKey returns the words of a name in normal form for telling whether
// two mentions name one person: lower case, without dots, generational
// suffixes or particles.
func nameKey(ws []word) []string {
	var k []string
	for _, w := range ws {
		norm := w.norm
		if i := strings.IndexByte(norm, '.'); i > 0 && i < len(norm)-2 && !strings.Contains(norm[i+1:], ".") {
			// "B.Battsetseg": an initial glued to the family name is a
			// word of its own, so that "Ms Battsetseg" is the same person
			k = append(k, norm[:i])
			norm = norm[i+1:]
		}
		n := strings.Trim(strings.ReplaceAll(norm, ".", ""), "',")
		if n == "" || nameSuffixes[n] || (nameParticles[n] && !w.cap) {
			continue
		}
		k = append(k, n)
	}
	return k
}

// countryNameAt reports whether the words ws[j:end] are a country's name.
func countryNameAt(ws []word, j, end int) bool {
	if placeAt(ws, j) < end {
		return false
	}
	pl, ok := LookupPlace(phraseOf(ws, j, end))
	return ok && pl.Kind == "country"
}

// afterTheModifier reports whether ws[i] follows "the" and one or two
// lower-case words: "the non-resident Ambassador", "the newly appointed
// Ambassador", "the outgoing Israeli Ambassador".
func afterTheModifier(ws []word, i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if ws[k].cap || ws[k].punct() {
			return false
		}
		if ws[k-1].is("the") {
			return true
		}
	}
	return false
}
