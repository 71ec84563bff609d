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
var presenceKeys = fastre.NewSet([]string{"attend", "accompanied", "joined", "present", "participa", "took part", "presence",
	"led by", "headed by", "convened", "hosted", "chaired"})

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
	// the officials who speak in the encounter (participants_voices.go)
	for _, m := range x.speakingOfficials(stmt) {
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
		if b.Kind != Paragraph && i != x.lead || !presenceKeys.In(b.Body.In(x.lower)) ||
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
		p.title, p.core, p.titleValue = found.title, found.core, found.titleValue
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
			p.title, p.core, p.titleValue = m.title, m.core, m.titleValue
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
	return len(a.key) > 0 && len(b.key) > 0 && oneSlipApart(a.key[len(a.key)-1], b.key[len(b.key)-1]) &&
		a.core != "" && a.core == b.core
}

// oneSlipApart reports whether two family names are the same or, both of
// six letters or more, one typing slip apart ("President Zelenskky" for
// "President Zelenskyy", White House).
func oneSlipApart(a, b string) bool {
	return a == b || oneSlip(a, b, 6)
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
		if ga[:n] == gb[:n] && n == 2 {
			return true
		}
	}
	return misspelt(a, b)
}

// misspelt reports whether two names of two or more words are one name
// with a typing slip: every word the same but one, and that one a word of
// four or more letters one edit from the other ("Tony Abbot" and "Tony
// Abbott", "Wnag Yi" and "Wang Yi"). Headlines and bodies are typed
// apart, and readouts keep such slips.
func misspelt(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && oneSlip(a[diff], b[diff], 4)
}

// oneSlip reports whether a and b, different words of minLen letters or
// more, are one typing slip apart: a letter changed, added or dropped, or
// two neighbours swapped.
func oneSlip(a, b string, minLen int) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < minLen || len(rb) < minLen || a == b {
		return false
	}
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	switch len(ra) - len(rb) {
	case 0:
		if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) {
			return true // swapped
		}
		return string(ra[i+1:]) == string(rb[i+1:]) // changed
	case 1:
		return string(ra[i+1:]) == string(rb[i:]) // added or dropped
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
		if m.titleValue != "" {
			v := m.titleValue
			p.Title = &v
		}
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
