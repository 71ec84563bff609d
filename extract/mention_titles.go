package extract

import "strings"

// This file reads the title parts of a mention: the position words before
// a name ("French Foreign Minister"), what a title is of or for, the title
// written after a name (", Minister for Foreign Affairs of Japan"), and the
// affiliation a title states.

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
		case end == j && j > i && (honorificPhrase(ws, j) > j || ambassadorStyle(ws, j)):
			// "Foreign Minister Prince Faisal", "Domestic Policy Advisor
			// Ambassador Susan Rice": a style before the name ends the
			// title
		case isHead(w):
			coreWords = append(coreWords, w.norm)
			j++
			if j+2 < len(ws) && ws[j].text == "(" && ws[j+1].cap && !ws[j+1].punct() && ws[j+2].text == ")" {
				// "Vice-President (Operations)", "National Security Advisor
				// (PDNSA)": the post's branch or short form, in brackets
				j += 3
			}
			end = j
			continue
		case end == j && j > i && postHeadModsAt(ws, j) > j:
			// "Ambassador Extraordinary and Plenipotentiary": the head's
			// own qualifiers after it, not its core
			j = postHeadModsAt(ws, j)
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
		case j == i && w.cap && !nonName[w.norm] && !w.punct() && j+1 < len(ws) && ws[j+1].cap && orgWords[ws[j+1].norm] &&
			chainReachesHead(ws, j+1):
			// "Novosibirsk Region Governor", "Rosneft Board Chairman"
			j++
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

// postHeadModsAt returns the end of the qualifiers written after a head
// at ws[i], joined by "and" ("Extraordinary and Plenipotentiary"), or i.
func postHeadModsAt(ws []word, i int) int {
	end := i
	for k := i; k < len(ws) && ws[k].cap && postHeadMods[ws[k].norm]; k++ {
		end = k + 1
		if k+2 < len(ws) && ws[k+1].is("and") && ws[k+2].cap && postHeadMods[ws[k+2].norm] {
			k++
		}
	}
	return end
}

// ambassadorStyle reports whether ws[j] is "Ambassador" kept as a style
// between a post and a name of two words or more: "Domestic Policy Advisor
// Ambassador Susan Rice" (White House), "State Minister of Foreign Affairs
// Ambassador Mesganu Arga" (Ethiopia), "Advisor Ambassador Boutros Asaker"
// (Lebanon). The caller knows a title comes before it.
func ambassadorStyle(ws []word, j int) bool {
	if !ws[j].is("ambassador") || !ws[j].cap || j+1 >= len(ws) {
		return false
	}
	_, n := nameAt(ws, honorificAt(ws, j+1))
	return n >= 2
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

// unknownBeforeBody reports whether ws[i] and at most one more
// capitalized word are followed by a body's word ("Corporation",
// "Region", "Committee").
func unknownBeforeBody(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+2; k++ {
		if !ws[k].cap || nonName[ws[k].norm] || ws[k].punct() {
			return false
		}
		if k+1 < len(ws) && ws[k+1].cap && orgWords[ws[k+1].norm] {
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
// out; greedy also takes unknown capitalized words and the body a post is
// "at" ("Director of Economics at CDB", for an apposition, where a comma
// closes the title).
func complementAt(ws []word, i int, greedy bool) int {
	end := i
	for j := i; j+1 < len(ws); {
		if !ws[j].is("of", "for", "to", "on") && !(greedy && ws[j].is("at")) && !(ws[j].is("in") && j > 0 && inPlaceHeads[ws[j-1].norm]) {
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
			case w.cap && (honorificAt(ws, k) > k || ambassadorStyle(ws, k)):
				// "Minister for Foreign Affairs Senator the Hon Penny Wong",
				// "State Minister of Foreign Affairs Ambassador Mesganu Arga"
			case w.cap && (portfolio[w.norm] || orgWords[w.norm] || isAcronymWord(w) || titleMods[w.norm] || isHead(w)):
				k++
				continue
			case w.cap && greedy && !nonName[w.norm]:
				k++
				continue
			case greedy && k > start && elidedParticleWord(w):
				// "of Cote d’ivoire": a place's elided particle, its word
				// written in lower case
				k++
				continue
			case w.cap && !nonName[w.norm] && !w.punct() && unknownBeforeBody(ws, k):
				// "of OAO United Shipbuilding Corporation", "of Khanty-Mansi
				// Autonomous Area": words the lists lack, closed by a body
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

// elidedParticleWord reports whether w is a word of a name after an
// elided particle, in lower case: "d’ivoire", "l'aquila".
func elidedParticleWord(w word) bool {
	for _, p := range []string{"d'", "l'"} {
		if rest, ok := strings.CutPrefix(w.norm, p); ok && len(rest) > 2 {
			return true
		}
	}
	return false
}

// isPlaceWord reports whether w is a place the gazetteer knows.
func isPlaceWord(w word) bool {
	_, ok := LookupPlace(w.text)
	return ok && w.cap
}

// placeAt returns the end of the longest place name the gazetteer knows
// at ws[i] ("New Zealand", "Republic of Korea"), or i.
func placeAt(ws []word, i int) int {
	if i >= len(ws) || !ws[i].cap || !mayOpenPlace(ws[i].text) {
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

// postTitleStart returns where the title after the comma at ws[i]
// starts: the word after it, or after "the" (", the EU Special
// Representative for the South Caucasus"); -1 when ws[i] is no comma.
func postTitleStart(ws []word, i int) int {
	if i+1 >= len(ws) || ws[i].text != "," {
		return -1
	}
	if ws[i+1].is("the") && !ws[i+1].cap && i+2 < len(ws) {
		// ", the new Ambassador of Egypt to Rwanda"
		k := i + 2
		for k < i+4 && k+1 < len(ws) && !ws[k].cap && guestModifiers[ws[k].norm] {
			k++
		}
		return k
	}
	return i + 1
}

// postTitleAhead reports whether ws[i] is a comma opening a post-name
// title: ", Minister for Foreign Affairs of Japan".
func postTitleAhead(ws []word, i int) bool {
	ts := postTitleStart(ws, i)
	if ts < 0 || !opensTitle(ws, ts) {
		return false
	}
	// ", the President said": after "the", a head alone is a clause, not
	// a post-name title; "the EU Special Representative" is one.
	if ts == i+2 && postTitleAt(ws, ts) < ts+2 {
		return false
	}
	// ", the Vice FM extended thanks": a title the clause's verb follows
	// is the subject of the clause
	if pe := postTitleAt(ws, ts); ts == i+2 && pe < len(ws) && (reportVerbLike(ws[pe]) || ws[pe].is("said", "says", "noted", "stressed")) {
		return false
	}
	i = ts - 1
	// ", Chancellor Olaf Scholz of Germany": a title with a name after it
	// opens the next person of a list.
	// ", White House Coordinator for Operation Allies Welcome Jack
	// Markell,": a title ending with a name in a list is the next person.
	pe := postTitleAt(ws, i+1)
	if pe < len(ws) && isNameWord(ws[pe]) {
		// ", Minister of Commerce and G20 Sherpa Piyush Goyal"
		return false
	}
	if (pe == len(ws) || ws[pe].text == "," || ws[pe].is("and")) && endsWithName(ws, i+1, pe) {
		return false
	}
	tc := i + 1
	if countryPossessive(ws, tc+1) {
		tc += 2 // "Ghana’s Minister of ..."
	}
	te, _ := titleChainAt(ws, tc, false)
	j := complementAt(ws, te, false)
	if j+2 < len(ws) && ws[j].text == "(" && ws[j+2].text == ")" {
		j += 3
	}
	if j < len(ws) && (honorificAt(ws, j) > j || isNameWord(ws[j])) {
		return false
	}
	if tc > i+1 && j+1 < len(ws) && ws[j].text == "," && (honorificAt(ws, j+1) > j+1 || isNameWord(ws[j+1])) {
		// "..., Lejeune Mbella Mbella, Spain’s Foreign Affairs Minister,
		// Jose Manuel Albares Bueno, ...": in a list, the title before a
		// name is that name's
		return false
	}
	return true
}

// opensTitle reports whether a title starts at ws[i]: title words (or a
// nationality or acronym) reaching a head within a few words.
func opensTitle(ws []word, i int) bool {
	if countryPossessive(ws, i+1) {
		// "Ghana’s Minister of Foreign Affairs": the country owning the
		// post, then the title
		i += 2
	}
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
			if j+1 < len(ws) && ws[j+1].cap && honorificAt(ws, j+1) == j+1 && isTitleOrBody(ws[j+1]) && !nextApposition(ws, j+1) {
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

// nextApposition reports whether the title from ws[i] on, after "and",
// is the next person's, closed by a comma and a name that ends the list
// there: "Abraham Korir SingOei, the Principal Secretary of Foreign Affairs
// of Kenya and Chinese Government Special Envoy for African Affairs, Liu
// Yuxi on bilateral issues". A name with a comma after it ("..., OSCE
// Chairperson-in-Office and Foreign Minister of Germany, Thorbjørn
// Jagland, Secretary General of ...") goes on with a list of names and
// their titles, the title before it still the first person's.
func nextApposition(ws []word, i int) bool {
	te := postTitleAt(ws, i)
	if te >= len(ws) || ws[te].text != "," {
		return false
	}
	_, nEnd, ok := appositiveName(ws, te+1)
	if !ok {
		return false
	}
	// a comma after the name goes on with a list of names and titles
	k := skipPostNominals(ws, nEnd)
	return k >= len(ws) || ws[k].text != ","
}

// endsWithName reports whether the title words ws[ts:te] end with a name
// of two words: "Minister of the Interior David Barrientos", "White House
// Coordinator for Operation Allies Welcome Jack Markell".
func endsWithName(ws []word, ts, te int) bool {
	return te-3 >= ts && isNameWord(ws[te-1]) && isNameWord(ws[te-2]) && !ws[te-3].is("of", "for", "to", "on", "the") &&
		placeAt(ws, te-2) != te && placeAt(ws, te-1) != te
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
		if w.cap || w.punct() || postTitleStop[w.norm] || len(w.norm) > 4 && strings.HasSuffix(w.norm, "ed") {
			// a verb ends the title: ", the Vice FM extended thanks for"
			return false
		}
	}
	return false
}
