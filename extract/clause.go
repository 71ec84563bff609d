package extract

import (
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// This file decides whether a date or clock time in the statement is the
// encounter's, by the clause it stands in. The principle for every date
// and time value: it is read from the statement of the encounter, or
// resolved from it by a stated rule (date.go resolve), or it is null and a
// warning says why. A date or time inside a clause about something else —
// what was discussed ("to discuss the July 28 presidential election"), a
// relative clause ("who arrived in Seoul on June 2"), another event
// ("launched on February 23", "the curfew from 10pm to 5am"), a plan
// ("will arrive at 12:30") — is never the encounter's.

// clauseOpeners open a clause whose dates and times are not the
// encounter's: its topic, a relative clause, a plan. The clause runs to
// the next comma, semicolon or sentence end.
var clauseOpeners = []string{
	"to discuss", "to review", "to prepare", "to prepare for", "to follow up", "to follow up on", "to mark",
	"to commemorate", "to address", "to exchange views on", "to talk about", "to coordinate", "to consult on",
	"to brief", "to express", "to congratulate", "to convey", "to welcome",
	"about", "regarding", "concerning", "on the subject of", "in connection with", "with regard to",
	"ahead of", "in preparation for", "preparations for", "preparation for", "in the run-up to",
	"following up on", "in the wake of", "in light of",
	"who", "whose", "whom", "which",
	"will", "shall", "would", "is scheduled to", "are scheduled to", "is expected to", "are expected to",
	"is due to", "are due to", "plans to", "planned to", "is set to", "are set to",
}

// reClauseOpener finds a clause opener; reClauseEnd ends its clause.
var (
	reClauseOpener = fastre.MustCompile(`(?i)\b(?:` + listAlternation(clauseOpeners) + `)\b`)
	reClauseEnd    = fastre.MustCompile(`[,;:]|[.!?]\s`)
	// reEncounterAfterRelative is a relative clause that states the
	// encounter itself: "The meeting, which took place on June 24, ...".
	reEncounterAfterRelative = fastre.MustCompile(`(?i)^(?:who|which)\s+(?:took\s+place|was\s+held|were\s+held|met|spoke|lasted|began|started|commenced)\b`)
	// reOtherTimeBefore is what, right before a time, makes it another
	// thing's hour: an arrival, a landing, a departure, a curfew, a
	// deadline, opening hours.
	reOtherTimeBefore = fastre.MustCompile(`(?i)\b(?:arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)?|depart(?:s|ed|ing|ure)?|take\s+off|took\s+off|curfew|deadline|opens?|opened|opening|clos(?:e|es|ed|ing)|lockdown|embargo)\b(?:\s+[\w’']+){0,4}\s+(?:at|from|by|until|till|of|between)\s+(?:about\s+|around\s+)?$`)
)

// inOtherClause reports whether the date or time at pos in the statement s
// stands in a clause about something other than the encounter, and gives
// the words that opened it.
func inOtherClause(s string, pos int) (opener string, ok bool) {
	start := 0
	if i := strings.LastIndexAny(s[:pos], ";"); i >= 0 {
		start = i + 1
	}
	for _, m := range reClauseOpener.FindAllStringIndex(s[start:pos], -1) {
		o := Span{start + m[0], start + m[1]}
		if reClauseEnd.MatchString(s[o.End:pos]) {
			continue // the clause ended before the date
		}
		if reEncounterAfterRelative.MatchString(s[o.Start:]) {
			continue
		}
		return o.In(s), true
	}
	return "", false
}

// otherTime reports whether the clock time at pos is another thing's hour
// (an arrival, a curfew, opening hours) or stands in another clause.
func otherTime(s string, pos int) (why string, ok bool) {
	b, _ := behind(s, pos)
	if m := reOtherTimeBefore.FindString(b); m != "" {
		return strings.TrimSpace(m), true
	}
	return inOtherClause(s, pos)
}

// reTimeAttrBefore and reTimeAttrAfter find a time used as an adjective
// of another event after a word of sequence: "after the 3pm press
// conference", "ahead of the 10 a.m. vote".
var (
	reTimeAttrBefore = fastre.MustCompile(`(?i)\b(?:after|before|following|ahead\s+of|until|since|prior\s+to)\s+(?:the|a|an|its|their|his|her)\s+$`)
	reTimeAttrAfter  = fastre.MustCompile(`^\s+\p{L}`)
)

// isAttributiveTime reports whether the time at sp names another event.
func isAttributiveTime(s string, sp Span) bool {
	b, _ := behind(s, sp.Start)
	return reTimeAttrBefore.MatchString(b) && reTimeAttrAfter.MatchString(s[sp.End:])
}
