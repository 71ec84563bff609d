package extract

import "strings"

// This file reads appositions, a title and then the name: "the Minister of
// Foreign Affairs of Malaysia, Dato’ Saifuddin Abdullah", a title written in
// parts between commas, and a title going on into a name ("Special Advisor
// for the Americas Chris Dodd").

// appositionAt reads "the Minister of Foreign Affairs of Malaysia, Dato’
// Saifuddin Abdullah" (a title, a comma, the name) whose title starts at
// ws[ts]; m holds what was read of the title. It returns the mention and
// its end.
func appositionAt(ws []word, ts int, m mention) (mention, int, bool) {
	tEnd, _ := titleChainAt(ws, ts, false)
	ce := complementAt(ws, tEnd, true)
	if endsWithName(ws, ts, ce) {
		// "with the Minister of the Interior David Barrientos, Ms.
		// Guilarte reinforced": the title already holds its name; the
		// name after the comma is another person's
		return m, 0, false
	}
	var j, h, nEnd int
	// "The Minister of State, Minister of Foreign Affairs, National
	// Community Abroad and African Affairs, Mr. Ahmed Attaf": a title of
	// several parts, each closed by a comma, before the name.
	for part := 0; ; part++ {
		if ce >= len(ws) || ws[ce].text != "," {
			return m, 0, false
		}
		j = ce + 1
		var ok bool
		if h, nEnd, ok = appositiveName(ws, j); ok {
			break
		}
		pe := titlePartAt(ws, j)
		if part == 3 || pe == j {
			return m, 0, false
		}
		ce = pe
	}
	a := m
	a.rule = formApposition
	a.title = wordsSpan(ws, ts, ce)
	if sp, v := titleAffiliation(ws, ts, ce); sp.Len() > 0 {
		a.affiliation, a.affilValue = sp, v
	}
	if h > j {
		a.honorific = wordsSpan(ws, j, h)
	}
	a.name = wordsSpan(ws, h, nEnd)
	a.key = nameKey(ws[h:nEnd])
	a.excluded = ts > 0 && precededByExclusion(ws, ts)
	if ts > 0 && ws[ts-1].is("the") {
		a.excluded = a.excluded || precededByExclusion(ws, ts-1)
	}
	return a, skipPostNominals(ws, nEnd), true
}

// countryClosedTitle reads a title at ws[i] that a country closes with no
// "of" before it, then a comma and the name, written however garbled
// ("with Foreign Affairs of Minister Cameroon, Lejeune Mbella Mbella,"):
// the title runs back from ws[i] over capitalized words and connectors to
// the word that opens the list ("with", "and", a comma). The country,
// ws[cs:ce], is the affiliation.
func countryClosedTitle(ws []word, i, cs, ce int, m mention) (mention, int, bool) {
	if ce >= len(ws) || ws[ce].text != "," {
		return m, 0, false
	}
	h, nEnd, ok := appositiveName(ws, ce+1)
	if !ok {
		return m, 0, false
	}
	ts := i
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := ws[k]
		if w.text == "," || w.is("with", "and") {
			break
		}
		if !(w.cap && !w.punct() || w.is("of", "for", "'s")) {
			return m, 0, false
		}
		ts = k
	}
	if ts == 0 || !(ws[ts-1].text == "," || ws[ts-1].is("with", "and")) || ws[ts].is("of", "for", "'s") {
		return m, 0, false
	}
	a := m
	a.rule = formApposition
	a.title = wordsSpan(ws, ts, ce)
	a.affiliation, a.affilValue = wordsSpan(ws, cs, ce), ""
	if h > ce+1 {
		a.honorific = wordsSpan(ws, ce+1, h)
	}
	a.name = wordsSpan(ws, h, nEnd)
	a.key = nameKey(ws[h:nEnd])
	return a, skipPostNominals(ws, nEnd), true
}

// runConnector reports whether ws[k] joins the words of a title's
// complement ("of", "for", "the"): not "on Sunday", "on 5 May".
func runConnector(ws []word, k int) bool {
	if !ws[k].is("of", "for", "to", "on", "the") {
		return false
	}
	return k+1 >= len(ws) || !titleBreak[ws[k+1].norm] && (ws[k+1].cap || ws[k+1].is("the"))
}

// appositiveName reads the name of an apposition at ws[j], after the
// title's comma: an honorific and a name, or a name of two words or more,
// closing there (not a name opening its own title). It returns where the
// name starts and ends.
func appositiveName(ws []word, j int) (h, nEnd int, ok bool) {
	h = honorificAt(ws, j)
	// ", General Aroldo Lazaro", ", Ambassador Akif Cagatay Kilic": a rank
	// after the title is the person's style
	h = honorificAt(ws, rankAt(ws, h))
	nEnd, n := nameAt(ws, h)
	if n == 0 || (h == j && n < 2) {
		return 0, 0, false
	}
	// "Micheál Martin TD,": post-nominals close the name as a comma does
	if e := skipPostNominals(ws, nEnd); e < len(ws) {
		if nx := ws[e]; nx.cap && nx.text != "," {
			return 0, 0, false
		}
	}
	return h, nEnd, true
}

// titlePartAt reads one more part of a title written in parts between
// commas, at ws[j]: a title ("Minister of Foreign Affairs") or a run of
// portfolio and body words ("National Community Abroad and African
// Affairs"). It returns its end, or j when there is none.
func titlePartAt(ws []word, j int) int {
	if te, _ := titleChainAt(ws, j, false); te > j {
		return complementAt(ws, te, true)
	}
	k := j
	title := false
	for k < len(ws) && k < j+8 {
		w := ws[k]
		switch {
		case w.cap && !w.punct() && (isTitleWord(w) || isDemonymWord(w) || !nonName[w.norm]):
			title = title || isTitleWord(w)
		case k > j && w.is("and", "of", "for", "the") || w.text == "&":
		case k > j && w.text == "," && k+2 < len(ws) && ws[k+1].is("and") && ws[k+2].cap && portfolio[ws[k+2].norm]:
			// "Labour, Solidarity, and Social Security": a serial comma
			// before the last portfolio
		default:
			if !title {
				return j
			}
			return k
		}
		k++
	}
	if !title {
		return j
	}
	return k
}

// splitTitleName reads a title starting at ws[ts] whose complement, from
// the connector at ws[j], holds words the lists do not know, and ends with
// a name of two words (three with an initial) before a comma, a
// lower-case word or the end.
func splitTitleName(ws []word, ts, j int, m mention) (mention, int, bool) {
	// The run: connectors, "the" and capitalized words, no "and" (that
	// would join another post or person).
	ce := j
	for k := j; k < len(ws); k++ {
		w := ws[k]
		if runConnector(ws, k) || w.cap && !w.punct() && !nonName[w.norm] {
			if w.cap {
				ce = k + 1
			}
			continue
		}
		break
	}
	if ce < len(ws) && (ws[ce].cap || runConnector(ws, ce)) {
		return m, 0, false
	}
	n := 2
	if ce-3 >= 0 && isInitialLetter(strings.TrimSuffix(ws[ce-2].text, ".")) {
		n = 3
	}
	ns := ce - n
	first := j + 1
	if first < len(ws) && ws[first].is("the") {
		first++
	}
	if ns <= first {
		return m, 0, false
	}
	if nEnd, k := nameAt(ws, ns); nEnd != ce || k < 2 || !isNameWord(ws[ns]) {
		return m, 0, false
	}
	a := m
	a.rule = formSplitTitle
	a.title = wordsSpan(ws, ts, ns)
	a.affiliation, a.affilValue = titleAffiliation(ws, ts, ns)
	a.name = wordsSpan(ws, ns, ce)
	a.key = nameKey(ws[ns:ce])
	a.excluded = precededByExclusion(ws, ts)
	return a, ce, true
}
