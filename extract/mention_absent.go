package extract

import "strings"

// This file tells a person merely mentioned from one taking part: "former",
// "the late", "a message from", "attributable to".

// exclusionBefore holds the words that, just before a mention, say the
// person is not taking part: "former Prime Minister Abe", "the late ...".
var exclusionBefore = newLexicon(`former late then ex- outgoing deceased`)

// messageNouns holds the nouns of a message passed on from someone absent:
// "a letter from President X", "on behalf of Prime Minister Y".
var messageNouns = newLexicon(`message messages letter letters greetings regards invitation
behalf condolences congratulations wishes funeral death passing memory
envoy name honor honour`)

// precededByExclusion reports whether the words before ws[i] mark the
// person named there as absent or merely mentioned.
func precededByExclusion(ws []word, i int) bool {
	// "the State Funeral of former Prime Minister Abe" is a mention; "spoke
	// with former Prime Minister Netanyahu" a participant. "The late" is
	// always a mention.
	if i > 0 && exclusionBefore[ws[i-1].norm] {
		if ws[i-1].is("late") || i == 1 || ws[i-2].is("of", "for", "to", "on", "from", "by", "about") ||
			ws[i-2].is("'s") && !countryPossessive(ws, i-2) {
			return true
		}
	}
	if i > 1 && ws[i-1].is("from", "of", "to") && messageNouns[ws[i-2].norm] {
		return !guestOfHonour(ws, i-2)
	}
	if i > 2 && ws[i-1].is("the") && ws[i-2].is("from", "of") && messageNouns[ws[i-3].norm] {
		return !guestOfHonour(ws, i-3)
	}
	if i > 0 && (ws[i-1].is("attributable", "attributed") || i > 1 && ws[i-2].is("attributable", "attributed")) {
		return true
	}
	return false
}

// guestOfHonour reports whether the "honour" at ws[h] is that of a meal or
// reception given for a guest ("held a luncheon in honor of Dr. X", "gives
// a Luncheon in Honour of Prime Minister Y", "hosted a state banquet in
// honour of the visiting King"): the guest of honour is there. A day, a
// monument or a silence in someone's honour is no encounter.
func guestOfHonour(ws []word, h int) bool {
	if h < 2 || !ws[h].is("honour", "honor") || !ws[h-1].is("in") ||
		!meetingNouns[ws[h-2].norm] && !ws[h-2].is("reception", "receptions") {
		return false
	}
	// given, and not only to be given: a report verb before the noun
	// ("held a luncheon", "attended a luncheon", "gives a Luncheon"), not
	// "will be unable to host the Breakfast in honor of"
	for k := h - 3; k >= 1 && k >= h-6; k-- {
		if givenVerbs[ws[k].norm] && !ws[k].cap {
			return !ws[k-1].is("to", "will", "would", "shall", "not")
		}
	}
	return false
}

// givenVerbs are the report verbs, in a tense that reports, with which a
// meal or reception is given or attended: "held", "hosted", "gives".
var givenVerbs = func() lexicon {
	l := newLexicon(`offered offers`)
	for _, v := range encounterVerbWords(reportVerb) {
		if !strings.Contains(v, " ") && (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") || v == "held" || v == "had" || v == "gave" || v == "led") {
			l[v] = true
		}
	}
	return l
}()

// countryPossessive reports whether the "'s" at ws[i] makes a country or
// body the owner of a post ("UAE’s former Minister of State", "Indonesia’s
// President-elect"), not of an event ("Abe's funeral").
func countryPossessive(ws []word, i int) bool {
	if i <= 0 || i >= len(ws) || !ws[i].is("'s") {
		return false
	}
	o := ws[i-1]
	return isPlaceWord(o) || isAcronymWord(o) || o.is("country", "nation", "kingdom", "republic")
}
