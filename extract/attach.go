package extract

import "strings"

// How a name written with no title or honorific attaches to the encounter
// a sentence reports. A bare name is a participant only in one of the
// slots below, each named after the encounter table's attachment forms:
// the subject of a report ("Sergey Lavrov held talks", "Vladimir Putin
// and Viktor Orban discussed"), its object ("met with Wang Yi",
// "congratulated Nicolas Maduro"), the sides after "between" ("a telephone
// conversation took place between Vladimir Putin and Alexander
// Lukashenko") and the agent of a passive report ("was received by Salome
// Zourabichvili").

// attachSlot is one place a bare name may stand and take part.
type attachSlot struct {
	name string
	form attachForm
	// at reports whether the name ws[j:end] stands in the slot.
	at func(ws []word, j, end int) bool
}

// attachSlots are the slots, tried in order.
var attachSlots = []attachSlot{
	{"subject", subjectObject, subjectSlot},
	{"plural-subject", pluralSubject, pluralSubjectSlot},
	{"object", subjectObject, objectSlot},
	{"between", betweenSides, betweenSlot},
	{"passive-agent", passiveBy, passiveSlot},
}

// bareNameTakesPart reports whether the name ws[j:end], written with no
// title or honorific, stands in one of the attachment slots. It is asked
// of a statement's sentence and of a title written as a sentence.
func bareNameTakesPart(ws []word, j, end int) bool {
	if placeAt(ws, j) >= end || isKnownDemonym(ws[j]) || isAcronymWord(ws[j]) {
		return false
	}
	for _, s := range attachSlots {
		if s.at(ws, j, end) {
			return true
		}
	}
	return false
}

// opensClause reports whether ws[j] opens a clause: the sentence's start,
// a word after a comma, or a word after an opening time phrase ("On Friday
// Vladimir Putin had a telephone conversation with ...").
func opensClause(ws []word, j int) bool {
	return j == 0 || ws[j-1].text == "," || afterOpeningWhen(ws, j)
}

// reportVerbLike reports whether w is a verb of the report: a verb of the
// encounter table, or a past tense the statement goes on with
// ("discussed", "congratulated", "briefed").
func reportVerbLike(w word) bool {
	if w.cap || w.punct() {
		return false
	}
	return encounterVerbs[w.norm] || len(w.norm) > 4 && strings.HasSuffix(w.norm, "ed")
}

// subjectSlot: "Sergey Lavrov held talks", "Vladimir Putin congratulated",
// "Vladimir Putin warmly congratulated", "Vladimir Putin will hold talks".
func subjectSlot(ws []word, j, end int) bool {
	return end < len(ws) && opensClause(ws, j) && verbAt(ws, end)
}

// verbAt reports whether the predicate of a subject starts at ws[k]: a
// verb of the report, after an adverb ("warmly congratulated") or a modal
// ("will hold talks", "will meet").
func verbAt(ws []word, k int) bool {
	if k+1 < len(ws) && !ws[k].cap && (strings.HasSuffix(ws[k].norm, "ly") || ws[k].is("will")) {
		k++
	}
	return reportVerbLike(ws[k]) || ws[k].is("had", "has", "have", "hold", "held", "meet")
}

// pluralSubjectSlot: "Vladimir Putin and Viktor Orban discussed", "Sergey
// Lavrov and Wang Yi met", and the second of the pair.
func pluralSubjectSlot(ws []word, j, end int) bool {
	if end < len(ws) && opensClause(ws, j) && ws[end].is("and") {
		// across the other side's name and title ("Vladimir Putin and
		// President of the French Republic Emmanuel Macron had ..."), to
		// the first lower-case word that is not part of a title
		titleRun := true
		for k := end + 1; k < len(ws) && (k < end+8 || titleRun && k < end+16); k++ {
			if verbAt(ws, k) {
				return true
			}
			titleRun = titleRun && (ws[k].cap || ws[k].is("of", "the", "and") || nameParticles[ws[k].norm])
		}
	}
	// the name after "X and": a name or mention joined to the clause's
	// opening subject, before the verb
	if j >= 2 && ws[j-1].is("and") && end < len(ws) && reportVerbLike(ws[end]) {
		for k := j - 2; k >= 0; k-- {
			if !ws[k].cap && !ws[k].punct() && !ws[k].is("of", "the") {
				return false
			}
		}
		return true
	}
	return false
}

// objectSlot: "met with Wang Yi", "spoke today with Wang Yi",
// "congratulated Nicolas Maduro on".
func objectSlot(ws []word, j, end int) bool {
	if j < 2 {
		return false
	}
	if ws[j-1].is("with") && verbBeforeWith(ws, j-1) || reportVerbLike(ws[j-1]) {
		return end == len(ws) || !ws[end].cap || ws[end].is("of")
	}
	return false
}

// betweenSlot: "took place between Vladimir Putin and Alexander
// Lukashenko", "talks between X and Y".
func betweenSlot(ws []word, j, end int) bool {
	if j >= 1 && ws[j-1].is("between") {
		return true
	}
	// the second side: "between X and Y", X a name or a titled mention
	if j >= 2 && ws[j-1].is("and") {
		comma := false
		for k := j - 2; k >= 0 && k >= j-14; k-- {
			comma = comma || ws[k].text == ","
			if ws[k].is("between") {
				// "between X, Minister of ..., Migration and Tunisians
				// Abroad, and Y": after a title, the side follows ", and"
				return !comma || ws[j-2].text == ","
			}
			if !ws[k].cap && !ws[k].is("of", "the") && ws[k].text != "," {
				return false
			}
		}
	}
	return false
}

// passiveSlot: "was received by Salome Zourabichvili".
func passiveSlot(ws []word, j, end int) bool {
	return j >= 2 && ws[j-1].is("by") && encounterVerbs[ws[j-2].norm]
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

// headlineSmallWords are the words a headline in title case leaves in
// lower case.
var headlineSmallWords = newLexicon(`a an the and or but nor of with for to in on at by from as vs via per into`)

// sentenceCase reports whether a title is written as a sentence: it holds
// a lower-case word a headline would capitalise ("met", "conversation").
func sentenceCase(ws []word) bool {
	for _, w := range ws {
		if !w.cap && !w.punct() && len(w.norm) > 2 && !headlineSmallWords[w.norm] && w.text == w.norm {
			return true
		}
	}
	return false
}
