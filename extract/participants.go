package extract

import (
	"fmt"
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// presenceRe finds a sentence that states who else was there: "The dinner
// was attended by ...", "(Attending on the Vietnamese side were ...)",
// "... was also present", "accompanied by", "joined by". Built from a list
// so that each cue has one spelling.
var presenceRe = fastre.MustCompile(`(?i)\b(?:` + strings.Join([]string{
	`(?:was|were) attended by`,
	`(?:was|were) (?:also )?accompanied by`,
	`, accompanied by`,
	`(?:was|were) (?:also )?joined by`,
	`, joined by`,
	`(?:was|were) also (?:present|in attendance)`,
	`also (?:present|in attendance) (?:at|during|in|were|was)`,
	`also (?:attended|participated|took part|joined)`,
	`attending (?:on|from) (?:the )?\S+ side`,
	`participants? (?:included|were)`,
	`(?:was|were) present`,
	`(?:delegation|side) (?:was|were) (?:led|headed) by`,
	`(?:was|were) (?:convened|hosted|chaired|co-chaired|co-hosted) by`,
	`in attendance were`,
	`in the presence of`,
	`(?:other )?attendees (?:at|of|in) [^.;]{0,40}?(?:included|were)`,
	`(?:is|was|were|are) (?:also )?accompanied (?:on|during|in) [^.;]{0,60}? by`,
	`delegations (?:led|headed) by`,
}, "|") + `)`)

// presenceKeys are words one of which every phrase of presenceRe holds: a
// block without any is not read further.
var presenceKeys = []string{"attend", "accompanied", "joined", "present", "participa", "took part", "presence",
	"led by", "headed by", "convened", "hosted", "chaired"}

// extractParticipants fills the record's participants: the people named
// in the statement of the meeting, the people named in the title (merged
// with them, and standing in for a side the body names only as "The
// President"), and the people a sentence states as present. A statement
// that reports no meeting has none.
func (x *reader) extractParticipants() {
	if x.rec.Kind == KindOther {
		return
	}
	var stated []mention
	stmt := x.statement
	if !stmt.Valid(len(x.text)) && x.lead >= 0 {
		stmt = x.doc.Blocks[x.lead].Body
	}
	if stmt.Valid(len(x.text)) {
		stated = scanStatement(x.words(stmt))
	}
	var titled []mention
	for _, i := range x.blocks(Title) {
		tw := x.words(x.doc.Blocks[i].Body)
		// a title written as a sentence ("Vladimir Putin met with British
		// Prime Minister Tony Blair") has its bare names in the slots a
		// sentence's have; in a headline every word has a capital
		titled = scanMentions(tw, sentenceCase(tw))
		break
	}
	var present []mention
	for _, s := range x.presenceSentences(stmt) {
		present = append(present, scanMentions(x.words(s), true)...)
	}
	known := append(append([]mention(nil), stated...), titled...)
	for _, f := range x.furtherEncounters(stmt, known) {
		// a sentence read for its subject or frame gives only people
		// named with a title or honorific: its grammar is not the lead's
		present = append(present, scanMentions(x.words(f.span), f.way == "cue")...)
	}

	// Who "The Prime Minister" of the statement is may be said only in
	// the title or in a standfirst before the lead ("Prime Minister Keir
	// Starmer spoke to Chancellor Friedrich Merz of Germany.").
	named := titled
	for i := 0; i < x.lead; i++ {
		if b := x.doc.Blocks[i]; b.Kind == Paragraph || b.Kind == Heading {
			named = append(named, scanMentions(x.words(b.Body), false)...)
		}
	}
	var book participantBook
	for _, m := range resolveUnnamed(stated, named) {
		book.add(m)
	}
	for _, m := range titled {
		book.add(m)
	}
	// the speakers of a transcript of the encounter (participants_speakers.go)
	for _, m := range x.speakers() {
		book.add(m)
	}
	for _, m := range present {
		book.add(m)
	}
	x.mergeAliases(&book)
	x.completeFromText(&book)
	for i, p := range book.people {
		x.rec.Participants = append(x.rec.Participants, x.participant(i, p))
	}
}

// presenceSentences returns the sentences, outside the statement, of the
// lead paragraph and the body's paragraphs that state who was present.
func (x *reader) presenceSentences(stmt Span) []Span {
	var out []Span
	for i, b := range x.doc.Blocks {
		// a sentence can only match in a block that matches: most blocks
		// are spared sentence splitting
		if b.Kind != Paragraph && i != x.lead || !containsAny(b.Body.In(x.lower), presenceKeys) ||
			!presenceRe.MatchString(b.Body.In(x.text)) {
			continue
		}
		for _, s := range x.sentences(b.Body) {
			if s.Start < stmt.End && stmt.Start < s.End {
				continue
			}
			if presenceRe.MatchString(s.In(x.text)) {
				out = append(out, s)
			}
		}
	}
	return out
}

// furtherCues are the words with which a readout reports a further
// encounter of the same visit or day after its lead ("Premier Mikati later
// received ...", "Also on Sunday, Prince Faisal received ...", "The
// Minister also met with ...").
var furtherCues = []string{"also ", "later ", "subsequently ", "separately ", "afterwards ", "then "}

// furtherEncounters returns the sentences, outside the statement, of the
// lead paragraph and the paragraphs after it that report a further
// encounter of what the readout reports (not an announcement or
// background), whose people took part in it. A sentence qualifies in one
// of three ways (see furtherWays): a further-encounter cue ("Premier
// Mikati later received ..."), a subject who is already a participant
// ("Demeke exchanged views with ...", "The Foreign Minister of Armenia
// discussed the developments with ..."), or an opening frame of a meeting
// with someone ("In a separate meeting with the Minister of the Interior
// David Barrientos, Ms. Guilarte ...").
func (x *reader) furtherEncounters(stmt Span, known []mention) []further {
	if x.lead < 0 {
		return nil
	}
	var out []further
	kw := knownWords(known)
	n := 0
	for i := x.lead; i < len(x.doc.Blocks) && n < leadScanLimit; i++ {
		b := x.doc.Blocks[i]
		if b.Kind != Paragraph && i != x.lead {
			continue
		}
		n++
		low := b.Body.In(x.lower)
		if !containsAny(low, furtherKeys) {
			continue
		}
		for _, s := range x.sentences(x.window(b.Body)) {
			if s.Start < stmt.End && stmt.Start < s.End {
				continue
			}
			if way := x.furtherWay(s, known, kw); way != "" {
				out = append(out, further{s, way})
			}
		}
	}
	return out
}

// further is a sentence reporting a further encounter, and the way it
// qualified (see furtherWay).
type further struct {
	span Span
	way  string
}

// furtherKeys are words one of which a paragraph must hold to be read for
// further encounters: the cues, and the verbs and nouns of the encounter
// table's reports (see furtherWay).
var furtherKeys = append(append([]string{}, furtherCues...), " met ", " with ", "receiv", "held ", "hosted", "called", "welcom")

// furtherWay says how the sentence s reports a further encounter: "cue",
// "subject", "frame", or "" when it reports none.
func (x *reader) furtherWay(s Span, known []mention, kw []string) string {
	low := s.In(x.lower)
	reports := func() bool {
		if _, ok := x.findVerbKind(s); ok {
			return true
		}
		_, ok := x.findKind(kindVerbOnly, s)
		return ok
	}
	if containsAny(low, furtherCues) {
		if reports() {
			return "cue"
		}
		return ""
	}
	// cheap tests first: a frame opens with its preposition, a known
	// subject's name or post stands in the sentence's opening words
	frame := strings.HasPrefix(low, "in ") || strings.HasPrefix(low, "during ") || strings.HasPrefix(low, "at ")
	if !frame && !containsAny(low[:min(len(low), 120)], kw) {
		return ""
	}
	if announcedAnywhere.MatchString(low) {
		// "During the talks with X, further steps are expected to be
		// discussed", "In meetings with X, the Prime Minister will discuss"
		return ""
	}
	ws := x.words(s)
	if len(ws) < 4 || backgroundOpening(ws) || ws[0].text == "“" || ws[0].text == "\"" {
		return ""
	}
	if encounterFrameAt(ws) {
		return "frame"
	}
	if len(known) > 0 && subjectKnown(ws, known) && (reports() || discussedWithSomeone.MatchString(s.In(x.text))) {
		return "subject"
	}
	return ""
}

// knownWords returns the lower-case words by which a sentence's opening
// may name a known participant: the words of their names and the heads
// of their posts.
func knownWords(known []mention) []string {
	var out []string
	for _, k := range known {
		if k.unnamed || k.excluded {
			continue
		}
		for _, n := range k.key {
			if len(n) >= 3 {
				out = append(out, n)
			}
		}
		if k.core != "" {
			out = append(out, k.core)
		}
	}
	return out
}

// discussedWithSomeone matches "discussed the recent developments with
// Sergey Lavrov, ...", "exchanged views with Foreign Affairs Minister
// ...": a participant's discussion with someone named (a
// capital after "with"), which reports a further encounter of a known
// participant; "discussed cooperation with China" names a country, which
// gives no person.
var discussedWithSomeone = fastre.MustCompile(`\b(?:discuss(?:ed|es)\s+(?:[\w’'-]+\s+){0,6}?|exchanged\s+views\s+)with\s+(?:the\s+|his\s+|her\s+)?\p{Lu}`)

// announcedAnywhere matches an announcement mark anywhere in a sentence
// ("will", "is expected to"): a sentence holding one reports no further
// encounter by its subject or frame.
var announcedAnywhere = fastre.MustCompile(`(?:^|[^\p{L}])(?:` + listAlternation(encounterVerbWords(announceMark)) + `)\s`)

// backgroundOpeners open a sentence about an earlier time: "In April, the
// Vice President convened ...", "Last year, ...", "In 2019, ...".
var backgroundOpeners = newLexicon(`in last earlier since previously`)

// backgroundOpening reports whether the sentence ws opens with a time
// before the readout's: "In April,", "Last year", "In 2019,", "Earlier
// this year".
func backgroundOpening(ws []word) bool {
	if !backgroundOpeners[ws[0].norm] {
		return false
	}
	if ws[0].is("last", "previously") {
		return true
	}
	k := 1
	if ws[k].is("this", "the") {
		k++
	}
	n := ws[k].norm
	if _, ok := monthWords[n]; ok {
		return true
	}
	return len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) || n == "year" || n == "month" || n == "week"
}

// frameNouns are the event nouns that open a frame ("In a separate
// meeting with ...", "During her meeting with ...", "At the talks with").
var frameOpeners = newLexicon(`in during at`)

// frameFillers are the words a frame may hold between its opener and its
// noun.
var frameFillers = newLexicon(`a an the his her their its separate bilateral private further subsequent later
another second third first one-on-one courtesy working`)

// encounterFrameAt reports whether ws opens with a frame of a meeting with
// someone: "In a separate meeting with", "During her meeting with", "At
// the meeting with".
func encounterFrameAt(ws []word) bool {
	if len(ws) < 4 || !frameOpeners[ws[0].norm] {
		return false
	}
	for k := 1; k < len(ws)-1 && k <= 4; k++ {
		w := ws[k]
		if meetingNouns[w.norm] && !w.cap {
			return ws[k+1].is("with")
		}
		if !frameFillers[w.norm] {
			return false
		}
	}
	return false
}

// subjectKnown reports whether the subject of the sentence ws, the words
// before its first verb, names a participant already known: by a word of
// the name ("Demeke exchanged views with", "Ms. Guilarte met"), or by the
// title a known person holds ("The Foreign Minister of Armenia discussed
// ...").
func subjectKnown(ws []word, known []mention) bool {
	v := 0
	for v < len(ws) && (ws[v].cap || ws[v].punct() || ws[v].is("of", "the", "and", "for")) {
		if ws[v].text == ":" || ws[v].text == "." || ws[v].is("i", "we") {
			// a transcript's speaker ("Ilham Aliyev: Yes. Yesterday I
			// met ..."): the speaker is not the subject
			return false
		}
		v++
	}
	if v == 0 || v == len(ws) {
		return false
	}
	for _, w := range ws[:v] {
		if !w.cap || len(w.norm) < 3 {
			continue
		}
		for _, k := range known {
			if k.unnamed || k.excluded {
				continue
			}
			for _, n := range k.key {
				if n == w.norm {
					return true
				}
			}
		}
	}
	for _, m := range scanMentions(ws[:v], false) {
		if !m.unnamed || m.core == "" {
			continue
		}
		for _, k := range known {
			if !k.unnamed && !k.excluded && k.core == m.core {
				return true
			}
		}
	}
	return false
}

// mergeAliases drops a person named by one word that the text gives as
// another person's short name in brackets after the full name: "President
// Joko Widodo (Jokowi)", "Mohammed bin Salman (MBS)".
func (x *reader) mergeAliases(b *participantBook) {
	for pi := 0; pi < len(b.people); pi++ {
		p := b.people[pi]
		if len(p.key) != 1 {
			continue
		}
		alias := "(" + p.name.In(x.text) + ")"
		for from := 0; ; {
			i := strings.Index(x.text[from:], alias)
			if i < 0 {
				break
			}
			before := strings.TrimRight(x.text[:from+i], " ")
			merged := false
			for qi, q := range b.people {
				if qi != pi && len(q.key) > 1 && strings.HasSuffix(before, q.name.In(x.text)) {
					b.people = append(b.people[:pi], b.people[pi+1:]...)
					pi--
					merged = true
					break
				}
			}
			if merged {
				break
			}
			from += i + len(alias)
		}
	}
}

// completeFromText gives a person the statement names without a title
// ("Dr Leon had his first official meeting with ...", "his Indian
// counterpart Subrahmanyam Jaishankar", "Ms. Guilarte spoke with ...")
// the title, fuller name and honorific of another place the text names
// the same person with a title: "President of the Caribbean Development
// Bank (CDB), Dr Gene Leon", "India’s Minister for External Affairs
// Jaishankar". Where the text names two such people the name could be
// (a family name two people share), nothing is taken.
func (x *reader) completeFromText(b *participantBook) {
	for pi := range b.people {
		p := &b.people[pi]
		if p.title.Len() > 0 || len(p.key) == 0 {
			continue
		}
		name := p.name.In(x.text)
		last := lowerASCII(name[strings.LastIndexByte(name, ' ')+1:])
		var found *mention
		ambiguous := false
		for _, blk := range x.doc.Blocks {
			if blk.Kind == Dateline || !strings.Contains(blk.Body.In(x.lower), last) {
				continue
			}
			for _, m := range scanMentions(x.words(blk.Body), false) {
				if m.unnamed || m.excluded || m.rule == formList || m.title.Len() == 0 || !sameName(p.key, m.key) || x.otherPerson(b, pi, m) {
					continue
				}
				switch {
				case found == nil:
					found = &m
				case !sameName(found.key, m.key):
					ambiguous = true
				}
			}
		}
		if found == nil || ambiguous {
			continue
		}
		p.title, p.core = found.title, found.core
		p.affiliation, p.affilValue = found.affiliation, found.affilValue
		if len(found.key) > len(p.key) {
			p.name, p.key = found.name, found.key
			if found.honorific.Len() > 0 {
				p.honorific = found.honorific
			}
		}
		if p.honorific.Len() == 0 {
			p.honorific = found.honorific
		}
		p.rule = formOtherMention
	}
}

// otherPerson reports whether m names a person of the book other than
// person i.
func (x *reader) otherPerson(b *participantBook, i int, m mention) bool {
	for k, q := range b.people {
		if k != i && samePerson(q, m) {
			return true
		}
	}
	return false
}

// resolveUnnamed returns the statement's mentions with each unnamed one
// ("The President spoke with ...") replaced by the person the title names
// with that position, and the unnamed ones left over dropped.
func resolveUnnamed(stated, titled []mention) []mention {
	used := make([]bool, len(titled))
	for ti, t := range titled {
		for _, s := range stated {
			if !s.unnamed && !s.excluded && samePerson(s, t) {
				used[ti] = true
			}
		}
	}
	out := make([]mention, 0, len(stated))
	for _, s := range stated {
		if !s.unnamed {
			out = append(out, s)
			continue
		}
		if s.excluded || s.core == "" {
			continue
		}
		for ti, t := range titled {
			if !used[ti] && !t.excluded && !t.unnamed && t.core == s.core {
				used[ti] = true
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// participantBook collects people from mentions, one entry per person.
type participantBook struct {
	people []mention
}

// add records m: a new person, or more about one already seen (a fuller
// name, a title or affiliation not yet known). Unnamed and excluded
// mentions are skipped.
func (b *participantBook) add(m mention) {
	if m.unnamed || m.excluded || len(m.key) == 0 {
		return
	}
	for i := range b.people {
		p := &b.people[i]
		if !samePerson(*p, m) {
			continue
		}
		if len(m.key) > len(p.key) {
			p.name, p.key = m.name, m.key
		}
		if p.honorific.Len() == 0 {
			p.honorific = m.honorific
		}
		if p.title.Len() == 0 {
			p.title, p.core = m.title, m.core
		}
		if p.affiliation.Len() == 0 {
			p.affiliation, p.affilValue = m.affiliation, m.affilValue
		}
		return
	}
	b.people = append(b.people, m)
}

// samePerson reports whether two mentions name one person: the same name
// (see sameName), or the same family name under the same post ("Israeli
// Prime Minister Bibi Netanyahu" and "Prime Minister Benjamin
// Netanyahu").
func samePerson(a, b mention) bool {
	if sameName(a.key, b.key) {
		return true
	}
	return len(a.key) > 0 && len(b.key) > 0 && a.key[len(a.key)-1] == b.key[len(b.key)-1] &&
		a.core != "" && a.core == b.core
}

// sameName reports whether two name keys name one person: one holds the
// other ("Blinken" and "Antony J. Blinken"; "IWAYA Takeshi" and "Takeshi
// Iwaya"), or they share a family name and the given names agree in their
// first letters ("Joe Biden" and "Joseph R. Biden").
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if subsetOf(a, b) || subsetOf(b, a) {
		return true
	}
	if len(a) >= 2 && len(b) >= 2 && a[len(a)-1] == b[len(b)-1] {
		ga, gb := a[0], b[0]
		n := min(2, len(ga), len(gb))
		return ga[:n] == gb[:n] && n == 2
	}
	return false
}

// subsetOf reports whether every word of a is in b.
func subsetOf(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// participant renders person i of the book as a record entry, with the
// evidence of every value.
func (x *reader) participant(i int, m mention) Participant {
	path := fmt.Sprintf("participants[%d].", i+1)
	rule := "participants/" + m.rule
	p := Participant{Name: m.name.In(x.text)}
	x.setRule(path+"name", m.name, rule)
	str := func(field string, s Span) *string {
		x.setRule(path+field, s, rule)
		v := s.In(x.text)
		return &v
	}
	if m.honorific.Len() > 0 {
		p.Honorific = str("honorific", m.honorific)
	}
	if m.title.Len() > 0 {
		p.Title = str("title", m.title)
	}
	if m.affiliation.Len() > 0 {
		p.Affiliation = str("affiliation", m.affiliation)
		if m.affilValue != "" {
			v := m.affilValue
			p.Affiliation = &v
		}
	}
	return p
}
