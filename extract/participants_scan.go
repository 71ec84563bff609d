package extract

import "strings"

// mention is one place a passage names a person: the parts of "H.E. Mr.
// Mark Rutte, Secretary General of the North Atlantic Treaty Organization
// (NATO)" with their spans. A zero Span is a part not stated.
type mention struct {
	name, honorific, title Span
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
}

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
	}
	// "the Minister of Foreign Affairs of Malaysia, Dato’ Saifuddin
	// Abdullah": a title closed by a comma, then the name. Tried when the
	// title comes after "the" or goes on with "of" and a word it does not
	// know (a place: names do not follow "of").
	if hasTitle && hon1 == i && (j < len(ws) && ws[j].is("of", "for", "to") || i > 0 && ws[i-1].is("the")) {
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
	case n > 0 && named:
	case n >= 2 && postTitleAhead(ws, skipPostNominals(ws, nEnd)) && !isPlaceWord(ws[j]) && !isDemonymWord(ws[j]):
		// "Joe Biden, President of the United States"
	case bare && n >= 2 && n <= 4 && bareNameTakesPart(ws, j, nEnd):
		// "Sergey Lavrov held talks with Wang Yi": a name as the subject
		// or the object of the encounter.
	case hasTitle && hon2 == j:
		if i > 0 && ws[i-1].is("the") && ws[i-1].span.End <= ws[i].span.Start && hon1 == i {
			m.unnamed = true
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
	// ", Minister for Foreign Affairs of Japan,": the post-name title.
	if postTitleAhead(ws, end) {
		ts := end + 1
		te := postTitleAt(ws, ts)
		if te > ts && (!hasTitle || wordsSpan(ws, ts, te).Len() > m.title.Len()) {
			m.title = wordsSpan(ws, ts, te)
			_, m.core = titleChainAt(ws, ts, false)
			m.affiliation, m.affilValue = titleAffiliation(ws, ts, te)
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
		break
	}
	if last < 0 {
		return nil, 0, false
	}
	te := complementAt(ws, last+1, false)
	var out []mention
	k := te
	for k < len(ws) {
		h := honorificAt(ws, k)
		nEnd, n := nameAt(ws, h)
		if n < 2 {
			break
		}
		m := mention{name: wordsSpan(ws, h, nEnd), key: nameKey(ws[h:nEnd]), title: wordsSpan(ws, i, te)}
		if h > k {
			m.honorific = wordsSpan(ws, k, h)
		}
		m.affiliation, m.affilValue = titleAffiliation(ws, i, te)
		out = append(out, m)
		k = skipPostNominals(ws, nEnd)
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
		return m, end, true
	}
	h := honorificAt(ws, i)
	nEnd, n := nameAt(ws, h)
	if n == 0 {
		return mention{}, 0, false
	}
	m := mention{name: wordsSpan(ws, h, nEnd), key: nameKey(ws[h:nEnd])}
	if h > i {
		m.honorific = wordsSpan(ws, i, h)
	}
	return m, nEnd, true
}

// titleChainAt reads a pre-name title's position words at ws[i]:
// modifiers, nationality words and acronyms ending with a head ("French
// Foreign Minister", "NATO Secretary General", "Deputy Prime Minister &
// Coordinating Minister"). It returns the end of the last head (i when
// there is none) and the core words, lower-cased. After "the", "and"
// does not join two posts: "the President and Speaker Pelosi" are two
// people.
func titleChainAt(ws []word, i int, afterThe bool) (end int, core string) {
	end = i
	var coreWords []string
	j := i
	for j < len(ws) {
		w := ws[j]
		switch {
		case isHead(w):
			coreWords = append(coreWords, w.norm)
			j++
			end = j
			continue
		case w.cap && (titleMods[w.norm] || portfolio[w.norm] || orgWords[w.norm]):
			coreWords = append(coreWords, w.norm)
			j++
			continue
		case j == i && placeAt(ws, j) > j+1 && placeAt(ws, j) < len(ws) && isTitleWord(ws[placeAt(ws, j)]):
			// a place of several words before the title: "Northern Ireland
			// First Minister", "New Zealand Foreign Minister"
			j = placeAt(ws, j)
			continue
		case j == i && (isAcronymWord(w) || isDemonymWord(w)) && j+1 < len(ws) && isTitleWord(ws[j+1]):
			j++
			continue
		case j > i && w.cap && !nonName[w.norm] && unknownBeforeHead(ws, j):
			// "Chief Medical Advisor": a word the lists lack, between title
			// words and a head.
			j++
			continue
		case end > i && (w.text == "&" || w.text == "/" || w.is("and") && !afterThe) && j+1 < len(ws) && isTitleWord(ws[j+1]) && chainReachesHead(ws, j+1):
			coreWords = append(coreWords, "and")
			j++
			continue
		}
		break
	}
	if end == i {
		return i, ""
	}
	// Keep the core words up to the last head only.
	n := 0
	for k := i; k < end; k++ {
		if isTitleWord(ws[k]) || ws[k].is("and") || ws[k].text == "&" {
			n++
		}
	}
	if n < len(coreWords) {
		coreWords = coreWords[:n]
	}
	return end, strings.Join(coreWords, " ")
}

// unknownBeforeHead reports whether ws[i] and at most one more capitalized
// word the lists do not know are followed by a head.
func unknownBeforeHead(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+2; k++ {
		if !ws[k].cap || nonName[ws[k].norm] || ws[k].punct() {
			return false
		}
		if k+1 < len(ws) && isHead(ws[k+1]) {
			return true
		}
	}
	return false
}

// chainReachesHead reports whether the title words from ws[i] lead to a
// head before anything else.
func chainReachesHead(ws []word, i int) bool {
	for ; i < len(ws); i++ {
		if isHead(ws[i]) {
			return true
		}
		if !isTitleWord(ws[i]) {
			return false
		}
	}
	return false
}

// complementAt reads what a pre-name title is of or for ("of State", "for
// Foreign Affairs", "of Foreign Affairs of Malaysia", "to Japan") and
// returns its end (i when there is none). Only portfolio words, bodies,
// acronyms and places are taken, so that the name after the title stays
// out; greedy also takes unknown capitalized words (for an apposition,
// where a comma closes the title).
func complementAt(ws []word, i int, greedy bool) int {
	end := i
	for j := i; j+1 < len(ws); {
		if !ws[j].is("of", "for", "to", "on") {
			break
		}
		k := j + 1
		if ws[k].is("the") {
			k++
		}
		start := k
		for k < len(ws) {
			w := ws[k]
			switch {
			case w.cap && honorificAt(ws, k) > k:
				// "Minister for Foreign Affairs Senator the Hon Penny Wong"
			case w.cap && (portfolio[w.norm] || orgWords[w.norm] || isAcronymWord(w) || titleMods[w.norm] || isHead(w)):
				k++
				continue
			case w.cap && greedy && !nonName[w.norm]:
				k++
				continue
			case w.cap && placeAt(ws, k) > k:
				// a place, unless it comes after a body and a name goes on
				// after it: "of the National Economic Council Bharat
				// Ramamurti" ("Bharat" is India too)
				pe := placeAt(ws, k)
				if k > start && pe < len(ws) && isNameWord(ws[pe]) && placeAt(ws, pe) == pe {
					break
				}
				k = pe
				continue
			case k > start && (w.is("and") || w.text == "&") && k+1 < len(ws) && ws[k+1].cap && (greedy || portfolio[ws[k+1].norm] || isPlaceWord(ws[k+1])):
				k++
				continue
			case k > start && w.is("'s") && greedy:
				k++
				continue
			case k > start && w.text == "(" && k+2 < len(ws) && ws[k+2].text == ")":
				k += 3
				continue
			}
			break
		}
		for k > start && (ws[k-1].is("and", "'s") || ws[k-1].text == "&") {
			k--
		}
		if k == start {
			break
		}
		end = k
		j = k
	}
	return end
}

// isPlaceWord reports whether w is a place the gazetteer knows.
func isPlaceWord(w word) bool {
	_, ok := LookupPlace(w.text)
	return ok && w.cap
}

// placeAt returns the end of the longest place name the gazetteer knows
// at ws[i] ("New Zealand", "Republic of Korea"), or i.
func placeAt(ws []word, i int) int {
	if i >= len(ws) || !ws[i].cap {
		return i
	}
	for n := min(5, len(ws)-i); n >= 1; n-- {
		last := ws[i+n-1]
		if !last.cap || last.punct() {
			continue
		}
		if _, ok := LookupPlace(phraseOf(ws, i, i+n)); ok {
			return i + n
		}
	}
	return i
}

// appositionAt reads "the Minister of Foreign Affairs of Malaysia, Dato’
// Saifuddin Abdullah" (a title, a comma, the name) whose title starts at
// ws[ts]; m holds what was read of the title. It returns the mention and
// its end.
func appositionAt(ws []word, ts int, m mention) (mention, int, bool) {
	tEnd, _ := titleChainAt(ws, ts, false)
	ce := complementAt(ws, tEnd, true)
	if ce >= len(ws) || ws[ce].text != "," {
		return m, 0, false
	}
	j := ce + 1
	h := honorificAt(ws, j)
	nEnd, n := nameAt(ws, h)
	if n == 0 || (h == j && n < 2) {
		return m, 0, false
	}
	// The name must close there: not a name opening its own title.
	if nEnd < len(ws) {
		if nx := ws[nEnd]; nx.cap && nx.text != "," {
			return m, 0, false
		}
	}
	a := m
	a.title = wordsSpan(ws, ts, ce)
	a.affiliation, a.affilValue = titleAffiliation(ws, ts, ce)
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
		if w.is("of", "for", "to", "on", "the") || w.cap && !w.punct() && !nonName[w.norm] {
			if w.cap {
				ce = k + 1
			}
			continue
		}
		break
	}
	if ce < len(ws) && (ws[ce].cap || ws[ce].is("of", "for", "to", "on", "the")) {
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
	a.title = wordsSpan(ws, ts, ns)
	a.affiliation, a.affilValue = titleAffiliation(ws, ts, ns)
	a.name = wordsSpan(ws, ns, ce)
	a.key = nameKey(ws[ns:ce])
	a.excluded = precededByExclusion(ws, ts)
	return a, ce, true
}

// postTitleAhead reports whether ws[i] is a comma opening a post-name
// title: ", Minister for Foreign Affairs of Japan".
func postTitleAhead(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i].text != "," || !opensTitle(ws, i+1) {
		return false
	}
	// ", Chancellor Olaf Scholz of Germany": a title with a name after it
	// opens the next person of a list.
	// ", White House Coordinator for Operation Allies Welcome Jack
	// Markell,": a title ending with a name in a list is the next person.
	pe := postTitleAt(ws, i+1)
	if pe < len(ws) && isNameWord(ws[pe]) {
		// ", Minister of Commerce and G20 Sherpa Piyush Goyal"
		return false
	}
	if pe-2 > i+1 && (pe == len(ws) || ws[pe].text == "," || ws[pe].is("and")) &&
		isNameWord(ws[pe-1]) && isNameWord(ws[pe-2]) && !ws[pe-3].is("of", "for", "to", "on", "the") &&
		placeAt(ws, pe-2) != pe && placeAt(ws, pe-1) != pe {
		return false
	}
	te, _ := titleChainAt(ws, i+1, false)
	j := complementAt(ws, te, false)
	if j+2 < len(ws) && ws[j].text == "(" && ws[j+2].text == ")" {
		j += 3
	}
	if j < len(ws) && (honorificAt(ws, j) > j || isNameWord(ws[j])) {
		return false
	}
	return true
}

// opensTitle reports whether a title starts at ws[i]: title words (or a
// nationality or acronym) reaching a head within a few words.
func opensTitle(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+6; k++ {
		w := ws[k]
		if isHead(w) {
			return true
		}
		if isTitleWord(w) || (k == i && (isAcronymWord(w) || isDemonymWord(w))) {
			continue
		}
		return false
	}
	return false
}

// postTitleStop holds the words that end a post-name title: the verb or
// clause that follows it.
var postTitleStop = newLexicon(`who which that whose held holds hold had has have having was were is
are met meets meet spoke speaks received receives paid pays during at in while
when where as with from by upon following after before visited visiting
attended attending expressed said stated welcomed`)

// titleBreak holds the capitalized words that cannot be inside a title:
// pronouns, clause openers, days and months.
var titleBreak = newLexicon(`he she they we i it his her their our both today yesterday tonight
this these those during following after before while when also as upon
january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday`)

// postTitleAt reads a post-name title starting at ws[i] and returns its
// end. It runs to the clause that follows: a comma (unless another
// title-only phrase follows it: ", Special Envoy for ..."), a full stop, a
// verb, "and" before another person or "and others".
func postTitleAt(ws []word, i int) int {
	end := i
	j := i
	depth := 0
	for j < len(ws) && j < i+40 {
		w := ws[j]
		switch {
		case w.text == "(":
			depth++
			j++
			continue
		case w.text == ")":
			if depth == 0 {
				return end
			}
			depth--
			j++
			end = j
			continue
		case depth > 0:
			j++
			continue
		case w.text == "," && j > i && j+1 < len(ws) && (portfolio[ws[j-1].norm] || orgWords[ws[j-1].norm]) &&
			ws[j+1].cap && (portfolio[ws[j+1].norm] || orgWords[ws[j+1].norm]):
			// "for Foreign, Commonwealth and Development Affairs": a list of
			// portfolios.
			j++
			continue
		case w.text == ",":
			// ", Special Envoy for ...": a second title of the same person.
			if j+1 < len(ws) && !ws[j+1].is("ministry", "embassy", "department", "government", "office") && opensTitle(ws, j+1) {
				te, _ := titleChainAt(ws, j+1, false)
				ce := complementAt(ws, te, false)
				if h := honorificAt(ws, ce); h == ce {
					if _, n := nameAt(ws, ce); n == 0 {
						j++
						continue
					}
				}
			}
			return end
		case w.punct() && w.text != "-" && w.text != "’" && w.text != "'":
			return end
		case w.is("and") || w.text == "&":
			if j+1 < len(ws) && ws[j+1].cap && honorificAt(ws, j+1) == j+1 && isTitleOrBody(ws[j+1]) {
				j++
				continue
			}
			return end
		case w.is("of", "for", "to", "on", "the"):
			if j+1 < len(ws) && (ws[j+1].cap || ws[j+1].is("the") || isOrdinalWord(ws[j+1].text)) && !titleBreak[ws[j+1].norm] || (j+1 < len(ws) && ws[j+1].is("the")) {
				j++
				continue
			}
			return end
		case w.cap:
			if titleBreak[w.norm] {
				return end
			}
			// "National Security Advisor (NSA) Tzachi Hanegbi", "Director of
			// the Gender Policy Council Jennifer Klein": a name right after
			// a head, a body or a place is the next person's.
			if j > i && isNameWord(w) && !isAcronymWord(w) && placeAt(ws, j) == j && endsTitleWords(ws, j) {
				if _, n := nameAt(ws, j); n >= 2 {
					return end
				}
			}
			j++
			end = j
			continue
		case w.is("'s"):
			j++
			continue
		default:
			// A lower-case word stays inside the title only when the title
			// goes on with "of"/"for" and a capital: "President of the 79th
			// session of the United Nations General Assembly".
			if postTitleStop[w.norm] || !lowerRunInTitle(ws, j) {
				return end
			}
			j++
			continue
		}
	}
	return end
}

// endsTitleWords reports whether the word before ws[i] closes a run of
// title words: a head, a body, a portfolio, a place, a closing bracket.
func endsTitleWords(ws []word, i int) bool {
	p := ws[i-1]
	if p.text == ")" || isTitleWord(p) {
		return true
	}
	// a place's own name ("of Ukraine Oleksandr Kubrakov"), not a
	// nationality ("The Asian American Foundation")
	if pl, ok := LookupPlace(p.text); ok && (strings.EqualFold(pl.Name, p.text) || strings.EqualFold(pl.Country, p.text)) {
		return true
	}
	return i > 1 && placeAt(ws, i-2) == i
}

// isTitleOrBody reports whether w continues a title after "and": a title
// word, a body, a portfolio, an acronym ("Reform and UN Security Council").
func isTitleOrBody(w word) bool {
	return isTitleWord(w) || isAcronymWord(w) || isPlaceWord(w)
}

// lowerRunInTitle reports whether the lower-case words from ws[i] are
// followed, within three words, by "of"/"for" and a capitalized word.
func lowerRunInTitle(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+4; k++ {
		w := ws[k]
		if w.is("of", "for") {
			return k > i && k+1 < len(ws) && (ws[k+1].cap || ws[k+1].is("the"))
		}
		if w.cap || w.punct() || postTitleStop[w.norm] {
			return false
		}
	}
	return false
}

// affiliationTailAt reads ", Ministry of Foreign Affairs" after a title:
// the body a person serves, written after the title. It returns its span
// and end, or end i.
func affiliationTailAt(ws []word, i int) (Span, int) {
	if i+2 >= len(ws) || ws[i].text != "," || !ws[i+1].is("ministry", "embassy", "department", "government", "office", "secretariat") {
		return Span{}, i
	}
	j := i + 1
	end := j + 1
	for k := j + 1; k < len(ws); k++ {
		w := ws[k]
		if w.cap {
			end = k + 1
			continue
		}
		if w.is("of", "for", "the", "and") {
			continue
		}
		break
	}
	return wordsSpan(ws, j, end), end
}

// placeRunAt reads the place or body after "of" in "Chancellor Olaf Scholz
// of Germany", "President Xi Jinping of the People’s Republic of China":
// capitalized words joined by "of", "and", "the" and possessives. It
// returns its end, or i.
func placeRunAt(ws []word, i int) int {
	end := i
	j := i
	if j < len(ws) && ws[j].is("the") {
		j++
	}
	for j < len(ws) {
		w := ws[j]
		switch {
		case w.cap && !nonName[w.norm] || isAcronymWord(w):
			j++
			end = j
			continue
		case end > i && w.is("'s") && j+1 < len(ws) && ws[j+1].cap:
			j++
			continue
		case end > i && w.is("of", "and", "the") && j+1 < len(ws) && (ws[j+1].cap || ws[j+1].is("the")):
			// "Trinidad and Tobago", but not "Italy and Diplomatic
			// Advisor ...": another person after "and".
			if w.is("and") && (isTitleWord(ws[j+1]) || honorificAt(ws, j+1) > j+1) {
				return end
			}
			j++
			continue
		}
		break
	}
	return end
}

// titleAffiliation returns the affiliation plain from the title
// ws[ts:te]: what a position is "of" ("of Japan", "of the North Atlantic
// Treaty Organization (NATO)"), or a nationality or body written before
// it ("French Foreign Minister", "NATO Secretary General").
func titleAffiliation(ws []word, ts, te int) (Span, string) {
	// Of several posts' bodies ("Member of the Political Bureau of the CPC
	// Central Committee and Minister of Foreign Affairs of the People's
	// Republic of China") the one naming a country is the affiliation.
	var first Span
	for k := ts; k < te-1; {
		sp, next := ofAffiliation(ws, k, te)
		if sp.Len() <= 0 {
			break
		}
		if first.Len() == 0 {
			first = sp
		}
		if namesPlace(ws, next, sp) {
			return sp, ""
		}
		k = next
	}
	if first.Len() > 0 {
		return first, ""
	}
	return demonymAffiliation(ws, ts, te)
}

// namesPlace reports whether the affiliation span sp, whose last word
// ends before ws[end], ends with a place the gazetteer knows ("Republic of
// Kenya", "the People's Republic of China").
func namesPlace(ws []word, end int, sp Span) bool {
	for s := end - 1; s >= 0 && ws[s].span.Start >= sp.Start; s-- {
		if placeAt(ws, s) == end {
			return true
		}
	}
	return false
}

// ofAffiliation finds the next body a title is "of", from ws[k] on,
// before ws[te]: its span and the index after it; an invalid span when
// there is none.
func ofAffiliation(ws []word, k, te int) (Span, int) {
	for ; k < te-1; k++ {
		if !ws[k].is("of") {
			continue
		}
		s := k + 1
		if ws[s].is("the") {
			s++
		}
		if s >= te || !ws[s].cap {
			continue
		}
		// "Secretary of State", "Minister of Foreign Affairs": a portfolio,
		// not an affiliation, unless a place is named.
		e := s
		allPortfolio := true
		for e < te && !ws[e].is("of", "for", "to", "and", ",") {
			if !portfolio[ws[e].norm] {
				allPortfolio = false
			}
			e++
		}
		if allPortfolio {
			continue
		}
		// "of the Political Bureau ... and Director of ...": a second post
		// ends the first one's body.
		ae := te
		for q := s; q < te-1; q++ {
			if ws[q].text == "," || ws[q].is("to") || ws[q].is("and") && isTitleWord(ws[q+1]) && chainReachesHead(ws, q+1) {
				ae = q
				break
			}
		}
		return wordsSpan(ws, s, ae), ae
	}
	return Span{}, te
}

// demonymAffiliation returns the country or body a title's first word
// names ("French Foreign Minister", "NATO Secretary General").
func demonymAffiliation(ws []word, ts, te int) (Span, string) {
	// a place of several words before the title is its affiliation as
	// written: "Northern Ireland First Minister", "New Zealand Prime Minister"
	if pe := placeAt(ws, ts); pe > ts+1 && pe < te {
		return wordsSpan(ws, ts, pe), ""
	}
	if ts < te && (isAcronymWord(ws[ts]) || isDemonymWord(ws[ts])) {
		if v, ok := affiliationOf(ws[ts]); ok {
			if v == ws[ts].text {
				v = ""
			}
			return ws[ts].span, v
		}
	}
	return Span{}, ""
}

// bareNameTakesPart reports whether the name ws[j:end], written with no
// title or honorific, is a side of the encounter: the subject of an
// encounter verb at the start of a clause ("Sergey Lavrov held talks",
// "Sergey Lavrov and Wang Yi met"), or its object ("met with Wang Yi.").
// It is asked only of a statement's sentence: in a title every word has a
// capital.
func bareNameTakesPart(ws []word, j, end int) bool {
	if placeAt(ws, j) >= end || isDemonymWord(ws[j]) || isAcronymWord(ws[j]) {
		return false
	}
	if end < len(ws) && (j == 0 || ws[j-1].text == ",") {
		if encounterVerbs[ws[end].norm] {
			return true
		}
		if ws[end].is("and") {
			for k := end + 1; k < len(ws) && k < end+8; k++ {
				if encounterVerbs[ws[k].norm] {
					return true
				}
			}
		}
	}
	if j >= 2 && (ws[j-1].is("with") && verbBeforeWith(ws, j-1) || encounterVerbs[ws[j-1].norm]) {
		return end == len(ws) || !ws[end].cap || ws[end].is("of")
	}
	return false
}

// verbBeforeWith reports whether the "with" at ws[w] follows an encounter
// verb or meeting noun, directly or across up to two lower-case words
// ("met with", "spoke today with", "met separately with").
func verbBeforeWith(ws []word, w int) bool {
	for k := w - 1; k >= 0 && k >= w-3; k-- {
		if encounterVerbs[ws[k].norm] || meetingNouns[ws[k].norm] {
			return true
		}
		if ws[k].cap || ws[k].punct() {
			return false
		}
	}
	return false
}

// encounterVerbs holds the verbs a name may be the subject of in a
// statement of a meeting.
var encounterVerbs = newLexicon(`met meets held holds had spoke speaks talked received receives
welcomed welcomes hosted hosts paid pays conferred called visited meet`)

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
		if ws[i-1].is("late") || i == 1 || ws[i-2].is("of", "for", "to", "on", "from", "'s", "by", "about") {
			return true
		}
	}
	if i > 1 && ws[i-1].is("from", "of", "to") && messageNouns[ws[i-2].norm] {
		return true
	}
	if i > 2 && ws[i-1].is("the") && ws[i-2].is("from", "of") && messageNouns[ws[i-3].norm] {
		return true
	}
	if i > 0 && (ws[i-1].is("attributable", "attributed") || i > 1 && ws[i-2].is("attributable", "attributed")) {
		return true
	}
	return false
}
