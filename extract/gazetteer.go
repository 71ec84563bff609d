package extract

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	_ "time/tzdata" // zones resolve without the system's zone data
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/extract/internal/placekey"
)

// gazetteerTSV is the generated gazetteer (see internal/gengazetteer):
// countries with their other names and demonyms, capitals, large cities
// and diplomatic venues, each with its country and IANA zone.
//
//go:embed gazetteer.tsv
var gazetteerTSV string

// Place is a gazetteer entry: a city, venue or country a readout names.
type Place struct {
	// Name is the entry's name as listed.
	Name string
	// Kind is "city", "venue" or "country".
	Kind string
	// Country is the country the place is in (its own name for a country).
	Country string
	// TZ is the IANA time zone of the place (a country's usual zone).
	TZ string
	// MultiZone is true for a country whose people live in several UTC
	// offsets (the United States, Russia): its TZ (the capital's) is then
	// no safe guess for a place elsewhere in it.
	MultiZone bool
}

// gazetteer is the parsed gazetteer: folded name -> entry.
type gazetteer struct {
	byKey map[string]*Place
	// maxWords is the most words any name has, for scanning text.
	maxWords int
	// firstWords holds, sorted, the first word of every key (after a
	// leading "the"): a word no first word starts with opens no place.
	firstWords []string
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// loadGazetteer parses the embedded gazetteer once.
func loadGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = parseGazetteer(gazetteerTSV) })
	return gaz
}

// parseGazetteer reads the TSV: name, kind, country, zone, aliases
// (|-separated), flags. A key already taken keeps its first entry (the
// generator writes each name once).
func parseGazetteer(src string) *gazetteer {
	g := &gazetteer{byKey: make(map[string]*Place, 12000)}
	for line := range strings.SplitSeq(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		p := &Place{Name: f[0], Kind: f[1], Country: f[2], TZ: f[3]}
		if len(f) > 5 && strings.Contains(f[5], "multizone") {
			p.MultiZone = true
		}
		g.add(f[0], p)
		if len(f) > 4 && f[4] != "" {
			for a := range strings.SplitSeq(f[4], "|") {
				g.add(a, p)
			}
		}
	}
	seen := map[string]bool{}
	for k := range g.byKey {
		w, _, _ := strings.Cut(strings.TrimPrefix(k, "the "), " ")
		if !seen[w] {
			seen[w] = true
			g.firstWords = append(g.firstWords, w)
		}
	}
	sort.Strings(g.firstWords)
	return g
}

// mayOpenPlace reports whether a name starting with the word w could be in
// the gazetteer: its folded first word begins some key's first word (a
// prefix, for "Viet Nam" against "vietnam"), or is "the". A cheap test
// before the lookups of every phrase a word opens.
func mayOpenPlace(w string) bool {
	f, _, _ := strings.Cut(placeKey(w), " ")
	if f == "" || f == "the" {
		return true
	}
	fw := loadGazetteer().firstWords
	i := sort.SearchStrings(fw, f)
	return i < len(fw) && strings.HasPrefix(fw[i], f)
}

func (g *gazetteer) add(name string, p *Place) {
	k := placeKey(name)
	if k == "" {
		return
	}
	if _, ok := g.byKey[k]; !ok {
		g.byKey[k] = p
	}
	if n := strings.Count(k, " ") + 1; n > g.maxWords {
		g.maxWords = n
	}
	if c := compactKey(k); c != k {
		if _, ok := g.byKey[c]; !ok {
			g.byKey[c] = p
		}
	}
}

// placeKey folds a name for lookup (see placekey.Fold); the gazetteer's
// generator folds names with the same function.
func placeKey(s string) string { return placekey.Fold(s) }

// compactKey is k without spaces, so that "Viet Nam" finds "Vietnam".
func compactKey(k string) string { return strings.ReplaceAll(k, " ", "") }

// LookupPlace finds name (a city, venue, country or demonym, matched without
// regard to case and a leading "the") in the embedded gazetteer.
func LookupPlace(name string) (Place, bool) {
	g := loadGazetteer()
	k := placeKey(name)
	if k == "" {
		return Place{}, false
	}
	for _, key := range []string{k, strings.TrimPrefix(k, "the "), "the " + k} {
		if p, ok := g.byKey[key]; ok {
			return *p, true
		}
	}
	if p, ok := g.byKey[compactKey(strings.TrimPrefix(k, "the "))]; ok {
		return *p, true
	}
	return Place{}, false
}

// placeMatch is a gazetteer name found in a text.
type placeMatch struct {
	Place Place
	Span  Span
}

// findPlaces returns the gazetteer names written in s with a capital
// letter (longest first at each position, never overlapping), in order.
// Spans are byte offsets into s.
func findPlaces(s string) []placeMatch {
	g := loadGazetteer()
	words := wordSpans(s)
	var out []placeMatch
	for i := 0; i < len(words); {
		w := s[words[i].Start:words[i].End]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			i++
			continue
		}
		found := false
		for n := min(g.maxWords, len(words)-i); n >= 1; n-- {
			sp := Span{words[i].Start, words[i+n-1].End}
			last := s[words[i+n-1].Start:words[i+n-1].End]
			if lr, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(lr) && !unicode.IsDigit(lr) {
				continue // a name ends on a capitalised word
			}
			if p, ok := g.byKey[placeKey(sp.In(s))]; ok {
				out = append(out, placeMatch{Place: *p, Span: sp})
				i += n
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// wordSpans splits s into words: runs of letters, digits, apostrophes,
// dots inside abbreviations and hyphens.
func wordSpans(s string) []Span {
	var out []Span
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
			((r == '\'' || r == '’' || r == '-' || r == '.') && start >= 0 && i+1 < len(s) && s[i+1] != ' ')
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, Span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(s)})
	}
	return out
}
