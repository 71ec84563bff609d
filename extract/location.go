package extract

import (
	"strings"
	"unicode"

	"github.com/readout/readout/internal/fastre"
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
	placeName = `(?:[Tt]he\s+)?` + capWord + `(?:\s+(?:(?:of|de|du|la|le|am|upon|the|and|es|el|al|da|di|del|do|dos|das|van|von|sur|en)\s+)*` + capWord + `){0,5}`
	// eventName is an occasion: capitalised words, ordinals, numbers and a
	// parenthesised short name ("the 11th Asia-Europe Meeting (ASEM 11)
	// Summit Meeting", "G7 Hiroshima Foreign Ministers' Meeting").
	eventWord = `(?:\p{Lu}[\p{L}\p{M}\d'’.&-]*|\d+(?:st|nd|rd|th)?|\([^()]{1,30}\))`
	eventName = eventWord + `(?:\s+(?:(?:of|on|for|the|and)\s+)*` + eventWord + `){0,10}`
)

type placeRule struct {
	name string
	re   *fastre.Regexp
	// known requires the name to be in the gazetteer ("in X" is too common
	// a phrase to trust otherwise).
	known bool
	// venue requires the name to be a building's (a venue noun in it).
	venue bool
}

var placeRules = []placeRule{
	{"visit-to", fastre.MustCompile(`\b(?i:` + listAlternation(encounterVerbWords(visitOpener)) + `)\s+(?:his|her|their|its|the|a|an)\s+(?:\w+\s+){0,2}?visit\s+to\s+(` + placeName + `)`), false, false},
	{"visiting", fastre.MustCompile(`\b(?:[Vv]isiting|(?:is|was|are|were)\s+(?:currently\s+)?(?:visiting|staying\s+in))\s+(` + placeName + `)`), false, false},
	// "met at the Grand Serail with", "received, Monday at the
	// headquarters of the ministry", "the meeting held at the President's
	// Office", "met ... today in Harpa": a place written right after the
	// words that report the encounter is where it was held, known to the
	// gazetteer or not
	{"encounter-at", encounterAtRe, false, false},
	// "at the guest house of the Ministry of Foreign Affairs", "at the
	// headquarters of the ministry": a venue written in lower case
	{"at-venue-noun", fastre.MustCompile(`\b[Aa]t\s+(the\s+(?:[a-z]+\s+)?` + venueNounAlt + `(?:\s+of\s+(?:the\s+)?(?:` + placeName + `|[a-z]+))?)(?:[^\p{L}\p{M}\p{N}]|$)`), false, false},
	// "at the Prime Minister's Office", "In Jerusalem, Mr. Sullivan met
	// ..." (a sentence may open with the place)
	{"at-venue", fastre.MustCompile(`\b(?:[Aa]t|[Ii]n)\s+(the\s+` + placeName + `)(?:[^\p{L}\p{M}\p{N}]|$)`), true, false},
	// "yesterday in Suva", "on Tuesday in Jeddah"
	{"when-in", fastre.MustCompile(`\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+(?:in|at)\s+(` + placeName + `)`), false, false},
	{"in-place", fastre.MustCompile(`\b(?:[Ii]n|[Aa]t)\s+(` + placeName + `)(?:[^\p{L}\p{M}\p{N}]|$)`), true, false},
}

// venueWords are the nouns that make a name a building or compound: "the
// Samoa High Commission", "Ilaro Court", "the U.S. Department of Commerce",
// "the guest house of the Ministry".
var venueWords = []string{"office", "offices", "residence", "house", "guest house", "guesthouse", "palace", "hall", "hotel",
	"headquarters", "ministry", "embassy", "high commission", "commission", "consulate", "centre", "center", "building",
	"castle", "kremlin", "chancellery", "villa", "manor", "street", "court", "department", "secretariat", "parliament",
	"lodge", "mansion", "pavilion", "complex", "compound", "auditorium", "chamber", "chambers", "premises"}

// venueOwnerWords are the words that, with a people's or country's name,
// say whose a building is without naming it: "the Presidential
// Residence", "the Iranian Embassy", "the Vice President's Residence", "the
// Prime Minister's Office". Such a venue is told apart from its namesakes
// by the city written after it (see venueCity).
var venueOwnerWords = newLexicon(`presidential president's president’s vice prime minister's minister’s premier's premier’s
chancellor's chancellor’s governor's governor’s royal imperial state government federal official national foreign
king's king’s queen's queen’s emir's emir’s general governor-general's governor-general’s`)

// venueNounAlt is venueWords as a lower-case alternation.
var venueNounAlt = `(?:` + listAlternation(venueWords) + `)`

// encounterAtRe finds an "at X" or "in X" that encounterBefore may tie to
// the encounter's verb or noun written just before it ("met at", "received,
// Monday at", "meeting held at", "meetings in"). The words are looked up
// in the encounter table's lexicons, not matched by one large
// case-blind alternation, which was slow on long paragraphs.
var encounterAtRe = fastre.MustCompile(`\b(?:[Aa]t|[Ii]n)\s+((?:the\s+)?` + placeName + `)(?:[^\p{L}\p{M}\p{N}]|$)`)

// encounterBefore reports whether one of the (at most four) words before
// offset at in st is an encounter's verb or noun, with only plain words
// between, and returns where that word starts.
func encounterBefore(st string, at int) (int, bool) {
	end := at
	for n := 0; n < 4; n++ {
		// the word before end
		j := end
		for j > 0 && (st[j-1] == ' ' || st[j-1] == ',') {
			j--
		}
		i := j
		for i > 0 && st[i-1] != ' ' && st[i-1] != ',' {
			i--
		}
		if i == j {
			return 0, false
		}
		w := strings.ToLower(st[i:j])
		if encounterVerbs[w] || meetingNouns[w] {
			return i, true
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return 0, false // a gap holds plain words only
			}
		}
		end = i
	}
	return 0, false
}

// futureBefore, just before an encounter's words, says the encounter is
// still to come ("the meeting to be held today at ...").
var futureBefore = fastre.MustCompile(`(?i)\b(?:to|will|shall)\s+be\s*$`)

// residentBefore finds, just before an "in X", what makes X where someone
// lives or is posted rather than the venue: "who resides in Stockholm",
// "based in Geneva", "accredited to".
var residentBefore = fastre.MustCompile(`(?i)\b(?:resides|resided|residing|resident|based|born|lives|lived|living|accredited)\s*$`)

var occasionRules = []struct {
	name string
	re   *fastre.Regexp
}{
	{"on-the-occasion-of", fastre.MustCompile(`\bon\s+the\s+occasion\s+of\s+(?:the\s+|his\s+|her\s+)?(` + eventName + `)`)},
	{"on-the-margins-of", fastre.MustCompile(`\bon\s+the\s+(?:margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?(` + eventName + `)`)},
	{"to-attend", fastre.MustCompile(`\b(?:to\s+attend|attending|to\s+participate\s+in|participating\s+in)\s+(?:the\s+)?(` + eventName + `)`)},
	{"at-event", fastre.MustCompile(`\bat\s+the\s+(` + eventName + `)`)},
}

// topicBefore finds, in the words just before an "in X", what makes X a
// topic rather than the venue: "to discuss voting rights in America",
// "the situation in Gaza", "investing in America".
var topicBefore = fastre.MustCompile(`(?i)\b(?:discuss\w*|about|regarding|concerning|address\w*|invest\w*|situation|conflict|crisis|developments|poverty)\b`)

// topicWindow is how far before an "in X" topicBefore looks.
const topicWindow = 80

// eventNouns say that a capitalised name is an event, not a place.
// Built from the encounter table's event and part nouns and the names of
// gatherings that are no encounter of their own.
var eventNouns = fastre.MustCompile(`(?i)\b(?:` + listAlternation(append(encounterNouns(true, false), occasionNouns...)) + `|g\d+|cop\d+)s?\b`)

// occasionNouns name gatherings a meeting is held at or on the margins of.
var occasionNouns = []string{"conference", "assembly", "forum", "games", "expo", "council", "funeral", "congress", "symposium"}

// venueNouns say that a capitalised name is a building or compound.
var venueNouns = fastre.MustCompile(`(?i)\b` + venueNounAlt + `\b`)

// venueLexicon holds venueWords' single words, lower case.
var venueLexicon = func() lexicon {
	l := lexicon{}
	for _, v := range venueWords {
		for _, f := range strings.Fields(v) {
			l[f] = true
		}
	}
	return l
}()

// genericVenue reports whether name is a building named only by whose it
// is ("the Presidential Residence", "the Iranian Embassy", "the U.S.
// Embassy"): every word is a venue noun, an owner word or a people's or
// country's name, with one venue noun and one owner. Venue nouns alone
// are a name ("Parliament House", "Government House").
func genericVenue(name string) bool {
	venue, owner := false, false
	for _, f := range strings.Fields(strings.TrimPrefix(name, "the ")) {
		w := strings.ToLower(f)
		switch {
		case venueLexicon[w]:
			venue = true
		case w == "of" || w == "the":
		case venueOwnerWords[w]:
			owner = true
		default:
			if p, ok := LookupPlace(f); !ok || p.Kind != "country" {
				return false
			}
			owner = true
		}
	}
	return venue && owner
}

// inCityAfter finds the city written right after a venue: " in Muscat",
// " in Olivos".
var inCityAfter = fastre.MustCompile(`^,?\s+in\s+(` + placeName + `)`)

// venueCity extends a venue named only by whose it is over the city
// written after it ("the Iranian Embassy in Muscat", "the Presidential
// Residence in Olivos"): the city tells it from its namesakes. A venue
// with a name of its own ("the U.S. Department of Commerce", "Stanley
// Hotel") stands alone, and a country after it is no city.
func venueCity(st string, sp Span) Span {
	if !genericVenue(sp.In(st)) {
		return sp
	}
	m := inCityAfter.FindStringSubmatchIndex(st[sp.End:])
	if m == nil {
		return sp
	}
	c := trimPlace(st[sp.End:], Span{m[2], m[3]})
	name := c.In(st[sp.End:])
	if p, ok := LookupPlace(name); ok && p.Kind == "country" || isMonthOrDay(name) || isDemonym(name) {
		return sp
	}
	return Span{sp.Start, sp.End + c.End}
}

// venueInCity finds a venue written with the city after it: "a bilateral
// meeting at Stanley Hotel in Port Moresby".
var venueInCity = fastre.MustCompile(`\b[Aa]t\s+((?:the\s+)?` + placeName + `)\s+in\s+(` + placeName + `)`)

// countryTail finds the country stated right after a place: ", the Kingdom
// of the Netherlands", " (China)".
var countryTail = fastre.MustCompile(`^(?:,\s+|\s*\(\s*)(` + placeName + `)`)

func (x *reader) extractLocation() {
	// a record that reports no encounter has no location (spec)
	if x.statement.Len() == 0 || x.rec.Kind == KindOther {
		return
	}
	remote := x.rec.Kind == KindTelephoneTalk || x.rec.Kind == KindVideoConference
	st := x.statement.In(x.text)
	base := x.statement.Start
	var occasion Span
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
	var place, country Span
	rule := ""
	if remote {
		// a call or video link has a place only where the text states
		// the building one side took it in ("Today at the Presidential
		// Residence in Olivos, Foreign Minister Solá spoke via
		// teleconference with ...")
		place, country, rule = x.findPlace(x.statement, events, remotePlaceRules)
		country = Span{}
	} else {
		place, country, rule = x.findPlace(x.statement, events, placeRules)
		// The statement names no place: another sentence of the lead may,
		// tied to the encounter ("During the meeting held at the
		// President's Office, ...").
		if place.Len() == 0 && x.lead >= 0 {
		blocks:
			for _, b := range x.leadAndNext() {
				for _, s := range x.sentences(x.window(b)) {
					if s == x.statement {
						continue
					}
					if p, _, r := x.findPlace(s, nil, placeRules[2:3]); p.Len() > 0 {
						place, rule = p, r
						break blocks
					}
				}
			}
		}
	}
	if place.Len() > 0 && x.lead >= 0 {
		if v, ok := x.venueOfCity(place); ok {
			place, rule = v, "venue-in-city"
		}
	}
	if place.Len() == 0 && country.Len() == 0 && occasion.Len() == 0 {
		return
	}
	loc := &Location{}
	if place.Len() > 0 {
		v := place.In(x.text)
		loc.Place = &v
		x.setRule("location.place", place, "location/"+rule)
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

// remotePlaceRules give a call or video link a place only where the
// statement ties a building to it: written just after the words that
// report it ("met virtually from the Oval Office", "met in the Oval Office
// with"), or opening the sentence before who took part ("Today at the
// Presidential Residence in Olivos, Foreign Minister Felipe Solá spoke via
// teleconference with ..."). A building elsewhere in the sentence is a
// title's ("Senior Liaison at the White House") or another event's ("to
// invite him to a meeting at the White House on May 9").
var remotePlaceRules = []placeRule{
	{"encounter-at", encounterAtRe, false, true},
	{"opening-at", fastre.MustCompile(`^(?:[\p{L}\d,]+\s+){0,3}?[Aa]t\s+(the\s+` + placeName + `)(?:\s+in\s+` + placeName + `)?,`), false, true},
}

// venueOfCity finds, in the lead paragraph and the one after it, a venue
// written with the city the statement names ("when the two met today
// during the president's stop over visit in Port Moresby" and then "later
// in a bilateral meeting at Stanley Hotel in Port Moresby"): the venue is
// where, in that city, the encounter was held.
func (x *reader) venueOfCity(city Span) (Span, bool) {
	c := city.In(x.text)
	if venueNouns.MatchString(c) {
		return Span{}, false // already a venue
	}
	for _, b := range x.leadAndNext() {
		for _, sent := range x.sentences(x.window(b)) {
			st := sent.In(x.text)
			for _, m := range venueInCity.FindAllStringSubmatchIndex(st, -1) {
				if trimPlace(st, Span{m[4], m[5]}).In(st) != c {
					continue
				}
				v := trimPlace(st, Span{m[2], m[3]})
				if !venueNouns.MatchString(v.In(st)) || topicBefore.MatchString(st[max(0, m[0]-topicWindow):m[0]]) {
					continue
				}
				return venueCity(st, v).Shift(sent.Start), true
			}
		}
	}
	return Span{}, false
}

// leadAndNext returns the lead paragraph and the body block after it,
// where readouts go on to say where the encounter was held ("During the
// meeting held at the President's Office this morning, ...").
func (x *reader) leadAndNext() []Span {
	out := []Span{x.doc.Blocks[x.lead].Body}
	for i := x.lead + 1; i < len(x.doc.Blocks); i++ {
		if b := x.doc.Blocks[i]; b.Kind == Paragraph || b.Kind == Item {
			return append(out, b.Body)
		}
	}
	return out
}

// findPlace reads the place (and a country named with it or alone) in the
// sentence at sent by rules, tried in order: the first rule that gives a
// place wins, and within a rule the earliest match. A name inside one of
// events (an occasion) is no place.
func (x *reader) findPlace(sent Span, events []Span, rules []placeRule) (place, country Span, rule string) {
	st := sent.In(x.text)
	base := sent.Start
	inEvent := func(s Span) bool {
		for _, e := range events {
			if s.Start >= e.Start && s.Start < e.End {
				return true
			}
		}
		return false
	}
	for _, r := range rules {
		for _, m := range r.re.FindAllStringSubmatchIndex(st, -1) {
			sp := trimPlace(st, Span{m[2], m[3]})
			// "Pakistan's Islamabad": the city, its country before it
			var owner Span
			sp, owner = splitOwner(st, sp)
			abs := sp.Shift(base)
			if sp.Len() == 0 || inEvent(abs) {
				continue
			}
			name := sp.In(st)
			before := st[max(0, m[0]-topicWindow):m[0]]
			if r.name == "encounter-at" {
				start, ok := encounterBefore(st, m[0])
				if !ok {
					continue
				}
				if r.venue && !encounterVerbs[strings.ToLower(st[start:strings.IndexAny(st[start:]+" ", " ,")+start])] {
					// a call's building follows its verb ("met virtually
					// from"); after a noun it is another event's ("to
					// invite him to a meeting at the White House")
					continue
				}
				if futureBefore.MatchString(st[max(0, start-12):start]) {
					continue // "to be held today at": another, coming event
				}
				before = st[start:m[2]] // only the words between the encounter and the place
			}
			if r.name != "visit-to" && r.name != "visiting" && topicBefore.MatchString(before) {
				continue // a place the meeting was about, not where it was
			}
			if residentBefore.MatchString(strings.TrimSuffix(strings.TrimRight(st[:m[2]], " "), " in")) {
				continue // where someone lives or is posted
			}
			if r.venue && !venueNouns.MatchString(name) {
				continue
			}
			p, known := LookupPlace(name)
			if !known && !venueNouns.MatchString(name) && (r.name == "encounter-at" || r.name == "when-in") {
				// a name no gazetteer knows, trusted for where it stands:
				// it must be a name on its own, not a modifier ("the
				// Normandy format", "NATO's") nor two names joined
				if attributive(st[sp.End:]) || strings.HasSuffix(name, "s") && (strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")) ||
					strings.Contains(name, " and ") || strings.Contains(name, " of ") {
					continue
				}
			}
			switch {
			case known && p.Kind == "country":
				if country.Len() == 0 {
					country = abs
				}
				continue
			case !known && r.known && !venueNouns.MatchString(name):
				continue
			case !known && (eventNouns.MatchString(name) && !venueNouns.MatchString(name) || isMonthOrDay(name) || isDemonym(name)):
				continue
			}
			if place.Len() == 0 || abs.Start < place.Start {
				sp = venueCity(st, sp)
				abs = sp.Shift(base)
				place, rule = abs, r.name
				if owner.Len() > 0 {
					country = owner.Shift(base)
				}
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
	return place, country, rule
}

// attributive reports whether the text after a name shows the name
// modifies a noun ("Normandy format", "COVID response"): its next word is
// in lower case and no word that follows a place.
func attributive(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRight(f[0], ",.;:)")
	if w != f[0] || w == "" {
		return false // punctuation right after the name ends it
	}
	r := []rune(w)
	if !unicode.IsLower(r[0]) {
		return false
	}
	return !afterPlaceWords[w]
}

// afterPlaceWords are the lower-case words that may follow a place name
// ("in Harpa on Tuesday", "at the Grand Serail with ...").
var afterPlaceWords = newLexicon(`on to with and in at for of the this that which where who when yesterday today tonight
last next during as after before ahead between from under amid by while since until earlier later this morning afternoon evening`)

// splitOwner splits a country's possessive off a place ("Pakistan's
// Islamabad", "Russia’s Sochi"): it returns the place and the country, or
// sp and an empty span when the name has no such owner.
func splitOwner(s string, sp Span) (place, owner Span) {
	t := sp.In(s)
	for _, apos := range []string{"'s ", "’s "} {
		i := strings.Index(t, apos)
		if i <= 0 {
			continue
		}
		if p, ok := LookupPlace(t[:i]); ok && p.Kind == "country" {
			return Span{sp.Start + i + len(apos), sp.End}, Span{sp.Start, sp.Start + i}
		}
	}
	return sp, Span{}
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
