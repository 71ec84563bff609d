package extract

import (
	"regexp"
	"strings"
)

// Where a meeting took place is read from the statement by named rules:
// a visit ("during his visit to The Hague", "who is visiting New York",
// "Visiting Athens on Thursday"), a venue ("at the Prime Minister's
// Office"), a place ("in Putrajaya"), and the occasion ("on the occasion of
// the NATO Summit", "on the margins of the UN General Assembly", "to attend
// the G20 Summit Meeting"). A name is told apart as city, venue or country
// with the gazetteer; a country alone never becomes the place.

const (
	capWord = `\p{Lu}[\p{L}\p{M}'’.-]*`
	// placeName is up to six capitalised words with the joiners place names
	// use: "The Hague", "New York", "Kuala Lumpur", "Prime Minister's Office".
	placeName = `(?:[Tt]he\s+)?` + capWord + `(?:\s+(?:(?:of|de|du|la|le|am|upon|the|and)\s+)*` + capWord + `){0,5}`
	// eventName is an occasion: capitalised words, ordinals, numbers and a
	// parenthesised short name ("the 11th Asia-Europe Meeting (ASEM 11)
	// Summit Meeting", "G7 Hiroshima Foreign Ministers' Meeting").
	eventWord = `(?:\p{Lu}[\p{L}\p{M}\d'’.&-]*|\d+(?:st|nd|rd|th)?|\([^()]{1,30}\))`
	eventName = eventWord + `(?:\s+(?:(?:of|on|for|the|and)\s+)*` + eventWord + `){0,10}`
)

type placeRule struct {
	name string
	re   *regexp.Regexp
	// known requires the name to be in the gazetteer ("in X" is too common
	// a phrase to trust otherwise).
	known bool
}

var placeRules = []placeRule{
	{"visit-to", regexp.MustCompile(`\b(?:[Dd]uring|[Oo]n|[Ii]n the course of|[Aa]s part of)\s+(?:his|her|their|its|the|a)\s+(?:\w+\s+){0,2}?visit\s+to\s+(` + placeName + `)`), false},
	{"visiting", regexp.MustCompile(`\b(?:[Vv]isiting|(?:is|was|are|were)\s+(?:currently\s+)?(?:visiting|staying\s+in))\s+(` + placeName + `)`), false},
	// "at the Prime Minister's Office", "In Jerusalem, Mr. Sullivan met
	// ..." (a sentence may open with the place)
	{"at-venue", regexp.MustCompile(`\b(?:[Aa]t|[Ii]n)\s+(the\s+` + placeName + `)(?:[^\p{L}\p{M}]|$)`), true},
	{"in-place", regexp.MustCompile(`\b(?:[Ii]n|[Aa]t)\s+(` + placeName + `)(?:[^\p{L}\p{M}]|$)`), true},
}

var occasionRules = []struct {
	name string
	re   *regexp.Regexp
}{
	{"on-the-occasion-of", regexp.MustCompile(`\bon\s+the\s+occasion\s+of\s+(?:the\s+|his\s+|her\s+)?(` + eventName + `)`)},
	{"on-the-margins-of", regexp.MustCompile(`\bon\s+the\s+(?:margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?(` + eventName + `)`)},
	{"to-attend", regexp.MustCompile(`\b(?:to\s+attend|attending|to\s+participate\s+in|participating\s+in)\s+(?:the\s+)?(` + eventName + `)`)},
	{"at-event", regexp.MustCompile(`\bat\s+the\s+(` + eventName + `)`)},
}

// topicBefore finds, in the words just before an "in X", what makes X a
// topic rather than the venue: "to discuss voting rights in America",
// "the situation in Gaza", "investing in America".
var topicBefore = regexp.MustCompile(`(?i)\b(?:discuss\w*|about|regarding|concerning|address\w*|invest\w*|situation|conflict|crisis|developments|poverty)\b`)

// topicWindow is how far before an "in X" topicBefore looks.
const topicWindow = 80

// eventNouns say that a capitalised name is an event, not a place.
var eventNouns = regexp.MustCompile(`(?i)\b(?:summit|meeting|conference|assembly|forum|session|dialogue|games|expo|council|ceremony|funeral|congress|symposium|talks|g\d+|cop\d+)s?\b`)

// venueNouns say that a capitalised name is a building or compound.
var venueNouns = regexp.MustCompile(`(?i)\b(?:office|residence|house|palace|hall|hotel|headquarters|ministry|embassy|centre|center|building|castle|kremlin|chancellery|villa|manor|street)\b`)

// countryTail finds the country stated right after a place: ", the Kingdom
// of the Netherlands", " (China)".
var countryTail = regexp.MustCompile(`^(?:,\s+|\s*\(\s*)(` + placeName + `)`)

func (x *reader) extractLocation() {
	if x.statement.Len() == 0 {
		return
	}
	remote := x.rec.Kind == KindTelephoneTalk || x.rec.Kind == KindVideoConference
	st := x.statement.In(x.text)
	base := x.statement.Start
	var place, country, occasion Span
	// occasions first: a name the occasion rules take is not a place
	var events []Span
	for _, r := range occasionRules {
		for _, m := range r.re.FindAllStringSubmatchIndex(st, -1) {
			sp := trimEvent(st, Span{m[2], m[3]})
			if !eventNouns.MatchString(sp.In(st)) {
				continue
			}
			events = append(events, sp.Shift(base))
			if occasion.Len() == 0 || sp.Start+base < occasion.Start {
				occasion = sp.Shift(base)
			}
		}
	}
	inEvent := func(s Span) bool {
		for _, e := range events {
			if s.Start >= e.Start && s.Start < e.End {
				return true
			}
		}
		return false
	}
	if !remote {
		for _, r := range placeRules {
			for _, m := range r.re.FindAllStringSubmatchIndex(st, -1) {
				sp := trimPlace(st, Span{m[2], m[3]})
				abs := sp.Shift(base)
				if sp.Len() == 0 || inEvent(abs) {
					continue
				}
				name := sp.In(st)
				if r.known && topicBefore.MatchString(st[max(0, m[0]-topicWindow):m[0]]) {
					continue // a place the meeting was about, not where it was
				}
				p, known := LookupPlace(name)
				switch {
				case known && p.Kind == "country":
					if country.Len() == 0 {
						country = abs
					}
					continue
				case !known && r.known && !venueNouns.MatchString(name):
					continue
				case !known && (eventNouns.MatchString(name) || isMonthOrDay(name) || isDemonym(name)):
					continue
				}
				if place.Len() == 0 || abs.Start < place.Start {
					place = abs
					if t := countryTail.FindStringSubmatchIndex(st[sp.End:]); t != nil {
						c := trimPlace(st[sp.End:], Span{t[2], t[3]})
						if cp, ok := LookupPlace(c.In(st[sp.End:])); ok && cp.Kind == "country" {
							country = c.Shift(base + sp.End)
						}
					}
				}
			}
			if place.Len() > 0 {
				break
			}
		}
	}
	if place.Len() == 0 && country.Len() == 0 && occasion.Len() == 0 {
		return
	}
	loc := &Location{}
	if place.Len() > 0 {
		loc.Place = x.str("location.place", place)
	}
	if country.Len() > 0 {
		// a country is written as its name: "Kingdom of the Netherlands"
		if t := country.In(x.text); len(t) > 4 && strings.EqualFold(t[:4], "the ") {
			country.Start += 4
		}
		loc.Country = x.str("location.country", country)
	}
	if occasion.Len() > 0 {
		loc.Occasion = x.str("location.occasion", occasion)
	}
	x.rec.Location = loc
}

// trimPlace drops a leading "the " that is not part of the name's own
// spelling ("the Kingdom of the Netherlands" keeps it as written, but "the
// UK" may be looked up either way) and trailing joiners and punctuation.
func trimPlace(s string, sp Span) Span {
	t := sp.In(s)
	for {
		n := len(t)
		t = strings.TrimRight(t, " ,;:’'")
		// a final dot ends the sentence, unless it ends an abbreviation
		// ("U.S.", "Washington, D.C.")
		if strings.HasSuffix(t, ".") && !strings.Contains(t[strings.LastIndexByte(t, ' ')+1:len(t)-1], ".") {
			t = t[:len(t)-1]
		}
		for _, j := range []string{" of", " and", " the", " on", " de", " la", " le"} {
			t = strings.TrimSuffix(t, j)
		}
		if len(t) == n {
			break
		}
	}
	return Span{sp.Start, sp.Start + len(t)}
}

// trimEvent drops trailing joiners and an unbalanced parenthesis from an
// event name.
func trimEvent(s string, sp Span) Span {
	sp = trimPlace(s, sp)
	t := sp.In(s)
	if strings.Count(t, "(") > strings.Count(t, ")") {
		t = strings.TrimSpace(t[:strings.LastIndex(t, "(")])
	}
	return Span{sp.Start, sp.Start + len(t)}
}

// isMonthOrDay reports whether name is a month or weekday name ("in April").
func isMonthOrDay(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(f[0], "."))
	_, m := monthWords[w]
	_, d := weekdayWords[w]
	return m || d
}

// isDemonym reports whether name is a people's name ("Japanese") rather
// than a place: the gazetteer knows demonyms as country aliases, and they
// end in the usual suffixes.
func isDemonym(name string) bool {
	l := strings.ToLower(name)
	for _, suf := range []string{"ese", "ian", "ish", "ean", "an", "i"} {
		if strings.HasSuffix(l, suf) {
			if p, ok := LookupPlace(name); ok && p.Kind == "country" && !strings.EqualFold(p.Name, name) {
				return true
			}
		}
	}
	return false
}
