package extract

import (
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// This file reads a readout's kind from the places readouts state it (the
// statement, the title read as a statement, the heading and paragraph
// before the lead, the body's manner words, the encounter named again
// later as held at a distance), and kindOf decides between them. The rules
// that match a kind in a text are in kind.go.

// kindOf reads the kind of encounter from the statement and the title:
// a manner ("by phone") or a verb reporting a named event in the
// statement ("held a telephone talk") first, unless the event is a weak
// noun ("took part in the conversation") and the title names the kind;
// then the title read as a statement ("Telephone conversation with ...",
// "Readout of ... Call with ...", "X met with Y"); then a verb phrase
// ("met with", "spoke with") or event noun in the statement. A release
// that reports none, or only announces one, is "other".
func (x *reader) kindOf() (kindMatch, bool) {
	title := x.titleSpan()
	st := x.statement
	if m, ok := x.findKind(kindModal, st); ok {
		return m, true
	}
	// "The meeting, which was co-chaired by ..., was held via
	// videoconference": a manner later in the lead paragraph
	if x.lead >= 0 {
		for _, sent := range x.sentences(x.window(x.doc.Blocks[x.lead].Body)) {
			if m, ok := x.findKind(kindModal, sent); ok && refersBack.MatchString(sent.In(x.lower)) {
				return m, true
			}
		}
	}
	tk, tok := x.titleKind(title)
	if !tok {
		// "News Agency:Events" above "Iranian FM holds telephone
		// conversation with Chinese counterpart": a section's name taken
		// for the title; the headline under it names the encounter
		if h := x.headingBeforeLead(); h.Len() > 0 {
			tk, tok = x.titleKind(h)
		}
	}
	m, ok, muted := x.findVerbKindMood(st)
	if ok && !(m.weak && tok) {
		// "held a virtual meeting", or "convened a roundtable" under a
		// title that calls it a "Virtual Roundtable"
		if m.kind == KindMeeting && (remoteWords.MatchString(m.span.In(x.lower)) || remoteWords.MatchString(title.In(x.lower))) {
			m.kind, m.rule = KindVideoConference, m.rule+"+remote"
		}
		return m, true
	}
	if m, ok := x.findKind(kindHeldAfter, st); ok && !(m.weak && tok) {
		return m, true
	}
	// a title naming a meal or courtesy call outranks "met"; a title's
	// "Call" or "Meeting" agrees with or refines the body's verb; but a
	// title's plain meeting gives way to the statement's own meal or call
	// ("hold working meeting" over "during a working lunch in Geneva")
	if tok {
		if tk.weak {
			// a title's "Discussion with" says no more than a "spoke with"
			// or "called" in the lead paragraph
			lead := st
			if x.lead >= 0 {
				lead = x.window(x.doc.Blocks[x.lead].Body)
			}
			if m, ok := x.findKind(kindVerbOnly, lead); ok {
				return m, true
			}
			// else the body's first call or video link says what the
			// conversations were
			if m, ok := x.bodySaysHow(); ok {
				m.rule = tk.rule + "+" + m.rule
				return m, true
			}
		}
		if n, ok := x.findKind(kindDuring[:len(kindDuring)-1], st); ok && tk.kind == KindMeeting {
			return n, true
		}
		return tk, true
	}
	if m, ok := x.findKind(kindVerbOnly, st); ok {
		// "During her first meetings in Guatemala City, Ms. Guilarte spoke
		// with ...": a weak phrase gives way to the event noun beside it
		if n, nok := x.findKind(kindNounRules, st); nok && m.weak && !n.weak {
			return n, true
		}
		return m, true
	}
	if _, _, vm := x.findKindMood(kindVerbOnly, st); muted || vm {
		// "will hold talks with ...", "will meet X and hold discussions":
		// the nouns of an announced encounter report none
		return kindMatch{}, false
	}
	if m, ok := x.findKind(kindDuring, st); ok && !x.announcedBefore(st, m) {
		return m, true
	}
	if m, ok := x.findKind(kindNounRules, st); ok && x.statesEncounter() && !x.announcedBefore(st, m) {
		return m, true
	}
	return kindMatch{}, false
}

// announcedBefore reports whether an announcement's mark stands in s
// before the encounter word m: "The two Presidents are expected to discuss
// trade during the visit", "are to be discussed during his talks with"
// report nothing.
func (x *reader) announcedBefore(s Span, m kindMatch) bool {
	return hasAnnounceMark(x.lower[s.Start:m.span.Start])
}

// refersBack matches a sentence that opens by naming the encounter again:
// "The meeting, which was co-chaired by ..., was held via videoconference".
var refersBack = fastre.MustCompile(`^(?:the|this|that|their|today's)\s+(?:` + listAlternation(encounterNouns(false, false)) + `)s?\b`)

// bodySaysHow finds, in the first paragraphs of the body, a manner or a
// call ("by phone", "called"), which settles the kind of a "conversation".
func (x *reader) bodySaysHow() (kindMatch, bool) {
	n := 0
	for _, b := range x.doc.Blocks {
		if b.Kind != Paragraph && b.Kind != Item {
			continue
		}
		if n++; n > leadScanLimit {
			break
		}
		s := x.window(b.Body)
		if m, ok := x.findKind(kindModal, s); ok {
			return m, true
		}
		if m, ok := x.findKind(kindVerbOnly, s); ok && !m.weak && m.kind != KindMeeting {
			return m, true
		}
	}
	return kindMatch{}, false
}

// openedBack matches a statement that opens by looking back at the
// encounter: "During the meeting held at ...", "At the meeting, ...".
var openedBack = fastre.MustCompile(`^(?:during|at|in)\s+(?:the|this|that|their)\s+(?:` + listAlternation(encounterNouns(false, false)) + `)s?\b`)

// kindBeforeLead reads the kind a verb reports in the paragraph just
// before the lead.
func (x *reader) kindBeforeLead() (kindMatch, bool) {
	for i := x.lead - 1; i >= 0; i-- {
		b := x.doc.Blocks[i]
		if b.Kind != Paragraph && b.Kind != Item {
			continue
		}
		w := x.window(b.Body)
		if m, ok := x.findKind(kindModal, w); ok {
			return m, true
		}
		return x.findVerbKind(w)
	}
	return kindMatch{}, false
}

// headingBeforeLead returns the first heading above the lead paragraph,
// or an empty span.
func (x *reader) headingBeforeLead() Span {
	for i, b := range x.doc.Blocks {
		if x.lead >= 0 && i >= x.lead {
			break
		}
		if b.Kind == Heading {
			return b.Body
		}
	}
	return Span{}
}

// titleSpan returns the span of the document's title, or an empty span.
func (x *reader) titleSpan() Span {
	if ts := x.blocks(Title); len(ts) > 0 {
		return x.doc.Blocks[ts[0]].Body
	}
	return Span{}
}

// titleKind reads the title as a statement: a manner, a verb reporting an
// event ("X held talks with Y"), a verb phrase ("X met with Y", "PM Zaev
// Speaks on Phone with ..."), or an event noun anywhere ("Telephone
// conversation with ...", "Readout of President Biden's Call with ...").
// A title that announces an encounter ("X will meet Y") names none.
func (x *reader) titleKind(title Span) (kindMatch, bool) {
	if title.Len() == 0 {
		return kindMatch{}, false
	}
	if m, ok := x.findKind(kindModal, title); ok {
		return m, true
	}
	m, ok, muted := x.findVerbKindMood(title)
	if !ok {
		var vm bool
		m, ok, vm = x.findKindMood(kindTitleVerbs, title)
		muted = muted || vm
	}
	if !ok && !muted {
		m, ok = x.findKind(kindNounRules, title)
	}
	if !ok {
		return kindMatch{}, false
	}
	if m.kind == KindMeeting && remoteWords.MatchString(title.In(x.lower)) {
		m.kind, m.rule = KindVideoConference, m.rule+"+remote"
	}
	m.rule = "title:" + m.rule
	return m, true
}

// statesEncounter reports whether the statement reads as a report of an
// encounter (it names a clock time, a duration, or "with" someone), so that
// an event noun in a plain statement ("the recent situation") is not taken
// for one.
func (x *reader) statesEncounter() bool {
	s := x.statement.In(x.lower)
	return strings.Contains(s, " with ") || strings.Contains(s, " between ") || strings.Contains(s, " during ") || strings.Contains(s, "p.m.") || strings.Contains(s, "a.m.") || strings.Contains(s, "minutes")
}

// remoteBack finds the encounter named again, later in the readout, as
// held at a distance: "the CDB President said at the virtual meeting",
// "During the virtual meeting, Cabinet leaders ...", "Participants at the
// virtual meeting included ...".
var remoteBack = fastre.MustCompile(`\b(?:during|at|in|after|following)\s+(?:the|this|that|their|today['’]s)\s+(?:virtual|online|video)\s+(?:` +
	listAlternation(kindNouns[len(kindNouns)-1].nouns) + `)s?\b`)

// laterRemote finds remoteBack in the lead paragraph or the paragraphs
// after it.
func (x *reader) laterRemote() (Span, bool) {
	if x.lead < 0 {
		return Span{}, false
	}
	n := 0
	for i := x.lead; i < len(x.doc.Blocks) && n < leadScanLimit; i++ {
		b := x.doc.Blocks[i]
		if b.Kind != Paragraph && b.Kind != Item {
			continue
		}
		n++
		w := x.window(b.Body)
		if loc := remoteBack.FindStringIndex(w.In(x.lower)); loc != nil {
			return Span{w.Start + loc[0], w.Start + loc[1]}, true
		}
	}
	return Span{}, false
}

func (x *reader) extractKind() {
	if m, ok := x.kindOf(); ok {
		if m.kind == KindMeeting && openedBack.MatchString(x.statement.In(x.lower)) {
			// "During the meeting held at the President's Office this
			// morning, ..." after "X has paid a courtesy call on
			// President Y.": the lead looks back at an encounter the
			// paragraph before it reported, and that says what it was
			if n, ok := x.kindBeforeLead(); ok && n.kind != KindMeeting {
				m = n
			}
		}
		if m.kind == KindMeeting {
			// "had his first official meeting with the Prime Minister",
			// then "said at the virtual meeting": the meeting was held
			// at a distance
			if sp, ok := x.laterRemote(); ok {
				m.kind, m.rule, m.span = KindVideoConference, m.rule+"+later-remote", sp
			}
		}
		x.rec.Kind = m.kind
		x.setRule("kind", m.span, m.rule)
		return
	}
	x.rec.Kind = KindOther
	// said even when no paragraph reads as a lead (a page of unspaced
	// Japanese, a list of links): kind other is always a doubt to report
	x.warn("no meeting, call or visit is reported: kind is other")
}
