package extract

// This file reads the affiliation a mention states: the body after a
// title (", Ministry of Foreign Affairs"), the place after a name ("of
// Germany"), and what a title is of or whose it is ("of Japan", "French
// Foreign Minister").

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
		// "Director of Economics at CDB": the body a post is at
		if !ws[k].is("of", "at") {
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
		for e < te && !ws[e].is("of", "for", "to", "and", "at", ",") {
			if !portfolio[ws[e].norm] {
				allPortfolio = false
			}
			e++
		}
		if allPortfolio && ws[k].is("of") {
			continue
		}
		// "of the Political Bureau ... and Director of ...": a second post
		// ends the first one's body.
		ae := te
		for q := s; q < te-1; q++ {
			if ws[q].text == "," || ws[q].is("to", "at") || ws[q].is("and") && isTitleWord(ws[q+1]) && chainReachesHead(ws, q+1) {
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
	if ts < te && !isHead(ws[ts]) && (isAcronymWord(ws[ts]) || isDemonymWord(ws[ts])) {
		if v, ok := affiliationOf(ws[ts]); ok {
			if v == ws[ts].text {
				v = ""
			}
			return ws[ts].span, v
		}
	}
	return Span{}, ""
}
