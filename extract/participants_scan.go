package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one place a passage names a person: the parts of "H.E. Mr.
// Mark Rutte, Secretary General of the North Atlantic Treaty Organization
// (NATO)" with their spans. A zero Span is a part not stated.
type mention struct {
	name, honorific, title Span
	// titleValue is the title's value when that differs from the span's
	// text: the singular of a plural title over a list of names.
	titleValue string
	// affiliation is the span the affiliation was read from; affilValue
	// is its value when that differs from the span's text (a country for
	// a demonym: "French" -> "France").
	affiliation Span
	affilValue  string
	// key is the name in normal form (see nameKey).
	key []string
	// core is the title's position words without nationality or
	// complement ("prime minister"), for matching "The Prime Minister" to
	// a named person.
	core string
	// unnamed is a mention by title alone ("The President").
	unnamed bool
	// end is the index after the mention's last word.
	end int
	// excluded marks a person named but not taking part: "former Prime
	// Minister Abe", "Prime Minister Abe's visit", "Spokesperson Ned
	// Price".
	excluded bool
	// rule names the form the mention was read by (see mentionForms),
	// shown by readout extract --trace.
	rule string
}

// The forms a mention is read by, named for tracing (readout extract
// --trace shows "participants/titled" and so on).
const (
	// formTitled is [honorific] [title] [honorific] name: "Foreign
	// Minister Motegi", "H.E. Mr. Mark Rutte".
	formTitled = "titled"
	// formPostTitle is name, title: "Joe Biden, President of the United
	// States".
	formPostTitle = "post-title"
	// formBare is a name alone as a side of the encounter: "Sergey Lavrov
	// held talks with Wang Yi".
	formBare = "bare"
	// formUnnamed is a title alone: "The President spoke with ...".
	formUnnamed = "unnamed"
	// formApposition is the title, then the name: "the Minister of Foreign
	// Affairs of Malaysia, Dato’ Saifuddin Abdullah".
	formApposition = "apposition"
	// formSplitTitle is a title going on into a name: "Special Advisor
	// for the Americas Chris Dodd".
	formSplitTitle = "split-title"
	// formList is people under one plural title: "Members of the
	// Presidency Zeljka Cvijanovic, Zeljko Komsic, and Denis Becirovic".
	formList = "list"
	// formCounterpart is the person after "counterpart": "his Indian
	// counterpart Subrahmanyam Jaishankar".
	formCounterpart = "counterpart"
	// formLowerTitle is a nationality and a title in lower case, then the
	// name: "the Egyptian foreign minister Amr Moussa".
	formLowerTitle = "lower-title"
	// formOtherMention marks a title or fuller name taken from another
	// place the text names the person: "Dr Leon" completed from
	// "President of the Caribbean Development Bank (CDB), Dr Gene Leon".
	formOtherMention = "other-mention"
)

// openingClause holds the words that open a clause about another
// encounter before the statement's own: "Following President Biden’s
// conversation with Prime Minister Bennett on April 24, ...".
var openingClause = newLexicon(`following after ahead before prior further building`)

// scanStatement returns the mentions of people in the statement ws,
// leaving out an opening clause about another encounter.
func scanStatement(ws []word) []mention {
	if len(ws) > 0 && openingClause[ws[0].norm] && ws[0].cap {
		for i, w := range ws {
			if w.text == "," {
				return scanMentions(ws[i+1:], true)
			}
		}
	}
	return scanMentions(ws, true)
}

// scanMentions returns the mentions of people in ws, in order. bare
// allows names written with no title or honorific, when the grammar of
// the sentence makes them a side (see bareNameTakesPart).
func scanMentions(ws []word, bare bool) []mention {
	var out []mention
	for i := 0; i < len(ws); {
		if ms, end, ok := listAt(ws, i); ok {
			for _, m := range ms {
				m.end = end
				out = append(out, m)
			}
			i = end
			continue
		}
		m, end, ok := mentionAt(ws, i, bare)
		if !ok {
			i++
			continue
		}
		// "in honor of the Taoiseach and Mrs. Mary Martin": a person joined
		// by "and" to a mere mention is one too.
		if n := len(out); n > 0 && out[n-1].excluded && i > 0 && ws[i-1].is("and") && out[n-1].end == i-1 {
			m.excluded = true
		}
		m.end = end
		out = append(out, m)
		i = end
	}
	return out
}

// mentionAt reads a mention of a person starting at ws[i]. The forms are
// (each part optional where it makes sense):
//
//	[honorific] [pre-name title] [honorific] name [post-nominals]
//	    [of Affiliation | , post-name title [, Ministry of ...]]
//	the pre-name title [of Place], [honorific] name      (apposition)
//	The pre-name title                                    (unnamed)
func mentionAt(ws []word, i int, bare bool) (m mention, end int, ok bool) {
	if ws[i].is("counterpart") && !ws[i].cap && i+1 < len(ws) {
		return counterpartAt(ws, i+1, bare)
	}
	if capsHeads[ws[i].norm] && i > 0 && strings.IndexFunc(ws[i-1].text, unicode.IsDigit) >= 0 {
		// "at 5 PM Moscow time": a clock, not a Prime Minister
		return m, 0, false
	}
	if lm, lEnd, ok := lowerTitleAt(ws, i); ok {
		return lm, lEnd, true
	}
	j := i
	hon1 := honorificAt(ws, j)
	j = hon1
	tEnd, core := titleChainAt(ws, j, i > 0 && ws[i-1].is("the"))
	var titleStart = j
	hasTitle := tEnd > j
	if hasTitle {
		j = tEnd
		j = complementAt(ws, j, false)
		m.title = wordsSpan(ws, titleStart, j)
		m.core = core
		m.affiliation, m.affilValue = titleAffiliation(ws, titleStart, j)
		// "Indonesia’s President-elect": the country owning the post
		// ("UAE’s former Minister of State")
		p := i - 1
		if p > 0 && exclusionBefore[ws[p].norm] {
			p--
		}
		if m.affiliation.Len() == 0 && p > 0 && countryPossessive(ws, p) && (isPlaceWord(ws[p-1]) || isAcronymWord(ws[p-1])) {
			o := ws[p-1]
			m.affiliation, m.affilValue = o.span, ""
			if v, ok := affiliationOf(o); ok && v != o.text {
				m.affilValue = v
			}
		}
	}
	// "the Minister of Foreign Affairs of Malaysia, Dato’ Saifuddin
	// Abdullah": a title closed by a comma, then the name. Tried when the
	// title comes after "the" or goes on with "of" and a word it does not
	// know (a place: names do not follow "of").
	if hasTitle && hon1 == i && (j < len(ws) && ws[j].is("of", "for", "to") || clauseStart(ws, i) || ws[i-1].is("the", "'s", "with", "and") || ws[i-1].text == "," || reportVerbLike(ws[i-1]) || afterTheModifier(ws, i)) {
		if a, aEnd, ok := appositionAt(ws, titleStart, m); ok {
			return a, aEnd, true
		}
	}
	// "Special Advisor for the Americas Chris Dodd": a title going on
	// with words the lists do not know, closed by a two-word name.
	if hasTitle && hon1 == i && j < len(ws) && ws[j].is("of", "for", "to") {
		if a, aEnd, ok := splitTitleName(ws, titleStart, j, m); ok {
			return a, aEnd, true
		}
	}
	hon2 := honorificAt(ws, j)
	if hasTitle && hon2 == j && j < len(ws) && ambassadorStyle(ws, j) {
		hon2 = honorificAt(ws, j+1)
	}
	if !hasTitle && hon2 == j {
		// "Brigadier Mounir Shehadeh", "Colonel Viktor Romanov": a rank
		// before a name of two words or more is the person's style
		if r := rankAt(ws, j); r > j {
			if _, n := nameAt(ws, r); n >= 2 {
				hon2 = r
			}
		}
	}
	switch {
	case hon1 > i:
		m.honorific = wordsSpan(ws, i, hon1)
	case hon2 > j:
		m.honorific = wordsSpan(ws, j, hon2)
	}
	j = hon2
	nEnd, n := nameAt(ws, j)
	named := hasTitle || m.honorific.Len() > 0
	switch {
	case n > 0 && named && m.honorific.Len() == 0 && countryNameAt(ws, j, nEnd):
		// "Foreign Affairs of Minister Cameroon": a country is no one's
		// name; with a comma and a name after it, it closes that name's
		// title, taken as written from the list's opening
		if a, aEnd, ok := countryClosedTitle(ws, i, j, nEnd, m); ok {
			return a, aEnd, true
		}
		return m, 0, false
	case n == 1 && hasTitle && hon1 == i && hon2 == j && j > titleStart && !isHead(ws[j-1]) && nEnd < len(ws) && (ws[nEnd].cap || runConnector(ws, nEnd)):
		// "President of the Russian Academy of Sciences Alexander
		// Sergeyev", "Prime Minister of the Grand Duchy of Luxembourg
		// Xavier Bettel": a word going on as the name of a body is part
		// of the title when a two-word name closes the run.
		if a, aEnd, ok := splitTitleName(ws, titleStart, j-1, m); ok {
			return a, aEnd, true
		}
		m.rule = formTitled
	case n > 0 && named:
		m.rule = formTitled
	case n >= 2 && postTitleAhead(ws, skipPostNominals(ws, nEnd)) && !isPlaceWord(ws[j]) && !isKnownDemonym(ws[j]):
		// "Joe Biden, President of the United States"
		m.rule = formPostTitle
	case bare && n >= 2 && n <= 4 && bareNameTakesPart(ws, j, nEnd):
		// "Sergey Lavrov held talks with Wang Yi": a name as the subject
		// or the object of the encounter.
		m.rule = formBare
	case hasTitle && hon2 == j:
		if i > 0 && ws[i-1].is("the") && ws[i-1].span.End <= ws[i].span.Start && hon1 == i {
			m.unnamed = true
			m.rule = formUnnamed
			m.excluded = precededByExclusion(ws, i-1)
			return m, j, true
		}
		return m, 0, false
	default:
		return m, 0, false
	}
	m.name = wordsSpan(ws, j, nEnd)
	m.key = nameKey(ws[j:nEnd])
	m.excluded = precededByExclusion(ws, i) || isSpokesTitle(ws[titleStart:max(titleStart, tEnd)])
	end = nEnd
	if end < len(ws) && ws[end].is("'s") {
		// A possessive names a participant only before a word for the
		// encounter: "President Biden's Call with ...".
		if end+1 >= len(ws) || !meetingNouns[ws[end+1].norm] {
			m.excluded = true
		}
		return m, end + 1, true
	}
	end = skipPostNominals(ws, end)
	// "Chancellor Olaf Scholz of Germany": the affiliation after the name.
	if end+1 < len(ws) && ws[end].is("of") && hasTitle {
		if aEnd := placeRunAt(ws, end+1); aEnd > end+1 {
			s := end + 1
			if ws[s].is("the") {
				s++
			}
			if s < aEnd {
				m.affiliation, m.affilValue = wordsSpan(ws, s, aEnd), ""
				end = aEnd
			}
		}
	}
	// ", Ghana’s minister of foreign affairs and regional integration,":
	// a post-name title in lower case, owned by a country
	if te := lowerOwnedTitleAt(ws, end+1); end < len(ws) && ws[end].text == "," && te > end+1 && m.title.Len() == 0 {
		m.title = wordsSpan(ws, end+1, te)
		m.core = phraseOf(ws, end+3, te)
		m.affiliation, m.affilValue = ws[end+1].span, ""
		if v, ok := affiliationOf(ws[end+1]); ok && v != ws[end+1].text {
			m.affilValue = v
		}
		return m, te, true
	}
	// ", Minister for Foreign Affairs of Japan,": the post-name title.
	if postTitleAhead(ws, end) {
		ts := postTitleStart(ws, end)
		te := postTitleAt(ws, ts)
		if m.rule == formPostTitle && i > 0 && ws[i-1].is("the", "at", "in") && te < len(ws) && ws[te].text == "," {
			// "at the Palácio de Belém, the Prime Minister of Cabo Verde,
			// Ulisses Correia e Silva": a place, and the title is the
			// next name's
			if _, _, ok := appositiveName(ws, te+1); ok {
				return m, 0, false
			}
		}
		if te > ts && (!hasTitle || wordsSpan(ws, ts, te).Len() > m.title.Len()) {
			m.title = wordsSpan(ws, ts, te)
			_, m.core = titleChainAt(ws, ts, false)
			m.affiliation, m.affilValue = titleAffiliation(ws, ts, te)
			if countryPossessive(ws, ts+1) {
				// "Ghana’s Minister of Foreign Affairs": the country
				// owning the post
				_, m.core = titleChainAt(ws, ts+2, false)
				m.affiliation, m.affilValue = ws[ts].span, ""
				if v, ok := affiliationOf(ws[ts]); ok && v != ws[ts].text {
					m.affilValue = v
				}
			}
			if isSpokesTitle(ws[ts:te]) {
				m.excluded = true
			}
		}
		end = te
		// "... and others, Ministry of Foreign Affairs": others came too.
		if end+1 < len(ws) && ws[end].is("and") && ws[end+1].is("others") {
			end += 2
		}
		// ", Ministry of Foreign Affairs": the body the person serves.
		if a, ae := affiliationTailAt(ws, end); ae > end {
			m.affiliation, m.affilValue = a, ""
			end = ae
		}
	}
	return m, end, true
}

// listAt reads people named under one plural title at ws[i]: "European
// Commission Executive Vice Presidents Margrethe Vestager and Valdis
// Dombrovskis", "Members of the Presidency of Bosnia and Herzegovina
// Zeljka Cvijanovic, Zeljko Komsic, and Denis Becirovic". Each gets the
// title as written; each name has two words or more.
func listAt(ws []word, i int) ([]mention, int, bool) {
	// the title words, ending with a plural head
	j := i
	last := -1
	for j < len(ws) && j < i+8 {
		w := ws[j]
		if w.cap && isPluralHead(w.norm) {
			last = j
			j++
			continue
		}
		if isTitleWord(w) || j == i && (isAcronymWord(w) || isDemonymWord(w)) {
			j++
			continue
		}
		if j > i && w.cap && !w.punct() && !nonName[w.norm] && unknownBeforeBody(ws, j) {
			// "OSCE Minsk Group Co-Chairs": a body's own name
			j++
			continue
		}
		break
	}
	if last < 0 {
		return nil, 0, false
	}
	te := complementAt(ws, last+1, false)
	// each person holds the post in the singular: "Co-Chairs" -> "Co-Chair"
	one := phraseOf(ws, i, last) + " " + singularText(ws[last].text) + " " + phraseOf(ws, last+1, te)
	one = strings.TrimSpace(strings.ReplaceAll(one, "  ", " "))
	var out []mention
	k := te
	for k < len(ws) {
		h := honorificAt(ws, k)
		nEnd, n := nameAt(ws, h)
		if n < 2 {
			break
		}
		m := mention{name: wordsSpan(ws, h, nEnd), key: nameKey(ws[h:nEnd]), title: wordsSpan(ws, i, te), titleValue: one, rule: formList}
		if h > k {
			m.honorific = wordsSpan(ws, k, h)
		}
		m.affiliation, m.affilValue = titleAffiliation(ws, i, te)
		k = skipPostNominals(ws, nEnd)
		// "... Pierre Andrieu and Andrzej Kasprzyk, Personal Representative
		// of the OSCE": a name's own title after it wins, and ends the list
		if postTitleAhead(ws, k) {
			ts := postTitleStart(ws, k)
			k = postTitleAt(ws, ts)
			m.title, m.titleValue = wordsSpan(ws, ts, k), ""
			_, m.core = titleChainAt(ws, ts, false)
			m.affiliation, m.affilValue = titleAffiliation(ws, ts, k)
			out = append(out, m)
			break
		}
		out = append(out, m)
		switch {
		case k+1 < len(ws) && ws[k].text == "," && ws[k+1].is("and"):
			k += 2
		case k < len(ws) && (ws[k].text == "," || ws[k].is("and")):
			k++
		default:
			return out, k, len(out) >= 2
		}
	}
	if len(out) < 2 {
		return nil, 0, false
	}
	return out, k, true
}

// counterpartAt reads the person after "counterpart" ("met her Chinese
// counterpart Wang Yi", "his counterpart, Foreign Minister X"), starting
// at ws[i]: a full mention, or a bare name.
func counterpartAt(ws []word, i int, bare bool) (mention, int, bool) {
	if ws[i].text == "," && i+1 < len(ws) {
		i++
	}
	if m, end, ok := mentionAt(ws, i, bare); ok && !m.unnamed {
		if m.rule == formBare {
			m.rule = formCounterpart
		}
		return m, end, true
	}
	h := honorificAt(ws, i)
	nEnd, n := nameAt(ws, h)
	if n == 0 {
		return mention{}, 0, false
	}
	m := mention{name: wordsSpan(ws, h, nEnd), key: nameKey(ws[h:nEnd]), rule: formCounterpart}
	if h > i {
		m.honorific = wordsSpan(ws, i, h)
	}
	return m, nEnd, true
}

// lowerTitleAt reads "the Egyptian foreign minister Amr Moussa" at ws[i]:
// a nationality, title words in lower case ending with a head, and a name
// of two words or more. ("Russia’s special envoy X had met ..." is left
// out: a possessive post is mostly told of, not present.)
func lowerTitleAt(ws []word, i int) (mention, int, bool) {
	w := ws[i]
	if !w.cap || !isDemonymWord(w) || i+1 < len(ws) && ws[i+1].cap {
		return mention{}, 0, false
	}
	k := i + 1
	head := -1
	for ; k < len(ws) && k < i+6 && !ws[k].cap; k++ {
		n := ws[k].norm
		if isHeadWord(n) {
			head = k
			continue
		}
		if !titleMods[n] && !portfolio[n] {
			break
		}
	}
	if head < 0 || head+1 != k {
		return mention{}, 0, false
	}
	h := honorificAt(ws, k)
	nEnd, n := nameAt(ws, h)
	if n < 2 {
		return mention{}, 0, false
	}
	m := mention{name: wordsSpan(ws, h, nEnd), key: nameKey(ws[h:nEnd]), title: wordsSpan(ws, i, k), rule: formLowerTitle}
	if h > k {
		m.honorific = wordsSpan(ws, k, h)
	}
	m.affiliation, m.affilValue = demonymAffiliation(ws, i, k)
	m.core = phraseOf(ws, i+1, k)
	m.excluded = precededByExclusion(ws, i)
	return m, skipPostNominals(ws, nEnd), true
}

// lowerOwnedTitleAt reads, at ws[i], a title in lower case owned by a
// country and closed by a comma or a full stop: "Ghana’s minister of
// foreign affairs and regional integration", "Russia’s deputy prime
// minister". It returns the title's end, or i.
func lowerOwnedTitleAt(ws []word, i int) int {
	if i+3 >= len(ws) || !countryPossessive(ws, i+1) {
		return i
	}
	k := i + 2
	head := -1
	for ; k < len(ws) && k < i+7 && !ws[k].cap; k++ {
		n := ws[k].norm
		if isHeadWord(n) {
			head = k
			continue
		}
		if !titleMods[n] && !portfolio[n] || head >= 0 {
			break
		}
	}
	if head < 0 || head+1 != k {
		return i
	}
	// "of foreign affairs and regional integration": lower-case
	// portfolio words
	if k+1 < len(ws) && ws[k].is("of", "for") {
		e := k + 1
		for e < len(ws) && !ws[e].cap && (portfolio[ws[e].norm] || ws[e].is("and") && e+1 < len(ws) && portfolio[ws[e+1].norm]) {
			e++
		}
		if e > k+1 {
			k = e
		}
	}
	if k < len(ws) && ws[k].text != "," && ws[k].text != "." {
		return i
	}
	return k
}

// clauseStart reports whether ws[i] opens the passage or follows
// punctuation other than a comma or a tag ("ALGIERS-", "/ENA/"), not a
// word.
func clauseStart(ws []word, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(ws[i-1].text)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ','
}

// openingWhen holds the words of a time phrase a statement may open with
// before its subject: "On Friday", "Today", "On 5 May 2023", "Earlier
// this week".
var openingWhen = newLexicon(`on in at today yesterday tonight earlier later this last morning
afternoon evening night week the of`)

// afterOpeningWhen reports whether the words before ws[j] are only a time
// phrase opening the clause: "On Friday Vladimir Putin had a telephone
// conversation with ...".
func afterOpeningWhen(ws []word, j int) bool {
	dated := false
	for k := j - 1; k >= 0; k-- {
		w := ws[k]
		switch {
		case w.text == ",":
			return dated
		case titleBreak[w.norm] && !openingWhen[w.norm] && !isWeekdayOrMonth(w.norm):
			return false
		case isWeekdayOrMonth(w.norm) || w.is("today", "yesterday", "tonight") || strings.IndexFunc(w.text, unicode.IsDigit) >= 0:
			dated = true
		case openingWhen[w.norm]:
		default:
			return false
		}
	}
	return dated
}

// isWeekdayOrMonth reports whether s names a day of the week or a month
// (the date vocabulary of date.go).
func isWeekdayOrMonth(s string) bool {
	_, m := monthWords[s]
	_, d := fullWeekdays[s]
	return m || d
}
