package store

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// This file gives one id to one person within a dataset, however the
// readouts wrote the name. The rule, in order:
//
//  1. Fold: letters only, lower case, diacritics dropped ("Müller" ->
//     "muller", "Đurić" -> "duric"), hyphens and apostrophes dropped
//     ("Kyung-wha" -> "kyungwha"). Text in brackets is dropped.
//  2. Suffixes go: "Jr.", "Sr.", "II", "III", "IV" ("Joseph R. Biden, Jr.").
//  3. Family name: a word written all in capitals among words that are not
//     is the family name, wherever it stands ("IWAYA Takeshi", "BIDEN
//     Joseph"); "Family, Given" puts it before a comma ("Kang, Kyung-wha");
//     otherwise it is the last word, with the particles before it ("von der
//     Leyen", "bin Salman", "de Gaulle"). The words before it are given
//     names; only the first counts, so middle names and initials never
//     split a person ("Joseph R. Biden" = "Joseph Biden").
//  4. Family names match when their folded forms match after doubled
//     letters are made single ("Borissov" = "Borisov", "Mohammad" =
//     "Mohamad").
//  5. First given names match when equal, when one is the initial of the
//     other ("J. Biden" = "Joseph Biden"), or when one is a common short
//     form of the other (nicknames: "Joe" = "Joseph", "Tony" = "Anthony").
//     Different first names never match: "Jill Biden" is not "Joe Biden".
//  6. A name with no given name ("Biden", from "President Biden") joins the
//     one person of that family name in the dataset; when the dataset has
//     two (Joe and Jill Biden) it joins the one of them whose title, as
//     written elsewhere in the dataset, is the bare name's ("President
//     Biden" joins Joseph R. Biden, whom the dataset calls President, not
//     Jill Biden, First Lady); failing that it stays apart, its own id,
//     never guessed.
//     A bare name that is no family name in the dataset joins the one
//     person whose first word it is ("Xi" joins "Xi Jinping").
//  7. Order: besides capitals and commas (step 3), a two-word name that
//     matches no one joins the person whose two words it has in the other
//     order ("Kang Kyung-wha" = "Kyung-wha Kang").
//
// The id is the folded family name and first given name, joined by "-"
// ("biden-joseph", "iwaya-takeshi", "biden" alone), with "-2", "-3" ...
// when two people would share one.

// Mention is one participant as a record writes it: the name, and the
// title ("" when none).
type Mention struct {
	Name, Title string
}

// Person is a participant's person id and the fullest name written for
// that person in the dataset.
type Person struct {
	ID   string
	Name string
}

// nameSuffixes are generational and similar suffixes, folded.
var nameSuffixes = wordSet("jr", "sr", "ii", "iii", "iv", "v")

// familyParticles are the lower-case words that belong to the family name
// after them, folded.
var familyParticles = wordSet("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du",
	"la", "le", "bin", "ibn", "al", "el", "ben", "ter", "ten", "af", "zu")

// nicknames maps a common short form of a given name to its full form,
// folded. Forms that stand for several names (Chris, Alex, Sam, Pat) are
// left out: they would merge people.
var nicknames = map[string]string{
	"joe": "joseph", "bill": "william", "will": "william", "billy": "william", "bob": "robert", "rob": "robert",
	"bobby": "robert", "tony": "anthony", "antony": "anthony", "mike": "michael", "jim": "james", "jimmy": "james", "tom": "thomas",
	"dick": "richard", "rick": "richard", "ben": "benjamin", "bibi": "benjamin", "dan": "daniel", "dave": "david",
	"steve": "stephen", "ted": "edward", "ed": "edward", "andy": "andrew", "jon": "jonathan", "nick": "nicholas",
	"matt": "matthew", "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth", "larry": "lawrence", "liz": "elizabeth",
	"kate": "katherine", "cathy": "catherine", "sasha": "alexander", "volodymyr": "volodymyr", "vlad": "vladimir",
	"fred": "frederick", "hank": "henry", "harry": "henry", "chuck": "charles", "charlie": "charles", "peggy": "margaret",
	"ron": "ronald", "don": "donald", "tim": "timothy", "pete": "peter", "nate": "nathan", "sandy": "sandra",
}

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// nameParts is a name split by the rule above.
type nameParts struct {
	family string // folded family name
	fkey   string // family with doubled letters made single
	given  string // folded first given name, "" when none
	first  string // folded first word of the name as written
	words  int
}

// foldWord folds one word: letters and digits only, lower case, without
// diacritics.
func foldWord(w string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'ł' || r == 'Ł':
			b.WriteByte('l')
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// single makes doubled letters single: "borissov" -> "borisov".
func single(s string) string {
	b := []byte(s)
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// allCaps says w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// dropBrackets removes text in round or square brackets.
func dropBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// splitName applies steps 1 to 3 of the rule to name.
func splitName(name string) nameParts {
	name = dropBrackets(name)
	var family []string
	var givens []string
	// "Family, Given" and "Name, Jr.": what follows a comma is a suffix or
	// the given names.
	if i := strings.IndexByte(name, ','); i >= 0 {
		rest := strings.Fields(name[i+1:])
		var restKeep []string
		for _, w := range rest {
			if !nameSuffixes[foldWord(w)] {
				restKeep = append(restKeep, w)
			}
		}
		name = name[:i]
		if len(restKeep) > 0 {
			family = strings.Fields(name)
			givens = restKeep
		}
	}
	words := strings.Fields(name)
	var kept []string
	for _, w := range words {
		if f := foldWord(w); f != "" && !nameSuffixes[f] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 && len(family) == 0 {
		return nameParts{}
	}
	if family == nil {
		var caps, rest []string
		for _, w := range kept {
			if allCaps(w) {
				caps = append(caps, w)
			} else {
				rest = append(rest, w)
			}
		}
		if len(caps) > 0 && len(rest) > 0 {
			family, givens = caps, rest
		} else {
			// The last word and the particles before it.
			i := len(kept) - 1
			for i > 0 && familyParticles[foldWord(kept[i-1])] && !allCaps(kept[i-1]) {
				i--
			}
			family, givens = kept[i:], kept[:i]
		}
	}
	var p nameParts
	for _, w := range family {
		p.family += foldWord(w)
	}
	p.fkey = single(p.family)
	for _, w := range givens {
		if f := foldWord(w); f != "" {
			p.given = f
			break
		}
	}
	if len(kept) > 0 {
		p.first = foldWord(kept[0])
	}
	p.words = len(family) + len(givens)
	return p
}

// fullGiven returns the full form of a folded given name.
func fullGiven(g string) string {
	if f, ok := nicknames[g]; ok {
		return f
	}
	return g
}

// givenMatch says two folded first given names are one person's (step 5).
func givenMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	return fullGiven(a) == fullGiven(b)
}

// cluster is one person being gathered.
type cluster struct {
	family string // folded family name of the fullest form
	given  string // folded fullest first given name
	name   string // fullest name as written
	score  int
	titles map[string]bool // folded titles of mentions with a given name
}

// foldTitle folds a title for comparison: its words folded, joined by
// spaces.
func foldTitle(t string) string {
	var ws []string
	for _, w := range strings.Fields(t) {
		if f := foldWord(w); f != "" {
			ws = append(ws, f)
		}
	}
	return strings.Join(ws, " ")
}

// PersonIDs returns the person of each mention, by the rule at the top of
// this file. Equal inputs give equal outputs whatever their order.
func PersonIDs(mentions []Mention) []Person {
	names := make([]string, len(mentions))
	parts := make([]nameParts, len(mentions))
	order := make([]int, len(mentions))
	for i, m := range mentions {
		names[i] = m.Name
		parts[i] = splitName(m.Name)
		order[i] = i
	}
	// Full given names first, then initials, then bare names; within each,
	// by name, so the outcome does not depend on input order.
	rank := func(p nameParts) int {
		switch {
		case len(p.given) > 1:
			return 0
		case p.given != "":
			return 1
		}
		return 2
	}
	sort.SliceStable(order, func(a, b int) bool {
		pa, pb := parts[order[a]], parts[order[b]]
		if ra, rb := rank(pa), rank(pb); ra != rb {
			return ra < rb
		}
		return names[order[a]] < names[order[b]]
	})
	byFamily := map[string][]*cluster{}
	// byFirst maps the first word of names with a given name to their
	// clusters, for bare names written family-first ("Xi" of "Xi Jinping").
	byFirst := map[string][]*cluster{}
	of := make([]*cluster, len(names))
	for _, i := range order {
		p := parts[i]
		if p.fkey == "" {
			continue
		}
		cs := byFamily[p.fkey]
		var hit []*cluster
		for _, c := range cs {
			if p.given == "" || givenMatch(c.given, p.given) {
				hit = append(hit, c)
			}
		}
		if p.given != "" && len(hit) == 0 && p.words == 2 {
			// Two words in the other order ("Kang Kyung-wha", "Kyung-wha
			// Kang").
			for _, c := range byFamily[single(p.given)] {
				if c.given == p.family {
					hit = append(hit, c)
				}
			}
		}
		if p.given == "" && len(hit) == 0 {
			if fc := byFirst[p.fkey]; len(fc) == 1 {
				hit = fc
			}
		}
		if p.given == "" {
			// A bare name joins only a person it cannot be confused with.
			var withGiven []*cluster
			for _, c := range hit {
				if c.given != "" {
					withGiven = append(withGiven, c)
				}
			}
			if len(withGiven) > 1 {
				// Several people bear the name: the title decides, or
				// nothing does.
				var titled []*cluster
				if t := foldTitle(mentions[i].Title); t != "" {
					for _, c := range withGiven {
						if c.titles[t] {
							titled = append(titled, c)
						}
					}
				}
				withGiven = titled
			}
			if len(withGiven) == 1 {
				hit = withGiven
			} else if len(withGiven) > 1 {
				hit = nil
			}
		}
		var c *cluster
		if len(hit) == 1 {
			c = hit[0]
		} else {
			// No match, or a name two people could bear: its own person.
			for _, x := range cs {
				if x.given == p.given {
					c = x
				}
			}
			if c == nil {
				c = &cluster{family: p.family, given: p.given, titles: map[string]bool{}}
				byFamily[p.fkey] = append(byFamily[p.fkey], c)
				if p.given != "" && p.first != "" {
					byFirst[p.first] = append(byFirst[p.first], c)
				}
			}
		}
		// The fullest name: with a full given name, longest, and written
		// in mixed case rather than in capitals ("Nikolai Patrushev", not
		// "NIKOLAI PATRUSHEV").
		s := len(names[i]) + 100*boolInt(len(p.given) > 1) - 50*boolInt(strings.ToUpper(names[i]) == names[i])
		if s > c.score || (s == c.score && names[i] < c.name) {
			c.score, c.name = s, names[i]
			if len(p.given) > len(c.given) && (c.given == "" || givenMatch(c.given, p.given)) {
				c.given = p.given
			}
		}
		if p.given != "" {
			if t := foldTitle(mentions[i].Title); t != "" {
				c.titles[t] = true
			}
		}
		of[i] = c
	}
	// Ids, in a stable order.
	var all []*cluster
	seen := map[*cluster]bool{}
	for _, i := range order {
		if c := of[i]; c != nil && !seen[c] {
			seen[c] = true
			all = append(all, c)
		}
	}
	ids := map[*cluster]string{}
	used := map[string]int{}
	for _, c := range all {
		id := c.family
		if c.given != "" {
			id += "-" + fullGiven(c.given)
		}
		used[id]++
		if n := used[id]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		ids[c] = id
	}
	out := make([]Person, len(names))
	for i, c := range of {
		if c == nil {
			continue
		}
		out[i] = Person{ID: ids[c], Name: c.name}
	}
	return out
}
