package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"
)

// The encounter vocabulary. Every word and phrase that reports (or
// announces) an encounter lives once, in encounterTable below: the kind it
// gives, how its participants attach to it, and whether a lead may time it
// as one session. Kind (kind.go), the lead (lead.go), participants
// (participants_scan.go), sessions (when.go) and location (location.go)
// read their word lists from this table; adding a phrasing is one row here
// plus its examples in encounter_test.go. Each row's name is the rule name
// `readout extract --trace` shows for the values it gives.

// encounterForm says what a row's words are.
type encounterForm uint8

const (
	// eventNoun names an encounter: "telephone talk", "working lunch".
	eventNoun encounterForm = iota
	// reportVerb reports an event noun written after it: "held a
	// meeting", "received a courtesy call", "paid a visit".
	reportVerb
	// heldAfter reports an event noun written before it: "a telephone
	// conversation took place between", "the meeting held on Tuesday".
	heldAfter
	// framePrep frames an event noun as the setting of the statement:
	// "during a working lunch", "over dinner".
	framePrep
	// verbPhrase reports an encounter by itself: "met with", "spoke by
	// phone", "called".
	verbPhrase
	// manner says how an encounter was held, whatever word reports it:
	// "by phone", "virtually", "paid a call on".
	manner
	// visitVerb makes its subject a visitor: "visited", "is visiting".
	visitVerb
	// partNoun names a part of a visit a lead may time as a session but
	// which is no encounter of its own: "press conference", "ceremony".
	partNoun
	// announceMark, before a report, makes it an announcement of an
	// encounter to come ("will meet", "is to pay a visit"); such a
	// statement reports none.
	announceMark
	// backgroundMark, before a report, makes it an earlier encounter told
	// as background ("had met", "said ... had held talks").
	backgroundMark
	// nominalFrame, before an event noun and the sides it joins, frames
	// a reported encounter as the setting of the sentence: "following his
	// meeting with X", "at the meeting of X and Y today in Harpa". Such a
	// sentence may be a readout's lead though no verb reports the encounter.
	nominalFrame
	// visitOpener opens a visit to a place, the visit's own words: "paid
	// a working visit to Ljubljana", "during his visit to The Hague".
	// Location reads the place after them; they report no encounter.
	visitOpener
)

// attachForm says how the participants of an encounter stand to the words
// that report it.
type attachForm uint8

const (
	attachNone attachForm = iota
	// subjectObject: the subject before the verb, the object after it
	// ("X received Y", "X met Y", "X spoke with Y", "X called Y").
	subjectObject
	// passiveBy: the object before the verb, the subject after "by" ("Y
	// was received by X").
	passiveBy
	// betweenSides: both sides after "between" ("talks were held between
	// X and Y").
	betweenSides
	// pluralSubject: both sides in the subject ("X and Y held talks",
	// "the two ministers discussed").
	pluralSubject
	// nominalLead: a noun phrase with its object only ("Telephone
	// conversation with President of Belarus Alexander Lukashenko"); the
	// subject is the publisher's principal.
	nominalLead
)

// encounterRow is one way readouts report an encounter.
type encounterRow struct {
	// name is the rule name --trace shows for a value the row gives.
	name string
	form encounterForm
	// kind is the kind the row gives ("" for a part noun or a mark).
	kind Kind
	// words are the row's spellings, lower case (nouns, verbs, marks; for
	// a verb phrase, the verbs that open it).
	words []string
	// re is a verb phrase's or manner's pattern, matched against the
	// lower-cased text (the text as written for a cased row).
	re string
	// keys are words one of which the text must hold for re to be tried.
	keys  []string
	cased bool
	// attach says how the participants stand to the phrase.
	attach attachForm
	// session marks a noun a lead may time as one session of an
	// encounter ("a small meeting at 5:40 p.m., then a dinner at 7").
	session bool
	// weak marks a phrase whose kind a noun in the same statement
	// overrides: "spoke with" is a call, but "during her meetings ...
	// spoke with" is a meeting.
	weak bool
	// afterVerb marks a noun that reports an encounter only after a
	// report verb.
	afterVerb bool
	// typos marks a row whose long qualifying words are also read with
	// two neighbouring letters swapped, the commonest slip in typing
	// ("paid a courtsey call on", Maldives President's Office).
	typos bool
}

// withTypos adds to the rows marked typos the spellings of their words
// whose first word (seven letters or more) has two neighbouring letters
// swapped: "courtsey call" for "courtesy call".
func withTypos(rows []encounterRow) []encounterRow {
	for i, r := range rows {
		if !r.typos {
			continue
		}
		seen := map[string]bool{}
		for _, x := range r.words {
			seen[x] = true
		}
		for _, x := range r.words {
			first, rest, _ := strings.Cut(x, " ")
			if len(first) < 7 {
				continue
			}
			for j := 0; j+1 < len(first); j++ {
				if first[j] == first[j+1] {
					continue
				}
				b := []byte(first)
				b[j], b[j+1] = b[j+1], b[j]
				v := string(b) + " " + rest
				if !seen[v] {
					seen[v] = true
					rows[i].words = append(rows[i].words, v)
				}
			}
		}
	}
	return rows
}

// guestModifier matches one or two of the lower-case words between "the"
// and a guest's title (guestModifierList): "received the newly appointed
// Ambassador of France", "welcomed the visiting Prime Minister".
var guestModifier = `(?:(?:` + strings.Join(strings.Fields(guestModifierList), "|") + `)\s+){1,2}`

// titleHeadAlternation is the title heads as a regexp alternation: a guest
// named by post after "the" ("received the Minister of Foreign Affairs of
// the Republic of Korea Cho Tae-yul.").
var titleHeadAlternation = strings.Join(strings.Fields(titleHeadList), "|")

// w splits a "|"-separated list of spellings.
func w(list string) []string { return strings.Split(list, "|") }

// encounterTable is the vocabulary. Nouns of the kinds that qualify
// another are tried first (a courtesy call is no phone call), whatever the
// order of the rows.
var encounterTable = withTypos([]encounterRow{
	// event nouns
	{name: "video-conference", form: eventNoun, kind: KindVideoConference, session: true, attach: subjectObject, words: w(
		"video teleconference meeting|video teleconference|video conference meeting|video conference|videoconference|video-conference|" +
			"video call|video meeting|video summit|video link|videolink|teleconference|web conference|video conversation")},
	{name: "virtual-meeting", form: eventNoun, kind: KindVideoConference, attach: subjectObject, words: w(
		"virtual meeting|virtual summit|virtual call|virtual bilateral meeting|online meeting|online summit|online talks|virtual talks")},
	{name: "courtesy-call", form: eventNoun, kind: KindCourtesyCall, session: true, typos: true, attach: subjectObject, words: w(
		"courtesy call|courtesy visit|farewell call|farewell visit")},
	{name: "working-meal", form: eventNoun, kind: KindWorkingMeal, session: true, attach: subjectObject, words: w(
		"working lunch|working dinner|working breakfast|working luncheon|lunch meeting|dinner meeting|breakfast meeting|" +
			"luncheon|dinner|lunch|breakfast|banquet|state banquet|state dinner")},
	{name: "telephone-talk", form: eventNoun, kind: KindTelephoneTalk, session: true, attach: subjectObject, words: w(
		"telephone talks|telephone talk|telephone conversation|telephone call|telephone conference|telephone meeting|" +
			"telephone summit|telephone discussion|phone call|phone conversation|phone talk|phone discussion|call")},
	{name: "meeting", form: eventNoun, kind: KindMeeting, session: true, attach: subjectObject, words: w(
		"summit meeting|bilateral meeting|foreign ministers' meeting|meeting|talks|summit|small meeting|small-group meeting|" +
			"small group meeting|expanded meeting|restricted meeting|extended meeting|one-on-one meeting|one-on-one|" +
			"tête-à-tête|tete-a-tete|plenary meeting|plenary session|plenary")},
	{name: "consultations", form: eventNoun, kind: KindMeeting, attach: subjectObject, words: w(
		"consultations|dialogue|audience")},
	// "held a bilateral in Bali": a noun after a verb or before "with"
	// ("Remarks at Bilateral with"); "discussed bilateral trade" is an
	// adjective
	{name: "bilateral", form: eventNoun, kind: KindMeeting, afterVerb: true, attach: subjectObject, words: w(
		"bilateral")},
	{name: "bilateral-with", form: eventNoun, kind: KindMeeting, attach: subjectObject, words: w(
		"bilateral with")},
	// a conversation is a call on some sites and a meeting on others: a
	// title that names the kind decides
	{name: "conversation", form: eventNoun, kind: KindMeeting, weak: true, attach: subjectObject, words: w(
		"conversation|discussion|discussions")},
	{name: "roundtable", form: eventNoun, kind: KindMeeting, session: true, attach: subjectObject, words: w(
		"roundtable|round table|round-table|listening session|session|convening|retreat|briefing")},

	// a visit is an encounter only when a verb reports it ("paid a working
	// visit to Ljubljana", "undertook an official visit"): "during his
	// visit to" and a title's "to Depart for Official Visit" are not
	{name: "visit", form: eventNoun, kind: KindMeeting, weak: true, afterVerb: true, attach: subjectObject, words: w(
		"official visit|working visit|state visit|visit")},

	// parts of a visit a lead may time, which are no encounter of their own
	{name: "visit-part", form: partNoun, session: true, words: w(
		"reception|joint press conference|press conference|signing ceremony|ceremony|welcome ceremony")},

	// verbs that report an event noun written after them
	{name: "held-a", form: reportVerb, attach: subjectObject, words: w(
		"held|holds|hold|holding|had|has|have|conducted|co-chaired|chaired|convened|convenes|led")},
	{name: "received-a", form: reportVerb, attach: subjectObject, words: w(
		"received|receives|paid|pays|hosted|hosts|co-hosted|gave|granted|grants|undertook|undertakes")},
	{name: "attended-a", form: reportVerb, attach: pluralSubject, words: w(
		"attended|joined|took part in|participated in")},

	// verbs that report an event noun written before them
	{name: "took-place", form: heldAfter, attach: betweenSides, words: w(
		"took place|was held|were held|has been held|have been held|was conducted|held")},

	// words that frame an event noun as the setting of what the
	// statement reports ("discussed ... during a working lunch in Geneva")
	{name: "during-a", form: framePrep, attach: subjectObject, words: w("during|over|in the course of")},

	// words that frame an event noun and the sides it joins, a lead with
	// no verb of its own ("released the following statement following his
	// meeting with", "were the main topics at the meeting of X and Y")
	{name: "nominal", form: nominalFrame, words: w("during|following|after|at|in|in the course of")},

	// words that open a visit to a place (location's visit-to rule)
	{name: "visit-to", form: visitOpener, words: w(
		"during|on|in the course of|as part of|paid|pays|paying|made|makes|undertook|undertakes|undertaking")},

	// verb phrases that report an encounter by themselves
	{name: "spoke-by-phone", form: verbPhrase, words: w("spoke|speaks|talked|spoken|conferred"), kind: KindTelephoneTalk, attach: subjectObject, keys: w("phone"),
		re: `(?:spoke|speaks|talked|talks|spoken|conferred)\s+(?:\w+\s+){0,6}?(?:by|over the|on the)\s+(?:tele)?phone`},
	// "called President Macron", not "called on Congress to act",
	// "called upon all parties" or "called for calm"
	{name: "called", form: verbPhrase, words: w("called|phoned|telephoned|rang"), kind: KindTelephoneTalk, attach: subjectObject, keys: w("called|phoned|rang"),
		re: `(?:(?:phoned|telephoned|rang)\b|called\s+(?:[^ouf\s]|o[^n]|u[^p]|f[^o]))`},
	// US usage: "President Biden and Prime Minister Johnson spoke today"
	{name: "spoke-when", form: verbPhrase, words: w("spoke|talked"), kind: KindTelephoneTalk, attach: pluralSubject, keys: w("spoke|talked"),
		re: `(?:spoke|talked)\s+(?:again\s+)?(?:today|yesterday|tonight|earlier\s+today|this\s+(?:morning|afternoon|evening)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`},
	{name: "spoke-with", form: verbPhrase, words: w("spoke|speaks|talked|spoken"), kind: KindTelephoneTalk, attach: subjectObject, weak: true, keys: w("spoke|speaks|talked|spoken"),
		re: `(?:spoke|speaks|talked|spoken)\s+(?:\w+\s+){0,3}?(?:with|to)\b`},
	{name: "welcomed-to", form: verbPhrase, words: w("welcomed|welcomes|hosted|hosts|received|receives"), kind: KindMeeting, attach: subjectObject, keys: w("welcome|host|receive"), cased: true,
		re: `(?:welcomed|welcomes|hosted|hosts|received|receives)\s+[^.;]{3,120}?\s+to\s+(?:the\s+)?(?:White House|Downing Street|[A-Z][\w']+(?:\s+[A-Z][\w']+)*)`},
	// "the President hosted Speaker Pelosi and Leader Schumer in the Oval
	// Office": a host receiving a named person (case-sensitive: a name);
	// at the sentence's end, three capitalized words or more ("received
	// Prime Minister of Belgium Charles Michel.", not "hosted the World
	// Cup."), or after "the" a post ("received the Minister of ... Cho
	// Tae-yul.")
	{name: "hosted-someone", form: verbPhrase, words: w("hosted|hosts|received|receives|welcomed|welcomes"), kind: KindMeeting, attach: subjectObject, keys: w("welcome|host|receive"), cased: true,
		re: `(?:hosted|hosts|received|receives|welcomed|welcomes)\s+(?:(?:his|her|their)\s+(?:[A-Z][\w'’-]*\s+)?counterparts?\b|(?:the\s+(?:` + guestModifier + `)?)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,6}(?:,|\s+(?:in|at|to|for|on|and)\b)|(?:the\s+` + guestModifier + `)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){2,6}\.?\s*$|the\s+(?:` + guestModifier + `)?(?:[A-Z][\w-]*\s+){0,2}(?i:` + titleHeadAlternation + `)\b(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){2,8}\.?\s*$)`},
	// "received a delegation led by", "hosted a high-level delegation
	// of the European Parliament"
	{name: "received-delegation", form: verbPhrase, words: w("received|receives|welcomed|welcomes|hosted|hosts"), kind: KindMeeting, attach: subjectObject, keys: w("delegation"),
		re: `(?:received|receives|welcomed|welcomes|hosted|hosts)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?delegations?\b`},
	{name: "met", form: verbPhrase, words: w("met|meets|meet"), kind: KindMeeting, attach: subjectObject, keys: w("met"),
		re: `(?:met|meets)(?:\s+(?:virtually\s+|today\s+|separately\s+)?with)?\b`},
	// "President Sahlework Zewdie discussed with Finish Minister of
	// Foreign Affairs ... Pekka Haavisto on Thursday"
	{name: "discussed-with", form: verbPhrase, words: w("discussed|discusses"), kind: KindMeeting, attach: subjectObject, weak: true, keys: w("discuss"),
		re: `(?:discussed|discusses)\s+with\b`},
	// "received, Monday at the headquarters of the ministry, the
	// Vice-President of ...", "received on July 25th, 2023, at the
	// Government Palace, the Prime Minister of ...": the time and place
	// between the verb and the guest
	{name: "received-then-someone", form: verbPhrase, words: w("received|receives|welcomed|welcomes|hosted|hosts"), kind: KindMeeting,
		attach: subjectObject, keys: w("receive|welcome|host"), cased: true,
		re: `(?:received|receives|welcomed|welcomes|hosted|hosts)(?:\s+(?:on|at|in|today|yesterday|this)\b[^.;]{0,80}?|,[^.;]{0,80}?),\s+(?:the\s+)?\p{Lu}`},
	// a journey made for an encounter: "also visited the AUDA-NEPAD
	// headquarters for consultations with" (African Union), "traveled to
	// Brasilia ... for meetings with", "traveled to Jeddah ... to meet
	// with" (White House), "arrived for a meeting with" (Kremlin); past
	// only, an itinerary's "visits ... for discussions" is a plan
	{name: "went-for-talks", form: verbPhrase, words: w("visited"), kind: KindMeeting, attach: subjectObject, keys: w(" for | to meet"),
		re: `(?:visited|arrived|travell?ed|went|came)\b[^.;]{0,100}?\s(?:for\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:talks|consultations|discussions|meetings?)\s+with|to\s+meet)\b`},
	{name: "conferred-with", form: verbPhrase, words: w("conferred"), kind: KindMeeting, attach: subjectObject, keys: w("conferred"),
		re: `conferred\s+with\b`},
	{name: "received-by", form: verbPhrase, words: w("received"), kind: KindMeeting, attach: passiveBy, keys: w("received by"),
		re: `(?:was|were|has\s+been|have\s+been)\s+received\s+by\b`},

	// verbs that make their subject a visitor, who takes part in what the
	// visit holds ("Ms. Guilarte visited Guatemala")
	{name: "visited", form: visitVerb, attach: subjectObject, words: w("visited|visits|visiting")},

	// words before a report that make it an announcement or background
	{name: "will", form: announceMark, words: w(
		"will|shall|would|is to|are to|is expected to|are expected to|is scheduled to|are scheduled to|" +
			"is set to|are set to|is due to|are due to|plans to|plan to|intends to|is going to|are going to|" +
			"agreed to|agree to|invited to|looks forward to|look forward to|to be held|be held")},
	{name: "had-met", form: backgroundMark, words: w("had|had already|had previously")},

	// how an encounter was held, whatever reports it
	{name: "by-phone", form: manner, kind: KindTelephoneTalk, keys: w("phone"),
		re: `(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone`},
	{name: "by-video", form: manner, kind: KindVideoConference, keys: w("video|virtually"),
		re: `(?:by|via|over)\s+video(?:\s*(?:conference|link|call))?|virtually`},
	// "paid a courtesy call on", "paid a farewell call on": a call paid on
	// someone is a visit, not a telephone call
	{name: "paid-a-call-on", form: manner, kind: KindCourtesyCall, attach: subjectObject, keys: w("call"),
		re: `(?:paid|pays|paying|pay)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?calls?\s+(?:on|upon)`},
})

// encounterNouns returns the spellings of the event nouns (and, with
// parts, the part nouns) the table holds.
func encounterNouns(parts, sessionOnly bool) []string {
	var out []string
	for _, r := range encounterTable {
		if r.form == eventNoun || parts && r.form == partNoun {
			if sessionOnly && !r.session {
				continue
			}
			out = append(out, r.words...)
		}
	}
	return out
}

// encounterVerbWords returns the verbs of the given forms.
func encounterVerbWords(forms ...encounterForm) []string {
	var out []string
	for _, r := range encounterTable {
		for _, f := range forms {
			if r.form == f {
				out = append(out, r.words...)
			}
		}
	}
	return out
}

// encounterRowOf returns the row of form f that spells s.
func encounterRowOf(f encounterForm, s string) (encounterRow, bool) {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
	for _, r := range encounterTable {
		if r.form != f {
			continue
		}
		for _, x := range r.words {
			if x == s || x+"s" == s {
				return r, true
			}
		}
	}
	return encounterRow{}, false
}

// encounterVerbs holds the one-word verbs of the table: a bare name may
// be their subject or object in a statement ("Sergey Lavrov held talks",
// "met with Wang Yi").
var encounterVerbs = func() lexicon {
	l := lexicon{}
	for _, v := range encounterVerbWords(reportVerb, verbPhrase, visitVerb) {
		if !strings.Contains(v, " ") {
			l[v] = true
		}
	}
	return l
}()

// genericNounWords are words inside event nouns that say nothing of an
// encounter on their own ("foreign ministers' meeting", "state dinner").
var genericNounWords = newLexicon(`foreign ministers' state small group small-group web link expanded
restricted extended plenary one-on-one round listening lunch dinner breakfast`)

// meetingNouns holds the words of the event nouns: a name's possessive
// before one names a participant ("President Biden's Call with ...").
var meetingNouns = func() lexicon {
	l := newLexicon(`trilateral`)
	for _, n := range encounterNouns(false, false) {
		f := strings.Fields(n)
		for i, x := range f {
			if i == len(f)-1 || !genericNounWords[x] {
				l[x] = true
				l[x+"s"] = true
			}
		}
	}
	return l
}()

// moodRe matches, at the end of the text before a report, a mark of an
// announcement (group 1: "will", "is expected to") or of background
// (group 2: "had"), with up to two adverbs between it and the verb ("will
// also meet", "had already met").
var moodRe = fastre.MustCompile(`(?:^|[^\p{L}])(?:(` + listAlternation(encounterVerbWords(announceMark)) + `)|(` +
	listAlternation(encounterVerbWords(backgroundMark)) + `))\s+(?:(?:` + strings.Join(moodAdverbs, "|") + `)\s+){0,2}$`)

// moodAdverbs are the words moodRe lets stand between a mark and the
// verb ("will also meet", "had already met").
var moodAdverbs = w("also|only|then|again|first|briefly|further|soon|later|shortly|jointly|separately|personally|officially|formally|now|not|never|already|previously|recently")

// moodEnds, moodFillers, andEnds and announceEnds are the cheap tests
// run before moodRe, andBefore and announceMarkRe (see phraseEnds).
var (
	moodEnds     = newPhraseEnds(encounterVerbWords(announceMark), encounterVerbWords(backgroundMark))
	moodFillers  = newLexicon(strings.Join(moodAdverbs, " "))
	andEnds      = newPhraseEnds([]string{"and"})
	andFillers   = newLexicon("also")
	announceEnds = newPhraseEnds(encounterVerbWords(announceMark))
)

// andBefore matches "and" (or "and also") right before a report.
var andBefore = fastre.MustCompile(`\band\s+(?:also\s+)?$`)

// announceMarkRe finds a mark of an announcement ("will", "are to")
// anywhere in a text: before a nominal encounter (lead.go), in a sentence
// that then reports no further encounter (participants_further.go).
var announceMarkRe = fastre.MustCompile(`(?:^|[^\p{L}])(?:` + listAlternation(encounterVerbWords(announceMark)) + `)\s`)

// hasAnnounceMark reports whether announceMarkRe matches s, testing
// announceEnds first.
func hasAnnounceMark(s string) bool {
	return announceEnds.anywhere(s) && announceMarkRe.MatchString(s)
}

// announcedVerb matches an announcement mark before a verb anywhere in a
// sentence.
var announcedVerb = fastre.MustCompile(`(?:^|[^\p{L}])(?:` + listAlternation(encounterVerbWords(announceMark)) + `)\s+(?:\w+\s+)?(?:` +
	listAlternation(encounterVerbWords(reportVerb, verbPhrase)) + `)\b`)

// moodWindow is how far before a report moodRe looks.
const moodWindow = 64

// moodBefore says whether the report starting at low[i] (lower-cased
// text) is announced (announceMark), told as background (backgroundMark)
// or reported (eventNoun, the zero form).
func moodBefore(low string, i int) encounterForm {
	from := max(0, i-moodWindow)
	for from < i && !utf8.RuneStart(low[from]) {
		from++
	}
	before := low[from:i]
	var m []int
	if moodEnds.atEnd(before, moodFillers) {
		m = moodRe.FindStringSubmatchIndex(before)
	}
	if m == nil && andEnds.atEnd(before, andFillers) && andBefore.MatchString(before) {
		// "will meet Prime Minister X ... and hold discussions with": a
		// verb joined to an announced one is announced too
		start := strings.LastIndex(low[:i], ". ") + 1
		if announcedVerb.MatchString(low[start:i]) {
			return announceMark
		}
	}
	switch {
	case m == nil:
		return eventNoun
	case m[2] >= 0:
		return announceMark
	}
	return backgroundMark
}
